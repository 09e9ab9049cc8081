package luaapi

import (
	"time"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// The rspamd{ev_base} class of rspamd_util.create_event_base: timers on the
// state's own loop (upstream creates a libev loop), run by ev_base:loop().

const evBaseClass = "rspamd{ev_base}"

// evBase counts the timers still to fire.
type evBase struct {
	active int
}

func init() {
	// upstream's lua_check_ev_base says "'event_base' expected"
	defineClass(evBaseClass, evBaseMethods, func(_ *Runtime, c *lua.Class) { c.SetArgName("event_base") })
}

func (rt *Runtime) utilCreateEventBase(s *lua.State) int {
	s.PushUserdata(rt.Class(evBaseClass), &evBase{})
	return 1
}

func secondsDuration(v float64) time.Duration {
	if v <= 0 {
		return 0
	}
	return time.Duration(v * float64(time.Second))
}

// callTimer calls the function referenced by ref; the number it returns, if
// any, is the delay of its next call.
func (rt *Runtime) callTimer(s *lua.State, ref lua.Ref, what string) (float64, bool) {
	top := s.GetTop()
	defer s.SetTop(top)
	s.PushRef(ref)
	if err := s.PCall(0, 1); err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_ev_base_cb", "call to %s failed: %s", what, luaErrorText(err))
		return 0, false
	}
	if s.IsNumber(-1) {
		return s.ToNumber(-1), true
	}
	return 0, false
}

func evBaseMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *evBase { return lua.Check[*evBase](s, 1, rt.Class(evBaseClass)) }
	var schedule func(s *lua.State, eb *evBase, ref lua.Ref, after float64)
	schedule = func(s *lua.State, eb *evBase, ref lua.Ref, after float64) {
		eb.active++
		s.AfterFunc(secondsDuration(after), func(s *lua.State) {
			eb.active--
			if next, again := rt.callTimer(s, ref, "periodic script"); again {
				schedule(s, eb, ref, next)
				return
			}
			s.Unref(ref)
		})
	}
	return []lua.Reg{
		{Name: "loop", Func: func(s *lua.State) int {
			eb := check(s)
			flags := int64(0)
			if s.IsNumber(2) {
				flags = s.ToInteger(2)
			}
			main := s.Main()
			for eb.active > 0 {
				if flags&1 == 0 {
					<-main.Wake()
				}
				main.RunPending()
				if flags != 0 {
					break
				}
			}
			if eb.active > 0 {
				s.PushInteger(1)
			} else {
				s.PushInteger(0)
			}
			return 1
		}},
		{Name: "update_time", Func: func(s *lua.State) int {
			check(s)
			s.PushNumber(evTime())
			return 1
		}},
		{Name: "timestamp", Func: func(s *lua.State) int {
			check(s)
			s.PushNumber(evTime())
			return 1
		}},
		{Name: "pending_events", Func: func(s *lua.State) int {
			check(s)
			s.PushNumber(0)
			return 1
		}},
		{Name: "add_timer", Func: func(s *lua.State) int {
			eb := check(s)
			if !s.IsFunction(3) {
				return s.Errorf("invalid arguments: callback expected")
			}
			if !s.IsNumber(2) {
				return s.Errorf("invalid arguments: timeout expected")
			}
			s.PushValue(3)
			schedule(s.Main(), eb, s.Ref(), s.ToNumber(2))
			return 0
		}},
		{Name: "sleep", Func: func(s *lua.State) int {
			eb := check(s)
			if !s.IsNumber(2) {
				return s.Errorf("invalid arguments: timeout expected")
			}
			d := secondsDuration(s.ToNumber(2))
			if s.IsFunction(3) {
				s.PushValue(3)
				ref := s.Ref()
				eb.active++
				s.Main().AfterFunc(d, func(s *lua.State) {
					eb.active--
					rt.callTimer(s, ref, "sleep callback")
					s.Unref(ref)
				})
				return 0
			}
			if !s.IsYieldable() {
				return s.Errorf("sync sleep requires lua_thread_pool (use callback for async)")
			}
			r := s.Suspend()
			eb.active++
			s.Main().AfterFunc(d, func(*lua.State) {
				eb.active--
				r.Resume(func(*lua.State) int { return 0 })
			})
			return s.Yield(0)
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}
