package cfgload

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// read loads text as a configuration file without Lua and templates.
func read(t *testing.T, text string, vars ...string) (*cfg.Config, string, error) {
	t.Helper()
	dir := t.TempDir()
	name := filepath.Join(dir, "rspamd.conf")
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	var v goption.Vars
	for _, kv := range vars {
		v.Parse(kv)
	}
	o := &Options{Vars: &v, SkipTemplate: true, Hostname: "testhost",
		Log: logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)}
	c := New(o)
	err := Read(c, name, o)
	return c, strings.ReplaceAll(log.String(), dir, "DIR"), err
}

// TestChecksum compares checksums with the first characters the oracle's
// daemon shows as the configuration's log tag for the same files.
func TestChecksum(t *testing.T) {
	for _, tc := range []struct{ text, prefix string }{
		{"options { task_timeout = \"abc\"; }\nactions { reject = 15; }\ndkim {}\n", "tkcgzq"},
		{`logging { type = "console"; level = "error"; }
actions { reject = 15; add_header = 6.5; greylist = null; }
dkim {}
flags { a = true; b = false; c = null; d = [1, 2.5, "x", yes]; }
rep = 1;
rep = "two";
nested { deep { deeper { v = -3; f = 1e10; s = 'sq'; } } }
options { task_timeout = "abc"; }
`, "qptasb"},
	} {
		p := ucl.NewParser(ucl.ParserSaveComments)
		if err := p.AddString(tc.text); err != nil {
			t.Fatal(err)
		}
		if got := Checksum(p.Object()); !strings.HasPrefix(got, tc.prefix) || len(got) != 103 {
			t.Errorf("checksum %s, oracle's starts with %s", got, tc.prefix)
		}
	}
}

func TestReadErrors(t *testing.T) {
	_, log, err := read(t, "options { a = 1\n")
	if err == nil || log != "failed to load config: ucl parser error: DIR/rspamd.conf:2 unmatched open brace at 1; \n" {
		t.Errorf("syntax error: %v %q", err, log)
	}
	_, log, err = read(t, "options { task_timeout = \"x\"; }\n")
	if err == nil || log != "rcl parse error: cannot convert string to double in option task_timeout\n" {
		t.Errorf("rcl error: %v %q", err, log)
	}
	var o Options
	o.Log = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &bytes.Buffer{}, &bytes.Buffer{})
	c := New(&o)
	if err := Read(c, "/nonexistent/rspamd.conf", &o); err == nil ||
		err.Error() != "cannot open /nonexistent/rspamd.conf: cannot open file /nonexistent/rspamd.conf: No such file or directory" {
		t.Errorf("missing file: %v", err)
	}
}

func TestVariables(t *testing.T) {
	c, log, err := read(t, `x = "$VERSION|$VERSION_MAJOR|$BRANCH_VERSION|$HOSTNAME|$PREFIX|$LUALIBDIR|$MINE|$mine";`, "mine=v")
	if err != nil {
		t.Fatal(err, log)
	}
	if got := c.UCL.Lookup("x").Str(); got != "4.1.5|4.1.5_MAJOR|4|testhost|/usr|$LUALIBDIR|$MINE|v" {
		t.Errorf("variables: %q", got)
	}
}

func TestIncludeMap(t *testing.T) {
	c, _, err := read(t, ".include_map \"/tmp/some.map\"\nk = 1;\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.IncludeMaps) != 1 || c.IncludeMaps[0] != "/tmp/some.map" || c.UCL.Lookup("k") == nil {
		t.Errorf("include map: %v", c.IncludeMaps)
	}
}

func FuzzChecksum(f *testing.F) {
	for _, s := range []string{"a = 1;", "b [true, false, null, 1.5, \"x\"]", "c { d { e = 'f'; } }", "g = 1e300; h = -7;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		p := ucl.NewParser(ucl.ParserSafeFlags)
		if err := p.AddString(text); err != nil || p.Object() == nil {
			return
		}
		if got := Checksum(p.Object()); len(got) != 103 {
			t.Fatalf("checksum %q", got)
		}
	})
}

// TestJinjaUnchanged checks that lupa returns every text hasTemplate
// passes over unchanged, so that skipping it changes nothing.
func TestJinjaUnchanged(t *testing.T) {
	lualib, _ := filepath.Abs("../../lualib")
	if _, err := os.Stat(filepath.Join(lualib, "lua_util.lua")); err != nil {
		t.Skip("lualib/ is empty: run `make upstream`")
	}
	l, err := NewLuaState()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	t.Setenv("LUALIBDIR", lualib)
	var v goption.Vars
	l.SetPath(nil, &v)
	if err := l.SetEnv(&v, nil); err != nil {
		t.Fatal(err)
	}
	c := New(&Options{})
	for _, s := range []string{"a = 1;\n", "a\n\n", "x { y = 2; }", "", "\n", "a = \"{\";\n", "b = '}';\n",
		"c = 1; # {\n", "d = <<EOD\n text\nEOD\n", "f = '%';\n", "g = '{ %';", "h = \"${X} {{ y }}\";\n", "i = \"=}%}#}\";"} {
		if hasTemplate([]byte(s)) {
			t.Fatalf("%q: has a template", s)
		}
		// force the Lua path by adding nothing lupa would change
		out, err := l.Jinja(c, []byte(s+"{# #}"))
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != s {
			t.Errorf("lupa changed %q into %q", s, out)
		}
	}
}
