package upstreamcompat

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorspamd/rspamd/internal/upstream"
)

const (
	oracleRoot  = "/srv/oracle-sid"
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

var (
	oracleOnce  sync.Once
	oracleTimes map[string]float64
	oracleErr   error
)

func oracleBench(b *testing.B) map[string]float64 {
	if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamadm")); err != nil {
		b.Skip("no oracle at " + oracleRoot)
	}
	oracleOnce.Do(func() {
		dir, err := os.MkdirTemp(filepath.Join(oracleRoot, "tmp"), "upsbench")
		if err != nil {
			oracleErr = err
			return
		}
		defer os.RemoveAll(dir)
		script := filepath.Join(dir, "bench.lua")
		if oracleErr = os.WriteFile(script, fmt.Appendf(nil, oracleBenchLua, benchList, oracleIters), 0o644); oracleErr != nil {
			return
		}
		out, err := exec.Command("chroot", oracleRoot, "rspamadm", "lua", strings.TrimPrefix(script, oracleRoot)).CombinedOutput()
		if err != nil {
			oracleErr = fmt.Errorf("oracle: %v: %s", err, out)
			return
		}
		oracleTimes = map[string]float64{}
		for _, l := range strings.Split(string(out), "\n") {
			if k, v, ok := strings.Cut(l, " "); ok {
				if ns, err := strconv.ParseFloat(v, 64); err == nil {
					oracleTimes[k] = ns
				}
			}
		}
		if len(oracleTimes) != 2 {
			oracleErr = fmt.Errorf("oracle output: %s", out)
		}
	})
	if oracleErr != nil {
		b.Skip(oracleErr)
	}
	return oracleTimes
}

// BenchmarkVsOracle reports our time per pick (and OK) and its ratio to
// the oracle's.
func BenchmarkVsOracle(b *testing.B) {
	times := oracleBench(b)
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
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/times["hash"], "x-oracle")
	})
	b.Run("rr", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			l.Get(upstream.RoundRobin, nil).OK()
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/times["rr"], "x-oracle")
	})
}
