package luaapi

import (
	"math"
	"testing"
)

func TestParseCDouble(t *testing.T) {
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
		v, full := parseCDouble(c.in)
		if full != c.full || (c.n > 0 && v != c.v) {
			t.Errorf("parseCDouble(%q) = %v, %v; want %v, %v", c.in, v, full, c.v, c.full)
		}
	}
	if v, full := parseCDouble("nan(abc)"); !math.IsNaN(v) || !full {
		t.Errorf("nan: %v %v", v, full)
	}
}
