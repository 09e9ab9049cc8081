package taskdump

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
)

// The runner executes dump.lua and bench.lua with our `rspamadm lua`, as
// capture.sh executes them with the oracle's, through ours.lua, which
// stands in for two things of the oracle's file system:
//
//   - rspamd_url.init('/usr/share/publicsuffix/effective_tld_names.dat')
//     loads the oracle's public suffix list, which `make upstream` keeps
//     in .cache/upstream/public_suffix_list.dat (the host's copy differs);
//   - the share directory (language models for init_subsystem('langdet'))
//     and the Lua tree are the checkout's (SHAREDIR, LUALIBDIR).

// errMissing marks what a run needs and the checkout lacks: the tests
// skip then (a build failure fails them).
var errMissing = errors.New("missing")

func TestMain(m *testing.M) {
	code := m.Run()
	oraclebench.RemoveBuilds()
	os.Exit(code)
}

// rspamadm builds our rspamadm once per test process.
func rspamadm() (string, error) {
	root := RepoRoot()
	for _, need := range []string{"lualib/lua_magic/init.lua", "languages/stop_words", ".cache/upstream/public_suffix_list.dat"} {
		if _, err := os.Stat(filepath.Join(root, need)); err != nil {
			return "", fmt.Errorf("%w: %s (run make upstream): %v", errMissing, need, err)
		}
	}
	return oraclebench.BuildRspamadm(root)
}

// runScript runs a script (dump.lua, bench.lua, a path relative to this
// directory) with our `rspamadm lua -a args...` and returns what it
// printed on the standard output.
func runScript(script string, args ...string) ([]byte, error) {
	bin, err := rspamadm()
	if err != nil {
		return nil, err
	}
	root := RepoRoot()
	here := filepath.Join(root, "compat-tests", "taskdump")
	argv := []string{"lua"}
	for _, a := range args {
		argv = append(argv, "-a", a)
	}
	cmd := exec.Command(bin, append(argv, filepath.Join(here, "ours.lua"))...)
	cmd.Dir = here
	cmd.Env = append(os.Environ(),
		"LUALIBDIR="+filepath.Join(root, "lualib"),
		"SHAREDIR="+root,
		"TASKDUMP_PSL="+filepath.Join(root, ".cache", "upstream", "public_suffix_list.dat"),
		"TASKDUMP_SCRIPT="+filepath.Join(here, script))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return out.Bytes(), fmt.Errorf("rspamadm lua %s: %v: %s", script, err, tail(errOut.String(), 2000))
	}
	return out.Bytes(), nil
}

// needRspamadm skips when the checkout lacks the upstream trees and fails
// when rspamadm does not build.
func needRspamadm(tb testing.TB) {
	tb.Helper()
	if _, err := rspamadm(); errors.Is(err, errMissing) {
		tb.Skip(err)
	} else if err != nil {
		tb.Fatal(err)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// TestDumpOne runs dump.lua on TASKDUMP_MSG and prints the dump (a tool
// for looking at one message).
func TestDumpOne(t *testing.T) {
	path := os.Getenv("TASKDUMP_MSG")
	if path == "" {
		t.Skip("TASKDUMP_MSG not set")
	}
	needRspamadm(t)
	out, err := runScript("dump.lua", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", out)
}
