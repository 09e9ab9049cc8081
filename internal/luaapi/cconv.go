package luaapi

import (
	"math"
	"strconv"
	"strings"
)

// Number conversions with the exact acceptance rules of the C functions
// upstream's Lua API calls (rspamd_strtoul, rspamd_strtol, strtod).

// parseCDouble parses s as g_ascii_strtod does and reports whether the
// number ends the string (or is followed by a NUL byte).
func parseCDouble(s string) (float64, bool) {
	v, n := strtod(s)
	if n == 0 {
		return 0, false
	}
	return v, n == len(s) || s[n] == 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHexDigit(c byte) bool {
	return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f')
}

// strtod parses the longest prefix of s that C's strtod accepts and
// returns its value and length (0 when there is no number).
func strtod(s string) (float64, int) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	start := i
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	rest := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(rest, "infinity"):
		return signed(math.Inf(1), neg), i + 8
	case strings.HasPrefix(rest, "inf"):
		return signed(math.Inf(1), neg), i + 3
	case strings.HasPrefix(rest, "nan"):
		n := i + 3
		if n < len(s) && s[n] == '(' {
			j := n + 1
			for j < len(s) && (isDigit(s[j]) || s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' || s[j] == '_') {
				j++
			}
			if j < len(s) && s[j] == ')' {
				n = j + 1
			}
		}
		return math.NaN(), n
	}
	if i+1 < len(s) && s[i] == '0' && s[i+1]|0x20 == 'x' {
		j, digits := scanMantissa(s, i+2, isHexDigit)
		if digits == 0 {
			// only the "0" is a number
			return signed(0, neg), i + 1
		}
		mant := s[i+2 : j]
		if k := scanExponent(s, j, 'p'); k > j {
			v, _ := strconv.ParseFloat("0x"+mant+s[j:k], 64)
			return signed(v, neg), k
		}
		if strings.HasSuffix(mant, ".") {
			mant += "0"
		}
		if strings.HasPrefix(mant, ".") {
			mant = "0" + mant
		}
		v, _ := strconv.ParseFloat("0x"+mant+"p0", 64)
		return signed(v, neg), j
	}
	j, digits := scanMantissa(s, i, isDigit)
	if digits == 0 {
		return 0, 0
	}
	j = scanExponent(s, j, 'e')
	v, _ := strconv.ParseFloat(s[start:j], 64)
	return v, j
}

// scanMantissa reads digits, a point and more digits from i; it returns
// where they end and how many digits there were.
func scanMantissa(s string, i int, digit func(byte) bool) (int, int) {
	n := 0
	for i < len(s) && digit(s[i]) {
		i++
		n++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && digit(s[i]) {
			i++
			n++
		}
	}
	return i, n
}

// scanExponent reads an exponent introduced by marker (either case) at j
// and returns where it ends, or j when there is none.
func scanExponent(s string, j int, marker byte) int {
	if j >= len(s) || s[j]|0x20 != marker {
		return j
	}
	k := j + 1
	if k < len(s) && (s[k] == '+' || s[k] == '-') {
		k++
	}
	if k >= len(s) || !isDigit(s[k]) {
		return j
	}
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k
}

func signed(v float64, neg bool) float64 {
	if neg {
		return -v
	}
	return v
}

// cstr is s as C code sees a Lua string passed as const char *: up to its
// first NUL byte.
func cstr(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}
