package luaapi

import (
	"bytes"
	"os"
	"sync"
	"sync/atomic"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/url"
)

// rspamd_url and rspamd{url} (upstream's lua_url.c) over internal/url.
// URLs live as long as Lua refers to them: the memory pools upstream
// allocates them from are only checked. The URL scanner (the matchers and
// the public suffix list) belongs to the runtime: rspamd_url.init replaces
// it, as upstream's rspamd_url_init replaces its process-wide scanner.

const urlClass = "rspamd{url}"

func init() {
	defineClass(urlClass, urlMethods, nil)
	defineModule("rspamd_url", func(rt *Runtime) lua.Function {
		regs := []lua.Reg{
			{Name: "init", Func: func(s *lua.State) int {
				rt.InitURLs(s.CheckString(1))
				return 0
			}},
			{Name: "create", Func: rt.urlCreate},
			{Name: "all", Func: rt.urlAll},
		}
		return func(s *lua.State) int {
			s.NewLib(regs)
			s.NewTable(0, url.MaxFlagShift)
			for i := 0; i < url.MaxFlagShift; i++ {
				f := url.Flags(1) << i
				s.PushInteger(int64(f))
				s.SetField(-2, url.FlagName(f))
			}
			s.SetField(-2, "flags")
			return 1
		}
	})
	defineUtil("get_tld", func(rt *Runtime) lua.Function {
		return func(s *lua.State) int {
			host := s.CheckBytes(1)
			if tld, ok := rt.URLScanner().FindTLD(host); ok {
				s.PushBytes(tld)
			} else {
				s.PushBytes(host)
			}
			return 1
		}
	})
}

// processURLs is the process-wide scanner: the one a runtime uses until
// InitURLs or SetURLScanner gives it its own. It holds the static matchers
// only (upstream's rspamd_url_init(NULL), which rspamadm runs) until the C
// function rspamd_url_init replaces it (ffi_export.go), as upstream's
// replaces its process-wide scanner.
var processURLs atomic.Pointer[url.Scanner]

var staticURLs = sync.OnceValue(func() *url.Scanner { return url.NewScanner(nil) })

// URLScanner returns the scanner of the runtime's URL functions.
func (rt *Runtime) URLScanner() *url.Scanner {
	if rt.urls != nil {
		return rt.urls
	}
	if sc := processURLs.Load(); sc != nil {
		return sc
	}
	return staticURLs()
}

// SetURLScanner makes the runtime's URL functions use sc (nil: the
// process-wide one).
func (rt *Runtime) SetURLScanner(sc *url.Scanner) { rt.urls = sc }

// InitURLs loads the public suffix list at path into a new scanner for
// the runtime, logging as upstream's rspamd_url_init does.
func (rt *Runtime) InitURLs(path string) { rt.urls = loadURLScanner(rt.log(), path) }

// loadURLScanner builds a scanner from the public suffix list at path,
// logging to log as upstream's rspamd_url_init does. A file that cannot be
// read gives a scanner whose full matcher set holds the static matchers
// only, as upstream's does.
func loadURLScanner(log *logger.Logger, path string) *url.Scanner {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Logf(logger.LevelCritical, "", "", false, "rspamd_url_parse_tld_file",
			"cannot open TLD file %s: %s", path, errText(err))
		log.Logf(logger.LevelCritical, "", "", false, "rspamd_url_init",
			"failed to initialize url tld suffixes from '%s', use %d internal match suffixes",
			path, url.StaticCount())
		return url.NewScanner([]byte{})
	}
	sc := url.NewScanner(data)
	log.Logf(logger.LevelInfo, "", "", false, "rspamd_multipattern_add_pending",
		"added multipattern 'tld' (%d patterns) to pending compilation queue",
		sc.TLDCount()+url.StaticCount())
	log.Logf(logger.LevelInfo, "", "", false, "rspamd_url_init",
		"loaded %d TLD suffixes from '%s'", sc.TLDCount(), path)
	return sc
}

