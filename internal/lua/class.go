package lua

/*
#include <stdlib.h>
#include "golua.h"
*/
import "C"

import (
	"strings"
	"unsafe"
)

// Class is a userdata class of one state, laid out as rspamd lays its
// classes out: a metatable holding the methods and metamethods, with
// __index pointing at itself (unless a method named __index is given),
// class = the class name (e.g. "rspamd{config}") and [1] = the class id.
// The metatable is also registry[name]. Its __gc releases the Go value.
type Class struct {
	name      string
	argName   string
	id        uint32
	ref       C.int
	finalizer func(v any)
	g         *global
}

// NewClass creates a class with methods and metamethods (names starting
// with "__"). A "__gc" entry is not allowed: use SetFinalizer.
func (s *State) NewClass(name string, methods []Reg) *Class {
	g := s.g
	c := &Class{name: name, argName: defaultArgName(name), id: uint32(len(g.classes)), g: g}
	g.classes = append(g.classes, c)
	m := g.main
	c.ref = C.gol_newclass(m.l, g.cs, (*C.char)(unsafe.Pointer(unsafe.StringData(name))), C.size_t(len(name)), C.uint32_t(c.id))
	for _, r := range methods {
		c.SetMethod(r.Name, r.Func)
	}
	return c
}

// defaultArgName gives the word rspamd's checks use: "text" for rspamd{text}.
func defaultArgName(name string) string {
	if strings.HasPrefix(name, "rspamd{") && strings.HasSuffix(name, "}") {
		return name[len("rspamd{") : len(name)-1]
	}
	return name
}

// Name returns the class name.
func (c *Class) Name() string { return c.name }

// SetArgName sets the word of CheckUserdata's error, "'word' expected"
// (by default the part between "rspamd{" and "}").
func (c *Class) SetArgName(w string) { c.argName = w }

// SetFinalizer sets a function run on the value of each userdata of the
// class once Lua has collected it (on the owning goroutine, at the next
// allocation of a userdata, GC, loop iteration or Close).
func (c *Class) SetFinalizer(fn func(v any)) { c.finalizer = fn }

// SetMethod sets a method or metamethod of the class.
func (c *Class) SetMethod(name string, fn Function) {
	if name == "__gc" {
		panic("lua: class " + c.name + ": use SetFinalizer instead of __gc")
	}
	m := c.g.main
	m.PushMetatable(c)
	m.PushFunction(fn)
	m.RawSetField(-2, name)
	m.Pop(1)
}

// PushMetatable pushes the metatable of class c.
func (s *State) PushMetatable(c *Class) { C.lua_rawgeti(s.l, RegistryIndex, c.ref) }

// PushUserdata pushes a new userdata of class c holding v.
func (s *State) PushUserdata(c *Class, v any) {
	idx := s.g.addObject(v, c.id)
	C.gol_newudata(s.l, c.ref, C.uint32_t(c.id), C.uint32_t(idx))
}

// ToUserdata returns the Go value of a userdata of any class at idx, and its class.
func (s *State) ToUserdata(idx int) (any, *Class) {
	if a := s.arg(idx); a != nil {
		if a.udidx == 0 || a._type != C.LUA_TUSERDATA {
			return nil, nil
		}
		return s.g.objs[a.udidx], s.g.classes[a.udcls]
	}
	var cls C.uint32_t
	i := C.gol_toudata(s.l, C.int(idx), &cls)
	if i == 0 {
		return nil, nil
	}
	return s.g.objs[i], s.g.classes[cls]
}

// TestUserdata returns the Go value of a userdata of class c at idx
// (rspamd_lua_check_udata_maybe: silent on mismatch).
func (s *State) TestUserdata(idx int, c *Class) (any, bool) {
	if a := s.arg(idx); a != nil {
		if a._type != C.LUA_TUSERDATA || a.udidx == 0 || uint32(a.udcls) != c.id {
			return nil, false
		}
		return s.g.objs[a.udidx], true
	}
	i := C.gol_testudata(s.l, C.int(idx), C.uint32_t(c.id))
	if i == 0 {
		return nil, false
	}
	return s.g.objs[i], true
}

// LookupUserdata is TestUserdata that reports a mismatch to the type error
// hook with rspamd's text ("expected rspamd{text} at position 2, but
// userdata has ... metatable; trace: ... stack(n): ...").
func (s *State) LookupUserdata(idx int, c *Class) (any, bool) {
	if v, ok := s.TestUserdata(idx, c); ok {
		return v, true
	}
	if s.g.typeErrorHook != nil {
		cname := C.CString(c.name)
		C.gol_udata_diag(s.l, C.int(s.AbsIndex(idx)), cname)
		C.free(unsafe.Pointer(cname))
		msg, _ := s.ToString(-1)
		s.Pop(1)
		s.g.typeErrorHook(msg)
	}
	return nil, false
}

// CheckUserdata returns the Go value of the userdata of class c at
// argument narg; otherwise it reports the mismatch (LookupUserdata) and
// raises "bad argument #narg to 'f' ('word' expected)" as rspamd's checks do.
func (s *State) CheckUserdata(narg int, c *Class) any {
	v, ok := s.LookupUserdata(narg, c)
	if !ok {
		panic(argPanic{narg, "'" + c.argName + "' expected"})
	}
	return v
}

// Check returns the value of the userdata of class c at argument narg as a
// T, raising a Lua argument error when it is not one.
func Check[T any](s *State, narg int, c *Class) T {
	v, ok := s.CheckUserdata(narg, c).(T)
	if !ok {
		panic(argPanic{narg, "'" + c.argName + "' expected"})
	}
	return v
}

// Test returns the value of the userdata of class c at idx as a T, if it is one.
func Test[T any](s *State, idx int, c *Class) (T, bool) {
	v, ok := s.TestUserdata(idx, c)
	if !ok {
		var zero T
		return zero, false
	}
	t, ok := v.(T)
	return t, ok
}

// ClassTostring is the __tostring rspamd gives most classes: the class name
// and the userdata address, "rspamd{config}(00007F39B9DC9E20)".
func ClassTostring(s *State) int {
	C.gol_class_tostring(s.l, 1)
	if s.IsNil(-1) {
		s.PushString("invalid object passed to 'lua_common.c:__tostring'")
		return s.Error()
	}
	return 1
}
