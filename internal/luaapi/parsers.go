package luaapi

import (
	"github.com/gorspamd/rspamd/internal/lua"
)

// The rspamd_parsers module (upstream's lua_parsers.c): the message
// parsers exposed to Lua. Each function is defined by the file of the area
// it belongs to, through defineParser; a function no file defines yet
// fails with "rspamd_parsers.<name>: not available in this build", as the
// functions of stubbed modules do.

// parserNames are the functions of upstream's rspamd_parsers.
var parserNames = []string{"tokenize_text", "parse_html", "parse_html_content",
	"parse_mail_address", "parse_content_type", "parse_smtp_date"}

// parserFuncs are the functions files define, by name.
var parserFuncs = map[string]func(rt *Runtime) lua.Function{}

// defineParser defines a function of rspamd_parsers.
func defineParser(name string, fn func(rt *Runtime) lua.Function) {
	parserFuncs[name] = fn
}

func init() {
	defineLib("rspamd_parsers", func(rt *Runtime) []lua.Reg {
		regs := make([]lua.Reg, 0, len(parserNames))
		for _, name := range parserNames {
			if fn, ok := parserFuncs[name]; ok {
				regs = append(regs, lua.Reg{Name: name, Func: fn(rt)})
				continue
			}
			msg := "rspamd_parsers." + name + ": not available in this build"
			regs = append(regs, lua.Reg{Name: name, Func: func(s *lua.State) int {
				return s.Errorf("%s", msg)
			}})
		}
		return regs
	})
}