// PushURL pushes u as an rspamd{url}.
func (rt *Runtime) PushURL(s *lua.State, u *url.URL) {
	s.PushUserdata(rt.Class(urlClass), u)
}

// PushURLs pushes a list of URLs as an array of rspamd{url}.
func (rt *Runtime) PushURLs(s *lua.State, urls []*url.URL) {
	s.NewTable(len(urls), 0)
	for i, u := range urls {
		rt.PushURL(s, u)
		s.RawSetInt(-2, i+1)
	}
}

// URLArg returns the URL at narg, raising "'url' expected" for any other
// value (lua_check_url).
func (rt *Runtime) URLArg(s *lua.State, narg int) *url.URL {
	return lua.Check[*url.URL](s, narg, rt.Class(urlClass))
}

// LuaURLFilter returns the URL filter upstream's parser consults through
// a Lua state: lualib's lua_url_filter.filter_url_string, called on s with
// the fragment (as an rspamd{text}) and the flags. Whatever goes wrong
// (no such module, an error in the filter, a result that is not a
// verdict) accepts the URL, as upstream does.
func (rt *Runtime) LuaURLFilter(s *lua.State) url.Filter {
	return func(frag []byte, flags url.Flags) url.FilterResult {
		top := s.GetTop()
		defer s.SetTop(top)
		if !rt.requireFunction(s, "lua_url_filter", "filter_url_string") {
			return url.FilterAccept
		}
		rt.PushText(s, bytes.Clone(frag))
		s.PushInteger(int64(flags))
		if err := s.PCall(2, 1); err != nil {
			rt.log().Logf(logger.LevelCritical, "", "", false, "rspamd_url_lua_consult",
				"cannot call lua_url_filter.filter_url_string: %s", luaErrorDetail(err))
			return url.FilterAccept
		}
		if v, ok := s.ToNumberOK(-1); ok {
			if r := url.FilterResult(int64(v)); r >= url.FilterAccept && r <= url.FilterReject {
				return r
			}
		}
		return url.FilterAccept
	}
}

// requireFunction pushes module.name, requiring the module, as upstream's
// rspamd_lua_require_function; it logs why and pushes nothing when that
// fails.
func (rt *Runtime) requireFunction(s *lua.State, module, name string) bool {
	top := s.GetTop()
	if s.GetGlobal("require") == lua.TypeNil {
		s.SetTop(top)
		return false
	}
	s.PushString(module)
	warn := func(format string, args ...any) bool {
		rt.log().Logf(logger.LevelWarning, "", "", false, "rspamd_lua_require_function", format, args...)
		s.SetTop(top)
		return false
	}
	if err := s.PCall(1, 1); err != nil {
		return warn("require of %s.%s failed: %s", module, name, luaErrorText(err))
	}
	if !s.IsTable(-1) {
		return warn("require of %s.%s failed: not a table but %s", module, name, s.TypeName(-1))
	}
	if s.GetField(-1, name) != lua.TypeFunction {
		return warn("require of %s.%s failed: not a function but %s", module, name, s.TypeName(-1))
	}
	s.Remove(-2)
	return true
}

// findSingle returns the first URL found in text, nil if none
// (rspamd_url_find_single with RSPAMD_URL_FIND_ALL).
func (rt *Runtime) findSingle(text []byte) *url.URL {
	var found *url.URL
	rt.URLScanner().FindSingle(text, url.FindAll, func(u *url.URL, _, _ int) bool {
		found = u
		return true
	})
	return found
}

// pushTopUserdata ends a function that found no URL as upstream's do:
// they return the top of the stack, which is a userdata argument when the
// last argument is one, and nil otherwise.
func pushTopUserdata(s *lua.State) {
	if top := s.GetTop(); top > 0 && s.Type(top) == lua.TypeUserdata {
		s.PushValue(top)
	} else {
		s.PushNil()
	}
}

