package main

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

//go:embed driver.lua
var driverSource string

// oracleLualib is where the oracle's Lua library is installed.
const oracleLualib = "/usr/share/rspamd/lualib"

// Runner runs the unit test files of an upstream checkout, each in its
// own process, in our runtime or in the oracle.
type Runner struct {
	// TestDir is the checkout's test/lua directory.
	TestDir string
	// Filter keeps the files whose path ends with it (rspamd-test -t).
	Filter string
	// Pattern is a Lua pattern test names must match (rspamd-test -c).
	Pattern string
	// Oracle runs the files with the oracle's `rspamadm lua` in the chroot
	// OracleRoot instead of our runtime.
	Oracle     bool
	OracleRoot string
	// LualibDir and RulesDir are the Lua trees our runtime loads.
	LualibDir, RulesDir string
	Jobs                int
	Timeout             time.Duration
	Verbose             bool

	// workDir holds the results files (inside the chroot for the
	// oracle, with the test tree and the driver).
	workDir string
}

// Files lists the unit test files, sorted, as upstream's glob does.
func (r *Runner) Files() ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(r.TestDir, "unit", "*.lua"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range matches {
		if strings.HasSuffix(m, r.Filter) {
			out = append(out, filepath.Base(m))
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("no test files in %s matching %q", filepath.Join(r.TestDir, "unit"), r.Filter)
	}
	return out, nil
}

// Run runs every file and returns their outcomes in file order.
func (r *Runner) Run(ctx context.Context) ([]*File, error) {
	files, err := r.Files()
	if err != nil {
		return nil, err
	}
	if err := r.setup(); err != nil {
		return nil, err
	}
	defer os.RemoveAll(r.workDir)
	out := make([]*File, len(files))
	errs := make([]error, len(files))
	jobs := max(r.Jobs, 1)
	sem := make(chan struct{}, jobs)
	var wg sync.WaitGroup
	for i, name := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i], errs[i] = r.runFile(ctx, name)
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// setup makes the work directory; for the oracle it is inside the chroot
// and holds a copy of the test tree and the driver.
func (r *Runner) setup() error {
	if !r.Oracle {
		d, err := os.MkdirTemp("", "luaunit-")
		r.workDir = d
		return err
	}
	if _, err := os.Stat(filepath.Join(r.OracleRoot, "usr/bin/rspamadm")); err != nil {
		return fmt.Errorf("no oracle at %s: %w", r.OracleRoot, err)
	}
	d, err := os.MkdirTemp(filepath.Join(r.OracleRoot, "tmp"), "luaunit-")
	if err != nil {
		return err
	}
	r.workDir = d
	if err := os.CopyFS(filepath.Join(d, "test/lua"), os.DirFS(r.TestDir)); err != nil {
		return fmt.Errorf("copy the tests into the oracle: %w", err)
	}
	return os.WriteFile(filepath.Join(d, "driver.lua"), []byte(driverSource), 0o644)
}

// inChroot is a path of the work directory as the oracle sees it.
func (r *Runner) inChroot(p string) string {
	return "/" + strings.TrimPrefix(strings.TrimPrefix(p, r.OracleRoot), "/")
}

// runFile runs one test file in a process of its own.
func (r *Runner) runFile(ctx context.Context, name string) (*File, error) {
	results := filepath.Join(r.workDir, name+".results")
	var cmd *exec.Cmd
	var norm normalizer
	if r.Oracle {
		testDir := r.inChroot(filepath.Join(r.workDir, "test/lua"))
		args := []string{r.OracleRoot, "rspamadm"}
		if r.Verbose {
			args = append(args, "-v")
		}
		args = append(args, "lua", "-a", testDir, "-a", testDir+"/unit/"+name, "-a", r.inChroot(results),
			"-a", r.Pattern, r.inChroot(filepath.Join(r.workDir, "driver.lua")))
		cmd = exec.Command("chroot", args...)
		norm = newNormalizer(testDir, oracleLualib, "/usr/bin/rspamadm")
	} else {
		exe, err := os.Executable()
		if err != nil {
			return nil, err
		}
		cmd = exec.Command(exe, r.TestDir, filepath.Join(r.TestDir, "unit", name), results, r.Pattern)
		cmd.Env = append(os.Environ(), childEnv+"=1", "LUALIBDIR="+r.LualibDir, "RULESDIR="+r.RulesDir)
		if r.Verbose {
			cmd.Env = append(cmd.Env, verboseEnv+"=1")
		}
		norm = newNormalizer(r.TestDir, r.LualibDir, exe)
	}
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	pid := cmd.Process.Pid
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var ended string
	timer := time.NewTimer(r.Timeout)
	defer timer.Stop()
	var err error
	select {
	case err = <-done:
	case <-timer.C:
		// the child and whatever it started, by its process group
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		err = <-done
		ended = fmt.Sprintf("timed out after %s", r.Timeout)
	case <-ctx.Done():
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		<-done
		return nil, ctx.Err()
	}
	if ended == "" && err != nil {
		ended = "the process ended: " + err.Error()
		if tail := lastLine(log.Bytes()); tail != "" {
			ended += " (" + tail + ")"
		}
	}
	f, perr := parseResults(results, name, ended, norm)
	if perr != nil {
		return nil, perr
	}
	f.Log = log.Bytes()
	return f, nil
}

// lastLine is the last non-empty line of b.
func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// findRepo returns the directory of the project's go.mod above dir.
func findRepo(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
	}
}

// checkLualib fails clearly when the upstream Lua library is absent (make
// upstream extracts it).
func checkLualib(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "lua_util.lua")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s has no lua_util.lua: run `make upstream` first", dir)
		}
		return err
	}
	return nil
}
