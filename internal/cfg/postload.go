package cfg

import (
	"math"
	"strings"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
)

// LogFormatType is the kind of an element of the task log format.
type LogFormatType int

// Log format elements (upstream's order).
const (
	LogString LogFormatType = iota
	LogMID
	LogQID
	LogUser
	LogIsSpam
	LogAction
	LogScores
	LogSymbols
	LogIP
	LogLen
	LogDNSReq
	LogSMTPFrom
	LogMimeFrom
	LogSMTPRcpt
	LogMimeRcpt
	LogSMTPRcpts
	LogMimeRcpts
	LogTimeReal
	LogTimeVirtual
	LogLua
	LogDigest
	LogFilename
	LogForcedAction
	LogSettingsID
	LogGroups
	LogPublicGroups
	LogMempoolSize
	LogMempoolWaste
)

// LogFormatFlags modify a log format element.
type LogFormatFlags int

// Log format flags.
const (
	LogFmtCondition     LogFormatFlags = 1 << 2
	LogFmtSymbolsScores LogFormatFlags = 1 << 3
	LogFmtSymbolsParams LogFormatFlags = 1 << 4
)

// LogFormatElt is one element of the parsed task log format: a literal
// string or a variable with its optional content.
type LogFormatElt struct {
	Type    LogFormatType
	Flags   LogFormatFlags
	Content string
}

// logVars are the task log variables, in upstream's table order (the
// order "known vars are" lists them).
var logVars = []struct {
	name  string
	typ   LogFormatType
	flags LogFormatFlags
}{
	{"mid", LogMID, 0}, {"qid", LogQID, 0}, {"user", LogUser, 0}, {"ip", LogIP, 0},
	{"len", LogLen, 0}, {"dns_req", LogDNSReq, 0}, {"smtp_from", LogSMTPFrom, 0},
	{"mime_from", LogMimeFrom, 0}, {"smtp_rcpt", LogSMTPRcpt, 0}, {"mime_rcpt", LogMimeRcpt, 0},
	{"smtp_rcpts", LogSMTPRcpts, 0}, {"mime_rcpts", LogMimeRcpts, 0}, {"time_real", LogTimeReal, 0},
	{"time_virtual", LogTimeVirtual, 0}, {"lua", LogLua, 0}, {"digest", LogDigest, 0},
	{"checksum", LogDigest, 0}, {"filename", LogFilename, 0}, {"forced_action", LogForcedAction, 0},
	{"settings_id", LogSettingsID, 0}, {"mempool_size", LogMempoolSize, 0},
	{"mempool_waste", LogMempoolWaste, 0}, {"action", LogAction, 0}, {"scores", LogScores, 0},
	{"symbols", LogSymbols, 0}, {"symbols_scores", LogSymbols, LogFmtSymbolsScores},
	{"symbols_params", LogSymbols, LogFmtSymbolsParams},
	{"symbols_scores_params", LogSymbols, LogFmtSymbolsParams | LogFmtSymbolsScores},
	{"groups", LogGroups, 0}, {"public_groups", LogPublicGroups, 0}, {"is_spam", LogIsSpam, 0},
}

