package admin

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// The lua command: upstream's read/execute/print loop (src/rspamadm/lua_repl.c).

const (
	// mainPrompt and multilinePrompt are the interactive prompts.
	mainPrompt      = lua.LuaJITVersion + "> "
	multilinePrompt = "... "
	// defaultHistoryFile is the history file in $HOME (or ".").
	defaultHistoryFile = ".rspamd_repl.hist"
)

// replOptions are the lua command's options.
type replOptions struct {
	scripts, paths, args []string
	history, serve, exec *string
	batch                bool
	maxHistory           int
}

func runLua(s *Session, argv []string) int {
	o := replOptions{maxHistory: 2000}
	rest, code, done := s.parse(argv, "lua - run lua interpreter", false,
		goption.Strings("script", 's', &o.scripts, "Load specified scripts"),
		goption.Strings("path", 'P', &o.paths, "Add specified paths to lua paths"),
		goption.Filename("history-file", 'H', &o.history, "Load history from the specified file"),
		goption.Int("max-history", 'm', &o.maxHistory, "Store this number of history entries"),
		goption.String("serve", 'S', &o.serve, "Serve http lua server"),
		goption.Bool("batch", 'b', &o.batch, "Batch execution mode"),
		goption.String("exec", 'e', &o.exec, "Execute specified script"),
		goption.Strings("args", 'a', &o.args, "Arguments to pass to Lua"),
	)
	if done {
		return code
	}
	r, ok := s.Lua.(*luaRuntime)
	if !ok || r.state == nil || r.envErr != nil {
		return s.notBuilt("lua", "the Lua runtime")
	}
	batch := o.batch || !isTerminal(s.Stdin)
	if len(o.paths) > 0 {
		// upstream 4.1.5 stores the new package.path into the old path
		// string instead of the package table: every -P ends in LuaJIT's
		// panic before anything runs
		fmt.Fprint(s.Stderr, "PANIC: unprotected error in call to Lua API (attempt to index a string value)\n")
		return 1
	}
	L := r.state.L
	if len(o.args) > 0 {
		L.NewTable(len(o.args), 0)
		for i, a := range o.args {
			L.PushString(a)
			L.RawSetInt(-2, i+1)
		}
		L.SetGlobal("arg")
	}
	for _, f := range o.scripts {
		if !r.loadScript(s, f) {
			return 1
		}
	}
	if o.exec != nil {
		r.execInput(s, *o.exec)
	}
	if o.serve != nil {
		return r.serve(s, *o.serve)
	}
	if len(rest) > 1 {
		for _, f := range rest[1:] {
			if !r.loadScript(s, f) {
				return 1
			}
		}
		return 0
	}
	if batch {
		r.batchLoop(s)
		return 0
	}
	hist := newHistory(historyPath(o.history), o.maxHistory)
	r.interactiveLoop(s, hist)
	hist.save()
	return 0
}

// isTerminal reports whether r is a terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// historyPath is the -H file, else .rspamd_repl.hist in $HOME or the
// current directory.
func historyPath(opt *string) string {
	if opt != nil {
		return *opt
	}
	if home, ok := os.LookupEnv("HOME"); ok {
		return home + "/" + defaultHistoryFile
	}
	return "./" + defaultHistoryFile
}

// loadScript runs a Lua file in a coroutine, reporting why it could not be
// loaded or failed.
func (r *luaRuntime) loadScript(s *Session, path string) bool {
	ok := true
	r.call(func(t *lua.State) (int, bool) {
		if err := t.LoadFile(path); err != nil {
			fmt.Fprintf(s.Stderr, "cannot load script %s: %s\n", path, lua.ErrorMessage(err))
			ok = false
			return 0, false
		}
		return 0, true
	}, func(_ *lua.State, err error) {
		if err != nil {
			fmt.Fprintf(s.Stderr, "call to %s failed: %s\n", path, luaErrorDetailed(err))
			ok = false
		}
	})
	return ok
}

// execInput evaluates a line of input: as an expression ("return " put in
// front) when it compiles so, else as a chunk; then prints each result,
// functions as a reference the .message command takes.
func (r *luaRuntime) execInput(s *Session, input string) {
	// upstream reads the input as a C string
	if i := strings.IndexByte(input, 0); i >= 0 {
		input = input[:i]
	}
	var results []string
	r.call(func(t *lua.State) (int, bool) {
		if err := t.Load("return "+input, "return "+input); err != nil {
			if err := t.Load(input, input); err != nil {
				fmt.Fprintf(s.Stderr, "cannot load string %s\n", input)
				return 0, false
			}
		}
		return 0, true
	}, func(t *lua.State, err error) {
		if err != nil {
			fmt.Fprintf(s.Stderr, "call failed: %s\n", luaErrorDetailed(err))
			return
		}
		for i := 1; i <= t.GetTop(); i++ {
			if t.IsFunction(i) {
				t.PushValue(i)
				results = append(results, fmt.Sprintf("local function: %d", t.Ref()))
				continue
			}
			results = append(results, r.loggerOut(t, i))
		}
	})
	for _, res := range results {
		fmt.Fprintf(s.Stdout, "%s\n", res)
	}
}

