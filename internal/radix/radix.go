// Package radix is rspamd's IP radix tree (upstream's libutil/radix.c over
// lc-btrie): longest-prefix matching of IP addresses with IPv4 stored as
// IPv4-mapped IPv6, so one tree holds both families.
//
// # Semantics kept from upstream
//
//   - Every prefix lives in the 128-bit IPv6 space: an IPv4 a.b.c.d/n is
//     stored as ::ffff:a.b.c.d/(96+n). An IPv4 address looked up through
//     LookupAddr is mapped the same way, so ::ffff:0:0/96 (0.0.0.0/0)
//     matches every IPv4 address and no IPv6 one, and ::/0 matches all.
//   - The first value inserted for a prefix wins: inserting the same prefix
//     again is a duplicate (counted, logged for the first 32 of them, the
//     value kept).
//   - A lookup with a key shorter than 16 bytes (upstream's Lua get_key
//     with a number looks up 4 bytes) matches only prefixes no longer than
//     the key's bits.
//   - AddIPList parses lists the way rspamd_radix_add_iplist does,
//     including its quirks: addresses are parsed by glibc's strict
//     inet_pton rules, an unparsable mask is 0, a too long mask is capped,
//     and a mask carries over to the following entries of the same list
//     that have none (so "10.0.0.0/8,2001:db8::" stores 2001:db8::/104).
//
// Addresses given to lookups as text are parsed leniently by
// inet.Parse (upstream's rspamd_parse_inet_address_ip), not by the strict
// parser of lists kept here.
//
// # Cost
//
// Prefixes are kept in one hash table per prefix length (IPv4 ones by
// their 32-bit address); a lookup probes the lengths in use from the
// longest down, so it costs one hash probe per distinct length (maps
// usually hold a handful). A Tree is not safe for concurrent insertion;
// concurrent lookups of a tree no longer modified are safe.
package radix

import (
	"encoding/binary"
	"fmt"
	"log/slog"
	"net/netip"
	"reflect"
	"slices"

	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/liblog"
)

// KeyBytes is the length of the keys the tree stores.
const KeyBytes = 16

// maxDuplicateLogs is how many duplicates are logged before upstream's
// "maximum duplicates limit reached" line suppresses the rest.
const maxDuplicateLogs = 32

// Tree maps IP prefixes to values of type V.
type Tree[V any] struct {
	name string
	// Prefixes inside ::ffff:0:0/96 (IPv4), by length beyond the 96 bits.
	v4     [33]map[uint32]V
	v4lens []int // lengths in use, longest first
	// The other prefixes.
	v6     [KeyBytes*8 + 1]map[[KeyBytes]byte]V
	v6lens []int
	size   int
	dups   int
	logger *slog.Logger
	logID  string
}

// New returns an empty tree; name is used in log messages (upstream's tree
// name, the map name for map trees).
func New[V any](name string) *Tree[V] {
	return &Tree[V]{name: name}
}

// SetLogger directs the tree's log messages to l with the given log id
// (upstream logs them under the "radix" module with the id of the memory
// pool, which is the map's tag for map trees).
func (t *Tree[V]) SetLogger(l *slog.Logger, id string) {
	t.logger, t.logID = l, id
}

func (t *Tree[V]) logf(level slog.Level, fn, format string, args ...any) {
	liblog.Logf(t.logger, level, fn, "radix", t.logID, format, args...)
}

// Name returns the tree's name.
func (t *Tree[V]) Name() string { return t.name }

// Len returns the number of distinct prefixes stored.
func (t *Tree[V]) Len() int { return t.size }

// Duplicates returns how many insertions hit a prefix already stored.
func (t *Tree[V]) Duplicates() int { return t.dups }

// Info returns the statistics upstream logs after loading a tree. Only the
// entry and duplicate counts are meaningful here: the node and memory
// figures of lc-btrie have no counterpart and are printed as zero.
func (t *Tree[V]) Info() string {
	return fmt.Sprintf("ents=%d dup=%d tbm=0 lc=0 mem=0k free=0 waste=0", t.size, t.dups)
}

func maskKey(key [KeyBytes]byte, bits int) [KeyBytes]byte {
	full := bits / 8
	if full < KeyBytes {
		if rem := bits % 8; rem != 0 {
			key[full] &= byte(0xff << (8 - rem))
			full++
		}
		clear(key[full:])
	}
	return key
}

// mappedPrefix is ::ffff:0:0/96, where IPv4 lives.
var mappedPrefix = [12]byte{10: 0xff, 11: 0xff}

// isMapped reports whether key lies in ::ffff:0:0/96.
func isMapped(key *[KeyBytes]byte) bool { return [12]byte(key[:12]) == mappedPrefix }

func v4Of(key *[KeyBytes]byte) uint32 { return binary.BigEndian.Uint32(key[12:]) }

func mask32(v uint32, bits int) uint32 {
	if bits == 0 {
		return 0
	}
	return v &^ (1<<(32-bits) - 1)
}

