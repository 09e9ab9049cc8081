// Package fasthash implements the non-cryptographic hash functions of
// rspamd bit for bit: xxHash (XXH32, XXH64, XXH3), mum-hash, t1ha (t1ha1 and
// t1ha2, one-shot, 128-bit and streaming), SipHash-2-4 and rspamd's
// caseless hash, selected the way rspamd_cryptobox_fast_hash_specific and
// its streaming counterpart select them; and the seeded wyrand generator
// rspamd uses where a pseudo-random choice must be reproducible.
//
// These hashes decide Bayes tokens, fuzzy shingles, settings ids, URL and
// message digests and the Lua cryptobox_hash results, so every value must
// equal real rspamd's for the same input and seed, on any platform (rspamd
// builds mum-hash target-independent and all of these little-endian).
package fasthash

import (
	"fmt"

	"github.com/zeebo/xxh3"
)

// Type is a fast hash algorithm, numbered as rspamd's enum
// rspamd_cryptobox_fast_hash_type.
type Type int

const (
	// XXH64 is xxHash64.
	XXH64 Type = iota
	// XXH32 is xxHash32 (with the seed truncated to 32 bits).
	XXH32
	// XXH3 is the 64-bit XXH3.
	XXH3
	// Mum is mum-hash (target independent).
	Mum
	// T1ha is t1ha2 (one-shot: t1ha2_atonce; streaming: t1ha2 with its
	// length trailer).
	T1ha
	// Fast is rspamd's machine-dependent default, which is XXH3 one-shot and
	// t1ha2 when streaming.
	Fast
	// FastIndependent is rspamd's platform-independent default, which is
	// also XXH3 one-shot and t1ha2 when streaming.
	FastIndependent
)

// String returns the name of the algorithm.
func (t Type) String() string {
	switch t {
	case XXH64:
		return "xxh64"
	case XXH32:
		return "xxh32"
	case XXH3:
		return "xxh3"
	case Mum:
		return "mum"
	case T1ha:
		return "t1ha"
	case Fast:
		return "fast"
	case FastIndependent:
		return "fast-independent"
	}
	return fmt.Sprintf("fasthash.Type(%d)", int(t))
}

// Sum hashes data with the algorithm t and the given seed, as
// rspamd_cryptobox_fast_hash_specific does. An unknown type falls back to
// XXH3, like upstream's default branch.
func Sum(t Type, data []byte, seed uint64) uint64 {
	switch t {
	case XXH32:
		return uint64(XXHash32(data, uint32(seed)))
	case XXH64:
		return XXHash64(data, seed)
	case Mum:
		return MumHash(data, seed)
	case T1ha:
		return T1ha2(data, seed)
	default:
		return XXHash3(data, seed)
	}
}

// Default is rspamd_cryptobox_fast_hash: XXH3 with a seed.
func Default(data []byte, seed uint64) uint64 {
	return xxh3.HashSeed(data, seed)
}

// XXHash3 is the 64-bit XXH3 of data with a seed.
func XXHash3(data []byte, seed uint64) uint64 {
	return xxh3.HashSeed(data, seed)
}
