package configs

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/admin"
)

func TestMain(m *testing.M) {
	code := m.Run()
	oraclebench.RemoveBuilds()
	os.Exit(code)
}

// oracleDumpTime runs the oracle's `rspamadm configdump` on the packaged
// tree a few times and returns the median wall time of a run (a whole
// process: start, load with its Lua rules and plugins, dump), or 0 when
// the oracle is not installed.
func oracleDumpTime(b *testing.B, tr *tree) time.Duration {
	b.Helper()
	if _, err := os.Stat(filepath.Join(oraclebench.Root, "usr/bin/rspamadm")); err != nil {
		return 0
	}
	work, inner := oraclebench.TempDir(b)
	if err := oraclebench.CopyTree(filepath.Join(tr.dir, "conf"), filepath.Join(work, "conf"), nil, nil); err != nil {
		b.Logf("oracle: %v", err)
		return 0
	}
	var times []time.Duration
	for range 7 {
		cmd := oraclebench.Command("--var=CONFDIR="+inner+"/conf", "--var=LOCAL_CONFDIR="+inner+"/local", "configdump")
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Logf("oracle: %v", err)
			return 0
		}
		times = append(times, time.Since(start))
	}
	return oraclebench.Median(times)
}

// BenchmarkConfigdumpPackaged times loading the packaged configuration and
// dumping it, in-process, and prints the ratio to the oracle's time for
// the same command (as a process: the ratio includes the oracle's process
// start, which ours would pay too, and its Lua rules and plugins, which
// ours does not run yet).
func BenchmarkConfigdumpPackaged(b *testing.B) {
	tr := newTree(b)
	if err := os.MkdirAll(filepath.Join(tr.dir, "packaged"), 0o755); err != nil {
		b.Fatal(err)
	}
	v := variant{name: "packaged", overlay: true}
	argv := tr.argv(v, "configdump")
	admin.ConfigResolver = fakeResolver{}
	defer func() { admin.ConfigResolver = nil }()
	b.Setenv("LUALIBDIR", filepath.Join(tr.repo, "lualib"))
	if _, _, rc := run(argv); rc != 0 {
		b.Fatalf("configdump failed with %d", rc)
	}
	oracle := oracleDumpTime(b, tr)
	b.ResetTimer()
	start := time.Now()
	n := 0
	for b.Loop() {
		run(argv)
		n++
	}
	ours := time.Since(start) / time.Duration(n)
	if oracle == 0 {
		return
	}
	b.ReportMetric(float64(oracle)/float64(ours), "oracle/ours")
	b.Logf("load+dump of the packaged tree: ours %v in-process, oracle %v as a process, oracle/ours = %.1f", ours, oracle, float64(oracle)/float64(ours))
	if proc := oursProcessTime(b, tr, argv); proc > 0 {
		b.ReportMetric(float64(oracle)/float64(proc), "oracle/ours-process")
		b.Logf("as processes: ours %v, oracle %v, oracle/ours = %.1f", proc, oracle, float64(oracle)/float64(proc))
	}
}

// oursProcessTime builds our rspamadm and returns the median wall time of
// running argv with it, or 0 when it cannot be built.
func oursProcessTime(b *testing.B, tr *tree, argv []string) time.Duration {
	bin, err := oraclebench.BuildRspamadm(tr.repo)
	if err != nil {
		b.Log(err)
		return 0
	}
	var times []time.Duration
	for range 7 {
		cmd := exec.Command(bin, argv[1:]...)
		cmd.Env = append(os.Environ(), "LUALIBDIR="+filepath.Join(tr.repo, "lualib"))
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Logf("ours: %v", err)
			return 0
		}
		times = append(times, time.Since(start))
	}
	return oraclebench.Median(times)
}