// loggerOut renders the value at idx as rspamd's logger renders Lua values
// (lua_logger_out with unprintable bytes escaped), through
// rspamd_logger.slog.
func (r *luaRuntime) loggerOut(t *lua.State, idx int) string {
	idx = t.AbsIndex(idx)
	top := t.GetTop()
	defer t.SetTop(top)
	if err := t.Require("rspamd_logger"); err != nil {
		return ""
	}
	t.GetField(-1, "slog")
	t.PushString("%s")
	t.PushValue(idx)
	if err := t.PCall(2, 1); err != nil {
		return ""
	}
	out, _ := t.ToString(-1)
	return out
}

// dotCommand is a command of the loop, typed after a dot.
type dotCommand struct {
	name, description string
	run               func(r *luaRuntime, s *Session, argv []string)
}

// dotCommands are the loop's commands, in the order .help lists them.
var dotCommands []dotCommand

func init() {
	// set here: .help refers to the list
	dotCommands = []dotCommand{
		{"help", "shows help for commands", (*luaRuntime).dotHelp},
		{"load", "load lua file", (*luaRuntime).dotLoad},
		{"exec", "exec lua file", (*luaRuntime).dotExec},
		{"message", "scans message using specified callback: .message <callback_name> <file>...", (*luaRuntime).dotMessage},
	}
}

