package luaapi

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Decoding of the text of PDF content streams (upstream's
// libmime/pdf_glyphs.cxx and pdf_cmap.cxx): character codes of simple
// fonts through a base encoding and its /Differences, codes of composite
// fonts through their /ToUnicode CMap, into one UTF-8 buffer per page.

// isUnicodeChar is ICU's U_IS_UNICODE_CHAR: a scalar value that is not a
// noncharacter.
func isUnicodeChar(c rune) bool {
	return (c < 0xd800 || (c > 0xdfff && c <= 0x10ffff)) && !(c >= 0xfdd0 && c <= 0xfdef) && c&0xfffe != 0xfffe
}

// pdfEncoding is a simple font's encoding: a base table and the codes
// /Differences changed (0: unchanged).
type pdfEncoding struct {
	base      *[256]rune
	overrides *[256]rune
}

// pdfBaseEncoding returns the base encoding a name (with or without the
// leading slash, in any case) names: StandardEncoding, WinAnsiEncoding
// or MacRomanEncoding.
func pdfBaseEncoding(name string) (*[256]rune, bool) {
	name = strings.TrimPrefix(name, "/")
	for i, n := range []string{"StandardEncoding", "WinAnsiEncoding", "MacRomanEncoding"} {
		if encoding.EqualFoldASCII(name, n) {
			return &pdfBaseEncodings[i], true
		}
	}
	return nil, false
}

// parseHexRun parses exactly n hex digits.
func parseHexRun(s string, n int) (rune, bool) {
	if len(s) != n {
		return 0, false
	}
	var v rune
	for i := 0; i < len(s); i++ {
		d, ok := encoding.HexValue(s[i])
		if !ok {
			return 0, false
		}
		v = v<<4 | rune(d)
	}
	return v, true
}

// glyphNameToUnicode resolves a glyph name of a /Differences array: the
// names of the base encodings (a suffix after a dot does not count) and
// the uniXXXX and uXXXX to uXXXXXX forms; others (g42, cid7) name no
// character.
func glyphNameToUnicode(name string) (rune, bool) {
	name = strings.TrimPrefix(name, "/")
	if dot := strings.IndexByte(name, '.'); dot > 0 {
		name = name[:dot]
	}
	if name == "" {
		return 0, false
	}
	if uc, ok := pdfGlyphNames[name]; ok {
		return uc, true
	}
	var (
		uc rune
		ok bool
	)
	switch {
	case len(name) == 7 && strings.HasPrefix(name, "uni"):
		uc, ok = parseHexRun(name[3:], 4)
	case len(name) >= 5 && len(name) <= 7 && name[0] == 'u':
		uc, ok = parseHexRun(name[1:], len(name)-1)
	default:
		return 0, false
	}
	if !ok || uc == 0 || !isUnicodeChar(uc) {
		return 0, false
	}
	return uc, true
}

// setDifference maps code to a glyph name's character; false (and no
// change) when the name carries none.
func (e *pdfEncoding) setDifference(code byte, glyph string) bool {
	uc, ok := glyphNameToUnicode(glyph)
	if !ok {
		return false
	}
	if e.overrides == nil {
		e.overrides = new([256]rune)
	}
	e.overrides[code] = uc
	return true
}

// lookup returns the character of a code, 0 for .notdef.
func (e *pdfEncoding) lookup(code byte) rune {
	if e.overrides != nil && e.overrides[code] != 0 {
		return e.overrides[code]
	}
	return e.base[code]
}

// pdfCMap is a /ToUnicode CMap, capped as upstream caps hostile input.
type pdfCMap struct {
	codespaces   []pdfCodespace
	singles      map[uint64]string
	ranges       []pdfRange
	defaultBytes int
	widestBytes  int
}

type pdfCodespace struct {
	low, high uint32
	nbytes    int
}

// pdfRange is a run of codes mapped to consecutive characters.
type pdfRange struct {
	low, high uint32
	first     rune
	nbytes    int
}

const (
	cmapMaxCodespaces     = 64
	cmapMaxSingles        = 65536
	cmapMaxRanges         = 8192
	cmapMaxRangeExpansion = 256
)

// cmapKey identifies a code by its value and width.
func cmapKey(code uint32, nbytes int) uint64 { return uint64(nbytes)<<32 | uint64(code) }

// bytesToCode reads big-endian bytes as a code.
func bytesToCode(b string) uint32 {
	var c uint32
	for i := 0; i < len(b); i++ {
		c = c<<8 | uint32(b[i])
	}
	return c
}

// utf16BEToUTF8 appends a UTF-16BE destination to out (NULs and
// noncharacters dropped) and returns how many characters it gave and the
// last one.
func utf16BEToUTF8(b string, out []byte) ([]byte, int, rune) {
	n := 0
	var last rune
	for i := 0; i+1 < len(b); i += 2 {
		uc := rune(b[i])<<8 | rune(b[i+1])
		if uc >= 0xd800 && uc <= 0xdbff && i+3 < len(b) {
			trail := rune(b[i+2])<<8 | rune(b[i+3])
			if trail >= 0xdc00 && trail <= 0xdfff {
				uc = (uc-0xd800)<<10 + (trail - 0xdc00) + 0x10000
				i += 2
			}
		}
		if uc == 0 || !isUnicodeChar(uc) {
			continue
		}
		out = utf8.AppendRune(out, uc)
		last = uc
		n++
	}
	return out, n, last
}

// cmapTokenKind is the kind of a token of a CMap program.
type cmapTokenKind int

const (
	cmapEOF cmapTokenKind = iota
	cmapHex
	cmapNumber
	cmapKeyword
	cmapArrayStart
	cmapArrayEnd
	cmapOther
)

type cmapToken struct {
	kind  cmapTokenKind
	text  string // keyword or number
	bytes string // decoded hex string
}

// cmapLexer reads the tokens of a CMap program that matter.
type cmapLexer struct {
	in  string
	pos int
}

func isASCIIAlpha(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func (l *cmapLexer) next() cmapToken {
	for l.pos < len(l.in) {
		c := l.in[l.pos]
		if c == '%' {
			for l.pos < len(l.in) && l.in[l.pos] != '\n' && l.in[l.pos] != '\r' {
				l.pos++
			}
		} else if isCSpace(c) || c == 0 {
			l.pos++
		} else {
			break
		}
	}
	if l.pos >= len(l.in) {
		return cmapToken{}
	}
	c := l.in[l.pos]
	start := l.pos
	l.pos++
	switch {
	case c == '<':
		if l.pos < len(l.in) && l.in[l.pos] == '<' {
			l.pos++
			return cmapToken{kind: cmapOther}
		}
		end := l.pos
		for end < len(l.in) && l.in[end] != '>' {
			end++
		}
		b := pdfHexBytes(l.in[l.pos:end])
		l.pos = min(end+1, len(l.in))
		return cmapToken{kind: cmapHex, bytes: string(b)}
	case c == '[':
		return cmapToken{kind: cmapArrayStart}
	case c == ']':
		return cmapToken{kind: cmapArrayEnd}
	case c == '(':
		for depth := 1; l.pos < len(l.in) && depth > 0; l.pos++ {
			switch l.in[l.pos] {
			case '\\':
				l.pos++
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		return cmapToken{kind: cmapOther}
	case isDigit(c) || c == '-' || c == '+':
		for l.pos < len(l.in) && (isDigit(l.in[l.pos]) || l.in[l.pos] == '.' || l.in[l.pos] == '-' || l.in[l.pos] == '+') {
			l.pos++
		}
		return cmapToken{kind: cmapNumber, text: l.in[start:l.pos]}
	case isASCIIAlpha(c):
		for l.pos < len(l.in) && (isASCIIAlpha(l.in[l.pos]) || isDigit(l.in[l.pos]) || l.in[l.pos] == '_') {
			l.pos++
		}
		return cmapToken{kind: cmapKeyword, text: l.in[start:l.pos]}
	}
	return cmapToken{kind: cmapOther}
}

func (cm *pdfCMap) noteCodeWidth(n int) { cm.widestBytes = max(cm.widestBytes, min(n, 4)) }

func (cm *pdfCMap) addSingle(code uint32, nbytes int, u []byte) {
	if len(u) > 0 && len(cm.singles) < cmapMaxSingles {
		cm.singles[cmapKey(code, nbytes)] = string(u)
	}
}

func (cm *pdfCMap) addRange(low, high uint32, first rune, nbytes int) {
	if low <= high && len(cm.ranges) < cmapMaxRanges {
		cm.ranges = append(cm.ranges, pdfRange{low, high, first, min(nbytes, 4)})
	}
}

// parseCMap reads the codespaces, bfchar and bfrange mappings of a CMap
// program; nothing when it maps nothing, is no CMap, or inherits another
// CMap (usecmap), whose mappings cannot be reached.
func parseCMap(program string) (*pdfCMap, bool) {
	lex := cmapLexer{in: program}
	cm := &pdfCMap{singles: make(map[uint64]string), defaultBytes: 2}
	marker, inherits := false, false
	for {
		tok := lex.next()
		if tok.kind == cmapEOF {
			break
		}
		if tok.kind != cmapKeyword {
			continue
		}
		switch tok.text {
		case "begincmap", "endcmap":
			marker = true
		case "usecmap":
			marker, inherits = true, true
		case "begincodespacerange":
			for {
				low := lex.next()
				if low.kind != cmapHex {
					break
				}
				high := lex.next()
				if high.kind != cmapHex || low.bytes == "" {
					break
				}
				if len(cm.codespaces) < cmapMaxCodespaces {
					cm.codespaces = append(cm.codespaces, pdfCodespace{bytesToCode(low.bytes), bytesToCode(high.bytes), min(len(low.bytes), 4)})
				}
			}
		case "beginbfchar":
			for {
				src := lex.next()
				if src.kind != cmapHex {
					break
				}
				dst := lex.next()
				if dst.kind != cmapHex {
					break
				}
				cm.noteCodeWidth(len(src.bytes))
				u, _, _ := utf16BEToUTF8(dst.bytes, nil)
				cm.addSingle(bytesToCode(src.bytes), len(src.bytes), u)
			}
		case "beginbfrange":
			cm.parseBFRanges(&lex)
		}
	}
	if (len(cm.singles) == 0 && len(cm.ranges) == 0) || !marker || inherits {
		return nil, false
	}
	slices.SortStableFunc(cm.codespaces, func(a, b pdfCodespace) int { return a.nbytes - b.nbytes })
	slices.SortStableFunc(cm.ranges, func(a, b pdfRange) int {
		switch {
		case a.low < b.low:
			return -1
		case a.low > b.low:
			return 1
		}
		return 0
	})
	if len(cm.codespaces) == 0 && cm.widestBytes > 0 {
		cm.defaultBytes = min(cm.widestBytes, 4)
	}
	return cm, true
}

// parseBFRanges reads the entries of a beginbfrange section: a single
// destination character starts a range, a longer destination is expanded
// code by code (its last character incremented), an array gives one
// destination per code.
func (cm *pdfCMap) parseBFRanges(lex *cmapLexer) {
	for {
		low := lex.next()
		if low.kind != cmapHex {
			return
		}
		high := lex.next()
		if high.kind != cmapHex {
			return
		}
		cm.noteCodeWidth(len(low.bytes))
		lo, hi := bytesToCode(low.bytes), bytesToCode(high.bytes)
		nb := len(low.bytes)
		dst := lex.next()
		switch dst.kind {
		case cmapHex:
			u, n, single := utf16BEToUTF8(dst.bytes, nil)
			switch {
			case n == 1:
				cm.addRange(lo, hi, single, nb)
			case n > 1:
				count := min(uint64(hi-lo)+1, cmapMaxRangeExpansion)
				prefix := u[:len(u)-utf8.RuneLen(single)]
				for i := uint64(0); i < count; i++ {
					uc := single + rune(i)
					if !isUnicodeChar(uc) {
						break
					}
					cm.addSingle(lo+uint32(i), nb, utf8.AppendRune(slices.Clone(prefix), uc))
				}
			}
		case cmapArrayStart:
			code := lo
			for {
				elt := lex.next()
				if elt.kind != cmapHex {
					break
				}
				if code <= hi {
					u, _, _ := utf16BEToUTF8(elt.bytes, nil)
					cm.addSingle(code, nb, u)
					code++
				}
			}
		default:
			return
		}
	}
}

// codeLength is the width of the code starting input: the narrowest
// codespace holding it, else the narrowest width, else the width the
// source codes were written with.
func (cm *pdfCMap) codeLength(input string) int {
	if input == "" {
		return 0
	}
	for _, cs := range cm.codespaces {
		if cs.nbytes > len(input) {
			continue
		}
		if c := bytesToCode(input[:cs.nbytes]); c >= cs.low && c <= cs.high {
			return cs.nbytes
		}
	}
	if len(cm.codespaces) > 0 {
		return min(cm.codespaces[0].nbytes, len(input))
	}
	return min(cm.defaultBytes, len(input))
}

// lookup appends the text of a code of width nbytes to dst.
func (cm *pdfCMap) lookup(dst []byte, code uint32, nbytes int) []byte {
	if s, ok := cm.singles[cmapKey(code, nbytes)]; ok {
		return append(dst, s...)
	}
	i, _ := slices.BinarySearchFunc(cm.ranges, code, func(r pdfRange, c uint32) int {
		if r.low <= c {
			return -1
		}
		return 1
	})
	for i--; i >= 0; i-- {
		if r := cm.ranges[i]; code <= r.high && r.nbytes == nbytes {
			if uc := r.first + rune(code-r.low); isUnicodeChar(uc) {
				return utf8.AppendRune(dst, uc)
			}
			return dst
		}
	}
	return dst
}

// size is how many codes the CMap maps.
func (cm *pdfCMap) size() int {
	n := len(cm.singles)
	for _, r := range cm.ranges {
		n += int(r.high-r.low) + 1
	}
	return n
}

// pdfTextBuilder accumulates the decoded text of a page.
type pdfTextBuilder struct {
	buf  []byte
	enc  *pdfEncoding // nil: StandardEncoding
	cmap *pdfCMap     // set: codes go through it
}

// pdfStandard is the encoding of a font that names none.
var pdfStandard = &pdfEncoding{base: &pdfBaseEncodings[0]}

// decode appends the text of a run of codes.
func (b *pdfTextBuilder) decode(codes string) {
	if b.cmap != nil {
		for codes != "" {
			n := b.cmap.codeLength(codes)
			if n == 0 || n > len(codes) {
				break
			}
			b.buf = b.cmap.lookup(b.buf, bytesToCode(codes[:n]), n)
			codes = codes[n:]
		}
		return
	}
	enc := b.enc
	if enc == nil {
		enc = pdfStandard
	}
	for i := 0; i < len(codes); i++ {
		if uc := enc.lookup(codes[i]); uc != 0 {
			b.buf = utf8.AppendRune(b.buf, uc)
		}
	}
}

// addString appends a literal string as written between parentheses:
// escapes and line ends resolved, codes decoded between the structural
// characters.
func (b *pdfTextBuilder) addString(raw string) {
	var codes []byte
	structural := func(c byte) {
		b.decode(string(codes))
		codes = codes[:0]
		b.buf = append(b.buf, c)
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			switch c {
			case '\r':
				structural('\n')
				i++
				if i < len(raw) && raw[i] == '\n' {
					i++
				}
			case '\n':
				structural('\n')
				i++
			default:
				codes = append(codes, c)
				i++
			}
			continue
		}
		if i++; i >= len(raw) {
			break
		}
		switch esc := raw[i]; esc {
		case 'n':
			structural('\n')
			i++
		case 'r':
			structural('\r')
			i++
		case 't':
			structural('\t')
			i++
		case 'b', 'f':
			i++
		case '\r':
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case '\n':
			i++
		default:
			if esc >= '0' && esc <= '7' {
				code := 0
				for n := 0; i < len(raw) && n < 3 && raw[i] >= '0' && raw[i] <= '7'; n++ {
					code = code*8 + int(raw[i]-'0')
					i++
				}
				codes = append(codes, byte(code))
			} else {
				codes = append(codes, esc)
				i++
			}
		}
	}
	b.decode(string(codes))
}

// addHexString appends a hex string as written between angle brackets.
func (b *pdfTextBuilder) addHexString(raw string) {
	b.decode(string(pdfHexBytes(raw)))
}

// pdfHexBytes decodes the digits of a PDF hex string: other bytes are
// skipped and an odd last digit is padded with zero.
func pdfHexBytes(raw string) []byte {
	out := make([]byte, 0, len(raw)/2)
	hi := -1
	for i := 0; i < len(raw); i++ {
		v, ok := encoding.HexValue(raw[i])
		switch {
		case !ok:
		case hi < 0:
			hi = int(v)
		default:
			out = append(out, byte(hi<<4)|v)
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return out
}
