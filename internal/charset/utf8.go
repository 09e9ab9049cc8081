package charset

import "unicode/utf8"

// DecodeRune decodes the first character of b as ICU's U8_NEXT does. On an
// ill-formed sequence it returns a negative rune and the length of the
// maximal subpart (at least 1), which is how ICU (and so rspamd) counts the
// bytes that one U+FFFD replaces; Go's utf8.DecodeRune always consumes one.
func DecodeRune(b []byte) (rune, int) {
	if len(b) == 0 {
		return -1, 0
	}
	c := b[0]
	if c < 0x80 {
		return rune(c), 1
	}
	r, n := utf8.DecodeRune(b)
	if r != utf8.RuneError || n > 1 {
		return r, n
	}
	// Ill-formed: find the maximal subpart (Unicode 3.9, table 3-7).
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return -1, 1
	}
	i := 1
	for ; i <= need && i < len(b); i++ {
		if b[i] < lo || b[i] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
	}
	return -1, i
}

// EnforceUTF8 replaces, in place, every byte of an ill-formed UTF-8 sequence
// with '?', as rspamd_mime_charset_utf_enforce does; NUL bytes that directly
// follow an ill-formed sequence are replaced too (upstream only resumes at
// the next valid non-NUL character).
func EnforceUTF8(b []byte) {
	bad := false
	for i := 0; i < len(b); {
		r, n := DecodeRune(b[i:])
		if r < 0 || (bad && r == 0) {
			for j := i; j < i+n; j++ {
				b[j] = '?'
			}
			bad = true
		} else {
			bad = false
		}
		i += n
	}
}
