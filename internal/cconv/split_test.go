package cconv

import (
	"slices"
	"testing"
)

func TestSplitSet(t *testing.T) {
	for _, tc := range []struct {
		in, seps string
		want     []string
	}{
		{"", ",", nil},
		{"a", ",", []string{"a"}},
		{"a,b;c", ",;", []string{"a", "b", "c"}},
		{",a,,", ",", []string{"", "a", "", ""}},
		{"1.2-3_4", ".-_", []string{"1", "2", "3", "4"}},
	} {
		if got := SplitSet(tc.in, tc.seps); !slices.Equal(got, tc.want) {
			t.Errorf("SplitSet(%q, %q) = %q, want %q", tc.in, tc.seps, got, tc.want)
		}
	}
}
