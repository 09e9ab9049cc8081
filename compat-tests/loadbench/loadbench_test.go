// Package loadbench compares loading the packaged configuration, with its
// Lua rules and plugins, in ours and in rspamd 4.1.5 (the oracle): how
// long the load takes and how much memory the loaded state holds.
//
// Both sides run the same script, load.lua, with their own `rspamadm lua`,
// one fresh process per run. The script loads the configuration into
// rspamadm's bare one with the calls upstream's Lua API has for it:
// rspamd_config:load_ucl (the UCL files with their includes, Jinja,
// lua_cfg_transform, the checksum), parse_rcl (every section but logging,
// rules/rspamd.lua included), init_modules (the Lua post-load step, then
// the C modules and every enabled Lua plugin) and
// init_subsystem('symcache'). That is the daemon's sequence
// (rspamd_config_read, rspamd_lua_post_load_config, rspamd_init_filters,
// the symbol cache's part of rspamd_config_post_load) without the
// logging section and the rest of the post-load step (regexp cache,
// Hyperscan databases, composites' dependencies, validation).
//
// The load is timed inside the script, so neither side's process start
// (rspamadm's own set-up, the Lua state and libraries it prepares) nor
// its exit counts: wall time with rspamd_util.get_ticks (a coarse
// monotonic clock, a few milliseconds per step) and CPU time with os.clock
// (every thread of the process, ours' garbage collector included). After
// the load the script runs a full Lua GC and prints collectgarbage("count"),
// the Lua heap, then waits on stdin while the benchmark reads the
// process's VmRSS from /proc/PID/status (the oracle's chroot has no
// /proc; chroot execs rspamadm, so the pid is rspamadm's). The Go heap
// of ours is measured in-process: the live heap after a GC with a loaded
// configuration minus the live heap before.
//
// The configuration is the package's (the oracle's /etc/rspamd; for ours
// conf/, the same files) with one LOCAL_CONFDIR for both sides, in the
// chroot's /tmp: compat-tests/configs-lua/override.d, the overrides the
// oracle harness runs with (loopback binds, DNS on loopback, no SPF
// cache), and an empty db/ as DBDIR.
//
// The oracle's runs and ours alternate, so that both see the same load
// of the machine; each quantity is the median of its runs. The
// benchmark's own loop times ours in-process through the Go API, with
// the daemon's sequence (cfgload.Read, InitFilters, PostLoad,
// InitSymcache, with a new Lua state each time): the log compares it
// with the script's wall time of ours.
package loadbench

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
)

var top, _ = filepath.Abs("../..")

func TestMain(m *testing.M) {
	code := m.Run()
	oraclebench.RemoveBuilds()
	os.Exit(code)
}

// runs is how many times each side runs the script.
const runs = 7

// needTree skips when the upstream tree has not been extracted.
func needTree(tb testing.TB) {
	tb.Helper()
	for _, f := range []string{"lualib/lua_util.lua", "conf/rspamd.conf", "rules/rspamd.lua"} {
		if _, err := os.Stat(filepath.Join(top, f)); err != nil {
			tb.Skip("the upstream tree is not extracted (make upstream)")
		}
	}
}

// localConf lays out the LOCAL_CONFDIR both sides load with in dir.
func localConf(tb testing.TB, dir string) {
	tb.Helper()
	src := filepath.Join(top, "compat-tests", "configs-lua", "override.d")
	entries, err := os.ReadDir(src)
	if err != nil {
		tb.Fatal(err)
	}
	for _, sub := range []string{"override.d", "db"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			tb.Fatal(err)
		}
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "override.d", e.Name()), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// ourVars are the directory variables of ours, with LOCAL_CONFDIR local.
func ourVars(local string) [][2]string {
	return [][2]string{
		{"CONFDIR", filepath.Join(top, "conf")}, {"LOCAL_CONFDIR", local},
		{"LUALIBDIR", filepath.Join(top, "lualib")}, {"PLUGINSDIR", filepath.Join(top, "plugins")},
		{"RULESDIR", filepath.Join(top, "rules")}, {"SHAREDIR", top}, {"DBDIR", filepath.Join(local, "db")},
	}
}

// varArgs turns variables into rspamadm's --var options.
func varArgs(vars [][2]string) []string {
	var args []string
	for _, v := range vars {
		args = append(args, "--var="+v[0]+"="+v[1])
	}
	return args
}

