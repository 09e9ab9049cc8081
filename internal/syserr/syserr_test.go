package syserr

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestStrerror checks errnos beyond the oracle's table.
func TestStrerror(t *testing.T) {
	for _, e := range []syscall.Errno{140, 4096, 1 << 31} {
		want := "Unknown error " + strconv.FormatUint(uint64(e), 10)
		if got := Strerror(e); got != want {
			t.Errorf("Strerror(%d) = %q, want %q", e, got, want)
		}
	}
}

// TestStrerrorTable compares every errno up to 139 with the oracle's
// strerror (testdata/strerror.lua regenerates testdata/strerror.txt).
func TestStrerrorTable(t *testing.T) {
	data, err := os.ReadFile("testdata/strerror.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.Lines(string(data)) {
		num, want, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		e, err := strconv.Atoi(num)
		if !ok || err != nil {
			t.Fatalf("bad line %q", line)
		}
		if got := Strerror(syscall.Errno(e)); got != want {
			t.Errorf("Strerror(%d) = %q, want %q", e, got, want)
		}
		n++
	}
	if n != 140 {
		t.Errorf("%d errnos in the table", n)
	}
}

func TestText(t *testing.T) {
	_, err := os.Open("/nonexistent/file")
	if got := Text(err); got != "No such file or directory" {
		t.Errorf("open: %q", got)
	}
	if got := Text(fmt.Errorf("wrapped: %w", syscall.EACCES)); got != "Permission denied" {
		t.Errorf("wrapped errno: %q", got)
	}
	pe := &fs.PathError{Op: "open", Path: "x", Err: errors.New("not an errno")}
	if got := Text(pe); got != "not an errno" {
		t.Errorf("path error: %q", got)
	}
	if got := Text(errors.New("plain")); got != "plain" {
		t.Errorf("plain: %q", got)
	}
}
