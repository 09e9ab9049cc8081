package luaapi

import (
	"encoding/binary"
	"fmt"
	"log/slog"
	"strconv"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/maps"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// rspamd{map} and the map methods of rspamd{config} (upstream's
// lua_map.c) over internal/maps.

const mapClass = "rspamd{map}"

// luaMap is the value of an rspamd{map} (upstream's struct rspamd_lua_map).
type luaMap struct {
	m *maps.Map
	// kind is how Lua queries the map; unknown for maps Lua did not make
	// and cannot classify.
	kind    maps.Kind
	unknown bool
	// callback is the function of a callback map (lua.RefNil: none yet);
	// opaque gives it texts rather than strings.
	callback lua.Ref
	opaque   bool
	// onLoad is the function of on_load, once set.
	onLoad *onLoadHook
}

// onLoadHook holds the function on_load set last.
type onLoadHook struct {
	ref lua.Ref
}

// LogTag implements Tagged.
func (m *luaMap) LogTag() string { return m.m.Tag() }

func init() {
	defineClass(mapClass, mapMethods, nil)
}

// mapsConfig is what the maps of a configuration take from it.
func (rt *Runtime) mapsConfig(c *cfg.Config) maps.Config {
	keys := make([]string, 0, len(c.TrustedKeys))
	for k := range c.TrustedKeys {
		keys = append(keys, k)
	}
	return maps.Config{
		Timeout:             c.MapTimeout,
		FileWatchMultiplier: c.MapFileWatchMultiplier,
		CacheDir:            c.MapsCacheDir,
		MaxSize:             int64(c.MaxMapSize),
		TrustedKeys:         keys,
		Config:              c.UCL,
		Logger:              slog.New(logger.NewSlogHandler(rt.Logger)).With(slog.Any("id", configTag{c})),
	}
}

// configTag is the tag of a configuration's messages (its checksum, once
// known), for the maps' log records.
type configTag struct{ c *cfg.Config }

// LogValue implements slog.LogValuer.
func (t configTag) LogValue() slog.Value { return slog.StringValue(t.c.Tag()) }

// Maps returns the configuration's maps, made when first needed (once the
// options they depend on are parsed).
func (rt *Runtime) Maps(c *Config) *maps.Registry {
	if c.Maps == nil {
		c.Maps = maps.NewRegistry(rt.mapsConfig(c.Cfg))
	}
	return c.Maps
}

// WatchMaps starts watching the configuration's maps as a worker does
// (rspamd_map_watch, mode saying what it does with HTTP maps): files and
// HTTP maps are read on background goroutines, and the new content, the
// on_load functions and the functions of callback maps are handed to the
// state's loop (lua.State.Post), so they run where Lua runs, between the
// loop's other callbacks. Stop the maps with c.Maps.Stop.
func (rt *Runtime) WatchMaps(c *Config, mode maps.WatchMode) {
	s := rt.L
	rt.Maps(c).Watch(func(fn func()) bool {
		return s.Post(func(*lua.State) { fn() })
	}, mode)
}

// CheckMap returns the map of the rspamd{map} at narg, raising "'map'
// expected" for anything else (lua_check_map).
func (rt *Runtime) CheckMap(s *lua.State, narg int) *maps.Map {
	return lua.Check[*luaMap](s, narg, rt.Class(mapClass)).m
}

func (rt *Runtime) pushMap(s *lua.State, c *Config, lm *luaMap) {
	if c.luaMaps == nil {
		c.luaMaps = map[*maps.Map]*luaMap{}
	}
	c.luaMaps[lm.m] = lm
	s.PushUserdata(rt.Class(mapClass), lm)
}

func (rt *Runtime) configMapMethods() []lua.Reg {
	line := func(kind maps.Kind, what string) lua.Function {
		return func(s *lua.State) int {
			c := rt.configArg(s, 1)
			ln := cconv.CString(s.CheckString(2))
			desc, _ := s.ToString(3)
			m := rt.Maps(c).AddLine(ln, cconv.CString(desc), kind)
			if m == nil {
				rt.cfgLogf(c, logger.LevelWarning, "lua_config_add_"+what+"_map", "invalid %s map %s", what, ln)
				s.PushNil()
				return 1
			}
			rt.pushMap(s, c, &luaMap{m: m, kind: kind})
			return 1
		}
	}
	return []lua.Reg{
		{Name: "add_radix_map", Func: line(maps.KindRadix, "radix")},
		{Name: "add_hash_map", Func: line(maps.KindSet, "set")},
		{Name: "add_kv_map", Func: line(maps.KindHash, "hash")},
		{Name: "radix_from_config", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			mname := cconv.CString(s.CheckString(2))
			opt := cconv.CString(s.CheckString(3))
			obj := moduleOpt(c.Cfg.UCL, mname, opt)
			if obj == nil {
				rt.cfgLogf(c, logger.LevelWarning, "lua_config_radix_from_config", "Couldnt find config option [%s][%s]", mname, opt)
				s.PushNil()
				return 1
			}
			return rt.staticRadix(s, c, obj, "", "lua_config_radix_from_config")
		}},
		{Name: "radix_from_ucl", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			obj := rt.ToUCL(s, 2)
			if obj == nil {
				return s.Errorf("invalid arguments")
			}
			desc := ""
			if s.Type(3) == lua.TypeString {
				desc, _ = s.ToString(3)
			}
			return rt.staticRadix(s, c, obj, cconv.CString(desc), "lua_config_radix_from_ucl")
		}},
		{Name: "add_map", Func: rt.configAddMap},
		{Name: "get_maps", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			s.NewTable(0, 0)
			for i, m := range rt.Maps(c).Maps() {
				lm := c.luaMaps[m]
				if lm == nil {
					// a map of the Go side: queried as upstream guesses
					// from its reader (radix, key-value lists, or nothing)
					lm = &luaMap{m: m, kind: m.Kind()}
					switch m.Kind() {
					case maps.KindRadix:
					case maps.KindSet, maps.KindHash:
						lm.kind = maps.KindHash
					default:
						lm.unknown = true
					}
				}
				rt.pushMap(s, c, lm)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
	}
}

// staticRadix makes a radix map from inline data (radix_from_ucl and
// radix_from_config).
func (rt *Runtime) staticRadix(s *lua.State, c *Config, data *ucl.Object, desc, function string) int {
	m := rt.Maps(c).AddStatic(data, desc, maps.KindRadix)
	if m == nil {
		rt.cfgLogf(c, logger.LevelCritical, function, "invalid radix map static")
		s.PushNil()
		return 1
	}
	rt.pushMap(s, c, &luaMap{m: m, kind: maps.KindRadix})
	return 1
}

// configAddMap is add_map{url=, description=, callback=, type=,
// opaque_data=, by_line=}.
func (rt *Runtime) configAddMap(s *lua.State) int {
	c := rt.configArg(s, 1)
	var url *ucl.Object
	var desc, typ optStr
	cb := lua.RefNil
	var opaque, byLine bool
	if err := rt.parseTableArgs(s, 2, rt.argUCL("*url", &url), argString("description", &desc),
		argFunc("callback", &cb), argString("type", &typ), argBool("opaque_data", &opaque), argBool("by_line", &byLine)); err != nil {
		return s.Errorf("invalid table arguments: %s", err.Error())
	}
	switch {
	case !typ.ok && cb != lua.RefNil:
		typ = optStr{"callback", true}
	case !typ.ok:
		return s.Errorf("invalid map type")
	}
	t := cconv.CString(typ.s)
	if url == nil {
		url = ucl.NewNull()
	}
	lm := &luaMap{callback: cb, opaque: opaque}
	if t == "callback" {
		lm.kind = maps.KindCallback
		if lm.m = rt.Maps(c).AddCallback(url, cconv.CString(desc.s), rt.mapCallback(c, lm, byLine)); lm.m == nil {
			if cb != lua.RefNil {
				s.Unref(cb)
			}
			s.PushNil()
			return 1
		}
		rt.pushMap(s, c, lm)
		return 1
	}
	kind, ok := maps.ParseKind(t)
	if !ok || kind == maps.KindCallback {
		return s.Errorf("invalid arguments: unknown type '%s'", t)
	}
	lm.kind = kind
	if lm.m = rt.Maps(c).Add(url, cconv.CString(desc.s), kind); lm.m == nil {
		s.PushNil()
		return 1
	}
	rt.pushMap(s, c, lm)
	return 1
}

// mapCallback feeds a callback map's content to its Lua function, on the
// loop: the whole text, or each key and value with byLine; the function
// also gets the map. Errors are logged with their traceback.
func (rt *Runtime) mapCallback(c *Config, lm *luaMap, byLine bool) maps.Callback {
	call := func(push func(s *lua.State), nargs int, what string) {
		s := rt.L
		if lm.callback == lua.RefNil {
			rt.log().Log(logger.LevelCritical, "map", lm.m.Tag(), true, "lua_map_fin", "map has no callback set")
			return
		}
		top := s.GetTop()
		defer s.SetTop(top)
		s.PushRef(lm.callback)
		push(s)
		rt.pushMap(s, c, lm)
		if err := s.PCall(nargs+1, 0); err != nil {
			rt.log().Logf(logger.LevelInfo, "map", lm.m.Tag(), true, "lua_map_fin", "call to %s failed (%d): %s", what, 2, luaErrorDetail(err))
		}
	}
	if byLine {
		return maps.Callback{ByLine: true, Line: func(key, value string) {
			call(func(s *lua.State) {
				rt.pushMapString(s, lm, key)
				rt.pushMapString(s, lm, value)
			}, 2, "line callback")
		}}
	}
	return maps.Callback{Data: func(data []byte) {
		call(func(s *lua.State) {
			if lm.opaque {
				rt.PushText(s, data)
			} else {
				s.PushBytes(data)
			}
		}, 1, "map fin function")
	}}
}

// pushMapString pushes a key or value of a callback map read by line: a
// C string, as a text with opaque_data.
func (rt *Runtime) pushMapString(s *lua.State, lm *luaMap, v string) {
	v = cconv.CString(v)
	if lm.opaque {
		rt.PushText(s, []byte(v))
	} else {
		s.PushString(v)
	}
}

func mapMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *luaMap { return lua.Check[*luaMap](s, 1, rt.Class(mapClass)) }
	// each pushes one value per backend
	each := func(s *lua.State, push func(b *maps.Backend)) int {
		bks := check(s).m.Backends()
		for _, b := range bks {
			push(b)
		}
		return len(bks)
	}
	return []lua.Reg{
		{Name: "get_key", Func: func(s *lua.State) int { return rt.mapGetKey(s, check(s)) }},
		{Name: "is_signed", Func: func(s *lua.State) int {
			s.PushBool(check(s).m.IsSigned())
			return 1
		}},
		{Name: "get_proto", Func: func(s *lua.State) int {
			return each(s, func(b *maps.Backend) { s.PushString(b.Proto().String()) })
		}},
		{Name: "get_sign_key", Func: func(s *lua.State) int {
			return each(s, func(b *maps.Backend) {
				if k := b.SignKey(); k != "" {
					s.PushString(k)
				} else {
					s.PushNil()
				}
			})
		}},
		{Name: "set_sign_key", Func: func(s *lua.State) int {
			lm := check(s)
			key, ok := s.ToString(2)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			if err := lm.m.SetSignKey(key); err != nil {
				return s.Errorf("invalid pubkey string")
			}
			return 0
		}},
		{Name: "set_callback", Func: func(s *lua.State) int {
			lm := check(s)
			if lm.kind != maps.KindCallback || lm.unknown {
				return s.Errorf("invalid map")
			}
			if s.Type(2) != lua.TypeFunction {
				return s.Errorf("invalid callback")
			}
			s.PushValue(2)
			lm.callback = s.Ref()
			return 0
		}},
		{Name: "get_uri", Func: func(s *lua.State) int {
			return each(s, func(b *maps.Backend) { s.PushString(b.URI()) })
		}},
		{Name: "get_stats", Func: func(s *lua.State) int {
			lm := check(s)
			reset := s.Type(2) == lua.TypeBoolean && s.ToBool(2)
			s.NewTable(0, lm.m.Nelts())
			lm.m.Stats(reset, func(key string, hits uint64) {
				s.PushInteger(int64(hits))
				s.SetField(-2, cconv.CString(key))
			})
			return 1
		}},
		{Name: "foreach", Func: func(s *lua.State) int { return rt.mapForeach(s, check(s)) }},
		{Name: "on_load", Func: func(s *lua.State) int { return rt.mapOnLoad(s, check(s)) }},
		{Name: "get_data_digest", Func: func(s *lua.State) int {
			s.PushString(strconv.FormatUint(check(s).m.Digest(), 10))
			return 1
		}},
		{Name: "get_nelts", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).m.Nelts()))
			return 1
		}},
		{Name: "trigger_hyperscan_compilation", Func: func(s *lua.State) int {
			// regexp maps compile their Hyperscan databases themselves
			// (maps.Config.AsyncHyperscan)
			check(s)
			return 0
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// mapOnLoad sets the function called after each load of the map
// (rspamd_map_set_on_load_function: a later call replaces it).
func (rt *Runtime) mapOnLoad(s *lua.State, lm *luaMap) int {
	if s.Type(2) != lua.TypeFunction {
		return s.Errorf("invalid callback")
	}
	s.PushValue(2)
	ref := s.Ref()
	if lm.onLoad != nil {
		s.Unref(lm.onLoad.ref)
		lm.onLoad.ref = ref
		return 0
	}
	hook := &onLoadHook{ref: ref}
	lm.onLoad = hook
	lm.m.OnLoad(func() {
		s := rt.L
		top := s.GetTop()
		defer s.SetTop(top)
		s.PushRef(hook.ref)
		if err := s.PCall(0, 0); err != nil {
			rt.log().Logf(logger.LevelCritical, "map", lm.m.Tag(), true, "lua_map_on_load_handler", "call to on_load function failed: %s", luaErrorText(err))
		}
	})
	return 0
}

// mapStringKey reads the key of a set, hash, regexp, glob or cdb map: a
// string or a text; another userdata raises "'text' expected" (after the
// type error log line), anything else is no key.
func (rt *Runtime) mapStringKey(s *lua.State, idx int) (string, bool) {
	switch s.Type(idx) {
	case lua.TypeString:
		v, _ := s.ToString(idx)
		return v, true
	case lua.TypeUserdata:
		return string(lua.Check[*Text](s, idx, rt.Class(textClass)).Data), true
	}
	return "", false
}

// mapRadixKey looks the argument up in a radix map: an address string, an
// rspamd{ip}, or a non-zero number (its 32 bits, big-endian).
func (rt *Runtime) mapRadixKey(s *lua.State, m *maps.Map) (string, bool) {
	switch s.Type(2) {
	case lua.TypeString:
		v, _ := s.ToString(2)
		return m.LookupIP(v)
	case lua.TypeUserdata:
		v, ok := s.LookupUserdata(2, rt.Class(ipClass))
		if !ok {
			rt.log().Log(logger.LevelCritical, "", "", false, "lua_map_get_key", "invalid userdata type provided, rspamd{ip} expected")
			return "", false
		}
		if a := v.(inet.Addr); a.IsValid() {
			return m.LookupAddr(a.IP())
		}
	case lua.TypeNumber:
		if n := uint32(s.CheckInteger(2)); n != 0 {
			return m.LookupKey(binary.BigEndian.AppendUint32(nil, n))
		}
	}
	return "", false
}

// mapGetKey looks a key up: radix maps answer the value or false; sets a
// boolean; hash, regexp, glob and cdb maps the value or false; _multi maps
// a table of values or false; callback and unknown maps nil.
func (rt *Runtime) mapGetKey(s *lua.State, lm *luaMap) int {
	if lm.unknown || lm.kind == maps.KindCallback {
		s.PushNil()
		return 1
	}
	var value string
	var found bool
	switch lm.kind {
	case maps.KindRadix:
		value, found = rt.mapRadixKey(s, lm.m)
	case maps.KindRegexpMulti, maps.KindGlobMulti:
		if key, ok := rt.mapStringKey(s, 2); ok {
			if vals := lm.m.LookupAll(key); vals != nil {
				s.NewTable(len(vals), 0)
				for i, v := range vals {
					s.PushString(cconv.CString(v))
					s.RawSetInt(-2, i+1)
				}
				return 1
			}
		}
	case maps.KindSet:
		if key, ok := rt.mapStringKey(s, 2); ok {
			_, found = lm.m.Lookup(key)
		}
		s.PushBool(found)
		return 1
	case maps.KindCDB:
		if key, ok := rt.mapStringKey(s, 2); ok {
			if value, found = lm.m.Lookup(key); found {
				s.PushString(value)
				return 1
			}
		}
	default:
		if key, ok := rt.mapStringKey(s, 2); ok {
			value, found = lm.m.Lookup(key)
		}
	}
	if found {
		s.PushString(cconv.CString(value))
		return 1
	}
	s.PushBool(false)
	return 1
}

// mapForeach calls fn(key, value) for each element (texts with is_text) as
// upstream's lua_map_foreach does, stack slips included: when fn returns
// a boolean, upstream pops the value below the result too, goes on only if
// the new top is true, and its next call finds no function ("attempt to
// call a nil value", logged) and stops; foreach returns the top of its
// stack.
func (rt *Runtime) mapForeach(s *lua.State, lm *luaMap) int {
	if !s.IsFunction(2) {
		return s.Errorf("invalid arguments")
	}
	text := s.Type(3) == lua.TypeBoolean && s.ToBool(3)
	s.PushValue(2)
	cbref := s.GetTop()
	lm.m.Foreach(func(key, value string) bool {
		if cbref <= s.GetTop() {
			s.PushValue(cbref)
		} else {
			s.PushNil()
		}
		if text {
			rt.PushText(s, []byte(cconv.CString(key)))
			rt.PushText(s, []byte(cconv.CString(value)))
		} else {
			s.PushString(cconv.CString(key))
			s.PushString(cconv.CString(value))
		}
		if err := s.PCall(2, 1); err != nil {
			// PCall popped the error, as upstream does after logging it
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_map_foreach_cb", "call to map foreach callback failed: %s", luaErrorText(err))
			return false
		}
		if s.Type(-1) == lua.TypeBoolean {
			s.Pop(2)
			return s.ToBool(-1)
		}
		s.Pop(1)
		return true
	})
	s.Pop(1)
	return 1
}

// RadixFromUCL makes a radix map from a configuration value
// (rspamd_config_radix_from_ucl): a map definition (a map line or an
// object), or addresses given inline (a string or an array of strings),
// collected in a map that never reloads. nil when there is nothing.
func (rt *Runtime) RadixFromUCL(c *Config, obj *ucl.Object, description, name string) (*maps.Map, error) {
	var list *maps.Map
	for _, cur := range obj.Values() {
		switch cur.Type() {
		case ucl.TypeString:
			str := cur.Str()
			if maps.IsMap(str) {
				m := rt.Maps(c).Add(cur, description, maps.KindRadix)
				if m == nil {
					return nil, fmt.Errorf("bad map definition %s for %s", str, obj.Key())
				}
				return m, nil
			}
			if list == nil {
				list = rt.Maps(c).NewRadixList(name, description)
			}
			if err := list.AddIPs(str); err != nil {
				rt.cfgLogf(c, logger.LevelCritical, "rspamd_config_radix_from_ucl", "%s", err.Error())
			}
		case ucl.TypeObject:
			m := rt.Maps(c).Add(cur, description, maps.KindRadix)
			if m == nil {
				return nil, fmt.Errorf("bad map object for %s", obj.Key())
			}
			return m, nil
		case ucl.TypeArray:
			for elt := range cur.All() {
				if elt.Type() != ucl.TypeString {
					return nil, fmt.Errorf("bad element inside array object for %s: expected string, got: %s",
						obj.Key(), elt.Type().String())
				}
				if list == nil {
					list = rt.Maps(c).NewRadixList(name, description)
				}
				if err := list.AddIPs(elt.Str()); err != nil {
					rt.cfgLogf(c, logger.LevelCritical, "rspamd_config_radix_from_ucl", "%s", err.Error())
				}
			}
		default:
			return nil, fmt.Errorf("bad map type %s for %s", cur.Type().String(), obj.Key())
		}
	}
	return list, nil
}
