package cconv

import (
	"math"
	"strconv"
	"testing"
)

// The expectations are glibc's: strtoul and strtol called through
// Python's ctypes on this machine, end pointer and errno included.
var libcCases = []struct {
	in        string
	base      int
	u         uint64
	un        int
	uOverflow bool
	l         int64
	ln        int
	lOverflow bool
}{
	{"", 0, 0, 0, false, 0, 0, false},
	{"0", 0, 0, 1, false, 0, 1, false},
	{"  12", 10, 12, 4, false, 12, 4, false},
	{"+7x", 10, 7, 2, false, 7, 2, false},
	{"-1", 10, 18446744073709551615, 2, false, -1, 2, false},
	{"-1", 0, 18446744073709551615, 2, false, -1, 2, false},
	{"0x1F", 0, 31, 4, false, 31, 4, false},
	{"0x1F", 16, 31, 4, false, 31, 4, false},
	{"0x", 0, 0, 1, false, 0, 1, false},
	{"0xg", 16, 0, 1, false, 0, 1, false},
	{"017", 0, 15, 3, false, 15, 3, false},
	{"08", 0, 0, 1, false, 0, 1, false},
	{"0", 8, 0, 1, false, 0, 1, false},
	{"z", 36, 35, 1, false, 35, 1, false},
	{"Zz", 36, 1295, 2, false, 1295, 2, false},
	{"18446744073709551615", 10, 18446744073709551615, 20, false, 9223372036854775807, 20, true},
	{"18446744073709551616", 10, 18446744073709551615, 20, true, 9223372036854775807, 20, true},
	{"-18446744073709551615", 10, 1, 21, false, math.MinInt64, 21, true},
	{"-18446744073709551616", 10, 18446744073709551615, 21, true, math.MinInt64, 21, true},
	{"99999999999999999999x", 10, 18446744073709551615, 20, true, 9223372036854775807, 20, true},
	{"9223372036854775807", 10, 9223372036854775807, 19, false, 9223372036854775807, 19, false},
	{"9223372036854775808", 10, 9223372036854775808, 19, false, 9223372036854775807, 19, true},
	{"-9223372036854775808", 0, 9223372036854775808, 20, false, math.MinInt64, 20, false},
	{"-9223372036854775809", 0, 9223372036854775807, 20, false, math.MinInt64, 20, true},
	{"-0x8000000000000000", 0, 9223372036854775808, 19, false, math.MinInt64, 19, false},
	{" \x09\x0a\x0b\x0c\x0d-5", 10, 18446744073709551611, 8, false, -5, 8, false},
	{"- 5", 10, 0, 0, false, 0, 0, false},
	{"+", 10, 0, 0, false, 0, 0, false},
	{"11", 2, 3, 2, false, 3, 2, false},
	{"12", 2, 1, 1, false, 1, 1, false},
	{"4294967304", 10, 4294967304, 10, false, 4294967304, 10, false},
}

func TestStrtoulStrtol(t *testing.T) {
	for _, c := range libcCases {
		if v, n, of := Strtoul(c.in, c.base); v != c.u || n != c.un || of != c.uOverflow {
			t.Errorf("Strtoul(%q, %d) = %d %d %v, want %d %d %v", c.in, c.base, v, n, of, c.u, c.un, c.uOverflow)
		}
		if v, n, of := Strtol([]byte(c.in), c.base); v != c.l || n != c.ln || of != c.lOverflow {
			t.Errorf("Strtol(%q, %d) = %d %d %v, want %d %d %v", c.in, c.base, v, n, of, c.l, c.ln, c.lOverflow)
		}
	}
}

// The expectations follow str_util.c of rspamd 4.1.5.
func TestRspamd(t *testing.T) {
	for _, c := range []struct {
		in string
		u  uint64
		uk bool
		l  int64
		lk bool
	}{
		{"", 0, false, 0, false},
		{"0", 0, true, 0, true},
		{"25", 25, true, 25, true},
		{"25x", 25, false, 0, false},
		{" 25", 0, false, 0, false},
		{"+25", 0, false, 0, false},
		{"-25", 0, false, -25, true},
		{"18446744073709551615", math.MaxUint64, true, math.MaxInt64, false},
		{"18446744073709551616", math.MaxUint64, false, math.MaxInt64, false},
		{"9223372036854775807", 9223372036854775807, true, math.MaxInt64, true},
		{"-9223372036854775808", 0, false, math.MinInt64, false},
		{"0000000000000000000025", 25, true, 25, true},
		{"00000000000000000000025", 0, false, 0, false},
	} {
		if v, ok := RspamdStrtoul(c.in); v != c.u || ok != c.uk {
			t.Errorf("RspamdStrtoul(%q) = %d %v, want %d %v", c.in, v, ok, c.u, c.uk)
		}
		if v, ok := RspamdStrtol([]byte(c.in)); v != c.l || ok != c.lk {
			t.Errorf("RspamdStrtol(%q) = %d %v, want %d %v", c.in, v, ok, c.l, c.lk)
		}
	}
	if v, ok := RspamdStrtou64("000000000000000000000000000042"); v != 42 || !ok {
		t.Errorf("RspamdStrtou64 has no length limit: %d %v", v, ok)
	}
	if v, ok := RspamdStrtou64(""); v != 0 || !ok {
		t.Errorf("RspamdStrtou64 of nothing: %d %v", v, ok)
	}
}

