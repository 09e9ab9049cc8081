package luaapi

import (
	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/url"
)

// The arguments of the Lua URL getters (task:get_urls, get_emails,
// get_urls_filtered, mimepart:get_urls), read into a url.Selection as
// upstream's lua_url_cbdata_fill and lua_url_cbdata_fill_exclude_include
// read them. A bad flag or protocol name is logged and reported as false;
// the getters then raise "invalid arguments".

// URLSelectionArg reads the selection of task:get_urls-style getters at
// pos: nothing (the defaults), a boolean (with e-mails or not), a string
// of protocols separated by ',' or ';', an array of protocol names, or a
// table of options (flags, flags_mode, protocols, emails, images,
// content, max_urls, sort); a boolean after it includes or excludes
// images. maxURLs is the default sampling limit (max_lua_urls).
func (rt *Runtime) URLSelectionArg(s *lua.State, pos int, defProtocols url.Protocol, defFlags url.Flags, maxURLs int) (url.Selection, bool) {
	sel := url.Selection{Mode: url.FlagsIncludeAny, MaxURLs: maxURLs}
	flags := defFlags
	var protocols url.Protocol
	bad := func(format, name string) (url.Selection, bool) {
		rt.log().Logf(logger.LevelInfo, "", "", false, "lua_url_cbdata_fill", format, name)
		return url.Selection{}, false
	}
	switch s.Type(pos) {
	case lua.TypeBoolean:
		protocols = defProtocols
		// upstream reads the second argument whatever pos is
		if s.ToBool(2) {
			protocols |= url.ProtoMailto
		}
	case lua.TypeTable:
		isArray := s.RawGetInt(pos, 1) != lua.TypeNil
		s.Pop(1)
		if isArray {
			var ok bool
			var name string
			if protocols, name, ok = protocolList(s, pos); !ok {
				return bad("bad url protocol: %s", name)
			}
			break
		}
		seenFlags := false
		if s.GetField(pos, "flags") == lua.TypeTable {
			ftab := s.GetTop()
			if s.GetField(pos, "flags_mode") == lua.TypeString || s.IsNumber(-1) {
				if mode, _ := s.ToString(-1); mode == "explicit" {
					sel.Mode = url.FlagsIncludeExplicit
					flags = 0
				}
			}
			s.Pop(1)
			f, name, ok := flagList(s, ftab)
			if !ok {
				return bad("bad url flag: %s", name)
			}
			flags |= f
			seenFlags = true
		}
		s.Pop(1)
		seenProtocols := false
		if s.GetField(pos, "protocols") == lua.TypeTable {
			var ok bool
			var name string
			if protocols, name, ok = protocolList(s, s.GetTop()); !ok {
				return bad("bad url protocol: %s", name)
			}
			seenProtocols = true
		} else {
			protocols = defProtocols
		}
		s.Pop(1)
		if !seenProtocols {
			if s.GetField(pos, "emails") == lua.TypeBoolean && s.ToBool(-1) {
				protocols |= url.ProtoMailto
			}
			s.Pop(1)
		}
		if !seenFlags {
			if s.GetField(pos, "images") == lua.TypeBoolean && s.ToBool(-1) {
				flags |= url.FlagImage
			} else {
				flags &^= url.FlagImage
			}
			s.Pop(1)
			if s.GetField(pos, "content") == lua.TypeBoolean {
				if s.ToBool(-1) {
					flags |= url.FlagContent
				} else {
					flags &^= url.FlagContent
				}
			}
			s.Pop(1)
		}
		s.GetField(pos, "max_urls")
		if n, ok := s.ToNumberOK(-1); ok {
			// a negative limit wraps around to a huge one upstream:
			// either way nothing is sampled
			sel.MaxURLs = max(int(n), 0)
		}
		s.Pop(1)
		sel.Sort = s.GetField(pos, "sort") == lua.TypeBoolean
		s.Pop(1)
	case lua.TypeString:
		plist, _ := s.ToString(pos)
		for _, name := range cconv.SplitSet(plist, ",;") {
			p := url.ProtocolFromString(name)
			if p == url.ProtoUnknown {
				return bad("bad url protocol: %s", name)
			}
			protocols |= p
		}
	case lua.TypeNone, lua.TypeNil:
		protocols = defProtocols
	default:
		return url.Selection{}, false
	}
	if s.Type(pos+1) == lua.TypeBoolean {
		if s.ToBool(pos + 1) {
			flags |= url.FlagImage
		} else {
			flags &^= url.FlagImage
		}
	}
	sel.Protocols = protocols
	sel.Include = flags
	return sel, true
}

// URLFilteredSelectionArg reads the selection of
// task:get_urls_filtered([include_flags[, exclude_flags[, protocols]]])
// at pos: a URL is kept when it has no excluded flag and, when include
// flags are given, one of them.
func (rt *Runtime) URLFilteredSelectionArg(s *lua.State, pos int, defProtocols url.Protocol, maxURLs int) (url.Selection, bool) {
	sel := url.Selection{Mode: url.FlagsExcludeInclude, MaxURLs: maxURLs, Protocols: defProtocols}
	bad := func(format, name string) (url.Selection, bool) {
		rt.log().Logf(logger.LevelInfo, "", "", false, "lua_url_cbdata_fill_exclude_include", format, name)
		return url.Selection{}, false
	}
	for i, set := range []struct {
		what string
		all  url.Flags
		dst  *url.Flags
	}{{"include", ^url.Flags(0), &sel.Include}, {"exclude", 0, &sel.Exclude}} {
		switch s.Type(pos + i) {
		case lua.TypeTable:
			f, name, ok := flagList(s, pos+i)
			if !ok {
				return bad("bad url "+set.what+" flag: %s", name)
			}
			*set.dst = f
		case lua.TypeNil, lua.TypeNone:
			*set.dst = set.all
		default:
			return bad("bad arguments: wrong %s mask", set.what)
		}
	}
	if s.IsTable(pos + 2) {
		p, name, ok := protocolList(s, pos+2)
		if !ok {
			return bad("bad url protocol: %s", name)
		}
		sel.Protocols = p
	}
	return sel, true
}

// flagList ors the flags of the table at idx: names, or numbers taken as
// masks. It returns the first unknown name and false when there is one.
func flagList(s *lua.State, idx int) (url.Flags, string, bool) {
	var flags url.Flags
	for s.PushNil(); s.Next(idx); s.Pop(1) {
		if s.Type(-1) != lua.TypeString {
			flags |= url.Flags(s.ToInteger(-1))
			continue
		}
		name, _ := s.ToString(-1)
		f, ok := url.FlagFromName(name)
		if !ok {
			return 0, name, false
		}
		flags |= f
	}
	return flags, "", true
}

// protocolList ors the protocols named by the values of the table at idx.
// It returns the first unknown name and false when there is one.
func protocolList(s *lua.State, idx int) (url.Protocol, string, bool) {
	var protocols url.Protocol
	for s.PushNil(); s.Next(idx); s.Pop(1) {
		name, ok := s.ToString(-1)
		if !ok {
			name = "(null)"
		}
		p := url.ProtocolFromString(name)
		if p == url.ProtoUnknown {
			return 0, name, false
		}
		protocols |= p
	}
	return protocols, "", true
}
