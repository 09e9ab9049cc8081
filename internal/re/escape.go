package re

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// EscapeFlags select how Escape treats its input (upstream's
// RSPAMD_REGEXP_ESCAPE_*).
type EscapeFlags uint8

// Escape modes.
const (
	// EscapeUTF keeps UTF-8 text: non-ASCII characters become \x{hex}
	// code points with EscapeGlob or EscapeRE, or are copied as they are
	// otherwise (instead of \xHH bytes).
	EscapeUTF EscapeFlags = 1 << 0
	// EscapeGlob turns the glob wildcards *, ? and + into .*, .? and .+.
	EscapeGlob EscapeFlags = 1 << 1
	// EscapeRE treats the input as a regexp already: metacharacters and
	// spaces are left alone, only bytes are recoded.
	EscapeRE EscapeFlags = 1 << 2
	// EscapeAnchor wraps the result in ^(?:...)$.
	EscapeAnchor EscapeFlags = 1 << 3
)

// isSpace is g_ascii_isspace (no vertical tab).
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isPrint(c byte) bool { return c >= 0x20 && c < 0x7f }

// isMeta reports the characters rspamd escapes: [-[\]{}()*+?.,\\^$|#].
func isMeta(c byte) bool {
	return strings.IndexByte(`[]-\{}()*+?.,^$|#`, c) >= 0
}

// Escape makes a PCRE2 pattern out of plain text (or glob text), as
// rspamd_str_regexp_escape does. The result is meant for a pattern without
// the 'u' flag unless EscapeUTF is given.
//
// Unlike upstream, invalid UTF-8 under EscapeUTF is escaped after each
// invalid byte is replaced by U+FFFD: upstream then walks the replacement
// buffer with the end pointer of the original one, which gives an empty
// pattern or an assertion failure depending on heap addresses.
func Escape(s string, flags EscapeFlags) string {
	if !needsEscape(s, flags) {
		return s
	}
	if flags&EscapeUTF != 0 && !utf8.ValidString(s) {
		s = toValidPerByte(s)
	}
	re := flags&EscapeRE != 0
	glob := flags&EscapeGlob != 0
	var b strings.Builder
	b.Grow(len(s) + len(s)/2 + 8)
	if flags&EscapeAnchor != 0 {
		b.WriteString("^(?:")
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '-':
			if glob || !re {
				b.WriteByte('\\')
			}
		case c == '*' || c == '?' || c == '+':
			if glob {
				b.WriteByte('.')
			} else if !re {
				b.WriteByte('\\')
			}
		case isMeta(c):
			if !re {
				b.WriteByte('\\')
			}
		case isSpace(c):
			if !re {
				b.WriteByte('\\')
			}
		case c&0x80 != 0 || !isPrint(c):
			if flags&EscapeUTF == 0 {
				const hex = "0123456789abcdef"
				b.WriteString(`\x`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xf])
				continue
			}
			if re || glob {
				r, size := utf8.DecodeRuneInString(s[i:])
				if r > 0 && !(r == utf8.RuneError && size == 1) {
					b.WriteString(`\x{`)
					b.WriteString(strconv.FormatInt(int64(r), 16))
					b.WriteByte('}')
					i += size - 1
				}
				continue
			}
		}
		b.WriteByte(c)
	}
	if flags&EscapeAnchor != 0 {
		b.WriteString(")$")
	}
	return b.String()
}

// needsEscape is upstream's sizing pass: whether any byte changes.
func needsEscape(s string, flags EscapeFlags) bool {
	if flags&EscapeAnchor != 0 {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isMeta(c) || isSpace(c):
			if flags&EscapeRE == 0 {
				return true
			}
		case c&0x80 != 0 || !isPrint(c):
			return true
		}
	}
	return false
}

// toValidPerByte replaces every byte that does not start a valid UTF-8
// sequence with U+FFFD.
func toValidPerByte(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
