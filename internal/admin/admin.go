// Package admin owns rspamadm's command line: its global options, the
// registry of commands (the C-implemented ones built in, the Lua ones
// discovered through a LuaRuntime), the listing and help output, the
// "Invalid command name" suggestions, and the dispatch of a command line
// to a command, reproducing upstream rspamadm 4.1.5 byte for byte.
package admin

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/version"
)

// Default directories of the Debian build, used when --var does not
// redefine them.
const (
	defaultLuaLibDir  = "/usr/share/rspamd/lualib"
	defaultConfDir    = "/etc/rspamd"
	defaultPluginsDir = "/usr/share/rspamd/plugins"
)

// Command is one rspamadm command.
type Command struct {
	Name    string
	Aliases []string
	// Description is the line "rspamadm -l" shows.
	Description string
	// Unlisted hides the command from listings (the help command).
	Unlisted bool
	// Help prints the command's full help, for "rspamadm help <name>".
	Help func(s *Session) error
	// Run executes the command. argv[0] is "<program> <name>", followed by
	// the command's arguments; argv is nil when the command line ends
	// with the command name. It returns the exit code.
	Run func(s *Session, argv []string) int
}

// LuaRuntime is what rspamadm needs from the Lua runtime: loading the
// --lua-env files and the command modules of a directory. Commands returns
// the commands defined by dir/*.lua in glob order; a missing directory
// gives none.
type LuaRuntime interface {
	LoadEnv(s *Session, files []string) error
	Commands(s *Session, dir string) []*Command
}

// Env is what rspamadm gets from its process.
type Env struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	// Charset is the locale charset option values are converted from:
	// the environment's locale when LANG is set, else "C" (ASCII).
	Charset goption.Charset
	// CommandPath is $RSPAMADM_COMMAND_PATH: more directories of Lua
	// commands, colon-separated.
	CommandPath string
	// CheckPassword is $RSPAMADM_PASSWORD, the password "pw --check"
	// checks instead of asking for one.
	CheckPassword string
	// ReadPassphrase reads a line from the terminal after a prompt, with
	// echo off unless echo is set.
	ReadPassphrase func(prompt string, echo bool) (string, error)
	// Lua is the Lua runtime, or nil when it is not built in.
	Lua LuaRuntime
}

// Session is one rspamadm run: the environment, the global options and
// the commands known.
type Session struct {
	Env
	Verbose bool
	Vars    goption.Vars
	LuaEnv  []string
	// Commands are all commands, sorted by name.
	Commands []*Command
}

const usageHeader = "Usage: rspamadm [global_options] command [command_options]\n"

// summary is the summary line of every rspamadm help output.
var summary = "Summary:\n  Rspamd administration utility version " + version.Upstream +
	"\n  Release id: " + version.ReleaseID

// Main runs rspamadm with argv (argv[0] is the program) and returns the
// exit code.
func Main(argv []string, env Env) int {
	s := &Session{Env: env}
	// Global options are the arguments before the first one that does
	// not start with '-'; the command and its arguments follow.
	n := 1
	for n < len(argv) && strings.HasPrefix(argv[n], "-") {
		n++
	}
	var showHelp, showVersion, list bool
	ctx := goption.NewContext("command - rspamd administration utility", goption.NewGroup("global", "global options", "global options",
		goption.Bool("verbose", 'v', &s.Verbose, "Enable verbose logging"),
		goption.Bool("list-commands", 'l', &list, "List available commands"),
		goption.Func("var", 0, 0, s.varCallback(), "Redefine/define environment variable"),
		goption.Bool("help", 'h', &showHelp, "Show help"),
		goption.Bool("version", 'V', &showVersion, "Show version"),
		goption.Filenames("lua-env", 0, &s.LuaEnv, "Load lua environment from the specified files"),
	))
	ctx.HelpEnabled = false
	ctx.Summary = summary
	ctx.Charset = env.Charset
	if _, err := ctx.Parse(argv[:n]); err != nil {
		return goption.Report(err, s.Stdout, s.Stderr)
	}
	setLogger(s)
	if len(s.LuaEnv) > 0 {
		if s.Lua == nil {
			fmt.Fprintf(s.Stderr, "rspamadm: cannot load lua environment: the Lua runtime is not built yet\n")
			return 1
		}
		if err := s.Lua.LoadEnv(s, s.LuaEnv); err != nil {
			fmt.Fprintf(s.Stderr, "Cannot load lua environment: %v", err)
			// upstream then ends the async session it has not created
			logMsg(logger.LevelCritical, "rspamd_session_destroy", "session is NULL")
			return 0
		}
	}
	s.loadCommands()

	switch {
	case showVersion:
		fmt.Fprintf(s.Stdout, "Rspamadm %s\n", version.Upstream)
		return 0
	case showHelp:
		io.WriteString(s.Stdout, ctx.Help(true, nil))
		return 0
	case list:
		fmt.Fprintf(s.Stdout, "Rspamadm %s\n%s\nAvailable commands:\n", version.Upstream, usageHeader)
		s.listCommands()
		return 0
	}

	name := "help"
	if n < len(argv) {
		name = argv[n]
	}
	luaFile := len(name) > 4 && strings.HasSuffix(name, ".lua")
	if luaFile {
		name = "lua"
	}
	cmd := s.Search(name)
	if cmd == nil {
		fmt.Fprintf(s.Stderr, "Invalid command name: %s\nSuggested commands:\n", name)
		for _, c := range s.Suggest(name) {
			fmt.Fprintf(s.Stderr, "%s\n", c)
		}
		return 1
	}
	return cmd.Run(s, commandArgv(argv, n, name, luaFile))
}

