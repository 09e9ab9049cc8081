package cfg

import (
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
)

// hashSeed is rspamd's fixed seed for its hash tables (rspamd_hash_seed).
const hashSeed = 0xabf9727ba290690b

// ghashMinShift is GLib's smallest table: 8 buckets.
const ghashMinShift = 3

// ghashPrimes are GLib's moduli for each table size.
var ghashPrimes = [...]uint32{1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381,
	32749, 65521, 131071, 262139, 524287, 1048573, 2097143, 4194301, 8388593, 16777213,
	33554393, 67108859, 134217689, 268435399, 536870909, 1073741789, 2147483647}

// ghashOrder reproduces the slot layout of a GLib hash table, so that
// iterating it gives the order upstream's g_hash_table_iter gives (rspamd
// seeds its hashes with a constant, so that order is deterministic). It
// stores the keys only; values live in a Go map next to it.
type ghashOrder struct {
	hash    func(string) uint32
	equal   func(a, b string) bool
	hashes  []uint32 // 0 unused, 1 tombstone, else the key's hash
	keys    []string
	mod     uint32
	nnodes  int
	noccupy int
}

func newGHashOrder(caseless bool) *ghashOrder {
	g := &ghashOrder{}
	if caseless {
		g.hash = func(s string) uint32 { return uint32(fasthash.CaselessHash([]byte(s), hashSeed)) }
		g.equal = func(a, b string) bool { return encoding.EqualFoldASCII(a, b) }
	} else {
		g.hash = func(s string) uint32 { return uint32(fasthash.Default([]byte(s), hashSeed)) }
		g.equal = func(a, b string) bool { return a == b }
	}
	g.setShift(ghashMinShift)
	return g
}

func (g *ghashOrder) setShift(shift int) {
	size := 1 << shift
	g.mod = ghashPrimes[shift]
	if len(g.hashes) < size {
		g.hashes = append(g.hashes, make([]uint32, size-len(g.hashes))...)
		g.keys = append(g.keys, make([]string, size-len(g.keys))...)
	}
	g.hashes, g.keys = g.hashes[:size], g.keys[:size]
}

func (g *ghashOrder) realHash(key string) uint32 {
	h := g.hash(key)
	if h < 2 {
		h = 2
	}
	return h
}

// lookupNode returns the slot of key, or where it would go.
func (g *ghashOrder) lookupNode(key string, h uint32) int {
	mask := uint32(len(g.hashes) - 1)
	idx := (h * 11) % g.mod
	tomb, haveTomb := uint32(0), false
	step := uint32(0)
	for g.hashes[idx] != 0 {
		nh := g.hashes[idx]
		if nh == h {
			if g.equal(g.keys[idx], key) {
				return int(idx)
			}
		} else if nh == 1 && !haveTomb {
			tomb, haveTomb = idx, true
		}
		step++
		idx = (idx + step) & mask
	}
	if haveTomb {
		return int(tomb)
	}
	return int(idx)
}

// insert adds key (an existing key keeps its slot and first spelling).
func (g *ghashOrder) insert(key string) {
	h := g.realHash(key)
	i := g.lookupNode(key, h)
	old := g.hashes[i]
	if old >= 2 {
		return
	}
	g.hashes[i] = h
	g.keys[i] = key
	g.nnodes++
	if old == 0 {
		g.noccupy++
		g.maybeResize()
	}
}

// remove deletes key.
func (g *ghashOrder) remove(key string) {
	h := g.realHash(key)
	i := g.lookupNode(key, h)
	if g.hashes[i] < 2 {
		return
	}
	g.hashes[i] = 1
	g.keys[i] = ""
	g.nnodes--
	g.maybeResize()
}

func (g *ghashOrder) maybeResize() {
	size := len(g.hashes)
	if (size > g.nnodes*4 && size > 1<<ghashMinShift) || size <= g.noccupy+g.noccupy/16 {
		g.resize()
	}
}

// resize rebuilds the table in place the way GLib does, relocating entries
// by eviction chains.
func (g *ghashOrder) resize() {
	oldSize := len(g.hashes)
	n := int(float64(g.nnodes) * 1.333)
	shift := 0
	for ; n != 0; shift++ {
		n >>= 1
	}
	shift = max(shift, ghashMinShift)
	newSize := 1 << shift
	if newSize > oldSize {
		g.setShift(shift)
	} else {
		g.mod = ghashPrimes[shift]
	}
	mask := uint32(newSize - 1)
	done := make([]bool, max(newSize, oldSize))
	for i := 0; i < oldSize; i++ {
		nh := g.hashes[i]
		if nh < 2 {
			g.hashes[i] = 0
			continue
		}
		if done[i] {
			continue
		}
		g.hashes[i] = 0
		key := g.keys[i]
		g.keys[i] = ""
		for {
			idx := (nh * 11) % g.mod
			step := uint32(0)
			for done[idx] {
				step++
				idx = (idx + step) & mask
			}
			done[idx] = true
			replaced := g.hashes[idx]
			replacedKey := g.keys[idx]
			g.hashes[idx] = nh
			g.keys[idx] = key
			if replaced < 2 {
				break
			}
			nh, key = replaced, replacedKey
		}
	}
	if newSize < oldSize {
		g.hashes, g.keys = g.hashes[:newSize], g.keys[:newSize]
	}
	g.noccupy = g.nnodes
}

// order returns the keys in iteration order.
func (g *ghashOrder) order() []string {
	out := make([]string, 0, g.nnodes)
	for i, h := range g.hashes {
		if h >= 2 {
			out = append(out, g.keys[i])
		}
	}
	return out
}
