package lua

import (
	"fmt"
	"strings"
	"testing"
)

// snapshot describes the stack as the accessors see it.
func snapshot(s *State) string {
	var b strings.Builder
	for i := 1; i <= s.GetTop(); i++ {
		str, _ := s.ToString(i)
		n, nok := s.ToNumberOK(i)
		_, ud := s.ToUserdata(i)
		fmt.Fprintf(&b, "[%d %v %q %v %v %v %v %d]", i, s.Type(i), str, n, nok, s.ToBool(i), ud != nil, s.ObjLen(i))
	}
	return b.String()
}

// Every operation that may pop or move values drops the argument cache:
// what the accessors see after it (as the first operation of the function)
// must equal an uncached read.
func TestArgumentCacheInvalidation(t *testing.T) {
	s := newState(t)
	cls := s.NewClass("rspamd{x}", nil)
	s.PushUserdata(cls, "ud")
	s.SetGlobal("ud")
	other := s.NewThread()
	s.Pop(1)
	cases := []struct {
		name, args string
		op         func(s *State)
	}{
		{"SetTop", `"a", 2, "c", ud`, func(s *State) { s.SetTop(2); s.PushString("new") }},
		{"Pop", `"a", 2, "c", ud`, func(s *State) { s.Pop(2); s.PushNumber(9) }},
		{"Remove", `"a", 2, "c", ud`, func(s *State) { s.Remove(1) }},
		{"Insert", `"a", 2, "c", ud`, func(s *State) { s.PushString("ins"); s.Insert(1) }},
		{"Replace", `"a", 2, "c", ud`, func(s *State) { s.PushString("rep"); s.Replace(4) }},
		{"XMove", `"a", 2, "c", ud`, func(s *State) { s.XMove(other, 2); s.PushString("x") }},
		{"GetTable", `"a", 2, {k = "v"}, "k"`, func(s *State) { s.GetTable(3) }},
		{"RawGet", `"a", 2, {k = "v"}, "k"`, func(s *State) { s.RawGet(3) }},
		{"SetTable", `"a", {}, "k", "v"`, func(s *State) { s.SetTable(2); s.PushBool(true) }},
		{"SetField", `"a", {}, "v"`, func(s *State) { s.SetField(2, "f"); s.PushInteger(5) }},
		{"SetGlobal", `"a", "v"`, func(s *State) { s.SetGlobal("g"); s.PushInteger(6) }},
		{"RawSet", `{}, "k", "v"`, func(s *State) { s.RawSet(1); s.PushInteger(7) }},
		{"RawSetInt", `{}, "v"`, func(s *State) { s.RawSetInt(1, 1); s.PushInteger(8) }},
		{"RawSetField", `{}, "v"`, func(s *State) { s.RawSetField(1, "r"); s.PushInteger(9) }},
		{"Next", `{a = "x"}, nil`, func(s *State) { s.Next(1) }},
		{"SetMetatable", `{}, {}`, func(s *State) { s.SetMetatable(1); s.PushString("m") }},
		{"Concat", `"a", "b", "c"`, func(s *State) { s.Concat(2) }},
		{"Ref", `"a", "x"`, func(s *State) { s.Ref(); s.PushString("r") }},
		{"PCall", `"a", tostring, 5`, func(s *State) { _ = s.PCall(1, 1) }},
		{"PushClosure", `"a", 2, 3`, func(s *State) { s.PushClosure(func(*State) int { return 0 }, 2) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var cached, fresh string
			s.Register("f", func(s *State) int {
				if s.frame == nil {
					t.Fatal("no argument cache")
				}
				tc.op(s)
				cached = snapshot(s)
				s.invalidate()
				fresh = snapshot(s)
				return 0
			})
			mustDo(t, s, "f("+tc.args+")")
			if cached != fresh {
				t.Fatalf("stale cache after %s:\n cached %s\n fresh  %s", tc.name, cached, fresh)
			}
		})
	}
}

// Cached and uncached reads agree on every type of argument.
func TestArgumentCacheValues(t *testing.T) {
	s := newState(t)
	cls := s.NewClass("rspamd{x}", nil)
	var cached, fresh string
	s.Register("f", func(s *State) int {
		cached = snapshot(s)
		s.invalidate()
		fresh = snapshot(s)
		return 0
	})
	s.PushUserdata(cls, 1)
	s.SetGlobal("u")
	mustDo(t, s, `f(nil, true, false, 0, -1.5, "", "12", "x\0y", {1, 2}, u)`)
	if cached != fresh {
		t.Fatalf("cached %s\nfresh  %s", cached, fresh)
	}
	mustDo(t, s, `f(io.stdout, f, 1e300, 2^53, 0/0 == 0, "9", u, u, u)`)
	if cached != fresh {
		t.Fatalf("cached %s\nfresh  %s", cached, fresh)
	}
}