// urlCreate is rspamd_url.create([pool,] text[, flags]).
func (rt *Runtime) urlCreate(s *lua.State) int {
	var text []byte
	var ok bool
	if s.Type(1) == lua.TypeUserdata {
		rt.MempoolArg(s, 1)
		if text, ok = rt.textOrString(s, 2); !ok {
			return s.Errorf("invalid arguments: string/text is expected as the second argument")
		}
	} else if text, ok = rt.textOrString(s, 1); !ok {
		return s.Errorf("invalid arguments: string/text is expected as the first argument")
	}
	u := rt.findSingle(text)
	if u == nil {
		pushTopUserdata(s)
		return 1
	}
	if s.IsTable(3) {
		for s.PushNil(); s.Next(3); s.Pop(1) {
			name, _ := s.ToString(-1)
			f, known := url.FlagFromName(name)
			if !known {
				if s.Type(-1) != lua.TypeString && s.Type(-1) != lua.TypeNumber {
					name = "(null)"
				}
				return s.Errorf("invalid flag: %s", name)
			}
			u.Flags |= f
		}
	}
	rt.PushURL(s, u)
	return 1
}

// urlAll is rspamd_url.all(pool, text): every URL of the text, with the
// Lua URL filter consulted.
func (rt *Runtime) urlAll(s *lua.State) int {
	rt.MempoolArg(s, 1)
	text := s.CheckBytes(2)
	var urls []*url.URL
	rt.URLScanner().FindMultiple(text, url.FindAll, nil, rt.LuaURLFilter(s), func(u *url.URL, _, _ int) bool {
		urls = append(urls, u)
		return true
	})
	rt.PushURLs(s, urls)
	return 1
}

// urlSetRedirected is url:set_redirected(url|string, pool).
func (rt *Runtime) urlSetRedirected(s *lua.State) int {
	u := rt.URLArg(s, 1)
	var redir *url.URL
	if s.Type(2) == lua.TypeString {
		if s.Type(3) != lua.TypeUserdata {
			return s.Errorf("mempool is required as the third argument")
		}
		rt.MempoolArg(s, 3)
		text, _ := s.ToBytesView(2)
		if redir = rt.findSingle(text); redir == nil {
			// upstream then checks the top of the stack (the last
			// argument) as the URL found
			top := s.GetTop()
			if s.Type(top) != lua.TypeUserdata {
				s.PushNil()
				return 1
			}
			redir = rt.URLArg(s, top)
		}
		rt.PushURL(s, redir)
	} else {
		redir = rt.URLArg(s, 2)
		rt.MempoolArg(s, 3)
		s.PushValue(2)
	}
	u.Flags |= url.FlagRedirected
	u.Linked = redir
	return 1
}

// pushNonEmpty pushes v, or nil when it is empty.
func pushNonEmpty(s *lua.State, v string) {
	if v == "" {
		s.PushNil()
	} else {
		s.PushString(v)
	}
}

func urlMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *url.URL { return rt.URLArg(s, 1) }
	str := func(get func(u *url.URL) string) lua.Function {
		return func(s *lua.State) int {
			pushNonEmpty(s, get(check(s)))
			return 1
		}
	}
	flag := func(f url.Flags) lua.Function {
		return func(s *lua.State) int {
			s.PushBool(check(s).Flags&f != 0)
			return 1
		}
	}
	order := func(get func(u *url.URL) uint16) lua.Function {
		return func(s *lua.State) int {
			if o := get(check(s)); o != url.NoOrder {
				s.PushInteger(int64(o))
			} else {
				s.PushNil()
			}
			return 1
		}
	}
	linked := func(s *lua.State) int {
		u := check(s)
		if u.Linked != nil && u.Flags&(url.FlagPhished|url.FlagRedirected) != 0 {
			rt.PushURL(s, u.Linked)
		} else {
			s.PushNil()
		}
		return 1
	}
	return []lua.Reg{
		{Name: "get_length", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).Len()))
			return 1
		}},
		{Name: "get_host", Func: str((*url.URL).Host)},
		{Name: "get_port", Func: func(s *lua.State) int {
			if p := check(s).Port(); p != 0 {
				s.PushInteger(int64(p))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_user", Func: str((*url.URL).User)},
		{Name: "get_path", Func: str((*url.URL).Path)},
		{Name: "get_query", Func: str((*url.URL).Query)},
		{Name: "get_fragment", Func: str((*url.URL).Fragment)},
		{Name: "get_text", Func: func(s *lua.State) int {
			u := check(s)
			if s.Type(2) == lua.TypeBoolean && s.ToBool(2) {
				rt.PushText(s, []byte(u.String()))
			} else {
				s.PushString(u.String())
			}
			return 1
		}},
		{Name: "get_tld", Func: str((*url.URL).TLD)},
		{Name: "get_raw", Func: func(s *lua.State) int {
			s.PushString(check(s).Raw())
			return 1
		}},
		{Name: "get_protocol", Func: func(s *lua.State) int {
			if p := check(s).Protocol; p != url.ProtoUnknown {
				s.PushString(p.String())
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "to_table", Func: rt.urlToTable},
		{Name: "is_phished", Func: flag(url.FlagPhished)},
		{Name: "is_redirected", Func: flag(url.FlagRedirected)},
		{Name: "is_obscured", Func: flag(url.FlagObscured)},
		{Name: "is_html_displayed", Func: flag(url.FlagHTMLDisplayed)},
		{Name: "is_subject", Func: flag(url.FlagSubject)},
		{Name: "get_phished", Func: linked},
		{Name: "get_redirected", Func: linked},
		{Name: "set_redirected", Func: rt.urlSetRedirected},
		{Name: "get_visible", Func: func(s *lua.State) int {
			if v := check(s).Visible; v != nil {
				s.PushString(cconv.CString(*v))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_count", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).Count))
			return 1
		}},
		{Name: "get_query_embedded_urls", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).QueryEmbedded))
			return 1
		}},
		{Name: "get_hash", Func: func(s *lua.State) int {
			if u := check(s); u.Len() > 0 {
				s.PushNumber(float64(u.Hash()))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_flags", Func: func(s *lua.State) int {
			names := check(s).Flags.Names()
			s.NewTable(0, len(names))
			for _, n := range names {
				s.PushBool(true)
				s.SetField(-2, n)
			}
			return 1
		}},
		{Name: "get_flags_num", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).Flags))
			return 1
		}},
		{Name: "get_order", Func: order(func(u *url.URL) uint16 { return u.Order })},
		{Name: "get_part_order", Func: order(func(u *url.URL) uint16 { return u.PartOrder })},
		{Name: "to_http", Func: func(s *lua.State) int {
			if h, ok := check(s).ToHTTP(); ok {
				s.PushString(h)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "__tostring", Func: func(s *lua.State) int {
			s.PushString(check(s).Tostring())
			return 1
		}},
		{Name: "__eq", Func: func(s *lua.State) int {
			s.PushBool(url.Compare(check(s), rt.URLArg(s, 2)) == 0)
			return 1
		}},
		// upstream's __lt returns the comparison as a number, which Lua
		// takes as true whatever it is
		{Name: "__lt", Func: func(s *lua.State) int {
			s.PushInteger(int64(url.Compare(check(s), rt.URLArg(s, 2))))
			return 1
		}},
	}
}

// urlToTable is url:to_table().
func (rt *Runtime) urlToTable(s *lua.State) int {
	u := rt.URLArg(s, 1)
	s.NewTable(0, 12)
	s.PushString(u.String())
	s.SetField(-2, "url")
	set := func(k, v string) {
		if v != "" {
			s.PushString(v)
			s.SetField(-2, k)
		}
	}
	set("host", u.Host())
	if p := u.Port(); p != 0 {
		s.PushInteger(int64(p))
		s.SetField(-2, "port")
	}
	set("tld", u.TLD())
	set("user", u.User())
	set("path", u.Path())
	set("query", u.Query())
	set("fragment", u.Fragment())
	s.PushString(u.Protocol.String())
	s.SetField(-2, "protocol")
	return 1
}
