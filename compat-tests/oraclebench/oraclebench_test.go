package oraclebench

import (
	"slices"
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
