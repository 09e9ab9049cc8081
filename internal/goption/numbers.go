package goption

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// Numeric arguments are read as C's strtol/strtoll (base 0) and strtod
// read them in the "C" locale: leading white space, a sign, "0x" hex and
// leading-zero octal integers, decimal and hex floats, inf and nan. The
// whole argument must be consumed; overflow, and for doubles underflow,
// is a range error.

func isCSpace(b byte) bool {
	return b == ' ' || (b >= '\t' && b <= '\r')
}

func digitVal(b byte) int {
	switch {
	case b >= '0' && b <= '9':
		return int(b - '0')
	case b >= 'a' && b <= 'z':
		return int(b-'a') + 10
	case b >= 'A' && b <= 'Z':
		return int(b-'A') + 10
	}
	return 99
}

func parseInt(optionName, arg string) (int, error) {
	v, n, overflow := cconv.Strtol(arg, 0)
	if arg == "" || n != len(arg) {
		return 0, errorf(ErrBadValue, "Cannot parse integer value “%s” for %s", arg, optionName)
	}
	if overflow || v != int64(int32(v)) {
		return 0, errorf(ErrBadValue, "Integer value “%s” for %s out of range", arg, optionName)
	}
	return int(v), nil
}

func parseInt64(optionName, arg string) (int64, error) {
	v, n, overflow := cconv.Strtol(arg, 0)
	if arg == "" || n != len(arg) {
		return 0, errorf(ErrBadValue, "Cannot parse integer value “%s” for %s", arg, optionName)
	}
	if overflow {
		return 0, errorf(ErrBadValue, "Integer value “%s” for %s out of range", arg, optionName)
	}
	return v, nil
}

func parseDouble(optionName, arg string) (float64, error) {
	v, n, rangeErr := scanDouble(arg)
	if arg == "" || n != len(arg) {
		return 0, errorf(ErrBadValue, "Cannot parse double value “%s” for %s", arg, optionName)
	}
	if rangeErr {
		return 0, errorf(ErrBadValue, "Double value “%s” for %s out of range", arg, optionName)
	}
	return v, nil
}

// hasPrefixFold reports whether s starts with the lower-case ASCII word w,
// ignoring case.
func hasPrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
}

// scanDigits returns the length of the run of digits of the given base
// at the start of s.
func scanDigits(s string, base int) int {
	i := 0
	for i < len(s) && digitVal(s[i]) < base {
		i++
	}
	return i
}

// scanMantissa reads digits with an optional radix point; ok is false
// when there is no digit at all. nonzero tells a nonzero digit was seen.
func scanMantissa(s string, base int) (n int, ok, nonzero bool) {
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
	nonzero = strings.ContainsFunc(s[:n], func(r rune) bool { return r != '0' && r != '.' })
	return n, true, nonzero
}

// scanExponent returns the length of an exponent part (marker, optional
// sign, at least one decimal digit) at the start of s, or 0.
func scanExponent(s string, marker byte) int {
	if len(s) == 0 || (s[0]|0x20) != marker {
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

// scanDouble reads a floating-point prefix of s as strtod in the "C"
// locale. It returns the value, the number of bytes consumed (0 when
// there is no number) and whether strtod would set ERANGE: overflow to
// infinity, or a nonzero number whose value is below the smallest
// normal double.
func scanDouble(s string) (v float64, n int, rangeErr bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	signStart := i
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	rest := s[i:]
	sign := s[signStart:i]
	switch {
	case hasPrefixFold(rest, "infinity"):
		return parseValid(sign+"inf", i+8)
	case hasPrefixFold(rest, "inf"):
		return parseValid(sign+"inf", i+3)
	case hasPrefixFold(rest, "nan"):
		end := i + 3
		if end < len(s) && s[end] == '(' {
			j := end + 1
			for j < len(s) && (digitVal(s[j]) < 36 || s[j] == '_') {
				j++
			}
			if j < len(s) && s[j] == ')' {
				end = j + 1
			}
		}
		return parseValid(sign+"nan", end)
	}
	if len(rest) > 2 && rest[0] == '0' && (rest[1]|0x20) == 'x' {
		if m, ok, nonzero := scanMantissa(rest[2:], 16); ok {
			end := 2 + m
			e := scanExponent(rest[end:], 'p')
			text := sign + rest[:end+e]
			if e == 0 {
				text += "p0"
			}
			return parseChecked(text, i+end+e, nonzero)
		}
	}
	m, ok, nonzero := scanMantissa(rest, 10)
	if !ok {
		return 0, 0, false
	}
	e := scanExponent(rest[m:], 'e')
	return parseChecked(sign+rest[:m+e], i+m+e, nonzero)
}

// parseValid converts text that is known to be a valid Go float literal.
func parseValid(text string, n int) (float64, int, bool) {
	v, _ := strconv.ParseFloat(text, 64)
	return v, n, false
}

// parseChecked converts a finite literal and applies strtod's range rules.
func parseChecked(text string, n int, nonzero bool) (float64, int, bool) {
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
