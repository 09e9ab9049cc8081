// Package khash is klib's khash hash table (0.2.8) as rspamd builds its
// tables: open addressing with quadratic probing, power-of-two bucket
// counts, a 0.77 load factor and in-place rehashing that kicks elements
// out of their old buckets. It exists for upstream's iteration order: a
// Table visits its entries in bucket order, as kh_foreach does, and that
// order decides what rspamd prints, which of equal candidates wins and
// the order of floating point sums. Entries are never deleted.
package khash

import "iter"

// Ops hashes and compares the keys of a Table; it is usually an empty
// struct type. Equal keys must hash alike.
type Ops[K any] interface {
	Hash(K) uint32
	Equal(a, b K) bool
}

// upperLoad is khash's __ac_HASH_UPPER.
const upperLoad = 0.77

// Table maps keys to values (V struct{} for a set). The zero value is an
// empty table. Buckets are numbered; a bucket number stays valid until
// the next Put.
type Table[K, V any, O Ops[K]] struct {
	nBuckets, size, nOccupied, upperBound uint32
	flags                                 []uint32 // two bits per bucket: empty, deleted
	keys                                  []K
	vals                                  []V
	// hashes keep each key's hash: probes compare them first and
	// resizing does not hash again (khash does both; the order is the
	// same).
	hashes []uint32
}

func isEmpty(f []uint32, i uint32) bool    { return (f[i>>4]>>((i&0xf)<<1))&2 != 0 }
func isDel(f []uint32, i uint32) bool      { return (f[i>>4]>>((i&0xf)<<1))&1 != 0 }
func isEither(f []uint32, i uint32) bool   { return (f[i>>4]>>((i&0xf)<<1))&3 != 0 }
func setIsDelTrue(f []uint32, i uint32)    { f[i>>4] |= 1 << ((i & 0xf) << 1) }
func setIsBothFalse(f []uint32, i uint32)  { f[i>>4] &^= 3 << ((i & 0xf) << 1) }
func setIsEmptyFalse(f []uint32, i uint32) { f[i>>4] &^= 2 << ((i & 0xf) << 1) }

func flagSize(m uint32) uint32 {
	if m < 16 {
		return 1
	}
	return m >> 4
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

// Len returns the number of entries.
func (h *Table[K, V, O]) Len() int { return int(h.size) }

// Key returns the key in bucket x.
func (h *Table[K, V, O]) Key(x uint32) K { return h.keys[x] }

// SetKey replaces the key in bucket x by an equal one.
func (h *Table[K, V, O]) SetKey(x uint32, k K) { h.keys[x] = k }

// Value returns the value in bucket x.
func (h *Table[K, V, O]) Value(x uint32) V { return h.vals[x] }

// SetValue sets the value in bucket x.
func (h *Table[K, V, O]) SetValue(x uint32, v V) { h.vals[x] = v }

// Get returns the bucket holding key (kh_get), or false.
func (h *Table[K, V, O]) Get(key K) (uint32, bool) {
	var o O
	return h.get(key, o.Hash(key))
}

func (h *Table[K, V, O]) get(key K, hash uint32) (uint32, bool) {
	if h.nBuckets == 0 {
		return 0, false
	}
	var o O
	mask := h.nBuckets - 1
	i := hash & mask
	last, step := i, uint32(0)
	for !isEmpty(h.flags, i) && (isDel(h.flags, i) || h.hashes[i] != hash || !o.Equal(h.keys[i], key)) {
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

// Put returns the bucket of key, inserting the key when absent (kh_put,
// which may grow the table even when the key is present).
func (h *Table[K, V, O]) Put(key K) (x uint32, added bool) {
	var o O
	return h.put(key, o.Hash(key))
}

// GetOrPut returns the bucket of key and whether it was there already,
// inserting it when absent (kh_get, then kh_put for a new key: only a new
// key may grow the table).
func (h *Table[K, V, O]) GetOrPut(key K) (x uint32, found bool) {
	var o O
	hash := o.Hash(key)
	if x, found = h.get(key, hash); found {
		return x, true
	}
	x, _ = h.put(key, hash)
	return x, false
}

func (h *Table[K, V, O]) put(key K, hash uint32) (x uint32, added bool) {
	if h.nOccupied >= h.upperBound {
		if h.nBuckets > h.size<<1 {
			h.Resize(h.nBuckets - 1)
		} else {
			h.Resize(h.nBuckets + 1)
		}
	}
	var o O
	mask := h.nBuckets - 1
	site := h.nBuckets
	x = h.nBuckets
	i := hash & mask
	if isEmpty(h.flags, i) {
		x = i
	} else {
		last, step := i, uint32(0)
		for !isEmpty(h.flags, i) && (isDel(h.flags, i) || h.hashes[i] != hash || !o.Equal(h.keys[i], key)) {
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

// Resize is kh_resize: it sets the number of buckets to newN rounded up
// to a power of two (at least 4) unless the entries would not fit, and
// rehashes in place, each element moved to its new bucket kicking out the
// element still there.
func (h *Table[K, V, O]) Resize(newN uint32) {
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
		h.keys = append(h.keys, make([]K, newN-h.nBuckets)...)
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

// Keys yields the keys in bucket order (kh_foreach_key).
func (h *Table[K, V, O]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for i := uint32(0); i < h.nBuckets; i++ {
			if !isEither(h.flags, i) && !yield(h.keys[i]) {
				return
			}
		}
	}
}

// All yields the entries in bucket order (kh_foreach).
func (h *Table[K, V, O]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := uint32(0); i < h.nBuckets; i++ {
			if !isEither(h.flags, i) && !yield(h.keys[i], h.vals[i]) {
				return
			}
		}
	}
}
