package ucl

// Character classes used by the lexer and the string escapers. A byte may
// belong to several classes; the table below is built once from the rules
// UCL uses to tell keys, values, separators and unsafe bytes apart.
const (
	chDenied           uint16 = 1 << 0  // control bytes never allowed raw
	chKey              uint16 = 1 << 1  // may appear inside a bare key
	chKeyStart         uint16 = 1 << 2  // may start a bare key
	chWhitespace       uint16 = 1 << 3  // space and tab
	chWhitespaceUnsafe uint16 = 1 << 4  // any whitespace including newlines
	chValueEnd         uint16 = 1 << 5  // terminates a bare value
	chValueStr         uint16 = 1 << 6  // printable value byte
	chValueDigit       uint16 = 1 << 7  // may appear in a number
	chValueDigitStart  uint16 = 1 << 8  // may start a number
	chEscape           uint16 = 1 << 9  // valid after a backslash in JSON strings
	chKeySep           uint16 = 1 << 10 // separates a key from its value
	chJSONUnsafe       uint16 = 1 << 11 // must be escaped in JSON output
	chUCLUnsafe        uint16 = 1 << 12 // makes a key need quoting
)

var charTable = buildCharTable()

func buildCharTable() [256]uint16 {
	var t [256]uint16
	set := func(chars string, cls uint16) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= cls
		}
	}
	for c := 1; c < 32; c++ {
		t[c] = chDenied
	}
	t[127] = chDenied
	// Whitespace and the control bytes with a meaning.
	t[0] = chJSONUnsafe | chValueEnd | chUCLUnsafe
	t['\b'] = chJSONUnsafe | chUCLUnsafe
	t['\t'] = chWhitespace | chWhitespaceUnsafe | chKeySep | chJSONUnsafe | chUCLUnsafe
	t['\n'] = chWhitespaceUnsafe | chValueEnd | chJSONUnsafe | chUCLUnsafe
	t['\v'] = chWhitespaceUnsafe
	t['\f'] = chWhitespaceUnsafe | chJSONUnsafe | chUCLUnsafe
	t['\r'] = chWhitespaceUnsafe | chValueEnd | chJSONUnsafe | chUCLUnsafe
	t[' '] = chWhitespace | chWhitespaceUnsafe | chValueStr | chKeySep | chUCLUnsafe

	// Printable ASCII.
	set("!$%&'()*<>?@^`|~", chValueStr)
	set("#,;]}", chValueEnd)
	t['"'] = chValueStr | chEscape | chJSONUnsafe | chUCLUnsafe
	t['+'] = chValueStr | chValueDigit | chUCLUnsafe
	t['-'] = chKey | chValueStr | chValueDigitStart | chValueDigit
	t['.'] = chKey | chValueStr | chValueDigit
	t['/'] = chKeyStart | chKey | chValueStr | chEscape
	t[':'] = chValueStr | chKeySep | chUCLUnsafe
	t['='] = chValueStr | chKeySep | chUCLUnsafe
	t['['] = chValueStr | chUCLUnsafe
	t['{'] = chValueStr | chUCLUnsafe
	t['\\'] = chValueStr | chEscape | chJSONUnsafe | chUCLUnsafe
	t['_'] = chKeyStart | chKey | chValueStr
	for c := '0'; c <= '9'; c++ {
		t[c] = chKeyStart | chKey | chValueStr | chValueDigitStart | chValueDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = chKeyStart | chKey | chValueStr | chValueDigit
		t[c+'a'-'A'] = chKeyStart | chKey | chValueStr | chValueDigit
	}
	set("bfnrtu", chEscape)
	// Bytes of multi-byte UTF-8 sequences are key and value bytes.
	for c := 128; c < 256; c++ {
		t[c] = chKeyStart | chKey | chValueStr
	}
	return t
}

// isClass reports whether byte c belongs to any of the classes in cls.
func isClass(c byte, cls uint16) bool {
	return charTable[c]&cls != 0
}
