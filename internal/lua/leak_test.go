package lua

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func rssKB(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skip("no /proc/self/statm")
	}
	f := strings.Fields(string(b))
	pages, err := strconv.Atoi(f[1])
	if err != nil {
		t.Fatal(err)
	}
	return pages * os.Getpagesize() / 1024
}

func liveStates() int {
	n := 0
	for _, g := range *states.tab.Load() {
		if g != nil {
			n++
		}
	}
	return n
}

// cycle creates a state, exercises every kind of resource and closes it.
func cycle(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	installTestText(s)
	cls := counterClass(s)
	var wg sync.WaitGroup
	s.Register("double", asyncDouble(&wg))
	s.PushUserdata(cls, &counter{name: "kept"})
	s.SetGlobal("kept")
	mustDo(t, s, `
		local lpeg = require "lpeg"
		local t = require("rspamd_text").fromstring("abc")
		assert(lpeg.match(lpeg.C(lpeg.P"ab"), t) == "ab")
		for i = 1, 50 do require("rspamd_counter").create("x"):inc() end
		big = {} for i = 1, 1000 do big[i] = tostring(i) end
		pending = coroutine.create(function() return double(1, 1) end)
		coroutine.resume(pending)`)
	co := s.NewCoroutine()
	co.State().GetGlobal("tostring")
	co.State().PushInteger(1)
	co.Call(1, func(*State, error) {})
	co.Close()
	s.Close()
	wg.Wait()
}

func TestNoLeakAcrossStates(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	before := liveStates()
	for i := 0; i < 200; i++ {
		cycle(t)
	}
	runtime.GC()
	rss0 := rssKB(t)
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	const n = 1500
	for i := 0; i < n; i++ {
		cycle(t)
	}
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	rss1 := rssKB(t)
	if after := liveStates(); after != before {
		t.Fatalf("states registered: %d before, %d after", before, after)
	}
	// A leaked state is >100 KB: n of them would be >150 MB.
	if grow := rss1 - rss0; grow > 16*1024 {
		t.Fatalf("RSS grew by %d KB over %d states", grow, n)
	}
	if grow := int64(ms1.HeapAlloc) - int64(ms0.HeapAlloc); grow > 4<<20 {
		t.Fatalf("Go heap grew by %d bytes over %d states", grow, n)
	}
	t.Logf("RSS %d KB -> %d KB, Go heap %d -> %d bytes over %d states", rss0, rss1, ms0.HeapAlloc, ms1.HeapAlloc, n)
}

func TestNoLeakWithinState(t *testing.T) {
	s := newState(t)
	cls := counterClass(s)
	installTestText(s)
	s.Register("echo", func(s *State) int { s.PushValue(1); return 1 })
	mustDo(t, s, `function work()
		local lpeg = require "lpeg"
		for i = 1, 200 do
			local c = require("rspamd_counter").create("x")
			c:inc(i)
			echo(c)
			lpeg.match(lpeg.P"x", require("rspamd_text").fromstring("xyz"))
			pcall(c.get, {})
		end
	end`)
	round := func() {
		for i := 0; i < 20; i++ {
			s.GetGlobal("work")
			if err := s.PCall(0, 0); err != nil {
				t.Fatal(err)
			}
			s.PushUserdata(cls, &counter{})
			s.PushFunction(func(*State) int { return 0 })
			s.Pop(2)
		}
		s.GC()
	}
	round()
	objs, funcs, kb := s.LiveObjects(), s.LiveFunctions(), s.MemoryKB()
	for i := 0; i < 10; i++ {
		round()
	}
	if s.LiveObjects() != objs || s.LiveFunctions() != funcs || objs != 0 {
		t.Fatalf("objects %d -> %d, functions %d -> %d", objs, s.LiveObjects(), funcs, s.LiveFunctions())
	}
	if s.MemoryKB() > kb+64 {
		t.Fatalf("Lua memory %d KB -> %d KB", kb, s.MemoryKB())
	}
	if len(s.g.threads) > 8 || len(s.g.objs) > 1024 || len(s.g.funcs) > 1024 {
		t.Fatalf("tables grew: threads %d objs %d funcs %d", len(s.g.threads), len(s.g.objs), len(s.g.funcs))
	}
}
