package lua

import (
	"regexp"
	"strings"
	"testing"
)

type counter struct {
	name string
	n    int
}

func counterClass(s *State) *Class {
	var cls *Class
	cls = s.NewClass("rspamd{counter}", []Reg{
		{"inc", func(s *State) int {
			c := Check[*counter](s, 1, cls)
			c.n += int(s.OptInteger(2, 1))
			s.PushValue(1)
			return 1
		}},
		{"get", func(s *State) int {
			s.PushInteger(int64(Check[*counter](s, 1, cls).n))
			return 1
		}},
		{"__tostring", ClassTostring},
		{"__eq", func(s *State) int {
			a, _ := Test[*counter](s, 1, cls)
			b, _ := Test[*counter](s, 2, cls)
			s.PushBool(a != nil && b != nil && a.name == b.name)
			return 1
		}},
		{"__len", func(s *State) int {
			s.PushInteger(int64(Check[*counter](s, 1, cls).n))
			return 1
		}},
	})
	s.PreloadLib("rspamd_counter", []Reg{{"create", func(s *State) int {
		s.PushUserdata(cls, &counter{name: s.CheckString(1)})
		return 1
	}}})
	return cls
}

func TestClassLayoutAndMethods(t *testing.T) {
	s := newState(t)
	cls := counterClass(s)
	out := capturePrint(t, s)
	mustDo(t, s, `
local counter = require "rspamd_counter"
local c = counter.create("a")
print(c:inc():inc(5):get(), #c, c == counter.create("a"), c == counter.create("b"))
local mt = getmetatable(c)
print(mt.class, mt.__index == mt, type(mt[1]), type(mt.inc), debug.getregistry()["rspamd{counter}"] == mt)
print(tostring(c):match("^rspamd{counter}%(%x+%)$") ~= nil, #tostring(c))
print(pcall(c.get, {}))
print(pcall(c.get))
print(pcall(function() local v = c.get(io.stdout) end))
`)
	want := []string{
		"6\t6\ttrue\tfalse",
		"rspamd{counter}\ttrue\tnumber\tfunction\ttrue",
		"true\t33",
		"false\tbad argument #1 to '?' ('counter' expected)",
		"false\tbad argument #1 to '?' ('counter' expected)",
		`false	[string "..."]:10: bad argument #1 to 'get' ('counter' expected)`,
	}
	if got := strings.Join(*out, "\n"); got != strings.Join(want, "\n") {
		t.Fatalf("got:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if cls.Name() != "rspamd{counter}" {
		t.Fatal("name")
	}
	// The Go side sees the same object.
	s.PushUserdata(cls, &counter{name: "go", n: 41})
	v, c := s.ToUserdata(-1)
	if v.(*counter).n != 41 || c != cls {
		t.Fatal("ToUserdata")
	}
	if _, ok := s.TestUserdata(-1, cls); !ok {
		t.Fatal("TestUserdata")
	}
	s.PushInteger(1)
	if v, c := s.ToUserdata(-1); v != nil || c != nil {
		t.Fatal("ToUserdata of a number")
	}
	s.SetTop(0)
}

// The type error hook gets rspamd's "lua type error" text.
func TestUserdataTypeErrorText(t *testing.T) {
	s := newState(t)
	var logged []string
	s.SetTypeErrorHook(func(msg string) { logged = append(logged, msg) })
	counterClass(s)
	other := s.NewClass("rspamd{other}", nil)
	s.Register("other", func(s *State) int { s.PushUserdata(other, 1); return 1 })
	mustDo(t, s, `
		local c = require("rspamd_counter").create("x")
		pcall(c.get, other(), 5)
		pcall(c.get, io.stdout)
		pcall(c.get, "str", c)`)
	want := []string{
		`expected rspamd{counter} at position 1, but userdata has rspamd{other} metatable; trace:  [1]:{[C]:-1 - pcall [C]}; [2]:{[string "..."]:3 - <unknown> [main]}; stack(2): [1: ud=rspamd{other}] [2: number] `,
		`expected rspamd{counter} at position 1, but userdata has unknown metatable; trace:  [1]:{[C]:-1 - pcall [C]}; [2]:{[string "..."]:4 - <unknown> [main]}; stack(1): [1: ud=unknown] `,
		`expected rspamd{counter} at position 1, but userdata has string metatable; trace:  [1]:{[C]:-1 - pcall [C]}; [2]:{[string "..."]:5 - <unknown> [main]}; stack(2): [1: string] [2: ud=rspamd{counter}] `,
	}
	if strings.Join(logged, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(logged, "\n"), strings.Join(want, "\n"))
	}
}

