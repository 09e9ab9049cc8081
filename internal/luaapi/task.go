package luaapi

import (
	"bytes"
	"encoding/hex"
	"errors"
	"math"
	"net/netip"
	"os"
	"reflect"
	"slices"
	"syscall"
	"time"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/html"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/maildate"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/received"
	"github.com/gorspamd/rspamd/internal/task"
	"github.com/gorspamd/rspamd/internal/url"
)

// rspamd{task} and the rspamd_task module (upstream's lua_task.c) over
// internal/task: the content half of the task (the message, its parts,
// headers, addresses, URLs, images and archives, the envelope and the
// flags). The scanner's half (symbols, results, settings) adds its methods
// with defineTaskMethods.

const taskClass = "rspamd{task}"

// taskMethodSets are the method lists of rspamd{task}, one per file that
// defines a part of the class.
var taskMethodSets []func(rt *Runtime) []lua.Reg

// defineTaskMethods adds methods to rspamd{task}.
func defineTaskMethods(methods func(rt *Runtime) []lua.Reg) {
	taskMethodSets = append(taskMethodSets, methods)
}

func init() {
	defineTaskMethods(taskContentMethods)
	defineClass(taskClass, func(rt *Runtime) []lua.Reg {
		var regs []lua.Reg
		for _, m := range taskMethodSets {
			regs = append(regs, m(rt)...)
		}
		return regs
	}, func(rt *Runtime, c *lua.Class) { c.SetArgName("task") })
	defineLib("rspamd_task", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "create", Func: rt.taskCreate},
			{Name: "load_from_file", Func: rt.taskLoadFromFile},
			{Name: "load_from_string", Func: rt.taskLoadFromString},
		}
	})
}

// PushTask pushes t as an rspamd{task}.
func (rt *Runtime) PushTask(s *lua.State, t *task.Task) {
	s.PushUserdata(rt.Class(taskClass), t)
}

// TaskArg returns the task at narg, raising "'task' expected" for any
// other value and "invalid arguments" for a destroyed task.
func (rt *Runtime) TaskArg(s *lua.State, narg int) *task.Task {
	t := lua.Check[*task.Task](s, narg, rt.Class(taskClass))
	if !t.Valid() {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_check_task",
			"detected use-after-free for task %p", reflect.ValueOf(t).Pointer())
		s.Raisef("invalid arguments")
	}
	return t
}

// NewTask makes a task for the configuration c (nil: none), with the
// runtime's URL scanner and the configuration's language detector.
func (rt *Runtime) NewTask(c *Config) *task.Task {
	env := &task.Env{URLs: rt.URLScanner()}
	if c != nil {
		env.Cfg = c.Cfg
		env.Lang = c.LangDet
	}
	t := task.New(env)
	taskDataOf(t).cfg = c
	return t
}

// TaskHooks returns the hooks that run upstream's Lua libraries while a
// task's message is processed, on state s: lua_magic.detect_mime_part,
// lua_content.maybe_process_mime_part, lua_cta.process_html_links and the
// URL filter.
func (rt *Runtime) TaskHooks(s *lua.State) task.Hooks {
	return task.Hooks{
		Detect: func(t *task.Task, p *mime.Part) (mime.Detection, bool) {
			return rt.luaMagic(s, t, p)
		},
		Content:   func(t *task.Task, p *mime.Part) { rt.luaContent(s, t, p) },
		CTA:       func(t *task.Task, tp *mime.TextPart, hc *html.Content) { rt.luaCTA(s, t, tp, hc) },
		URLFilter: rt.LuaURLFilter(s),
	}
}

// pushHookFunction pushes module.name, required once per state (as
// upstream keeps lua_magic's function) and kept in the registry.
func (rt *Runtime) pushHookFunction(s *lua.State, module, name string) bool {
	key := "rspamd_task_hook." + module + "." + name
	if s.GetField(lua.RegistryIndex, key) == lua.TypeFunction {
		return true
	}
	s.Pop(1)
	if !rt.requireFunction(s, module, name) {
		return false
	}
	s.PushValue(-1)
	s.SetField(lua.RegistryIndex, key)
	return true
}

// callTaskHook calls module.name(args...) pushed by push, logging a
// failure with what; it leaves nres results on the stack on success.
func (rt *Runtime) callTaskHook(s *lua.State, t *task.Task, module, name, what string, nres int, push func() int) bool {
	if !rt.pushHookFunction(s, module, name) {
		return false
	}
	nargs := push()
	if err := s.PCall(nargs, nres); err != nil {
		rt.log().Logf(logger.LevelCritical, "task", t.LogTag(), true, "rspamd_message_process",
			"%s: %s", what, luaErrorDetail(err))
		return false
	}
	return true
}

// luaMagic runs lua_magic.detect_mime_part(part, task): the detected
// extension and the type table (ct, type, no_text).
func (rt *Runtime) luaMagic(s *lua.State, t *task.Task, p *mime.Part) (mime.Detection, bool) {
	top := s.GetTop()
	defer s.SetTop(top)
	var d mime.Detection
	if !rt.callTaskHook(s, t, "lua_magic", "detect_mime_part", "cannot detect type (lua_magic)", 2, func() int {
		rt.PushMimePart(s, t, p)
		rt.PushTask(s, t)
		return 2
	}) {
		return d, false
	}
	if !s.IsTable(-1) {
		return d, false
	}
	if s.IsString(-2) {
		d.Ext, _ = s.ToString(-2)
		d.Ext = cconv.CString(d.Ext)
	}
	if s.GetField(-1, "ct"); s.IsString(-1) {
		d.CT, _ = s.ToString(-1)
		d.CT = cconv.CString(d.CT)
	}
	s.Pop(1)
	if s.GetField(-1, "type"); s.IsString(-1) {
		d.Type, _ = s.ToString(-1)
		d.Type = cconv.CString(d.Type)
	}
	s.Pop(1)
	if s.GetField(-1, "no_text"); s.Type(-1) == lua.TypeBoolean {
		d.NoText = s.ToBool(-1)
	}
	s.Pop(1)
	return d, true
}

