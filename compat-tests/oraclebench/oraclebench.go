// Package oraclebench runs timing scripts in the oracle (real rspamd 4.1.5
// in the Debian sid chroot) for benchmarks that report their speed as a
// ratio to the oracle's.
package oraclebench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Root is the oracle's chroot.
const Root = "/srv/oracle-sid"

type result struct {
	times map[string]float64
	err   error
}

var (
	mu    sync.Mutex
	cache = map[string]*result{}
)

// Times runs a Lua script with rspamadm lua in the oracle, once per
// process, and returns the "<name> <nanoseconds>" lines it printed as a
// map. The benchmark is skipped when there is no oracle or the script
// fails.
func Times(b *testing.B, script string) map[string]float64 {
	b.Helper()
	if _, err := os.Stat(filepath.Join(Root, "usr/bin/rspamadm")); err != nil {
		b.Skip("no oracle at " + Root)
	}
	mu.Lock()
	r, ok := cache[script]
	if !ok {
		r = run(script)
		cache[script] = r
	}
	mu.Unlock()
	if r.err != nil {
		b.Skip(r.err)
	}
	return r.times
}

func run(script string) *result {
	dir, err := os.MkdirTemp(filepath.Join(Root, "tmp"), "bench")
	if err != nil {
		return &result{err: fmt.Errorf("oracle bench: %w", err)}
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "bench.lua")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		return &result{err: fmt.Errorf("oracle bench: %w", err)}
	}
	out, err := exec.Command("chroot", Root, "rspamadm", "lua", strings.TrimPrefix(path, Root)).CombinedOutput()
	if err != nil {
		return &result{err: fmt.Errorf("oracle bench: %v: %s", err, out)}
	}
	times := map[string]float64{}
	for _, l := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(l, " "); ok {
			if ns, err := strconv.ParseFloat(v, 64); err == nil {
				times[k] = ns
			}
		}
	}
	if len(times) == 0 {
		return &result{err: fmt.Errorf("oracle bench: no times in %q", out)}
	}
	return &result{times: times}
}

// ReportRatio reports the benchmark's time per operation divided by the
// oracle's (in nanoseconds) as the "x-oracle" metric.
func ReportRatio(b *testing.B, oracleNs float64) {
	b.Helper()
	if oracleNs <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/oracleNs, "x-oracle")
}
