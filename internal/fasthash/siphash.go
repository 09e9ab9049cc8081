package fasthash

import (
	"encoding/binary"

	"github.com/dchest/siphash"
)

// SipHash24 is SipHash-2-4 of data under a 16-byte key, as libsodium's
// crypto_shorthash_siphash24 (rspamd_cryptobox_siphash) computes it; rspamd
// stores the result little-endian.
func SipHash24(key *[16]byte, data []byte) uint64 {
	return siphash.Hash(binary.LittleEndian.Uint64(key[:8]), binary.LittleEndian.Uint64(key[8:]), data)
}
