package fasthash

import (
	"math"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// CaselessHash is rspamd_icase_hash: t1ha1 chained over the ASCII-lowercased
// input, eight bytes at a time, with the remainder (possibly empty) hashed
// last as a zero-padded word that holds its bytes in reverse order, as
// upstream fills it. Bytes outside A-Z are kept as they are.
func CaselessHash(data []byte, seed uint64) uint64 {
	h := seed
	var w [8]byte
	for len(data) >= 8 {
		for i := range w {
			w[i] = encoding.LowerASCIIByte(data[i])
		}
		h = T1ha1(w[:], h)
		data = data[8:]
	}
	w = [8]byte{}
	for i, c := range data {
		w[len(data)-1-i] = encoding.LowerASCIIByte(c)
	}
	return T1ha1(w[:], h)
}

// CaselessHashUnit maps CaselessHash to a float in [0, 1) the way
// rspamd_util.caseless_hash_fast does (52 bits of the hash as the mantissa).
func CaselessHashUnit(data []byte, seed uint64) float64 {
	h := CaselessHash(data, seed)
	return math.Float64frombits(0x3ff<<52|h>>12) - 1.0
}

// DefaultCaselessSeed is the seed rspamd_util.caseless_hash and
// caseless_hash_fast use when none is given.
const DefaultCaselessSeed = 0xdeadbabe