// ourCommand is our rspamadm running load.lua.
func ourCommand(bin, local string) *exec.Cmd {
	cmd := exec.Command(bin, append(varArgs(ourVars(local)), "lua", filepath.Join(top, "compat-tests", "loadbench", "load.lua"))...)
	cmd.Env = append(os.Environ(), "LUALIBDIR="+filepath.Join(top, "lualib"))
	return cmd
}

// oracleCommand is the oracle's rspamadm running load.lua from inner, the
// directory in the chroot that holds it and the LOCAL_CONFDIR.
func oracleCommand(inner string) *exec.Cmd {
	return oraclebench.Command("--var=CONFDIR=/etc/rspamd", "--var=LOCAL_CONFDIR="+inner,
		"--var=DBDIR="+inner+"/db", "lua", inner+"/load.lua")
}

// sample is what one run of load.lua measured.
type sample struct {
	wall, cpu       float64 // seconds
	heap, startHeap float64 // Lua heap after and before the load, KiB
	rss, startRSS   float64 // VmRSS after and before the load, KiB
	symbols         float64
}

// statusKB reads a field in kB of /proc/PID/status.
func statusKB(pid int, field string) (float64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			return strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}

// runScript runs cmd, an rspamadm running load.lua, reading the process's
// RSS when the script pauses.
func runScript(cmd *exec.Cmd) (sample, error) {
	var s sample
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return s, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return s, err
	}
	if err := cmd.Start(); err != nil {
		return s, err
	}
	seen := map[string]bool{}
	var out strings.Builder
	var failed error
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		out.WriteString(sc.Text() + "\n")
		name, val, _ := strings.Cut(sc.Text(), " ")
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			continue
		}
		seen[name] = true
		switch name {
		case "start", "loaded":
			rss, err := statusKB(cmd.Process.Pid, "VmRSS")
			if err != nil && failed == nil {
				failed = err
			}
			if name == "start" {
				s.startHeap, s.startRSS = v, rss
			} else {
				s.heap, s.rss = v, rss
			}
			io.WriteString(stdin, "\n")
		case "wall":
			s.wall = v
		case "cpu":
			s.cpu = v
		case "symbols":
			s.symbols = v
		}
	}
	stdin.Close()
	err = errors.Join(cmd.Wait(), failed)
	for _, name := range []string{"start", "wall", "cpu", "symbols", "loaded"} {
		if !seen[name] {
			err = errors.Join(err, fmt.Errorf("no %q line", name))
		}
	}
	if err != nil {
		return s, fmt.Errorf("%s: %w\nstdout:\n%s\nstderr:\n%s", cmd, err, out.String(), stderr.String())
	}
	return s, nil
}

// TestScript runs load.lua with our rspamadm (no oracle needed): every
// step succeeds, the memory is read and as many symbols are registered as
// rspamd 4.1.5 registers (compat-tests/symbols' load.lua golden).
func TestScript(t *testing.T) {
	needTree(t)
	bin, err := oraclebench.BuildRspamadm(top)
	if err != nil {
		t.Fatal(err)
	}
	local := t.TempDir()
	localConf(t, local)
	s, err := runScript(ourCommand(bin, local))
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join(top, "compat-tests", "golden", "4.1.5", "symbols", "load.lua.out"))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("symbols count:\t%.0f\n", s.symbols); !bytes.Contains(golden, []byte(want)) {
		t.Errorf("%.0f symbols; the oracle's load.lua.out says otherwise", s.symbols)
	}
	if s.wall < 0 || s.cpu <= 0 || s.heap <= s.startHeap || s.rss <= s.startRSS {
		t.Errorf("implausible measures: %+v", s)
	}
}

// loadInProcess loads the configuration in-process with the daemon's
// sequence and returns the loaded state.
func loadInProcess(tb testing.TB, vars [][2]string) (*cfg.Config, *cfgload.LuaState) {
	var gv goption.Vars
	for _, v := range vars {
		gv.Set(v[0], v[1])
	}
	log := logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, io.Discard, io.Discard)
	logger.SetDefault(log)
	l, err := cfgload.NewLuaState()
	if err != nil {
		tb.Fatal(err)
	}
	o := &cfgload.Options{Vars: &gv, Lua: l, Log: log, LoggerReady: func(*cfg.Config) {}}
	c := cfgload.New(o)
	if err := cfgload.Read(c, filepath.Join(top, "conf", "rspamd.conf"), o); err != nil {
		tb.Fatalf("reading the configuration: %v", err)
	}
	if !cfgload.InitFilters(c, o, false) || !c.PostLoad(true) || !cfgload.InitSymcache(c, o) {
		tb.Fatal("the post-load steps failed")
	}
	return c, l
}

