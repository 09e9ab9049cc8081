package lua

/*
#include "golua.h"
*/
import "C"

import (
	"strings"
	"unsafe"
)

// Type is a Lua value type, as lua_type returns it.
type Type int

// Lua value types.
const (
	TypeNone          Type = C.LUA_TNONE
	TypeNil           Type = C.LUA_TNIL
	TypeBoolean       Type = C.LUA_TBOOLEAN
	TypeLightUserdata Type = C.LUA_TLIGHTUSERDATA
	TypeNumber        Type = C.LUA_TNUMBER
	TypeString        Type = C.LUA_TSTRING
	TypeTable         Type = C.LUA_TTABLE
	TypeFunction      Type = C.LUA_TFUNCTION
	TypeUserdata      Type = C.LUA_TUSERDATA
	TypeThread        Type = C.LUA_TTHREAD
)

var typeNames = [...]string{"no value", "nil", "boolean", "userdata", "number", "string", "table", "function", "userdata", "thread"}

// String returns the name Lua uses for the type ("no value" for TypeNone).
func (t Type) String() string {
	if t < TypeNone || t > TypeThread {
		return "?"
	}
	return typeNames[t+1]
}

// Pseudo-indices.
const (
	RegistryIndex = C.LUA_REGISTRYINDEX
	GlobalsIndex  = C.LUA_GLOBALSINDEX
)

// MinStack is the number of free stack slots a Go function may use without
// calling CheckStack.
const MinStack = C.LUA_MINSTACK

// UpvalueIndex returns the pseudo-index of upvalue n (from 1) of the running
// Go closure, as pushed by PushClosure.
func UpvalueIndex(n int) int { return GlobalsIndex - (n + 1) }

// GetTop returns the index of the top element (the number of values).
func (s *State) GetTop() int { return int(C.lua_gettop(s.l)) }

// SetTop sets the stack top, dropping values or filling with nils.
func (s *State) SetTop(idx int) {
	s.invalidate()
	C.lua_settop(s.l, C.int(idx))
}

// Pop removes n values.
func (s *State) Pop(n int) {
	s.invalidate()
	C.lua_settop(s.l, C.int(-n-1))
}

// PushValue pushes a copy of the value at idx.
func (s *State) PushValue(idx int) { C.lua_pushvalue(s.l, C.int(idx)) }

// Remove removes the value at idx, shifting those above down.
func (s *State) Remove(idx int) {
	s.invalidate()
	C.lua_remove(s.l, C.int(idx))
}

// Insert moves the top value to idx, shifting those above up.
func (s *State) Insert(idx int) {
	s.invalidate()
	C.lua_insert(s.l, C.int(idx))
}

// Replace pops the top value into idx.
func (s *State) Replace(idx int) {
	s.invalidate()
	C.lua_replace(s.l, C.int(idx))
}

// AbsIndex converts a negative stack index into a positive one.
func (s *State) AbsIndex(idx int) int {
	if idx > 0 || idx <= RegistryIndex {
		return idx
	}
	return s.GetTop() + idx + 1
}

// CheckStack makes room for n more values; it reports false if the stack
// cannot grow that much.
func (s *State) CheckStack(n int) bool { return C.lua_checkstack(s.l, C.int(n)) != 0 }

// XMove pops n values from s and pushes them onto to (a thread of the same state).
func (s *State) XMove(to *State, n int) {
	s.invalidate()
	C.lua_xmove(s.l, to.l, C.int(n))
}

// Type returns the type of the value at idx (TypeNone past the top).
func (s *State) Type(idx int) Type {
	if a := s.arg(idx); a != nil {
		return Type(a._type)
	}
	return Type(C.lua_type(s.l, C.int(idx)))
}

// TypeName returns the type name of the value at idx.
func (s *State) TypeName(idx int) string { return s.Type(idx).String() }

// IsNil reports whether the value at idx is nil.
func (s *State) IsNil(idx int) bool { return s.Type(idx) == TypeNil }

// IsNoneOrNil reports whether idx is past the top or holds nil.
func (s *State) IsNoneOrNil(idx int) bool { return s.Type(idx) <= TypeNil }

// IsNumber reports whether the value at idx is a number or a numeric string.
func (s *State) IsNumber(idx int) bool {
	if a := s.arg(idx); a != nil && a._type != C.LUA_TSTRING {
		return a._type == C.LUA_TNUMBER
	}
	return C.lua_isnumber(s.l, C.int(idx)) != 0
}

// IsString reports whether the value at idx is a string or a number.
func (s *State) IsString(idx int) bool {
	t := s.Type(idx)
	return t == TypeString || t == TypeNumber
}

// IsTable reports whether the value at idx is a table.
func (s *State) IsTable(idx int) bool { return s.Type(idx) == TypeTable }

// IsFunction reports whether the value at idx is a function.
func (s *State) IsFunction(idx int) bool { return s.Type(idx) == TypeFunction }

// IsUserdata reports whether the value at idx is a full or light userdata.
func (s *State) IsUserdata(idx int) bool {
	t := s.Type(idx)
	return t == TypeUserdata || t == TypeLightUserdata
}

// PushNil pushes nil.
func (s *State) PushNil() { C.lua_pushnil(s.l) }

// PushBool pushes a boolean.
func (s *State) PushBool(b bool) {
	var v C.int
	if b {
		v = 1
	}
	C.lua_pushboolean(s.l, v)
}

// PushNumber pushes a number.
func (s *State) PushNumber(n float64) { C.lua_pushnumber(s.l, C.lua_Number(n)) }

