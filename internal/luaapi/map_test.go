package luaapi

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/maps"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// mapRuntime is a runtime whose rspamd_config global is a fresh
// configuration (maps cached in a temporary directory), logging to log.
func mapRuntime(t *testing.T, log *bytes.Buffer) (*Runtime, *Config) {
	t.Helper()
	rt := newRuntime(t)
	rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdInfo, log, log)
	c := rt.NewConfig(cfg.New(cfg.DefaultDirs()))
	c.Cfg.MapsCacheDir = t.TempDir()
	rt.PushConfig(rt.L, c)
	rt.L.SetGlobal("rspamd_config")
	return rt, c
}

// TestHTTPMapsOnTheLoop adds HTTP maps from Lua, watches them as a primary
// controller does and checks that their content, on_load functions and
// callbacks reach Lua on the state's loop.
func TestHTTPMapsOnTheLoop(t *testing.T) {
	bodies := map[string]string{"/hash.txt": "alpha 1\nbeta 2\n", "/cb.txt": "line1 v1\nline2\n"}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := bodies[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Last-Modified", "Sat, 21 Nov 2026 12:00:00 GMT")
		w.Write([]byte(body))
	}))
	defer ts.Close()

	var log bytes.Buffer
	rt, c := mapRuntime(t, &log)
	s := rt.L
	var inLoop, offLoop atomic.Bool
	s.PushFunction(func(s *lua.State) int {
		if !inLoop.Load() {
			offLoop.Store(true)
		}
		return 0
	})
	s.SetGlobal("on_loop")
	s.PushString(ts.URL)
	s.SetGlobal("base")
	if err := s.DoString(`
		events = {}
		hash = rspamd_config:add_map{type = 'hash', url = base .. '/hash.txt', description = 'http hash'}
		hash:on_load(function()
			on_loop()
			events[#events + 1] = 'loaded beta=' .. tostring(hash:get_key('beta'))
		end)
		cb = rspamd_config:add_map{url = base .. '/cb.txt', by_line = true, callback = function(k, v, m)
			on_loop()
			events[#events + 1] = 'line ' .. k .. '=' .. v .. ' ' .. tostring(m == nil)
		end}
		missing = rspamd_config:add_map{type = 'set', url = base .. '/missing.txt'}
		assert(hash:get_key('beta') == false, 'content before the first fetch')
	`); err != nil {
		t.Fatal(err)
	}
	rt.WatchMaps(c, maps.WatchPrimaryController)
	defer c.Maps.Stop()

	nevents := func() int {
		s.GetGlobal("events")
		defer s.Pop(1)
		return s.ObjLen(-1)
	}
	deadline := time.After(20 * time.Second)
	for nevents() < 3 {
		select {
		case <-s.Wake():
			inLoop.Store(true)
			s.RunPending()
			inLoop.Store(false)
		case <-deadline:
			t.Fatalf("maps not loaded; log:\n%s", log.String())
		}
	}
	if offLoop.Load() {
		t.Error("a map function ran off the loop")
	}
	if err := s.DoString(`
		table.sort(events)
		local got = table.concat(events, '; ')
		assert(got == 'line line1=v1 false; line line2= false; loaded beta=2', got)
		assert(hash:get_key('alpha') == '1' and hash:get_key('gamma') == false)
		assert(hash:get_proto() == 'http' and hash:get_uri() == base .. '/hash.txt')
		assert(hash:get_nelts() == 2 and hash:get_data_digest() ~= '0')
		local st = hash:get_stats()
		assert(st.alpha == 1 and st.beta == 1, 'stats')
		assert(cb:get_key('line1') == nil, 'callback maps have no keys')
	`); err != nil {
		t.Fatalf("%v\nlog:\n%s", err, log.String())
	}
	// the fetched data is in the maps cache, as upstream names it
	if _, err := os.Stat(filepath.Join(c.Cfg.MapsCacheDir, maps.CacheFileName(ts.URL+"/hash.txt"))); err != nil {
		t.Errorf("cache file: %v", err)
	}
}

