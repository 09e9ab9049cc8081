package luaapi_test

import (
	"os"
	"sort"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
)

// oracleRunner times every workload of bench.lua in the oracle, each for
// at least half a second (rspamd_util.get_ticks is coarse), and prints
// "<name> <ns per call>".
const oracleRunner = `
local util = require "rspamd_util"
local W = dofile(bench_dir .. 'bench.lua')
local names = {}
for k in pairs(W) do names[#names + 1] = k end
table.sort(names)
for _, k in ipairs(names) do
  W[k](100)
  local n, dt = 1000, 0
  while true do
    local t0 = util.get_ticks()
    W[k](n)
    dt = util.get_ticks() - t0
    if dt >= 0.5 then break end
    n = n * 4
  end
  print(string.format('%s %.1f', k, dt * 1e9 / n))
end
`

// oracleBench runs bench.lua's workloads in the oracle once and returns
// the nanoseconds per call of each.
func oracleBench(b *testing.B) map[string]float64 {
	src, err := os.ReadFile("bench.lua")
	if err != nil {
		b.Fatal(err)
	}
	return oraclebench.TimesWith(b, oracleRunner, map[string][]byte{"bench.lua": src})
}

// BenchmarkVsOracle runs each workload of bench.lua under our runtime and
// reports its time per call with the ratio to the oracle's (x-oracle:
// above 1 is slower than rspamd 4.1.5).
func BenchmarkVsOracle(b *testing.B) {
	times := oracleBench(b)
	s, err := lua.New()
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := luaapi.Open(s); err != nil {
		b.Fatal(err)
	}
	if err := s.LoadFile("bench.lua"); err != nil {
		b.Fatal(err)
	}
	if err := s.PCall(0, 1); err != nil {
		b.Fatal(err)
	}
	s.SetGlobal("W")
	names := make([]string, 0, len(times))
	for k := range times {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		b.Run(name, func(b *testing.B) {
			s.GetGlobal("W")
			s.GetField(-1, name)
			s.PushInteger(int64(b.N))
			b.ResetTimer()
			if err := s.PCall(1, 0); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			s.Pop(1)
			oraclebench.ReportRatio(b, times[name])
		})
	}
}