// PushInteger pushes an integer (LuaJIT numbers are doubles: exact up to 2^53).
func (s *State) PushInteger(n int64) { C.lua_pushinteger(s.l, C.lua_Integer(n)) }

// PushString pushes a copy of str (Lua interns it; Go does not copy first).
func (s *State) PushString(str string) {
	C.lua_pushlstring(s.l, (*C.char)(unsafe.Pointer(unsafe.StringData(str))), C.size_t(len(str)))
}

// PushBytes pushes a copy of b as a Lua string.
func (s *State) PushBytes(b []byte) {
	C.lua_pushlstring(s.l, (*C.char)(unsafe.Pointer(unsafe.SliceData(b))), C.size_t(len(b)))
}

// PushLightUserdata pushes p as a light userdata. p must not point into Go
// memory (use PushUserdata for Go values).
func (s *State) PushLightUserdata(p unsafe.Pointer) { C.lua_pushlightuserdata(s.l, p) }

// PushGlobalTable pushes the globals table.
func (s *State) PushGlobalTable() { C.lua_pushvalue(s.l, GlobalsIndex) }

// PushThread pushes the thread s onto its own stack and reports whether it
// is the main thread.
func (s *State) PushThread() bool { return C.lua_pushthread(s.l) != 0 }

// ToBool returns the truth of the value at idx (false only for nil, false and none).
func (s *State) ToBool(idx int) bool {
	if a := s.arg(idx); a != nil {
		return a._type > C.LUA_TBOOLEAN || (a._type == C.LUA_TBOOLEAN && a.num != 0)
	}
	return C.lua_toboolean(s.l, C.int(idx)) != 0
}

// ToNumber returns the number at idx (converting numeric strings), or 0.
func (s *State) ToNumber(idx int) float64 {
	n, _ := s.ToNumberOK(idx)
	return n
}

// ToInteger returns the number at idx truncated to an integer, or 0.
func (s *State) ToInteger(idx int) int64 {
	n, _ := s.ToIntegerOK(idx)
	return n
}

// ToNumberOK returns the number at idx and whether it is a number or numeric string.
func (s *State) ToNumberOK(idx int) (float64, bool) {
	if a := s.arg(idx); a != nil && a._type != C.LUA_TSTRING {
		if a._type != C.LUA_TNUMBER {
			return 0, false
		}
		return float64(a.num), true
	}
	r := C.gol_tonumber(s.l, C.int(idx))
	return float64(r.v), r.ok != 0
}

// ToIntegerOK returns the integer at idx and whether it is a number or numeric string.
func (s *State) ToIntegerOK(idx int) (int64, bool) {
	n, ok := s.ToNumberOK(idx)
	return int64(n), ok // truncation, as lua_tointeger does on 64-bit
}

// ToString returns a copy of the string (or number, formatted as Lua does)
// at idx, and whether the value was one. Numbers are converted on a copy,
// so ToString is safe on keys during Next.
func (s *State) ToString(idx int) (string, bool) {
	if str, ok := s.cachedString(idx); ok {
		return strings.Clone(str), true
	}
	r := C.gol_tolstring(s.l, C.int(idx))
	if r.p == nil {
		return "", false
	}
	return C.GoStringN(r.p, C.int(r.n)), true
}

// ToBytes is ToString returning a fresh byte slice.
func (s *State) ToBytes(idx int) ([]byte, bool) {
	if str, ok := s.cachedString(idx); ok {
		return []byte(str), true
	}
	r := C.gol_tolstring(s.l, C.int(idx))
	if r.p == nil {
		return nil, false
	}
	return C.GoBytes(unsafe.Pointer(r.p), C.int(r.n)), true
}

// ToStringView returns the Lua string at idx without copying it. The
// result aliases Lua memory: it is valid only while that string value stays
// reachable (on the stack or referenced) and must never be retained. Numbers
// are not converted (ok is false).
func (s *State) ToStringView(idx int) (string, bool) {
	if str, ok := s.cachedString(idx); ok {
		return str, true
	}
	r := C.gol_strview(s.l, C.int(idx))
	if r.p == nil {
		return "", false
	}
	return unsafe.String((*byte)(unsafe.Pointer(r.p)), int(r.n)), true
}

// ToBytesView is ToStringView as a byte slice; callers must not modify it.
func (s *State) ToBytesView(idx int) ([]byte, bool) {
	str, ok := s.ToStringView(idx)
	return unsafe.Slice(unsafe.StringData(str), len(str)), ok
}

// ToLightUserdata returns the pointer of a light or full userdata at idx, or nil.
func (s *State) ToLightUserdata(idx int) unsafe.Pointer { return C.lua_touserdata(s.l, C.int(idx)) }

// ToPointer returns the address of a table, function, thread or userdata
// (for identity and printing only).
func (s *State) ToPointer(idx int) uintptr { return uintptr(C.lua_topointer(s.l, C.int(idx))) }

// ToThread returns the State of the coroutine at idx, or nil.
func (s *State) ToThread(idx int) *State {
	l := C.lua_tothread(s.l, C.int(idx))
	if l == nil {
		return nil
	}
	return s.g.stateFor(l)
}

// ObjLen returns the length of a string or table (the # operator without
// metamethods) or the size of a userdata.
func (s *State) ObjLen(idx int) int {
	if str, ok := s.cachedString(idx); ok {
		return len(str)
	}
	return int(C.gol_objlen(s.l, C.int(idx)))
}

// RawEqual reports whether the values at a and b are primitively equal.
func (s *State) RawEqual(a, b int) bool { return C.lua_rawequal(s.l, C.int(a), C.int(b)) != 0 }
