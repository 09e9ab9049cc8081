package fasthash

import "testing"

// The values are those of upstream's formula computed independently with
// 128-bit integers: seed += 0xa0761d6478bd642f; t = seed * (seed ^
// 0xe7037ed1a0b428db); (t >> 64) ^ t.
func TestWyRand(t *testing.T) {
	seed := uint64(0)
	for _, want := range []uint64{0x111cb3a78f59a58e, 0xceabd938ff4e856d, 0x61fb51318f47d2a4} {
		if got := WyRand(&seed); got != want {
			t.Errorf("WyRand = %#x, want %#x", got, want)
		}
	}
	seed = 0
	for _, want := range []float64{0.06684420433825844, 0.8073097004083198, 0.3827410455699287} {
		if got := WyRandDouble(&seed); got != want {
			t.Errorf("WyRandDouble = %v, want %v", got, want)
		}
	}
	if seed != 16240640158330268813 {
		t.Errorf("seed after three steps: %d", seed)
	}
}