// addLen records a prefix length in use, keeping lens longest first.
func addLen(lens []int, bits int) []int {
	i, _ := slices.BinarySearchFunc(lens, bits, func(a, b int) int { return b - a })
	return slices.Insert(lens, i, bits)
}

// Insert stores v for the first bits bits of key (radix_insert_compressed
// with a mask of 128-bits cleared bits). It reports whether the prefix was
// new; a duplicate keeps the old value.
func (t *Tree[V]) Insert(key [KeyBytes]byte, bits int, v V) bool {
	if bits < 0 || bits > KeyBytes*8 {
		panic(fmt.Sprintf("radix: prefix length %d out of range", bits))
	}
	var isNew bool
	if bits >= 96 && isMapped(&key) {
		l := bits - 96
		isNew = store(&t.v4[l], &t.v4lens, l, mask32(v4Of(&key), l), v)
	} else {
		isNew = store(&t.v6[bits], &t.v6lens, bits, maskKey(key, bits), v)
	}
	if !isNew {
		t.duplicate(key, bits, v)
		return false
	}
	t.size++
	return true
}

// store adds k to the table of a prefix length (made and recorded in lens
// when new) unless it is there already.
func store[K comparable, V any](tab *map[K]V, lens *[]int, l int, k K, v V) bool {
	if *tab == nil {
		*tab = make(map[K]V)
		*lens = addLen(*lens, l)
	}
	if _, dup := (*tab)[k]; dup {
		return false
	}
	(*tab)[k] = v
	return true
}

func (t *Tree[V]) duplicate(key [KeyBytes]byte, bits int, v V) {
	t.dups++
	const fn = "radix_insert_compressed"
	switch {
	case t.dups == maxDuplicateLogs:
		t.logf(slog.LevelError, fn, "%s: maximum duplicates limit reached: %d, suppress further errors",
			t.name, maxDuplicateLogs)
	case t.dups < maxDuplicateLogs:
		t.logf(slog.LevelError, fn, "%s: cannot insert %s, key: [%s]/%d, duplicate value",
			t.name, pointerString(v), inet.FormatIPv6(key), bits)
	}
}

// pointerString formats v as rspamd's %p does (16 upper-case hex digits)
// when V is a pointer type.
func pointerString(v any) string {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.UnsafePointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return fmt.Sprintf("%016X", rv.Pointer())
	}
	return fmt.Sprint(v)
}

// Lookup returns the value of the longest stored prefix matching key,
// considering at most len(key)*8 bits (key is zero-padded to 16 bytes).
// Keys longer than 16 bytes never match.
func (t *Tree[V]) Lookup(key []byte) (V, bool) {
	var zero V
	if len(key) > KeyBytes {
		return zero, false
	}
	var k [KeyBytes]byte
	copy(k[:], key)
	return t.lookup(k, len(key)*8)
}

func (t *Tree[V]) lookup(key [KeyBytes]byte, maxBits int) (V, bool) {
	if maxBits == KeyBytes*8 && isMapped(&key) {
		a := v4Of(&key)
		for _, l := range t.v4lens {
			if v, ok := t.v4[l][mask32(a, l)]; ok {
				return v, true
			}
		}
		// Only shorter prefixes outside the IPv4 tables can cover it.
		maxBits = 96
	}
	for _, bits := range t.v6lens {
		if bits > maxBits {
			continue
		}
		if v, ok := t.v6[bits][maskKey(key, bits)]; ok {
			return v, true
		}
	}
	var zero V
	return zero, false
}

// Key16 returns the 16-byte key of an address: IPv6 as is, IPv4 mapped
// to ::ffff:a.b.c.d.
func Key16(a netip.Addr) [KeyBytes]byte {
	return a.Unmap().As16()
}

// LookupAddr looks an address up (radix_find_compressed_addr). An
// invalid address never matches.
func (t *Tree[V]) LookupAddr(a netip.Addr) (V, bool) {
	if !a.IsValid() {
		var zero V
		return zero, false
	}
	return t.lookup(Key16(a), KeyBytes*8)
}

// InsertAddr stores v for the single address a (radix_insert_compressed_addr).
func (t *Tree[V]) InsertAddr(a netip.Addr, v V) bool {
	if !a.IsValid() {
		return false
	}
	return t.Insert(Key16(a), KeyBytes*8, v)
}

// Each calls fn for every stored prefix, IPv4 ones first, longest
// prefixes first (within a length in no particular order), until fn
// returns false.
func (t *Tree[V]) Each(fn func(p netip.Prefix, v V) bool) {
	for _, l := range t.v4lens {
		for k, v := range t.v4[l] {
			a := netip.AddrFrom16([KeyBytes]byte{10: 0xff, 11: 0xff, 12: byte(k >> 24), 13: byte(k >> 16), 14: byte(k >> 8), 15: byte(k)})
			if !fn(netip.PrefixFrom(a, 96+l), v) {
				return
			}
		}
	}
	for _, bits := range t.v6lens {
		for k, v := range t.v6[bits] {
			if !fn(netip.PrefixFrom(netip.AddrFrom16(k), bits), v) {
				return
			}
		}
	}
}
