package ucl

// Container type changes that lua_ucl's __newindex makes on wrapped
// objects, where Lua does not tell arrays from objects.

// ArrayToObject turns an array into an object holding no key, dropping
// its elements, as a string key assigned to a wrapped array does. The
// length count stays as it was (upstream leaves it), so the object
// counts the dropped elements with its keys. It reports whether o was
// an array.
func (o *Object) ArrayToObject() bool {
	if o == nil || o.typ != TypeArray {
		return false
	}
	o.arr = nil
	o.hash = nil
	o.typ = TypeObject
	return true
}

// EmptyObjectToArray turns an object that never held a key into an empty
// array, as index 1 assigned to a wrapped object does. It reports whether
// it did.
func (o *Object) EmptyObjectToArray() bool {
	if o == nil || o.typ != TypeObject || o.n != 0 || o.hash != nil {
		return false
	}
	o.typ = TypeArray
	return true
}
