package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
)

// Our runtime runs each test file in a child process (this program again,
// with childEnv set), so that a crash or a hang ends one file only.

const (
	// childEnv holds the child's arguments, NUL-separated: test dir,
	// test file, results file, pattern.
	childEnv = "LUAUNIT_CHILD"
	// verboseEnv makes the child log at debug level.
	verboseEnv = "LUAUNIT_VERBOSE"
)

// newState opens a Lua state as upstream's test driver (rspamd-test)
// prepares its own: rspamd's Lua API, the upstream modules this build
// lacks as stubs whose functions fail with "<module>.<name>: not available
// in this build" (as the daemon's configuration state has them), package
// paths from LUALIBDIR and RULESDIR, rspamd_env and rspamd_paths, and
// rspamd_config: a default configuration (rspamd_config_new with defaults,
// no file read), as rspamd-test has one.
func newState(verbose bool) (*lua.State, error) {
	s, err := lua.New()
	if err != nil {
		return nil, err
	}
	rt, err := luaapi.Open(s)
	if err != nil {
		s.Close()
		return nil, err
	}
	before := preloaded(s)
	rt.StubMissingModules()
	// luaunit_stubbed: the modules StubMissingModules added, for the
	// driver's observer (runner only; upstream has no such global)
	s.NewTable(0, 0)
	for _, name := range preloaded(s) {
		if !slices.Contains(before, name) {
			s.PushBool(true)
			s.SetField(-2, name)
		}
	}
	s.SetGlobal("luaunit_stubbed")
	level := logger.ThresholdNotice
	flags := logger.FlagRspamadm
	if verbose {
		level = logger.ThresholdDebug
		flags |= logger.FlagUsec | logger.FlagEnforced
	}
	rt.Logger = logger.NewConsoleTo(flags, "main", level, os.Stdout, os.Stderr)
	rt.SetPath(nil, nil)
	if err := rt.SetEnv(nil, nil); err != nil {
		s.Close()
		return nil, fmt.Errorf("rspamd_env: %w", err)
	}
	c := rt.NewConfig(cfgload.New(&cfgload.Options{Log: rt.Logger}))
	rt.SetGlobals(func(s *lua.State) { rt.PushConfig(s, c) })
	return s, nil
}

// runDriver runs the driver in s with the arguments as the global arg,
// as `rspamadm lua -a ...` passes them.
func runDriver(s *lua.State, args []string) error {
	s.NewTable(len(args), 0)
	for i, a := range args {
		s.PushString(a)
		s.RawSetInt(-2, i+1)
	}
	s.SetGlobal("arg")
	if err := s.Load(driverSource, "@driver.lua"); err != nil {
		return err
	}
	return s.PCall(0, 0)
}

// childMain is the child process: it runs the driver on one test file.
func childMain(args []string) int {
	s, err := newState(os.Getenv(verboseEnv) != "")
	if err != nil {
		fmt.Fprintf(os.Stderr, "luaunit: %v\n", err)
		return 2
	}
	defer s.Close()
	if err := runDriver(s, args); err != nil {
		if le, ok := err.(*lua.Error); ok {
			fmt.Fprintf(os.Stderr, "luaunit: driver: %s\n", le.Detailed())
		} else {
			fmt.Fprintf(os.Stderr, "luaunit: driver: %v\n", err)
		}
		return 2
	}
	return 0
}

// preloaded lists the names in package.preload.
func preloaded(s *lua.State) []string {
	var names []string
	s.GetGlobal("package")
	s.GetField(-1, "preload")
	s.PushNil()
	for s.Next(-2) {
		if s.Type(-2) == lua.TypeString {
			name, _ := s.ToString(-2)
			names = append(names, name)
		}
		s.Pop(1)
	}
	s.Pop(2)
	return names
}

// taskStubbed says whether our runtime lacks rspamd_task (so tests that
// need a message are skipped).
func taskStubbed() (bool, error) {
	s, err := lua.New()
	if err != nil {
		return false, err
	}
	defer s.Close()
	if _, err := luaapi.Open(s); err != nil {
		return false, err
	}
	return !slices.Contains(preloaded(s), "rspamd_task"), nil
}
