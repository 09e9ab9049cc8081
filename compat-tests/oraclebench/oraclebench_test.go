package oraclebench

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMedian(t *testing.T) {
	if got := Median([]float64{3, 1, 2}); got != 2 {
		t.Errorf("Median(3, 1, 2) = %v, want 2", got)
	}
	if got := Median([]time.Duration{4, 1, 3, 2}); got != 3 {
		t.Errorf("Median(4, 1, 3, 2) = %v, want the upper middle 3", got)
	}
	if got := Median([]int{7}); got != 7 {
		t.Errorf("Median(7) = %v, want 7", got)
	}
}

func TestCommand(t *testing.T) {
	cmd := Command("-V")
	want := []string{"chroot", Root, "/usr/bin/rspamadm", "-V"}
	if !slices.Equal(cmd.Args, want) || cmd.Dir != "/" {
		t.Errorf("Command(-V) = %q in %q, want %q in /", cmd.Args, cmd.Dir, want)
	}
}

func TestCopyTree(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	for name, data := range map[string]string{"a.conf": "x = 1;", "sub/b.conf": "y = 2;", "README.md": "skip"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(src, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	err := CopyTree(src, dst, func(rel string) bool { return rel == "README.md" }, bytes.ToUpper)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(filepath.Join(dst, "sub/b.conf")); err != nil || string(got) != "Y = 2;" {
		t.Errorf("sub/b.conf: %q, %v; want the edited copy", got, err)
	}
	if _, err := os.Stat(filepath.Join(dst, "README.md")); err == nil {
		t.Error("README.md was copied although skipped")
	}
	if err := CopyTree(filepath.Join(src, "missing"), dst, nil, nil); err == nil {
		t.Error("copying a missing tree gave no error")
	}
}

func TestBuild(t *testing.T) {
	repo := t.TempDir()
	for name, data := range map[string]string{
		"go.mod":         "module example.com/hello\n\ngo 1.26\n",
		"hello/main.go":  "package main\n\nfunc main() {}\n",
		"broken/main.go": "package main\n\nfunc main() { undefined() }\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(repo, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(repo, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir, err := Build(repo, "./hello")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "hello")); err != nil {
		t.Errorf("the binary is not in the build directory: %v", err)
	}
	if again, err := Build(repo, "./hello"); again != dir || err != nil {
		t.Errorf("a second Build gave %q, %v; want the first's %q", again, err, dir)
	}
	if _, err := Build(repo, "./broken"); err == nil || !strings.Contains(err.Error(), "undefined") {
		t.Errorf("building a broken package: %v, want the compiler's error", err)
	}
	RemoveBuilds()
	if _, err := os.Stat(dir); err == nil {
		t.Errorf("RemoveBuilds left %s", dir)
	}
}
