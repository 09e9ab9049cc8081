package luaapi

import (
	"fmt"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/logger"
)

// benchOps are Lua snippets timed here and in the oracle; each defines
// op() from the modules of this package.
var benchOps = []struct{ name, code string }{
	{"slog", `local l = require "rspamd_logger"
		local t = {1, 'two', {x = 'y'}, 4.5}
		op = function() return l.slog('value %s and %1, %d, %.2f: %s', t, 42, 1.2345, 'string') end`},
	{"infox_filtered", `local l = require "rspamd_logger"
		op = function() l.infox('info %s %s', 'is', 'filtered') end`},
	{"text_ops", `local T = require "rspamd_text"
		local t = T.fromstring(string.rep('Hello, World! ', 20))
		op = function() return t:lower(), t:exclude_chars('%s'), t:find('World', 100), t:hex() end`},
	{"ucl_to_json", `local ucl = require "ucl"
		local t = {a = 1, b = {'x', 'y', {z = true}}, c = 'string', d = 1.5}
		op = function() return ucl.to_format(t, 'json-compact', true) end`},
	{"ucl_parse", `local ucl = require "ucl"
		local s = 'a = 1; b { c = [1, 2, 3]; d = "str"; } e = true;'
		op = function() local p = ucl.parser() p:parse_string(s) return p:get_object() end`},
	{"util_encodings", `local u = require "rspamd_util"
		local s = string.rep('binary\1\2 data ', 16)
		op = function() return u.encode_base64(s, 76), u.encode_qp(s, 76), u.decode_base64(u.encode_base64(s)) end`},
	{"util_pack", `local u = require "rspamd_util"
		op = function() return u.unpack('<I4 z s1 d', u.pack('<I4 z s1 d', 12345, 'zero', 'len', 1.5)) end`},
}

const benchOracleIters = 50000

// oracleBenchScript times every op in the oracle: "<name> <ns per op>"
// (CPU time, as the oracle runs on one thread).
func oracleBenchScript() string {
	s := `local function time(name, setup)
  op = nil
  assert(load(setup))()
  for _ = 1, 1000 do op() end
  local t0 = os.clock()
  for _ = 1, ` + fmt.Sprint(benchOracleIters) + ` do op() end
  print(name .. ' ' .. (os.clock() - t0) * 1e9 / ` + fmt.Sprint(benchOracleIters) + `)
end
`
	for _, op := range benchOps {
		s += fmt.Sprintf("time(%q, %q)\n", op.name, op.code)
	}
	return s
}

// BenchmarkLuaAPI runs each op b.N times in a Lua loop and reports the
// ratio to the oracle's time for the same op.
func BenchmarkLuaAPI(b *testing.B) {
	oracle := oraclebench.Times(b, oracleBenchScript())
	for _, op := range benchOps {
		b.Run(op.name, func(b *testing.B) {
			rt := newRuntime(b)
			rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, nil, nil)
			s := rt.L
			if err := s.DoString(op.code); err != nil {
				b.Fatal(err)
			}
			if err := s.DoString(`run = function(n) for _ = 1, n do op() end end; run(1000)`); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			s.GetGlobal("run")
			s.PushInteger(int64(b.N))
			if err := s.PCall(1, 0); err != nil {
				b.Fatal(err)
			}
			oraclebench.ReportRatio(b, oracle[op.name])
		})
	}
}
