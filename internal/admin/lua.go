package admin

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/password"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// luaRuntime is rspamadm's Lua runtime: one Lua state, set up as upstream
// sets up the state of rspamadm's default configuration (Lua paths from
// the --var definitions, rspamd_env with the --lua-env files, the
// configuration globals, the rspamadm globals), on which the Lua commands
// are loaded and run and the lua command evaluates its input.
type luaRuntime struct {
	// state is the Lua side of the default configuration, nil until the
	// runtime is first used (or when it could not be opened).
	state *cfgload.LuaState
	// cfg is the default configuration rspamd_config refers to.
	cfg *cfg.Config
	// openErr is why the state could not be opened, envErr why the
	// --lua-env files could not be loaded.
	openErr, envErr error
	// stopServing, when closed, ends the lua command's HTTP server (which
	// otherwise serves until the process ends).
	stopServing chan struct{}
}

// NewLuaRuntime returns rspamadm's Lua runtime, for Env.Lua.
func NewLuaRuntime() LuaRuntime { return &luaRuntime{} }

// The classes of the rspamadm globals that internal/luaapi does not define
// yet: rspamadm_session is an async session (upstream's rspamd{session}, a
// class without methods) and rspamadm_dns_resolver the resolver. Their
// values are placeholders until the Lua API has sessions and a resolver
// and a way to make them.
const (
	sessionClass  = "rspamd{session}"
	resolverClass = "rspamd{resolver}"
)

// luaSession is the value of rspamadm_session.
type luaSession struct{}

// luaResolver is the value of rspamadm_dns_resolver while the Lua API has
// no resolver class.
type luaResolver struct{}

// open sets the state up once: upstream's rspamd_lua_set_path,
// rspamd_lua_set_env, rspamd_lua_set_globals, then the rspamadm globals.
func (r *luaRuntime) open(s *Session) error {
	if r.state != nil || r.openErr != nil {
		return r.openErr
	}
	st, err := cfgload.NewLuaState()
	if err != nil {
		r.openErr = err
		return err
	}
	st.RT.Logger = logger.Default()
	r.state = st
	opts := &cfgload.Options{Vars: &s.Vars, LuaEnv: s.LuaEnv, Lua: st, Log: logger.Default()}
	r.cfg = cfgload.New(opts)
	st.SetPath(nil, &s.Vars)
	if err := st.SetEnv(&s.Vars, s.LuaEnv); err != nil {
		r.envErr = err
		return nil
	}
	st.SetGlobals(r.cfg)
	r.setGlobals(s)
	return nil
}

// setGlobals creates rspamadm_session, rspamadm_ev_base,
// rspamadm_dns_resolver and the rspamadm table (rspamadm_add_lua_globals
// and the commands' Lua exports: pw_encrypt).
func (r *luaRuntime) setGlobals(s *Session) {
	L := r.state.L
	top := L.GetTop()
	defer L.SetTop(top)

	L.PushUserdata(r.class(sessionClass, nil), &luaSession{})
	L.SetGlobal("rspamadm_session")
	if err := L.DoString(`rspamadm_ev_base = require("rspamd_util").create_event_base()`); err != nil {
		logMsg(logger.LevelCritical, "rspamadm_add_lua_globals", "cannot create the event base: %v", err)
	}
	L.PushUserdata(r.class(resolverClass, []lua.Reg{{Name: "__tostring", Func: lua.ClassTostring}}), &luaResolver{})
	L.SetGlobal("rspamadm_dns_resolver")

	L.NewTable(0, 1)
	L.PushFunction(func(L *lua.State) int { return r.pwEncrypt(s, L) })
	L.SetField(-2, "pw_encrypt")
	L.SetGlobal("rspamadm")
}

// class returns the class the Lua API defines as name, or else a class of
// that name made on this state with methods.
func (r *luaRuntime) class(name string, methods []lua.Reg) *lua.Class {
	L := r.state.L
	defined := L.GetField(lua.RegistryIndex, name) == lua.TypeTable
	L.Pop(1)
	if defined {
		return r.state.RT.Class(name)
	}
	return L.NewClass(name, methods)
}

