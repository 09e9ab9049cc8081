// Package css parses the subset of CSS rspamd 4.1.5 understands
// (libserver/css): inline style declarations and <style> sheets with
// simple selectors (tag, class, id, universal), colors (names, hex, rgb,
// rgba, hsl, hsla), dimensions, display, visibility, opacity, overflow,
// positioning and clipping, compiled into rendering blocks that tell
// whether HTML text is visible.
package css

import (
	"math"

	"github.com/gorspamd/rspamd/internal/cconv"
)

type tokenType uint8

const (
	tokWhitespace tokenType = iota
	tokIdent
	tokFunction
	tokAtKeyword
	tokHash
	tokString
	tokNumber
	tokURL
	tokCDO
	tokCDC
	tokDelim
	tokOBrace
	tokEBrace
	tokOSqBrace
	tokESqBrace
	tokOCurlBrace
	tokECurlBrace
	tokComma
	tokColon
	tokSemicolon
	tokEOF
)

// Token flags.
const (
	flagBadString = 1 << iota
	flagDimension
	flagPercent
	flagBadDimension
)

type valueKind uint8

const (
	valNone valueKind = iota
	valString
	valDelim
	valNumber
)

// token is a CSS token: its value is a string, a delimiter or a number.
type token struct {
	typ   tokenType
	kind  valueKind
	str   string
	delim byte
	num   float32
	flags uint8
}

var eofToken = token{typ: tokEOF}

func (t *token) stringOr(def string) string {
	switch t.kind {
	case valString:
		return t.str
	case valDelim:
		return string([]byte{t.delim})
	}
	return def
}

func (t *token) delimOr() (byte, bool) {
	if t.kind == valDelim {
		return t.delim, true
	}
	return 0, false
}

// normalNumber returns the value clamped to [0, 1] (percents divided by
// 100), def for non-numbers.
func (t *token) normalNumber(def float32) float32 {
	if t.kind != valNumber {
		return def
	}
	v := t.num
	if t.flags&flagPercent != 0 {
		v = float32(float64(v) / 100.0)
	}
	switch {
	case v < 0:
		return 0
	case v > 1:
		return 1
	}
	return v
}

// dimensions maps units to their factor in pixels.
var dimensions = map[string]float64{
	"px": 1.0, "em": 16.0, "rem": 16.0, "ex": 8.0, "wv": 8.0, "wh": 6.0,
	"vmax": 8.0, "vmin": 6.0, "pt": 96.0 / 72.0, "cm": 96.0 / 2.54,
	"mm": 9.60 / 2.54, "in": 96.0, "pc": 96.0 / 6.0,
}

func (t *token) adjustDim(dim *token) bool {
	if t.kind != valNumber || dim.kind != valString {
		return false
	}
	mult, ok := dimensions[dim.str]
	if !ok {
		t.flags |= flagBadDimension
		return false
	}
	t.flags |= flagDimension
	t.num = float32(float64(t.num) * mult)
	return true
}

// tokenizer splits CSS into tokens (upstream's css_tokeniser).
type tokenizer struct {
	input   string
	offset  int
	backlog []token // pushed back tokens, a queue from head
	head    int
}

func isPlainIdentStart(c byte) bool {
	return c&0x80 != 0 || isAlpha(c) || c == '_'
}

func isPlainIdent(c byte) bool {
	return isPlainIdentStart(c) || c == '-' || isDigit(c)
}

func (tk *tokenizer) pushback(t token) { tk.backlog = append(tk.backlog, t) }

func (tk *tokenizer) strToken(typ tokenType, s string) token {
	return token{typ: typ, kind: valString, str: s}
}

func delimToken(c byte) token { return token{typ: tokDelim, kind: valDelim, delim: c} }

