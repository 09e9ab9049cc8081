package lua

import (
	"testing"
)

// testText stands for rspamd{text} (written in internal/luaapi).
type testText struct{ data []byte }

// installTestText defines a minimal rspamd{text} class and rspamd_text
// module, and hooks it into lpeg the way luaapi is expected to.
func installTestText(s *State) *Class {
	var cls *Class
	cls = s.NewClass("rspamd{text}", []Reg{
		{"__tostring", func(s *State) int {
			s.PushBytes(Check[*testText](s, 1, cls).data)
			return 1
		}},
	})
	s.PreloadLib("rspamd_text", []Reg{
		{"fromstring", func(s *State) int {
			s.PushUserdata(cls, &testText{data: s.CheckBytes(1)})
			return 1
		}},
		{"null", func(s *State) int {
			s.PushUserdata(cls, &testText{})
			return 1
		}},
	})
	s.SetTextHook(func(s *State, idx int) ([]byte, bool) {
		v, ok := s.LookupUserdata(idx, cls)
		if !ok {
			return nil, false
		}
		return v.(*testText).data, true
	})
	return cls
}

func TestLPeg(t *testing.T) {
	s := newState(t)
	installTestText(s)
	runGolden(t, s, "lpeg")

	// A text without data matches nothing, like upstream's NULL start.
	if got := eval(t, s, `local l = require "lpeg"; return tostring(l.match(l.P(0), require("rspamd_text").null()))`); got != "nil" {
		t.Fatalf("null text: %q", got)
	}
	// Without a hook, userdata subjects are rejected.
	s.SetTextHook(nil)
	if got := eval(t, s, `local l = require "lpeg"; return select(2, pcall(l.match, l.P(0), require("rspamd_text").fromstring("x")))`); got != "bad argument #2 to '?' ('text' expected)" {
		t.Fatalf("no hook: %q", got)
	}
	s.SetTextHook(func(*State, int) ([]byte, bool) { panic("hook bug") })
	if got := eval(t, s, `local l = require "lpeg"; return select(2, pcall(l.match, l.P(0), io.stdout))`); got != "text hook panicked: hook bug" {
		t.Fatalf("panicking hook: %q", got)
	}
}
