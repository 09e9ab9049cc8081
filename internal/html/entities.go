package html

//go:generate go run gen_entities.go

// entity is a named HTML entity; heur entities may be recognised by a
// prefix of a longer name (e.g. "&pound_id" decodes the "pound").
type entity struct {
	name string
	code uint32
	repl string
	heur bool
}

var (
	entityByName     = map[string]*entity{}
	entityByNameHeur = map[string]*entity{}
	// entityByCode keeps the last entity of a code: the table puts the one
	// numeric references decode to last.
	entityByCode = map[uint32]*entity{}
)

func init() {
	for i := range entityTable {
		e := &entityTable[i]
		entityByName[e.name] = e
		entityByCode[e.code] = e
		if e.heur {
			entityByNameHeur[e.name] = e
		}
	}
}

// DecodeEntities decodes HTML entities in place (upstream's
// decode_html_entitles_inplace) and returns the new length. With
// normSpaces, runs of ASCII white space become one space and leading
// spaces are dropped.
func DecodeEntities(s []byte, normSpaces bool) int {
	const (
		normalContent = iota
		ampersand
		skipMultiSpaces
		skipStartSpaces
	)
	const (
		undefined = iota
		digitsOnly
		mixed
	)
	end := len(s)
	t, h, e := 0, 0, 0
	seenHash, seenHex := false, false
	seenDigitOnly := undefined
	state := normalContent

	put := func(repl string) {
		if end-t >= len(repl) {
			t += copy(s[t:], repl)
		}
	}
	keepUndecoded := func() {
		if end-t > h-e {
			t += copy(s[t:], s[e:h])
		}
	}

	replaceNamed := func(ent int) bool {
		if def := entityByName[string(s[ent:h])]; def != nil {
			put(def.repl)
			return true
		}
		for _, l := range [...]int{5, 4, 3, 2} {
			if h-e > l {
				if def := entityByNameHeur[string(s[ent:ent+l])]; def != nil {
					put(def.repl)
					h = e + l
					return true
				}
			}
		}
		keepUndecoded()
		return false
	}

	replaceNumeric := func(ent int) bool {
		var n int32
		ok := true
		digits := s[ent:h]
		switch {
		case digits[0] == 'x' || digits[0] == 'X':
			n, ok = parseEntityNumber(digits[1:], 16)
		case digits[0] == 'o' || digits[0] == 'O':
			n, ok = parseEntityNumber(digits[1:], 8)
		default:
			n, ok = parseEntityNumber(digits, 10)
		}
		if !ok {
			if end-t >= h-e {
				t += copy(s[t:], s[e:h])
			}
			return false
		}
		if def := entityByCode[uint32(n)]; def != nil {
			put(def.repl)
			return true
		}
		if n > 0 {
			if out, fits := appendRune(s[:t], end, rune(n)); fits {
				t = len(out)
				return true
			}
		}
		if end-t > 3 {
			t += copy(s[t:], "\uFFFD")
		}
		return true
	}

	replaceEntity := func() bool {
		if e+1 < end {
			ent := e + 1
			if s[ent] != '#' {
				return replaceNamed(ent)
			} else if ent+1 < h {
				return replaceNumeric(ent + 1)
			}
		}
		return false
	}

	if normSpaces && end > 0 && isSpace(s[0]) {
		state = skipStartSpaces
	}
	for h < end && t <= h {
		switch state {
		case normalContent:
			if s[h] == '&' {
				state = ampersand
				seenHash, seenHex = false, false
				seenDigitOnly = undefined
				e = h
				h++
				continue
			}
			if normSpaces && isSpace(s[h]) {
				s[t] = ' '
				t++
				state = skipMultiSpaces
				h++
			} else {
				s[t] = s[h]
				t++
				h++
			}
		case ampersand:
			c := s[h]
			switch {
			case (c == ';' || isSpace(c)) && h > e:
				replaceEntity()
				state = normalContent
				// A heuristic match moves h back into the name.
				if isSpace(s[h]) {
					continue
				}
			case c == '&':
				// The previous '&' was bogus.
				if end-t > h-e {
					t += copy(s[t:], s[e:h])
				}
				e = h
			case c == '#':
				seenHash = true
				if h+1 < end && s[h+1] == 'x' {
					seenHex = true
					h++
				}
			case seenDigitOnly != mixed && (isDigit(c) || (seenHex && isXDigit(c))):
				seenDigitOnly = digitsOnly
			default:
				if seenDigitOnly == digitsOnly && seenHash && h > e {
					replaceEntity()
					state = normalContent
					continue
				}
				seenDigitOnly = mixed
			}
			h++
		case skipMultiSpaces, skipStartSpaces:
			if isSpace(s[h]) {
				h++
			} else {
				state = normalContent
			}
		}
	}
	if state == ampersand && h > e {
		if replaceEntity() {
			h++
		} else {
			h = e
		}
		if h < end && t+(end-h) <= end {
			t += copy(s[t:], s[h:end])
		}
	}
	if normSpaces {
		trimmed := false
		for t > 0 && isSpace(s[t-1]) {
			trimmed = true
			t--
		}
		if trimmed {
			s[t] = ' '
			t++
		}
	}
	return t
}

// parseEntityNumber parses digits like upstream's dec/hex/oct_to_int: it
// accumulates negatively in 32 bits (wrapping) and fails unless every
// byte is a digit of the base (an octal run stops at 8 or 9).
func parseEntityNumber(d []byte, base int32) (int32, bool) {
	var n int32
	i := 0
	for ; i < len(d); i++ {
		c := d[i]
		var v int32
		switch {
		case base == 16 && isXDigit(c):
			if c <= '9' {
				v = int32(c - '0')
			} else {
				v = int32(c|0x20) - 'a' + 10
			}
		case base != 16 && isDigit(c):
			if base == 8 && c > '7' {
				return 0, false
			}
			v = int32(c - '0')
		default:
			return 0, false
		}
		n = base*n - v
	}
	return -n, true
}

// appendRune appends c to buf (capacity limit) as ICU's U8_APPEND does.
func appendRune(buf []byte, limit int, c rune) ([]byte, bool) {
	i := len(buf)
	u := uint32(c)
	switch {
	case u <= 0x7f:
		return append(buf, byte(u)), true
	case u <= 0x7ff && i+1 < limit:
		return append(buf, byte(u>>6|0xc0), byte(u&0x3f|0x80)), true
	case (u <= 0xd7ff || (u >= 0xe000 && u <= 0xffff)) && i+2 < limit:
		return append(buf, byte(u>>12|0xe0), byte(u>>6&0x3f|0x80), byte(u&0x3f|0x80)), true
	case u > 0xffff && u <= 0x10ffff && i+3 < limit:
		return append(buf, byte(u>>18|0xf0), byte(u>>12&0x3f|0x80), byte(u>>6&0x3f|0x80),
			byte(u&0x3f|0x80)), true
	}
	return buf, false
}

func isSpace(c byte) bool  { return c == ' ' || (c >= 0x09 && c <= 0x0d) }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool  { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isAlnum(c byte) bool  { return isAlpha(c) || isDigit(c) }
func isXDigit(c byte) bool { return isDigit(c) || ((c|0x20) >= 'a' && (c|0x20) <= 'f') }
func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}
