package luaapi

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// The scripts of compat-tests/luaapi run here as `rspamadm lua` runs them
// in the oracle, and their output must equal the goldens the oracle wrote
// (compat-tests/luaapi/oracle.sh regenerates them).

const (
	scriptDir = "../../compat-tests/luaapi"
	goldenDir = "../../compat-tests/golden/4.1.5/luaapi"
)

// scriptEnv is the environment the scripts see (oracle.sh sets the same
// RSPAMD_ variable).
var scriptEnv = []string{"RSPAMD_LUAAPI_TEST=yes", "PATH=/usr/bin:/bin"}

// rspamadmRuntime is a runtime set up like rspamadm's: console logging as
// rspamadm does it, package.path, rspamd_paths, rspamd_env and the globals,
// with the upstream lualib of this checkout reachable by require.
func rspamadmRuntime(t *testing.T, verbose bool, stdout, stderr *bytes.Buffer) *Runtime {
	t.Helper()
	rt := newRuntime(t)
	lg := logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, stdout, stderr)
	if verbose {
		lg = logger.NewConsoleTo(logger.FlagRspamadm|logger.FlagUsec|logger.FlagEnforced, "main", logger.ThresholdDebug, stdout, stderr)
	}
	rt.Logger = lg
	rt.setPath(nil, nil, func(string) (string, bool) { return "", false })
	host, _ := os.Hostname()
	if err := rt.setEnv(nil, nil, scriptEnv, host); err != nil {
		t.Fatal(err)
	}
	rt.SetGlobals(nil)
	addLualibSearcher(t, rt.L)
	s := rt.L
	// the packaged configuration of this checkout (the oracle reads
	// /etc/rspamd)
	if conf, err := filepath.Abs("../../conf"); err == nil {
		s.PushString(conf)
		s.SetGlobal("LUAAPI_CONFDIR")
	}
	s.PushFunction(func(s *lua.State) int {
		var parts []string
		for i := 1; i <= s.GetTop(); i++ {
			s.GetGlobal("tostring")
			s.PushValue(i)
			if err := s.PCall(1, 1); err != nil {
				return s.ErrorOf(err)
			}
			str, ok := s.ToString(-1)
			if !ok {
				return s.Errorf("'tostring' must return a string to 'print'")
			}
			s.Pop(1)
			parts = append(parts, str)
		}
		stdout.WriteString(strings.Join(parts, "\t") + "\n")
		return 0
	})
	s.SetGlobal("print")
	return rt
}

// addLualibSearcher lets require find the upstream Lua tree of this
// checkout (lualib/) without changing package.path, which scripts print.
func addLualibSearcher(t testing.TB, s *lua.State) {
	lualib, err := filepath.Abs("../../lualib")
	if err != nil {
		t.Fatal(err)
	}
	s.PushFunction(func(s *lua.State) int {
		name := strings.ReplaceAll(s.CheckString(1), ".", "/")
		for _, p := range []string{lualib + "/" + name + ".lua", lualib + "/" + name + "/init.lua"} {
			if _, err := os.Stat(p); err == nil {
				if err := s.LoadFile(p); err != nil {
					return s.ErrorOf(err)
				}
				return 1
			}
		}
		s.PushString("\n\tno file in lualib/")
		return 1
	})
	s.SetGlobal("__lualib_searcher")
	if err := s.DoString(`table.insert(package.loaders, __lualib_searcher); __lualib_searcher = nil`); err != nil {
		t.Fatal(err)
	}
}

var (
	verboseTime = regexp.MustCompile(`(?m)^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{5}`)
	verboseID   = regexp.MustCompile(`(?m)^<time>; 0[.0-9]*;`)
)

// normalizeVerbose keeps the test lines of a verbose run and masks their
// time stamps, as oracle.sh does.
func normalizeVerbose(out string) string {
	var keep []string
	for _, line := range strings.SplitAfter(out, "\n") {
		if strings.Contains(line, "LUATEST") {
			keep = append(keep, line)
		}
	}
	out = verboseTime.ReplaceAllString(strings.Join(keep, ""), "<time>")
	return verboseID.ReplaceAllString(out, "<time>; <id>;")
}

