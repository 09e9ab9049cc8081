package rfc2047

// maxEncodedToken is the room for the encoded text of one encoded word: a
// 76 byte word less "=?UTF-8?Q??=".
const maxEncodedToken = 76 - 12

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// qEncode appends in Q-encoded to dst: letters and digits as they are, a
// space as '_', any other byte as =XX.
func qEncode(dst, in []byte) []byte {
	const hex = "0123456789ABCDEF"
	for _, c := range in {
		switch {
		case isAlnum(c):
			dst = append(dst, c)
		case c == ' ':
			dst = append(dst, '_')
		default:
			dst = append(dst, '=', hex[c>>4], hex[c&0xf])
		}
	}
	return dst
}

// qCost is what one byte costs once Q-encoded.
func qCost(c byte) int {
	if isAlnum(c) || c == ' ' {
		return 1
	}
	return 3
}

// Encode encodes a header value as rspamd_mime_header_encode does: runs
// that need it (8-bit bytes and, in a structured header, anything but
// letters and digits) become "=?UTF-8?Q?...?=" words of at most 76 bytes,
// cut at UTF-8 character boundaries; spaces and tabs in front of a word
// go inside it, line breaks and parentheses stay outside. Whitespace at
// the very end is dropped, as upstream drops it.
func Encode(in []byte, structured bool) []byte {
	out := make([]byte, 0, len(in))
	spaces, tabs := 0, 0
	flush := func() {
		for ; spaces > 0; spaces-- {
			out = append(out, ' ')
		}
		for ; tabs > 0; tabs-- {
			out = append(out, '\t')
		}
	}
	needs := func(c byte) bool { return c >= 0x80 || structured && !isAlnum(c) }
	p := 0
	for p < len(in) {
		switch c := in[p]; c {
		case ' ':
			spaces++
			p++
			continue
		case '\t':
			tabs++
			p++
			continue
		case '\r', '\n', '(', ')':
			flush()
			out = append(out, c)
			p++
			continue
		}
		withWS := needs(in[p]) && spaces+tabs > 0
		wsBudget := 0
		if withWS {
			wsBudget = spaces + 3*tabs
		}
		piece := in[p:]
		encoding := false
		prefix, cost, span := 0, 0, 0
		spanAtChar, costAtChar := 0, 0
	scan:
		for i, c := range piece {
			lead := c < 0x80 || c >= 0xc0
			if !encoding {
				if !needs(c) {
					prefix++
					continue
				}
				encoding = true
				if qCost(c)+wsBudget > maxEncodedToken {
					piece = piece[:i]
					encoding = false
					break
				}
				cost, span = wsBudget+qCost(c), 1
				if lead {
					spanAtChar, costAtChar = 0, wsBudget
				}
				continue
			}
			if lead {
				spanAtChar, costAtChar = span, cost
			}
			if c == '(' || c == ')' || c == ' ' || c == '\t' {
				break
			}
			if !structured && c < 0x80 && !isAlnum(c) {
				bridge := false
				for _, nc := range piece[i+1:] {
					if nc >= 0x80 {
						bridge = true
						break
					}
					if isSpaceASCII(nc) || nc == '(' || nc == ')' {
						break
					}
				}
				if !bridge {
					break
				}
			}
			if cost+qCost(c) > maxEncodedToken {
				if !lead {
					span, cost = spanAtChar, costAtChar
				}
				break scan
			}
			cost += qCost(c)
			span++
		}
		if !encoding || span == 0 {
			// (when not even the first byte to encode fits after the
			// pending whitespace, the prefix goes out with the whitespace
			// and the next round encodes the byte)
			flush()
			out = append(out, piece...)
			p += len(piece)
			continue
		}
		if !withWS {
			flush()
		}
		out = append(out, in[p:p+prefix]...)
		p += prefix
		out = append(out, "=?UTF-8?Q?"...)
		if withWS {
			for ; spaces > 0; spaces-- {
				out = append(out, '_')
			}
			for ; tabs > 0; tabs-- {
				out = append(out, "=09"...)
			}
		}
		// the costs counted keep the word within maxEncodedToken
		out = qEncode(out, in[p:p+span])
		out = append(out, "?="...)
		p += span
	}
	return out
}
