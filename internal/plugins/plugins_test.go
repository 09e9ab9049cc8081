package plugins_test

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
)

var top, _ = filepath.Abs("../..")

// load loads testdata/rspamd.conf up to the initialised symbol cache,
// logging into the returned buffer.
func load(t *testing.T) (*cfg.Config, *cfgload.LuaState, *bytes.Buffer) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(top, "lualib", "lua_util.lua")); err != nil {
		t.Skip("the upstream tree is not extracted (make upstream)")
	}
	td, _ := filepath.Abs("testdata")
	var gv goption.Vars
	for _, v := range []string{"PLUGINSDIR=" + filepath.Join(td, "plugins"), "DBDIR=" + t.TempDir(),
		"LUALIBDIR=" + filepath.Join(top, "lualib"), "SHAREDIR=" + top, "LOCAL_CONFDIR=" + t.TempDir()} {
		gv.Parse(v)
	}
	var buf bytes.Buffer
	log := logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &buf, &buf)
	// Lua's rspamd_logger writes to the default logger
	old := logger.Default()
	logger.SetDefault(log)
	t.Cleanup(func() { logger.SetDefault(old) })
	l, err := cfgload.NewLuaState()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	o := &cfgload.Options{Vars: &gv, Lua: l, Log: log, LoggerReady: func(*cfg.Config) {}}
	c := cfgload.New(o)
	if err := cfgload.Read(c, filepath.Join(td, "rspamd.conf"), o); err != nil {
		t.Fatalf("reading the configuration: %v", err)
	}
	cfgload.InitFilters(c, o, false)
	c.PostLoad(false)
	cfgload.InitSymcache(c, o)
	return c, l, &buf
}

// moduleLines reads configdump -m's lines as sets of modules.
func moduleLines(out string) map[string][]string {
	res := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		k, v, _ := strings.Cut(line, ": ")
		var mods []string
		if v != "" {
			mods = strings.Split(v, ", ")
		}
		slices.Sort(mods)
		res[k] = mods
	}
	return res
}

// chunkID is how LuaJIT names a file chunk in messages: paths of
// LUA_IDSIZE (60) bytes or more keep their last 56 bytes after "...".
func chunkID(path string) string {
	if len(path) >= 60 {
		return "..." + path[len(path)-56:]
	}
	return path
}

// The expectations are rspamd 4.1.5's on testdata/rspamd.conf (configtest,
// configdump -m and configdump -d -j).
func TestLoad(t *testing.T) {
	c, l, buf := load(t)
	if !cfgload.Validate(c, &cfgload.Options{Lua: l}) {
		t.Error("validation failed")
	}
	plugins := filepath.Join(top, "internal", "plugins", "testdata", "plugins")
	broken, syntax := plugins+"/broken.lua", plugins+"/syntax.lua"
	want := []string{
		"no actions defined",
		`TEST_BAD = "/unterminated" is invalid regexp expression: incomplete or empty mime atom`,
		"init of " + broken + " failed: " + chunkID(broken) + ":3: broken plugin; trace: [1]:{[C]:-1 - error [C]}; [2]:{" + chunkID(broken) + ":3 - <unknown> [main]};",
		"load of " + syntax + " failed: " + chunkID(syntax) + ":2: unexpected symbol near '='",
		"cannot register delayed dependency FUZZY_CALLBACK -> MIME_TYPES_CALLBACK: destination MIME_TYPES_CALLBACK is missing",
	}
	for _, sym := range []string{"R_MIXED_CHARSET", "R_MIXED_CHARSET_URL", "R_DKIM_REJECT", "R_DKIM_NA", "R_DKIM_PERMFAIL",
		"R_DKIM_TEMPFAIL", "R_DKIM_ALLOW", "TEST_RE", "FUZZY_T_DENIED", "FUZZY_T", "BROKEN_SYM"} {
		want = append(want, "symbol "+sym+" has no score registered, skip its check")
	}
	if got := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n"); !slices.Equal(got, want) {
		t.Errorf("log:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	var out bytes.Buffer
	if err := l.ModulesState(c, nil, &out); err != nil {
		t.Fatal(err)
	}
	wantModules := map[string][]string{
		"Modules enabled":                 {"broken", "chartable", "dkim", "fuzzy_check", "good", "regexp", "syntax"},
		"Modules disabled (explicitly)":   {"grpoff", "off"},
		"Modules disabled (unconfigured)": {"unconfigured"},
		"Modules disabled (no Redis)":     nil,
		"Modules disabled (experimental)": nil,
		"Modules disabled (failed)":       {"broken", "syntax"},
	}
	if got := moduleLines(out.String()); !maps.EqualFunc(got, wantModules, slices.Equal) {
		t.Errorf("modules:\n%s", out.String())
	}
}

// TestSymbols checks the symbols the modules register before validation
// (what configdump -d shows of them).
func TestSymbols(t *testing.T) {
	c, l, _ := load(t)
	cache := l.Config(c).Cache
	for name, want := range map[string]string{
		"DKIM_CHECK": "filter nostat", "DKIM_TRACE": "virtual nostat", "FUZZY_CALLBACK": "filter fine,nostat",
		"FUZZY_ENCRYPTION_REQUIRED": "virtual ", "FUZZY_FORBIDDEN": "virtual ", "FUZZY_RATELIMITED": "virtual ",
		"GOOD_CHILD": "virtual ", "GOOD_SYM": "filter fine", "TEST_RE2": "filter ", "TEST_RE": "filter ",
		"R_MIXED_CHARSET": "filter ", "R_MIXED_CHARSET_URL": "filter ", "BROKEN_SYM": "filter ",
	} {
		it := cache.Lookup(name, false)
		if it == nil {
			t.Errorf("%s not registered", name)
			continue
		}
		if got := it.Type.String() + " " + strings.Join(it.Flags.Names(), ","); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
	// neither the symbols of disabled modules nor an invalid regexp
	// rule given as a string
	for _, name := range []string{"GRPOFF_SYM", "OFF_SYM", "UNCONFIGURED_SYM", "TEST_BAD"} {
		if cache.Lookup(name, false) != nil {
			t.Errorf("%s registered", name)
		}
	}
	if s := c.Symbols["GOOD_CHILD"]; s == nil || s.Score != -1 || s.Group == nil || s.Group.Name != "test" {
		t.Errorf("GOOD_CHILD's metric symbol %+v", s)
	}
	deps := cache.Lookup("GOOD_SYM", false).Deps()
	if len(deps) != 1 || deps[0].Item == nil || deps[0].Item.Name != "R_MIXED_CHARSET" {
		t.Errorf("GOOD_SYM's dependencies %v", deps)
	}
}
