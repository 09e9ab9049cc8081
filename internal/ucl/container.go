package ucl

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// ensureHash makes sure an object has its key table.
func (o *Object) ensureHash(caseless bool) *objHash {
	if o.hash == nil {
		o.hash = newObjHash(caseless)
	}
	return o.hash
}

// Lookup returns the value stored under key in an object (the first value
// of an implicit array), or nil.
func (o *Object) Lookup(key string) *Object {
	if o == nil || o.typ != TypeObject {
		return nil
	}
	return o.hash.search(key)
}

// LookupAny returns the value of the first of keys present in the object.
func (o *Object) LookupAny(keys ...string) *Object {
	for _, k := range keys {
		if v := o.Lookup(k); v != nil {
			return v
		}
	}
	return nil
}

// LookupPath follows a dot-separated path of keys (array elements are
// addressed by decimal index), like ucl_object_lookup_path.
func (o *Object) LookupPath(path string) *Object {
	return o.LookupPathChar(path, '.')
}

// LookupPathChar is LookupPath with a custom separator.
func (o *Object) LookupPathChar(path string, sep byte) *Object {
	if o == nil {
		return nil
	}
	top := o
	var found *Object
	p := 0
	for p < len(path) && path[p] == sep {
		p++
	}
	c := p
	for p < len(path) {
		p++
		if p == len(path) || path[p] == sep {
			if p > c {
				seg := path[c:p]
				if top.typ == TypeArray {
					idx, ok := cStrtoulPrefix(seg)
					if !ok {
						return nil
					}
					found = top.ArrayIndex(idx)
				} else {
					found = top.Lookup(seg)
				}
				if found == nil {
					return nil
				}
				top = found
			}
			if p < len(path) {
				c = p + 1
			}
		}
	}
	return found
}

// cStrtoulPrefix parses a path segment the way strtoul(..., 10) does when
// the whole segment must be consumed; the index is truncated to 32 bits.
func cStrtoulPrefix(s string) (int, bool) {
	v, n, _ := cconv.Strtoul(s, 10)
	return int(uint32(v)), n == len(s)
}

// insertKeyCommon implements InsertKey, InsertKeyMerged and ReplaceKey.
func (o *Object) insertKeyCommon(elt *Object, key string, merge, replace bool) bool {
	if elt == nil || o == nil {
		return false
	}
	if o.typ != TypeObject {
		if o.typ != TypeNull {
			return false
		}
		o.typ = TypeObject
	}
	h := o.ensureHash(false)
	for i := 0; i < len(key); i++ {
		if isClass(key[i], chUCLUnsafe) {
			elt.flags |= FlagNeedKeyEscape
			break
		}
	}
	elt.key = key
	found := h.search(key)
	if found == nil {
		h.insert(elt)
		o.n++
		return !replace
	}
	switch {
	case replace:
		h.replace(found, elt)
	case merge:
		switch {
		case found.typ != TypeObject && elt.typ == TypeObject:
			elt.insertKeyCommon(found, found.key, false, false)
			h.delete(found)
			h.insert(elt)
		case found.typ == TypeObject && elt.typ != TypeObject:
			found.insertKeyCommon(elt, elt.key, false, false)
		case found.typ == TypeObject && elt.typ == TypeObject:
			for cur := range elt.All() {
				found.insertKeyCommon(cur, cur.key, true, false)
			}
		default:
			chainConcat(found, elt)
		}
	default:
		chainConcat(found, elt)
	}
	return true
}

// InsertKey stores elt under key. If the key exists, elt is appended to its
// implicit array. It returns false if o is not an object (or null).
func (o *Object) InsertKey(key string, elt *Object) bool {
	return o.insertKeyCommon(elt, key, false, false)
}

// InsertKeyMerged stores elt under key, merging objects with an existing
// value of the key.
func (o *Object) InsertKeyMerged(key string, elt *Object) bool {
	return o.insertKeyCommon(elt, key, true, false)
}

// ReplaceKey stores elt under key, replacing an existing value; it returns
// false if the key was not present (elt is inserted anyway).
func (o *Object) ReplaceKey(key string, elt *Object) bool {
	return o.insertKeyCommon(elt, key, false, true)
}

// DeleteKey removes key and its values; it reports whether it was present.
func (o *Object) DeleteKey(key string) bool {
	return o.PopKey(key) != nil
}