// goHeap is the Go heap a loaded configuration holds, in KiB.
func goHeap(tb testing.TB, vars [][2]string) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, l := loadInProcess(tb, vars)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(c)
	l.Close()
	return (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / 1024
}

// report reports a quantity of ours and the oracle's and their ratio.
func report(b *testing.B, name, unit string, scale, ours, oracle float64) {
	b.ReportMetric(ours*scale, name+"-"+unit+"-ours")
	b.ReportMetric(oracle*scale, name+"-"+unit+"-oracle")
	b.ReportMetric(ours/oracle, name+"-x-oracle")
	b.Logf("%-8s ours %8.1f %s, oracle %8.1f %s, ours/oracle %.2f", name, ours*scale, unit, oracle*scale, unit, ours/oracle)
}

// BenchmarkLoad prints the load time and memory of ours and the oracle's
// and their ratios (see the package comment for the method).
func BenchmarkLoad(b *testing.B) {
	needTree(b)
	oraclebench.Need(b)
	bin, err := oraclebench.BuildRspamadm(top)
	if err != nil {
		b.Fatal(err)
	}
	work, inner := oraclebench.TempDir(b)
	localConf(b, work)
	script, err := os.ReadFile("load.lua")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "load.lua"), script, 0o644); err != nil {
		b.Fatal(err)
	}
	var ours, oracle []sample
	for range runs {
		for _, side := range []struct {
			cmd *exec.Cmd
			to  *[]sample
		}{{oracleCommand(inner), &oracle}, {ourCommand(bin, work), &ours}} {
			s, err := runScript(side.cmd)
			if err != nil {
				b.Fatal(err)
			}
			*side.to = append(*side.to, s)
		}
	}
	median := func(ss []sample, f func(sample) float64) float64 {
		var xs []float64
		for _, s := range ss {
			xs = append(xs, f(s))
		}
		return oraclebench.Median(xs)
	}
	both := func(f func(sample) float64) (float64, float64) { return median(ours, f), median(oracle, f) }
	if o, r := both(func(s sample) float64 { return s.symbols }); o != r {
		b.Fatalf("ours registers %.0f symbols, the oracle %.0f", o, r)
	}
	vars := ourVars(work)
	var heaps []float64
	for range 3 {
		heaps = append(heaps, goHeap(b, vars))
	}
	cpu0 := cpuTime()
	for b.Loop() {
		_, l := loadInProcess(b, vars)
		l.Close()
	}
	inCPU := (cpuTime() - cpu0).Seconds() / float64(b.N)
	inWall := b.Elapsed().Seconds() / float64(b.N)
	// b.Loop drops the metrics reported before it: report them now.
	b.Logf("load of the packaged tree, median of %d runs each (load average %s)", runs, loadAverage())
	oursCPU, oracleCPU := both(func(s sample) float64 { return s.cpu })
	report(b, "load-cpu", "ms", 1e3, oursCPU, oracleCPU)
	oursWall, oracleWall := both(func(s sample) float64 { return s.wall })
	report(b, "load-wall", "ms", 1e3, oursWall, oracleWall)
	o, r := both(func(s sample) float64 { return s.heap })
	report(b, "lua-heap", "MiB", 1.0/1024, o, r)
	o, r = both(func(s sample) float64 { return s.rss })
	report(b, "rss", "MiB", 1.0/1024, o, r)
	o, r = both(func(s sample) float64 { return s.rss - s.startRSS })
	report(b, "rss-load", "MiB", 1.0/1024, o, r)
	goMiB := oraclebench.Median(heaps) / 1024
	b.ReportMetric(goMiB, "go-heap-MiB-ours")
	b.Logf("go-heap  ours %8.1f MiB (in-process, live after GC)", goMiB)
	b.ReportMetric(inCPU*1e3, "inproc-cpu-ms-ours")
	b.Logf("in-process (Go API, the daemon's sequence, %d loads): ours %.1f ms CPU, %.1f ms wall per load (load.lua: %.1f ms CPU, %.1f ms wall)",
		b.N, inCPU*1e3, inWall*1e3, oursCPU*1e3, oursWall*1e3)
}

// cpuTime is the CPU time this process has used, every thread's.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAverage is the machine's load average over the last minute.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Fields(string(data))[0]
}
