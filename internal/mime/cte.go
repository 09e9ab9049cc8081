package mime

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// CTE is a Content-Transfer-Encoding (enum rspamd_cte).
type CTE int

// Transfer encodings, with upstream's values.
const (
	CTEUnknown CTE = iota
	CTE7Bit
	CTE8Bit
	CTEQP
	CTEBase64
	CTEUUE
)

// String is rspamd_cte_to_string.
func (c CTE) String() string {
	switch c {
	case CTE7Bit:
		return "7bit"
	case CTE8Bit:
		return "8bit"
	case CTEQP:
		return "quoted-printable"
	case CTEBase64:
		return "base64"
	case CTEUUE:
		return "X-uuencode"
	}
	return "unknown"
}

// parseCTE maps a (lowercased) header value to a transfer encoding after
// stripping " \t;,.+-#!`~'" around it.
func parseCTE(v string) CTE {
	v = stripChars(v, " \t;,.+-#!`~'")
	switch v {
	case "7bit":
		return CTE7Bit
	case "8bit", "binary":
		return CTE8Bit
	case "quoted-printable":
		return CTEQP
	case "base64", "base-64":
		return CTEBase64
	case "uuencode", "x-uuencode", "x-uue":
		return CTEUUE
	}
	return CTEUnknown
}

