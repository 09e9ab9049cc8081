// Package rfc2047 decodes header values as rspamd does: RFC 2047 encoded
// words (with adjacent words of the same charset glued before conversion,
// quoted words and repeated question marks tolerated), raw 8-bit bytes
// checked as UTF-8, control characters replaced, and the result forced to
// valid UTF-8.
package rfc2047

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// Decode decodes a header value as rspamd_mime_header_decode does. The
// second result reports raw bytes that were not valid UTF-8 (each ill-formed
// sequence is replaced with U+FFFD).
func Decode(in []byte) (string, bool) {
	if isPlain(in) {
		return string(in), false
	}
	d := decoder{in: in}
	d.run()
	out := d.out.Bytes()
	sanitize(out)
	charset.EnforceUTF8(out)
	return string(out), d.invalid
}

// DecodeString is Decode for a string.
func DecodeString(in string) (string, bool) {
	if isPlain(in) {
		return in, false
	}
	return Decode([]byte(in))
}

// isPlain reports whether in is printable ASCII without '=', which decoding
// leaves as it is (no encoded word, control character or 8-bit byte).
func isPlain[S ~string | ~[]byte](in S) bool {
	for i := 0; i < len(in); i++ {
		if c := in[i]; c < 0x20 || c >= 0x7f || c == '=' {
			return false
		}
	}
	return true
}

type state int

const (
	stNormal state = iota
	stEqSign
	stEncodedStart
	stMoreQmark
	stSkipSpaces
)

type decoder struct {
	in      []byte
	out     bytes.Buffer
	token   []byte // decoded bytes of glued encoded words, not yet converted
	invalid bool
	// cur is the charset of the last encoded word, old the charset of the
	// words in token; "" when there is none.
	cur, old string
	hasOld   bool
}

func (d *decoder) run() {
	in := d.in
	p, c := 0, 0
	end := len(in)
	st := stNormal
	qmarks := 0
	d.out.Grow(len(in))
	for p < end {
		switch st {
		case stNormal:
			if in[p] == '=' {
				d.out.Write(in[c:p])
				c = p
				st = stEqSign
			} else if in[p] >= 128 {
				d.out.Write(in[c:p])
				r, n := charset.DecodeRune(in[p:])
				if r <= 0 {
					c = p + 1
					d.out.WriteString("\uFFFD")
					d.invalid = true
				} else {
					c = p
					p += n
					continue
				}
			}
			p++
		case stEqSign:
			if in[p] == '?' {
				st = stEncodedStart
				qmarks = 0
			} else {
				d.out.WriteByte(in[c])
				c = p
				st = stNormal
				continue
			}
			p++
		case stEncodedStart:
			if in[p] == '?' {
				st = stMoreQmark
				qmarks++
				p++
				for p < end && in[p] == '?' {
					p++
				}
				continue
			}
			p++
		case stMoreQmark:
			if in[p] == '=' {
				if qmarks < 3 {
					st = stEncodedStart
				} else {
					start := c
					if in[start] == '"' {
						start++
					}
					if w, ok := parseWord(in[start : p+1]); ok {
						d.cur = w.charset
						if len(d.token) > 0 {
							if !d.hasOld {
								d.old, d.hasOld = d.cur, true
							}
							d.maybeFlush()
						}
						qmarks = 0
						if w.base64 {
							if dec, ok := encoding.DecodeBase64(w.text); ok {
								d.token = append(d.token, dec...)
							}
						} else {
							d.token = append(d.token, decodeQP2047(w.text)...)
						}
						c = p + 1
						st = stSkipSpaces
					} else {
						d.hasOld = false
						if len(d.token) > 0 {
							d.maybeFlush()
						}
						d.out.Write(in[c:p])
						c = p
						st = stNormal
					}
				}
			} else {
				st = stEncodedStart
			}
			p++
		case stSkipSpaces:
			if isSpace(in[p]) {
				p++
			} else if in[p] == '=' && p < end-1 && in[p+1] == '?' {
				c = p
				p += 2
				st = stEncodedStart
			} else {
				if len(d.token) > 0 {
					d.hasOld = false
					d.maybeFlush()
				}
				d.out.Write(in[c:p])
				c = p
				st = stNormal
			}
		}
	}
	if st == stSkipSpaces {
		if len(d.token) > 0 && d.cur != "" {
			d.hasOld = false
			d.maybeFlush()
		}
	} else if p > c {
		d.out.Write(in[c:p])
	}
}

// maybeFlush converts the pending token from the current charset unless
// the previous words had the same charset (other than ISO-2022-JP), in
// which case they stay glued; then the current charset becomes the old one.
func (d *decoder) maybeFlush() {
	if d.hasOld && strings.EqualFold(d.cur, d.old) && !strings.EqualFold(d.cur, "iso-2022-jp") {
		return
	}
	if canon, ok := charset.Canonical(d.cur); ok {
		if dec, ok := toUTF8(d.token, canon); ok {
			d.out.Write(dec)
		}
	} else if dec, ok := toUTF8(d.token, ""); ok {
		d.out.Write(dec)
	}
	d.token = d.token[:0]
	d.old, d.hasOld = d.cur, true
}

// toUTF8 is rspamd_mime_to_utf8_byte_array: canon "" means the charset is
// unknown and the bytes are kept only when they are valid UTF-8.
func toUTF8(b []byte, canon string) ([]byte, bool) {
	if len(b) == 0 {
		return nil, false
	}
	if canon == "" {
		if utf8.Valid(b) {
			return b, true
		}
		return nil, false
	}
	if charset.UTFCompatible(canon) {
		return b, true
	}
	out, err := charset.ToUTF8(b, canon)
	if err != nil {
		return nil, false
	}
	return out, true
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// sanitize replaces control characters: ASCII whitespace becomes a space,
// any other non-graphic ASCII byte a question mark.
func sanitize(b []byte) {
	for i, c := range b {
		if c&0x80 != 0 || (c > 0x20 && c < 0x7f) {
			continue
		}
		if isSpace(c) {
			b[i] = ' '
		} else {
			b[i] = '?'
		}
	}
}