// PopKey removes key and returns its value (with its implicit array).
func (o *Object) PopKey(key string) *Object {
	found := o.Lookup(key)
	if found == nil {
		return nil
	}
	o.hash.delete(found)
	o.n--
	return found
}

// chainConcat appends the implicit array starting at elt to the one
// starting at head.
func chainConcat(head, elt *Object) {
	tail := head.prev
	eltTail := elt.prev
	tail.next = elt
	elt.prev = tail
	head.prev = eltTail
}

// chainAppend appends the single value elt to the implicit array of head.
func chainAppend(head, elt *Object) {
	elt.prev = head.prev
	head.prev.next = elt
	head.prev = elt
	elt.next = nil
}

// AppendValue adds elt to the implicit array headed by o and returns the
// head (elt itself when o is nil).
func (o *Object) AppendValue(elt *Object) *Object {
	if o == nil {
		elt.next = nil
		elt.prev = elt
		return elt
	}
	chainAppend(o, elt)
	return o
}

// Merge merges elt into o like ucl_object_merge: arrays are concatenated,
// object keys are merged recursively and scalars replaced. With copy, the
// merged values are deep copies.
func (o *Object) Merge(elt *Object, copyValues bool) bool {
	if o == nil || elt == nil {
		return false
	}
	take := func(v *Object) *Object {
		if copyValues {
			return v.Copy()
		}
		return v
	}
	mergeOne := func(cp *Object) bool {
		h := o.ensureHash(false)
		found := h.search(cp.key)
		if found == nil {
			h.insert(cp)
			o.n++
			return true
		}
		if found.typ == TypeObject || found.typ == TypeArray {
			return found.Merge(cp, copyValues)
		}
		h.replace(found, cp)
		return true
	}
	switch o.typ {
	case TypeArray:
		if elt.typ == TypeArray {
			return o.ArrayMerge(elt, copyValues)
		}
		o.ArrayAppend(take(elt))
		return true
	case TypeObject:
		if elt.typ == TypeObject {
			if elt.hash == nil {
				return true
			}
			for e := elt.hash.head; e != nil; e = e.next {
				if !mergeOne(take(e.obj)) {
					return false
				}
			}
			return true
		}
		return mergeOne(take(elt))
	}
	return false
}

// ArrayAppend adds elt at the end of an array.
func (o *Object) ArrayAppend(elt *Object) bool {
	if o == nil || o.typ != TypeArray || elt == nil {
		return false
	}
	o.arr = append(o.arr, elt)
	o.n++
	return true
}

// ArrayPrepend adds elt at the start of an array.
func (o *Object) ArrayPrepend(elt *Object) bool {
	if o == nil || o.typ != TypeArray || elt == nil {
		return false
	}
	o.arr = append([]*Object{elt}, o.arr...)
	o.n++
	return true
}

// ArrayMerge appends the elements of array elt to array o.
func (o *Object) ArrayMerge(elt *Object, copyValues bool) bool {
	if o == nil || elt == nil || o.typ != TypeArray || elt.typ != TypeArray {
		return false
	}
	src := elt
	if copyValues {
		src = elt.Copy()
	}
	for _, e := range src.arr {
		o.arr = append(o.arr, e)
		if e != nil {
			o.n++
		}
	}
	return true
}

// ArrayDelete removes elt from an array and returns it (nil if absent).
func (o *Object) ArrayDelete(elt *Object) *Object {
	if o == nil || o.typ != TypeArray {
		return nil
	}
	for i, e := range o.arr {
		if e == elt {
			o.arr = append(o.arr[:i], o.arr[i+1:]...)
			o.n--
			return elt
		}
	}
	return nil
}

// ArrayHead returns the first element of an array.
func (o *Object) ArrayHead() *Object { return o.ArrayIndex(0) }

// ArrayTail returns the last element of an array.
func (o *Object) ArrayTail() *Object {
	if o == nil || o.typ != TypeArray || len(o.arr) == 0 {
		return nil
	}
	return o.arr[len(o.arr)-1]
}

// ArrayPopLast removes and returns the last element of an array.
func (o *Object) ArrayPopLast() *Object {
	if o == nil || o.typ != TypeArray || len(o.arr) == 0 {
		return nil
	}
	t := o.arr[len(o.arr)-1]
	o.arr = o.arr[:len(o.arr)-1]
	o.n--
	return t
}

