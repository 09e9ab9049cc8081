package url

// khash is an open-addressing hash set with the exact layout of klib's
// khash (quadratic probing, 0.77 load factor, power-of-two buckets,
// in-place rehash), so that iterating it yields upstream's order.
type khash struct {
	nBuckets, size, nOccupied, upperBound uint32
	used                                  []bool
	keys                                  []*URL
	hash                                  func(*URL) uint32
	eq                                    func(a, b *URL) bool
}

const khashUpper = 0.77

func kroundup32(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	x++
	return x
}

// get returns the bucket of key, or nBuckets if absent.
func (h *khash) get(key *URL) uint32 {
	if h.nBuckets == 0 {
		return 0
	}
	mask := h.nBuckets - 1
	k := h.hash(key)
	i := k & mask
	last := i
	step := uint32(0)
	for h.used[i] && !h.eq(h.keys[i], key) {
		step++
		i = (i + step) & mask
		if i == last {
			return h.nBuckets
		}
	}
	if !h.used[i] {
		return h.nBuckets
	}
	return i
}

func (h *khash) has(key *URL) bool {
	return h.nBuckets != 0 && h.get(key) != h.nBuckets
}

func (h *khash) resize(newN uint32) {
	newN = kroundup32(newN)
	if newN < 4 {
		newN = 4
	}
	if h.size >= uint32(float64(newN)*khashUpper+0.5) {
		return
	}
	newUsed := make([]bool, newN)
	if h.nBuckets < newN {
		keys := make([]*URL, newN)
		copy(keys, h.keys)
		h.keys = keys
	}
	// In-place rehash with kick-outs: the old "used" flags are cleared
	// as elements move, like khash's "deleted" marks.
	old := h.used
	newMask := newN - 1
	for j := uint32(0); j < h.nBuckets; j++ {
		if !old[j] {
			continue
		}
		key := h.keys[j]
		old[j] = false
		for {
			i := h.hash(key) & newMask
			step := uint32(0)
			for newUsed[i] {
				step++
				i = (i + step) & newMask
			}
			newUsed[i] = true
			if i < h.nBuckets && old[i] {
				key, h.keys[i] = h.keys[i], key
				old[i] = false
				continue
			}
			h.keys[i] = key
			break
		}
	}
	if h.nBuckets > newN {
		h.keys = h.keys[:newN]
	}
	h.used = newUsed
	h.nBuckets = newN
	h.nOccupied = h.size
	h.upperBound = uint32(float64(h.nBuckets)*khashUpper + 0.5)
}

// put inserts key unless an equal key is present; it returns the bucket
// and whether the key was added.
func (h *khash) put(key *URL) (uint32, bool) {
	if h.nOccupied >= h.upperBound {
		if h.nBuckets > h.size<<1 {
			h.resize(h.nBuckets - 1)
		} else {
			h.resize(h.nBuckets + 1)
		}
	}
	mask := h.nBuckets - 1
	i := h.hash(key) & mask
	x := i
	if h.used[i] {
		last := i
		step := uint32(0)
		for h.used[i] && !h.eq(h.keys[i], key) {
			step++
			i = (i + step) & mask
			if i == last {
				break
			}
		}
		x = i
	}
	if h.used[x] {
		return x, false
	}
	h.keys[x] = key
	h.used[x] = true
	h.size++
	h.nOccupied++
	return x, true
}

// each calls fn for every key in bucket order.
func (h *khash) each(fn func(*URL)) {
	for i := uint32(0); i < h.nBuckets; i++ {
		if h.used[i] {
			fn(h.keys[i])
		}
	}
}

// Set is the URL set of a message (upstream's khash rspamd_url_hash):
// URLs are equal when they have the same protocol and text (e-mails:
// the same user and host, ignoring ASCII case), and iterating a Set
// yields upstream's order.
type Set struct{ h khash }

// NewSet returns an empty URL set.
func NewSet() *Set {
	return &Set{h: khash{
		hash: func(u *URL) uint32 { return uint32(u.Hash()) },
		eq:   equalURLs,
	}}
}

// Len returns the number of URLs.
func (s *Set) Len() int { return int(s.h.size) }

// Has reports whether an equal URL is in the set.
func (s *Set) Has(u *URL) bool { return s.h.has(u) }

// Get returns the URL of the set equal to u, or nil.
func (s *Set) Get(u *URL) *URL {
	if !s.h.has(u) {
		return nil
	}
	return s.h.keys[s.h.get(u)]
}

// Add adds u or, when an equal URL is present, counts one more occurrence
// (rspamd_url_set_add_or_increase): with enforceReplace, or when u is
// suspicious (phished, obscured, zero width spaces) and the present URL
// is not, u replaces it. A new URL is rejected when the set already holds
// maxURLs (0 means no limit). It reports whether u was added as new.
func (s *Set) Add(u *URL, enforceReplace bool, maxURLs int) bool {
	if s.h.has(u) {
		k := s.h.get(u)
		ex := s.h.keys[k]
		switch {
		case enforceReplace:
			s.h.keys[k] = u
			u.Count++
		case u.Flags&suspiciousFlags != 0 && ex.Flags&suspiciousFlags == 0:
			s.h.keys[k] = u
			u.Count++
		default:
			ex.Count++
		}
		return false
	}
	if maxURLs > 0 && s.Len() >= maxURLs {
		return false
	}
	s.h.put(u)
	return true
}

// AddOrReturn adds u unless an equal URL is present, and returns the URL
// the set holds (nil when the set is full): rspamd_url_set_add_or_return.
func (s *Set) AddOrReturn(u *URL, maxURLs int) *URL {
	if s.h.has(u) {
		return s.h.keys[s.h.get(u)]
	}
	if maxURLs > 0 && s.Len() >= maxURLs {
		return nil
	}
	k, _ := s.h.put(u)
	return s.h.keys[k]
}

// URLs returns the URLs in the set's iteration order.
func (s *Set) URLs() []*URL {
	res := make([]*URL, 0, s.Len())
	s.h.each(func(u *URL) { res = append(res, u) })
	return res
}

// HostSet is a set of URLs keyed by host (upstream's rspamd_url_host_hash).
type HostSet struct{ h khash }

// NewHostSet returns an empty host set.
func NewHostSet() *HostSet {
	return &HostSet{h: khash{
		hash: func(u *URL) uint32 { return uint32(u.HostHash()) },
		eq:   func(a, b *URL) bool { return a.Host() == b.Host() },
	}}
}

// Add adds u's host, reporting whether it was new.
func (s *HostSet) Add(u *URL) bool {
	_, added := s.h.put(u)
	return added
}

// Has reports whether u's host is in the set.
func (s *HostSet) Has(u *URL) bool { return s.h.has(u) }