func stripChars(s, set string) string {
	i, j := 0, len(s)
	for i < j && bytes.IndexByte([]byte(set), s[i]) >= 0 {
		i++
	}
	for j > i && bytes.IndexByte([]byte(set), s[j-1]) >= 0 {
		j--
	}
	return s[i:j]
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isXDigit(c byte) bool { _, ok := encoding.HexValue(c); return ok }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool  { return c >= 'a' && c <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isUpper(c) || isLower(c) }

// guessCTE is rspamd_mime_part_get_cte_heuristic: it guesses the encoding
// of raw part data from its first 128 characters.
func guessCTE(raw []byte) CTE {
	const checkLen = 128
	realLen := min(checkLen, len(raw))
	p, end := 0, len(raw)
	for p < end && isSpace(raw[p]) {
		p++
	}
	if end-p > len("begin-base64 ")+1 {
		for _, pfx := range []string{"begin ", "begin-base64 "} {
			if bytes.HasPrefix(raw[p:], []byte(pfx)) {
				u := p + len(pfx)
				for u < end && isSpace(raw[u]) {
					u++
				}
				if u < end && isDigit(raw[u]) {
					return CTEUUE
				}
				break
			}
		}
	}
	for end > p && isSpace(raw[end-1]) {
		end--
	}
	pad := 0
	if end > p+2 {
		if raw[end-1] == '=' {
			pad++
			end--
		}
		if raw[end-1] == '=' {
			pad++
			end--
		}
	}
	if end-p > realLen {
		end = p + realLen
	}
	var spaces, eqs, n8, qpEnc, upper, lower int
	b64 := true
	for p < end {
		c := raw[p]
		switch {
		case c == ' ':
			spaces++
		case c == '=':
			b64 = false
			eqs++
			p++
			if p+2 < end && isXDigit(raw[p]) && isXDigit(raw[p+1]) {
				p++
				qpEnc++
			}
			continue
		case c >= 0x80:
			n8++
			b64 = false
		case !(isAlnum(c) || c == '/' || c == '+'):
			b64 = false
		case isUpper(c):
			upper++
		case isLower(c):
			lower++
		}
		p++
	}
	switch {
	case b64 && eqs <= 2 && spaces == 0:
		if len(raw) > 80 {
			if pad > 0 || (upper > 1 && lower > 1) {
				return CTEBase64
			}
			return CTE7Bit
		}
		if (end+pad)%4 == 0 {
			if pad == 0 && !(upper > 1 && lower > 1) {
				return CTE7Bit
			}
			return CTEBase64
		}
		if pad == 1 || pad == 2 {
			return CTEBase64
		}
		return CTE7Bit
	case n8 == 0:
		if eqs > 2 && qpEnc > 2 {
			return CTEQP
		}
		return CTE7Bit
	}
	return CTE8Bit
}

// decodeQP decodes quoted-printable as rspamd_decode_qp_buf does: "=XY" is
// a byte, "=" and a line break a soft break, "=" before a non-hex
// character is kept literally with that character (and "=X" before a
// non-hex one with both), "=X" at the very end is dropped, and a final
// lone '=' is kept.
func decodeQP(in []byte) []byte {
	out := make([]byte, 0, len(in))
	p, n := 0, len(in)
	for p < n {
		if in[p] != '=' {
			q := bytes.IndexByte(in[p:], '=')
			if q < 0 {
				out = append(out, in[p:]...)
				break
			}
			out = append(out, in[p:p+q]...)
			p += q + 1
			if p == n {
				// memccpy copied the last '=' and the returned length
				// includes it (upstream writes one more '=' past it)
				out = append(out, '=')
				break
			}
		} else {
			p++
			if p == n {
				out = append(out, '=')
				break
			}
		}
		c := in[p]
		p++
		hi, ok := encoding.HexValue(c)
		switch {
		case ok:
		case c == '\r':
			if p < n && in[p] == '\n' {
				p++
			}
			continue
		case c == '\n':
			continue
		default:
			out = append(out, '=', c)
			continue
		}
		if p < n {
			c2 := in[p]
			p++
			lo, ok := encoding.HexValue(c2)
			if !ok {
				out = append(out, '=', c, c2)
				continue
			}
			out = append(out, hi<<4|lo)
		}
	}
	return out
}

// decodeUUE decodes uuencoded data as rspamd_decode_uue_buf does (also
// the "begin-base64" variant); it reports failure for malformed input.
func decodeUUE(in []byte) ([]byte, bool) {
	p := 0
	n := len(in)
	skipNL := func() {
		for p < n && (in[p] == '\n' || in[p] == '\r') {
			p++
		}
	}
	skipNL()
	if n-p < len("begin-base64 ")+1 {
		return nil, false
	}
	b64 := false
	switch {
	case bytes.HasPrefix(in[p:], []byte("begin ")):
		p += len("begin ")
	case bytes.HasPrefix(in[p:], []byte("begin-base64 ")):
		b64 = true
		p += len("begin-base64 ")
	default:
		return nil, false
	}
	pos := bytes.IndexAny(in[p:], "\r\n")
	if pos < 0 || p == n {
		return nil, false
	}
	p += pos
	skipNL()
	if b64 {
		out, ok := encoding.DecodeBase64(in[p:])
		if !ok {
			return nil, false
		}
		return out, true
	}
	out := make([]byte, 0, (n-p)/4*3+12)
	dec := func(c byte) int { return int(c-' ') & 077 }
	isDec := func(c byte) bool { v := int(c) - ' '; return v >= 0 && v <= 077+1 }
	for p < n {
		pos := bytes.IndexAny(in[p:], "\r\n")
		if pos < 0 {
			pos = n - p
		}
		if pos == 0 {
			skipNL()
			if p == n {
				break
			}
			pos = bytes.IndexAny(in[p:], "\r\n")
			if pos < 0 {
				pos = n - p
			}
			// Upstream keeps the length computed before skipping.
			pos = 0
		}
		eol := p + pos
		i := dec(in[p])
		if i <= 0 {
			break
		}
		for p++; i > 0 && p < eol; p, i = p+4, i-3 {
			if i >= 3 && p+3 < eol {
				if !isDec(in[p]) || !isDec(in[p+1]) || !isDec(in[p+2]) || !isDec(in[p+3]) {
					return nil, false
				}
				out = append(out,
					byte(dec(in[p])<<2|dec(in[p+1])>>4),
					byte(dec(in[p+1])<<4|dec(in[p+2])>>2),
					byte(dec(in[p+2])<<6|dec(in[p+3])))
			} else {
				if i >= 1 && p+1 < eol {
					if !isDec(in[p]) || !isDec(in[p+1]) {
						return nil, false
					}
					out = append(out, byte(dec(in[p])<<2|dec(in[p+1])>>4))
				}
				if i >= 2 && p+2 < eol {
					if !isDec(in[p+1]) || !isDec(in[p+2]) {
						return nil, false
					}
					out = append(out, byte(dec(in[p+1])<<4|dec(in[p+2])>>2))
				}
			}
		}
		p = eol
		skipNL()
	}
	return out, true
}
