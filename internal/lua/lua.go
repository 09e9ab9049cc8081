// Package lua is a thin cgo binding to LuaJIT that hosts rspamd's Lua tree.
//
// It owns the Lua states, the calling convention between Go and Lua, userdata
// classes laid out the way rspamd lays them out, coroutines and the loop that
// resumes them, and the preloaded LPeg (Debian's lua-lpeg, linked statically)
// wrapped to accept rspamd{text} subjects.
//
// The LuaJIT linked in, statically, is the one real rspamd 4.1.5 runs:
// Debian sid's luajit source package built with Debian's flags, Lua 5.2
// compatibility included (# honours __len, pairs __pairs, comparisons of
// mixed types go through __lt and __le, table.pack...), by scripts/luajit.sh
// into .cache/luajit, which `make deps` runs.
//
// Rules the binding keeps:
//
//   - Go never raises a Lua error: a Go function returns a status to a C
//     trampoline, which calls lua_error, luaL_argerror or lua_yield. Check*
//     helpers and Raisef panic with private values that the dispatcher recovers
//     into Lua errors; any other panic becomes a Lua error too.
//   - Every Lua operation that can run a metamethod (GetField, SetTable,
//     Concat, Compare...) is protected, so no Lua error unwinds Go frames.
//   - Go pointers never live in C memory: userdata hold an index into a
//     per-state table of Go values, released when Lua collects the userdata.
//   - A State belongs to one goroutine, the one running its loop (Run or
//     RunPending). Other goroutines only call Post and Resumer.Resume.
//
// A Go function reads its arguments with the Check/Opt/To helpers (served
// from a cache the trampoline fills, without cgo calls), pushes its results
// and returns their count:
//
//	func textLen(s *lua.State) int {
//		t := lua.Check[*Text](s, 1, textClass) // else raises "... ('text' expected)"
//		s.PushInteger(int64(len(t.data)))
//		return 1
//	}
//
// Errors are returned as statuses (return s.Errorf(...), s.ErrorOf(err),
// s.ArgError(...)) or raised from deep helpers with Raisef. Classes are
// created per state with NewClass and instantiated with PushUserdata;
// modules are registered with Preload or PreloadLib. Asynchronous functions
// call Suspend, start their work on another goroutine and return
// s.Yield(0); the work ends with Resumer.Resume, which resumes the
// coroutine on the loop. Coroutine runs a Lua function to completion across
// such suspensions, the way rspamd runs symbol callbacks.
package lua

// .cache/luajit is filled by scripts/luajit.sh; golua.h stops the build
// with that advice when it is missing.

