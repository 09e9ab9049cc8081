package mime

import (
	"unicode"
	"unicode/utf8"
)

// toLowerICU is ICU's u_tolower (simple case mapping).
func toLowerICU(r rune) rune { return unicode.ToLower(r) }

// encodeRune writes r as UTF-8 into b (len(b) >= 4) and returns the length.
func encodeRune(b []byte, r rune) int { return utf8.EncodeRune(b, r) }

func dupBytes(b []byte) []byte { return append([]byte(nil), b...) }

func validUTF8(b []byte) bool { return utf8.Valid(b) }
