package lua

import (
	"os"
	"os/exec"
	"strings"
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
	out := capturePrint(t, s)
	var logged []string
	s.SetTypeErrorHook(func(msg string) { logged = append(logged, "lua type error: "+msg) })
	code, err := os.ReadFile("testdata/lpeg.lua")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(string(code), "@/tmp/lpeg.lua"); err != nil {
		t.Fatal(err)
	}
	if err := s.PCall(0, 0); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(*out, "\n") + "\n"
	gotLog := strings.Join(logged, "\n") + "\n"
	for _, g := range []struct{ file, got string }{{"testdata/lpeg.golden", got}, {"testdata/lpeg.stderr.golden", gotLog}} {
		want, err := os.ReadFile(g.file)
		if err != nil {
			t.Fatal(err)
		}
		compareLines(t, g.file, g.got, string(want))
	}

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

// TestLPegOracle runs testdata/lpeg.lua on real rspamd when it is installed.
func TestLPegOracle(t *testing.T) {
	const root = "/srv/oracle-sid"
	if _, err := os.Stat(root + "/usr/bin/rspamadm"); err != nil || os.Getuid() != 0 {
		t.Skip("oracle not available (needs /srv/oracle-sid and root): the goldens stand in")
	}
	code, err := os.ReadFile("testdata/lpeg.lua")
	if err != nil {
		t.Fatal(err)
	}
	tmp := root + "/tmp/lpeg.lua"
	if err := os.WriteFile(tmp, code, 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(tmp)
	cmd := exec.Command("chroot", root, "rspamadm", "lua", "/tmp/lpeg.lua")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	want, err := os.ReadFile("testdata/lpeg.golden")
	if err != nil {
		t.Fatal(err)
	}
	compareLines(t, "oracle stdout vs golden", string(out), string(want))
	want, err = os.ReadFile("testdata/lpeg.stderr.golden")
	if err != nil {
		t.Fatal(err)
	}
	compareLines(t, "oracle stderr vs golden", stderr.String(), string(want))
}
