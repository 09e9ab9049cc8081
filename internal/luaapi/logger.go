package luaapi

import (
	"math"
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// The rspamd_logger module: err/warn/info/message/debug and their x forms
// (an optional task, config, pool or map first for the tag), debugm, logx,
// slog and log_level, with rspamd's argument formatting (%s, %1..%31, %d,
// %ud, %f, %.Nf, %%) and rendering of Lua values.

// Tagged is implemented by the Go values of rspamd{task}, rspamd{config},
// rspamd{mempool} and rspamd{map}: when one of them is the first argument of
// a logging function, its tag becomes the line's id.
type Tagged interface {
	LogTag() string
}

// logBufSize is upstream's Lua log buffer (RSPAMD_LOGBUF_SIZE - 128): a
// formatted message keeps at most logBufSize-1 bytes.
const logBufSize = 8192 - 128

// maxLogArgs bounds positional arguments (%1..%31).
const maxLogArgs = 32

// traceDepth is how many enclosing tables are remembered to print
// recursive references.
const traceDepth = 6

// Escaping of strings in log output.
const (
	escUnprintable = 1 << 0
	escNewlines    = 1 << 1
	esc8bit        = 1 << 2
	escLog         = escUnprintable | escNewlines
)

func init() {
	defineLib("rspamd_logger", loggerFuncs)
}

func loggerFuncs(rt *Runtime) []lua.Reg {
	logAt := func(level logger.Level) lua.Function {
		return func(s *lua.State) int { return rt.doLog(s, level, false) }
	}
	return []lua.Reg{
		{Name: "err", Func: logAt(logger.LevelCritical)},
		{Name: "warn", Func: logAt(logger.LevelWarning)},
		{Name: "message", Func: logAt(logger.LevelNotice)},
		{Name: "msg", Func: logAt(logger.LevelNotice)},
		{Name: "info", Func: logAt(logger.LevelInfo)},
		{Name: "debug", Func: logAt(logger.LevelDebug)},
		{Name: "errx", Func: logAt(logger.LevelCritical)},
		{Name: "warnx", Func: logAt(logger.LevelWarning)},
		{Name: "infox", Func: logAt(logger.LevelInfo)},
		{Name: "messagex", Func: logAt(logger.LevelNotice)},
		{Name: "msgx", Func: logAt(logger.LevelNotice)},
		{Name: "debugx", Func: logAt(logger.LevelDebug)},
		{Name: "debugm", Func: rt.loggerDebugm},
		{Name: "slog", Func: func(s *lua.State) int { return rt.doLog(s, 0, true) }},
		{Name: "logx", Func: rt.loggerLogx},
		{Name: "log_level", Func: func(s *lua.State) int {
			lg := rt.log()
			var t logger.Level
			if lg != nil {
				t = lg.Level()
			}
			s.PushString(logger.Severity(t))
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// log returns the logger of the runtime.
func (rt *Runtime) log() *logger.Logger {
	if rt.Logger != nil {
		return rt.Logger
	}
	return logger.Default()
}

// logTag returns the log id of the userdata at idx as upstream's
// lua_logger_get_id does: the tag of a task, config, pool or map, "" for
// any other class, and false when the userdata has no metatable.
func (rt *Runtime) logTag(s *lua.State, idx int) (string, bool) {
	if !s.GetMetatable(idx) {
		return "", false
	}
	s.Pop(1)
	v, c := s.ToUserdata(idx)
	if c == nil {
		return "", true
	}
	switch c.Name() {
	case "rspamd{task}", "rspamd{config}", "rspamd{mempool}", "rspamd{map}":
		if t, ok := v.(Tagged); ok {
			return t.LogTag(), true
		}
	}
	return "", true
}

// logLine sends a formatted message from Lua to the logger, naming the
// function after the Lua source and line at stack level (file.lua:42).
func (rt *Runtime) logLine(s *lua.State, level logger.Level, msg, id string, hasID bool, module string, stackLevel int) {
	lg := rt.log()
	fn := "lua_common_log_line"
	if src, line, ok := s.Where(stackLevel); ok {
		if i := strings.LastIndexByte(src, '/'); i >= 0 {
			src = src[i+1:]
		}
		if len(src) > 30 {
			src = src[:27] + "..."
		}
		fn = src + ":" + strconv.Itoa(line)
	}
	lg.Log(level, module, id, hasID, fn, msg)
}

func (rt *Runtime) doLog(s *lua.State, level logger.Level, isString bool) int {
	fmtPos := 1
	id, hasID := "", false
	if s.Type(fmtPos) == lua.TypeUserdata {
		var ok bool
		id, ok = rt.logTag(s, fmtPos)
		if !ok {
			return s.Errorf("bad userdata for logging: no metatable found for userdata")
		}
		hasID = true
		fmtPos++
	}
	if s.Type(fmtPos) != lua.TypeString {
		fmtPos = 1
	}
	if s.Type(fmtPos) != lua.TypeString {
		for i := fmtPos + 1; i <= s.GetTop(); i++ {
			if s.Type(i) == lua.TypeString {
				fmtPos = i
				break
			}
		}
		if s.Type(fmtPos) != lua.TypeString {
			return s.Errorf("bad format string type: %s", s.Type(fmtPos))
		}
	}
	esc := escLog
	if isString {
		esc = escUnprintable
	}
	msg := formatLogArgs(s, fmtPos, esc)
	if isString {
		s.PushBytes(msg)
		return 1
	}
	if lg := rt.log(); lg == nil || lg.NeedLog(level, "lua") {
		rt.logLine(s, level, string(msg), id, hasID, "lua", 1)
	}
	return 0
}

// formatLogArgs formats the string at fmtPos with the arguments after it.
func formatLogArgs(s *lua.State, fmtPos, esc int) []byte {
	format, _ := s.ToString(fmtPos)
	// upstream reads the format as a C string
	if i := strings.IndexByte(format, 0); i >= 0 {
		format = format[:i]
	}
	f := &logFormatter{s: s, esc: esc}
	out, _ := f.format(nil, logBufSize, fmtPos, format)
	return out
}

// logModule logs the format at idPos+1 (or idPos+2 after a stack level
// number) with the id at idPos, for debugm and logx. requireTag makes an id
// that is neither a string nor a userdata with a metatable an error
// (debugm); otherwise such an id prints as "???" (logx).
func (rt *Runtime) logModule(s *lua.State, level logger.Level, module string, idPos int, requireTag bool) int {
	var id string
	switch {
	case s.Type(idPos) == lua.TypeString:
		id = s.CheckString(idPos)
	case s.Type(idPos) == lua.TypeUserdata || requireTag:
		var ok bool
		if id, ok = rt.logTag(s, idPos); !ok {
			return s.Errorf("invalid arguments")
		}
	default:
		id = "???"
	}
	stackLevel := 1
	fmtPos := idPos + 1
	switch s.Type(fmtPos) {
	case lua.TypeString:
	case lua.TypeNumber:
		stackLevel = int(s.ToNumber(fmtPos))
		fmtPos++
	default:
		return s.Errorf("invalid argument on pos %d", fmtPos)
	}
	if !s.IsString(fmtPos) {
		return 0
	}
	if lg := rt.log(); lg != nil && !lg.NeedLog(level, module) {
		return 0
	}
	msg := formatLogArgs(s, fmtPos, escLog)
	rt.logLine(s, level, string(msg), id, true, module, stackLevel)
	return 0
}

func (rt *Runtime) loggerDebugm(s *lua.State) int {
	module := s.CheckString(1)
	return rt.logModule(s, logger.LevelDebug, module, 2, true)
}

func (rt *Runtime) loggerLogx(s *lua.State) int {
	level := logger.Level(cInt64(s.ToNumber(1)))
	module, ok := s.ToString(2)
	if !ok {
		return s.Errorf("invalid arguments")
	}
	return rt.logModule(s, level, module, 3, false)
}

// logFormatter renders Lua values into a bounded buffer exactly as
// upstream's lua_logger_out_* functions do (the bounds decide where long
// messages are cut).
type logFormatter struct {
	s      *lua.State
	esc    int
	traces [traceDepth]uintptr
	level  int
}

// put appends what snprintf(d, remain, ...) would write.
func put(dst []byte, remain int, str string) ([]byte, int) {
	n := min(len(str), remain-1)
	if n <= 0 {
		return dst, 0
	}
	return append(dst, str[:n]...), n
}

// format expands fmt with the arguments after offset, writing less than
// remain bytes; it returns the output and the bytes written.
func (f *logFormatter) format(dst []byte, remain, offset int, format string) ([]byte, int) {
	s := f.s
	start := len(dst)
	argMax := s.GetTop() - offset
	var used [maxLogArgs]bool
	usedCount := 0
	cur := 0
	i := 0
	for remain > 1 && i < len(format) {
		if format[i] != '%' {
			dst = append(dst, format[i])
			i++
			remain--
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			dst = append(dst, '%')
			i++
			remain--
			continue
		}
		c := i
		kind := 's'
		prec := -1
		at := func(j int) byte {
			if j < len(format) {
				return format[j]
			}
			return 0
		}
		switch ch := at(i); {
		case ch == '.':
			i++
			prec = 0
			for at(i) >= '0' && at(i) <= '9' {
				prec = prec*10 + int(at(i)-'0')
				i++
			}
			if at(i) == 'f' {
				kind = 'f'
				i++
				cur++
			} else {
				i = c
			}
		case ch == 's':
			i++
			cur++
		case ch == 'd':
			kind = 'd'
			i++
			cur++
		case ch == 'u':
			i++
			if at(i) == 'd' {
				kind = 'u'
				i++
				cur++
			} else {
				i = c
			}
		case ch == 'f':
			kind = 'f'
			i++
			cur++
		case ch >= '0' && ch <= '9':
			n := 0
			for at(i) >= '0' && at(i) <= '9' {
				n = n*10 + int(at(i)-'0')
				i++
				if n >= maxLogArgs {
					i = c
					break
				}
			}
			if i > c {
				switch at(i) {
				case 'd':
					kind = 'd'
					i++
				case 'u':
					if at(i+1) == 'd' {
						kind = 'u'
						i += 2
					}
				case 'f':
					kind = 'f'
					i++
				}
				cur = n
			}
		}
		if i > c {
			var r int
			if cur < 1 || cur > argMax {
				dst, r = put(dst, remain, "<MISSING ARGUMENT>")
			} else {
				idx := offset + cur
				switch kind {
				case 'd', 'u':
					dst, r = put(dst, remain, logInt(s, idx, kind == 'u'))
				case 'f':
					dst, r = put(dst, remain, logDouble(s, idx, prec))
				default:
					sub := &logFormatter{s: s, esc: f.esc}
					dst, r = sub.out(dst, remain, idx)
				}
				if cur <= maxLogArgs && !used[cur-1] {
					used[cur-1] = true
					usedCount++
				}
			}
			remain -= r
			continue
		}
		// not a conversion: the '%' is copied as is
		i = c - 1
		dst = append(dst, format[i])
		i++
		remain--
	}
	if usedCount > 0 && usedCount < argMax && remain > 1 {
		var r int
		dst, r = put(dst, remain, " <EXTRA "+strconv.Itoa(argMax-usedCount)+" ARGUMENTS>")
		remain -= r
	}
	return dst, len(dst) - start
}

// logInt renders a number (or a numeric string) for %d and %ud.
func logInt(s *lua.State, idx int, unsigned bool) string {
	switch s.Type(idx) {
	case lua.TypeNumber:
		v := s.ToNumber(idx)
		if unsigned {
			return strconv.FormatUint(cUint64(v), 10)
		}
		return strconv.FormatInt(cInt64(v), 10)
	case lua.TypeString:
		str, _ := s.ToStringView(idx)
		if unsigned {
			if u, ok := cconv.RspamdStrtoul(str); ok {
				return strconv.FormatUint(u, 10)
			}
		} else if v, ok := cconv.RspamdStrtol(str); ok {
			return strconv.FormatInt(v, 10)
		}
	}
	return "0"
}

// logDouble renders a number (or a numeric string) for %f and %.Nf: a
// bare %f keeps at most six decimals without trailing zeros.
func logDouble(s *lua.State, idx, prec int) string {
	var v float64
	switch s.Type(idx) {
	case lua.TypeNumber:
		v = s.ToNumber(idx)
	case lua.TypeString:
		str, _ := s.ToStringView(idx)
		d, ok := parseCDouble(str)
		if !ok {
			return zeroDouble(prec)
		}
		v = d
	default:
		return zeroDouble(prec)
	}
	if prec >= 0 {
		return string(logger.AppendFloat(nil, v, prec, false))
	}
	out := logger.AppendFloat(nil, v, 6, false)
	p := len(out) - 1
	for p > 0 && out[p] == '0' {
		p--
	}
	if out[p] == '.' {
		p++
	}
	return string(out[:min(p+1, len(out))])
}

func zeroDouble(prec int) string {
	if prec >= 0 {
		return string(logger.AppendFloat(nil, 0, prec, false))
	}
	return "0.0"
}

// cInt64 converts like a C cast on x86-64 (out of range and NaN give the
// minimum).
func cInt64(v float64) int64 {
	if math.IsNaN(v) || v >= 1<<63 || v < -(1<<63) {
		return math.MinInt64
	}
	return int64(v)
}

// cUint64 converts like gcc's double to uint64_t conversion on x86-64.
func cUint64(v float64) uint64 {
	if v >= 1<<63 {
		if v >= 1<<64 || math.IsNaN(v) {
			return 1 << 63
		}
		return uint64(int64(v-(1<<63))) + 1<<63
	}
	return uint64(cInt64(v))
}

// out renders the value at idx (lua_logger_out_type).
func (f *logFormatter) out(dst []byte, remain, idx int) ([]byte, int) {
	if remain <= 0 {
		return dst, 0
	}
	s := f.s
	switch s.Type(idx) {
	case lua.TypeNumber:
		v := s.ToNumber(idx)
		if n := cInt64(v); float64(n) == v {
			return put(dst, remain, strconv.FormatInt(n, 10))
		}
		return put(dst, remain, string(logger.AppendFloat(nil, v, -1, false)))
	case lua.TypeBoolean:
		if s.ToBool(idx) {
			return put(dst, remain, "true")
		}
		return put(dst, remain, "false")
	case lua.TypeTable:
		return f.outTable(dst, remain, idx)
	case lua.TypeUserdata:
		return put(dst, remain, userdataString(s, idx))
	case lua.TypeFunction:
		return put(dst, remain, "function")
	case lua.TypeLightUserdata:
		return put(dst, remain, "0x"+logger.Sprintf("%p", s.ToPointer(idx)))
	case lua.TypeNil:
		return put(dst, remain, "nil")
	case lua.TypeNone:
		return put(dst, remain, "no value")
	}
	return f.outString(dst, remain, idx)
}

func charSafe(c byte, esc int) bool {
	if c&0x80 != 0 {
		return esc&esc8bit == 0
	}
	if esc&escUnprintable != 0 && !(c >= 0x20 && c < 0x7f) && !isCSpace(c) {
		return false
	}
	if esc&escNewlines != 0 && (c == '\r' || c == '\n') {
		return false
	}
	return true
}

func isCSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// outString writes a string, escaping bytes as "\hh" where the escape type
// asks for it ("?" when there is no room left for an escape).
func (f *logFormatter) outString(dst []byte, remain, idx int) ([]byte, int) {
	str, ok := f.s.ToStringView(idx)
	if !ok {
		return dst, 0
	}
	const hex = "0123456789abcdef"
	start := len(dst)
	for i := 0; i < len(str) && remain > 1; i++ {
		c := str[i]
		switch {
		case charSafe(c, f.esc):
			dst = append(dst, c)
		case remain > 3:
			dst = append(dst, '\\', hex[c>>4], hex[c&0xf])
			remain -= 2
		default:
			dst = append(dst, '?')
		}
		remain--
	}
	return dst, len(dst) - start
}

// userdataString renders a userdata by its __tostring or its class name.
func userdataString(s *lua.State, idx int) string {
	idx = s.AbsIndex(idx)
	top := s.GetTop()
	defer s.SetTop(top)
	if !s.GetMetatable(idx) {
		return ""
	}
	mt := s.GetTop()
	s.PushString("__index")
	s.GetTable(mt)
	if !s.IsTable(-1) {
		if s.IsFunction(-1) {
			s.PushString("__tostring")
			s.GetTable(mt)
			if s.IsFunction(-1) {
				s.PushValue(idx)
				if s.PCall(1, 1) == nil {
					if str, ok := s.ToString(-1); ok {
						return str
					}
				}
			}
		}
		return ""
	}
	index := s.GetTop()
	s.PushString("__tostring")
	s.GetTable(index)
	var str string
	converted := false
	if s.IsFunction(-1) {
		s.PushValue(idx)
		if s.PCall(1, 1) != nil {
			return ""
		}
		str, converted = s.ToString(-1)
	} else {
		s.Pop(1)
		s.PushString("class")
		s.GetTable(index)
		if s.IsString(-1) {
			str, converted = s.ToString(-1)
		}
	}
	if converted {
		return str
	}
	return logger.Sprintf("%s(%p)", nil, s.ToPointer(idx))
}

// outTable renders a table: the array part as "[1] = v", then the other
// keys in iteration order as "[k] = v", with "__self" and "ref(0x...)" for
// references to enclosing tables.
func (f *logFormatter) outTable(dst []byte, remain, idx int) ([]byte, int) {
	s := f.s
	start := len(dst)
	self := s.ToPointer(idx)
	for i, t := range f.traces {
		if t == self {
			if (f.level+traceDepth-1)%traceDepth == i {
				return put(dst, remain, "__self")
			}
			return put(dst, remain, logger.Sprintf("ref(%p)", self))
		}
	}
	f.traces[f.level%traceDepth] = self
	f.level++
	defer func() { f.level-- }()
	top := s.GetTop()
	idx = s.AbsIndex(idx)
	var r int
	move := func() bool {
		remain -= r
		if remain <= 1 {
			s.SetTop(top)
			return false
		}
		return true
	}
	dst, r = put(dst, remain, "{")
	if !move() {
		return dst, len(dst) - start
	}
	first := true
	lastSeq := 0
	for i := 1; ; i++ {
		s.RawGetInt(idx, i)
		if s.IsNil(-1) {
			s.Pop(1)
			lastSeq = i
			break
		}
		sep := ", "
		if first {
			sep, first = "", false
		}
		dst, r = put(dst, remain, sep+"["+strconv.Itoa(i)+"] = ")
		if !move() {
			return dst, len(dst) - start
		}
		dst, r = f.out(dst, remain, -1)
		if !move() {
			return dst, len(dst) - start
		}
		s.Pop(1)
	}
	s.PushNil()
	for s.Next(idx) {
		s.PushValue(-2)
		if lastSeq > 0 && s.Type(-1) == lua.TypeNumber {
			v := s.ToNumber(-1)
			if n := cInt64(v); float64(n) == v && n > 0 && n < int64(lastSeq) {
				s.Pop(2)
				continue
			}
		}
		pat := ", [%2] = %1"
		if first {
			pat, first = "[%2] = %1", false
		}
		sub := &logFormatter{s: s, esc: f.esc}
		dst, r = sub.format(dst, remain, top+1, pat)
		if !move() {
			return dst, len(dst) - start
		}
		s.Pop(2)
	}
	dst, _ = put(dst, remain, "}")
	return dst, len(dst) - start
}