// exit ends the process as Lua's os.exit does (C's exit, which flushes
// stdio), for the paths where upstream exits from inside a Lua call.
func (r *luaRuntime) exit(code int) {
	flushStdout()
	os.Exit(code)
}

// pwEncrypt is rspamadm.pw_encrypt([password]): the password (read from
// the terminal when not given) encrypted with the default algorithm.
func (r *luaRuntime) pwEncrypt(s *Session, L *lua.State) int {
	var pw *string
	if L.Type(1) == lua.TypeString {
		v, _ := L.ToString(1)
		pw = &v
	}
	secret := s.passwordArg(pw, "Enter passphrase: ", false)
	if secret == "" {
		fmt.Fprint(s.Stderr, "Invalid password\n")
		r.exit(1)
	}
	enc, err := password.DefaultAlgorithm.EncryptRandom([]byte(secret), nil)
	if err != nil {
		return L.ErrorOf(err)
	}
	L.PushString(enc)
	return 1
}

// LoadEnv implements LuaRuntime: it opens the state, which loads the
// --lua-env files.
func (r *luaRuntime) LoadEnv(s *Session, files []string) error {
	if err := r.open(s); err != nil {
		return err
	}
	return r.envErr
}

// Commands implements LuaRuntime: every regular file dir/*.lua, in glob
// order, that returns a table with a handler function is a command, named
// by its name field or else after the file; names already defined (by
// s.Commands or an earlier file) are skipped.
func (r *luaRuntime) Commands(s *Session, dir string) []*Command {
	if r.open(s) != nil || r.envErr != nil {
		return nil
	}
	paths, err := globLua(dir)
	if err != nil {
		logMsg(logger.LevelCritical, "rspamadm_scan_lua_commands_dir", "cannot glob files in %s/*.lua: %v", dir, err)
		return nil
	}
	var out []*Command
	for _, path := range paths {
		c := r.loadCommand(s, path)
		if c == nil {
			continue
		}
		if s.Search(c.Name) != nil || (&Session{Commands: out}).Search(c.Name) != nil {
			logMsg(logger.LevelInfo, "rspamadm_load_lua_command", "skip rspamadm command %s from %s: already defined", c.Name, path)
			continue
		}
		out = append(out, c)
	}
	return out
}

// globLua lists the regular files (following links) dir/*.lua as glob(3)
// does: sorted, without hidden files, named dir + "/" + name; files that
// cannot be examined for lack of permission or because of a link loop are
// left out, other failures fail the whole listing.
func globLua(dir string) ([]string, error) {
	var matches []string
	if strings.ContainsAny(dir, "*?[\\") {
		var err error
		if matches, err = filepath.Glob(dir + "/*.lua"); err != nil {
			return nil, fmt.Errorf("glob %s/*.lua failed: %w", dir, err)
		}
	} else {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, nil
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".lua") {
				matches = append(matches, dir+"/"+e.Name())
			}
		}
	}
	var out []string
	for _, m := range matches {
		if strings.HasPrefix(filepath.Base(m), ".") {
			continue
		}
		st, err := os.Stat(m)
		if err != nil {
			if errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.ELOOP) {
				continue
			}
			return nil, fmt.Errorf("stat %s failed: %s", m, syserr.Text(err))
		}
		if st.Mode().IsRegular() {
			out = append(out, m)
		}
	}
	return out, nil
}

