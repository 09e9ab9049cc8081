package lua

/*
#include "golua.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
)

// Result kinds of a Go function, decoded by gol_errorstatus.
const (
	kindError    = C.GOL_KIND_ERROR
	kindErrorMsg = C.GOL_KIND_ERRORMSG
	kindArgError = C.GOL_KIND_ARGERROR
	kindYield    = C.GOL_KIND_YIELD
)

func status(kind, arg int) int { return -(kind | arg<<3) }

// Panics the dispatcher turns into Lua errors.
type (
	argPanic struct {
		narg int
		msg  string
	}
	raisePanic struct {
		msg   string
		where bool // prefix the position of the calling Lua code
	}
	rethrowPanic struct{ msg string } // the error value is on top of the stack
)

//export golua_call
func golua_call(l *C.lua_State, sid, fid C.uint32_t, depth C.int) (ret C.int) {
	g := globalFor(sid)
	s := g.stateFor(l)
	fn := g.funcs[fid]
	outer := s.frame
	s.frame = nil
	if depth < C.GOL_MAXDEPTH {
		s.frame = &g.cs.frames[depth]
	}
	defer func() {
		s.frame = outer
		if r := recover(); r != nil {
			ret = C.int(s.recovered(r, fn))
		}
	}()
	return C.int(fn(s))
}

// recovered converts a panic of a Go function into a Lua error status.
func (s *State) recovered(r any, fn Function) int {
	switch p := r.(type) {
	case argPanic:
		s.PushString(p.msg)
		return status(kindArgError, p.narg)
	case raisePanic:
		s.PushString(p.msg)
		if !p.where {
			return status(kindError, 0)
		}
		return status(kindErrorMsg, 0)
	case rethrowPanic:
		return status(kindError, 0)
	}
	name := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
	msg := fmt.Sprintf("Go function %s panicked: %v", name, r)
	s.g.reportError(fmt.Errorf("lua: %s\n%s", msg, debug.Stack()))
	s.PushString(msg)
	return status(kindErrorMsg, 0)
}

// PushFunction pushes fn as a Lua function.
func (s *State) PushFunction(fn Function) { s.PushClosure(fn, 0) }

// PushClosure pops n values and pushes fn as a Lua closure holding them as
// upvalues 1..n, read with UpvalueIndex.
func (s *State) PushClosure(fn Function, n int) {
	if n > 0 {
		s.invalidate()
	}
	fid := s.g.addFunc(fn)
	C.gol_pushgofunc(s.l, s.g.cs, C.uint32_t(fid), C.int(n))
}

// Register sets the global name to fn.
func (s *State) Register(name string, fn Function) {
	s.PushFunction(fn)
	s.SetGlobal(name)
}

// SetFuncs sets each function of funcs as a field of the table at idx.
func (s *State) SetFuncs(idx int, funcs []Reg) {
	idx = s.AbsIndex(idx)
	for _, r := range funcs {
		s.PushFunction(r.Func)
		s.RawSetField(idx, r.Name)
	}
}

// NewLib pushes a new table holding funcs.
func (s *State) NewLib(funcs []Reg) {
	s.NewTable(0, len(funcs))
	s.SetFuncs(-1, funcs)
}

// Error raises the value on top of the stack: return s.Error() from a Go function.
func (s *State) Error() int { return status(kindError, 0) }

// Errorf raises a message as luaL_error does (LuaJIT prefixes the position
// of the calling Lua code): return s.Errorf(...) from a Go function.
func (s *State) Errorf(format string, args ...any) int {
	s.PushString(fmt.Sprintf(format, args...))
	return status(kindErrorMsg, 0)
}

// ErrorOf raises err: return s.ErrorOf(err) from a Go function. An *Error
// (from a nested PCall) is raised with its message as is; other errors as
// Errorf("%s", err) would.
func (s *State) ErrorOf(err error) int {
	var le *Error
	if errors.As(err, &le) {
		s.PushString(le.Message)
		return status(kindError, 0)
	}
	s.PushString(err.Error())
	return status(kindErrorMsg, 0)
}

// ArgError raises "bad argument #narg to 'name' (msg)" as luaL_argerror does.
func (s *State) ArgError(narg int, msg string) int {
	s.PushString(msg)
	return status(kindArgError, narg)
}

// TypeError raises "bad argument #narg to 'name' (tname expected, got X)".
func (s *State) TypeError(narg int, tname string) int {
	return s.ArgError(narg, s.typeMsg(narg, tname))
}

// Yield yields the n values on top of the stack to whoever resumed the
// coroutine: return s.Yield(n) from a Go function. The values given to the
// next resume become the results of the Go function call.
func (s *State) Yield(n int) int { return status(kindYield, n) }

// Raisef raises a Lua error from anywhere inside a Go function (it panics;
// the dispatcher turns the panic into the error).
func (s *State) Raisef(format string, args ...any) {
	panic(raisePanic{fmt.Sprintf(format, args...), true})
}

// Raise raises msg as it is, with no position, as lua_error does with a
// string on the stack (it panics, like Raisef).
func (s *State) Raise(msg string) {
	panic(raisePanic{msg: msg})
}

// RaiseArgError is ArgError usable from anywhere inside a Go function (it panics).
func (s *State) RaiseArgError(narg int, msg string) {
	panic(argPanic{narg, msg})
}

func (s *State) typeMsg(narg int, tname string) string {
	return tname + " expected, got " + s.Type(narg).String()
}

func (s *State) raiseType(narg int, tname string) {
	panic(argPanic{narg, s.typeMsg(narg, tname)})
}

// The Check and Opt helpers mirror luaL_check*/luaL_opt*: inside a Go
// function, a bad argument raises the Lua error LuaJIT would raise.

