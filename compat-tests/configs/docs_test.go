package configs

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// TestDocs compares the documentation strings of the packaged
// configuration (what configdump -h prints from) with the oracle's
// `rspamadm confighelp -j`: every section documented by the C side must be
// identical; the sections only Lua plugins document (in confighelp mode)
// are listed.
func TestDocs(t *testing.T) {
	tr := newTree(t)
	data, err := os.ReadFile(filepath.Join(goldenDir, "configdump", "docs.json"))
	if err != nil {
		t.Fatal(err)
	}
	p := ucl.NewParser(ucl.ParserDisableMacro)
	if err := p.AddChunk(data); err != nil {
		t.Fatal(err)
	}
	oracle := p.Object()
	var vars goption.Vars
	for _, kv := range tr.argv(variant{name: "none", overlay: true}, "configdump")[1:] {
		vars.Parse(kv[len("--var="):])
	}
	t.Setenv("LUALIBDIR", filepath.Join(tr.repo, "lualib"))
	var log bytes.Buffer
	lua, err := cfgload.NewLuaState()
	if err != nil {
		t.Fatal(err)
	}
	defer lua.Close()
	lg := logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)
	old := logger.Default()
	logger.SetDefault(lg)
	defer logger.SetDefault(old)
	o := &cfgload.Options{Vars: &vars, Lua: lua, Resolver: fakeResolver{}, Log: lg}
	c := cfgload.New(o)
	if err := cfgload.Read(c, filepath.Join(tr.dir, "conf", "rspamd.conf"), o); err != nil {
		t.Fatalf("load: %v\n%s", err, log.String())
	}
	cfgload.InitFilters(c, o, false)
	var luaOnly []string
	for cur := range oracle.All() {
		ours := c.Docs.Lookup(cur.Key())
		if ours == nil {
			luaOnly = append(luaOnly, cur.Key())
			continue
		}
		if a, b := canonical(ucl.Emit(ours, ucl.FormatJSON)), canonical(ucl.Emit(cur, ucl.FormatJSON)); a != b {
			t.Errorf("documentation of %s differs:\n ours:   %.300s\n oracle: %.300s", cur.Key(), a, b)
		}
	}
	for cur := range c.Docs.All() {
		if oracle.Lookup(cur.Key()) == nil {
			t.Errorf("we document %s, the oracle does not", cur.Key())
		}
	}
	sort.Strings(luaOnly)
	t.Logf("documented only by Lua plugins in confighelp mode: %v", luaOnly)
}
