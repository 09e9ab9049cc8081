package luaapi

import (
	"math"
	"testing"
)

func TestStrtod(t *testing.T) {
	for _, c := range []struct {
		in   string
		v    float64
		n    int
		full bool
	}{
		{"1.5", 1.5, 3, true}, {" -2e3x", -2000, 5, false}, {"0x1p4", 16, 5, true},
		{"0x", 0, 1, false}, {"0x1.8", 1.5, 5, true}, {"inf", math.Inf(1), 3, true},
		{"-Infinity", math.Inf(-1), 9, true}, {".5", 0.5, 2, true}, {"5.", 5, 2, true},
		{"e5", 0, 0, false}, {"1e", 1, 1, false}, {"1e+", 1, 1, false}, {"12\x00z", 12, 2, true},
		{"", 0, 0, false}, {"+", 0, 0, false},
	} {
		v, n := strtod(c.in)
		_, full := parseCDouble(c.in)
		if v != c.v || n != c.n || full != c.full {
			t.Errorf("strtod(%q) = %v, %d, %v; want %v, %d, %v", c.in, v, n, full, c.v, c.n, c.full)
		}
	}
	if v, n := strtod("nan(abc)x"); !math.IsNaN(v) || n != 8 {
		t.Errorf("nan: %v %d", v, n)
	}
}
