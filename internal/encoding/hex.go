package encoding

const hexDigits = "0123456789abcdef"

// EncodeHex returns the lowercase hex encoding of src.
func EncodeHex(src []byte) string {
	return string(AppendHex(make([]byte, 0, len(src)*2), src))
}

// AppendHex appends the lowercase hex encoding of src to dst.
func AppendHex(dst, src []byte) []byte {
	for _, b := range src {
		dst = append(dst, hexDigits[b>>4], hexDigits[b&0xf])
	}
	return dst
}

// DecodeHex decodes src as rspamd_decode_hex does: a trailing odd character
// is ignored, and so is every character that is not a hex digit, which
// leaves the nibble it should have provided at its previous value (the
// running byte is never reset between pairs). The result is never an error.
func DecodeHex[S ~string | ~[]byte](src S) []byte {
	n := len(src) &^ 1
	out := make([]byte, 0, n/2)
	var cur byte
	for i := 0; i < n; i += 2 {
		if v, ok := HexValue(src[i]); ok {
			cur = v
		}
		cur <<= 4
		if v, ok := HexValue(src[i+1]); ok {
			cur += v
		}
		out = append(out, cur)
	}
	return out
}

// HexValue returns the value of a hexadecimal digit of either case.
func HexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
