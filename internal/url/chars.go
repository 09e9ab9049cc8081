package url

// Byte and code point classes used by the URL state machines.

const (
	isLWSP = 1 << iota
	isDomain
	isURLSafe
	isMailSafe
	isDomainEnd
)

// scannerTable classifies bytes as upstream's URL scanner does; bytes
// 0x80-0xfe count as domain and URL-safe bytes.
var scannerTable = func() [256]uint8 {
	var t [256]uint8
	for c := 0x09; c <= 0x0d; c++ {
		t[c] = isLWSP
	}
	t[' '] = isLWSP
	set := func(chars string, fl uint8) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= fl
		}
	}
	set(`!#$'*+,`, isMailSafe)
	set(`"`, isURLSafe|isDomainEnd|isMailSafe)
	set(`%-.`, isURLSafe|isDomain|isMailSafe)
	set(`/`, isDomainEnd|isMailSafe)
	set(`:?`, isDomainEnd)
	set(`<>`+"`", isURLSafe|isDomainEnd)
	set(`{|}~`, isURLSafe|isDomainEnd|isMailSafe)
	set(`\^_`, isURLSafe|isDomain|isMailSafe)
	for c := '0'; c <= '9'; c++ {
		t[c] |= isURLSafe | isDomain | isMailSafe
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= isURLSafe | isDomain | isMailSafe
		t[c-32] |= isURLSafe | isDomain | isMailSafe
	}
	// The upstream table has 255 initialisers: 0xff is left at zero.
	for c := 0x80; c < 0xff; c++ {
		t[c] = isURLSafe | isDomain
	}
	return t
}()

func isLwsp(c byte) bool     { return scannerTable[c]&isLWSP != 0 }
func isMailsafe(c byte) bool { return scannerTable[c]&isMailSafe != 0 }
func isDomainChar(c byte) bool {
	return scannerTable[c]&isDomain != 0
}
func isURLSafeChar(c byte) bool { return scannerTable[c]&isURLSafe != 0 }

// IsDomainChar reports whether c may appear in a host name as the URL
// scanner sees it.
func IsDomainChar(c byte) bool { return isDomainChar(c) }

func isASCIIAlpha(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIIAlnum(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }
func isASCIIXDigit(c byte) bool {
	return isASCIIDigit(c) || ((c|0x20) >= 'a' && (c|0x20) <= 'f')
}

// isASCIISpace is glib's g_ascii_isspace: space, \t, \n, \v, \f, \r.
func isASCIISpace(c byte) bool { return c == ' ' || (c >= 0x09 && c <= 0x0d) }

// isASCIIGraph is g_ascii_isgraph.
func isASCIIGraph(c byte) bool { return c > 0x20 && c < 0x7f }

func isURLStart(c byte) bool {
	return c == '(' || c == '{' || c == '[' || c == '<' || c == '\''
}

func isURLEnd(c byte) bool {
	return c == ')' || c == '}' || c == ']' || c == '>' || c == '\''
}

func isDomainStart(c byte) bool {
	return isASCIIAlnum(c) || c == '[' || c == '%' || c == '_' || c&0x80 != 0
}

// isZeroWidthSpace lists the code points upstream treats as zero width.
func isZeroWidthSpace(c rune) bool {
	return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD
}

// u8Next decodes one code point at s[i:] the way ICU's U8_NEXT does: an
// ill-formed sequence yields -1 and consumes its maximal valid prefix.
func u8Next(s []byte, i int) (rune, int) {
	c := rune(s[i])
	i++
	if c < 0x80 {
		return c, i
	}
	n := len(s)
	if i == n {
		return -1, i
	}
	var need int
	var lo, hi byte = 0x80, 0xbf
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
		c &= 0x1f
	case c >= 0xe0 && c <= 0xef:
		need = 2
		switch c {
		case 0xe0:
			lo = 0xa0
		case 0xed:
			hi = 0x9f
		}
		c &= 0x0f
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		switch c {
		case 0xf0:
			lo = 0x90
		case 0xf4:
			hi = 0x8f
		}
		c &= 0x07
	default:
		return -1, i
	}
	for k := 0; k < need; k++ {
		if i == n {
			return -1, i
		}
		t := s[i]
		if t < lo || t > hi {
			return -1, i
		}
		lo, hi = 0x80, 0xbf
		c = c<<6 | rune(t&0x3f)
		i++
	}
	return c, i
}

// u8Prev decodes the code point that ends at s[:i], returning it and its
// start; ill-formed input yields -1 for a single byte.
func u8Prev(s []byte, i int) (rune, int) {
	c := s[i-1]
	if c < 0x80 {
		return rune(c), i - 1
	}
	for back := 2; back <= 4 && i-back >= 0; back++ {
		lead := s[i-back]
		if lead >= 0x80 && lead < 0xc0 {
			continue
		}
		if r, end := u8Next(s, i-back); r >= 0 && end == i {
			return r, i - back
		}
		break
	}
	return -1, i - 1
}

