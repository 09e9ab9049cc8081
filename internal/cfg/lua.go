package cfg

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// LuaHooks is what configuration parsing needs from the Lua runtime.
type LuaHooks interface {
	// LoadFile compiles the Lua file name (relative to the working
	// directory) and runs it. A compile error is reported with
	// loaded=false, a run error with loaded=true; the error text is
	// Lua's message.
	LoadFile(name string) (loaded bool, err error)
	// CompileFunction compiles a chunk that must return a function (the
	// conditions of classifiers); the error is upstream's message.
	CompileFunction(src, name string) error
	// CheckProxyParser and CheckProxyScript load the Lua code of the
	// proxy's upstream parsers and compare scripts.
	CheckProxyParser(obj *ucl.Object) error
	CheckProxyScript(script string, isFile bool) error
}

// handleLua runs a Lua file from its directory (rspamd_rcl_lua_handler).
func handleLua(c *Config, obj *ucl.Object, _ string, _ any, _ *section) error {
	src := obj.Str()
	dir, file := filepath.Split(src)
	dir = filepath.Clean(dir)
	if src == "" || file == "" {
		return errorf("cannot find to %s: %s", src, "Success")
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	cwd, err := os.Getwd()
	if err != nil {
		return errorf("cannot find to %s: %s", src, syserr.Text(err))
	}
	if err := os.Chdir(dir); err != nil {
		return errorf("cannot chdir to %s: %s", dir, syserr.Text(err))
	}
	defer func() {
		if err := os.Chdir(cwd); err != nil {
			c.errf("rspamd_rcl_lua_handler", "cannot chdir back to %s: %s", cwd, syserr.Text(err))
		}
	}()
	if c.Lua == nil {
		return nil
	}
	loaded, lerr := c.Lua.LoadFile(file)
	switch {
	case lerr == nil:
		return nil
	case !loaded:
		return errorf("cannot load lua file %s: %s", src, lerr.Error())
	}
	return errorf("cannot init lua file %s: %s", src, lerr.Error())
}

// handleModules collects the Lua plugins of the module paths
// (rspamd_rcl_modules_handler).
func handleModules(c *Config, obj *ucl.Object, _ string, _ any, sec *section) error {
	if obj.Type() == ucl.TypeObject {
		path := obj.Lookup("path")
		if path == nil {
			return errorf("path attribute is missing")
		}
		for _, p := range []struct {
			obj  *ucl.Object
			main bool
		}{{path, true}, {obj.Lookup("fallback_path"), false}, {obj.Lookup("try_path"), false}} {
			if p.obj == nil {
				continue
			}
			for _, cur := range p.obj.Values() {
				if s, ok := cur.AsString(); ok {
					if err := c.addLuaPluginsPath(sec.top, s, p.main); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	if s, ok := obj.AsString(); ok {
		return c.addLuaPluginsPath(sec.top, s, true)
	}
	return errorf("module parameter has wrong type (must be an object or a string)")
}

// addLuaPluginsPath adds a Lua file, or every .lua file under a directory,
// to the plugins to load (rspamd_rcl_add_lua_plugins_path). A missing
// optional path is skipped.
func (c *Config) addLuaPluginsPath(m *sectionsMap, path string, main bool) error {
	add := func(p string) {
		base := filepath.Base(p)
		name := strings.TrimSuffix(base, filepath.Ext(base))
		if m.luaModulesSeen[name] {
			c.infof("rspamd_rcl_add_lua_plugins_path", "already seen module %s, skip %s", name, p)
			return
		}
		c.ScriptModules = append(c.ScriptModules, ScriptModule{Name: name, Path: p})
		// Upstream records the file name with its extension, so a plugin
		// name is never seen twice unless it has none.
		m.luaModulesSeen[base] = true
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.Mode().IsRegular() && filepath.Ext(path) == ".lua":
		add(path)
	case err == nil && st.IsDir():
		_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.Type().IsRegular() && strings.HasSuffix(p, ".lua") {
				add(p)
			}
			return nil
		})
	default:
		if errors.Is(err, fs.ErrNotExist) && !main {
			c.debugf("rspamd_rcl_add_lua_plugins_path", "optional plugins path %s is absent, skip it", path)
			return nil
		}
		msg := "Success"
		if err != nil {
			msg = syserr.Text(err)
		}
		return errorf("invalid lua path spec %s, %s", path, msg)
	}
	sort.SliceStable(c.ScriptModules, func(i, j int) bool { return c.ScriptModules[i].Name < c.ScriptModules[j].Name })
	return nil
}
