package admin

import (
	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// executeLuaUCLSubr runs the Lua part of a C-implemented command on the
// state of a configuration, as upstream's rspamadm_execute_lua_ucl_subr:
// the module lualib/rspamadm/<name>.lua (lualib/<name>.lua unless
// subcommand) is required; its handler (or the module itself, when it is
// a function) is called in a coroutine with the command's arguments after
// argv[0] as a sequence and obj converted to Lua. Failures are logged; it
// reports whether the script ran to its end.
func executeLuaUCLSubr(st *cfgload.LuaState, argv []string, obj *ucl.Object, name string, subcommand bool) bool {
	module := name
	if subcommand {
		module = "rspamadm." + name
	}
	ok := true
	runThread(st.L, func(t *lua.State) (int, bool) {
		if err := t.Require(module); err != nil {
			logMsg(logger.LevelCritical, "rspamadm_execute_lua_ucl_subr", "cannot execute lua script %s: %s",
				`return require "`+module+`"`, lua.ErrorMessage(err))
			ok = false
			return 0, false
		}
		if t.IsTable(-1) {
			t.GetField(-1, "handler")
			t.Remove(-2)
		}
		if !t.IsFunction(-1) {
			logMsg(logger.LevelCritical, "rspamadm_execute_lua_ucl_subr", "lua script must return function and not %s", t.TypeName(-1))
			ok = false
			return 0, false
		}
		t.NewTable(max(len(argv)-1, 0), 0)
		for i := 1; i < len(argv); i++ {
			t.PushString(argv[i])
			t.RawSetInt(-2, i)
		}
		st.RT.PushUCL(t, obj, true)
		return 2, true
	}, func(_ *lua.State, err error) {
		if err != nil {
			logMsg(logger.LevelCritical, "lua_thread_str_error_cb", "call to rspamadm lua script failed (%d): %s", errorStatus(err), luaErrorDetailed(err))
			ok = false
		}
	})
	return ok
}
