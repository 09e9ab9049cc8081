package oracleprobe

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
)

func writeScript(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "probe.lua")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLines(t *testing.T) {
	oraclebench.Need(t)
	upper := writeScript(t, "for l in io.lines() do io.write(l:upper(), '\\n') end io.stdout:flush()")
	got, err := Lines(upper, []string{"a", "", "b c"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"A", "", "B C"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	args, err := Run(writeScript(t, "local s = table.concat(arg, ',')\nio.write(s, '\\n')"), []string{"x", "y z"}, nil)
	if err != nil || !slices.Equal(args, []string{"x,y z"}) {
		t.Errorf("arguments: got %q, %v", args, err)
	}
	// one answer too few
	silent := writeScript(t, "for l in io.lines() do end io.write('x\\n')")
	if _, err := Lines(silent, []string{"a", "b"}); err == nil || !strings.Contains(err.Error(), "1 answers to 2 probes") {
		t.Errorf("short answer: err = %v", err)
	}
}

func TestLinesRejectsNewlines(t *testing.T) {
	if _, err := Lines(writeScript(t, ""), []string{"a\nb"}); err == nil {
		t.Error("a probe with a newline was accepted")
	}
}
