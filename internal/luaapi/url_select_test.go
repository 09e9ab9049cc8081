package luaapi

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/url"
)

// selectionRuntime is a runtime logging at every level into log, with
// sel(...) and filtered(...) reading their arguments as task:get_urls and
// task:get_urls_filtered do (from argument 2, as after the task) into
// *got, raising "invalid arguments" when they are rejected.
func selectionRuntime(t *testing.T, log *bytes.Buffer, got *url.Selection) *Runtime {
	t.Helper()
	rt := newRuntime(t)
	rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdDebug, log, log)
	s := rt.L
	const defProtocols = url.ProtoHTTP | url.ProtoHTTPS | url.ProtoFile | url.ProtoFTP
	s.Register("sel", func(s *lua.State) int {
		sel, ok := rt.URLSelectionArg(s, 2, defProtocols, ^url.FlagImage, 100)
		if !ok {
			return s.Errorf("invalid arguments")
		}
		*got = sel
		return 0
	})
	s.Register("filtered", func(s *lua.State) int {
		sel, ok := rt.URLFilteredSelectionArg(s, 2, defProtocols, 100)
		if !ok {
			return s.Errorf("invalid arguments")
		}
		*got = sel
		return 0
	})
	return rt
}

// callArgs is the Lua call of fn with a nil first argument (the task)
// and args.
func callArgs(fn, args string) string {
	if args == "" {
		return fn + "(nil)"
	}
	return fn + "(nil, " + args + ")"
}

// selectionCase is a call of sel or filtered: its arguments (after the
// task) and the selection it reads, or the info line it logs when it
// rejects them.
type selectionCase struct {
	args string
	want url.Selection
	log  string
}

// checkSelections runs the calls of fn and checks what they read.
func checkSelections(t *testing.T, rt *Runtime, fn string, log *bytes.Buffer, got *url.Selection, cases []selectionCase) {
	t.Helper()
	for _, c := range cases {
		log.Reset()
		*got = url.Selection{}
		err := rt.L.DoString(callArgs(fn, c.args))
		if c.log != "" {
			if err == nil || !strings.Contains(err.Error(), "invalid arguments") {
				t.Errorf("%s(%s): error %v, want invalid arguments", fn, c.args, err)
			}
			if !strings.HasSuffix(log.String(), " "+c.log+"\n") {
				t.Errorf("%s(%s) logged %q, want %q", fn, c.args, log.String(), c.log)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s(%s): %v", fn, c.args, err)
		} else if *got != c.want {
			t.Errorf("%s(%s) = %+v, want %+v", fn, c.args, *got, c.want)
		}
	}
}

func TestURLSelectionArg(t *testing.T) {
	const (
		def      = url.ProtoHTTP | url.ProtoHTTPS | url.ProtoFile | url.ProtoFTP
		defFlags = ^url.FlagImage
	)
	var log bytes.Buffer
	var got url.Selection
	rt := selectionRuntime(t, &log, &got)
	checkSelections(t, rt, "sel", &log, &got, []selectionCase{
		{"", url.Selection{Protocols: def, Include: defFlags, MaxURLs: 100}, ""},
		{"true", url.Selection{Protocols: def | url.ProtoMailto, Include: defFlags, MaxURLs: 100}, ""},
		{"false, true", url.Selection{Protocols: def, Include: ^url.Flags(0), MaxURLs: 100}, ""},
		{"nil, true", url.Selection{Protocols: def, Include: ^url.Flags(0), MaxURLs: 100}, ""},
		{"'http,https'", url.Selection{Protocols: url.ProtoHTTP | url.ProtoHTTPS, Include: defFlags, MaxURLs: 100}, ""},
		{"'mailto;telephone'", url.Selection{Protocols: url.ProtoMailto | url.ProtoTelephone, Include: defFlags, MaxURLs: 100}, ""},
		{"''", url.Selection{Include: defFlags, MaxURLs: 100}, ""},
		{"'http,'", url.Selection{}, "bad url protocol: "},
		{"'http;gopher'", url.Selection{}, "bad url protocol: gopher"},
		{"{'ftp', 'file'}", url.Selection{Protocols: url.ProtoFTP | url.ProtoFile, Include: defFlags, MaxURLs: 100}, ""},
		{"{'ftp', 'HTTP'}", url.Selection{}, "bad url protocol: HTTP"},
		{"{flags = {'image', 'content'}, flags_mode = 'explicit'}",
			url.Selection{Protocols: def, Mode: url.FlagsIncludeExplicit, Include: url.FlagImage | url.FlagContent, MaxURLs: 100}, ""},
		{"{flags = {'image', 1}}", url.Selection{Protocols: def, Include: defFlags | url.FlagImage, MaxURLs: 100}, ""},
		{"{flags = {'nosuch'}}", url.Selection{}, "bad url flag: nosuch"},
		{"{emails = true, images = true, content = false, max_urls = 5, sort = false}",
			url.Selection{Protocols: def | url.ProtoMailto, Include: defFlags&^url.FlagContent | url.FlagImage, MaxURLs: 5, Sort: true}, ""},
		{"{protocols = {'ftp'}, emails = true, max_urls = 0}", url.Selection{Protocols: url.ProtoFTP, Include: defFlags}, ""},
		{"{protocols = {'ftp', 'x'}}", url.Selection{}, "bad url protocol: x"},
		{"{flags = {'text'}, images = true}", url.Selection{Protocols: def, Include: defFlags, MaxURLs: 100}, ""},
		{"{}, true", url.Selection{Protocols: def, Include: defFlags | url.FlagImage, MaxURLs: 100}, ""},
		{"{max_urls = -3}", url.Selection{Protocols: def, Include: defFlags}, ""},
	})
	if err := rt.L.DoString(callArgs("sel", "5")); err == nil {
		t.Error("a number is accepted as a selection")
	}
}

func TestURLFilteredSelectionArg(t *testing.T) {
	const def = url.ProtoHTTP | url.ProtoHTTPS | url.ProtoFile | url.ProtoFTP
	var log bytes.Buffer
	var got url.Selection
	rt := selectionRuntime(t, &log, &got)
	checkSelections(t, rt, "filtered", &log, &got, []selectionCase{
		{"", url.Selection{Protocols: def, Mode: url.FlagsExcludeInclude, Include: ^url.Flags(0), MaxURLs: 100}, ""},
		{"{'image'}, {'content', 4}", url.Selection{Protocols: def, Mode: url.FlagsExcludeInclude,
			Include: url.FlagImage, Exclude: url.FlagContent | url.FlagObscured, MaxURLs: 100}, ""},
		{"nil, nil, {'mailto'}", url.Selection{Protocols: url.ProtoMailto, Mode: url.FlagsExcludeInclude,
			Include: ^url.Flags(0), MaxURLs: 100}, ""},
		{"{}, {}, 'x'", url.Selection{Protocols: def, Mode: url.FlagsExcludeInclude, MaxURLs: 100}, ""},
		{"'x'", url.Selection{}, "bad arguments: wrong include mask"},
		{"nil, 5", url.Selection{}, "bad arguments: wrong exclude mask"},
		{"{'zzz'}", url.Selection{}, "bad url include flag: zzz"},
		{"nil, {'zzz'}", url.Selection{}, "bad url exclude flag: zzz"},
		{"nil, nil, {'zzz'}", url.Selection{}, "bad url protocol: zzz"},
	})
}

// TestLuaURLFilter checks that rspamd_url.all consults lua_url_filter
// through the Lua state, accepting URLs when the filter fails.
func TestLuaURLFilter(t *testing.T) {
	var log bytes.Buffer
	rt := newRuntime(t)
	rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &log, &log)
	s := rt.L
	err := s.DoString(`
		local verdict = 0
		package.preload.lua_url_filter = function()
		  return { filter_url_string = function(t, flags)
		    seen = tostring(t) .. '|' .. flags
		    if verdict == 'error' then error('bad filter') end
		    return verdict
		  end }
		end
		local url = require 'rspamd_url'
		local pool = require('rspamd_mempool').create()
		local user = 'legit.com' .. string.rep('a', 70)
		local text = 'see https://' .. user .. '@evil.com/ now'
		local function found()
		  local res = url.all(pool, text)
		  return #res == 1 and res[1]:get_host() == 'evil.com'
		end
		assert(found(), 'accepted')
		assert(seen and seen:find(user, 1, true), seen)
		verdict = 2
		assert(not found(), 'rejected')
		verdict = 'error'
		assert(found(), 'accepted on errors')
		verdict = 7
		assert(found(), 'accepted on bad verdicts')
		seen = nil
		assert(url.create(pool, text) and not seen, 'create consults no filter')
	`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "cannot call lua_url_filter.filter_url_string: ") ||
		!strings.Contains(log.String(), "bad filter") {
		t.Errorf("filter error not logged: %q", log.String())
	}
}

