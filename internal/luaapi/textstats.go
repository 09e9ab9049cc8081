package luaapi

import (
	"math"

	"github.com/gorspamd/rspamd/internal/lua"
)

// Byte statistics methods of rspamd{text} (upstream's lua_text_stats.cxx):
// entropy, byte_mean, byte_deviation, serial_correlation and
// monte_carlo_pi over an optional range, with upstream's summation order.

func textStatsMethods(rt *Runtime) []lua.Reg {
	stat := func(startArg int, f func(s *lua.State, b []byte) float64) lua.Function {
		return func(s *lua.State) int {
			t := rt.textArg(s, 1)
			s.PushNumber(f(s, statsSlice(s, t.Data, startArg)))
			return 1
		}
	}
	return []lua.Reg{
		{Name: "entropy", Func: stat(2, func(_ *lua.State, b []byte) float64 { return histogramOf(b).entropy() })},
		{Name: "byte_mean", Func: stat(2, func(_ *lua.State, b []byte) float64 { return histogramOf(b).mean() })},
		{Name: "byte_deviation", Func: func(s *lua.State) int {
			t := rt.textArg(s, 1)
			mean := s.CheckNumber(2)
			s.PushNumber(histogramOf(statsSlice(s, t.Data, 3)).deviation(mean))
			return 1
		}},
		{Name: "serial_correlation", Func: stat(2, func(_ *lua.State, b []byte) float64 { return serialCorrelation(b) })},
		{Name: "monte_carlo_pi", Func: stat(2, func(_ *lua.State, b []byte) float64 { return monteCarloPi(b) })},
	}
}

// statsSlice reads the optional 1-based start and length at startArg and
// startArg+1, clamped to the data; an invalid range is empty.
func statsSlice(s *lua.State, data []byte, startArg int) []byte {
	n := int64(len(data))
	start := s.OptInteger(startArg, 1)
	if start < 1 || start > n {
		return nil
	}
	off := start - 1
	avail := n - off
	l := s.OptInteger(startArg+1, avail)
	if l <= 0 {
		return nil
	}
	return data[off : off+min(l, avail)]
}

type histogram struct {
	bins  [256]uint64
	total uint64
}

func histogramOf(b []byte) *histogram {
	h := &histogram{total: uint64(len(b))}
	for _, c := range b {
		h.bins[c]++
	}
	return h
}

func (h *histogram) entropy() float64 {
	if h.total == 0 {
		return 0
	}
	e := 0.0
	for _, n := range h.bins {
		if n != 0 {
			x := float64(n) / float64(h.total)
			e -= x * math.Log2(x)
		}
	}
	return e
}

func (h *histogram) mean() float64 {
	if h.total == 0 {
		return 0
	}
	sum := 0.0
	for i, n := range h.bins {
		sum += float64(i) * float64(n)
	}
	return sum / float64(h.total)
}

func (h *histogram) deviation(mean float64) float64 {
	if h.total == 0 {
		return 0
	}
	sum := 0.0
	for i, n := range h.bins {
		sum += math.Abs(float64(i)-mean) * float64(n)
	}
	return sum / float64(h.total)
}

func serialCorrelation(b []byte) float64 {
	n := len(b)
	if n == 0 {
		return 0
	}
	var first, last, t1, t2, t3 float64
	for i, c := range b {
		u := float64(c)
		if i == 0 {
			first = u
		}
		t1 += last * u
		t2 += u
		t3 += u * u
		last = u
	}
	t1 += last * first
	t2 *= t2
	scc := float64(n)*t3 - t2
	if scc == 0 {
		return -100000
	}
	return (float64(n)*t1 - t2) / scc
}

func monteCarloPi(b []byte) float64 {
	const pi = 3.141592653589793
	incirc := math.Pow(math.Pow(256, 3)-1, 2)
	var monte [6]float64
	count, in := 0, 0
	for i, c := range b {
		monte[i%6] = float64(c)
		if i%6 == 5 {
			var mx, my float64
			count++
			for j := 0; j < 3; j++ {
				mx = mx*256 + monte[j]
				my = my*256 + monte[j+3]
			}
			if mx*mx+my*my <= incirc {
				in++
			}
		}
	}
	if count == 0 {
		return 0
	}
	mpi := 4 * (float64(in) / float64(count))
	return math.Abs((mpi - pi) / pi)
}
