package cconv

import (
	"math"
	"math/big"
	"strconv"
)

// Strtod is strtod(s, &end) in the "C" locale (and so g_ascii_strtod):
// leading white space, a sign, then a decimal or hexadecimal ("0x", with
// an optional binary exponent) number, "inf", "infinity" or "nan" with an
// optional "(chars)". It returns the value, the number of bytes read (0
// when there is no number) and whether strtod sets ERANGE: on overflow to
// infinity, and on a nonzero number whose value, rounded, is below the
// smallest normal double.
func Strtod[T ~string | ~[]byte](s T) (v float64, n int, erange bool) {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	signStart := i
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	sign := string(s[signStart:i])
	rest := s[i:]
	switch {
	case hasPrefixFold(rest, "infinity"):
		return signed(math.Inf(1), sign), i + 8, false
	case hasPrefixFold(rest, "inf"):
		return signed(math.Inf(1), sign), i + 3, false
	case hasPrefixFold(rest, "nan"):
		end := i + 3
		if end < len(s) && s[end] == '(' {
			j := end + 1
			for j < len(s) && (digit(s[j]) < 36 || s[j] == '_') {
				j++
			}
			if j < len(s) && s[j] == ')' {
				end = j + 1
			}
		}
		return signed(math.Float64frombits(quietNaN), sign), end, false
	}
	if len(rest) > 2 && rest[0] == '0' && rest[1]|0x20 == 'x' {
		if m, ok, nonzero := scanMantissa(rest[2:], 16); ok {
			end := 2 + m
			e := scanExponent(rest[end:], 'p')
			text := sign + string(rest[:end+e])
			if e == 0 {
				text += "p0"
			}
			return checked(text, i+end+e, nonzero)
		}
	}
	m, ok, nonzero := scanMantissa(rest, 10)
	if !ok {
		return 0, 0, false
	}
	e := scanExponent(rest[m:], 'e')
	return checked(sign+string(rest[:m+e]), i+m+e, nonzero)
}

// hasPrefixFold reports whether s starts with the lower-case ASCII word
// w, ignoring case.
func hasPrefixFold[T ~string | ~[]byte](s T, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// scanDigits returns the length of the run of digits of the given base
// at the start of s.
func scanDigits[T ~string | ~[]byte](s T, base int) int {
	i := 0
	for i < len(s) && digit(s[i]) < base {
		i++
	}
	return i
}

// scanMantissa reads digits with an optional radix point; ok is false
// when there is no digit at all. nonzero tells a nonzero digit was seen.
func scanMantissa[T ~string | ~[]byte](s T, base int) (n int, ok, nonzero bool) {
	a := scanDigits(s, base)
	n = a
	b := 0
	if n < len(s) && s[n] == '.' {
		b = scanDigits(s[n+1:], base)
		if a+b > 0 {
			n += 1 + b
		}
	}
	if a+b == 0 {
		return 0, false, false
	}
	for i := 0; i < n; i++ {
		if s[i] != '0' && s[i] != '.' {
			nonzero = true
			break
		}
	}
	return n, true, nonzero
}

// scanExponent returns the length of an exponent part (marker, optional
// sign, at least one decimal digit) at the start of s, or 0.
func scanExponent[T ~string | ~[]byte](s T, marker byte) int {
	if len(s) == 0 || s[0]|0x20 != marker {
		return 0
	}
	i := 1
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	d := scanDigits(s[i:], 10)
	if d == 0 {
		return 0
	}
	return i + d
}

// quietNaN is the NaN strtod returns (no payload).
const quietNaN = 0x7ff8000000000000

// signed applies a sign read before inf or nan (a minus sets the sign
// bit of a NaN too, as glibc does).
func signed(v float64, sign string) float64 {
	if sign == "-" {
		return -v
	}
	return v
}

// checked converts a finite literal and applies strtod's range rules.
func checked(text string, n int, nonzero bool) (float64, int, bool) {
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		// Only overflow is possible for syntactically valid input.
		return v, n, true
	}
	if nonzero && math.Abs(v) < 0x1p-1022 {
		return v, n, v == 0 || !exact(text, v)
	}
	return v, n, false
}

// exact reports whether the literal text denotes exactly v: strtod only
// reports underflow for subnormal results when rounding happened. Very
// long literals are taken as inexact rather than expanded.
func exact(text string, v float64) bool {
	if len(text) > 800 {
		return false
	}
	r, ok := new(big.Rat).SetString(text)
	return ok && r.Cmp(new(big.Rat).SetFloat64(v)) == 0
}