// TestMapsOfTheConfiguration covers what the oracle's empty rspamadm
// configuration cannot show: radix_from_config over a module option, maps
// of the Go side seen through get_maps, and RadixFromUCL as C modules call
// it.
func TestMapsOfTheConfiguration(t *testing.T) {
	var log bytes.Buffer
	rt, c := mapRuntime(t, &log)
	p := ucl.NewParser(0)
	if err := p.AddChunk([]byte(`options { local_addrs = ["10.0.0.0/8", "192.168.1.1"]; } mod { bad = 12; }`)); err != nil {
		t.Fatal(err)
	}
	c.Cfg.UCL = p.Object()
	dir := t.TempDir()
	setFile := filepath.Join(dir, "set.txt")
	if err := os.WriteFile(setFile, []byte("alpha one\nbeta\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if rt.Maps(c).AddLine(setFile, "go set", maps.KindSet) == nil {
		t.Fatal("AddLine failed")
	}
	if rt.Maps(c).Add(ucl.NewString(setFile), "go regexp", maps.KindRegexp) == nil {
		t.Fatal("Add failed")
	}
	inline, err := rt.RadixFromUCL(c, c.Cfg.UCL.Lookup("options").Lookup("local_addrs"), "local addresses", "local_addrs")
	if err != nil || inline == nil {
		t.Fatalf("RadixFromUCL: %v, %v", inline, err)
	}
	if v, ok := inline.LookupIP("10.2.3.4"); !ok || v != "" {
		t.Errorf("inline radix: %q, %v", v, ok)
	}
	if m, err := rt.RadixFromUCL(c, ucl.NewString(setFile), "file radix", "x"); err != nil || m == nil || m.URIs()[0] != setFile {
		t.Errorf("RadixFromUCL(file): %v, %v", m, err)
	}
	if _, err := rt.RadixFromUCL(c, ucl.NewBool(true), "bad", "x"); err == nil {
		t.Error("RadixFromUCL(true) succeeded")
	}

	s := rt.L
	if err := s.DoString(`
		fromcfg = rspamd_config:radix_from_config('options', 'local_addrs')
		assert(rspamd_config:radix_from_config('mod', 'missing') == nil)
		maps = rspamd_config:get_maps()
	`); err != nil {
		t.Fatal(err)
	}
	rt.Maps(c).Preload()
	if err := s.DoString(`
		assert(fromcfg:get_key('10.1.1.1') == '1' and fromcfg:get_key('192.168.1.1') == '1')
		assert(fromcfg:get_key('192.168.1.2') == false and fromcfg:get_uri() == 'static')
		assert(#maps == 4, #maps)
		-- the last added first: the static radix, the file radix, the
		-- regexp map (unknown to Lua) and the set, queried as a hash
		assert(maps[3]:get_key('alpha') == nil, 'unknown map')
		assert(maps[4]:get_key('alpha') == 'one' and maps[4]:get_key('beta') == '', 'set as a hash')
		assert(rawequal(rspamd_config:get_maps()[4], maps[4]) == false)
	`); err != nil {
		t.Fatalf("%v\nlog:\n%s", err, log.String())
	}
	if !strings.Contains(log.String(), "Couldnt find config option [mod][missing]") {
		t.Errorf("log:\n%s", log.String())
	}
}

// TestMapLogLines checks the fields of the maps' log lines: configuration
// messages carry the "cfg" module and the configuration's checksum, map
// messages the "map" module and the map's tag.
func TestMapLogLines(t *testing.T) {
	var log bytes.Buffer
	rt := newRuntime(t)
	rt.Logger = logger.NewConsoleTo(0, "main", logger.ThresholdInfo, &log, &log)
	c := rt.NewConfig(cfg.New(cfg.DefaultDirs()))
	c.Cfg.Checksum = "0123456789abcdef"
	rt.PushConfig(rt.L, c)
	rt.L.SetGlobal("rspamd_config")
	missing := filepath.Join(t.TempDir(), "missing.txt")
	rt.L.PushString(missing)
	rt.L.SetGlobal("missing")
	if err := rt.L.DoString(`
		assert(rspamd_config:add_map{type = 'set', url = 42} == nil)
		m = rspamd_config:add_map{type = 'set', url = missing}
	`); err != nil {
		t.Fatal(err)
	}
	rt.Maps(c).Preload()
	tag := c.luaMaps[rt.Maps(c).Maps()[0]].m.Tag()
	for _, want := range []string{
		"<012345>; cfg; rspamd_map_add_from_ucl: map '(NULL)' has invalid type for value: integer\n",
		"<" + tag[:6] + ">; map; read_map_file: " + missing + ": map file is not found",
	} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("no %q in the log:\n%s", want, log.String())
		}
	}
}
