package lua

/*
#include <stdlib.h>
#include "golua.h"
*/
import "C"

import (
	"errors"
	"unsafe"
)

// ErrorKind says what failed in a call or a load.
type ErrorKind int

// Error kinds, Lua's status codes.
const (
	ErrRuntime ErrorKind = C.LUA_ERRRUN
	ErrSyntax  ErrorKind = C.LUA_ERRSYNTAX
	ErrMemory  ErrorKind = C.LUA_ERRMEM
	ErrHandler ErrorKind = C.LUA_ERRERR // error while running the message handler
	ErrFile    ErrorKind = C.LUA_ERRERR + 1
)

// Error is a Lua error seen from Go.
type Error struct {
	Kind ErrorKind
	// Message is the error value as a string; a value that is neither a
	// string nor a number gives "unknown error", as in rspamd's logs.
	Message string
	// Traceback lists the frames active when the error was raised, in
	// rspamd's format: " [1]:{src:line - name [what]}; [2]:...". Empty for
	// load errors.
	Traceback string
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Detailed returns "message; trace: frames", as rspamd's error handler
// formats errors for its logs.
func (e *Error) Detailed() string { return e.Message + "; trace:" + e.Traceback }

// ErrorMessage returns the message of the *Error in err's chain, or err's
// text when there is none.
func ErrorMessage(err error) string {
	var le *Error
	if errors.As(err, &le) {
		return le.Message
	}
	return err.Error()
}

// ErrorDetailed returns the *Error in err's chain with its traceback
// (Detailed), or ErrorMessage when it has none, as rspamd's traceback
// handler reports errors.
func ErrorDetailed(err error) string {
	var le *Error
	if errors.As(err, &le) && le.Traceback != "" {
		return le.Detailed()
	}
	return ErrorMessage(err)
}

// popError pops the error value on top of the stack into an *Error.
func (s *State) popError(st C.int, traceback string) *Error {
	e := &Error{Kind: ErrorKind(st), Traceback: traceback}
	if msg, ok := s.ToString(-1); ok {
		e.Message = msg
	} else {
		e.Message = "unknown error"
	}
	s.Pop(1)
	return e
}

// PCall calls the function below the nargs arguments on top of the stack,
// protected, with a message handler that records the traceback. On success
// nresults results (all with MultRet) replace the function and arguments;
// on failure they are popped and an *Error is returned.
func (s *State) PCall(nargs, nresults int) error {
	s.invalidate()
	st := C.gol_pcall(s.l, s.g.cs, C.int(nargs), C.int(nresults))
	if st == 0 {
		return nil
	}
	tb := ""
	if s.g.cs.tblen > 0 {
		tb = C.GoStringN(s.g.cs.tb, C.int(s.g.cs.tblen))
	}
	return s.popError(st, tb)
}

// MultRet asks PCall for all results.
const MultRet = C.LUA_MULTRET

// Load compiles a chunk and pushes it as a function. LuaJIT names it after
// chunkname: "=name" shows as name, "@path" as path, anything else as
// [string "..."]. code may be source or LuaJIT bytecode.
func (s *State) Load(code, chunkname string) error {
	st := C.gol_loadbuffer(s.l,
		(*C.char)(unsafe.Pointer(unsafe.StringData(code))), C.size_t(len(code)),
		(*C.char)(unsafe.Pointer(unsafe.StringData(chunkname))), C.size_t(len(chunkname)))
	if st != 0 {
		return s.popError(st, "")
	}
	return nil
}

// LoadFile compiles a file (chunk name "@path") and pushes it as a function.
func (s *State) LoadFile(path string) error {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	if st := C.luaL_loadfile(s.l, cpath); st != 0 {
		return s.popError(st, "")
	}
	return nil
}

// DoString loads code (named after itself, like luaL_dostring) and runs it,
// discarding its results.
func (s *State) DoString(code string) error {
	if err := s.Load(code, code); err != nil {
		return err
	}
	return s.PCall(0, 0)
}

// DoFile loads and runs a file, discarding its results.
func (s *State) DoFile(path string) error {
	if err := s.LoadFile(path); err != nil {
		return err
	}
	return s.PCall(0, 0)
}

// Traceback returns the frames of s from level (1: the caller of the
// running function) in rspamd's format.
func (s *State) Traceback(level int) string {
	C.gol_traceback(s.l, C.int(level))
	tb, _ := s.ToString(-1)
	s.Pop(1)
	return tb
}

// Where returns the source (as Lua abbreviates it in messages) and the
// current line of the function running at level (1: the caller of the
// running Go function), and false if the stack is not that deep.
func (s *State) Where(level int) (src string, line int, ok bool) {
	var buf [C.LUA_IDSIZE + 1]C.char
	var cline C.int
	if C.gol_where(s.l, C.int(level), &buf[0], C.size_t(len(buf)), &cline) == 0 {
		return "", 0, false
	}
	return C.GoString(&buf[0]), int(cline), true
}

// Preload sets package.preload[name] = loader, so that require(name) runs
// loader once and caches what it returns.
func (s *State) Preload(name string, loader Function) {
	s.PushFunction(loader)
	C.gol_preload(s.l, (*C.char)(unsafe.Pointer(unsafe.StringData(name))), C.size_t(len(name)))
}

// PreloadLib preloads a module made of funcs.
func (s *State) PreloadLib(name string, funcs []Reg) {
	s.Preload(name, func(s *State) int {
		s.NewLib(funcs)
		return 1
	})
}

// Require runs require(name) protected and pushes the module.
func (s *State) Require(name string) error {
	s.GetGlobal("require")
	s.PushString(name)
	return s.PCall(1, 1)
}

func (s *State) packageField(field string) string {
	s.GetGlobal("package")
	s.GetField(-1, field)
	v, _ := s.ToString(-1)
	s.Pop(2)
	return v
}

func (s *State) setPackageField(field, v string) {
	s.GetGlobal("package")
	s.PushString(v)
	s.SetField(-2, field)
	s.Pop(1)
}

// Path returns package.path.
func (s *State) Path() string { return s.packageField("path") }

// SetPath sets package.path.
func (s *State) SetPath(path string) { s.setPackageField("path", path) }

// CPath returns package.cpath.
func (s *State) CPath() string { return s.packageField("cpath") }

// SetCPath sets package.cpath.
func (s *State) SetCPath(path string) { s.setPackageField("cpath", path) }
