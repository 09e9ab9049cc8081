package luaapi

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/symcache"
)

// newConfigRuntime returns a runtime with rspamd_config set to a fresh
// configuration logging into the returned buffer.
func newConfigRuntime(t *testing.T) (*Runtime, *Config, *bytes.Buffer) {
	t.Helper()
	rt := newRuntime(t)
	var buf bytes.Buffer
	log := logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &buf, &buf)
	old := logger.Default()
	logger.SetDefault(log)
	t.Cleanup(func() { logger.SetDefault(old) })
	c := cfg.New(cfg.DefaultDirs())
	c.Log = log
	conf := rt.NewConfig(c)
	rt.PushConfig(rt.L, conf)
	rt.L.SetGlobal("rspamd_config")
	return rt, conf, &buf
}

func doString(t *testing.T, rt *Runtime, src string) {
	t.Helper()
	if err := rt.L.DoString(src); err != nil {
		t.Fatal(err)
	}
}

func TestConfigRegisterSymbol(t *testing.T) {
	rt, conf, buf := newConfigRuntime(t)
	doString(t, rt, `
		local cb = function() end
		local id = rspamd_config:register_symbol({name = 'A', callback = cb, score = 2.0,
			group = 'grp', description = 'a symbol', flags = 'fine', priority = 3,
			augmentations = {'timeout=2'}})
		rspamd_config:register_symbol({name = 'A_V', type = 'virtual', parent = id, score = -1})
		rspamd_config:register_symbol({name = 'PRE', type = 'prefilter', callback = cb})
		rspamd_config:register_symbol({name = 'BAD', type = 'normal,bogus', callback = cb})
		rspamd_config.IDX = {callback = cb, score = 1.5}
		rspamd_config.FN = cb
		rspamd_config:register_dependency('A', 'PRE')
		rspamd_config:add_condition('A_V', cb)
		assert(rspamd_config:get_symbol_parent('A_V') == 'A')
		-- the symbols statistics count: not virtual, not nostat
		assert(rspamd_config:get_symbols_count() == 4)
	`)
	cache := conf.Cache
	for name, want := range map[string]string{
		"A": "filter fine", "A_V": "virtual ", "PRE": "prefilter nostat,ghost", "BAD": "filter ",
		"IDX": "filter ", "FN": "filter ",
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
	a := cache.Lookup("A", false)
	if v, ok := a.NumericAugmentation("timeout"); a.Priority != 3 || !ok || v != 2 {
		t.Errorf("A: priority %d, timeout %v", a.Priority, v)
	}
	if s := conf.Cfg.Symbols["A"]; s == nil || s.Score != 2 || s.Description != "a symbol" || s.Group.Name != "grp" {
		t.Errorf("A's metric symbol %+v", s)
	}
	if s := conf.Cfg.Symbols["IDX"]; s == nil || s.Score != 1.5 {
		t.Errorf("IDX's metric symbol %+v", s)
	}
	if !strings.Contains(buf.String(), "bad type: bogus") {
		t.Errorf("log %q", buf)
	}
	cache.Init()
	if deps := a.Deps(); len(deps) != 1 || deps[0].Item.Name != "PRE" {
		t.Errorf("A's dependencies %v", deps)
	}
	if len(a.Conditions) != 1 {
		t.Errorf("A's conditions %v", a.Conditions)
	}
}

func TestConfigMetric(t *testing.T) {
	rt, conf, _ := newConfigRuntime(t)
	doString(t, rt, `
		rspamd_config:set_metric_symbol({name = 'M', score = -3, description = 'm', group = 'g1',
			groups = {'g2'}, one_shot = true})
		rspamd_config:set_metric_action({action = 'reject', score = 15})
		local s = rspamd_config:get_metric_symbol('M')
		assert(s.score == -3 and s.group == 'g1' and s.nshots == 1, 'metric symbol')
		assert(#s.groups == 2, 'groups')
		assert(rspamd_config:get_metric_action('reject') == 15, 'action')
		assert(rspamd_config:get_all_actions()['reject'] == 15, 'all actions')
		local syms = rspamd_config:get_group_symbols('g2')
		assert(#syms == 1 and syms[1] == 'M', 'group symbols')
		assert(rspamd_config:add_composite('C', 'M & !X'))
		assert(not rspamd_config:add_composite('C2', 'M &'))
	`)
	if s := conf.Cfg.Symbols["M"]; s == nil || s.NShots != 1 || len(s.Groups) != 2 {
		t.Errorf("M %+v", s)
	}
	if it := conf.Cache.Lookup("C", false); it == nil || it.Type != symcache.TypeComposite {
		t.Errorf("composite C %v", it)
	}
}

func TestConfigScripts(t *testing.T) {
	rt, conf, _ := newConfigRuntime(t)
	doString(t, rt, `
		local cb = function() end
		rspamd_config:add_on_load(cb)
		rspamd_config:add_post_init(cb, 1)
		rspamd_config:add_post_init(cb, 5)
		rspamd_config:add_config_unload(cb)
		rspamd_config:register_finish_script(cb)
		rspamd_config:register_settings_id('s1', {X = true}, {Y = true})
	`)
	if len(conf.OnLoad) != 1 || len(conf.ConfigUnload) != 1 || len(conf.OnTerm) != 1 {
		t.Errorf("scripts: %d on load, %d unload, %d finish", len(conf.OnLoad), len(conf.ConfigUnload), len(conf.OnTerm))
	}
	prios := []int{}
	for _, s := range conf.PostInit {
		prios = append(prios, s.Priority)
	}
	if !slices.Equal(prios, []int{5, 1}) {
		t.Errorf("post init priorities %v", prios)
	}
	if len(conf.Settings) != 1 || conf.Settings[0].Name != "s1" {
		t.Fatalf("settings %v", conf.Settings)
	}
	// symbols named before they exist get the id when registered
	conf.Cache.AddSymbol("X", 0, nil, symcache.FlagNormal, -1)
	conf.Cache.AddSymbol("Y", 0, nil, symcache.FlagNormal, -1)
	id := conf.Settings[0].ID
	if !conf.Cache.Lookup("X", false).Allowed.Has(id) || !conf.Cache.Lookup("Y", false).Forbidden.Has(id) {
		t.Error("settings id not applied")
	}
}

func TestConfigErrors(t *testing.T) {
	rt, _, _ := newConfigRuntime(t)
	for src, want := range map[string]string{
		`rspamd_config:register_symbol({})`:                             "name is not specified",
		`rspamd_config:register_symbol('x')`:                            "no callback for symbol x",
		`rspamd_config:register_dependency(0, 'X')`:                     "calling for obsolete method to register deps",
		`rspamd_config:set_action('reject', 1)`:                         "invalid arguments, table expected",
		`rspamd_config:add_periodic(nil, 1, function() end)`:            "'event_base' expected",
		`rspamd_config.get_all_opt(nil, 'x')`:                           "'config' expected",
		`rspamd_config:register_worker_script('normal', 1)`:             "invalid arguments",
		`rspamd_config:register_symbol({name = 'V', type = 'virtual'})`: "",
	} {
		err := rt.L.DoString(src)
		switch {
		case want == "" && err != nil:
			t.Errorf("%s: %v", src, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%s: %v, want %q", src, err, want)
		}
	}
}

func TestConfigPostInit(t *testing.T) {
	rt, conf, buf := newConfigRuntime(t)
	doString(t, rt, `
		order = {}
		rspamd_config:add_post_init(function(cfg) order[#order + 1] = 'low' end, 1)
		rspamd_config:add_post_init(function(cfg) error('post init failed') end, 7)
		rspamd_config:add_post_init(function(cfg)
			assert(cfg == rspamd_config or tostring(cfg):match('^rspamd{config}'))
			order[#order + 1] = 'high'
		end, 9)
		rspamd_config:add_config_unload(function() order[#order + 1] = 'unload' end)
		rspamd_config:add_config_unload(function() error('unload failed') end)
	`)
	rt.RunPostInit(conf)
	rt.RunConfigUnload(conf)
	doString(t, rt, `assert(table.concat(order, ',') == 'high,low,unload', table.concat(order, ','))`)
	log := buf.String()
	for _, want := range []string{
		"cannot run config post init script: [string \"...\"]:4: post init failed; trace:",
		";; priority = 7\n",
		"cannot run config post init script: [string \"...\"]:10: unload failed; trace:",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
}
