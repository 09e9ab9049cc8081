package ucl

// StringFlags control FromString.
type StringFlags uint8

// String conversion flags (upstream's ucl_string_flags).
const (
	StringRaw          StringFlags = 0
	StringEscape       StringFlags = 1 << 0 // JSON-escape the bytes
	StringTrim         StringFlags = 1 << 1 // trim leading and trailing whitespace
	StringParseBoolean StringFlags = 1 << 2 // detect booleans
	StringParseInt     StringFlags = 1 << 3 // detect integers
	StringParseDouble  StringFlags = 1 << 4 // detect floats
	StringParseTime    StringFlags = 1 << 5 // detect time suffixes
	StringParseBytes   StringFlags = 1 << 6 // k/m/g are powers of 1024

	StringParseNumber = StringParseInt | StringParseDouble | StringParseTime
	StringParse       = StringParseBoolean | StringParseNumber
)

// FromString builds an object from text like ucl_object_fromstring_common:
// a string, optionally trimmed and escaped, or the boolean or number it
// spells when parsing is requested.
func FromString(s []byte, flags StringFlags) *Object {
	start, end := 0, len(s)
	if flags&StringTrim != 0 {
		for start < len(s) && isClass(s[start], chWhitespaceUnsafe) {
			start++
		}
		end = len(s) - 1
		for end > start && isClass(s[end], chWhitespaceUnsafe) {
			end--
		}
		end++
	}
	src := s[start:max(start, end)]
	var val []byte
	if flags&StringEscape != 0 {
		val = make([]byte, 0, len(src))
		for _, c := range src {
			switch c {
			case '\n':
				val = append(val, '\\', 'n')
			case '\r':
				val = append(val, '\\', 'r')
			case '\b':
				val = append(val, '\\', 'b')
			case '\t':
				val = append(val, '\\', 't')
			case '\f':
				val = append(val, '\\', 'f')
			case 0:
				val = append(val, `\u0000`...)
			case '\v':
				val = append(val, `\u000B`...)
			case '\\':
				val = append(val, '\\', '\\')
			case '"':
				val = append(val, '\\', '"')
			default:
				val = append(val, c)
			}
		}
	} else {
		val = src
	}
	obj := NewString(string(val))
	if flags&StringParse != 0 {
		parsed := false
		if flags&StringParseBoolean != 0 {
			if bv, ok := parseBoolean(val); ok {
				obj.typ = TypeBoolean
				obj.iv = bv
				parsed = true
			}
		}
		if !parsed && flags&StringParseNumber != 0 {
			maybeParseNumber(obj, val, 0, flags&StringParseDouble != 0,
				flags&StringParseBytes != 0, flags&StringParseTime != 0)
		}
	}
	return obj
}
