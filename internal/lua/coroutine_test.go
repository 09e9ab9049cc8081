package lua

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestYieldFromGoFunction(t *testing.T) {
	s := newState(t)
	// gen(a, b) yields a+b and returns what the resumer passes back, doubled.
	calls := 0
	s.Register("gen", func(s *State) int {
		calls++
		s.PushNumber(s.CheckNumber(1) + s.CheckNumber(2))
		return s.Yield(1)
	})
	got := eval(t, s, `
		local co = coroutine.create(function(a) local r = gen(a, 1); return r * 2 end)
		local ok1, y = coroutine.resume(co, 10)
		local st = coroutine.status(co)
		local ok2, r = coroutine.resume(co, 7)
		return table.concat({tostring(ok1), y, st, tostring(ok2), r, coroutine.status(co)}, " ")`)
	if got != "true 11 suspended true 14 dead" || calls != 1 {
		t.Fatalf("got %q", got)
	}
	// Yield from the main thread is LuaJIT's error.
	if got := eval(t, s, `return select(2, pcall(gen, 1, 2))`); got != "attempt to yield across C-call boundary" {
		t.Fatalf("main yield: %q", got)
	}

	// The same coroutine driven from Go.
	mustDo(t, s, "\nfunction body(a) local r = gen(a, 1); error('after ' .. r) end")
	th := s.NewThread()
	th.GetGlobal("body")
	th.PushInteger(1)
	yielded, err := th.Resume(1)
	if !yielded || err != nil || th.GetTop() != 1 || th.ToInteger(-1) != 2 || th.Status() != StatusYield {
		t.Fatalf("resume: %v %v top %d", yielded, err, th.GetTop())
	}
	th.SetTop(0)
	th.PushInteger(5)
	yielded, err = th.Resume(1)
	var le *Error
	if yielded || !errors.As(err, &le) || le.Message != `[string "..."]:2: after 5` || th.Status() != StatusRuntime {
		t.Fatalf("resume after: %v %#v", yielded, err)
	}
	if le.Traceback != ` [1]:{[string "..."]:2 - <unknown> [Lua]};` {
		t.Fatalf("coroutine traceback %q", le.Traceback)
	}
	if _, err := th.Resume(0); err == nil || err.Error() != "cannot resume non-suspended coroutine" {
		t.Fatalf("dead: %v", err)
	}
	if _, err := s.Resume(0); err == nil {
		t.Fatal("resumed the main thread")
	}
	s.Pop(1)
}

// asyncDouble is an asynchronous Go function: it suspends its coroutine,
// computes on another goroutine and resumes it through the loop.
func asyncDouble(wg *sync.WaitGroup) Function {
	return func(s *State) int {
		n := s.CheckInteger(1)
		delay := time.Duration(s.OptInteger(2, 1)) * time.Millisecond
		r := s.Suspend()
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(delay)
			r.Resume(func(s *State) int {
				s.PushInteger(n * 2)
				s.PushString("done")
				return 2
			})
			if r.Resume(func(*State) int { return 0 }) {
				panic("second resume accepted")
			}
		}()
		return s.Yield(0)
	}
}

func TestSuspendAndResumeOnLoop(t *testing.T) {
	s := newState(t)
	var wg sync.WaitGroup
	s.Register("double", asyncDouble(&wg))
	mustDo(t, s, `function task(n)
		local a, tag = double(n, 5)
		local ok, b = pcall(double, a, 1) -- yields across pcall
		local c = double(b, 3)
		return c, tag
	end`)
	const n = 20
	results := make(map[int64]string)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	pending := n
	for i := 1; i <= n; i++ {
		co := s.NewCoroutine()
		th := co.State()
		th.GetGlobal("task")
		th.PushInteger(int64(i))
		co.Call(1, func(th *State, err error) {
			defer co.Close()
			pending--
			if err != nil {
				t.Errorf("task: %v", err)
			} else {
				tag, _ := th.ToString(2)
				results[th.ToInteger(1)] = tag
			}
			if pending == 0 {
				cancel()
			}
		})
	}
	if err := s.Run(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("loop: %v (pending %d)", err, pending)
	}
	wg.Wait()
	if len(results) != n {
		t.Fatalf("results %v", results)
	}
	for i := int64(1); i <= n; i++ {
		if results[i*8] != "done" {
			t.Fatalf("result of %d missing: %v", i, results)
		}
	}
	s.GC()
	if s.g.coros == nil || len(s.g.coros) != 0 {
		t.Fatalf("coroutines left: %d", len(s.g.coros))
	}
}

