package recache

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/hex"
	"net/netip"
	"slices"

	"golang.org/x/crypto/blake2b"

	"github.com/gorspamd/rspamd/internal/logger"
)

// Hash returns the digest of a scope's regexps that rspamd_re_cache_init
// computes, the log tag of the regexp cache's messages: a BLAKE2b-512 hash
// over the classes in the order of their ids and, within a class, the
// regexps in the order of theirs (the hash of their flags and pattern), of
// each regexp's class id, id, PCRE2 options, rspamd flags, hit limit and
// position, in the machine's byte order; printed as the hex of its first
// 32 bytes (what fits upstream's buffer).
func (s *Scope) Hash() string {
	classes := make([]*Class, 0, len(s.classes))
	for _, cl := range s.classes {
		classes = append(classes, cl)
	}
	slices.SortFunc(classes, func(a, b *Class) int { return cmp.Compare(a.ID, b.ID) })
	type sorted struct {
		id                   [blake2b.Size]byte
		opts, flags, maxHits uint32
	}
	h, _ := blake2b.New512(nil)
	var buf []byte
	global := uint32(0)
	for _, cl := range classes {
		res := make([]sorted, 0, len(cl.res))
		for _, r := range cl.res {
			res = append(res, sorted{
				id:      blake2b.Sum512([]byte(r.Key())),
				opts:    uint32(r.PCREFlags()),
				flags:   uint32(r.Flags()),
				maxHits: r.MaxHits(),
			})
		}
		slices.SortFunc(res, func(a, b sorted) int { return bytes.Compare(a.id[:], b.id[:]) })
		for _, e := range res {
			buf = binary.NativeEndian.AppendUint64(buf[:0], cl.ID)
			buf = append(buf, e.id[:]...)
			buf = binary.NativeEndian.AppendUint32(buf, e.opts)
			buf = binary.NativeEndian.AppendUint32(buf, e.flags)
			buf = binary.NativeEndian.AppendUint32(buf, e.maxHits)
			buf = binary.NativeEndian.AppendUint32(buf, global)
			h.Write(buf)
			global++
		}
	}
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:blake2b.Size/2])
}

// TryLoadHyperscan is rspamd_re_cache_load_hyperscan as the configuration
// loader calls it (try_load): with Hyperscan on (hyperscanOn: built in,
// supported by the CPU and not disabled by the configuration), the
// databases can only come through the Lua cache backend, which does not
// exist before the workers start, so it says so in a debug line and
// reports false; with Hyperscan off there is nothing to load and it
// reports true.
func (s *Scope) TryLoadHyperscan(log *logger.Logger, hyperscanOn bool) bool {
	if !hyperscanOn {
		return true
	}
	var forScope []any
	format := "no Lua backend available for synchronous hyperscan loading"
	if s.Name != "" {
		format += " for scope '%s'"
		forScope = append(forScope, s.Name)
	}
	log.Debugf("re_cache", netip.Addr{}, s.Hash(), true, "rspamd_re_cache_load_hyperscan", format, forScope...)
	return false
}
