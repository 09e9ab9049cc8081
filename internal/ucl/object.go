package ucl

import (
	"iter"
	"strings"
)

// Type is the type of an Object.
type Type uint8

// The object types, numbered as upstream numbers them (the numbers leak into
// comparisons and sort orders).
const (
	TypeObject   Type = iota // key/value pairs in insertion order
	TypeArray                // explicit array
	TypeInt                  // 64-bit signed integer
	TypeFloat                // double
	TypeString               // byte string
	TypeBoolean              // true or false
	TypeTime                 // seconds as a double (value with a time suffix)
	TypeUserdata             // opaque value of the embedding program
	TypeNull                 // null
)

// String returns the name upstream prints for the type ("object", "array",
// "integer", "number", "string", "boolean", "userdata", "null").
func (t Type) String() string {
	switch t {
	case TypeObject:
		return "object"
	case TypeArray:
		return "array"
	case TypeInt:
		return "integer"
	case TypeFloat, TypeTime:
		return "number"
	case TypeString:
		return "string"
	case TypeBoolean:
		return "boolean"
	case TypeUserdata:
		return "userdata"
	case TypeNull:
		return "null"
	}
	return "unknown"
}

// TypeByName converts a type name as accepted by upstream (case-insensitive
// "object", "array", "integer", "number", "string", "boolean", "null",
// "userdata") to a Type.
func TypeByName(name string) (Type, bool) {
	switch strings.ToLower(name) {
	case "object":
		return TypeObject, true
	case "array":
		return TypeArray, true
	case "integer":
		return TypeInt, true
	case "number":
		return TypeFloat, true
	case "string":
		return TypeString, true
	case "boolean":
		return TypeBoolean, true
	case "null":
		return TypeNull, true
	case "userdata":
		return TypeUserdata, true
	}
	return TypeNull, false
}

// Flags are per-object flags.
type Flags uint16

// Object flags (the bit values are upstream's).
const (
	FlagNeedKeyEscape Flags = 1 << 2 // key has bytes that need quoting on output
	FlagMultiline     Flags = 1 << 4 // string came from a heredoc or should be printed as one
	FlagMultivalue    Flags = 1 << 5 // array built from a repeated key
	FlagInherited     Flags = 1 << 6 // copied by .inherit (or a trailing comment)
	FlagBinary        Flags = 1 << 7 // string holds raw binary data
	FlagSquoted       Flags = 1 << 8 // string was single-quoted
)

// MaxPriority is the highest object priority: upstream keeps priorities in
// four bits, so larger values are reduced modulo 16.
const MaxPriority = 15

// Object is a UCL value: a scalar, an object (ordered keys) or an array.
// Values of a key repeated in one object are chained into an implicit array:
// the first value is stored in the object and Next walks the others.
type Object struct {
	typ   Type
	flags Flags
	prio  uint8
	key   string

	iv   int64   // int and boolean value
	dv   float64 // float and time value
	sv   string  // string value
	hash *objHash
	arr  []*Object
	ud   *userdata

	// Implicit array links: next is nil at the tail; the head's prev points
	// at the tail, every other element's prev at its predecessor.
	next, prev *Object

	// n mirrors upstream's len field: string length, number of array
	// elements, or for objects the number of keys plus values appended to
	// implicit arrays by the parser. Emitters depend on it.
	n uint32
}

type userdata struct {
	value any
	emit  func() (string, bool)
}

// newObject returns a detached object of type t with priority prio.
func newObject(t Type, prio uint) *Object {
	if t > TypeNull {
		t = TypeNull
	}
	o := &Object{typ: t}
	o.prev = o
	o.SetPriority(prio)
	return o
}

// New returns an empty object of type t (an empty object or array for the
// container types, zero or empty for scalars).
func New(t Type) *Object { return newObject(t, 0) }

// NewWithPriority returns an empty object of type t with priority prio.
func NewWithPriority(t Type, prio uint) *Object { return newObject(t, prio) }

// NewString returns a string object holding s as is.
func NewString(s string) *Object {
	o := newObject(TypeString, 0)
	o.sv = s
	o.n = uint32(len(s))
	return o
}

