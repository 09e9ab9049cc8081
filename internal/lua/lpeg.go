package lua

/*
#include "golua.h"
*/
import "C"

import "fmt"

// SetTextHook sets how lpeg.match (and pattern:match) reads a userdata
// subject, as rspamd's patched LPeg reads rspamd{text}: fn returns the
// bytes of the userdata at idx and true, or false when it is not a text
// (match then raises "bad argument #2 to 'match' ('text' expected)"). A nil
// slice with true is a text without data: match returns nil. The bytes are
// copied into a Lua string for the match. Without a hook every userdata
// subject is rejected. Strings never reach the hook, and other subject
// types raise "invalid argument: <type>" as upstream does.
func (s *State) SetTextHook(fn func(s *State, idx int) ([]byte, bool)) { s.g.textHook = fn }

//export golua_lpeg_text
func golua_lpeg_text(l *C.lua_State, sid C.uint32_t) (ret C.int) {
	g := globalFor(sid)
	s := g.stateFor(l)
	if g.textHook == nil {
		return -1
	}
	// The hook runs in lpeg.match's frame, not in a Go function's.
	outer := s.frame
	s.frame = nil
	defer func() {
		s.frame = outer
		if r := recover(); r != nil {
			s.PushString(fmt.Sprintf("text hook panicked: %v", r))
			ret = -2
		}
	}()
	b, ok := g.textHook(s, 2)
	switch {
	case !ok:
		return -1
	case b == nil:
		return 0
	}
	s.PushBytes(b)
	return 1
}
