package lua

/*
#include "golua.h"
*/
import "C"

import "unsafe"

// The trampoline caches the arguments of a Go function call (type, number,
// string data, class userdata) in C memory, so that the Type, To* and
// Check* helpers read them without a cgo call. The cache is dropped by every
// operation that may pop or move stack values (invalidate); pushes and reads
// keep it, as they leave the argument slots alone.

// arg returns the cached argument idx, or nil.
func (s *State) arg(idx int) *C.gol_arg {
	f := s.frame
	if f == nil || idx < 1 || idx > int(f.ncached) {
		return nil
	}
	return &f.args[idx-1]
}

// invalidate drops the argument cache before an operation that may pop,
// move or replace stack values.
func (s *State) invalidate() { s.frame = nil }

// cachedString returns a view of the cached string argument idx (numbers,
// which need formatting, are not served from the cache).
func (s *State) cachedString(idx int) (string, bool) {
	a := s.arg(idx)
	if a == nil || a._type != C.LUA_TSTRING {
		return "", false
	}
	return unsafe.String((*byte)(unsafe.Pointer(a.str)), int(a.len)), true
}
