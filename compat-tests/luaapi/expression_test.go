package luaapi_test

import (
	"testing"
)

// TestExpressionGenLua runs compat-tests/expr/gen.lua, the generator of
// the expression goldens, through our rspamd_expression and rspamd_mempool
// and compares its dump with the oracle's line by line.
func TestExpressionGenLua(t *testing.T) {
	want := lines(readGolden(t, "expr", "expr.dump"))
	got := lines(run(t, quiet, "../expr/gen.lua", "../expr/inputs/cases.txt"))
	compareLines(t, got, want)
}

// compareLines compares outputs line by line, showing the first
// differences.
func compareLines(t *testing.T, got, want []string) {
	t.Helper()
	compareLinesWith(t, got, want, func(g, w string) bool { return g == w })
}

// compareLinesWith is compareLines with its own line equality.
func compareLinesWith(t *testing.T, got, want []string, equal func(g, w string) bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d lines, the oracle has %d", len(got), len(want))
	}
	failed := 0
	for i := range min(len(got), len(want)) {
		if !equal(got[i], want[i]) {
			failed++
			if failed <= 20 {
				t.Errorf("line %d:\n got  %s\n want %s", i+1, got[i], want[i])
			}
		}
	}
	t.Logf("%d/%d lines equal the oracle's", min(len(got), len(want))-failed, len(want))
}
