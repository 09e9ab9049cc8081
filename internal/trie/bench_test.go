package trie

import (
	"bufio"
	"math/rand/v2"
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
func benchText() []byte {
	filler := strings.Fields(`the of and to in is you that it he was for on are as with his they
		at be this have from or one had by word but not what all were we when your can said there
		use an each which she do how their if will up other about out many then them these so some
		her would make like him into time has look two more write go see number no way could people`)
	spam := []string{"winner", "FREE", "click here", "$1,000.00", "bit.ly/abc", "unsubscribe", "Viagra"}
	rng := rand.New(rand.NewPCG(42, 42))
	var sb strings.Builder
	for sb.Len() < 16<<10 {
		if rng.IntN(60) == 0 {
			sb.WriteString(spam[rng.IntN(len(spam))])
		} else {
			sb.WriteString(filler[rng.IntN(len(filler))])
		}
		if rng.IntN(12) == 0 {
			sb.WriteString(".\r\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	return []byte(sb.String())
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
	text := benchText()
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
	text := benchText()
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
	text := benchText()
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