// ParseLogFormat parses the task log format (rspamd_config_parse_log_format);
// problems are logged and make it return nil, false.
func (c *Config) ParseLogFormat() ([]LogFormatElt, bool) {
	const fn = "rspamd_config_parse_log_format"
	f := c.LogFormat
	var out []LogFormatElt
	literal := func(s string) {
		s = strings.Map(func(r rune) rune {
			if r == '\r' || r == '\n' {
				return ' '
			}
			return r
		}, s)
		out = append(out, LogFormatElt{Type: LogString, Content: s})
	}
	variable := func(name, content string, hasContent bool) bool {
		lc := encoding.LowerASCII(name)
		var flags LogFormatFlags
		if len(lc) > 3 && strings.HasPrefix(lc, "if_") {
			flags |= LogFmtCondition
			lc = lc[3:]
		}
		for _, v := range logVars {
			if v.name != lc {
				continue
			}
			if v.typ == LogLua && (!hasContent || content == "") {
				c.errf("rspamd_config_process_var", "lua variable needs content: %s", lc)
				return false
			}
			out = append(out, LogFormatElt{Type: v.typ, Flags: v.flags | flags, Content: content})
			return true
		}
		names := make([]string, len(logVars))
		for i, v := range logVars {
			names[i] = v.name
		}
		c.errf("rspamd_config_process_var", "unknown log variable: %s, known vars are: \"%s\"", name, strings.Join(names, ", "))
		return false
	}
	const (
		stStr = iota
		stDollar
		stVarName
		stVarContent
	)
	state, p, start, braces := stStr, 0, 0, 0
	var varName string
	for p < len(f) {
		switch state {
		case stStr:
			if f[p] == '$' {
				state = stDollar
			} else {
				p++
			}
		case stDollar:
			if p > start {
				literal(f[start:p])
			}
			p++
			start = p
			state = stVarName
		case stVarName:
			ch := f[p]
			switch {
			case ch == '{':
				varName = f[start:p]
				p++
				start = p
				state = stVarContent
				braces = 1
			case ch != '_' && ch != '-' && !isAlnum(ch):
				if !variable(f[start:p], "", false) {
					return nil, false
				}
				start = p
				state = stStr
			default:
				p++
			}
		case stVarContent:
			switch f[p] {
			case '}':
				braces--
				if braces == 0 {
					content := f[start:p]
					p++
					start = p
					if !variable(varName, content, true) {
						return nil, false
					}
					state = stStr
					continue
				}
				p++
			case '{':
				braces++
				p++
			default:
				p++
			}
		}
	}
	switch state {
	case stStr:
		if p > start {
			literal(f[start:p])
		}
	case stVarName:
		if !variable(f[start:p], "", false) {
			return nil, false
		}
	default:
		c.errf(fn, "cannot parse log format %s: incomplete string", f)
		return nil, false
	}
	return out, true
}

func isAlnum(ch byte) bool {
	return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
}

// PostLoad runs the parts of rspamd_config_post_load that come before the
// symbol cache's: the logger's debug modules, one-shot mode and the task
// log format. It reports failure only when the log format cannot be
// parsed and validate is set (upstream's "cannot parse log format").
func (c *Config) PostLoad(validate bool) bool {
	ok := true
	mods := make([]string, 0, len(c.DebugModules))
	for m := range c.DebugModules {
		mods = append(mods, m)
	}
	c.logger().ConfigureModules(mods)
	if c.OneShot {
		c.infof("rspamd_config_post_load", "enabling one shot mode (was %d max shots)", c.DefaultMaxShots)
		c.DefaultMaxShots = 1
	}
	if elts, good := c.ParseLogFormat(); good {
		c.LogFormatElts = elts
	} else {
		c.errf("rspamd_config_post_load", "cannot parse log format, task logging will not be available")
		if validate {
			ok = false
		}
	}
	return ok
}

// CheckController warns when no controller worker is configured, as
// rspamd_config_post_load does when validating, after the symbol cache's
// part.
func (c *Config) CheckController() {
	for _, w := range c.Workers {
		if w.Type == "controller" {
			return
		}
	}
	c.warnf("rspamd_config_post_load", "controller worker is unconfigured: learning, periodic scripts, maps watching and many other Rspamd features will be broken")
}

// SymbolTimeout is the longest time a symbol may run.
type SymbolTimeout struct {
	Symbol  string
	Timeout float64
}

// CheckTimeout warns when a task timeout is shorter than the longest time
// the symbols may take, max (rspamd_worker_check_and_adjust_timeout);
// timeouts are the symbols' timeouts that count in it, longest first.
func (c *Config) CheckTimeout(timeout, max float64, timeouts []SymbolTimeout) {
	if math.IsNaN(timeout) {
		timeout = c.TaskTimeout
	}
	if math.IsNaN(timeout) || max <= timeout {
		return
	}
	const fn = "rspamd_worker_check_and_adjust_timeout"
	c.warnf(fn, "configured task_timeout %.2f is less than maximum symbols cache timeout %.2f; some symbols can be terminated before checks",
		timeout, max)
	n := min(len(timeouts), 12)
	var b []byte
	for i, t := range timeouts[:n] {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = logger.Appendf(b, "%s(%.2f)", t.Symbol, t.Timeout)
	}
	c.warnf(fn, "list of top %d symbols by execution time: %s", n, string(b))
}
