package ucl

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/encoding"
)

func isHexDigit(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// jsonUnescaped maps the byte after a backslash to the byte it stands for.
var jsonUnescaped = [256]byte{'n': '\n', 'r': '\r', 'b': '\b', 't': '\t', 'f': '\f', '\\': '\\', '"': '"'}

// unescapeJSON decodes JSON escapes in place and returns the decoded
// bytes. Code points of \u escapes above U+FFFF cannot occur; invalid
// escapes keep the escaped byte.
func unescapeJSON(s []byte) []byte {
	n := len(s)
	if n <= 1 {
		return s
	}
	t, h := 0, 0
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	for n > 0 {
		if s[h] != '\\' {
			s[t] = s[h]
			t++
			h++
		} else {
			h++
			if n == 1 {
				n--
				s[t] = '\\'
				t++
				continue
			}
			switch c := s[h]; c {
			case 'n', 'r', 'b', 't', 'f', '\\', '"':
				s[t] = jsonUnescaped[c]
				t++
			case 'u':
				h++
				n--
				if n > 3 {
					uval := 0
					for i := 0; i < 4; i++ {
						uval <<= 4
						c := at(h + i)
						switch {
						case isDigit(c):
							uval += int(c - '0')
						case c >= 'a' && c <= 'f':
							uval += int(c-'a') + 10
						case c >= 'A' && c <= 'F':
							uval += int(c-'A') + 10
						default:
							i = 4
							continue
						}
					}
					switch {
					case uval < 0x80:
						s[t] = byte(uval)
						t++
					case uval < 0x800:
						s[t] = byte(0xc0 + ((uval & 0x7c0) >> 6))
						s[t+1] = byte(0x80 + (uval & 0x3f))
						t += 2
					case uval < 0x10000:
						s[t] = byte(0xe0 + ((uval & 0xf000) >> 12))
						s[t+1] = byte(0x80 + ((uval & 0xfc0) >> 6))
						s[t+2] = byte(0x80 + (uval & 0x3f))
						t += 3
					default:
						s[t] = '?'
						t++
					}
					h += 4
					n -= 4
					if n > 0 {
						n--
					}
					continue
				}
				s[t] = 'u'
				t++
			default:
				s[t] = s[h]
				t++
			}
			h++
			n--
		}
		if n > 0 {
			n--
		}
	}
	return s[:t]
}

// unescapeSquoted decodes a single-quoted string: \' is a quote, a
// backslash before a newline (or CRLF) joins lines, other backslashes stay.
func unescapeSquoted(s []byte) []byte {
	n := len(s)
	if n <= 1 {
		return s
	}
	out := make([]byte, 0, len(s))
	h := 0
	for n > 0 {
		if s[h] != '\\' {
			out = append(out, s[h])
			h++
		} else {
			h++
			if n == 1 {
				n--
				out = append(out, '\\')
				continue
			}
			switch s[h] {
			case '\'':
				out = append(out, '\'')
			case '\n':
			case '\r':
				if n > 1 && h+1 < len(s) && s[h+1] == '\n' {
					h++
					n--
				}
			default:
				out = append(out, '\\', s[h])
			}
			h++
			n--
		}
		if n > 0 {
			n--
		}
	}
	return out
}

// parseBoolean recognises true/yes/on and false/no/off in any case.
func parseBoolean(v []byte) (int64, bool) {
	switch encoding.LowerASCII(string(v)) {
	case "true", "yes", "on":
		return 1, true
	case "false", "no", "off":
		return 0, true
	}
	return 0, false
}

// checkVariableName matches a variable name at the start of s (all of s
// when strict) and returns the bytes consumed and the value length.
func (p *Parser) checkVariableName(s []byte, strict bool) (int, int, bool) {
	for _, v := range p.vars {
		if strict {
			if len(s) == len(v.name) && string(s) == v.name {
				return len(v.name), len(v.value), true
			}
		} else if len(s) >= len(v.name) && string(s[:len(v.name)]) == v.name {
			return len(v.name), len(v.value), true
		}
	}
	return 0, 0, false
}

// measureVariable computes, for the text after a '$' at s[i-1], where the
// scan continues and how much output it produces.
func (p *Parser) measureVariable(s []byte, i int, outLen *int, found *bool) int {
	if s[i] == '{' {
		for j := i + 1; j < len(s); j++ {
			if s[j] != '}' {
				continue
			}
			name := s[i+1 : j]
			if n, vl, ok := p.checkVariableName(name, true); ok {
				*outLen += vl
				*found = true
				return i + 1 + n + 1
			}
			if p.varHandler != nil {
				if v, ok := p.varHandler(name); ok {
					// upstream assigns instead of adding here, which
					// truncates the result; we add
					*outLen += len(v)
					*found = true
					return j + 1
				}
			}
			*outLen += 2
			return i + 1
		}
		*outLen++
		return i
	}
	if s[i] != '$' {
		if n, vl, ok := p.checkVariableName(s[i:], false); ok {
			*outLen += vl
			*found = true
			return i + n
		}
		*outLen++
		return i
	}
	*outLen++
	return i + 1
}

// expandOne writes the expansion of the variable reference at s[i] ('$')
// into out (capacity limited by room) and returns where to continue.
func (p *Parser) expandOne(s []byte, i int, out []byte, room int) ([]byte, int) {
	rest := s[i+1:]
	inLen := len(s) - i - 1
	ret := i + 1
	strict := false
	if len(rest) > 0 && rest[0] == '$' {
		return append(out, '$'), i + 2
	}
	if len(rest) > 0 && rest[0] == '{' {
		rest = rest[1:]
		inLen--
		strict = true
		ret += 2
	}
	need := 0
	if strict {
		need = 1
	}
	for _, v := range p.vars {
		if room >= len(v.value) && inLen >= len(v.name)+need && string(rest[:len(v.name)]) == v.name {
			if !strict || (len(rest) > len(v.name) && rest[len(v.name)] == '}') {
				return append(out, v.value...), ret + len(v.name)
			}
		}
	}
	if strict && p.varHandler != nil {
		// upstream passes everything up to the end of the string here; we
		// pass the name, as when measuring
		if idx := bytes.IndexByte(rest, '}'); idx >= 0 {
			if v, ok := p.varHandler(rest[:idx]); ok && len(v) <= room {
				return append(out, v...), ret + idx
			}
		}
	}
	if strict && room >= 2 {
		return append(out, s[i], s[i+1]), ret - 1
	}
	return append(out, '$'), ret
}

// expandVariables replaces $VAR and ${VAR} references. It reports false
// when nothing was found (the input is then used as is).
func (p *Parser) expandVariables(s []byte) ([]byte, bool) {
	if p.flags&ParserDisableMacro != 0 {
		return nil, false
	}
	outLen := 0
	found := false
	for i := 0; i < len(s); {
		if s[i] == '$' && i+1 < len(s) {
			i = p.measureVariable(s, i+1, &outLen, &found)
		} else {
			i++
			outLen++
		}
	}
	if !found {
		return nil, false
	}
	out := make([]byte, 0, outLen)
	for i := 0; i < len(s) && len(out) < outLen; {
		if s[i] == '$' && i+1 < len(s) {
			out, i = p.expandOne(s, i, out, outLen-len(out))
		} else {
			out = append(out, s[i])
			i++
		}
	}
	if len(out) > outLen {
		out = out[:outLen]
	}
	// upstream reports the measured length even if less was written
	for len(out) < outLen {
		out = append(out, 0)
	}
	return out, true
}
