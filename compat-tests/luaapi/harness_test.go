// Package luaapi_test runs Lua scripts written for real rspamd 4.1.5
// (`rspamadm lua script.lua`) under our runtime (internal/lua with
// internal/luaapi) and compares their output with the oracle's, recorded
// under compat-tests/golden/4.1.5/.
//
// The scripts are the very generators the goldens come from where they
// only use the Lua API (compat-tests/regexp/gen.lua, compat-tests/expr/
// gen.lua), and this directory's own oracle scripts otherwise (regen.sh
// regenerates their goldens under golden/4.1.5/luaapi/).
package luaapi_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/upstream"
)

const goldenDir = "../golden/4.1.5"

// prelude sends what a script prints to the harness instead of the
// process's standard output, as rspamadm's terminal would show it.
const prelude = `
local out = ...
io.write = function(...)
  for i = 1, select('#', ...) do out(tostring((select(i, ...)))) end
end
local stdout = {}
function stdout:write(...)
  for i = 1, select('#', ...) do out(tostring((select(i, ...)))) end
  return self
end
function stdout:flush() end
function stdout:close() end
io.stdout = stdout
print = function(...)
  local parts = {}
  for i = 1, select('#', ...) do parts[i] = tostring((select(i, ...))) end
  out(table.concat(parts, '\t') .. '\n')
end
`

// logMark starts every log message in the output run returns, to tell
// messages (which may span lines) from what scripts print.
const logMark = "\x01"

// markedLog writes each message it is given behind logMark.
type markedLog struct{ w *bytes.Buffer }

func (m markedLog) Write(p []byte) (int, error) {
	m.w.WriteString(logMark)
	return m.w.Write(p)
}

// lineHandler writes slog records as bare message lines, as rspamadm's
// logger writes them.
type lineHandler struct {
	w   *bytes.Buffer
	min slog.Level
}

func (h lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.min }
func (h lineHandler) Handle(_ context.Context, r slog.Record) error {
	h.w.WriteString(logMark + r.Message + "\n")
	return nil
}
func (h lineHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h lineHandler) WithGroup(string) slog.Handler      { return h }

// mode is how the oracle's output was captured.
type mode int

const (
	// verbose is `rspamadm -v lua script 2>&1`: every log message.
	verbose mode = iota
	// quiet is `rspamadm lua script >out`: notices and what the script
	// prints (errors and warnings go to standard error).
	quiet
	// merged is `rspamadm lua script 2>&1`: notices, warnings, errors and
	// what the script prints.
	merged
)

// run runs a script file with the given command line arguments (the
// global arg, as `rspamadm lua -a` sets it) and returns what it printed,
// interleaved with the log messages of the run as the mode captures them
// (bare messages behind logMark, as `rspamadm lua` writes them).
func run(t *testing.T, m mode, script string, args ...string) string {
	t.Helper()
	return runWith(t, m, nil, script, args...)
}

// runWith is run with setup called first, to provide what a script needs
// beyond the Lua API (test-only stand-ins for globals of rspamadm lua).
func runWith(t *testing.T, m mode, setup func(rt *luaapi.Runtime, s *lua.State), script string, args ...string) string {
	t.Helper()
	s, err := lua.New()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rt, err := luaapi.Open(s)
	if err != nil {
		t.Fatal(err)
	}
	var out, stderr bytes.Buffer
	lw := markedLog{&out}
	if m == verbose {
		rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm|logger.FlagUsec|logger.FlagEnforced, "main", logger.ThresholdDebug, lw, lw)
		re.SetLogger(slog.New(lineHandler{w: &out, min: slog.LevelDebug}))
		upstream.SetLogger(slog.New(lineHandler{w: &out, min: slog.LevelDebug}))
	} else {
		errw := markedLog{&stderr}
		if m == merged {
			errw = lw
		}
		rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, lw, errw)
		re.SetLogger(slog.New(lineHandler{w: errw.w, min: slog.LevelWarn}))
		upstream.SetLogger(slog.New(lineHandler{w: errw.w, min: slog.LevelWarn}))
	}
	defer re.SetLogger(nil)
	defer upstream.SetLogger(nil)
	re.Init(false) // logged at start-up by the oracle, before the script runs

	if setup != nil {
		setup(rt, s)
	}
	s.NewTable(len(args), 0)
	for i, a := range args {
		s.PushString(a)
		s.RawSetInt(-2, i+1)
	}
	s.SetGlobal("arg")
	if err := s.Load(prelude, "=prelude"); err != nil {
		t.Fatal(err)
	}
	s.PushFunction(func(s *lua.State) int {
		b, _ := s.ToBytesView(1)
		out.Write(b)
		return 0
	})
	if err := s.PCall(1, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.DoFile(script); err != nil {
		t.Fatalf("%s: %v\noutput so far:\n%s", script, err, tail(out.String(), 2000))
	}
	return out.String()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// readGolden returns a golden file's content.
func readGolden(t *testing.T, parts ...string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{goldenDir}, parts...)...))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// lines splits text into lines without the final empty one.
func lines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
