package css

import (
	"unicode"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Unescape resolves CSS escapes (\HEX and \char) and lowercases ASCII
// outside quotes, as upstream's unescape_css; the result is never longer
// than the input.
func Unescape(s string) string {
	const (
		normal = iota
		quoted
		escape
		skipSpaces
	)
	out := make([]byte, 0, len(s))
	nleft := len(s)
	state := normal
	var quote, prev byte
	escapeOffset := 0
	consume := func(c byte) {
		switch {
		case c == '"' || c == '\'':
			state = quoted
			quote = c
			nleft--
			out = append(out, c)
		case c == '\\':
			state = escape
		default:
			state = normal
			nleft--
			out = append(out, encoding.LowerASCIIByte(c))
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if nleft <= 0 {
			break
		}
		switch state {
		case normal:
			if c == '\\' {
				escapeOffset = i
			}
			consume(c)
		case quoted:
			if c == quote && prev != '\\' {
				state = normal
			}
			prev = c
			nleft--
			out = append(out, c)
		case escape:
			if isXDigit(c) {
				continue
			}
			if i > escapeOffset+1 {
				if val, ok := parseHexUlong(s[escapeOffset+1 : i]); ok {
					if val < 0x80 {
						out = append(out, encoding.LowerASCIIByte(byte(val)))
						nleft--
					} else {
						r := unicode.ToLower(rune(val))
						enc := appendUTF8Safe(nil, len(s)-len(out), r)
						out = append(out, enc...)
						nleft -= len(enc)
					}
				}
			}
			if nleft > 0 {
				if isSpace(c) {
					state = skipSpaces
				} else {
					if c == '\\' {
						escapeOffset = i
					}
					consume(c)
				}
			}
		case skipSpaces:
			if !isSpace(c) {
				if c == '\\' {
					escapeOffset = i
				}
				consume(c)
			}
		}
	}
	return string(out)
}

// parseHexUlong parses hexadecimal digits like rspamd_xstrtoul.
func parseHexUlong(s string) (uint64, bool) {
	var v uint64
	for i := 0; i < len(s); i++ {
		c := encoding.LowerASCIIByte(s[i])
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		default:
			return v, false
		}
		if v > (^uint64(0))/10 || (v == (^uint64(0))/10 && d > (^uint64(0))%10) {
			return ^uint64(0), false
		}
		v = v*16 + d
	}
	return v, true
}

// appendUTF8Safe encodes r as ICU's UTF8_APPEND_CHAR_SAFE with the space
// left, substituting U+FFFD for invalid code points.
func appendUTF8Safe(b []byte, space int, r rune) []byte {
	if r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) {
		r = 0xfffd
	}
	var enc []byte
	switch {
	case r < 0x80:
		enc = []byte{byte(r)}
	case r < 0x800:
		enc = []byte{byte(r>>6 | 0xc0), byte(r&0x3f | 0x80)}
	case r < 0x10000:
		enc = []byte{byte(r>>12 | 0xe0), byte(r>>6&0x3f | 0x80), byte(r&0x3f | 0x80)}
	default:
		enc = []byte{byte(r>>18 | 0xf0), byte(r>>12&0x3f | 0x80), byte(r>>6&0x3f | 0x80), byte(r&0x3f | 0x80)}
	}
	if len(enc) > space {
		return b
	}
	return append(b, enc...)
}
