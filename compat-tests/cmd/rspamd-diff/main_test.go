package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestExitStatus(t *testing.T) {
	const gold = "../../golden/4.1.5/checkv2/project"
	changed := t.TempDir()
	if err := os.WriteFile(filepath.Join(changed, "plain-ham.eml.json"), []byte(`{"action":"reject","score":20}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"-golden", gold, "-golden", gold}, 0},
		{[]string{"-golden", gold, "-golden", changed}, 1},
		{[]string{"-golden", gold, "-golden", gold, "../../corpus"}, 0},
		{[]string{"-golden", gold}, 2},
		{[]string{"-golden", gold, "-oracle", "localhost:11333"}, 2},
		{[]string{"-golden", "/nonexistent", "-golden", gold}, 2},
		{[]string{"-golden", gold, "-golden", gold, "a", "b"}, 2},
		{[]string{"-h"}, 0},
	} {
		if got := run(tc.args); got != tc.want {
			t.Errorf("rspamd-diff %q: exit %d, want %d", tc.args, got, tc.want)
		}
	}
}