func (tk *tokenizer) consumeIdent(allowNumber bool) token {
	in := tk.input
	i := tk.offset
	needEscape := false
	allowMiddleMinus := false

	finish := func(pos int, typ tokenType) token {
		// An escape ending the input can step past it (upstream reads
		// out of bounds there).
		pos = min(pos, len(in))
		s := in[tk.offset:pos]
		if needEscape {
			s = Unescape(s)
		}
		tk.offset = pos
		return tk.strToken(typ, s)
	}

	if in[i] == '-' {
		i++
		if i < len(in) && in[i] == '-' {
			i++
			allowMiddleMinus = true
		}
	}
	for i < len(in) {
		c := in[i]
		plain := isPlainIdentStart(c)
		if allowNumber || allowMiddleMinus {
			plain = isPlainIdent(c)
		}
		if !plain {
			switch {
			case c == '\\' && i+1 < len(in):
				needEscape = true
				nhex := 0
				for {
					i++
					c = in[i]
					if isXDigit(c) {
						nhex++
						if nhex > 6 {
							break
						}
					} else if nhex > 0 && c == ' ' {
						i++
						break
					} else {
						break
					}
					if i+1 >= len(in) {
						break
					}
				}
			case c == '(':
				j := i + 1
				for j < len(in) && isSpace(in[j]) {
					j++
				}
				if len(in)-tk.offset > 3 && in[tk.offset:tk.offset+3] == "url" {
					if j < len(in) && (in[j] == '"' || in[j] == '\'') {
						return finish(i, tokFunction)
					}
					for j < len(in) && in[j] != ')' {
						j++
					}
					if j < len(in) && in[j] == ')' {
						return finish(j+1, tokURL)
					}
					ret := finish(j, tokURL)
					ret.flags |= flagBadString
					return ret
				}
				return finish(i, tokFunction)
			case c == '-' && allowMiddleMinus:
				i++
				continue
			default:
				return finish(i, tokIdent)
			}
		} else {
			allowMiddleMinus = true
		}
		i++
	}
	return finish(i, tokIdent)
}

func (tk *tokenizer) consumeNumber() token {
	in := tk.input
	i := tk.offset
	seenDot, seenExp := false, false
	if in[i] == '-' || in[i] == '+' {
		i++
	}
	if i < len(in) && in[i] == '.' {
		seenDot = true
		i++
	}
loop:
	for i < len(in) {
		c := in[i]
		if !isDigit(c) {
			switch {
			case c == '.':
				if seenDot {
					break loop
				}
				seenDot = true
			case c == 'e' || c == 'E':
				if seenExp {
					break loop
				}
				seenExp = true
				seenDot = true
				if i+1 < len(in) {
					n := in[i+1]
					if n == '+' || n == '-' {
						i++
					} else if !isDigit(n) {
						break loop
					}
				} else {
					break loop
				}
			default:
				break loop
			}
		}
		i++
	}
	if i <= tk.offset {
		i++
		tk.offset = i
		return delimToken(in[i-1])
	}
	text := in[tk.offset:i]
	if len(text) > 127 {
		text = text[:127]
	}
	num, _, _ := cconv.Strtod(text) // g_ascii_strtod
	tk.offset = i
	if math.Abs(num) >= math.MaxFloat32 || math.IsNaN(num) {
		return delimToken(in[i-1])
	}
	ret := token{typ: tokNumber, kind: valNumber, num: float32(num)}
	if i < len(in) {
		switch {
		case in[i] == '%':
			ret.flags |= flagPercent
			tk.offset = i + 1
		case isPlainIdentStart(in[i]):
			dim := tk.consumeIdent(false)
			if dim.typ == tokIdent && !ret.adjustDim(&dim) {
				tk.offset = i
			}
		}
	}
	return ret
}