/*
#cgo CFLAGS: -O2 -fasynchronous-unwind-tables -Wall -I${SRCDIR}/../../.cache/luajit/include/luajit-2.1
#cgo LDFLAGS: -l:liblua5.1-lpeg.a ${SRCDIR}/../../.cache/luajit/lib/libluajit-5.1.a -lm -ldl
#include <stdlib.h>
#include "golua.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/buildinfo"
)

// LuaJITVersion is the version of the LuaJIT linked in, as jit.version
// reports it ("LuaJIT 2.1.1761786044", like real rspamd 4.1.5 in Debian sid).
const LuaJITVersion = C.LUAJIT_VERSION

func init() { buildinfo.SetLuaJIT(LuaJITVersion) }

// Function is a Go function callable from Lua. It reads its arguments from
// the stack of s and returns the number of results it pushed, or a status
// from Error, Errorf, ArgError or Yield.
type Function func(s *State) int

// Reg names a Function, for libraries and class methods.
type Reg struct {
	Name string
	Func Function
}

// State is a Lua thread: the main state returned by New, or a coroutine.
// Functions receive the State of the thread that called them.
type State struct {
	l *C.lua_State
	g *global
	// frame holds the arguments of the running Go function as the
	// trampoline read them; nil once the stack below them may have changed.
	frame *C.gol_frame
}

// global is what all threads of one Lua state share.
type global struct {
	sid     uint32
	cs      *C.gol_state
	main    *State
	threads map[*C.lua_State]*State
	last    *State // the coroutine State found last

	funcs     []Function
	freeFuncs []uint32

	objs     []any
	objCls   []uint32
	freeObjs []uint32
	live     int

	classes []*Class

	coros   map[*C.lua_State]*Coroutine
	waiting map[*C.lua_State]*Resumer // the pending Resumer of each suspended thread

	loop loop

	textHook      func(s *State, idx int) ([]byte, bool)
	typeErrorHook func(msg string)
	errorHook     func(err error)

	closed bool
}

// The process-wide table of states, indexed by sid, read lock-free by the
// dispatcher.
var states struct {
	mu   sync.Mutex
	tab  atomic.Pointer[[]*global]
	free []uint32
}

func init() {
	tab := []*global{nil} // sid 0 is never used
	states.tab.Store(&tab)
}

func registerGlobal(g *global) {
	states.mu.Lock()
	defer states.mu.Unlock()
	old := *states.tab.Load()
	tab := make([]*global, len(old), len(old)+1)
	copy(tab, old)
	if n := len(states.free); n > 0 {
		g.sid = states.free[n-1]
		states.free = states.free[:n-1]
	} else {
		g.sid = uint32(len(tab))
		tab = append(tab, nil)
	}
	tab[g.sid] = g
	states.tab.Store(&tab)
}

func unregisterGlobal(g *global) {
	states.mu.Lock()
	defer states.mu.Unlock()
	old := *states.tab.Load()
	tab := make([]*global, len(old))
	copy(tab, old)
	tab[g.sid] = nil
	states.free = append(states.free, g.sid)
	states.tab.Store(&tab)
}

func globalFor(sid C.uint32_t) *global {
	return (*states.tab.Load())[sid]
}

// New creates a Lua state with the standard libraries (LuaJIT's, so bit, ffi
// and jit included) and lpeg in package.preload.
func New() (*State, error) {
	cs := (*C.gol_state)(C.calloc(1, C.size_t(unsafe.Sizeof(C.gol_state{}))))
	if cs == nil {
		return nil, errors.New("lua: cannot allocate state")
	}
	g := &global{
		cs:      cs,
		threads: make(map[*C.lua_State]*State),
		funcs:   make([]Function, 1, 64),
		objs:    make([]any, 1, 64),
		objCls:  make([]uint32, 1, 64),
		classes: make([]*Class, 1, 16),
		coros:   make(map[*C.lua_State]*Coroutine),
		waiting: make(map[*C.lua_State]*Resumer),
	}
	registerGlobal(g)
	cs.sid = C.uint32_t(g.sid)
	l := C.gol_open(cs)
	if l == nil {
		unregisterGlobal(g)
		C.free(unsafe.Pointer(cs))
		return nil, errors.New("lua: cannot create state: out of memory")
	}
	g.main = &State{l: l, g: g}
	g.loop.init()
	C.gol_preload_lpeg(l, cs)
	return g.main, nil
}

// Close closes the state: every userdata is collected (class finalizers run)
// and callbacks still posted to its loop are dropped. It must be called on
// the owning goroutine, outside any Lua call, with the main State.
func (s *State) Close() {
	g := s.g
	if g.closed {
		return
	}
	g.closed = true
	g.loop.close()
	C.gol_close(g.main.l, g.cs)
	g.drain()
	C.free(unsafe.Pointer(g.cs.freed))
	C.free(unsafe.Pointer(g.cs.freedfn))
	unregisterGlobal(g)
	C.free(unsafe.Pointer(g.cs))
	g.cs = nil
	clear(g.threads)
	clear(g.coros)
	clear(g.waiting)
	clear(g.funcs)
	clear(g.objs)
}

// Main returns the main thread of the state s belongs to.
func (s *State) Main() *State { return s.g.main }

// IsMain reports whether s is the main thread.
func (s *State) IsMain() bool { return s == s.g.main }

// stateFor returns the State of thread l; coroutine States are cached.
func (g *global) stateFor(l *C.lua_State) *State {
	if l == g.main.l {
		return g.main
	}
	if g.last != nil && g.last.l == l {
		return g.last
	}
	if s, ok := g.threads[l]; ok {
		g.last = s
		return s
	}
	if len(g.threads) >= 4096 {
		// Dead threads leave entries behind; a live thread simply gets a
		// new equivalent State.
		clear(g.threads)
	}
	s := &State{l: l, g: g}
	g.threads[l] = s
	g.last = s
	return s
}

// drain releases the object and function slots whose userdata Lua collected,
// running class finalizers.
func (g *global) drain() {
	cs := g.cs
	if n := int(cs.nfreedfn); n > 0 {
		for _, fid := range unsafe.Slice((*uint32)(unsafe.Pointer(cs.freedfn)), n) {
			g.funcs[fid] = nil
			g.freeFuncs = append(g.freeFuncs, fid)
		}
		cs.nfreedfn = 0
	}
	for cs.nfreed > 0 {
		// A finalizer may release more objects: loop until the queue is empty.
		n := int(cs.nfreed)
		idxs := append([]uint32(nil), unsafe.Slice((*uint32)(unsafe.Pointer(cs.freed)), n)...)
		cs.nfreed = 0
		for _, idx := range idxs {
			v, cls := g.objs[idx], g.objCls[idx]
			g.objs[idx] = nil
			g.objCls[idx] = 0
			g.freeObjs = append(g.freeObjs, idx)
			g.live--
			if c := g.classes[cls]; c != nil && c.finalizer != nil {
				g.finalize(c, v)
			}
		}
	}
}

func (g *global) finalize(c *Class, v any) {
	defer func() {
		if r := recover(); r != nil {
			g.reportError(fmt.Errorf("lua: finalizer of %s panicked: %v", c.name, r))
		}
	}()
	c.finalizer(v)
}

func (g *global) addFunc(fn Function) uint32 {
	if g.cs.nfreedfn > 0 {
		g.drain()
	}
	if n := len(g.freeFuncs); n > 0 {
		fid := g.freeFuncs[n-1]
		g.freeFuncs = g.freeFuncs[:n-1]
		g.funcs[fid] = fn
		return fid
	}
	g.funcs = append(g.funcs, fn)
	return uint32(len(g.funcs) - 1)
}

func (g *global) addObject(v any, cls uint32) uint32 {
	if g.cs.nfreed > 0 {
		g.drain()
	}
	g.live++
	if n := len(g.freeObjs); n > 0 {
		idx := g.freeObjs[n-1]
		g.freeObjs = g.freeObjs[:n-1]
		g.objs[idx] = v
		g.objCls[idx] = cls
		return idx
	}
	g.objs = append(g.objs, v)
	g.objCls = append(g.objCls, cls)
	return uint32(len(g.objs) - 1)
}

// LiveObjects returns how many Go values userdata of this state still hold,
// after releasing those Lua has collected.
func (s *State) LiveObjects() int {
	s.g.drain()
	return s.g.live
}

// LiveFunctions returns how many Go functions Lua can still reach.
func (s *State) LiveFunctions() int {
	s.g.drain()
	return len(s.g.funcs) - 1 - len(s.g.freeFuncs)
}

// SetErrorHook sets where errors nobody else can receive go: errors of
// coroutines resumed by the loop that have no completion callback, panics in
// posted callbacks and finalizers. Without a hook they are dropped.
func (s *State) SetErrorHook(fn func(err error)) { s.g.errorHook = fn }

// SetTypeErrorHook sets the logger of userdata type mismatches found by
// LookupUserdata and CheckUserdata (rspamd logs them as "lua type error: ...").
func (s *State) SetTypeErrorHook(fn func(msg string)) { s.g.typeErrorHook = fn }

func (g *global) reportError(err error) {
	if g.errorHook != nil {
		g.errorHook(err)
	}
}

// GC runs a full garbage collection and releases the Go values of collected
// userdata.
func (s *State) GC() {
	C.lua_gc(s.l, C.LUA_GCCOLLECT, 0)
	s.g.drain()
}

// MemoryKB returns the memory in use by Lua, in kilobytes.
func (s *State) MemoryKB() int {
	return int(C.lua_gc(s.l, C.LUA_GCCOUNT, 0))
}

// SetGCPause and SetGCStepMul tune the collector (LUA_GCSETPAUSE/SETSTEPMUL)
// and return the previous values.
func (s *State) SetGCPause(v int) int { return int(C.lua_gc(s.l, C.LUA_GCSETPAUSE, C.int(v))) }

// SetGCStepMul sets the collector's step multiplier and returns the previous one.
func (s *State) SetGCStepMul(v int) int { return int(C.lua_gc(s.l, C.LUA_GCSETSTEPMUL, C.int(v))) }

// StopGC and RestartGC stop and restart the collector.
func (s *State) StopGC() { C.lua_gc(s.l, C.LUA_GCSTOP, 0) }

// RestartGC restarts the collector after StopGC.
func (s *State) RestartGC() { C.lua_gc(s.l, C.LUA_GCRESTART, 0) }
