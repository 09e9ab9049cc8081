package ucl

import (
	"bytes"
	"slices"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// objHash holds the keys of an object: a doubly linked list keeping
// insertion order (replacing a value keeps its place) and, once there are
// more than a few keys, a map for lookups.
type objHash struct {
	m          map[string]*hashElt
	head, tail *hashElt
	n          int
	caseless   bool
}

// mapThreshold is the number of keys from which lookups use a map.
const mapThreshold = 8

type hashElt struct {
	obj *Object
	// key is the key obj was stored under. An object stored under two
	// keys has the last one; like libucl's hash, a lookup finds an
	// element only by the key it was stored under and the object's own.
	key        string
	prev, next *hashElt
}

func newObjHash(caseless bool) *objHash {
	return &objHash{caseless: caseless}
}

func (h *objHash) mapKey(k string) string {
	if h.caseless {
		return encoding.LowerASCII(k)
	}
	return k
}

func (h *objHash) keyEqual(a, b string) bool {
	if !h.caseless {
		return a == b
	}
	return encoding.EqualFoldASCII(a, b)
}

// find returns the element of key k.
func (h *objHash) find(k string) *hashElt {
	if h == nil {
		return nil
	}
	if h.m != nil {
		if e := h.m[h.mapKey(k)]; e != nil && h.keyEqual(e.obj.key, k) {
			return e
		}
		return nil
	}
	for e := h.head; e != nil; e = e.next {
		if h.keyEqual(e.key, k) && h.keyEqual(e.obj.key, k) {
			return e
		}
	}
	return nil
}

func (h *objHash) search(k string) *Object {
	if e := h.find(k); e != nil {
		return e.obj
	}
	return nil
}

// insert adds obj under its key unless the key is present already.
func (h *objHash) insert(obj *Object) {
	if h.find(obj.key) != nil {
		return
	}
	e := &hashElt{obj: obj, key: obj.key, prev: h.tail}
	if h.tail != nil {
		h.tail.next = e
	} else {
		h.head = e
	}
	h.tail = e
	h.n++
	switch {
	case h.m != nil:
		h.m[h.mapKey(obj.key)] = e
	case h.n > mapThreshold:
		h.m = make(map[string]*hashElt, 2*h.n)
		for x := h.head; x != nil; x = x.next {
			h.m[h.mapKey(x.key)] = x
		}
	}
}

// replace puts repl in the place of the value stored under old's key.
func (h *objHash) replace(old, repl *Object) {
	e := h.find(old.key)
	if e == nil {
		return
	}
	if h.m != nil {
		delete(h.m, h.mapKey(old.key))
		h.m[h.mapKey(repl.key)] = e
	}
	e.obj, e.key = repl, repl.key
}

func (h *objHash) delete(obj *Object) {
	e := h.find(obj.key)
	if e == nil {
		return
	}
	if h.m != nil {
		delete(h.m, h.mapKey(obj.key))
	}
	h.n--
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		h.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		h.tail = e.prev
	}
}

// SortFlags select how SortKeys orders keys.
type SortFlags uint8

// Key sorting flags.
const (
	SortCaseless  SortFlags = 1 << 0 // compare keys ignoring ASCII case
	SortRecursive SortFlags = 1 << 1 // sort nested objects too
)

// sort orders the keys by length first, then bytewise (as upstream does).
func (h *objHash) sort(fl SortFlags) {
	var elts []*hashElt
	for e := h.head; e != nil; e = e.next {
		elts = append(elts, e)
	}
	slices.SortStableFunc(elts, func(a, b *hashElt) int {
		ka, kb := a.obj.key, b.obj.key
		if len(ka) != len(kb) {
			return len(ka) - len(kb)
		}
		if fl&SortCaseless != 0 {
			return bytes.Compare([]byte(encoding.LowerASCII(ka)), []byte(encoding.LowerASCII(kb)))
		}
		return bytes.Compare([]byte(ka), []byte(kb))
	})
	h.head, h.tail = nil, nil
	for _, e := range elts {
		e.prev, e.next = h.tail, nil
		if h.tail != nil {
			h.tail.next = e
		} else {
			h.head = e
		}
		h.tail = e
	}
	if fl&SortRecursive != 0 {
		for _, e := range elts {
			if e.obj.typ == TypeObject && e.obj.hash != nil {
				e.obj.hash.sort(fl)
			}
		}
	}
}
