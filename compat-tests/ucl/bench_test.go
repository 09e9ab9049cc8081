package uclcompat

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorspamd/rspamd/internal/ucl"
)

const oracleRoot = "/srv/oracle-sid"

var (
	oracleOnce  sync.Once
	oracleTimes map[string]float64 // ns per operation, by operation name
)

// oracleBenchScript times the same operations with the oracle's libucl;
// it prints "name nanoseconds-per-op" lines.
const oracleBenchScript = `
local ucl = require "ucl"
local conf = %q
local function parse()
  local p = ucl.parser(0)
  p:register_variable('CONFDIR', conf)
  p:register_variable('LOCAL_CONFDIR', conf)
  assert(p:parse_file(conf .. '/rspamd.conf'))
  return p:get_object_wrapped()
end
local function time(name, f)
  local n, t0 = 0, os.clock()
  repeat f(); n = n + 1 until os.clock() - t0 > 1
  print(name, (os.clock() - t0) / n * 1e9)
end
time('parse', parse)
local o = parse()
for _, fmt in ipairs({'json', 'json-compact', 'config', 'yaml'}) do
  time('emit-' .. fmt, function() o:tostring(fmt) end)
end
time('emit-msgpack', function() ucl.to_format({o}, 'msgpack') end)
`

// oracleTime returns the oracle's time for an operation on the conf tree,
// measuring once per test binary; 0 when the oracle is not installed.
func oracleTime(b *testing.B, conf, op string) float64 {
	b.Helper()
	oracleOnce.Do(func() {
		if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamadm")); err != nil {
			return
		}
		work, err := os.MkdirTemp(filepath.Join(oracleRoot, "tmp"), "uclbench")
		if err != nil {
			b.Logf("oracle: %v", err)
			return
		}
		defer os.RemoveAll(work)
		inner := "/tmp/" + filepath.Base(work)
		if out, err := exec.Command("cp", "-a", conf, filepath.Join(work, "conf")).CombinedOutput(); err != nil {
			b.Logf("oracle: copy conf: %v %s", err, out)
			return
		}
		script := fmt.Sprintf(oracleBenchScript, inner+"/conf")
		if err := os.WriteFile(filepath.Join(work, "bench.lua"), []byte(script), 0o644); err != nil {
			b.Logf("oracle: %v", err)
			return
		}
		cmd := exec.Command("chroot", oracleRoot, "rspamadm", "lua", inner+"/bench.lua")
		cmd.Dir = "/"
		out, err := cmd.Output()
		if err != nil {
			b.Logf("oracle: %v", err)
			return
		}
		oracleTimes = map[string]float64{}
		for _, line := range strings.Split(string(out), "\n") {
			f := strings.Fields(line)
			if len(f) == 2 {
				v, _ := strconv.ParseFloat(f[1], 64)
				oracleTimes[f[0]] = v
			}
		}
	})
	return oracleTimes[op]
}

// reportRatio reports our time per operation divided by the oracle's.
func reportRatio(b *testing.B, conf, op string) {
	if o := oracleTime(b, conf, op); o > 0 && b.N > 0 {
		ours := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		b.ReportMetric(ours/o, "x-oracle")
	}
}

// BenchmarkParseConfTree parses the whole packaged configuration with its
// includes (about 120 files).
func BenchmarkParseConfTree(b *testing.B) {
	conf := prepareConfTree(b)
	b.ReportAllocs()
	for b.Loop() {
		parseConfTree(b, conf)
	}
	reportRatio(b, conf, "parse")
}

// BenchmarkEmitConfTree emits the parsed configuration in each format.
func BenchmarkEmitConfTree(b *testing.B) {
	conf := prepareConfTree(b)
	obj := parseConfTree(b, conf)
	for _, f := range []struct {
		name string
		f    ucl.Format
	}{{"json", ucl.FormatJSON}, {"json-compact", ucl.FormatJSONCompact},
		{"config", ucl.FormatConfig}, {"yaml", ucl.FormatYAML}, {"msgpack", ucl.FormatMsgpack}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ucl.Emit(obj, f.f)
			}
			reportRatio(b, conf, "emit-"+f.name)
		})
	}
}
