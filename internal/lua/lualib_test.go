package lua

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLualib loads pure-Lua upstream modules from lualib/ through
// package.path and compares what they compute with real rspamd's output.
func TestLualib(t *testing.T) {
	lualib, err := filepath.Abs("../../lualib")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(lualib, "argparse.lua")); err != nil {
		t.Skip("lualib/ is empty: run `make upstream` to extract the upstream Lua tree")
	}
	s := newState(t)
	installTestText(s)
	out := capturePrint(t, s)
	s.SetPath(lualib + "/?.lua;" + lualib + "/?/init.lua;" + s.Path())
	code, err := os.ReadFile("testdata/lualib.lua")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(string(code), "@/tmp/lualib.lua"); err != nil {
		t.Fatal(err)
	}
	if err := s.PCall(0, 0); err != nil {
		t.Fatal(err.(*Error).Detailed())
	}
	want, err := os.ReadFile("testdata/lualib.golden")
	if err != nil {
		t.Fatal(err)
	}
	compareLines(t, "lualib.golden", strings.Join(*out, "\n")+"\n", string(want))
}