// u8Append appends c to buf as ICU's U8_APPEND does with a capacity: it
// reports false (and appends nothing) when the code point does not fit or
// is not a scalar value. ASCII is not checked against the capacity.
func u8Append(buf []byte, capacity int, c rune) ([]byte, bool) {
	i := len(buf)
	u := uint32(c)
	switch {
	case u <= 0x7f:
		return append(buf, byte(u)), true
	case u <= 0x7ff && i+1 < capacity:
		return append(buf, byte(u>>6|0xc0), byte(u&0x3f|0x80)), true
	case (u <= 0xd7ff || (u >= 0xe000 && u <= 0xffff)) && i+2 < capacity:
		return append(buf, byte(u>>12|0xe0), byte(u>>6&0x3f|0x80), byte(u&0x3f|0x80)), true
	case u > 0xffff && u <= 0x10ffff && i+3 < capacity:
		return append(buf, byte(u>>18|0xf0), byte(u>>12&0x3f|0x80), byte(u>>6&0x3f|0x80),
			byte(u&0x3f|0x80)), true
	}
	return buf, false
}

// u8AppendUnsafe encodes c without any check, as U8_APPEND_UNSAFE does
// (negative values encode as 4 garbage bytes, like the C macro).
func u8AppendUnsafe(buf []byte, c rune) []byte {
	u := uint32(c)
	switch {
	case u <= 0x7f:
		return append(buf, byte(u))
	case u <= 0x7ff:
		return append(buf, byte(u>>6|0xc0), byte(u&0x3f|0x80))
	case u <= 0xffff:
		return append(buf, byte(u>>12|0xe0), byte(u>>6&0x3f|0x80), byte(u&0x3f|0x80))
	}
	return append(buf, byte(u>>18|0xf0), byte(u>>12&0x3f|0x80), byte(u>>6&0x3f|0x80),
		byte(u&0x3f|0x80))
}

// TrimUnicodeSpace strips Unicode white space and zero width spaces from
// both ends of s, as upstream's rspamd_string_unicode_trim_inplace does.
func TrimUnicodeSpace(s []byte) []byte {
	i := 0
	for i < len(s) {
		c, next := u8Next(s, i)
		if !uIsUWhiteSpace(c) && !isZeroWidthSpace(c) {
			break
		}
		i = next
	}
	s = s[i:]
	end := len(s)
	for end > 0 {
		c, prev := u8Prev(s, end)
		if !uIsUWhiteSpace(c) && !isZeroWidthSpace(c) {
			break
		}
		end = prev
	}
	return s[:end]
}

// NormResult is the set of findings of NormalizeUnicode.
type NormResult uint8

// Findings of NormalizeUnicode.
const (
	NormUnnormal NormResult = 1 << iota
	NormZeroSpaces
	NormError
)

// zwFiltered lists the code points NormalizeUnicode removes. Upstream's set
// holds U+0FEF, not U+FEFF, and leaves U+200D alone.
func zwFiltered(c rune) bool {
	return c == 0x200B || c == 0x200C || c == 0x0FEF || c == 0x00AD
}

// NormalizeUnicode converts UTF-8 text to NFKC and removes zero width
// spaces, as upstream's rspamd_normalise_unicode_inplace: the result never
// grows beyond len(s) bytes (NormError is reported when it would), and
// invalid UTF-8 becomes U+FFFD (reported as NormUnnormal).
func NormalizeUnicode(s []byte) ([]byte, NormResult) {
	if isASCII(s) {
		// ASCII is NFKC-stable and holds no zero width space.
		return s, 0
	}
	cps, normal, ok := nfkcCodePoints(s)
	if !ok {
		return s, NormError
	}
	var res NormResult
	if !normal {
		res |= NormUnnormal
	}
	limit := len(s)
	out := make([]byte, 0, limit)
	for _, c := range cps {
		if len(out) >= limit {
			res |= NormError
			break
		}
		if zwFiltered(c) {
			res |= NormZeroSpaces
			continue
		}
		if c == 0xFFFD {
			res |= NormUnnormal
		}
		var fits bool
		out, fits = u8Append(out, limit, c)
		if !fits {
			res |= NormError
			break
		}
	}
	return out, res
}

// lowerUTF8 lowercases UTF-8 in place as upstream's rspamd_str_lc_utf8:
// a code point whose lowercase form is longer keeps its original bytes
// (without being moved, exactly like the C code), and the returned length
// may be shorter than the input.
func lowerUTF8(s []byte) int {
	d := 0
	i := 0
	var tmp [8]byte
	for i < len(s) {
		prev := i
		var c rune
		c, i = u8Next(s, i)
		lc := u8AppendUnsafe(tmp[:0], uToLower(c))
		if len(lc) <= i-prev {
			copy(s[d:], lc)
			d += len(lc)
		} else {
			d += i - prev
		}
	}
	return d
}