func TestUserdataGCReleasesValues(t *testing.T) {
	s := newState(t)
	cls := counterClass(s)
	var finalized []string
	cls.SetFinalizer(func(v any) { finalized = append(finalized, v.(*counter).name) })
	mustDo(t, s, `local counter = require "rspamd_counter"
		keep = counter.create("kept")
		for i = 1, 1000 do local c = counter.create("tmp" .. i); c:inc() end`)
	s.GC()
	if n := s.LiveObjects(); n != 1 {
		t.Fatalf("live objects after collect: %d", n)
	}
	if len(finalized) != 1000 {
		t.Fatalf("finalized %d", len(finalized))
	}
	// Calling __gc by hand (debug) must not release the value twice.
	mustDo(t, s, `local mt = debug.getmetatable(keep); mt.__gc(keep); mt.__gc(keep)
		ok, err = pcall(keep.get, keep)`)
	s.GC()
	if n := s.LiveObjects(); n != 0 {
		t.Fatalf("live objects after manual __gc: %d", n)
	}
	if got := eval(t, s, `return tostring(ok) .. " " .. err`); got != "false bad argument #1 to '?' ('counter' expected)" {
		t.Fatalf("use after __gc: %q", got)
	}
	// Objects still referenced at Close are finalized by Close.
	s2, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cls2 := counterClass(s2)
	closed := 0
	cls2.SetFinalizer(func(any) { closed++ })
	mustDo(t, s2, `keep = {} for i = 1, 10 do keep[i] = require("rspamd_counter").create("x") end`)
	s2.Close()
	if closed != 10 || s2.g.live != 0 {
		t.Fatalf("finalized at close: %d, live %d", closed, s2.g.live)
	}
}

func TestClassTostringFormat(t *testing.T) {
	s := newState(t)
	cls := s.NewClass("rspamd{config}", []Reg{{"__tostring", ClassTostring}})
	s.PushUserdata(cls, nil)
	s.SetGlobal("cfg")
	got := eval(t, s, `return tostring(cfg)`)
	if !regexp.MustCompile(`^rspamd\{config\}\([0-9A-F]{16}\)$`).MatchString(got) {
		t.Fatalf("tostring %q", got)
	}
	if got := eval(t, s, `return select(2, pcall(getmetatable(cfg).__tostring, {}))`); got != "invalid object passed to 'lua_common.c:__tostring'" {
		t.Fatalf("bad self: %q", got)
	}
}

func TestCustomIndexAndArgName(t *testing.T) {
	s := newState(t)
	var cls *Class
	cls = s.NewClass("rspamd{kv}", []Reg{{"__index", func(s *State) int {
		m := Check[map[string]string](s, 1, cls)
		s.PushString(m[s.CheckString(2)])
		return 1
	}}})
	cls.SetArgName("key-value")
	s.PushUserdata(cls, map[string]string{"a": "1"})
	s.SetGlobal("kv")
	if got := eval(t, s, `return kv.a .. "," .. kv.b .. "," .. tostring(getmetatable(kv).__index == getmetatable(kv))`); got != "1,,false" {
		t.Fatalf("custom __index %q", got)
	}
	if got := eval(t, s, `return select(2, pcall(getmetatable(kv).__index, 1, "a"))`); got != "bad argument #1 to '?' ('key-value' expected)" {
		t.Fatalf("arg name %q", got)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("__gc method accepted")
		}
	}()
	cls.SetMethod("__gc", func(*State) int { return 0 })
}
