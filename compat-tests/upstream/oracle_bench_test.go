package upstreamcompat

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/upstream"
)

const (
	oracleIters = 200000
	benchList   = "10.0.0.1:6379,10.0.0.2:6379,10.0.0.3:6379,10.0.0.4:6379,10.0.0.5:6379"
)

// oracleBenchLua times, in the oracle, what the benchmarks below time in
// Go: picking an upstream by hash (1000 different keys in turn) and by
// round robin, through the Lua API (whose call overhead the oracle's
// times include).
const oracleBenchLua = `
local upstream_list = require "rspamd_upstream_list"
local rspamd_util = require "rspamd_util"
local ups = upstream_list.create(rspamd_config, %q, 11333)
local keys = {}
for i = 1, 1000 do keys[i] = 'key' .. i end
local iters = %d
local t0 = rspamd_util.get_ticks()
for i = 1, iters do ups:get_upstream_by_hash(keys[i %% 1000 + 1]):ok() end
print(string.format('hash %%.0f', (rspamd_util.get_ticks() - t0) * 1e9 / iters))
t0 = rspamd_util.get_ticks()
for _ = 1, iters do ups:get_upstream_round_robin():ok() end
print(string.format('rr %%.0f', (rspamd_util.get_ticks() - t0) * 1e9 / iters))
`

// BenchmarkVsOracle reports our time per pick (and OK) and its ratio to
// the oracle's.
func BenchmarkVsOracle(b *testing.B) {
	times := oraclebench.Times(b, fmt.Sprintf(oracleBenchLua, benchList, oracleIters))
	ctx, _ := newContext()
	l := upstream.NewList(ctx)
	if !l.ParseLine(benchList, 11333, nil) {
		b.Fatal("list not parsed")
	}
	keys := make([][]byte, 1000)
	for i := range keys {
		keys[i] = []byte("key" + strconv.Itoa(i+1))
	}
	b.Run("hash", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			l.Get(upstream.Hashed, keys[i%1000]).OK()
			i++
		}
		oraclebench.ReportRatio(b, times["hash"])
	})
	b.Run("rr", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			l.Get(upstream.RoundRobin, nil).OK()
		}
		oraclebench.ReportRatio(b, times["rr"])
	})
}