// runScript runs compat-tests/luaapi/NAME.lua and returns its stdout and
// stderr as the oracle's rspamadm would print them.
func runScript(t *testing.T, name string) (string, string) {
	t.Helper()
	code, err := os.ReadFile(filepath.Join(scriptDir, name+".lua"))
	if err != nil {
		t.Fatal(err)
	}
	return runCode(t, name, code)
}

// runCode is runScript with the script's code given (for tests that
// adapt a script to this machine, such as the path of a data file).
func runCode(t *testing.T, name string, code []byte) (string, string) {
	t.Helper()
	verbose := bytes.HasPrefix(code, []byte("-- rspamadm: -v"))
	var stdout, stderr bytes.Buffer
	rt := rspamadmRuntime(t, verbose, &stdout, &stderr)
	s := rt.L
	path := "/tmp/luaapi/" + name + ".lua"
	if err := s.Load(string(code), "@"+path); err != nil {
		t.Fatal(err)
	}
	co := s.NewCoroutine()
	defer co.Close()
	th := co.State()
	s.XMove(th, 1)
	done := false
	co.Call(0, func(_ *lua.State, err error) {
		done = true
		if err != nil {
			stderr.WriteString("call to " + path + " failed: " + err.(*lua.Error).Detailed() + "\n")
		}
	})
	for !done {
		<-s.Wake()
		s.RunPending()
	}
	out, errOut := stdout.String(), stderr.String()
	if verbose {
		out, errOut = normalizeVerbose(out), normalizeVerbose(errOut)
	}
	return out, errOut
}

func readGolden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(goldenDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// compareOutput reports the lines that differ and returns how many of the
// golden's lines matched.
func compareOutput(t *testing.T, what, got, want string) (matched, total int) {
	t.Helper()
	g := strings.Split(got, "\n")
	w := strings.Split(want, "\n")
	total = len(w)
	bad := 0
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl == wl {
			if i < len(w) {
				matched++
			}
			continue
		}
		bad++
		if bad <= 10 {
			t.Errorf("%s line %d:\n got: %q\nwant: %q", what, i+1, gl, wl)
		}
	}
	return matched, total
}

// coreScripts are the scripts of compat-tests/luaapi about the modules
// this package's core files implement (other files have their own).
var coreScripts = []string{"logger", "logger_verbose", "text", "ucl", "util", "globals", "lualib"}

// TestScriptsAgainstGoldens runs the core scripts and compares their output
// with the oracle's.
func TestScriptsAgainstGoldens(t *testing.T) {
	for _, name := range coreScripts {
		sc := filepath.Join(scriptDir, name+".lua")
		t.Run(name, func(t *testing.T) {
			if needsLualib(t, sc) {
				return
			}
			out, errOut := runScript(t, name)
			m1, n1 := compareOutput(t, "stdout", out, readGolden(t, name+".stdout"))
			m2, n2 := compareOutput(t, "stderr", errOut, readGolden(t, name+".stderr"))
			t.Logf("%s: %d/%d lines match", name, m1+m2, n1+n2)
		})
	}
}

// needsLualib skips scripts that require the upstream Lua tree when it
// was not extracted.
func needsLualib(t *testing.T, script string) bool {
	code, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(code, []byte("-- needs: lualib")) {
		return false
	}
	if _, err := os.Stat("../../lualib/lua_util.lua"); err != nil {
		t.Skip("lualib/ is empty: run `make upstream` to extract the upstream Lua tree")
		return true
	}
	if _, err := os.Stat("../../conf/rspamd.conf"); err != nil {
		t.Skip("conf/ is empty: run `make upstream` to extract the packaged configuration")
		return true
	}
	return false
}
