package exprcompat

import (
	"fmt"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/expr"
)

const (
	oracleIters = 20000
	benchExpr   = "(A & B | !C) & (D + E + F >= 2) | (A & !D & (B | E | F)) | C * 2 > 1"
)

// benchInput is the atoms' values for the processing benchmark.
var benchInput = map[string]float64{"A": 1, "B": 0, "C": 0, "D": 1, "E": 1, "F": 0}

// oracleBenchLua times, in the oracle, what the benchmarks below time in
// Go: creating the expression and processing it (its atoms through Lua
// callbacks, which the oracle's time includes).
const oracleBenchLua = `
local rspamd_expression = require "rspamd_expression"
local rspamd_mempool = require "rspamd_mempool"
local rspamd_util = require "rspamd_util"
local pool = rspamd_mempool.create()
local function parse(s) return s:match('^[%%w_]+') end
local input = {A = 1, B = 0, C = 0, D = 1, E = 1, F = 0}
local function process(a, inp) return inp[a] or 0 end
local line, iters = %q, %d
local t0 = rspamd_util.get_ticks()
for _ = 1, iters do
  local p = rspamd_mempool.create()
  rspamd_expression.create(line, {parse, process}, p)
  p:destroy()
end
print(string.format('parse %%.0f', (rspamd_util.get_ticks() - t0) * 1e9 / iters))
local e = rspamd_expression.create(line, {parse, process}, pool)
t0 = rspamd_util.get_ticks()
for _ = 1, iters do e:process(input) end
print(string.format('process %%.0f', (rspamd_util.get_ticks() - t0) * 1e9 / iters))
`

// BenchmarkVsOracle reports our time per parse and per evaluation and its
// ratio to the oracle's (whose atoms are parsed and evaluated by Lua
// callbacks, ours by Go functions).
func BenchmarkVsOracle(b *testing.B) {
	times := oraclebench.Times(b, fmt.Sprintf(oracleBenchLua, benchExpr, oracleIters))
	cfg := expr.Config{Parse: parsers["word"]}
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := expr.Parse(benchExpr, cfg); err != nil {
				b.Fatal(err)
			}
		}
		oraclebench.ReportRatio(b, times["parse"])
	})
	b.Run("process", func(b *testing.B) {
		e, err := expr.Parse(benchExpr, cfg)
		if err != nil {
			b.Fatal(err)
		}
		value := func(a *expr.Atom) float64 { return benchInput[a.Text] }
		b.ReportAllocs()
		for b.Loop() {
			e.Process(value, 0)
		}
		oraclebench.ReportRatio(b, times["process"])
	})
}
