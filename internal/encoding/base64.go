package encoding

import (
	"encoding/binary"
	"fmt"
)

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// Newline is the line ending EncodeBase64Lines puts between lines.
type Newline int

const (
	// NewlineCR ends lines with "\r".
	NewlineCR Newline = iota
	// NewlineLF ends lines with "\n".
	NewlineLF
	// NewlineCRLF ends lines with "\r\n".
	NewlineCRLF
)

// ParseNewline maps the names the Lua API accepts ("cr", "lf", "crlf", in
// any letter case) to a Newline.
func ParseNewline(name string) (Newline, bool) {
	switch {
	case EqualFoldASCII(name, "cr"):
		return NewlineCR, true
	case EqualFoldASCII(name, "lf"):
		return NewlineLF, true
	case EqualFoldASCII(name, "crlf"):
		return NewlineCRLF, true
	}
	return NewlineCRLF, false
}

// EqualFoldASCII reports whether a and b are equal ignoring the case of
// ASCII letters only, as g_ascii_strcasecmp compares the names of
// encodings, key types and algorithms in rspamd (unlike strings.EqualFold,
// which also folds non-ASCII letters such as the Kelvin sign).
func EqualFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if LowerASCIIByte(a[i]) != LowerASCIIByte(b[i]) {
			return false
		}
	}
	return true
}

// LowerASCII returns s with its ASCII letters lower-cased and other bytes
// kept, as g_ascii_strdown and rspamd_str_lc do (s itself when it has no
// upper-case letter).
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = LowerASCIIByte(b[j])
			}
			return string(b)
		}
	}
	return s
}

// LowerASCIIByte returns c lower-cased when it is an ASCII capital letter
// (g_ascii_tolower).
func LowerASCIIByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// EncodeBase64 returns the standard padded base64 encoding of src on one
// line.
func EncodeBase64(src []byte) string {
	out, _ := EncodeBase64Lines(src, 0, NewlineCRLF, false)
	return out
}

// EncodeBase64Lines encodes src as rspamd_encode_base64_common does. With
// lineLen > 0 the output is broken into lines of lineLen characters ended
// by nl, and with fold each line break is followed by a tab (a folded
// header value). Like upstream, a line may get one character more than
// lineLen right before the padding. lineLen from 1 to 8 is an error
// (upstream aborts on it).
func EncodeBase64Lines(src []byte, lineLen int, nl Newline, fold bool) (string, error) {
	if lineLen > 0 && lineLen <= 8 {
		return "", fmt.Errorf("base64 line length %d is too small (at least 9 is required)", lineLen)
	}
	w := b64writer{lineLen: lineLen, fold: fold, nl: nl}
	n := len(src)/3*4 + 4
	if lineLen > 0 {
		n += (n/lineLen + 1) * 3
	}
	w.out = make([]byte, 0, n)

	// Whole groups of six bytes while at least eight remain (upstream reads
	// eight bytes at a time and consumes six).
	for len(src) >= 8 {
		v := binary.BigEndian.Uint64(src)
		if lineLen <= 0 || w.cols <= lineLen-8 {
			for shift := 58; shift >= 16; shift -= 6 {
				w.out = append(w.out, base64Chars[(v>>uint(shift))&0x3f])
			}
			w.cols += 8
		} else {
			fit := lineLen - w.cols
			shift := 58
			for ; fit > 0; fit-- {
				w.out = append(w.out, base64Chars[(v>>uint(shift))&0x3f])
				shift -= 6
			}
			w.split()
			w.cols = 0
			for ; shift >= 16; shift -= 6 {
				w.out = append(w.out, base64Chars[(v>>uint(shift))&0x3f])
				w.cols++
			}
		}
		src = src[6:]
	}
	w.check()

	// The remaining zero to seven bytes, three at a time.
	for len(src) >= 3 {
		a, b, c := src[0], src[1], src[2]
		w.put(base64Chars[a>>2])
		w.check()
		w.put(base64Chars[(a<<4)&0x30|b>>4])
		w.check()
		w.put(base64Chars[(b<<2)&0x3c|c>>6])
		w.check()
		w.put(base64Chars[c&0x3f])
		w.check()
		src = src[3:]
	}
	switch len(src) {
	case 1:
		a := src[0]
		w.put(base64Chars[a>>2])
		w.put(base64Chars[(a<<4)&0x30])
		w.check()
		w.put('=')
		w.check()
		w.put('=')
		w.check()
	case 2:
		a, b := src[0], src[1]
		w.put(base64Chars[a>>2])
		w.check()
		w.put(base64Chars[(a<<4)&0x30|b>>4])
		w.put(base64Chars[(b<<2)&0x3c])
		w.check()
		w.put('=')
	}
	w.check()
	return string(w.out), nil
}

type b64writer struct {
	out     []byte
	cols    int
	lineLen int
	fold    bool
	nl      Newline
}

func (w *b64writer) put(c byte) {
	w.out = append(w.out, c)
	w.cols++
}

// check breaks the line when it is full.
func (w *b64writer) check() {
	if w.lineLen > 0 && w.cols >= w.lineLen {
		w.split()
		w.cols = 0
	}
}

func (w *b64writer) split() {
	switch w.nl {
	case NewlineCR:
		w.out = append(w.out, '\r')
	case NewlineLF:
		w.out = append(w.out, '\n')
	default:
		w.out = append(w.out, '\r', '\n')
	}
	if w.fold {
		w.out = append(w.out, '\t')
	}
}

// base64Decode maps characters to their values; '=' is 254 and every other
// character 255.
var base64Decode [256]byte

func init() {
	for i := range base64Decode {
		base64Decode[i] = 255
	}
	for i := 0; i < len(base64Chars); i++ {
		base64Decode[base64Chars[i]] = byte(i)
	}
	base64Decode['='] = 254
}

// DecodeBase64 decodes src as rspamd_cryptobox_base64_decode does, which is
// lenient: characters outside the alphabet are skipped, and so is a
// misplaced '=' (together with the character that follows it when it comes
// third in a group). It returns the decoded bytes and whether upstream
// would report success, which it does when the input ends cleanly (after a
// complete group, after a partial one, or on correct padding).
func DecodeBase64[S ~string | ~[]byte](src S) ([]byte, bool) {
	out := make([]byte, 0, len(src)/4*3+3)
	var carry byte
	state := 0 // characters of the current group already consumed
	i := 0
	for {
		ok := false
	group:
		for {
			if i == len(src) {
				ok = true
				break
			}
			q := base64Decode[src[i]]
			i++
			switch state {
			case 0:
				if q >= 254 {
					break group
				}
				carry = q << 2
				state = 1
			case 1:
				if q >= 254 {
					break group
				}
				out = append(out, carry|q>>4)
				carry = q << 4
				state = 2
			case 2:
				if q == 255 {
					break group
				}
				if q == 254 {
					// "xx=": the next character must be the final '='.
					if i == len(src) {
						ok = true
						break group
					}
					q = base64Decode[src[i]]
					i++
					state = 0
					ok = q == 254 && i == len(src)
					break group
				}
				out = append(out, carry|q>>2)
				carry = q << 6
				state = 3
			case 3:
				if q >= 254 {
					if q == 254 && i == len(src) {
						ok = true
						state = 0
					}
					break group
				}
				out = append(out, carry|q)
				carry = 0
				state = 0
			}
		}
		if ok || i == len(src) {
			return out, ok
		}
		// Skip to the next character of the alphabet and go on in the same
		// state.
		for i < len(src) && base64Decode[src[i]] >= 254 {
			i++
		}
		if i == len(src) {
			return out, false
		}
	}
}
