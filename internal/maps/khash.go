package maps

import (
	"unsafe"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
)

// hashSeed is rspamd_hash_seed(), the constant seed of rspamd's hash
// tables.
const hashSeed = 0xabf9727ba290690b

// upperLoad is khash's __ac_HASH_UPPER.
const upperLoad = 0.77

// keyTable is a port of the khash (0.2.8) table upstream's map helpers key
// their entries by: open addressing with quadratic probing, rspamd's
// caseless t1ha hash truncated to 32 bits and ASCII caseless equality. It
// exists so that iteration (foreach, get_stats, the controller's map dump)
// visits entries in upstream's order. Entries are never deleted.
type keyTable[V any] struct {
	nBuckets, size, nOccupied, upperBound uint32
	flags                                 []uint32 // two bits per bucket: empty, deleted
	keys                                  []string
	vals                                  []V
	// hashes keep each key's hash: probes compare them first and
	// resizing does not hash again (khash does both; the order is the
	// same).
	hashes []uint32
}

func keyHash(k string) uint32 {
	return uint32(fasthash.CaselessHash(unsafe.Slice(unsafe.StringData(k), len(k)), hashSeed))
}

func flagSize(m uint32) uint32 {
	if m < 16 {
		return 1
	}
	return m >> 4
}

func isEmpty(f []uint32, i uint32) bool  { return (f[i>>4]>>((i&0xf)<<1))&2 != 0 }
func isDel(f []uint32, i uint32) bool    { return (f[i>>4]>>((i&0xf)<<1))&1 != 0 }
func isEither(f []uint32, i uint32) bool { return (f[i>>4]>>((i&0xf)<<1))&3 != 0 }
func setIsDelTrue(f []uint32, i uint32)  { f[i>>4] |= 1 << ((i & 0xf) << 1) }
func setIsBothFalse(f []uint32, i uint32) {
	f[i>>4] &^= 3 << ((i & 0xf) << 1)
}
func setIsEmptyFalse(f []uint32, i uint32) { f[i>>4] &^= 2 << ((i & 0xf) << 1) }

// get returns the bucket holding key, or false.
func (h *keyTable[V]) get(key string) (uint32, bool) {
	return h.getHashed(key, keyHash(key))
}

// getHashed is get with the key's hash computed.
func (h *keyTable[V]) getHashed(key string, hash uint32) (uint32, bool) {
	if h.nBuckets == 0 {
		return 0, false
	}
	mask := h.nBuckets - 1
	i := hash & mask
	last, step := i, uint32(0)
	for !isEmpty(h.flags, i) && (isDel(h.flags, i) || h.hashes[i] != hash || !encoding.EqualFoldASCII(h.keys[i], key)) {
		step++
		i = (i + step) & mask
		if i == last {
			return 0, false
		}
	}
	if isEither(h.flags, i) {
		return 0, false
	}
	return i, true
}

func roundUp32(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func (h *keyTable[V]) resize(newN uint32) {
	newN = roundUp32(newN)
	if newN < 4 {
		newN = 4
	}
	if h.size >= uint32(float64(newN)*upperLoad+0.5) {
		return
	}
	newFlags := make([]uint32, flagSize(newN))
	for i := range newFlags {
		newFlags[i] = 0xaaaaaaaa
	}
	if h.nBuckets < newN {
		h.keys = append(h.keys, make([]string, newN-h.nBuckets)...)
		h.vals = append(h.vals, make([]V, newN-h.nBuckets)...)
		h.hashes = append(h.hashes, make([]uint32, newN-h.nBuckets)...)
	}
	newMask := newN - 1
	for j := uint32(0); j != h.nBuckets; j++ {
		if isEither(h.flags, j) {
			continue
		}
		key, val, hash := h.keys[j], h.vals[j], h.hashes[j]
		setIsDelTrue(h.flags, j)
		for {
			i := hash & newMask
			step := uint32(0)
			for !isEmpty(newFlags, i) {
				step++
				i = (i + step) & newMask
			}
			setIsEmptyFalse(newFlags, i)
			if i < h.nBuckets && !isEither(h.flags, i) {
				h.keys[i], key = key, h.keys[i]
				h.vals[i], val = val, h.vals[i]
				h.hashes[i], hash = hash, h.hashes[i]
				setIsDelTrue(h.flags, i)
			} else {
				h.keys[i], h.vals[i], h.hashes[i] = key, val, hash
				break
			}
		}
	}
	if h.nBuckets > newN {
		h.keys, h.vals, h.hashes = h.keys[:newN], h.vals[:newN], h.hashes[:newN]
	}
	h.flags = newFlags
	h.nBuckets = newN
	h.nOccupied = h.size
	h.upperBound = uint32(float64(h.nBuckets)*upperLoad + 0.5)
}

// put returns the bucket of key, inserting the key when absent (isNew).
func (h *keyTable[V]) put(key string) (x uint32, isNew bool) {
	return h.putHashed(key, keyHash(key))
}

// putHashed is put with the key's hash computed.
func (h *keyTable[V]) putHashed(key string, hash uint32) (x uint32, isNew bool) {
	if h.nOccupied >= h.upperBound {
		if h.nBuckets > h.size<<1 {
			h.resize(h.nBuckets - 1)
		} else {
			h.resize(h.nBuckets + 1)
		}
	}
	mask := h.nBuckets - 1
	site := h.nBuckets
	x = h.nBuckets
	i := hash & mask
	if isEmpty(h.flags, i) {
		x = i
	} else {
		last, step := i, uint32(0)
		for !isEmpty(h.flags, i) && (isDel(h.flags, i) || h.hashes[i] != hash || !encoding.EqualFoldASCII(h.keys[i], key)) {
			if isDel(h.flags, i) {
				site = i
			}
			step++
			i = (i + step) & mask
			if i == last {
				x = site
				break
			}
		}
		if x == h.nBuckets {
			if isEmpty(h.flags, i) && site != h.nBuckets {
				x = site
			} else {
				x = i
			}
		}
	}
	switch {
	case isEmpty(h.flags, x):
		h.keys[x], h.hashes[x] = key, hash
		setIsBothFalse(h.flags, x)
		h.size++
		h.nOccupied++
		return x, true
	case isDel(h.flags, x):
		h.keys[x], h.hashes[x] = key, hash
		setIsBothFalse(h.flags, x)
		h.size++
		return x, true
	}
	return x, false
}

// each visits the entries in bucket order until fn returns false.
func (h *keyTable[V]) each(fn func(key string, v V) bool) {
	for i := uint32(0); i < h.nBuckets; i++ {
		if !isEither(h.flags, i) && !fn(h.keys[i], h.vals[i]) {
			return
		}
	}
}

// lookupOrAdd returns the bucket of key and whether it was there already,
// adding the key when absent (upstream's kh_get, then kh_put for a new
// key: only a new key may grow the table).
func (h *keyTable[V]) lookupOrAdd(key string) (x uint32, found bool) {
	hash := keyHash(key)
	if x, found = h.getHashed(key, hash); found {
		return x, true
	}
	x, _ = h.putHashed(key, hash)
	return x, false
}