// NewInt returns an integer object.
func NewInt(v int64) *Object {
	o := newObject(TypeInt, 0)
	o.iv = v
	return o
}

// NewFloat returns a float object.
func NewFloat(v float64) *Object { return newDouble(TypeFloat, v) }

// NewTime returns a time object (seconds).
func NewTime(v float64) *Object { return newDouble(TypeTime, v) }

func newDouble(t Type, v float64) *Object {
	o := newObject(t, 0)
	o.dv = v
	return o
}

// NewBool returns a boolean object.
func NewBool(v bool) *Object {
	o := newObject(TypeBoolean, 0)
	if v {
		o.iv = 1
	}
	return o
}

// NewNull returns a null object.
func NewNull() *Object { return newObject(TypeNull, 0) }

// NewUserdata returns a userdata object wrapping v. When emitted, emit is
// called for its string form; a nil emit or a false result gives "null"
// (and an empty string when emit is nil, as upstream does).
func NewUserdata(v any, emit func() (string, bool)) *Object {
	o := newObject(TypeNull, 0)
	o.typ = TypeUserdata
	o.ud = &userdata{value: v, emit: emit}
	return o
}

// Type returns the object's type; a nil object is null.
func (o *Object) Type() Type {
	if o == nil {
		return TypeNull
	}
	return o.typ
}

// Key returns the key under which the object is stored ("" if none).
func (o *Object) Key() string {
	if o == nil {
		return ""
	}
	return o.key
}

// SetKey sets the object's key without inserting it anywhere.
func (o *Object) SetKey(k string) { o.key = k }

// Priority returns the object's priority (0..15).
func (o *Object) Priority() uint {
	if o == nil {
		return 0
	}
	return uint(o.prio)
}

// SetPriority sets the priority; only the low four bits are kept.
func (o *Object) SetPriority(p uint) {
	if o != nil {
		o.prio = uint8(p & MaxPriority)
	}
}

// Flags returns the object's flags.
func (o *Object) Flags() Flags { return o.flags }

// SetFlags replaces the object's flags.
func (o *Object) SetFlags(f Flags) { o.flags = f }

// Len returns upstream's length field: the byte length of a string, the
// number of array elements, or for an object its number of keys plus the
// extra values of implicit arrays the parser added.
func (o *Object) Len() int {
	if o == nil {
		return 0
	}
	return int(o.n)
}

// Next returns the next value of an implicit array, or nil.
func (o *Object) Next() *Object { return o.next }

// Values returns the object followed by the other values of its implicit
// array.
func (o *Object) Values() []*Object {
	var out []*Object
	for cur := o; cur != nil; cur = cur.next {
		out = append(out, cur)
	}
	return out
}

// Userdata returns the value of a userdata object.
func (o *Object) Userdata() any {
	if o == nil || o.ud == nil {
		return nil
	}
	return o.ud.value
}

// AsFloat returns the numeric value of an int, float or time object.
func (o *Object) AsFloat() (float64, bool) {
	if o == nil {
		return 0, false
	}
	switch o.typ {
	case TypeInt:
		return float64(o.iv), true
	case TypeFloat, TypeTime:
		return o.dv, true
	}
	return 0, false
}

// Float returns AsFloat's value or 0.
func (o *Object) Float() float64 {
	v, _ := o.AsFloat()
	return v
}

// AsInt returns the value of an int object, or the truncated value of a
// float or time object.
func (o *Object) AsInt() (int64, bool) {
	if o == nil {
		return 0, false
	}
	switch o.typ {
	case TypeInt:
		return o.iv, true
	case TypeFloat, TypeTime:
		return cDoubleToInt64(o.dv), true
	}
	return 0, false
}

// Int returns AsInt's value or 0.
func (o *Object) Int() int64 {
	v, _ := o.AsInt()
	return v
}

// AsBool returns the value of a boolean object.
func (o *Object) AsBool() (bool, bool) {
	if o == nil || o.typ != TypeBoolean {
		return false, false
	}
	return o.iv != 0, true
}

