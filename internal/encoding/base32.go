package encoding

import "errors"

// Base32Alphabet selects one of rspamd's base32 flavours.
type Base32Alphabet int

const (
	// Base32Default is rspamd's default base32: the zbase32 alphabet with
	// bits packed least significant first, used for keys, key ids, password
	// salts and hashes.
	Base32Default Base32Alphabet = iota
	// Base32Bleach is the bech32 ("bleach") alphabet, most significant bits
	// first.
	Base32Bleach
	// Base32RFC is the RFC 4648 alphabet without padding, most significant
	// bits first.
	Base32RFC
)

const (
	alphabetZbase  = "ybndrfg8ejkmcpqxot1uwisza345h769"
	alphabetBleach = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	alphabetRFC    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
)

// ErrBase32 reports input that rspamd's base32 decoder rejects.
var ErrBase32 = errors.New("invalid base32 input")

var base32Decode [3][256]byte

func init() {
	for a, alphabet := range []string{alphabetZbase, alphabetBleach, alphabetRFC} {
		for i := range base32Decode[a] {
			base32Decode[a][i] = 0xff
		}
		for i := 0; i < len(alphabet); i++ {
			base32Decode[a][alphabet[i]] = byte(i)
		}
	}
}

func (a Base32Alphabet) chars() string {
	switch a {
	case Base32Bleach:
		return alphabetBleach
	case Base32RFC:
		return alphabetRFC
	default:
		return alphabetZbase
	}
}

// ParseBase32Alphabet maps the names the Lua API accepts ("default",
// "zbase", "bleach", "rfc") to an alphabet. Any other name is invalid, as
// in rspamd_base32_decode_type_from_str.
func ParseBase32Alphabet(name string) (Base32Alphabet, bool) {
	switch name {
	case "default", "zbase":
		return Base32Default, true
	case "bleach":
		return Base32Bleach, true
	case "rfc":
		return Base32RFC, true
	}
	return Base32Default, false
}

// EncodedBase32Len is the length of the base32 encoding of n bytes.
func EncodedBase32Len(n int) int {
	return (n*8 + 4) / 5
}

// EncodeBase32 encodes src with the given alphabet, without padding.
func EncodeBase32(src []byte, a Base32Alphabet) string {
	return string(AppendBase32(make([]byte, 0, EncodedBase32Len(len(src))), src, a))
}

// AppendBase32 appends the base32 encoding of src to dst.
func AppendBase32(dst, src []byte, a Base32Alphabet) []byte {
	chars := a.chars()
	if a == Base32Default {
		// Little-endian bit order: every output character takes the lowest
		// five bits not yet written.
		var acc uint32
		var bits uint
		for _, b := range src {
			acc |= uint32(b) << bits
			bits += 8
			for bits >= 5 {
				dst = append(dst, chars[acc&0x1f])
				acc >>= 5
				bits -= 5
			}
		}
		if bits > 0 {
			dst = append(dst, chars[acc&0x1f])
		}
		return dst
	}
	var acc uint32
	var bits uint
	for _, b := range src {
		acc = acc<<8 | uint32(b)
		bits += 8
		for bits >= 5 {
			bits -= 5
			dst = append(dst, chars[(acc>>bits)&0x1f])
		}
		acc &= 1<<bits - 1
	}
	if bits > 0 {
		dst = append(dst, chars[(acc<<(5-bits))&0x1f])
	}
	return dst
}

// DecodeBase32 decodes src as rspamd_decode_base32 does. Characters outside
// the alphabet (including the other letter case) make the whole input
// invalid. Trailing bits are handled the rspamd way: with the default
// alphabet a final partial byte is always emitted, with the other two only
// when its bits are not all zero.
func DecodeBase32[S ~string | ~[]byte](src S, a Base32Alphabet) ([]byte, error) {
	table := &base32Decode[a]
	out := make([]byte, 0, len(src)*5/8+1)
	if a == Base32Default {
		var acc uint32
		var bits uint
		for i := 0; i < len(src); i++ {
			if bits >= 8 {
				out = append(out, byte(acc))
				acc >>= 8
				bits -= 8
			}
			d := table[src[i]]
			if d == 0xff {
				return nil, ErrBase32
			}
			acc |= uint32(d) << bits
			bits += 5
		}
		if bits > 0 {
			// Only one byte is flushed even when more than eight bits are
			// pending: the excess is dropped, as upstream does.
			out = append(out, byte(acc))
		}
		return out, nil
	}
	var acc uint32
	var bits uint
	for i := 0; i < len(src); i++ {
		d := table[src[i]]
		if d == 0xff {
			return nil, ErrBase32
		}
		acc = acc<<5 | uint32(d)
		bits += 5
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	if bits > 0 && acc != 0 {
		out = append(out, byte(acc))
	}
	return out, nil
}
