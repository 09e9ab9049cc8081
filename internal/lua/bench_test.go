package lua

import (
	"strconv"
	"syscall"
	"testing"
	"time"
)

// Benchmarks of the calling convention. Each reports ns per call; compare
// the Go-function call with a Lua-to-Lua call and a Lua-to-C call. Besides
// wall time they report cpu-ns/op, the process CPU time per operation,
// which stays meaningful on a loaded machine.

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuMetric starts measuring; the returned function reports cpu-ns/op.
func cpuMetric(b *testing.B) func() {
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	return func() {
		b.StopTimer()
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

func benchLoop(b *testing.B, s *State, setup, body string) {
	b.Helper()
	mustDo(b, s, setup+"\nfunction bench(n) for i = 1, n do "+body+" end end")
	s.GetGlobal("bench")
	fn := s.Ref()
	defer cpuMetric(b)()
	s.PushRef(fn)
	s.PushInteger(int64(b.N))
	if err := s.PCall(1, 0); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkGoCallFromLua: Lua calls a Go function taking and returning a number.
func BenchmarkGoCallFromLua(b *testing.B) {
	s := newState(b)
	s.Register("gofn", func(s *State) int {
		s.PushInteger(s.CheckInteger(1) + 1)
		return 1
	})
	benchLoop(b, s, "", "gofn(i)")
}

// BenchmarkGoCallFromLuaNoArgs: the bare trampoline and dispatcher cost.
func BenchmarkGoCallFromLuaNoArgs(b *testing.B) {
	s := newState(b)
	s.Register("gofn", func(s *State) int { return 0 })
	benchLoop(b, s, "", "gofn()")
}

// BenchmarkGoMethodFromCoroutine: a class method called in a coroutine (the
// common case for rspamd rules: symbol callbacks run in coroutines).
func BenchmarkGoMethodFromCoroutine(b *testing.B) {
	s := newState(b)
	cls := counterClass(s)
	s.PushUserdata(cls, &counter{})
	s.SetGlobal("c")
	mustDo(b, s, "function bench(n) for i = 1, n do c:get() end end")
	co := s.NewCoroutine()
	defer co.Close()
	th := co.State()
	defer cpuMetric(b)()
	th.GetGlobal("bench")
	th.PushInteger(int64(b.N))
	co.Call(1, func(_ *State, err error) {
		if err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkLuaCallFromLua is the baseline of a Lua-to-Lua call.
func BenchmarkLuaCallFromLua(b *testing.B) {
	s := newState(b)
	mustDo(b, s, "jit.off()")
	benchLoop(b, s, "function luafn(x) return x + 1 end", "luafn(i)")
}

// BenchmarkCCallFromLua is the baseline of a classic C function call
// (string.byte is a C function the JIT cannot inline when it is off).
func BenchmarkCCallFromLua(b *testing.B) {
	s := newState(b)
	mustDo(b, s, "jit.off()")
	benchLoop(b, s, "local s = 'abc'", "s:byte(1)")
}

// BenchmarkLuaCallFromGo: Go calls a Lua function with PCall (one argument,
// one result).
func BenchmarkLuaCallFromGo(b *testing.B) {
	s := newState(b)
	mustDo(b, s, "function luafn(x) return x + 1 end")
	s.GetGlobal("luafn")
	fn := s.Ref()
	defer cpuMetric(b)()
	for i := 0; i < b.N; i++ {
		s.PushRef(fn)
		s.PushInteger(int64(i))
		if err := s.PCall(1, 1); err != nil {
			b.Fatal(err)
		}
		if s.ToInteger(-1) != int64(i+1) {
			b.Fatal("wrong result")
		}
		s.Pop(1)
	}
}

// BenchmarkCgoStackOp is the cost of one stack operation from Go.
func BenchmarkCgoStackOp(b *testing.B) {
	s := newState(b)
	defer cpuMetric(b)()
	for i := 0; i < b.N; i++ {
		s.GetTop()
	}
}

func BenchmarkGetFieldPlainTable(b *testing.B) {
	s := newState(b)
	mustDo(b, s, "t = {key = 'value'}")
	s.GetGlobal("t")
	defer cpuMetric(b)()
	for i := 0; i < b.N; i++ {
		s.GetField(-1, "key")
		s.Pop(1)
	}
}

func BenchmarkToStringView(b *testing.B) {
	s := newState(b)
	s.PushString("some header value")
	defer cpuMetric(b)()
	for i := 0; i < b.N; i++ {
		if v, _ := s.ToStringView(-1); len(v) != 17 {
			b.Fatal("length")
		}
	}
}

func BenchmarkPushString(b *testing.B) {
	s := newState(b)
	defer cpuMetric(b)()
	for i := 0; i < b.N; i++ {
		s.PushString("some header value")
		s.Pop(1)
	}
}

// BenchmarkUserdataLifecycle: push a class userdata from Go and let Lua
// collect it (slot reuse included).
func BenchmarkUserdataLifecycle(b *testing.B) {
	s := newState(b)
	cls := counterClass(s)
	v := &counter{}
	defer cpuMetric(b)()
	for i := 0; i < b.N; i++ {
		s.PushUserdata(cls, v)
		s.Pop(1)
	}
	s.GC()
}

func BenchmarkLPegMatch(b *testing.B) {
	for _, subject := range []string{"string", "text"} {
		b.Run(subject, func(b *testing.B) {
			s := newState(b)
			installTestText(s)
			mustDo(b, s, `local lpeg = require "lpeg"
				local txt = require("rspamd_text").fromstring("key1=val1;key2=val2")
				local subject = `+strconv.Quote(subject)+` == "text" and txt or "key1=val1;key2=val2"
				local p = lpeg.C(lpeg.R("az", "09") ^ 1) * "="
				function bench(n) for i = 1, n do p:match(subject) end end`)
			s.GetGlobal("bench")
			defer cpuMetric(b)()
			s.PushInteger(int64(b.N))
			if err := s.PCall(1, 0); err != nil {
				b.Fatal(err)
			}
		})
	}
}
