package lua

import (
	"os"
	"path/filepath"
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
	s.SetPath(lualib + "/?.lua;" + lualib + "/?/init.lua;" + s.Path())
	runGolden(t, s, "lualib")
}