// CheckAny raises unless argument narg exists.
func (s *State) CheckAny(narg int) {
	if s.Type(narg) == TypeNone {
		panic(argPanic{narg, "value expected"})
	}
}

// CheckType raises unless argument narg has type t.
func (s *State) CheckType(narg int, t Type) {
	if s.Type(narg) != t {
		s.raiseType(narg, t.String())
	}
}

// CheckString returns argument narg (a string or number) as a Go string.
func (s *State) CheckString(narg int) string {
	str, ok := s.ToString(narg)
	if !ok {
		s.raiseType(narg, "string")
	}
	return str
}

// CheckStringView is CheckString without a copy; see ToStringView. Numbers
// are accepted and formatted into a new Go string.
func (s *State) CheckStringView(narg int) string {
	if str, ok := s.ToStringView(narg); ok {
		return str
	}
	return s.CheckString(narg)
}

// CheckBytes returns argument narg (a string or number) as a new byte slice.
func (s *State) CheckBytes(narg int) []byte {
	b, ok := s.ToBytes(narg)
	if !ok {
		s.raiseType(narg, "string")
	}
	return b
}

// CheckNumber returns argument narg as a number.
func (s *State) CheckNumber(narg int) float64 {
	n, ok := s.ToNumberOK(narg)
	if !ok {
		s.raiseType(narg, "number")
	}
	return n
}

// CheckInteger returns argument narg as an integer (truncated).
func (s *State) CheckInteger(narg int) int64 {
	n, ok := s.ToIntegerOK(narg)
	if !ok {
		s.raiseType(narg, "number")
	}
	return n
}

// OptString returns argument narg, or def when it is absent or nil.
func (s *State) OptString(narg int, def string) string {
	if s.IsNoneOrNil(narg) {
		return def
	}
	return s.CheckString(narg)
}

// OptNumber returns argument narg, or def when it is absent or nil.
func (s *State) OptNumber(narg int, def float64) float64 {
	if s.IsNoneOrNil(narg) {
		return def
	}
	return s.CheckNumber(narg)
}

// OptInteger returns argument narg, or def when it is absent or nil.
func (s *State) OptInteger(narg int, def int64) int64 {
	if s.IsNoneOrNil(narg) {
		return def
	}
	return s.CheckInteger(narg)
}
