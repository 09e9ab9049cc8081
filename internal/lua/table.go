package lua

/*
#include "golua.h"
*/
import "C"

import (
	"unsafe"
)

// Ref is a reference to a value kept in the registry (luaL_ref).
type Ref int

// Special references: RefNil refers to nil, NoRef to nothing.
const (
	RefNil Ref = C.LUA_REFNIL
	NoRef  Ref = C.LUA_NOREF
)

// The table operations that may run metamethods (GetTable, GetField,
// SetTable, SetField, GetGlobal, SetGlobal, Concat, Equal, LessThan) run
// protected. If a metamethod raises, inside a Go function the error
// propagates to the Lua caller as it would from C; elsewhere they panic with
// an error: use PCall around code that may meet hostile metatables.

func (s *State) rethrow() {
	msg, _ := s.ToString(-1)
	panic(rethrowPanic{msg})
}

// Error makes an escaped rethrow readable.
func (p rethrowPanic) Error() string { return "lua: unprotected error: " + p.msg }

// NewTable pushes a new table with room for narr array and nrec hash elements.
func (s *State) NewTable(narr, nrec int) { C.lua_createtable(s.l, C.int(narr), C.int(nrec)) }

// GetTable pops a key and pushes t[key] for the table (or indexable value)
// at idx, and returns the type of the result.
func (s *State) GetTable(idx int) Type {
	s.invalidate()
	t := C.gol_gettable(s.l, s.g.cs, C.int(idx))
	if t == -2 {
		s.rethrow()
	}
	return Type(t)
}

// GetField pushes t[k] for the value at idx and returns its type.
func (s *State) GetField(idx int, k string) Type {
	t := C.gol_getfield(s.l, s.g.cs, C.int(idx), (*C.char)(unsafe.Pointer(unsafe.StringData(k))), C.size_t(len(k)))
	if t == -2 {
		s.rethrow()
	}
	return Type(t)
}

// SetTable does t[key] = value with the value on top and the key below it,
// popping both.
func (s *State) SetTable(idx int) {
	s.invalidate()
	if C.gol_settable(s.l, s.g.cs, C.int(idx)) != 0 {
		s.rethrow()
	}
}

// SetField pops a value and does t[k] = value.
func (s *State) SetField(idx int, k string) {
	s.invalidate()
	if C.gol_setfield(s.l, s.g.cs, C.int(idx), (*C.char)(unsafe.Pointer(unsafe.StringData(k))), C.size_t(len(k))) != 0 {
		s.rethrow()
	}
}

// GetGlobal pushes the global name and returns its type.
func (s *State) GetGlobal(name string) Type { return s.GetField(GlobalsIndex, name) }

// SetGlobal pops a value into the global name.
func (s *State) SetGlobal(name string) { s.SetField(GlobalsIndex, name) }

// RawGet pops a key and pushes t[key] without metamethods; returns its type.
func (s *State) RawGet(idx int) Type {
	s.invalidate()
	C.lua_rawget(s.l, C.int(idx))
	return s.Type(-1)
}

// RawSet pops a value and a key and does t[key] = value without
// metamethods. The key must be neither nil nor NaN.
func (s *State) RawSet(idx int) {
	s.invalidate()
	C.lua_rawset(s.l, C.int(idx))
}

// RawGetInt pushes t[n] without metamethods and returns its type.
func (s *State) RawGetInt(idx int, n int) Type {
	C.lua_rawgeti(s.l, C.int(idx), C.int(n))
	return s.Type(-1)
}

// RawSetInt pops a value into t[n] without metamethods.
func (s *State) RawSetInt(idx int, n int) {
	s.invalidate()
	C.lua_rawseti(s.l, C.int(idx), C.int(n))
}

// RawGetField pushes t[k] without metamethods and returns its type.
func (s *State) RawGetField(idx int, k string) Type {
	return Type(C.gol_rawgetfield(s.l, C.int(idx), (*C.char)(unsafe.Pointer(unsafe.StringData(k))), C.size_t(len(k))))
}

// RawSetField pops a value into t[k] without metamethods.
func (s *State) RawSetField(idx int, k string) {
	s.invalidate()
	C.gol_rawsetfield(s.l, C.int(idx), (*C.char)(unsafe.Pointer(unsafe.StringData(k))), C.size_t(len(k)))
}

// Next pops a key and pushes the next key and value of the table at idx,
// or pushes nothing and returns false at the end. Start with PushNil. The
// key left on the stack must not be modified (ToString does not modify it).
func (s *State) Next(idx int) bool {
	s.invalidate()
	return C.lua_next(s.l, C.int(idx)) != 0
}

// GetMetatable pushes the metatable of the value at idx and reports whether
// there was one (nothing is pushed otherwise).
func (s *State) GetMetatable(idx int) bool { return C.lua_getmetatable(s.l, C.int(idx)) != 0 }

// SetMetatable pops a table (or nil) and sets it as the metatable of the value at idx.
func (s *State) SetMetatable(idx int) {
	s.invalidate()
	C.lua_setmetatable(s.l, C.int(idx))
}

// Concat pops n values and pushes their concatenation (with __concat).
func (s *State) Concat(n int) {
	s.invalidate()
	if C.gol_concat(s.l, s.g.cs, C.int(n)) != 0 {
		s.rethrow()
	}
}

// Equal reports whether the values at a and b are equal (with __eq).
func (s *State) Equal(a, b int) bool { return s.compare(a, b, 0) }

// LessThan reports whether the value at a is less than the one at b (with __lt).
func (s *State) LessThan(a, b int) bool { return s.compare(a, b, 1) }

func (s *State) compare(a, b, op int) bool {
	r := C.gol_compare(s.l, s.g.cs, C.int(a), C.int(b), C.int(op))
	if r == -2 {
		s.rethrow()
	}
	return r != 0
}

// Ref pops the top value into the registry and returns a reference to it
// (RefNil for nil).
func (s *State) Ref() Ref {
	s.invalidate()
	return Ref(C.luaL_ref(s.l, RegistryIndex))
}

// Unref releases a reference.
func (s *State) Unref(r Ref) { C.luaL_unref(s.l, RegistryIndex, C.int(r)) }

// PushRef pushes the value a reference refers to.
func (s *State) PushRef(r Ref) { C.lua_rawgeti(s.l, RegistryIndex, C.int(r)) }