// luaContent runs lua_content.maybe_process_mime_part(part, task).
func (rt *Runtime) luaContent(s *lua.State, t *task.Task, p *mime.Part) {
	top := s.GetTop()
	defer s.SetTop(top)
	rt.callTaskHook(s, t, "lua_content", "maybe_process_mime_part", "cannot detect content", 0, func() int {
		rt.PushMimePart(s, t, p)
		rt.PushTask(s, t)
		return 2
	})
}

// maxCTACandidates caps the candidates lua_cta gets per part.
const maxCTACandidates = 24

// luaCTA runs lua_cta.process_html_links(task, part, ctx) for an HTML
// part and keeps what it returns as the html_cta_* mempool variables.
func (rt *Runtime) luaCTA(s *lua.State, t *task.Task, tp *mime.TextPart, hc *html.Content) {
	top := s.GetTop()
	defer s.SetTop(top)
	urls := t.PartURLs(tp.Part)
	if !rt.callTaskHook(s, t, "lua_cta", "process_html_links", "lua_cta.process_html_links error", 1, func() int {
		rt.PushTask(s, t)
		rt.PushTextPart(s, t, tp)
		s.NewTable(0, 4)
		lf := hc.Features.Links
		s.PushInteger(int64(lf.TotalLinks))
		s.SetField(-2, "links_total")
		s.PushInteger(int64(lf.DomainsTotal))
		s.SetField(-2, "domains_total")
		s.PushInteger(int64(lf.MaxLinksSingleDomain))
		s.SetField(-2, "max_links_single_domain")
		s.NewTable(maxCTACandidates, 0)
		n := 0
		for _, u := range urls {
			if n >= maxCTACandidates {
				break
			}
			if u.Protocol != url.ProtoHTTP && u.Protocol != url.ProtoHTTPS || u.Flags&url.FlagInvisible != 0 {
				continue
			}
			s.NewTable(0, 8)
			pushNonEmpty(s, u.Host())
			s.SetField(-2, "host")
			for _, f := range []struct {
				name string
				flag url.Flags
			}{{"idn", url.FlagIDN}, {"numeric", url.FlagNumeric}, {"has_port", url.FlagHasPort}, {"has_query", url.FlagQuery}} {
				s.PushBool(u.Flags&f.flag != 0)
				s.SetField(-2, f.name)
			}
			s.PushBool(u.Linked != nil && u.Linked != u)
			s.SetField(-2, "display_mismatch")
			s.PushInteger(int64(u.Order))
			s.SetField(-2, "order")
			s.PushInteger(int64(u.PartOrder))
			s.SetField(-2, "part_order")
			s.PushNumber(float64(hc.ButtonWeight(u)))
			s.SetField(-2, "weight")
			n++
			s.RawSetInt(-2, n)
		}
		s.SetField(-2, "candidates")
		return 3
	}) || !s.IsTable(-1) {
		return
	}
	if s.GetField(-1, "cta_affiliated"); s.Type(-1) == lua.TypeBoolean {
		v := 0.0
		if s.ToBool(-1) {
			v = 1
		}
		t.Pool.SetVariable("html_cta_affiliated", v, nil)
	}
	s.Pop(1)
	if s.GetField(-1, "cta_weight"); s.IsNumber(-1) {
		t.Pool.SetVariable("html_cta_weight", s.ToNumber(-1), nil)
	}
	s.Pop(1)
	if _, ok := t.Pool.Variable("html_cta_weight"); !ok {
		best := 0.0
		for _, u := range urls {
			if u.Protocol != url.ProtoHTTP && u.Protocol != url.ProtoHTTPS || u.Flags&url.FlagInvisible != 0 {
				continue
			}
			best = math.Max(best, float64(hc.ButtonWeight(u)))
		}
		if best > 0 {
			t.Pool.SetVariable("html_cta_weight", best, nil)
		}
	}
	for _, kv := range [][2]string{{"affiliated_ratio", "html_affiliated_links_ratio"}, {"trackerish_ratio", "html_trackerish_ratio"}} {
		if s.GetField(-1, kv[0]); s.IsNumber(-1) {
			t.Pool.SetVariable(kv[1], s.ToNumber(-1), nil)
		}
		s.Pop(1)
	}
}

// configOptArg returns the rspamd{config} at idx, nil for anything else.
func (rt *Runtime) configOptArg(s *lua.State, idx int) *Config {
	if s.Type(idx) != lua.TypeUserdata {
		return nil
	}
	c, _ := lua.Test[*Config](s, idx, rt.Class(configClass))
	return c
}

// taskCreate is rspamd_task.create(cfg[, ev_base]): an empty task.
func (rt *Runtime) taskCreate(s *lua.State) int {
	c := rt.configOptArg(s, 1)
	if c == nil {
		return s.Errorf("rspamd_task.create requires cfg")
	}
	t := rt.NewTask(c)
	t.Flags |= task.FlagEmpty
	rt.PushTask(s, t)
	return 1
}

// taskLoadFromFile is rspamd_task.load_from_file(path[, cfg]) and
// task:load_from_file(path): the message of a file ("-" is the standard
// input). The function returns true and the new task, or false and the
// error; the method returns whether it loaded.
func (rt *Runtime) taskLoadFromFile(s *lua.State) int {
	var t *task.Task
	var path string
	isNew := s.Type(1) == lua.TypeString
	if isNew {
		path = s.CheckString(1)
	} else {
		t = rt.TaskArg(s, 1)
		path = s.CheckString(2)
	}
	if t == nil {
		t = rt.NewTask(rt.configOptArg(s, 2))
	}
	if err := t.LoadFile(cconv.CString(path)); err != nil {
		s.PushBool(false)
		var pe *os.PathError
		switch {
		case errors.Is(err, task.ErrNotRegular), errors.Is(err, task.ErrEmptyFile):
			// upstream reports the errno left over from earlier calls,
			// which in rspamadm is isatty's
			s.PushString(errText(syscall.ENOTTY))
		case errors.As(err, &pe):
			s.PushString(errText(pe.Err))
		default:
			s.PushString(errText(err))
		}
		return 2
	}
	s.PushBool(true)
	if isNew {
		rt.PushTask(s, t)
		return 2
	}
	return 1
}