// TestURLSetRedirectedQuirk checks url:set_redirected with a string that
// holds no URL: upstream then checks the last argument as the URL found.
func TestURLSetRedirectedQuirk(t *testing.T) {
	rt := newRuntime(t)
	err := rt.L.DoString(`
		local url = require 'rspamd_url'
		local pool = require('rspamd_mempool').create()
		local u = url.create('http://x.com/')
		local ok, err = pcall(u.set_redirected, u, 'no url', pool)
		assert(not ok and err:find("bad argument #3 to '?' ('url' expected)", 1, true), err)
		assert(not u:is_redirected())
		local target = url.create('http://t.com/')
		assert(u:set_redirected('no url', pool, target) == target)
		assert(u:is_redirected() and u:get_redirected() == target)
	`)
	if err != nil {
		t.Fatal(err)
	}
}

// TestInitURLsLogs checks the lines rspamd_url.init logs.
func TestInitURLsLogs(t *testing.T) {
	var log bytes.Buffer
	rt := newRuntime(t)
	rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdDebug, &log, &log)
	rt.InitURLs("testdata/psl.dat")
	for _, want := range []string{" added multipattern 'tld' (21 patterns) to pending compilation queue\n",
		" loaded 2 TLD suffixes from 'testdata/psl.dat'\n"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("logged %q, want %q", log.String(), want)
		}
	}
	if tld, ok := rt.URLScanner().FindTLD([]byte("www.example.co.uk")); !ok || string(tld) != "example.co.uk" {
		t.Errorf("FindTLD = %q, %v", tld, ok)
	}
	rt.SetURLScanner(nil)
	if rt.URLScanner().HasTLD() {
		t.Error("the static scanner has public suffixes")
	}
}
