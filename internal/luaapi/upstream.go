package luaapi

import (
	"errors"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/upstream"
)

// rspamd_upstream_list, rspamd{upstream_list} and rspamd{upstream}
// (upstream's lua_upstream.c) over internal/upstream.
//
// Watchers are called synchronously from whatever records the event: a
// request's fail or ok, or a timer of the list's upstream.Context, whose
// Clock must therefore run timers on the goroutine that owns the Lua state.

const (
	upstreamListClass = "rspamd{upstream_list}"
	upstreamClass     = "rspamd{upstream}"
	configClass       = "rspamd{config}"
)

// luaUpstreamList is the value of an rspamd{upstream_list}. The list is
// destroyed once Lua has collected it and every rspamd{upstream} taken
// from it (which upstream keeps alive with a reference to the list).
type luaUpstreamList struct {
	list      *upstream.List
	live      int
	collected bool
}

func (l *luaUpstreamList) release() {
	if l.collected && l.live == 0 {
		l.list.Destroy()
	}
}

// luaUpstream is the value of an rspamd{upstream}. An upstream selected
// for a request (acquired) that is collected before ok or fail is
// released, so that abandoned selections do not count as in flight.
type luaUpstream struct {
	up       *upstream.Upstream
	parent   *luaUpstreamList
	acquired bool
	retired  bool
}

func init() {
	defineClass(upstreamListClass, upstreamListMethods, func(rt *Runtime, c *lua.Class) {
		c.SetFinalizer(func(v any) {
			l := v.(*luaUpstreamList)
			l.collected = true
			l.release()
		})
	})
	defineClass(upstreamClass, upstreamMethods, func(rt *Runtime, c *lua.Class) {
		c.SetFinalizer(func(v any) {
			u := v.(*luaUpstream)
			if u.acquired && !u.retired {
				u.up.Release()
			}
			u.parent.live--
			u.parent.release()
		})
	})
	defineLib("rspamd_upstream_list", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "create", Func: rt.upstreamListCreate}}
	})
}

func (rt *Runtime) pushUpstream(s *lua.State, parent *luaUpstreamList, up *upstream.Upstream, acquired bool) {
	parent.live++
	s.PushUserdata(rt.Class(upstreamClass), &luaUpstream{up: up, parent: parent, acquired: acquired})
}

// upstreamListCreate is rspamd_upstream_list.create([cfg, ]def[,
// default_port]): def is a definition line (the list, or nil when nothing
// parses) or a table of lines (the list, whatever parses).
func (rt *Runtime) upstreamListCreate(s *lua.State) int {
	var ctx *upstream.Context
	top := 1
	if s.Type(1) == lua.TypeUserdata {
		ctx = rt.configArg(s, 1).UpstreamContext()
		top = 2
	}
	var port uint16
	if s.GetTop() >= top+1 {
		port = uint16(uint32(int64(s.CheckNumber(top + 1))))
	}
	switch s.Type(top) {
	case lua.TypeString:
		def := cconv.CString(s.CheckString(top))
		l := upstream.NewList(ctx)
		if !l.ParseLine(def, port, nil) {
			l.Destroy()
			s.PushNil()
			return 1
		}
		s.PushUserdata(rt.Class(upstreamListClass), &luaUpstreamList{list: l})
	case lua.TypeTable:
		l := upstream.NewList(ctx)
		s.PushUserdata(rt.Class(upstreamListClass), &luaUpstreamList{list: l})
		s.PushNil()
		for s.Next(top) {
			def, ok := s.ToString(-1)
			if !ok || !l.ParseLine(cconv.CString(def), port, nil) {
				shown := "(NULL)"
				if ok {
					shown = cconv.CString(def)
				}
				rt.log().Logf(logger.LevelWarning, "", "", false, "lua_upstream_list_create", "cannot parse upstream %s", shown)
			}
			s.Pop(1)
		}
	default:
		return s.Errorf("invalid arguments")
	}
	return 1
}

// watchEvent maps add_watcher's event names to events (0 for others,
// with an error logged).
func (rt *Runtime) watchEvent(name string) upstream.Event {
	for _, ev := range []upstream.Event{upstream.EventSuccess, upstream.EventFailure, upstream.EventOnline, upstream.EventOffline} {
		if ev.String() == name {
			return ev
		}
	}
	rt.log().Logf(logger.LevelCritical, "", "", false, "lua_str_to_upstream_flag", "invalid flag: %s", name)
	return 0
}

func upstreamListMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *luaUpstreamList {
		return lua.Check[*luaUpstreamList](s, 1, rt.Class(upstreamListClass))
	}
	pick := func(s *lua.State, l *luaUpstreamList, rot upstream.Rotation, key []byte) int {
		if up := l.list.Get(rot, key); up != nil {
			rt.pushUpstream(s, l, up, true)
		} else {
			s.PushNil()
		}
		return 1
	}
	return []lua.Reg{
		{Name: "get_upstream_by_hash", Func: func(s *lua.State) int {
			l := check(s)
			return pick(s, l, upstream.Hashed, []byte(s.CheckStringView(2)))
		}},
		{Name: "get_upstream_round_robin", Func: func(s *lua.State) int {
			return pick(s, check(s), upstream.RoundRobin, nil)
		}},
		{Name: "get_upstream_master_slave", Func: func(s *lua.State) int {
			return pick(s, check(s), upstream.MasterSlave, nil)
		}},
		{Name: "all_upstreams", Func: func(s *lua.State) int {
			l := check(s)
			ups := l.list.Upstreams()
			s.NewTable(len(ups), 0)
			for i, up := range ups {
				rt.pushUpstream(s, l, up, false)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "add_watcher", Func: func(s *lua.State) int {
			l := check(s)
			if (s.Type(2) != lua.TypeTable && s.Type(2) != lua.TypeString) || s.Type(3) != lua.TypeFunction {
				return s.Errorf("invalid arguments")
			}
			var events upstream.Event
			if s.Type(2) == lua.TypeString {
				name, _ := s.ToString(2)
				events = rt.watchEvent(cconv.CString(name))
			} else {
				// upstream walks the callback instead of the table here
				// and breaks; the table's names are read as intended
				s.PushNil()
				for s.Next(2) {
					if !s.IsString(-1) {
						return s.Errorf("invalid arguments")
					}
					name, _ := s.ToString(-1)
					events |= rt.watchEvent(cconv.CString(name))
					s.Pop(1)
				}
			}
			s.PushValue(3)
			cb := s.Ref()
			main := s.Main()
			l.list.AddWatcher(events, func(up *upstream.Upstream, ev upstream.Event, errors uint32) {
				top := main.GetTop()
				defer main.SetTop(top)
				main.PushRef(cb)
				main.PushString(ev.String())
				rt.pushUpstream(main, l, up, false)
				main.PushInteger(int64(errors))
				if err := main.PCall(3, 0); err != nil {
					rt.log().Logf(logger.LevelCritical, "", "", false, "lua_upstream_watch_func",
						"cannot call watch function for upstream: %s", luaErrorDetail(err))
				}
			})
			return 0
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// luaErrorDetail is an error of a protected call as rspamd's traceback
// handler words it ("message; trace: frames").
func luaErrorDetail(err error) string {
	var le *lua.Error
	if errors.As(err, &le) {
		return le.Detailed()
	}
	return err.Error()
}

func upstreamMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *luaUpstream {
		return lua.Check[*luaUpstream](s, 1, rt.Class(upstreamClass))
	}
	return []lua.Reg{
		{Name: "ok", Func: func(s *lua.State) int {
			u := check(s)
			u.up.OK()
			u.retired = true
			return 0
		}},
		{Name: "fail", Func: func(s *lua.State) int {
			u := check(s)
			failAddr, reason := false, "unknown"
			if s.Type(2) == lua.TypeBoolean {
				failAddr = s.ToBool(2)
				if s.IsString(3) {
					reason, _ = s.ToString(3)
				}
			} else if s.IsString(2) {
				reason, _ = s.ToString(2)
			}
			u.up.Fail(failAddr, cconv.CString(reason))
			u.retired = true
			return 0
		}},
		{Name: "get_addr", Func: func(s *lua.State) int {
			u := check(s)
			if a, ok := u.up.NextAddr(); ok {
				rt.PushIP(s, a)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_port", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).up.Port()))
			return 1
		}},
		{Name: "get_name", Func: func(s *lua.State) int {
			s.PushString(check(s).up.Name())
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}