// next returns the next token.
func (tk *tokenizer) next() token {
	if tk.head < len(tk.backlog) {
		t := tk.backlog[tk.head]
		tk.head++
		if tk.head == len(tk.backlog) {
			tk.backlog, tk.head = tk.backlog[:0], 0
		}
		return t
	}
	in := tk.input
	i := tk.offset
	for i < len(in) {
		c := in[i]
		switch c {
		case '/':
			if i+1 < len(in) && in[i+1] == '*' {
				tk.offset = i + 2
				tk.consumeComment()
				i = tk.offset
				continue
			}
			tk.offset = i + 1
			return delimToken(c)
		case ' ', '\t', '\n', '\r', '\f':
			for i < len(in) && isSpace(in[i]) {
				i++
			}
			t := tk.strToken(tokWhitespace, in[tk.offset:i])
			tk.offset = i
			return t
		case '"', '\'':
			tk.offset = i + 1
			if tk.offset < len(in) {
				return tk.strToken(tokString, tk.consumeString(c))
			}
			return delimToken(c)
		case '(':
			tk.offset = i + 1
			return token{typ: tokOBrace}
		case ')':
			tk.offset = i + 1
			return token{typ: tokEBrace}
		case '[':
			tk.offset = i + 1
			return token{typ: tokOSqBrace}
		case ']':
			tk.offset = i + 1
			return token{typ: tokESqBrace}
		case '{':
			tk.offset = i + 1
			return token{typ: tokOCurlBrace}
		case '}':
			tk.offset = i + 1
			return token{typ: tokECurlBrace}
		case ',':
			tk.offset = i + 1
			return token{typ: tokComma}
		case ';':
			tk.offset = i + 1
			return token{typ: tokSemicolon}
		case ':':
			tk.offset = i + 1
			return token{typ: tokColon}
		case '<':
			if i+3 < len(in) && in[i+1] == '!' && in[i+2] == '-' && in[i+3] == '-' {
				tk.offset += 3
				return token{typ: tokCDO}
			}
			tk.offset = i + 1
			return delimToken(c)
		case '-':
			if i+1 < len(in) {
				n := in[i+1]
				if isDigit(n) {
					return tk.consumeNumber()
				}
				if n == '-' && i+2 < len(in) && in[i+2] == '>' {
					tk.offset += 3
					return token{typ: tokCDC}
				}
			}
			tk.offset = i + 1
			return delimToken(c)
		case '+', '.':
			if i+1 < len(in) && isDigit(in[i+1]) {
				return tk.consumeNumber()
			}
			tk.offset = i + 1
			return delimToken(c)
		case '\\':
			if i+1 < len(in) && in[i+1] != '\n' && in[i+1] != '\r' {
				return tk.consumeIdent(false)
			}
			tk.offset = i + 1
			return delimToken(c)
		case '@':
			if i+3 < len(in) && isPlainIdentStart(in[i+1]) && isPlainIdent(in[i+2]) && isPlainIdent(in[i+3]) {
				tk.offset = i + 1
				t := tk.consumeIdent(false)
				if t.typ == tokIdent {
					t.typ = tokAtKeyword
				}
				return t
			}
			tk.offset = i + 1
			return delimToken(c)
		case '#':
			if i+2 < len(in) {
				n, nn := in[i+1], in[i+2]
				if (isPlainIdent(n) || n == '-') && (isPlainIdent(nn) || nn == '-') {
					tk.offset = i + 1
					t := tk.consumeIdent(true)
					if t.typ == tokIdent {
						t.typ = tokHash
					}
					return t
				}
			}
			tk.offset = i + 1
			return delimToken(c)
		default:
			if isDigit(c) {
				return tk.consumeNumber()
			}
			if isPlainIdentStart(c) {
				return tk.consumeIdent(false)
			}
			tk.offset = i + 1
			return delimToken(c)
		}
	}
	return eofToken
}

// consumeComment skips a (possibly nested) comment; an unterminated
// comment stops one byte before the end.
func (tk *tokenizer) consumeComment() {
	in := tk.input
	if len(in) == 0 {
		return
	}
	i := tk.offset
	nested := 0
	for i < len(in)-1 {
		c := in[i]
		if c == '*' && in[i+1] == '/' {
			if nested == 0 {
				tk.offset = i + 2
				return
			}
			nested--
			i += 2
			continue
		} else if c == '/' && in[i+1] == '*' {
			nested++
			i += 2
			continue
		}
		i++
	}
	tk.offset = i
}

// consumeString reads a quoted string up to quote (or the end of input).
func (tk *tokenizer) consumeString(quote byte) string {
	in := tk.input
	i := tk.offset
	unescape := false
	for i < len(in) {
		c := in[i]
		if c == '\\' {
			if i+1 < len(in) {
				unescape = true
			}
		} else if c == quote {
			s := in[tk.offset:i]
			if unescape {
				s = Unescape(s)
			}
			tk.offset = i + 1
			return s
		}
		i++
	}
	s := in[tk.offset:i]
	if unescape {
		s = Unescape(s)
	}
	tk.offset = i
	return s
}

func isSpace(c byte) bool  { return c == ' ' || (c >= 0x09 && c <= 0x0d) }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool  { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isXDigit(c byte) bool { return isDigit(c) || ((c|0x20) >= 'a' && (c|0x20) <= 'f') }
