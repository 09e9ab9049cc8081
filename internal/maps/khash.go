package maps

import (
	"unsafe"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/khash"
)

// hashSeed is rspamd_hash_seed(), the constant seed of rspamd's hash
// tables.
const hashSeed = 0xabf9727ba290690b

// keyOps keys the tables of upstream's map helpers: rspamd's caseless
// t1ha hash truncated to 32 bits and ASCII caseless equality, so that
// iterating a table (foreach, get_stats, the controller's map dump)
// visits entries in upstream's order.
type keyOps struct{}

func (keyOps) Hash(k string) uint32 {
	return uint32(fasthash.CaselessHash(unsafe.Slice(unsafe.StringData(k), len(k)), hashSeed))
}

func (keyOps) Equal(a, b string) bool { return encoding.EqualFoldASCII(a, b) }

// eachEntry visits the entries of a table in upstream's order until fn
// returns false.
func eachEntry(t *khash.Table[string, *entry, keyOps], fn func(key string, e *entry) bool) {
	for k, e := range t.All() {
		if !fn(k, e) {
			return
		}
	}
}
