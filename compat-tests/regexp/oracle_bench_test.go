package regexp_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/trie"
)

const (
	benchData   = "../../internal/trie/testdata/"
	oracleIters = 300
)

// oracleBenchLua times, in the oracle, the workloads the benchmarks below
// time in Go: every regexp of the set counted over the text (re:matchn),
// and a caseless literal trie of the words matched against it.
const oracleBenchLua = `
local rspamd_regexp = require "rspamd_regexp"
local rspamd_trie = require "rspamd_trie"
local rspamd_util = require "rspamd_util"
local f = assert(io.open(bench_dir .. 'text'))
local text = f:read('*a')
f:close()
local res, words = {}, {}
for l in io.lines(bench_dir .. 'patterns') do
  if l ~= '' and l:sub(1, 1) ~= '#' then
    res[#res + 1] = assert(rspamd_regexp.create(l))
    local w = l:match('^/\\b(.-)\\b/i$')
    if w then words[#words + 1] = w end
  end
end
local iters = %d
local t0 = rspamd_util.get_ticks()
for _ = 1, iters do
  for _, r in ipairs(res) do r:matchn(text, -1) end
end
print(string.format('pcre %%.0f', (rspamd_util.get_ticks() - t0) * 1e9 / iters))
local t = rspamd_trie.create(words, rspamd_trie.flags.icase)
t0 = rspamd_util.get_ticks()
for _ = 1, iters * 10 do t:match(text) end
print(string.format('trie %%.0f', (rspamd_util.get_ticks() - t0) * 1e9 / (iters * 10)))
`

// oracleBench runs oracleBenchLua once and returns ns per iteration of
// each workload.
func oracleBench(b *testing.B) map[string]float64 {
	files := map[string][]byte{}
	for _, f := range [][2]string{{"bench-patterns.txt", "patterns"}, {"bench-text.txt", "text"}} {
		data, err := os.ReadFile(benchData + f[0])
		if err != nil {
			b.Fatal(err)
		}
		files[f[1]] = data
	}
	times := oraclebench.TimesWith(b, fmt.Sprintf(oracleBenchLua, oracleIters), files)
	if len(times) != 2 {
		b.Skipf("oracle bench: want the pcre and trie times, got %v", times)
	}
	return times
}

func benchInputs(b *testing.B) (pats, words []string, text []byte) {
	data, err := os.ReadFile(benchData + "bench-patterns.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		pats = append(pats, l)
		if w, ok := strings.CutPrefix(l, `/\b`); ok && strings.HasSuffix(w, `\b/i`) {
			words = append(words, strings.TrimSuffix(w, `\b/i`))
		}
	}
	if text, err = os.ReadFile(benchData + "bench-text.txt"); err != nil {
		b.Fatal(err)
	}
	return pats, words, text
}

// BenchmarkVsOracle reports, for each workload, our time per iteration
// and its ratio to the oracle's (rspamd 4.1.5 through its Lua API, so the
// oracle side includes Lua call overhead).
func BenchmarkVsOracle(b *testing.B) {
	times := oracleBench(b)
	pats, words, text := benchInputs(b)
	b.Run("pcre", func(b *testing.B) {
		res := make([]*re.Regexp, len(pats))
		for i, p := range pats {
			r, err := re.Compile(p)
			if err != nil {
				b.Fatal(err)
			}
			res[i] = r
		}
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			for _, r := range res {
				r.MatchN(text, -1, false)
			}
		}
		oraclebench.ReportRatio(b, times["pcre"])
	})
	b.Run("trie", func(b *testing.B) {
		tr := trie.New(trie.ICase)
		for _, w := range words {
			tr.Add(w, trie.ICase)
		}
		if err := tr.Compile(); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			tr.Lookup(text, func(int, int, int) int { return 0 })
		}
		oraclebench.ReportRatio(b, times["trie"])
	})
}