// loadCommand runs the command module at path and returns its command, or
// nil (with the reason logged) when it defines none.
func (r *luaRuntime) loadCommand(s *Session, path string) *Command {
	L := r.state.L
	top := L.GetTop()
	defer L.SetTop(top)
	err := L.LoadFile(path)
	if err == nil {
		err = L.PCall(0, lua.MultRet)
	}
	if err != nil {
		logMsg(logger.LevelCritical, "rspamadm_load_lua_command", "cannot execute lua script %s: %s", path, lua.ErrorMessage(err))
		return nil
	}
	if L.GetTop() == top || !L.IsTable(-1) {
		return nil
	}
	mod := L.GetTop()
	if L.GetField(mod, "handler") != lua.TypeFunction {
		logMsg(logger.LevelCritical, "rspamadm_load_lua_command", "rspamadm script %s does not have 'handler' field with type function", path)
		return nil
	}
	L.Pop(1)
	// the name defaults to the file's name up to its first ".lua"
	name := filepath.Base(path)
	if i := strings.Index(name, ".lua"); i >= 0 {
		name = name[:i]
	}
	if L.GetField(mod, "name") == lua.TypeString {
		name, _ = L.ToString(-1)
	}
	L.Pop(1)
	var aliases []string
	if L.GetField(mod, "aliases") == lua.TypeTable {
		L.PushNil()
		for L.Next(-2) {
			if L.IsString(-1) {
				a, _ := L.ToString(-1)
				aliases = append(aliases, a)
			}
			L.Pop(1)
		}
	}
	L.Pop(1)
	desc := "no description available"
	if L.GetField(mod, "description"); L.IsString(-1) {
		desc, _ = L.ToString(-1)
	}
	L.Pop(1)
	L.PushValue(mod)
	ref := L.Ref()
	return &Command{
		Name:        name,
		Aliases:     aliases,
		Description: desc,
		Help: func(s *Session) error {
			r.runHandler(s, ref, []string{name, "--help"})
			return nil
		},
		Run: func(s *Session, argv []string) int {
			r.runHandler(s, ref, argv)
			return 0
		},
	}
}

// runHandler calls the handler of the command module referenced by ref in
// a coroutine with argv as a table indexed from 0, and waits for it to
// finish. A failure is logged; the command still succeeds, as upstream's.
func (r *luaRuntime) runHandler(s *Session, ref lua.Ref, argv []string) {
	r.call(func(t *lua.State) (int, bool) {
		t.PushRef(ref)
		t.GetField(-1, "handler")
		t.Remove(-2)
		t.NewTable(len(argv), 0)
		for i, a := range argv {
			t.PushString(a)
			t.RawSetInt(-2, i)
		}
		return 1, true
	}, func(_ *lua.State, err error) {
		if err != nil {
			logMsg(logger.LevelCritical, "lua_thread_str_error_cb", "call to rspamadm lua script failed (%d): %s", errorStatus(err), luaErrorDetailed(err))
		}
	})
}

// runThread runs a function in a coroutine of L, as upstream's
// lua_repl_thread_call runs one in a thread of the pool: prepare pushes
// the function and its arguments on the coroutine and returns the number
// of arguments, or false to call nothing; done gets the coroutine (its
// results on the stack) and the error. runThread returns once the function
// has finished, running the state's loop meanwhile, and flushes Lua's
// output.
func runThread(L *lua.State, prepare func(t *lua.State) (nargs int, ok bool), done func(t *lua.State, err error)) {
	co := L.NewCoroutine()
	defer co.Close()
	nargs, ok := prepare(co.State())
	if !ok {
		co.State().SetTop(0)
		return
	}
	finished := false
	co.Call(nargs, func(t *lua.State, err error) {
		finished = true
		done(t, err)
	})
	for !finished {
		<-L.Wake()
		L.RunPending()
	}
	flushStdout()
}

// call runs a function on the runtime's state with runThread.
func (r *luaRuntime) call(prepare func(t *lua.State) (nargs int, ok bool), done func(t *lua.State, err error)) {
	runThread(r.state.L, prepare, done)
}

// logMsg logs a message of rspamadm (formatted as fmt does) from the
// upstream function named function.
func logMsg(level logger.Level, function, format string, args ...any) {
	logger.Default().Log(level, "", "", false, function, fmt.Sprintf(format, args...))
}

// errorStatus is the Lua status of a failed call, as upstream logs it.
func errorStatus(err error) int {
	var le *lua.Error
	if errors.As(err, &le) {
		return int(le.Kind)
	}
	return int(lua.ErrRuntime)
}

// luaErrorDetailed is a Lua error with its traceback, as
// rspamd_lua_traceback formats the errors of threads.
func luaErrorDetailed(err error) string {
	var le *lua.Error
	if errors.As(err, &le) {
		return le.Detailed()
	}
	return err.Error()
}
