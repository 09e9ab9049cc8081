package luaapi

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The scripts of rspamd{config}: functions run on load, after init, on
// unload, at the end of tasks, in workers and periodically, and monitored
// resources.

// configAddScript returns a method appending its function argument to
// one of the configuration's script lists.
func (rt *Runtime) configAddScript(list func(c *Config) *[]Script) lua.Function {
	return func(s *lua.State) int {
		c := rt.configArg(s, 1)
		ref, ok := funcRef(s, 2)
		if !ok {
			return s.Errorf("invalid arguments")
		}
		l := list(c)
		*l = append(*l, Script{Ref: ref})
		return 0
	}
}

func (rt *Runtime) configScriptMethods() []lua.Reg {
	return []lua.Reg{
		{Name: "add_on_load", Func: rt.configAddScript(func(c *Config) *[]Script { return &c.OnLoad })},
		{Name: "add_post_init", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if s.Type(2) != lua.TypeFunction {
				return s.Errorf("invalid arguments")
			}
			prio := 0
			if s.Type(3) == lua.TypeNumber {
				prio = int(uint32(s.ToInteger(3)))
			}
			src := sourcePos(s, 200)
			ref, _ := funcRef(s, 2)
			c.PostInit = append(c.PostInit, Script{Ref: ref, Priority: prio, Source: src})
			// upstream keeps the list sorted by decreasing priority
			slices.SortStableFunc(c.PostInit, func(a, b Script) int { return b.Priority - a.Priority })
			return 0
		}},
		{Name: "add_config_unload", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			if s.Type(2) != lua.TypeFunction {
				return s.Errorf("invalid arguments")
			}
			src := sourcePos(s, 20)
			ref, _ := funcRef(s, 2)
			c.ConfigUnload = append(c.ConfigUnload, Script{Ref: ref, Source: src})
			return 0
		}},
		{Name: "register_finish_script", Func: rt.configAddScript(func(c *Config) *[]Script { return &c.OnTerm })},
		{Name: "register_worker_script", Func: func(s *lua.State) int {
			c := rt.configArg(s, 1)
			wtype := s.CheckString(2)
			if s.Type(3) != lua.TypeFunction {
				return s.Errorf("invalid arguments")
			}
			found := false
			for _, w := range c.Cfg.Workers {
				if strings.EqualFold(w.Type, cconv.CString(wtype)) {
					ref, _ := funcRef(s, 3)
					c.WorkerScripts[w] = append(c.WorkerScripts[w], Script{Ref: ref})
					found = true
				}
			}
			s.PushBool(found)
			return 1
		}},
		{Name: "add_periodic", Func: rt.configAddPeriodic},
		{Name: "register_monitored", Func: rt.configRegisterMonitored},
	}
}

// funcRef references the function at idx in the registry.
func funcRef(s *lua.State, idx int) (lua.Ref, bool) {
	if s.Type(idx) != lua.TypeFunction {
		return lua.NoRef, false
	}
	s.PushValue(idx)
	return s.Ref(), true
}

// sourcePos names the Lua code calling the running function as upstream
// records it: the file's base name and line, shortened past limit bytes.
func sourcePos(s *lua.State, limit int) string {
	src, line, ok := s.Where(1)
	if !ok {
		return ""
	}
	base := src
	if i := strings.LastIndexByte(src, '/'); i >= 0 {
		base = src[i+1:]
	}
	if len(base) > limit {
		return fmt.Sprintf("%10s...]:%d", base, line)
	}
	return fmt.Sprintf("%s:%d", base, line)
}

// Periodic is a function add_periodic runs on a worker's loop until it
// asks to stop.
type Periodic struct {
	Ref     lua.Ref
	Timeout float64
	Jitter  bool
	Source  string
}

// jitter is rspamd_time_jitter(v, 0): v plus a random share of itself.
func jitter(v float64) float64 { return v + v*rand.Float64() }

// configAddPeriodic schedules fn(cfg, ev_base, now) every timeout seconds:
// it runs in a coroutine and returns whether to run again (with the same
// timeout) or the next timeout.
func (rt *Runtime) configAddPeriodic(s *lua.State) int {
	c := rt.configArg(s, 1)
	eb := lua.Check[*evBase](s, 2, rt.Class(evBaseClass))
	timeout := s.ToNumber(3)
	if timeout < 0 || s.Type(4) != lua.TypeFunction {
		return s.Errorf("invalid arguments")
	}
	p := &Periodic{Timeout: timeout, Source: sourcePos(s, 20)}
	if s.Type(5) == lua.TypeBoolean {
		p.Jitter = s.ToBool(5)
	}
	p.Ref, _ = funcRef(s, 4)
	s.PushValue(2)
	ebRef := s.Ref()
	c.Periodics = append(c.Periodics, p)
	first := timeout
	if p.Jitter {
		first = jitter(first)
	}
	rt.schedulePeriodic(s.Main(), c, eb, ebRef, p, first)
	return 0
}

func (rt *Runtime) schedulePeriodic(s *lua.State, c *Config, eb *evBase, ebRef lua.Ref, p *Periodic, after float64) {
	eb.active++
	s.AfterFunc(secondsDuration(after), func(s *lua.State) {
		eb.active--
		co := s.NewCoroutine()
		t := co.State()
		t.PushRef(p.Ref)
		rt.PushConfig(t, c)
		t.PushRef(ebRef)
		t.PushNumber(float64(time.Now().UnixNano()) / 1e9)
		co.Call(3, func(t *lua.State, err error) {
			defer co.Close()
			next, again := 0.0, false
			if err != nil {
				rt.cfgLogf(c, logger.LevelCritical, "lua_periodic_callback_error", "call to periodic script (registered at %s) failed: %s",
					p.Source, luaErrorText(err))
			} else if n := t.GetTop(); n > 0 {
				switch t.Type(n) {
				case lua.TypeBoolean:
					again, next = t.ToBool(n), p.Timeout
				case lua.TypeNumber:
					next = t.ToNumber(n)
					again = next > 0
				}
			}
			if !again {
				return
			}
			if p.Jitter {
				next = jitter(next)
			}
			rt.schedulePeriodic(s.Main(), c, eb, ebRef, p, next)
		})
	})
}

