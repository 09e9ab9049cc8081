package text

import "github.com/gorspamd/rspamd/internal/fasthash"

// hashSeed is rspamd_hash_seed().
const hashSeed = 0xabf9727ba290690b

// strHash is rspamd_str_hash: XXH3 of the string with rspamd's seed,
// truncated to 32 bits.
func strHash(s string) uint32 { return uint32(fasthash.Default([]byte(s), hashSeed)) }

// khashOrder reproduces the bucket layout of klib's khash (insertions
// only) so that iterating over keys follows upstream's order, which
// decides ties and the order of floating point sums.
type khashOrder struct {
	keys     []string
	used     []bool
	size     int
	upper    int
	nBuckets int
}

func (h *khashOrder) hash(k string) uint32 { return strHash(k) }

func roundup32(x int) int {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

// resize is kh_resize without deleted elements.
func (h *khashOrder) resize(n int) {
	n = roundup32(n)
	if n < 4 {
		n = 4
	}
	if h.size >= int(float64(n)*0.77+0.5) {
		return
	}
	keys := make([]string, n)
	used := make([]bool, n)
	mask := uint32(n - 1)
	for j := 0; j < h.nBuckets; j++ {
		if !h.used[j] {
			continue
		}
		k := h.keys[j]
		i := h.hash(k) & mask
		step := uint32(0)
		for used[i] {
			step++
			i = (i + step) & mask
		}
		keys[i], used[i] = k, true
	}
	h.keys, h.used, h.nBuckets = keys, used, n
	h.upper = int(float64(n)*0.77 + 0.5)
}

// put inserts a key if missing.
func (h *khashOrder) put(k string) {
	if h.size >= h.upper {
		if h.nBuckets > h.size<<1 {
			h.resize(h.nBuckets - 1)
		} else {
			h.resize(h.nBuckets + 1)
		}
	}
	mask := uint32(h.nBuckets - 1)
	i := h.hash(k) & mask
	step := uint32(0)
	for h.used[i] {
		if h.keys[i] == k {
			return
		}
		step++
		i = (i + step) & mask
	}
	h.keys[i], h.used[i] = k, true
	h.size++
}

// order returns the keys in iteration order.
func (h *khashOrder) order() []string {
	out := make([]string, 0, h.size)
	for i := 0; i < h.nBuckets; i++ {
		if h.used[i] {
			out = append(out, h.keys[i])
		}
	}
	return out
}