// commandArgv returns the argv a command gets when argv[n] named it: nil
// when nothing follows the program's options; else "<program> <name>"
// and the arguments after argv[n]. "rspamadm script.lua a b" runs the lua
// command as "lua script.lua --args=a --args=b".
func commandArgv(argv []string, n int, name string, luaFile bool) []string {
	if n == len(argv) {
		return nil
	}
	sub := []string{argv[0] + " " + name}
	if !luaFile {
		return append(sub, argv[n+1:]...)
	}
	sub = append(sub, argv[n])
	for _, a := range argv[n+1:] {
		sub = append(sub, "--args="+a)
	}
	return sub
}

// setLogger makes rspamadm's console logger (bare messages, or time
// stamps with -v) the process's logger, for the libraries too.
func setLogger(s *Session) {
	log := logger.NewConsoleTo(s.logFlags(), "main", s.logLevel(), s.Stdout, s.Stderr)
	logger.SetDefault(log)
	logger.SetLibraryLoggers(log)
}

func (s *Session) varCallback() goption.Callback {
	return func(_ string, value *string) error {
		if !s.Vars.Parse(*value) {
			return fmt.Errorf("Bad variable format: %s", *value)
		}
		return nil
	}
}

// LuaCommandDirs returns the directories Lua commands are loaded from, in
// order: $LUALIBDIR/rspamadm, $CONFDIR/rspamadm.d, then each directory of
// $RSPAMADM_COMMAND_PATH.
func (s *Session) LuaCommandDirs() []string {
	lualib, ok := s.Vars.Get("LUALIBDIR")
	if !ok {
		lualib = defaultLuaLibDir
	}
	conf, ok := s.Vars.Get("CONFDIR")
	if !ok {
		conf = defaultConfDir
	}
	dirs := []string{filepath.Join(lualib, "rspamadm"), filepath.Join(conf, "rspamadm.d")}
	for _, d := range strings.Split(s.CommandPath, ":") {
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// loadCommands fills s.Commands with the built-in commands and those of
// the Lua runtime, skipping names already defined (first wins), sorted
// by name.
func (s *Session) loadCommands() {
	s.Commands = builtinCommands()
	if s.Lua != nil {
		for _, dir := range s.LuaCommandDirs() {
			for _, c := range s.Lua.Commands(s, dir) {
				if s.Search(c.Name) == nil {
					s.Commands = append(s.Commands, c)
				}
			}
		}
	}
	sort.SliceStable(s.Commands, func(i, j int) bool { return s.Commands[i].Name < s.Commands[j].Name })
}

// Search finds a command by name or alias. As upstream, a name match
// ends the search while an alias match may be overridden by a later
// command's name or alias.
func (s *Session) Search(name string) *Command {
	var found *Command
	for _, c := range s.Commands {
		if c.Name == name {
			return c
		}
		for _, a := range c.Aliases {
			if a == name {
				found = c
				break
			}
		}
	}
	return found
}

// listCommands prints the "Available commands:" lines.
func (s *Session) listCommands() {
	for _, c := range s.Commands {
		if !c.Unlisted {
			fmt.Fprintf(s.Stdout, "  %s %s\n", padBytes(c.Name, 18), padBytes(c.Description, 60))
		}
	}
}

// padBytes pads s with spaces to n bytes, as C's "%-<n>s".
func padBytes(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}