// The expectations are glibc's strtod through Python's ctypes: the value's
// bits, the end pointer and errno == ERANGE.
func TestStrtod(t *testing.T) {
	for _, c := range []struct {
		in     string
		bits   uint64
		n      int
		erange bool
	}{
		{"1.5", 0x3ff8000000000000, 3, false},
		{" -2e3x", 0xc09f400000000000, 5, false},
		{"0x1p4", 0x4030000000000000, 5, false},
		{"0x", 0x0, 1, false},
		{"0x1.8", 0x3ff8000000000000, 5, false},
		{"0x1A", 0x403a000000000000, 4, false},
		{"inf", 0x7ff0000000000000, 3, false},
		{"-Infinity", 0xfff0000000000000, 9, false},
		{"+nAn", 0x7ff8000000000000, 4, false},
		{"-nan", 0xfff8000000000000, 4, false},
		{"nan(abc)x", 0x7ff8000000000000, 8, false},
		{"nan(", 0x7ff8000000000000, 3, false},
		{"12\x00z", 0x4028000000000000, 2, false},
		{"", 0x0, 0, false},
		{".5", 0x3fe0000000000000, 2, false},
		{"5.", 0x4014000000000000, 2, false},
		{"e5", 0x0, 0, false},
		{"1e", 0x3ff0000000000000, 1, false},
		{"1e+", 0x3ff0000000000000, 1, false},
		{"0x1p-1074", 0x1, 9, false},
		{"4.9406564584124654e-324", 0x1, 23, true},
		{"1e-310", 0x12688b70e62b, 6, true},
		{"1e-400", 0x0, 6, true},
		{"1e309", 0x7ff0000000000000, 5, true},
		{"-0", 0x8000000000000000, 2, false},
		{"0x.8p1", 0x3ff0000000000000, 6, false},
		{"0x.p1", 0x0, 1, false},
		{"\x0b7", 0x401c000000000000, 2, false},
	} {
		v, n, erange := Strtod(c.in)
		if math.Float64bits(v) != c.bits || n != c.n || erange != c.erange {
			t.Errorf("Strtod(%q) = %#x %d %v, want %#x %d %v", c.in, math.Float64bits(v), n, erange, c.bits, c.n, c.erange)
		}
	}
}

func TestCString(t *testing.T) {
	if CString("ab\x00cd") != "ab" || CString("abc") != "abc" || CString("\x00") != "" {
		t.Error("CString does not stop at NUL")
	}
	if string(CString([]byte("ab\x00cd"))) != "ab" || string(CString([]byte("abc"))) != "abc" {
		t.Error("CString of bytes does not stop at NUL")
	}
}

// FuzzStrto checks the readers against strconv where both apply and
// that no input makes them read past their text.
func FuzzStrto(f *testing.F) {
	for _, c := range libcCases {
		f.Add(c.in, uint8(c.base))
	}
	f.Fuzz(func(t *testing.T, s string, b uint8) {
		base := int(b % 37)
		if base == 1 {
			base = 10
		}
		u, un, uof := Strtoul(s, base)
		l, ln, lof := Strtol(s, base)
		if un > len(s) || ln != un {
			t.Fatalf("%q: read %d and %d bytes", s, un, ln)
		}
		if base == 10 && un == len(s) && un > 0 && s[0] >= '0' && s[0] <= '9' {
			want, err := strconv.ParseUint(s, 10, 64)
			if (err != nil) != uof || (err == nil && want != u) {
				t.Fatalf("Strtoul(%q) = %d %v, strconv %d %v", s, u, uof, want, err)
			}
			wantl, err := strconv.ParseInt(s, 10, 64)
			if (err != nil) != lof || (err == nil && wantl != l) {
				t.Fatalf("Strtol(%q) = %d %v, strconv %d %v", s, l, lof, wantl, err)
			}
		}
		if v, n, erange := Strtod(s); n > len(s) {
			t.Fatalf("Strtod(%q) read %d bytes", s, n)
		} else if w, err := strconv.ParseFloat(s, 64); err == nil && n == len(s) && !erange && v != w && v == v {
			t.Fatalf("Strtod(%q) = %v, strconv %v", s, v, w)
		}
		if v, ok := RspamdStrtou64(s); ok {
			if want, err := strconv.ParseUint(s, 10, 64); s != "" && (err != nil || want != v) {
				t.Fatalf("RspamdStrtou64(%q) = %d, strconv %d %v", s, v, want, err)
			}
		}
	})
}