func TestCoroutineCompletesSynchronouslyAndFails(t *testing.T) {
	s := newState(t)
	co := s.NewCoroutine()
	defer co.Close()
	th := co.State()
	th.GetGlobal("select")
	th.PushString("#")
	th.PushInteger(1)
	th.PushInteger(2)
	var got int64 = -1
	co.Call(3, func(th *State, err error) {
		if err != nil {
			t.Fatal(err)
		}
		got = th.ToInteger(-1)
	})
	if got != 2 || th.GetTop() != 0 {
		t.Fatalf("sync call: %d top %d", got, th.GetTop())
	}
	// Reused after a normal return.
	if err := th.Load("error('bad')", "=chunk"); err != nil {
		t.Fatal(err)
	}
	var cerr error
	co.Call(0, func(_ *State, err error) { cerr = err })
	var le *Error
	if !errors.As(cerr, &le) || le.Message != "chunk:1: bad" || !strings.Contains(le.Traceback, "chunk:1") {
		t.Fatalf("error: %#v", cerr)
	}
}

func TestErrorAfterAsyncResume(t *testing.T) {
	s := newState(t)
	var wg sync.WaitGroup
	s.Register("double", asyncDouble(&wg))
	var hooked []error
	s.SetErrorHook(func(err error) { hooked = append(hooked, err) })
	mustDo(t, s, `
function failing() local v = double(1); error("failed with " .. v) end`)

	co := s.NewCoroutine()
	co.State().GetGlobal("failing")
	done := make(chan error, 1)
	co.Call(0, func(_ *State, err error) { done <- err })
	// An unmanaged coroutine (created from Lua) reports to the error hook.
	mustDo(t, s, `coroutine.resume(coroutine.create(failing))`)
	deadline := time.Now().Add(5 * time.Second)
	for (len(done) == 0 || len(hooked) == 0) && time.Now().Before(deadline) {
		select {
		case <-s.Wake():
			s.RunPending()
		case <-time.After(10 * time.Millisecond):
		}
	}
	wg.Wait()
	err := <-done
	if err == nil || err.Error() != `[string "..."]:2: failed with 2` {
		t.Fatalf("managed: %v", err)
	}
	if len(hooked) != 1 || hooked[0].Error() != `[string "..."]:2: failed with 2` {
		t.Fatalf("hooked: %v", hooked)
	}
	co.Close()
}

func TestSuspendOnMainThread(t *testing.T) {
	s := newState(t)
	s.Register("susp", func(s *State) int {
		s.Suspend()
		return s.Yield(0)
	})
	if got := eval(t, s, `return select(2, pcall(susp))`); got != "attempt to yield across C-call boundary" {
		t.Fatalf("got %q", got)
	}
	// Nor inside a coroutine across a C call (a sort comparator).
	if got := eval(t, s, `return select(2, coroutine.resume(coroutine.create(function()
		table.sort({1, 2, 3}, function(a, b) susp() return a < b end) end)))`); got != "attempt to yield across C-call boundary" {
		t.Fatalf("got %q", got)
	}
	if len(s.g.waiting) != 0 {
		t.Fatal("a refused suspension is waiting")
	}
}

func TestPostFromGoroutines(t *testing.T) {
	s := newState(t)
	var wg sync.WaitGroup
	const n = 100
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Post(func(s *State) {
				mustDo(t, s, `posted = (posted or 0) + 1`)
			})
		}()
	}
	wg.Wait()
	// A callback posting another one: it waits for the next iteration.
	s.Post(func(s *State) { s.Post(func(s *State) { mustDo(t, s, `posted = posted + 1000`) }) })
	s.Post(func(*State) { panic("posted panic") })
	var hooked []error
	s.SetErrorHook(func(err error) { hooked = append(hooked, err) })
	if ran := s.RunPending(); ran != n+2 {
		t.Fatalf("ran %d", ran)
	}
	if got := eval(t, s, `return posted`); got != "100" {
		t.Fatalf("posted %s", got)
	}
	s.RunPending()
	if got := eval(t, s, `return posted`); got != "1100" || len(hooked) != 1 {
		t.Fatalf("posted %s, hooked %v", got, hooked)
	}
	fired := make(chan struct{})
	s.AfterFunc(time.Millisecond, func(*State) { close(fired) })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	go func() { <-fired; cancel() }()
	if err := s.Run(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("timer did not fire: %v", err)
	}

	s2, err := New()
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if s2.Post(func(*State) { t.Error("ran after close") }) {
		t.Fatal("post after close accepted")
	}
	s2.RunPending()
}
