package lua

/*
#include "golua.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"sync/atomic"
)

// ThreadStatus is the status of a thread (lua_status).
type ThreadStatus int

// Thread statuses: OK (running, finished or not started), suspended in a
// yield, or dead after an error.
const (
	StatusOK      ThreadStatus = 0
	StatusYield   ThreadStatus = C.LUA_YIELD
	StatusRuntime ThreadStatus = C.LUA_ERRRUN
	StatusMemory  ThreadStatus = C.LUA_ERRMEM
	StatusError   ThreadStatus = C.LUA_ERRERR
)

// NewThread creates a coroutine, pushes it onto the stack of s and returns
// its State. Like any Lua value it lives while referenced (keep it on a
// stack or Ref it).
func (s *State) NewThread() *State {
	return s.g.stateFor(C.lua_newthread(s.l))
}

// Status returns the status of the thread s.
func (s *State) Status() ThreadStatus { return ThreadStatus(C.lua_status(s.l)) }

// Resume starts the function below nargs arguments on the stack of the
// coroutine s, or continues it after a yield with nargs values. It reports
// whether the coroutine yielded (its yielded values on its stack) or
// returned (its results on its stack); on error the coroutine is dead and
// the error carries its traceback.
func (s *State) Resume(nargs int) (yielded bool, err error) {
	if s.IsMain() {
		return false, errors.New("lua: cannot resume the main thread")
	}
	s.invalidate()
	switch st := C.lua_resume(s.l, C.int(nargs)); st {
	case 0:
		return false, nil
	case C.LUA_YIELD:
		return true, nil
	default:
		return false, s.popError(st, s.Traceback(1))
	}
}

// Coroutine runs a Lua function from Go until it completes, possibly
// across suspensions of asynchronous Go functions (Suspend).
type Coroutine struct {
	t    *State
	ref  Ref
	done func(t *State, err error)
}

// NewCoroutine creates a coroutine anchored in the registry until Close.
func (s *State) NewCoroutine() *Coroutine {
	m := s.g.main
	t := m.NewThread()
	return &Coroutine{t: t, ref: m.Ref()}
}

// State returns the coroutine's thread, on which to push the function and
// its arguments before Call.
func (c *Coroutine) State() *State { return c.t }

// Call runs the function below the nargs arguments on the coroutine's
// stack. done runs exactly once, when the function returns (its results on
// t's stack, err nil) or fails (err is an *Error; the coroutine is dead):
// during Call if nothing suspends it, otherwise later on the loop. The
// coroutine's stack is emptied after done returns; a coroutine that
// returned can Call again.
func (c *Coroutine) Call(nargs int, done func(t *State, err error)) {
	c.done = done
	c.t.g.coros[c.t.l] = c
	c.t.g.resumeThread(c.t, nargs)
}

// Close releases the coroutine.
func (c *Coroutine) Close() {
	if c.ref != NoRef && !c.t.g.closed {
		delete(c.t.g.coros, c.t.l)
		c.t.g.main.Unref(c.ref)
	}
	c.ref = NoRef
}

// resumeThread resumes t and, unless it yielded, completes it: the done
// callback of its Coroutine gets the outcome, or errors go to the error hook.
func (g *global) resumeThread(t *State, nargs int) {
	yielded, err := t.Resume(nargs)
	if yielded {
		return
	}
	c := g.coros[t.l]
	if c == nil {
		if err != nil {
			g.reportError(err)
		}
		t.SetTop(0)
		return
	}
	delete(g.coros, t.l)
	done := c.done
	c.done = nil
	g.complete(t, done, err)
}

func (g *global) complete(t *State, done func(*State, error), err error) {
	defer func() {
		t.SetTop(0)
		if r := recover(); r != nil {
			g.reportError(fmt.Errorf("lua: coroutine completion callback panicked: %v", r))
		}
	}()
	done(t, err)
}

// Resumer resumes a coroutine suspended by a Go function.
type Resumer struct {
	g    *global
	t    *State
	ref  Ref
	used atomic.Bool
}

// Suspend prepares the coroutine running the current Go function to wait
// for an asynchronous result. The Go function starts its work (on another
// goroutine), hands it the Resumer and returns s.Yield(0); the work then
// calls Resumer.Resume. Suspend raises LuaJIT's error where the coroutine
// cannot yield (the main thread, or across a C call such as a metamethod).
func (s *State) Suspend() *Resumer {
	if !s.IsYieldable() {
		panic(raisePanic{msg: "attempt to yield across C-call boundary"})
	}
	s.PushThread()
	r := &Resumer{g: s.g, t: s, ref: s.Ref()}
	s.g.waiting[s.l] = r
	return r
}

// IsYieldable reports whether the running Go function may yield.
func (s *State) IsYieldable() bool { return C.lua_isyieldable(s.l) != 0 }

// Resume posts the resumption to the loop; there push runs first and
// pushes the values the suspended Go function returns to its Lua caller,
// returning their count. It is safe from any goroutine; only the first call
// has an effect. It reports false if the state is closed or Resume was
// already called.
func (r *Resumer) Resume(push func(s *State) int) bool {
	if !r.used.CompareAndSwap(false, true) {
		return false
	}
	return r.g.loop.post(func(*State) { r.g.resumeSuspended(r, push) })
}

func (g *global) resumeSuspended(r *Resumer, push func(*State) int) {
	t := r.t
	defer g.main.Unref(r.ref) // anchored until the resume is over
	if g.waiting[t.l] != r {
		g.reportError(errors.New("lua: stale resume of a coroutine dropped"))
		return
	}
	delete(g.waiting, t.l)
	if t.Status() != StatusYield {
		g.failThread(t, errors.New("lua: resumed coroutine is not suspended"))
		return
	}
	n, err := g.runPush(t, push)
	if err != nil {
		g.failThread(t, err)
		return
	}
	g.resumeThread(t, n)
}

func (g *global) runPush(t *State, push func(*State) int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lua: resume callback panicked: %v", r)
		}
	}()
	return push(t), nil
}

// failThread reports an error about a thread that cannot continue.
func (g *global) failThread(t *State, err error) {
	c := g.coros[t.l]
	if c == nil {
		g.reportError(err)
		return
	}
	delete(g.coros, t.l)
	done := c.done
	c.done = nil
	g.complete(t, done, err)
}