// taskLoadFromString is rspamd_task.load_from_string(message[, cfg]) and
// task:load_from_string(message).
func (rt *Runtime) taskLoadFromString(s *lua.State) int {
	var t *task.Task
	var msg []byte
	isNew := s.Type(1) == lua.TypeString
	if isNew {
		msg = bytes.Clone(s.CheckBytes(1))
	} else {
		t = rt.TaskArg(s, 1)
		msg = bytes.Clone(s.CheckBytes(2))
	}
	if t == nil {
		t = rt.NewTask(rt.configOptArg(s, 2))
	}
	t.SetMessage(msg)
	s.PushBool(true)
	if isNew {
		rt.PushTask(s, t)
		return 2
	}
	return 1
}

// taskData is what the Lua API keeps with a task (in task.Task.Lua): its
// rspamd{config} and the Lua cache (task:cache_set, and the text parts,
// images, archives and Received headers tables), whose values are valid
// while the parsed message is the one they were cached for.
type taskData struct {
	cfg  *Config
	refs map[string]taskCached
}

type taskCached struct {
	ref lua.Ref
	msg *mime.Message
}

// taskDataOf returns the Lua API's data of t.
func taskDataOf(t *task.Task) *taskData {
	d, ok := t.Lua.(*taskData)
	if !ok {
		d = &taskData{}
		t.Lua = d
	}
	return d
}

// cached pushes the value cached under key and reports whether there is
// one.
func (rt *Runtime) cached(s *lua.State, t *task.Task, key string) bool {
	c, ok := taskDataOf(t).refs[key]
	if !ok || c.msg != t.Message {
		return false
	}
	s.PushRef(c.ref)
	return true
}

// setCached caches the value at idx under key.
func (rt *Runtime) setCached(s *lua.State, t *task.Task, key string, idx int) {
	d := taskDataOf(t)
	if d.refs == nil {
		d.refs = map[string]taskCached{}
		main := rt.L
		t.Pool.AddDestructor(func() {
			for _, c := range d.refs {
				main.Unref(c.ref)
			}
			d.refs = nil
		}, 0)
	}
	s.PushValue(idx)
	if old, ok := d.refs[key]; ok {
		s.Unref(old.ref)
	}
	d.refs[key] = taskCached{ref: s.Ref(), msg: t.Message}
}

// addrType is what get_from, get_recipients and friends are asked for.
type addrType int

const (
	addrAny      addrType = 0
	addrSMTP     addrType = 1
	addrMIME     addrType = 2
	addrMask     addrType = 0x3ff
	addrRaw      addrType = 1 << 10
	addrOriginal addrType = 1 << 11
)

// addrTypeArg reads the address type at pos..last: a number, a name
// ("mime", "any", "smtp", "envelope") or a table of names (also "raw",
// "orig", "original").
func (rt *Runtime) addrTypeArg(s *lua.State, t *task.Task, pos, last int) addrType {
	ret := addrAny
	bad := func(name string) {
		rt.log().Logf(logger.LevelCritical, "task", t.LogTag(), true, "lua_task_str_to_get_type",
			"invalid email type: %s", name)
	}
	for {
		switch s.Type(pos) {
		case lua.TypeNumber:
			n := addrType(s.ToInteger(pos))
			if n >= addrAny && n < addrMask {
				return n
			}
			return addrAny
		case lua.TypeString:
			name, _ := s.ToString(pos)
			switch name {
			case "":
			case "mime":
				ret = addrMIME
			case "any":
				ret = addrAny
			case "smtp", "envelope":
				ret = addrSMTP
			default:
				bad(name)
			}
		case lua.TypeTable:
			for s.PushNil(); s.Next(pos); s.Pop(1) {
				if !s.IsString(-1) {
					continue
				}
				name, _ := s.ToString(-1)
				switch name {
				case "":
				case "mime":
					ret |= addrMIME
				case "any":
				case "smtp", "envelope":
					ret |= addrSMTP
				case "raw":
					ret |= addrRaw
				case "orig", "original":
					ret |= addrOriginal
				default:
					bad(name)
				}
			}
		}
		pos++
		if pos > last {
			return ret
		}
	}
}

// pushAddress pushes an address table (lua_push_email_address).
func pushAddress(s *lua.State, a *mailaddr.Address) {
	s.NewTable(0, 5)
	for _, kv := range []struct{ k, v string }{{"raw", a.Raw}, {"addr", a.Addr}, {"domain", a.Domain}, {"user", a.User}} {
		s.PushString(kv.v)
		s.SetField(-2, kv.k)
	}
	s.PushString(cconv.CString(a.Name))
	s.SetField(-2, "name")
	s.NewTable(0, 9)
	for _, f := range mailaddr.FlagNames {
		if a.Flags&f.Flag != 0 {
			s.PushBool(true)
			s.SetField(-2, f.Name)
		}
	}
	s.SetField(-2, "flags")
}

// pushAddressList pushes addresses as lua_push_emails_address_list does:
// the current view (without the originals a rewrite kept) or, with
// addrOriginal, the originals when there are any.
func pushAddressList(s *lua.State, list []*mailaddr.Address, what addrType) {
	hasOrig := false
	if what&addrOriginal != 0 {
		hasOrig = slices.ContainsFunc(list, func(a *mailaddr.Address) bool { return a.Flags&mailaddr.Original != 0 })
	}
	s.NewTable(len(list), 0)
	n := 0
	for _, a := range list {
		orig := a.Flags&mailaddr.Original != 0
		if what&addrOriginal != 0 {
			if hasOrig && !orig {
				continue
			}
		} else if orig {
			continue
		}
		pushAddress(s, a)
		n++
		s.RawSetInt(-2, n)
	}
}

