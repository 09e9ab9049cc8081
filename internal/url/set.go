package url

import "github.com/gorspamd/rspamd/internal/khash"

// urlOps keys a Set as upstream's rspamd_url_hash does.
type urlOps struct{}

func (urlOps) Hash(u *URL) uint32   { return uint32(u.Hash()) }
func (urlOps) Equal(a, b *URL) bool { return equalURLs(a, b) }

// hostOps keys a HostSet as upstream's rspamd_url_host_hash does.
type hostOps struct{}

func (hostOps) Hash(u *URL) uint32   { return uint32(u.HostHash()) }
func (hostOps) Equal(a, b *URL) bool { return a.Host() == b.Host() }

// Set is the URL set of a message (upstream's khash rspamd_url_hash):
// URLs are equal when they have the same protocol and text (e-mails:
// the same user and host, ignoring ASCII case), and iterating a Set
// yields upstream's order.
type Set struct {
	h khash.Table[*URL, struct{}, urlOps]
}

// NewSet returns an empty URL set.
func NewSet() *Set { return &Set{} }

// Len returns the number of URLs.
func (s *Set) Len() int { return s.h.Len() }

// Has reports whether an equal URL is in the set.
func (s *Set) Has(u *URL) bool {
	_, ok := s.h.Get(u)
	return ok
}

// Get returns the URL of the set equal to u, or nil.
func (s *Set) Get(u *URL) *URL {
	k, ok := s.h.Get(u)
	if !ok {
		return nil
	}
	return s.h.Key(k)
}

// Add adds u or, when an equal URL is present, counts one more occurrence
// (rspamd_url_set_add_or_increase): with enforceReplace, or when u is
// suspicious (phished, obscured, zero width spaces) and the present URL
// is not, u replaces it. A new URL is rejected when the set already holds
// maxURLs (0 means no limit). It reports whether u was added as new.
func (s *Set) Add(u *URL, enforceReplace bool, maxURLs int) bool {
	if k, ok := s.h.Get(u); ok {
		ex := s.h.Key(k)
		switch {
		case enforceReplace:
			s.h.SetKey(k, u)
			u.Count++
		case u.Flags&suspiciousFlags != 0 && ex.Flags&suspiciousFlags == 0:
			s.h.SetKey(k, u)
			u.Count++
		default:
			ex.Count++
		}
		return false
	}
	if maxURLs > 0 && s.Len() >= maxURLs {
		return false
	}
	s.h.Put(u)
	return true
}

// AddOrReturn adds u unless an equal URL is present, and returns the URL
// the set holds (nil when the set is full): rspamd_url_set_add_or_return.
func (s *Set) AddOrReturn(u *URL, maxURLs int) *URL {
	if k, ok := s.h.Get(u); ok {
		return s.h.Key(k)
	}
	if maxURLs > 0 && s.Len() >= maxURLs {
		return nil
	}
	k, _ := s.h.Put(u)
	return s.h.Key(k)
}

// URLs returns the URLs in the set's iteration order.
func (s *Set) URLs() []*URL {
	res := make([]*URL, 0, s.Len())
	for u := range s.h.All() {
		res = append(res, u)
	}
	return res
}

// HostSet is a set of URLs keyed by host (upstream's rspamd_url_host_hash).
type HostSet struct {
	h khash.Table[*URL, struct{}, hostOps]
}

// NewHostSet returns an empty host set.
func NewHostSet() *HostSet { return &HostSet{} }

// Add adds u's host, reporting whether it was new.
func (s *HostSet) Add(u *URL) bool {
	_, added := s.h.Put(u)
	return added
}

// Has reports whether u's host is in the set.
func (s *HostSet) Has(u *URL) bool {
	_, ok := s.h.Get(u)
	return ok
}
