package cfg

import (
	"os"

	"github.com/gorspamd/rspamd/internal/goption"
)

// Dirs are the directories rspamd knows by name: the defaults compiled into
// the Debian build, changed by --var NAME=VALUE (and, for the Lua paths
// table, by environment variables).
type Dirs struct {
	Conf, LocalConf, Run, DB, Log, Plugins, Share, Rules, LuaLib, WWW, Prefix, Lib string
}

// DefaultDirs returns the directories of the Debian build.
func DefaultDirs() Dirs {
	return Dirs{
		Conf:      "/etc/rspamd",
		LocalConf: "/etc/rspamd",
		Run:       "/run/rspamd",
		DB:        "/var/lib/rspamd",
		Log:       "/var/log/rspamd",
		Plugins:   "/usr/share/rspamd/plugins",
		Share:     "/usr/share/rspamd",
		Rules:     "/usr/share/rspamd/rules",
		LuaLib:    "/usr/share/rspamd/lualib",
		WWW:       "/usr/share/rspamd/www",
		Prefix:    "/usr",
		Lib:       "/usr/lib/rspamd",
	}
}

// dirVars names the variables of the directories, in the order upstream
// registers them as UCL variables.
var dirVars = []struct {
	name string
	dir  func(*Dirs) *string
}{
	{"CONFDIR", func(d *Dirs) *string { return &d.Conf }},
	{"LOCAL_CONFDIR", func(d *Dirs) *string { return &d.LocalConf }},
	{"RUNDIR", func(d *Dirs) *string { return &d.Run }},
	{"DBDIR", func(d *Dirs) *string { return &d.DB }},
	{"LOGDIR", func(d *Dirs) *string { return &d.Log }},
	{"PLUGINSDIR", func(d *Dirs) *string { return &d.Plugins }},
	{"SHAREDIR", func(d *Dirs) *string { return &d.Share }},
	{"RULESDIR", func(d *Dirs) *string { return &d.Rules }},
	{"WWWDIR", func(d *Dirs) *string { return &d.WWW }},
	{"PREFIX", func(d *Dirs) *string { return &d.Prefix }},
}

// DirVariables returns the UCL variables of the compiled-in directories
// (not changed by --var: those are registered after them and replace
// them), in upstream's order.
func DirVariables() [][2]string {
	d := DefaultDirs()
	out := make([][2]string, 0, len(dirVars))
	for _, v := range dirVars {
		out = append(out, [2]string{v.name, *v.dir(&d)})
	}
	return out
}

// PathsTable returns the directories the Lua global rspamd_paths holds:
// the defaults, then environment variables of the same names, then --var
// definitions, as rspamd_lua_set_env computes them. lookupEnv is
// os.LookupEnv when nil.
func PathsTable(vars *goption.Vars, lookupEnv func(string) (string, bool)) Dirs {
	if lookupEnv == nil {
		lookupEnv = os.LookupEnv
	}
	d := DefaultDirs()
	// Upstream reads no LIBDIR or PREFIX from here, and rspamd_paths
	// never holds a Lib entry.
	for _, name := range []string{"SHAREDIR", "PLUGINSDIR", "RULESDIR", "DBDIR", "RUNDIR", "LUALIBDIR", "LOGDIR", "WWWDIR", "CONFDIR", "LOCAL_CONFDIR"} {
		if v, ok := lookupEnv(name); ok {
			*d.byName(name) = v
		}
	}
	if vars != nil {
		for _, name := range []string{"SHAREDIR", "PLUGINSDIR", "RULESDIR", "LUALIBDIR", "RUNDIR", "WWWDIR", "CONFDIR", "LOCAL_CONFDIR", "DBDIR", "LOGDIR"} {
			if v, ok := vars.Get(name); ok {
				*d.byName(name) = v
			}
		}
	}
	return d
}

// byName returns the directory of a variable name.
func (d *Dirs) byName(name string) *string {
	if name == "LUALIBDIR" {
		return &d.LuaLib
	}
	for _, v := range dirVars {
		if v.name == name {
			return v.dir(d)
		}
	}
	return nil
}
