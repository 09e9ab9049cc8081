package fasthash

import (
	"math"
	"math/bits"
)

// WyRand is rspamd_random_uint64_fast_seed: one step of the wyrand
// generator, which advances *seed and returns the next value. rspamd seeds
// it from message data where a sample must be the same on every run (URL
// sampling, language detection's word choice).
func WyRand(seed *uint64) uint64 {
	*seed += 0xa0761d6478bd642f
	hi, lo := bits.Mul64(*seed, *seed^0xe7037ed1a0b428db)
	return hi ^ lo
}

// WyRandDouble is rspamd_random_double_fast_seed: the next WyRand value
// mapped to [0, 1) through the top 52 bits of a double's mantissa.
func WyRandDouble(seed *uint64) float64 {
	return math.Float64frombits(0x3FF<<52|WyRand(seed)>>12) - 1
}
