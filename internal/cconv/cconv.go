// Package cconv reads text as rspamd's C code does: a string ends at its
// first NUL byte, and numbers are read with libc's strtoul and strtol (in the "C" locale, with 64-bit longs) or with
// rspamd's own rspamd_strtoul, rspamd_strtou64 and rspamd_strtol
// (libutil/str_util.c), each with its own rules for white space, signs,
// prefixes, overflow and what is left.
//
// The functions take a string or a byte slice, so that callers holding
// either need no copy.
package cconv

import "math"

// CString returns s up to its first NUL byte, as C sees a string.
func CString[T ~string | ~[]byte](s T) T {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return s[:i]
		}
	}
	return s
}

// isSpace is isspace in the "C" locale.
func isSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// digit is the value of c as a digit of bases up to 36, 99 for none.
func digit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c|0x20 >= 'a' && c|0x20 <= 'z':
		return int(c|0x20-'a') + 10
	}
	return 99
}

// prefix skips what strtoul and strtol read before the digits: white
// space, a sign and, in base 0 or 16, "0x" when a hex digit follows. It
// returns where the digits start, the sign and the base (base 0 becomes 8
// after a leading 0, 16 after "0x", 10 otherwise).
func prefix[T ~string | ~[]byte](s T, base int) (i int, neg bool, b int) {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	hex := i+2 < len(s) && s[i] == '0' && s[i+1]|0x20 == 'x' && digit(s[i+2]) < 16
	switch {
	case (base == 0 || base == 16) && hex:
		return i + 2, neg, 16
	case base == 0 && i < len(s) && s[i] == '0':
		return i, neg, 8
	case base == 0:
		return i, neg, 10
	}
	return i, neg, base
}

// Strtoul is strtoul(s, &end, base) for base 0 or 2 to 36: the value,
// the number of bytes read (0 when there is no number, as end is then s)
// and whether the value overflowed (ERANGE; the value is then the
// largest). A minus sign negates the value modulo 2^64.
func Strtoul[T ~string | ~[]byte](s T, base int) (v uint64, n int, overflow bool) {
	i, neg, base := prefix(s, base)
	start := i
	for ; i < len(s); i++ {
		d := uint64(digit(s[i]))
		if d >= uint64(base) {
			break
		}
		if v > (math.MaxUint64-d)/uint64(base) {
			overflow = true
		}
		v = v*uint64(base) + d
	}
	switch {
	case i == start:
		return 0, 0, false
	case overflow:
		return math.MaxUint64, i, true
	case neg:
		return -v, i, false
	}
	return v, i, false
}

// Strtol is strtol(s, &end, base) (and strtoll and strtoimax, all 64
// bits) for base 0 or 2 to 36: the value, the number of bytes read (0
// when there is no number) and whether the value overflowed (ERANGE; the
// value is then the smallest or largest by the sign).
func Strtol[T ~string | ~[]byte](s T, base int) (v int64, n int, overflow bool) {
	i, neg, base := prefix(s, base)
	start := i
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	var u uint64
	for ; i < len(s); i++ {
		d := uint64(digit(s[i]))
		if d >= uint64(base) {
			break
		}
		if !overflow && u > (limit-d)/uint64(base) {
			overflow = true
		}
		if !overflow {
			u = u*uint64(base) + d
		}
	}
	switch {
	case i == start:
		return 0, 0, false
	case overflow && neg:
		return math.MinInt64, i, true
	case overflow:
		return math.MaxInt64, i, true
	case neg:
		return int64(-u), i, false
	}
	return int64(u), i, false
}

// maxRspamdLen is the longest text rspamd_strtoul and rspamd_strtol read
// (sizeof("-18446744073709551615")).
const maxRspamdLen = len("-18446744073709551615") + 1

// RspamdStrtou64 is rspamd_strtou64: all of s must be decimal digits (the
// empty string is 0). On failure the value is what upstream leaves: the
// digits before the first other byte, or the largest value on overflow.
func RspamdStrtou64[T ~string | ~[]byte](s T) (uint64, bool) {
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return v, false
		}
		d := uint64(c - '0')
		if v > (math.MaxUint64-d)/10 {
			return math.MaxUint64, false
		}
		v = v*10 + d
	}
	return v, true
}

// RspamdStrtoul is rspamd_strtoul: RspamdStrtou64 of 1 to 22 bytes (0 and
// false for other lengths, where upstream leaves the value unset).
func RspamdStrtoul[T ~string | ~[]byte](s T) (uint64, bool) {
	if len(s) == 0 || len(s) > maxRspamdLen {
		return 0, false
	}
	return RspamdStrtou64(s)
}

// RspamdStrtol is rspamd_strtol: 1 to 22 bytes, an optional '-', then
// decimal digits only. On overflow the value is the smallest or largest
// by the sign; on other failures 0 (upstream leaves it unset).
func RspamdStrtol[T ~string | ~[]byte](s T) (int64, bool) {
	if len(s) == 0 || len(s) > maxRspamdLen {
		return 0, false
	}
	i := 0
	neg := s[0] == '-'
	if neg {
		i++
	}
	var v int64
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		d := int64(c - '0')
		if v > (math.MaxInt64-d)/10 {
			if neg {
				return math.MinInt64, false
			}
			return math.MaxInt64, false
		}
		v = v*10 + d
	}
	if neg {
		v = -v
	}
	return v, true
}