const monitoredClass = "rspamd{monitored}"

// Monitored is a resource whose availability workers check (upstream's
// rspamd_monitored): for now a DNS name.
type Monitored struct {
	URL    string
	Params *ucl.Object
	// Tag identifies the resource (from its URL and the Lua file that
	// registered it).
	Tag    string
	Random bool
	// Alive, Latency, Offline and TotalOffline are its state.
	Alive                          bool
	Latency, Offline, TotalOffline float64
}

// dnsTypes are the request types a monitored DNS check may use.
var dnsTypes = []string{"a", "ns", "soa", "ptr", "mx", "txt", "srv", "spf", "aaaa", "tlsa", "cname", "any"}

// dnsRcodes are the answer codes a monitored DNS check may expect.
var dnsRcodes = []string{"noerror", "formerr", "servfail", "nxdomain", "notimp", "refused", "yxdomain",
	"yxrrset", "nxrrset", "notauth", "notzone", "timeout", "neterr", "norec"}

// configRegisterMonitored is register_monitored(url, "dns"[, params]).
func (rt *Runtime) configRegisterMonitored(s *lua.State) int {
	c := rt.configArg(s, 1)
	url, okURL := s.ToString(2)
	typ, okType := s.ToString(3)
	if !okURL || !okType {
		return s.Errorf("invalid arguments")
	}
	if !strings.EqualFold(typ, "dns") {
		return s.Errorf("invalid monitored type: %s", typ)
	}
	var params *ucl.Object
	if s.Type(4) == lua.TypeTable {
		params = rt.ToUCL(s, 4)
	}
	src, _, _ := s.Where(1)
	m := &Monitored{URL: cconv.CString(url), Params: params, Alive: true}
	if r := params.Lookup("random"); r != nil && r.Type() == ucl.TypeBoolean {
		m.Random = r.Bool()
	}
	if !rt.monitoredDNSConfig(c, m) {
		s.PushNil()
		return 1
	}
	sum := cryptobox.Hash([]byte(m.URL + src))
	tag := encoding.EncodeBase32(sum[:], encoding.Base32Default)
	if len(tag) > 31 {
		tag = tag[:31]
	}
	m.Tag = tag
	for _, old := range c.Monitored {
		if old.Tag == tag {
			rt.log().Logf(logger.LevelCritical, "", "", false, "rspamd_monitored_create_", "monitored error: tag collision detected for %s; url: %s", tag, m.URL)
			break
		}
	}
	c.Monitored = append(c.Monitored, m)
	s.PushUserdata(rt.Class(monitoredClass), m)
	return 1
}

// monitoredDNSConfig checks a DNS resource's parameters (the request type
// and expected answer code).
func (rt *Runtime) monitoredDNSConfig(c *Config, m *Monitored) bool {
	for _, p := range []struct {
		key   string
		known []string
		what  string
	}{{"type", dnsTypes, "type"}, {"rcode", dnsRcodes, "rcode"}} {
		elt := m.Params.Lookup(p.key)
		if elt == nil {
			continue
		}
		v, _ := elt.AsString()
		if !slices.Contains(p.known, strings.ToLower(v)) {
			rt.log().Logf(logger.LevelCritical, "monitored", m.URL, true, "rspamd_monitored_dns_conf", "invalid resolve %s: %s", p.what, v)
			return false
		}
	}
	return true
}

func monitoredMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *Monitored { return lua.Check[*Monitored](s, 1, rt.Class(monitoredClass)) }
	return []lua.Reg{
		{Name: "alive", Func: func(s *lua.State) int { s.PushBool(check(s).Alive); return 1 }},
		{Name: "latency", Func: func(s *lua.State) int { s.PushNumber(check(s).Latency); return 1 }},
		{Name: "offline", Func: func(s *lua.State) int { s.PushNumber(check(s).Offline); return 1 }},
		{Name: "total_offline", Func: func(s *lua.State) int { s.PushNumber(check(s).TotalOffline); return 1 }},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// RunPostInit runs the functions add_post_init registered, by decreasing
// priority, with the configuration (rspamd_lua_run_config_post_init: the
// daemon does it once the configuration is loaded); failures are logged.
func (rt *Runtime) RunPostInit(c *Config) {
	for _, sc := range c.PostInit {
		if err := rt.callConfigScript(c, sc); err != nil {
			rt.cfgLogf(c, logger.LevelCritical, "rspamd_lua_run_config_post_init",
				"cannot run config post init script: %s; priority = %d", luaErrorDetail(err), sc.Priority)
		}
	}
}

// RunConfigUnload runs the functions add_config_unload registered
// (rspamd_lua_run_config_unload, as the configuration is released).
func (rt *Runtime) RunConfigUnload(c *Config) {
	for _, sc := range c.ConfigUnload {
		if err := rt.callConfigScript(c, sc); err != nil {
			// upstream reuses the post init wording here
			rt.cfgLogf(c, logger.LevelCritical, "rspamd_lua_run_config_unload",
				"cannot run config post init script: %s", luaErrorDetail(err))
		}
	}
}

// callConfigScript calls a script's function with the configuration.
func (rt *Runtime) callConfigScript(c *Config, sc Script) error {
	s := rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	s.PushRef(sc.Ref)
	rt.PushConfig(s, c)
	return s.PCall(1, 0)
}