// Bool returns AsBool's value or false.
func (o *Object) Bool() bool {
	v, _ := o.AsBool()
	return v
}

// AsString returns the value of a string object.
func (o *Object) AsString() (string, bool) {
	if o == nil || o.typ != TypeString {
		return "", false
	}
	return o.sv, true
}

// Str returns AsString's value or "".
func (o *Object) Str() string {
	v, _ := o.AsString()
	return v
}

// StringForced returns a string form of any object: the string itself, or
// the value in JSON notation for scalars, "object", "array" or "userdata".
func (o *Object) StringForced() string {
	if o == nil {
		return ""
	}
	switch o.typ {
	case TypeString:
		return o.sv
	case TypeObject:
		return "object"
	case TypeArray:
		return "array"
	case TypeInt:
		return formatInt(o.iv)
	case TypeFloat, TypeTime:
		return string(appendDouble(nil, o.dv))
	case TypeNull:
		return "null"
	case TypeBoolean:
		if o.iv != 0 {
			return "true"
		}
		return "false"
	}
	return "userdata"
}

// SetInt turns the object into an integer with value v.
func (o *Object) SetInt(v int64) { o.typ, o.iv, o.n = TypeInt, v, 0 }

// SetFloat turns the object into a float with value v.
func (o *Object) SetFloat(v float64) { o.typ, o.dv, o.n = TypeFloat, v, 0 }

// SetString turns the object into a string with value s.
func (o *Object) SetString(s string) { o.typ, o.sv, o.n = TypeString, s, uint32(len(s)) }

// All iterates the way upstream's ucl_object_iterate does with expanded
// values: the keys' first values of an object in order, the elements of an
// array, or the values of a scalar's implicit array.
func (o *Object) All() iter.Seq[*Object] {
	return func(yield func(*Object) bool) {
		if o == nil {
			return
		}
		switch o.typ {
		case TypeObject:
			if o.hash != nil {
				for e := o.hash.head; e != nil; e = e.next {
					if !yield(e.obj) {
						return
					}
				}
			}
		case TypeArray:
			for _, e := range o.arr {
				if e != nil && !yield(e) {
					return
				}
			}
		default:
			for cur := o; cur != nil; cur = cur.next {
				if !yield(cur) {
					return
				}
			}
		}
	}
}

// IterateMode selects what a safe iteration walks (upstream's
// ucl_iterate_type).
type IterateMode uint8

// Iteration modes. IterateExplicit alone stops after the first container;
// IterateImplicit and IterateBoth walk the whole implicit array.
const (
	IterateExplicit IterateMode = 1 << 0
	IterateImplicit IterateMode = 1 << 1
	IterateBoth                 = IterateExplicit | IterateImplicit
)

// Iterate walks the object like upstream's safe iterator: a container's
// elements are yielded and then, with IterateImplicit, the walk goes on with
// the next value of the implicit array; scalar values of an implicit array
// are yielded themselves. An object that never had a key ends the walk.
func (o *Object) Iterate(mode IterateMode) iter.Seq[*Object] {
	return func(yield func(*Object) bool) {
		cur := o
		for cur != nil {
			switch cur.typ {
			case TypeObject, TypeArray:
				if cur.typ == TypeObject && cur.hash == nil {
					return
				}
				for e := range cur.All() {
					if !yield(e) {
						return
					}
				}
				if mode&IterateImplicit == 0 {
					return
				}
				cur = cur.next
			default:
				if !yield(cur) {
					return
				}
				cur = cur.next
			}
		}
	}
}

// cDoubleToInt64 converts like a C cast from double to int64_t on x86-64:
// out-of-range values and NaN give the "integer indefinite" value.
func cDoubleToInt64(v float64) int64 {
	if v != v || v >= 9223372036854775808.0 || v < -9223372036854775808.0 {
		return -9223372036854775808
	}
	return int64(v)
}

// cDoubleToInt32 converts like a C cast from double to int on x86-64.
func cDoubleToInt32(v float64) int32 {
	if v != v || v >= 2147483648.0 || v <= -2147483649.0 {
		return -2147483648
	}
	return int32(v)
}
