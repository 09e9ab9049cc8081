// Package oraclebench runs timing scripts and commands in the oracle (real
// rspamd 4.1.5 in the Debian sid chroot), copies configuration trees and
// builds our binaries, for benchmarks that report their speed as a ratio to
// the oracle's and tests that run a configuration in both.
package oraclebench

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
	return TimesWith(b, script, nil)
}

// TimesWith is Times for a script that reads files: each of files (name
// to content; run.lua is the script's own name) is written next to the
// script, whose directory, inside the chroot and with a trailing slash,
// the script finds in its local variable bench_dir.
func TimesWith(b *testing.B, script string, files map[string][]byte) map[string]float64 {
	b.Helper()
	Need(b)
	key := script
	for _, name := range slices.Sorted(maps.Keys(files)) {
		key += "\x00" + name + "\x00" + string(files[name])
	}
	mu.Lock()
	r, ok := cache[key]
	if !ok {
		r = run(script, files)
		cache[key] = r
	}
	mu.Unlock()
	if r.err != nil {
		b.Skip(r.err)
	}
	return r.times
}

// Need skips tb when the oracle is not installed, or when this process
// cannot chroot into it (not root).
func Need(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(Root, "usr/bin/rspamadm")); err != nil {
		tb.Skip("no oracle at " + Root)
	}
	if os.Geteuid() != 0 {
		tb.Skip("running the oracle needs root (chroot " + Root + ")")
	}
}

// Command returns the oracle's rspamadm with args, run in the chroot from
// its root directory with a minimal environment.
func Command(args ...string) *exec.Cmd {
	cmd := exec.Command("chroot", append([]string{Root, "/usr/bin/rspamadm"}, args...)...)
	cmd.Dir = "/"
	cmd.Env = []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root"}
	return cmd
}

// TempDir makes a directory in the chroot's /tmp that is removed when tb
// ends and returns its path outside the chroot and inside it.
func TempDir(tb testing.TB) (outside, inside string) {
	tb.Helper()
	dir, err := os.MkdirTemp(filepath.Join(Root, "tmp"), "bench")
	if err != nil {
		tb.Fatalf("oracle bench: %v", err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	return dir, strings.TrimPrefix(dir, Root)
}

// BuildRspamadm builds our rspamadm from the repository at repo with
// Build and returns its path.
func BuildRspamadm(repo string) (string, error) {
	dir, err := Build(repo, "./rspamadm")
	return filepath.Join(dir, "rspamadm"), err
}

var builds struct {
	mu   sync.Mutex
	dirs map[string]*built
}

type built struct {
	once sync.Once
	dir  string
	err  error
}

// Build builds the main packages pkgs (such as "./rspamadm") of the
// repository at repo into one directory, once per process for the same
// repository and packages, and returns that directory. A TestMain calls
// RemoveBuilds after the tests.
func Build(repo string, pkgs ...string) (string, error) {
	key := strings.Join(append([]string{repo}, pkgs...), "\x00")
	builds.mu.Lock()
	if builds.dirs == nil {
		builds.dirs = map[string]*built{}
	}
	b, ok := builds.dirs[key]
	if !ok {
		b = &built{}
		builds.dirs[key] = b
	}
	builds.mu.Unlock()
	b.once.Do(func() {
		b.dir, b.err = os.MkdirTemp("", "gorspamd-bin")
		if b.err != nil {
			return
		}
		cmd := exec.Command("go", append([]string{"build", "-o", b.dir + "/"}, pkgs...)...)
		cmd.Dir = repo
		if out, err := cmd.CombinedOutput(); err != nil {
			b.err = fmt.Errorf("building %s: %v\n%s", strings.Join(pkgs, " "), err, out)
		}
	})
	return b.dir, b.err
}

// RemoveBuilds removes the directories Build made.
func RemoveBuilds() {
	builds.mu.Lock()
	defer builds.mu.Unlock()
	for _, b := range builds.dirs {
		if b.dir != "" {
			os.RemoveAll(b.dir)
		}
	}
	builds.dirs = nil
}

// CopyTree copies the directory src to dst, but for the paths (relative
// to src) skip reports; edit, when not nil, rewrites each file's content.
func CopyTree(src, dst string, skip func(rel string) bool, edit func([]byte) []byte) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if skip != nil && skip(rel) {
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if edit != nil {
			data = edit(data)
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// Median returns the median of xs (the upper one of an even count); xs
// is sorted in place.
func Median[T cmp.Ordered](xs []T) T {
	slices.Sort(xs)
	return xs[len(xs)/2]
}

func run(script string, files map[string][]byte) *result {
	dir, err := os.MkdirTemp(filepath.Join(Root, "tmp"), "bench")
	if err != nil {
		return &result{err: fmt.Errorf("oracle bench: %w", err)}
	}
	defer os.RemoveAll(dir)
	for name, data := range files {
		if name == "run.lua" {
			return &result{err: fmt.Errorf("oracle bench: a file is named %s like the script", name)}
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return &result{err: fmt.Errorf("oracle bench: %w", err)}
		}
	}
	path := filepath.Join(dir, "run.lua")
	script = fmt.Sprintf("local bench_dir = '%s/'\n%s", strings.TrimPrefix(dir, Root), script)
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