// ArrayPopFirst removes and returns the first element of an array.
func (o *Object) ArrayPopFirst() *Object {
	if o == nil || o.typ != TypeArray || len(o.arr) == 0 {
		return nil
	}
	h := o.arr[0]
	o.arr = o.arr[1:]
	o.n--
	return h
}

// ArraySize returns the number of elements of an array.
func (o *Object) ArraySize() int {
	if o == nil || o.typ != TypeArray {
		return 0
	}
	return len(o.arr)
}

// ArrayIndex returns the element at index i of an array, or nil.
func (o *Object) ArrayIndex(i int) *Object {
	if o == nil || o.typ != TypeArray || i < 0 || i >= len(o.arr) {
		return nil
	}
	return o.arr[i]
}

// ArrayIndexOf returns the index of elt in an array, or -1.
func (o *Object) ArrayIndexOf(elt *Object) int {
	if o == nil || o.typ != TypeArray {
		return -1
	}
	for i, e := range o.arr {
		if e == elt {
			return i
		}
	}
	return -1
}

// ArrayReplaceIndex puts elt at index i and returns the previous element.
func (o *Object) ArrayReplaceIndex(i int, elt *Object) *Object {
	if o == nil || o.typ != TypeArray || i < 0 || i >= len(o.arr) {
		return nil
	}
	old := o.arr[i]
	o.arr[i] = elt
	return old
}

// ArraySort sorts an array with cmp (qsort order is not stable upstream;
// a stable sort gives one of its possible results).
func (o *Object) ArraySort(cmp func(a, b *Object) int) {
	if o == nil || o.typ != TypeArray || cmp == nil {
		return
	}
	slices.SortStableFunc(o.arr, cmp)
}

// SortKeys orders the keys of an object: shorter keys first, then bytewise.
func (o *Object) SortKeys(fl SortFlags) {
	if o != nil && o.typ == TypeObject && o.hash != nil {
		o.hash.sort(fl)
	}
}

// Copy returns a deep copy of the object and of its implicit array. As
// upstream's copy does, the length of copied containers keeps the original
// count in addition to the elements inserted again.
func (o *Object) Copy() *Object {
	return o.copyInternal(true)
}

func (o *Object) copyInternal(withChain bool) *Object {
	if o == nil {
		return nil
	}
	n := &Object{typ: o.typ, flags: o.flags, prio: o.prio, key: o.key,
		iv: o.iv, dv: o.dv, sv: o.sv, n: o.n}
	n.prev = n
	if o.ud != nil {
		u := *o.ud
		n.ud = &u
	}
	switch o.typ {
	case TypeArray:
		for _, cur := range o.arr {
			if cur != nil {
				n.ArrayAppend(cur.copyInternal(false))
			}
		}
	case TypeObject:
		for cur := range o.All() {
			cp := cur.copyInternal(true)
			n.InsertKey(cp.key, cp)
		}
	default:
		if withChain {
			for cur := o.next; cur != nil; cur = cur.next {
				chainAppend(n, cur.copyInternal(false))
			}
		}
	}
	return n
}

// Compare orders two objects like ucl_object_compare.
func Compare(a, b *Object) int {
	if a.typ != b.typ {
		return int(a.typ) - int(b.typ)
	}
	switch a.typ {
	case TypeString:
		if a.n == b.n && a.n > 0 {
			return strings.Compare(cconv.CString(a.sv), cconv.CString(b.sv))
		}
		return int(int32(a.n - b.n))
	case TypeFloat, TypeInt, TypeTime:
		return int(cDoubleToInt32(a.Float() - b.Float()))
	case TypeBoolean:
		return int(a.iv&1) - int(b.iv&1)
	case TypeArray:
		if a.n == b.n && a.n > 0 {
			for i, x := range a.arr {
				var y *Object
				if i < len(b.arr) {
					y = b.arr[i]
				}
				switch {
				case x == nil && y != nil:
					return -1
				case y == nil && x != nil:
					return 1
				case x != nil && y != nil:
					if r := Compare(x, y); r != 0 {
						return r
					}
				}
			}
			return 0
		}
		return int(int32(a.n - b.n))
	case TypeObject:
		if a.n == b.n && a.n > 0 {
			for x := range a.All() {
				y := b.Lookup(cconv.CString(x.key))
				if y == nil {
					return 1
				}
				if r := Compare(x, y); r != 0 {
					return r
				}
			}
			return 0
		}
		return int(int32(a.n - b.n))
	}
	return 0
}

func formatInt(v int64) string { return strconv.FormatInt(v, 10) }
