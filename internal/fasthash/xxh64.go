package fasthash

import (
	"encoding/binary"
	"math/bits"

	"github.com/cespare/xxhash/v2"
)

const (
	xxPrime64a = 11400714785074694791
	xxPrime64b = 14029467366897019727
	xxPrime64c = 1609587929392839161
	xxPrime64d = 9650029242287828579
	xxPrime64e = 2870177450012600261
)

func xxh64Round(acc, input uint64) uint64 {
	return bits.RotateLeft64(acc+input*xxPrime64b, 31) * xxPrime64a
}

func xxh64Merge(acc, val uint64) uint64 {
	return (acc^xxh64Round(0, val))*xxPrime64a + xxPrime64d
}

// XXHash64 is xxHash64 of data with a seed. The unseeded case uses the
// assembly of github.com/cespare/xxhash; seeded hashes (Bayes tokens and
// the like, mostly short) are computed here without its per-call setup.
func XXHash64(data []byte, seed uint64) uint64 {
	if seed == 0 {
		return xxhash.Sum64(data)
	}
	n := len(data)
	p := data
	var h uint64
	if n >= 32 {
		v1 := seed + xxPrime64a + xxPrime64b
		v2 := seed + xxPrime64b
		v3 := seed
		v4 := seed - xxPrime64a
		for len(p) >= 32 {
			b := (*[32]byte)(p)
			v1 = xxh64Round(v1, binary.LittleEndian.Uint64(b[0:8]))
			v2 = xxh64Round(v2, binary.LittleEndian.Uint64(b[8:16]))
			v3 = xxh64Round(v3, binary.LittleEndian.Uint64(b[16:24]))
			v4 = xxh64Round(v4, binary.LittleEndian.Uint64(b[24:32]))
			p = p[32:]
		}
		h = bits.RotateLeft64(v1, 1) + bits.RotateLeft64(v2, 7) + bits.RotateLeft64(v3, 12) + bits.RotateLeft64(v4, 18)
		h = xxh64Merge(h, v1)
		h = xxh64Merge(h, v2)
		h = xxh64Merge(h, v3)
		h = xxh64Merge(h, v4)
	} else {
		h = seed + xxPrime64e
	}
	h += uint64(n)
	for len(p) >= 8 {
		h ^= xxh64Round(0, binary.LittleEndian.Uint64(p))
		h = bits.RotateLeft64(h, 27)*xxPrime64a + xxPrime64d
		p = p[8:]
	}
	if len(p) >= 4 {
		h ^= uint64(binary.LittleEndian.Uint32(p)) * xxPrime64a
		h = bits.RotateLeft64(h, 23)*xxPrime64b + xxPrime64c
		p = p[4:]
	}
	for _, b := range p {
		h ^= uint64(b) * xxPrime64e
		h = bits.RotateLeft64(h, 11) * xxPrime64a
	}
	h ^= h >> 33
	h *= xxPrime64b
	h ^= h >> 29
	h *= xxPrime64c
	h ^= h >> 32
	return h
}