// findDotCommand finds a command by name, ignoring ASCII case.
func findDotCommand(name string) *dotCommand {
	for i := range dotCommands {
		if strings.EqualFold(dotCommands[i].name, name) && isASCII(name) {
			return &dotCommands[i]
		}
	}
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// tryDotCommand runs input (which starts with a dot) as a command; false
// when it names none.
func (r *luaRuntime) tryDotCommand(s *Session, input string) bool {
	argv := strings.Split(input[1:], " ")
	cmd := findDotCommand(argv[0])
	if cmd == nil {
		return false
	}
	cmd.run(r, s, argv)
	flushStdout()
	return true
}

func (r *luaRuntime) dotHelp(s *Session, argv []string) {
	if len(argv) == 1 {
		for _, c := range dotCommands {
			fmt.Fprintf(s.Stdout, "%s: %s\n", c.name, c.description)
		}
		fmt.Fprint(s.Stdout, "{{: start multiline input\n}}: end multiline input\n")
		return
	}
	for _, a := range argv[1:] {
		if findDotCommand(a) != nil {
			// upstream describes the first command whatever the name
			fmt.Fprintf(s.Stdout, "%s: %s\n", dotCommands[0].name, dotCommands[0].description)
		} else {
			fmt.Fprintf(s.Stdout, "%s: no such command\n", a)
		}
	}
}

func (r *luaRuntime) dotLoad(s *Session, argv []string) {
	for _, f := range argv[1:] {
		not := ""
		if !r.loadScript(s, f) {
			not = "NOT "
		}
		fmt.Fprintf(s.Stdout, "%s: %sloaded\n", f, not)
	}
}

func (r *luaRuntime) dotExec(s *Session, argv []string) {
	for _, f := range argv[1:] {
		if !r.loadScript(s, f) {
			return
		}
	}
}

// dotMessage is ".message <callback> <file>...": each message is parsed
// into a task and given to the callback (a global function, or a function
// reference printed by the loop), whose results are printed.
func (r *luaRuntime) dotMessage(s *Session, argv []string) {
	if len(argv) < 2 {
		fmt.Fprint(s.Stdout, "no callback is specified\n")
		return
	}
	L := r.state.L
	for _, f := range argv[2:] {
		if ref, err := strconv.ParseUint(argv[1], 10, 64); err == nil {
			L.PushRef(lua.Ref(ref))
		} else {
			L.GetGlobal(argv[1])
		}
		if typ := L.Type(-1); typ != lua.TypeFunction {
			L.Pop(1)
			fmt.Fprintf(s.Stdout, "bad callback type: %s\n", typ)
			return
		}
		cb := L.Ref()
		data, err := os.ReadFile(f)
		if err != nil {
			L.Unref(cb)
			fmt.Fprintf(s.Stdout, "cannot open %s: %s\n", f, syserr.Text(err))
			continue
		}
		task, ok := r.messageTask(s, f, data)
		if !ok {
			L.Unref(cb)
			continue
		}
		var results []string
		r.call(func(t *lua.State) (int, bool) {
			t.PushRef(cb)
			t.PushRef(task)
			return 1, true
		}, func(t *lua.State, err error) {
			if err != nil {
				fmt.Fprintf(s.Stderr, "call to %s failed: %s\n", f, luaErrorDetailed(err))
				return
			}
			results = append(results, "lua callback for "+f+" returned:")
			for i := 1; i <= t.GetTop(); i++ {
				results = append(results, r.loggerOut(t, i))
			}
		})
		for _, res := range results {
			fmt.Fprintf(s.Stdout, "%s\n", res)
		}
		r.destroyTask(task)
		L.Unref(cb)
	}
}

// messageTask makes a task of a message with the Lua API
// (rspamd_task.load_from_string with rspamd_config, then
// task:process_message) and returns a reference to it.
func (r *luaRuntime) messageTask(s *Session, name string, data []byte) (lua.Ref, bool) {
	L := r.state.L
	top := L.GetTop()
	defer L.SetTop(top)
	err := L.Require("rspamd_task")
	if err == nil {
		L.GetField(-1, "load_from_string")
		L.PushBytes(data)
		L.GetGlobal("rspamd_config")
		err = L.PCall(2, 2)
	}
	if err != nil || !L.ToBool(-2) {
		if err != nil {
			logMsg(logger.LevelCritical, "rspamadm_lua_message_handler", "%s", lua.ErrorMessage(err))
		}
		fmt.Fprintf(s.Stdout, "cannot load %s\n", name)
		return lua.NoRef, false
	}
	L.PushValue(-1)
	task := L.Ref()
	L.GetField(-1, "process_message")
	L.PushValue(-2)
	if err := L.PCall(1, 1); err != nil || !L.ToBool(-1) {
		msg := "unknown error"
		if err != nil {
			msg = lua.ErrorMessage(err)
		}
		fmt.Fprintf(s.Stdout, "cannot parse %s: %s\n", name, msg)
		r.destroyTask(task)
		return lua.NoRef, false
	}
	return task, true
}

// destroyTask calls task:destroy() on the referenced task and releases
// the reference.
func (r *luaRuntime) destroyTask(task lua.Ref) {
	if task == lua.NoRef {
		return
	}
	L := r.state.L
	top := L.GetTop()
	defer L.SetTop(top)
	L.PushRef(task)
	if L.GetField(-1, "destroy") == lua.TypeFunction {
		L.PushValue(-2)
		L.PCall(1, 0)
	}
	L.Unref(task)
}

// batchLoop reads lines from the standard input until its end and
// executes each.
func (r *luaRuntime) batchLoop(s *Session) {
	if s.Stdin == nil {
		return
	}
	in := bufio.NewReader(s.Stdin)
	for {
		line, err := in.ReadString('\n')
		if line == "" && err != nil {
			return
		}
		line = strings.TrimSuffix(line, "\n")
		if line == "" {
			continue
		}
		if line[0] == '.' && r.tryDotCommand(s, line) {
			continue
		}
		r.execInput(s, line)
	}
}

// interactiveLoop reads lines from a terminal with the line editor:
// "{{" starts a multi-line input that "}}" ends.
func (r *luaRuntime) interactiveLoop(s *Session, hist *history) {
	f := s.Stdin.(*os.File)
	ed := &lineEditor{in: bufio.NewReader(f), out: s.Stdout, hist: hist}
	read := func(prompt string) (string, bool) {
		// raw mode only while a line is read: Lua code runs on the
		// terminal as it was
		restore, err := rawMode(f)
		if err != nil {
			return "", false
		}
		defer restore()
		return ed.readLine(prompt)
	}
	for {
		input, ok := read(mainPrompt)
		if !ok {
			return
		}
		if strings.HasPrefix(input, ".") && r.tryDotCommand(s, input) {
			hist.add(input)
			continue
		}
		if input != "{{" {
			r.execInput(s, input)
			hist.add(input)
			continue
		}
		var b strings.Builder
		for {
			line, ok := read(multilinePrompt)
			if !ok {
				return
			}
			if line == "}}" {
				break
			}
			b.WriteString(line)
			b.WriteString(" \n")
		}
		r.execInput(s, b.String())
		hist.add(strings.ReplaceAll(b.String(), "\n", " "))
	}
}
