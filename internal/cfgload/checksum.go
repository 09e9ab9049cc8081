package cfgload

import (
	"encoding/binary"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Checksum is the configuration checksum (rspamd_config_calculate_cksum):
// BLAKE2b over the msgpack serialisation of the tree as upstream's emitter
// callbacks feed it (nil and booleans are written as a character callback,
// which hashes the repeat count and the byte as two 64-bit words), in
// rspamd's base32.
func Checksum(obj *ucl.Object) string {
	h, _ := cryptobox.NewHash(nil)
	data := ucl.Append(nil, obj, ucl.FormatMsgpack, ucl.EmitOptions{})
	var word [16]byte
	start := 0
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b == 0xc0 || b == 0xc2 || b == 0xc3:
			h.Write(data[start:i])
			binary.LittleEndian.PutUint64(word[:8], 1)
			binary.LittleEndian.PutUint64(word[8:], uint64(b))
			h.Write(word[:])
			i++
			start = i
		default:
			i += msgpackTokenLen(data[i:])
		}
	}
	h.Write(data[start:])
	return encoding.EncodeBase32(h.Sum(nil), encoding.Base32Default)
}

// msgpackTokenLen returns the length of the msgpack token at the start of
// b: its header and, for strings, binaries and extensions, its payload
// (container elements are tokens of their own).
func msgpackTokenLen(b []byte) int {
	c := b[0]
	be := func(n int) int {
		if len(b) < 1+n {
			return len(b)
		}
		switch n {
		case 1:
			return int(b[1])
		case 2:
			return int(binary.BigEndian.Uint16(b[1:]))
		}
		return int(binary.BigEndian.Uint32(b[1:]))
	}
	switch {
	case c <= 0x7f || c >= 0xe0, c >= 0x80 && c <= 0x9f:
		return 1
	case c >= 0xa0 && c <= 0xbf:
		return 1 + int(c&0x1f)
	}
	switch c {
	case 0xc4, 0xd9:
		return 2 + be(1)
	case 0xc5, 0xda:
		return 3 + be(2)
	case 0xc6, 0xdb:
		return 5 + be(4)
	case 0xc7:
		return 3 + be(1)
	case 0xc8:
		return 4 + be(2)
	case 0xc9:
		return 6 + be(4)
	case 0xca:
		return 5
	case 0xcb:
		return 9
	case 0xcc, 0xd0:
		return 2
	case 0xcd, 0xd1, 0xdc, 0xde:
		return 3
	case 0xce, 0xd2, 0xdd, 0xdf:
		return 5
	case 0xcf, 0xd3:
		return 9
	case 0xd4:
		return 3
	case 0xd5:
		return 4
	case 0xd6:
		return 6
	case 0xd7:
		return 10
	case 0xd8:
		return 18
	}
	return 1
}
