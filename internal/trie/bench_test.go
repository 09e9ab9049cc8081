package trie

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/hyperscan"
	"github.com/gorspamd/rspamd/internal/re"
)

// benchPatterns reads testdata/bench-patterns.txt (rspamd /body/flags
// syntax).
func benchPatterns(b *testing.B) []string {
	b.Helper()
	f, err := os.Open("testdata/bench-patterns.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var pats []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			pats = append(pats, l)
		}
	}
	return pats
}

// benchText is 16 KiB of message-like text with a few spam words.
func benchText(b *testing.B) []byte {
	b.Helper()
	text, err := os.ReadFile("testdata/bench-text.txt")
	if err != nil {
		b.Fatal(err)
	}
	return text
}

// BenchmarkMultiPCRE2 searches the set one PCRE2 JIT regexp at a time,
// counting every match, as the regexp cache does without Hyperscan.
func BenchmarkMultiPCRE2(b *testing.B) {
	pats := benchPatterns(b)
	res := make([]*re.Regexp, len(pats))
	for i, p := range pats {
		r, err := re.Compile(p)
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		res[i] = r
	}
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, r := range res {
			n += r.MatchN(text, -1, false)
		}
	}
	b.ReportMetric(float64(n), "matches")
}

// hsBenchDB compiles the set into one Hyperscan database.
func hsBenchDB(b *testing.B, extra hyperscan.Flag) (*hyperscan.Database, *hyperscan.Scratch) {
	if !hyperscan.Available() {
		b.Skip("hyperscan does not run here")
	}
	pats := benchPatterns(b)
	exprs := make([]hyperscan.Expression, len(pats))
	for i, p := range pats {
		r, err := re.Compile(p)
		if err != nil {
			b.Fatal(err)
		}
		fl := extra
		if r.PCREFlags()&re.PCRECaseless != 0 {
			fl |= hyperscan.Caseless
		}
		if r.PCREFlags()&re.PCREDotAll != 0 {
			fl |= hyperscan.DotAll
		}
		exprs[i] = hyperscan.Expression{Pattern: r.Pattern(), Flags: fl, ID: uint32(i)}
	}
	db, err := hyperscan.Compile(exprs)
	if err != nil {
		b.Fatal(err)
	}
	s, err := hyperscan.NewScratch(db)
	if err != nil {
		b.Fatal(err)
	}
	return db, s
}

func benchHyperscan(b *testing.B, extra hyperscan.Flag) {
	db, s := hsBenchDB(b, extra)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	count := func(uint32, uint64, uint64) bool { n++; return false }
	for b.Loop() {
		n = 0
		if _, err := s.Scan(db, text, count); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "matches")
}

// BenchmarkMultiHyperscan scans the set at once, every match end reported.
func BenchmarkMultiHyperscan(b *testing.B) { benchHyperscan(b, 0) }

// BenchmarkMultiHyperscanSingle reports each pattern once (which
// patterns match at all, the regexp cache's first question).
func BenchmarkMultiHyperscanSingle(b *testing.B) { benchHyperscan(b, hyperscan.SingleMatch) }

// BenchmarkTrieLiteral looks the plain words up with the trie, on
// Hyperscan and on the Aho-Corasick fallback.
func BenchmarkTrieLiteral(b *testing.B) {
	var words []string
	for _, p := range benchPatterns(b) {
		if w, ok := strings.CutPrefix(p, `/\b`); ok {
			words = append(words, strings.TrimSuffix(w, `\b/i`))
		}
	}
	text := benchText(b)
	for _, engine := range []struct {
		name  string
		useHS bool
	}{{"hyperscan", true}, {"ac", false}} {
		b.Run(engine.name, func(b *testing.B) {
			tr := build(b, engine.useHS, ICase, words...)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				tr.Lookup(text, func(int, int, int) int { return 0 })
			}
		})
	}
}
