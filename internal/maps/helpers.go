package maps

import (
	"net/netip"
	"sync/atomic"

	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/khash"
	"github.com/gorspamd/rspamd/internal/radix"
)

// mapHashSeed seeds the digests of hash, radix and cdb maps.
const mapHashSeed = 0xdeadbabe

// entry is the value of one element of a list map
// (rspamd_map_helper_value); its key is the table's.
type entry struct {
	value string
	hits  atomic.Uint64
}

// content is the data a map holds after a load: what upstream's read
// callbacks build and the fin callbacks install.
type content interface {
	// insert adds a key read by the list parser.
	insert(key, value string)
	// finish logs the load summary and returns the element count and
	// digest.
	finish() (nelts int, digest uint64)
	// each visits the elements (key as first inserted, value) in
	// upstream's order until fn returns false.
	each(fn func(key string, e *entry) bool)
}

// hashContent backs "set" and "hash" maps (rspamd_hash_map_helper):
// caseless keys, the last value of a repeated key wins.
type hashContent struct {
	m     *Map
	table khash.Table[string, *entry, keyOps]
	hst   *fasthash.State
}

func newHashContent(m *Map) *hashContent {
	return &hashContent{m: m, hst: fasthash.NewDefault(mapHashSeed)}
}

func (h *hashContent) insert(key, value string) {
	x, found := h.table.GetOrPut(key)
	if found {
		old := h.table.Value(x)
		if old.value == value {
			return
		}
		h.m.warnf("rspamd_map_helper_insert_hash", "duplicate hash entry found for map %s: %s (old value: '%s', new: '%s')",
			h.m.name, key, old.value, value)
	}
	h.table.SetValue(x, &entry{value: value})
	h.hst.Write(bytesOf(h.table.Key(x)))
}

func (h *hashContent) finish() (int, uint64) {
	h.m.infof("rspamd_kv_list_fin", "read hash of %d elements from %s", h.table.Len(), h.m.name)
	return h.table.Len(), h.hst.Sum64()
}

func (h *hashContent) each(fn func(key string, e *entry) bool) { eachEntry(&h.table, fn) }

func (h *hashContent) lookup(key string) (*entry, bool) {
	x, ok := h.table.Get(key)
	if !ok {
		return nil, false
	}
	e := h.table.Value(x)
	e.hits.Add(1)
	return e, true
}

// radixContent backs "radix" maps (rspamd_radix_map_helper): each key is
// a list of addresses and networks; the first value of a repeated key
// wins.
type radixContent struct {
	m     *Map
	table khash.Table[string, *entry, keyOps]
	trie  *radix.Tree[*entry]
	hst   *fasthash.State
}

func newRadixContent(m *Map) *radixContent {
	t := radix.New[*entry](m.name)
	t.SetLogger(m.reg.log.l, m.tag)
	return &radixContent{m: m, trie: t, hst: fasthash.NewDefault(mapHashSeed)}
}

func (r *radixContent) insert(key, value string) {
	r.add(key, value, false)
}

// add is rspamd_map_helper_insert_radix (resolve: _resolve, which also
// takes host names).
func (r *radixContent) add(key, value string, resolve bool) {
	x, found := r.table.GetOrPut(key)
	if found {
		old := r.table.Value(x)
		if old.value != value {
			r.m.warnf("rspamd_map_helper_insert_radix", "duplicate radix entry found for map %s: %s (old value: '%s', new: '%s')",
				r.m.name, key, old.value, value)
		}
		return
	}
	e := &entry{value: value}
	r.table.SetValue(x, e)
	r.trie.AddIPList(key, ",", e, resolve)
	r.hst.Write(bytesOf(r.table.Key(x)))
}

func (r *radixContent) finish() (int, uint64) {
	r.m.infof("rspamd_radix_fin", "read radix trie of %d elements: %s", r.trie.Len(), r.trie.Info())
	return r.table.Len(), r.hst.Sum64()
}

func (r *radixContent) each(fn func(key string, e *entry) bool) { eachEntry(&r.table, fn) }

func (r *radixContent) lookupKey(key []byte) (*entry, bool) {
	e, ok := r.trie.Lookup(key)
	if ok {
		e.hits.Add(1)
	}
	return e, ok
}

func (r *radixContent) lookupAddr(a netip.Addr) (*entry, bool) {
	e, ok := r.trie.LookupAddr(a)
	if ok {
		e.hits.Add(1)
	}
	return e, ok
}