// addressArg reads an address table at idx (lua_import_email_address):
// name, user, domain, addr and raw; the address is valid. Missing addr
// and raw are built as upstream builds them, with its quirks: a NULL user
// or domain prints as "(NULL)", and the buffers are one byte short, so
// the built addr loses its last byte and a built raw without a name keeps
// at most len(addr)+2 bytes.
func addressArg(s *lua.State, idx int) (*mailaddr.Address, bool) {
	if !s.IsTable(idx) {
		return nil, false
	}
	a := &mailaddr.Address{Flags: mailaddr.Valid}
	str := func(k string) (string, bool) {
		s.GetField(idx, k)
		defer s.Pop(1)
		if s.Type(-1) != lua.TypeString {
			return "", false
		}
		v, _ := s.ToString(-1)
		return v, true
	}
	orNull := func(v string, ok bool) string {
		if !ok {
			return "(NULL)"
		}
		return v
	}
	if v, ok := str("name"); ok {
		a.Name, a.HasName = cconv.CString(v), true
	}
	user, hasUser := str("user")
	domain, hasDomain := str("domain")
	a.User, a.Domain = user, domain
	if v, ok := str("addr"); ok {
		a.Addr = v
	} else {
		a.Addr = truncateBytes(orNull(cconv.CString(user), hasUser)+"@"+orNull(cconv.CString(domain), hasDomain), len(user)+len(domain))
	}
	if v, ok := str("raw"); ok {
		a.Raw = v
	} else if a.HasName {
		a.Raw = a.Name + " <" + cconv.CString(a.Addr) + ">"
	} else {
		a.Raw = truncateBytes("<"+orNull(cconv.CString(user), hasUser)+"@"+orNull(cconv.CString(domain), hasDomain)+">", len(a.Addr)+2)
	}
	return a, true
}

// truncateBytes cuts s to at most n bytes.
func truncateBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// dateArg reads get_date's argument: the kind (connection or message
// date) and whether the time is GMT.
func (rt *Runtime) dateArg(s *lua.State, t *task.Task) (message, gmt bool) {
	gmt = true
	if s.GetTop() < 2 {
		return false, gmt
	}
	switch s.Type(2) {
	case lua.TypeNumber:
		if n := int(s.ToInteger(2)); n == 1 {
			return true, gmt
		}
	case lua.TypeTable:
		if s.GetField(2, "format"); s.IsString(-1) {
			f, _ := s.ToString(-1)
			message = encoding.EqualFoldASCII(cconv.CString(f), "message")
		} else {
			rt.log().Logf(logger.LevelWarning, "task", t.LogTag(), true, "lua_task_detect_date_type",
				"date format has not been specified")
		}
		s.Pop(1)
		if s.GetField(2, "gmt"); s.Type(-1) == lua.TypeBoolean {
			gmt = s.ToBool(-1)
		}
		s.Pop(1)
	}
	return message, gmt
}

// localAsGMT is what upstream makes of a time read as local time (get_date
// without gmt, parse_smtp_date with local): the local broken-down time
// read back by mktime without DST.
func localAsGMT(sec int64) int64 {
	if time.Unix(sec, 0).Local().IsDST() {
		return sec + 3600
	}
	return sec
}

// pushPartList pushes the task's parts (text parts when text), leaving
// out the virtual ones unless virtual is true.
func (rt *Runtime) pushParts(s *lua.State, t *task.Task, virtual bool) {
	parts := t.Message.Parts
	s.NewTable(len(parts), 0)
	n := 0
	for _, p := range parts {
		if !virtual && p.IsInjected() {
			continue
		}
		rt.PushMimePart(s, t, p)
		n++
		s.RawSetInt(-2, n)
	}
}

func (rt *Runtime) pushTextParts(s *lua.State, t *task.Task, virtual bool) {
	if !virtual && rt.cached(s, t, "text_parts") {
		return
	}
	s.NewTable(0, 0)
	n := 0
	for _, tp := range t.Message.TextParts {
		if !virtual && tp.Part.IsInjected() {
			continue
		}
		rt.PushTextPart(s, t, tp)
		n++
		s.RawSetInt(-2, n)
	}
	if !virtual {
		rt.setCached(s, t, "text_parts", -1)
	}
}

// pushReceived pushes the parsed Received headers as
// rspamd_received_export_to_lua does.
func (rt *Runtime) pushReceived(s *lua.State, list []*received.Header) {
	s.NewTable(len(list), 0)
	for i, r := range list {
		s.NewTable(0, 10)
		if r.Flags&received.Artificial == 0 {
			s.PushString(cconv.CString(r.Raw))
			s.SetField(-2, "raw")
		}
		s.NewTable(0, 3)
		for _, f := range []struct {
			name string
			flag received.Flags
		}{{"artificial", received.Artificial}, {"authenticated", received.Authenticated}, {"ssl", received.SSL}, {"utf8", received.UTF8}} {
			s.PushBool(r.Flags&f.flag != 0)
			s.SetField(-2, f.name)
		}
		s.SetField(-2, "flags")
		for _, kv := range []struct{ k, v string }{
			{"from_hostname", r.FromHostname}, {"real_hostname", r.RealHostname},
			{"from_ip", r.RealIP}, {"by_hostname", r.ByHostname}, {"for", r.For},
		} {
			pushNonEmpty(s, kv.v)
			s.SetField(-2, kv.k)
		}
		if r.Addr != nil {
			rt.PushIP(s, receivedAddr(r.Addr))
		} else {
			s.PushNil()
		}
		s.SetField(-2, "real_ip")
		s.PushString(r.Flags.Proto())
		s.SetField(-2, "proto")
		s.PushInteger(r.Timestamp)
		s.SetField(-2, "timestamp")
		s.RawSetInt(-2, i+1)
	}
}

// receivedAddr converts the address of a Received header.
func receivedAddr(ip *received.IP) inet.Addr {
	if ip.V4 {
		return inet.AddrFrom(netip.AddrFrom4([4]byte(ip.Addr[:4])), uint16(ip.Port))
	}
	return inet.AddrFrom(netip.AddrFrom16(ip.Addr), uint16(ip.Port))
}

func taskContentMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *task.Task { return rt.TaskArg(s, 1) }
	invalid := func(s *lua.State) int { return s.Errorf("invalid arguments") }
	optString := func(get func(t *task.Task) *string) lua.Function {
		return func(s *lua.State) int {
			if v := get(check(s)); v != nil {
				s.PushString(cconv.CString(*v))
			} else {
				s.PushNil()
			}
			return 1
		}
	}
	header := func(how headerHow) lua.Function {
		return func(s *lua.State) int {
			t := check(s)
			name := cconv.CString(s.CheckString(2))
			strong, modified := false, false
			if s.GetTop() >= 3 {
				strong = s.ToBool(3)
				modified = s.Type(4) == lua.TypeBoolean && s.ToBool(4)
			}
			list := t.Headers(name)
			if modified {
				list = t.ModifiedHeaders(name)
			}
			return pushHeaderArray(s, name, list, how, strong)
		}
	}
	fromIP := func(s *lua.State) int {
		if t := check(s); t.FromAddr != nil {
			rt.PushIP(s, *t.FromAddr)
		} else {
			s.PushNil()
		}
		return 1
	}
	return []lua.Reg{
		{Name: "load_from_file", Func: rt.taskLoadFromFile},
		{Name: "load_from_string", Func: rt.taskLoadFromString},
		{Name: "get_message", Func: func(s *lua.State) int {
			rt.PushText(s, check(s).Data)
			return 1
		}},
		{Name: "set_message", Func: rt.taskSetMessage},
		{Name: "destroy", Func: func(s *lua.State) int {
			if t, ok := lua.Test[*task.Task](s, 1, rt.Class(taskClass)); ok {
				t.Destroy()
			} else {
				lua.Check[*task.Task](s, 1, rt.Class(taskClass))
			}
			return 0
		}},
		{Name: "process_message", Func: func(s *lua.State) int {
			t := check(s)
			if len(t.Data) == 0 {
				s.PushNil()
				return 1
			}
			enforce := s.Type(2) == lua.TypeBoolean && s.ToBool(2)
			t.Hooks = rt.TaskHooks(s)
			done, err := t.ParseAndProcess(enforce)
			if err != nil {
				rt.log().Logf(logger.LevelCritical, "task", t.LogTag(), true, "rspamd_message_parse",
					"%s", err.Error())
			}
			s.PushBool(done)
			return 1
		}},
		{Name: "get_cfg", Func: func(s *lua.State) int {
			t := check(s)
			if c := taskDataOf(t).cfg; c != nil {
				rt.PushConfig(s, c)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "set_cfg", Func: func(s *lua.State) int {
			t := check(s)
			c := rt.configArg(s, 2)
			taskDataOf(t).cfg = c
			t.Env.Cfg = c.Cfg
			t.Env.Lang = c.LangDet
			return 0
		}},
		{Name: "get_mempool", Func: func(s *lua.State) int {
			rt.PushMempool(s, check(s).Pool)
			return 1
		}},
		{Name: "has_urls", Func: func(s *lua.State) int {
			t := check(s)
			ret, n := false, 0
			if t.Message != nil && t.URLs != nil {
				emails := s.GetTop() >= 2 && s.ToBool(2)
				for _, u := range t.URLs.Set.URLs() {
					if emails || u.Protocol != url.ProtoMailto {
						n++
						ret = true
					}
				}
			}
			s.PushBool(ret)
			s.PushInteger(int64(n))
			return 2
		}},
		{Name: "get_urls", Func: func(s *lua.State) int {
			return rt.taskURLs(s, check(s), false, url.ProtoHTTP|url.ProtoHTTPS|url.ProtoFile|url.ProtoFTP)
		}},
		{Name: "get_emails", Func: func(s *lua.State) int {
			return rt.taskURLs(s, check(s), false, url.ProtoMailto)
		}},
		{Name: "get_urls_filtered", Func: func(s *lua.State) int {
			return rt.taskURLs(s, check(s), true, url.ProtoHTTP|url.ProtoHTTPS|url.ProtoFile|url.ProtoFTP)
		}},
		{Name: "inject_url", Func: func(s *lua.State) int {
			t := check(s)
			u := rt.URLArg(s, 2)
			var mp *mimePart
			if s.IsUserdata(3) {
				mp, _ = lua.Test[*mimePart](s, 3, rt.Class(mimePartClass))
			}
			if t.Message == nil || t.URLs == nil {
				return invalid(s)
			}
			t.InjectURL(u, partOf(mp))
			return 0
		}},
		{Name: "get_content", Func: func(s *lua.State) int {
			t := check(s)
			s.PushUserdata(rt.Class(textClass), &Text{Data: t.Data, Binary: isBinaryText(t.Data)})
			return 1
		}},
		{Name: "get_filename", Func: func(s *lua.State) int {
			pushNonEmpty(s, cconv.CString(check(s).FilePath))
			return 1
		}},
		{Name: "get_rawbody", Func: func(s *lua.State) int {
			t := check(s)
			switch {
			case t.Message != nil:
				rt.PushText(s, t.Data[len(t.Message.RawHeaders):])
			case len(t.Data) > 0:
				rt.PushText(s, t.Data)
			default:
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_text_parts", Func: func(s *lua.State) int {
			t := check(s)
			virtual := s.GetTop() >= 2 && s.ToBool(2)
			if t.Message == nil {
				s.NewTable(0, 0)
			} else {
				rt.pushTextParts(s, t, virtual)
			}
			return 1
		}},
		{Name: "get_parts", Func: func(s *lua.State) int {
			t := check(s)
			virtual := s.GetTop() >= 2 && s.ToBool(2)
			if t.Message == nil {
				s.NewTable(0, 0)
			} else {
				rt.pushParts(s, t, virtual)
			}
			return 1
		}},
		{Name: "inject_part", Func: rt.taskInjectPart},
		{Name: "get_request_header", Func: func(s *lua.State) int {
			t := check(s)
			if v, ok := t.RequestHeaders.Get(cconv.CString(s.CheckString(2))); ok {
				rt.PushText(s, []byte(v))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "set_request_header", Func: func(s *lua.State) int {
			t := check(s)
			name := s.CheckString(2)
			var v []byte
			var ok bool
			switch s.Type(3) {
			case lua.TypeString:
				v, ok = s.ToBytes(3)
			case lua.TypeUserdata:
				v, ok = rt.textArg(s, 3).Data, true
			}
			if ok {
				t.RequestHeaders.Add(name, string(v))
			}
			return 0
		}},
		{Name: "get_header", Func: header(headerSimple)},
		{Name: "get_header_raw", Func: header(headerRaw)},
		{Name: "get_header_full", Func: header(headerFull)},
		{Name: "get_header_count", Func: header(headerCount)},
		{Name: "has_header", Func: header(headerHas)},
		{Name: "get_headers", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message == nil {
				return invalid(s)
			}
			modified := !s.IsNoneOrNil(2) && s.ToBool(2)
			list := t.Message.Headers.List
			s.NewTable(len(list), 0)
			n := 0
			for _, h := range list {
				// (an emptied chain counts as none, as upstream's NULL
				// list does)
				chain := t.ModifiedChain(h)
				if !modified || len(chain) == 0 {
					chain = []*mime.Header{h}
				}
				for _, c := range chain {
					pushHeader(s, c, headerFull)
					n++
					s.RawSetInt(-2, n)
				}
			}
			return 1
		}},
		{Name: "modify_header", Func: rt.taskModifyHeader},
		{Name: "get_raw_headers", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message == nil {
				return invalid(s)
			}
			rt.PushText(s, t.Message.RawHeaders)
			return 1
		}},
		{Name: "headers_foreach", Func: func(s *lua.State) int {
			t := check(s)
			if !s.IsFunction(2) {
				return invalid(s)
			}
			if t.Message != nil {
				rt.headersForeach(s, t.Message.Headers.List)
			}
			return 0
		}},
		{Name: "get_received_headers", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message == nil {
				s.NewTable(0, 0)
				return 1
			}
			if rt.cached(s, t, "received") {
				return 1
			}
			if len(t.Message.Received) == 0 {
				s.NewTable(0, 0)
				return 1
			}
			rt.pushReceived(s, t.Message.Received)
			rt.setCached(s, t, "received", -1)
			return 1
		}},
		{Name: "get_queue_id", Func: func(s *lua.State) int {
			t := check(s)
			if t.QueueID != "" && t.QueueID != "undef" {
				s.PushString(cconv.CString(t.QueueID))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_uid", Func: func(s *lua.State) int {
			s.PushString(check(s).LogTag())
			return 1
		}},
		{Name: "get_uuid", Func: func(s *lua.State) int {
			s.PushString(check(s).UUID)
			return 1
		}},
		{Name: "has_recipients", Func: rt.taskHasRecipients},
		{Name: "get_recipients", Func: rt.taskGetRecipients},
		{Name: "set_recipients", Func: rt.taskSetRecipients},
		{Name: "get_principal_recipient", Func: func(s *lua.State) int {
			if r, ok := check(s).PrincipalRecipient(); ok {
				s.PushString(cconv.CString(r))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_reply_sender", Func: func(s *lua.State) int {
			if r, ok := check(s).ReplySender(); ok {
				s.PushString(r)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "has_from", Func: rt.taskHasFrom},
		{Name: "get_from", Func: rt.taskGetFrom},
		{Name: "set_from", Func: rt.taskSetFrom},
		{Name: "get_mail_esmtp_args", Func: func(s *lua.State) int {
			t := check(s)
			if t.MailESMTPArgs == nil {
				s.PushNil()
				return 1
			}
			pushESMTPArgs(s, t.MailESMTPArgs)
			return 1
		}},
		{Name: "get_rcpt_esmtp_args", Func: func(s *lua.State) int {
			t := check(s)
			if t.RcptESMTPArgs == nil {
				s.PushNil()
				return 1
			}
			if s.GetTop() >= 2 && s.Type(2) == lua.TypeNumber {
				idx := int(s.ToInteger(2))
				if idx >= 0 && idx < len(t.RcptESMTPArgs) && t.RcptESMTPArgs[idx] != nil {
					pushESMTPArgs(s, t.RcptESMTPArgs[idx])
				} else {
					s.PushNil()
				}
				return 1
			}
			s.NewTable(0, 0)
			for i, a := range t.RcptESMTPArgs {
				if a != nil {
					pushESMTPArgs(s, a)
					s.RawSetInt(-2, i+1)
				}
			}
			return 1
		}},
		{Name: "get_user", Func: optString(func(t *task.Task) *string { return t.User })},
		{Name: "set_user", Func: func(s *lua.State) int {
			t := check(s)
			if t.User != nil {
				s.PushString(cconv.CString(*t.User))
			} else {
				s.PushNil()
			}
			if s.Type(2) == lua.TypeString {
				u, _ := s.ToString(2)
				u = cconv.CString(u)
				t.User = &u
			} else {
				t.User = nil
			}
			return 1
		}},
		{Name: "get_addr", Func: fromIP},
		{Name: "get_ip", Func: fromIP},
		{Name: "get_from_addr", Func: fromIP},
		{Name: "get_from_ip", Func: fromIP},
		{Name: "set_from_ip", Func: rt.taskSetFromIP},
		{Name: "get_from_ip_num", Func: func(s *lua.State) int {
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_task_get_from_ip_num",
				"this function is deprecated and should no longer be used")
			s.PushNil()
			return 1
		}},
		{Name: "get_client_ip", Func: func(s *lua.State) int {
			if t := check(s); t.ClientAddr != nil {
				rt.PushIP(s, *t.ClientAddr)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_subject", Func: func(s *lua.State) int {
			if subj, ok := check(s).Subject(); ok {
				s.PushString(cconv.CString(subj))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_helo", Func: optString(func(t *task.Task) *string { return t.Helo })},
		{Name: "set_helo", Func: func(s *lua.State) int {
			t := check(s)
			h := cconv.CString(s.CheckString(2))
			t.Helo = &h
			return 0
		}},
		{Name: "get_hostname", Func: func(s *lua.State) int {
			t := check(s)
			if t.Hostname != nil && (len(*t.Hostname) == 0 || (*t.Hostname)[0] != '[') {
				s.PushString(cconv.CString(*t.Hostname))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "set_hostname", Func: func(s *lua.State) int {
			t := check(s)
			h := cconv.CString(s.CheckString(2))
			t.Hostname = &h
			return 0
		}},
		{Name: "get_images", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message == nil {
				s.NewTable(0, 0)
				return 1
			}
			if !rt.cached(s, t, "images") {
				s.NewTable(len(t.Message.Parts), 0)
				n := 0
				for _, p := range t.Message.Parts {
					if p.Type == mime.PartImage {
						rt.PushImage(s, p.Image())
						n++
						s.RawSetInt(-2, n)
					}
				}
				rt.setCached(s, t, "images", -1)
			}
			return 1
		}},
		{Name: "get_archives", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message == nil {
				s.NewTable(0, 0)
				return 1
			}
			if !rt.cached(s, t, "archives") {
				s.NewTable(len(t.Message.Parts), 0)
				n := 0
				for _, p := range t.Message.Parts {
					if p.Type == mime.PartArchive {
						rt.PushArchive(s, p.Archive())
						n++
						s.RawSetInt(-2, n)
					}
				}
				rt.setCached(s, t, "archives", -1)
			}
			return 1
		}},
		{Name: "get_date", Func: func(s *lua.State) int {
			t := check(s)
			message, gmt := rt.dateArg(s, t)
			if !message {
				tim := t.Timestamp
				if !gmt {
					sec := int64(tim)
					tim = float64(localAsGMT(sec)) + (tim - float64(sec))
				}
				s.PushNumber(tim)
				return 1
			}
			tim := 0.0
			if h := t.Header("Date"); h != nil {
				if sec, err := maildate.Parse(h.Decoded); err == nil {
					if !gmt {
						sec = localAsGMT(sec)
					}
					tim = float64(sec)
				}
			}
			s.PushNumber(tim)
			return 1
		}},
		{Name: "get_message_id", Func: func(s *lua.State) int {
			if id, ok := check(s).MessageID(); ok {
				s.PushString(cconv.CString(id))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_timeval", Func: func(s *lua.State) int {
			t := check(s)
			if s.Type(2) == lua.TypeBoolean && s.ToBool(2) {
				s.PushNumber(t.Timestamp)
				return 1
			}
			sec := math.Floor(t.Timestamp)
			s.NewTable(0, 2)
			s.PushInteger(int64(sec))
			s.SetField(-2, "tv_sec")
			s.PushInteger(int64((t.Timestamp - sec) * 1e6))
			s.SetField(-2, "tv_usec")
			return 1
		}},
		{Name: "get_size", Func: func(s *lua.State) int {
			s.PushInteger(int64(len(check(s).Data)))
			return 1
		}},
		{Name: "set_flag", Func: func(s *lua.State) int {
			t := check(s)
			name := cconv.CString(s.CheckString(2))
			set := true
			if s.GetTop() >= 3 {
				set = s.ToBool(3)
			}
			if f, settable, ok := task.FlagByName(name); ok && settable {
				if set {
					t.Flags |= f
				} else {
					t.Flags &^= f
				}
			} else {
				rt.log().Logf(logger.LevelWarning, "task", t.LogTag(), true, "lua_task_set_flag",
					"unknown flag requested: %s", name)
			}
			return 0
		}},
		{Name: "has_flag", Func: func(s *lua.State) int {
			t := check(s)
			name := cconv.CString(s.CheckString(2))
			if f, _, ok := task.FlagByName(name); ok {
				s.PushBool(t.Flags&f != 0)
			} else if name == "milter" {
				s.PushBool(t.ProtocolFlags&task.ProtoMilter != 0)
			} else {
				rt.log().Logf(logger.LevelWarning, "task", t.LogTag(), true, "lua_task_has_flag",
					"unknown flag requested: %s", name)
				s.PushBool(false)
			}
			return 1
		}},
		{Name: "get_flags", Func: func(s *lua.State) int {
			names := check(s).FlagList()
			s.NewTable(8, 0)
			for i, n := range names {
				s.PushString(n)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "get_digest", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message != nil {
				s.PushString(hex.EncodeToString(t.Message.Digest[:]))
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_newlines_type", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message != nil {
				s.PushString(t.Message.Newlines.String())
			} else {
				s.PushString("crlf")
			}
			return 1
		}},
		{Name: "get_meta_words", Func: func(s *lua.State) int {
			t := check(s)
			if t.Message == nil || len(t.Message.MetaWords) == 0 {
				s.NewTable(0, 0)
				return 1
			}
			pushWords(s, t.Message.MetaWords, wordsHowArg(s, 2, "unknown words type: %s"))
			return 1
		}},
		{Name: "cache_get", Func: func(s *lua.State) int {
			t := check(s)
			if !rt.cached(s, t, cconv.CString(s.CheckString(2))) {
				s.PushNil()
			}
			return 1
		}},
		{Name: "cache_set", Func: func(s *lua.State) int {
			t := check(s)
			key := cconv.CString(s.CheckString(2))
			if s.GetTop() < 3 {
				return invalid(s)
			}
			rt.setCached(s, t, key, 3)
			return 0
		}},
		{Name: "get_html_urls", Func: rt.taskGetHTMLURLs},
		{Name: "rewrite_html_urls", Func: rt.taskRewriteHTMLURLs},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// htmlParts calls fn for each HTML text part with parsed HTML and UTF-8
// content.
func htmlParts(t *task.Task, fn func(tp *mime.TextPart, hc *html.Content)) {
	for _, tp := range t.Message.TextParts {
		hc, ok := tp.HTML.(*html.Content)
		if !tp.IsHTML() || !ok || hc == nil || len(tp.UTFRaw) == 0 {
			continue
		}
		fn(tp, hc)
	}
}

// taskGetHTMLURLs is task:get_html_urls(): for each HTML part (by part
// number), the href and src attributes a rewriter may replace, as {url,
// attr, tag}; nil when there are none.
func (rt *Runtime) taskGetHTMLURLs(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	if t.Message == nil {
		s.PushNil()
		return 1
	}
	s.NewTable(0, 0)
	n := 0
	htmlParts(t, func(tp *mime.TextPart, hc *html.Content) {
		cands := hc.RewriteCandidates()
		if len(cands) == 0 {
			return
		}
		s.PushInteger(int64(tp.Part.Number))
		s.NewTable(len(cands), 0)
		for i, c := range cands {
			s.NewTable(0, 3)
			s.PushString(c.URL)
			s.SetField(-2, "url")
			s.PushString(c.Attr)
			s.SetField(-2, "attr")
			if c.Tag != nil && c.Tag.ID != html.TagUnknown {
				s.PushString(c.Tag.Name())
			} else {
				s.PushString("unknown")
			}
			s.SetField(-2, "tag")
			s.RawSetInt(-2, i+1)
		}
		s.SetTable(-3)
		n++
	})
	if n == 0 {
		s.Pop(1)
		s.PushNil()
	}
	return 1
}

// taskRewriteHTMLURLs is task:rewrite_html_urls(fn): fn(task, url) returns
// the replacement of each href and src of the HTML parts (nil keeps it);
// the result maps part numbers to the rewritten HTML, nil when nothing
// changed.
func (rt *Runtime) taskRewriteHTMLURLs(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	if !s.IsFunction(2) {
		return s.Errorf("invalid arguments: function expected")
	}
	if t.Message == nil {
		s.PushNil()
		return 1
	}
	s.NewTable(0, 0)
	res := s.GetTop()
	n := 0
	htmlParts(t, func(tp *mime.TextPart, hc *html.Content) {
		var patches []html.RewritePatch
		for _, c := range hc.RewriteCandidates() {
			top := s.GetTop()
			s.PushValue(2)
			rt.PushTask(s, t)
			s.PushString(c.URL)
			if err := s.PCall(2, 1); err != nil {
				rt.log().Logf(logger.LevelWarning, "task", t.LogTag(), true, "call_lua_url_rewriter",
					"call to url rewriter failed: %s", luaErrorDetail(err))
				s.SetTop(top)
				continue
			}
			switch s.Type(-1) {
			case lua.TypeString:
				if v, _ := s.ToString(-1); v != "" {
					patches = append(patches, html.RewritePatch{Offset: c.Offset, Len: c.Len, URL: v})
				}
			case lua.TypeNil:
			default:
				rt.log().Logf(logger.LevelWarning, "task", t.LogTag(), true, "call_lua_url_rewriter",
					"url rewriter returned non-string value")
			}
			s.SetTop(top)
		}
		if len(patches) == 0 {
			return
		}
		out, ok := html.ApplyRewrite(tp.UTFRaw, patches)
		if !ok {
			rt.log().Logf(logger.LevelWarning, "task", t.LogTag(), true, "process_html_url_rewrite",
				"URL rewrite patches overlap, skipping rewrite")
			return
		}
		s.PushInteger(int64(tp.Part.Number))
		rt.PushText(s, out)
		s.SetTable(res)
		n++
	})
	if n == 0 {
		s.SetTop(res - 1)
		s.PushNil()
	}
	return 1
}

// taskModifyHeader is task:modify_header(name, {remove = {positions...},
// add = {{order, value}...}}); it reports whether the task has a message.
func (rt *Runtime) taskModifyHeader(s *lua.State) int {
	t := rt.TaskArg(s, 1)
	name := s.CheckString(2)
	if !s.IsTable(3) {
		return s.Errorf("invalid arguments")
	}
	if t.Message == nil {
		s.PushBool(false)
		return 1
	}
	// the table goes through UCL upstream: a list is a non-empty table
	// with a first element, an integer is an integral number
	isList := func(idx int) bool {
		if !s.IsTable(idx) {
			return false
		}
		ok := s.RawGetInt(idx, 1) != lua.TypeNil
		s.Pop(1)
		return ok
	}
	integer := func(idx int) (int64, bool) {
		if s.Type(idx) != lua.TypeNumber {
			return 0, false
		}
		f := s.ToNumber(idx)
		return int64(f), f == math.Trunc(f)
	}
	var remove []int64
	s.GetField(3, "remove")
	hasRemove := isList(-1)
	if hasRemove {
		for i := 1; s.RawGetInt(-1, i) != lua.TypeNil; i++ {
			if v, ok := integer(-1); ok {
				remove = append(remove, v)
			}
			s.Pop(1)
		}
		s.Pop(1)
	}
	s.Pop(1)
	var add []task.HeaderAdd
	s.GetField(3, "add")
	hasAdd := isList(-1)
	if hasAdd {
		for i := 1; s.RawGetInt(-1, i) != lua.TypeNil; i++ {
			if isList(-1) {
				s.RawGetInt(-1, 1)
				ord, okOrd := integer(-1)
				s.RawGetInt(-2, 2)
				val, okVal := "", s.Type(-1) == lua.TypeString
				if okVal {
					val, _ = s.ToString(-1)
				}
				s.Pop(2)
				if okOrd && okVal {
					add = append(add, task.HeaderAdd{Order: ord, Value: val})
				} else {
					rt.log().Logf(logger.LevelCritical, "task", t.LogTag(), true, "rspamd_message_set_modified_header",
						"internal error: calling for set_modified_header with invalid header")
				}
			}
			s.Pop(1)
		}
		s.Pop(1)
	}
	s.Pop(1)
	t.ModifyHeader(cconv.CString(name), remove, hasRemove, add, hasAdd)
	s.PushBool(true)
	return 1
}
