package trie

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gorspamd/rspamd/internal/hyperscan"
)

type hit struct{ pat, start, end int }

func build(t testing.TB, useHS bool, flags Flags, pats ...string) *Trie {
	t.Helper()
	if useHS && !hyperscan.Available() {
		t.Skip("hyperscan does not run here")
	}
	tr := newTrie(flags, useHS)
	for _, p := range pats {
		tr.Add(p, flags)
	}
	if err := tr.Compile(); err != nil {
		t.Fatalf("Compile: %v", err)
	}
	return tr
}

func hits(tr *Trie, text string) []hit {
	var out []hit
	tr.Lookup([]byte(text), func(pat, start, end int) int {
		out = append(out, hit{pat, start, end})
		return 0
	})
	return out
}

func sortHits(h []hit) []hit {
	slices.SortFunc(h, func(a, b hit) int {
		if a.end != b.end {
			return a.end - b.end
		}
		if a.start != b.start {
			return a.start - b.start
		}
		return a.pat - b.pat
	})
	return h
}

func TestACOrder(t *testing.T) {
	tr := build(t, false, 0, "ab", "b", "abc", "c", "ab")
	// Longest first at each end; of the two "ab" only the last is kept.
	want := []hit{{4, 0, 2}, {1, 1, 2}, {2, 0, 3}, {3, 2, 3}}
	if got := hits(tr, "abc"); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	ci := build(t, false, ICase, "foo", "FOO")
	if got := hits(ci, "fOo FOO"); !slices.Equal(got, []hit{{0, 0, 3}, {0, 4, 7}}) {
		t.Fatalf("caseless: %v", got)
	}
}

// TestACAgreesWithHyperscan compares the fallback automaton with
// Hyperscan on random literal sets.
func TestACAgreesWithHyperscan(t *testing.T) {
	if !hyperscan.Available() {
		t.Skip("hyperscan does not run here")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	for round := 0; round < 200; round++ {
		// TLD patterns keep their dots unescaped for Hyperscan (as
		// upstream), so they only agree on dotless suffixes.
		flags, alphabet := Flags(0), "abc."
		if round%2 == 1 {
			flags, alphabet = TLD, "abc"
		}
		seen := map[string]bool{}
		var pats []string
		for len(pats) < 1+rng.IntN(8) {
			if w := word(alphabet, 1+rng.IntN(4)); !seen[w] {
				seen[w] = true
				pats = append(pats, w)
			}
		}
		ac, hs := build(t, false, flags, pats...), build(t, true, flags, pats...)
		text := word("abc.", rng.IntN(40))
		a, h := sortHits(hits(ac, text)), sortHits(hits(hs, text))
		if !slices.Equal(a, h) {
			t.Fatalf("patterns %q flags %d text %q:\n ac %v\n hs %v", pats, flags, text, a, h)
		}
	}
}

func TestTLD(t *testing.T) {
	for _, useHS := range []bool{false, true} {
		t.Run(fmt.Sprint("hyperscan=", useHS), func(t *testing.T) {
			tr := build(t, useHS, TLD, "com", "*.co.uk")
			got := hits(tr, "a.com b.comx c.co.uk.d")
			want := []hit{{0, 1, 5}, {1, 14, 20}}
			if !slices.Equal(got, want) {
				t.Fatalf("got %v, want %v", got, want)
			}
		})
	}
}

func TestRegexFallbackQuirks(t *testing.T) {
	// Glob patterns are compiled as regexps as they are, without the
	// caseless flag.
	g := build(t, false, Glob|ICase, "a.c", "x+")
	if got := hits(g, "abc ABC xx"); !slices.Equal(got, []hit{{0, 0, 3}, {1, 8, 10}}) {
		t.Fatalf("glob fallback: %v", got)
	}
	if err := newTrieWith(false, Glob, "*.com").Compile(); err == nil {
		t.Fatal("glob fallback compiled a bare quantifier")
	}
	// UTF-8 sets use 'u' regexps searched in raw mode: never a match.
	u := build(t, false, RE|UTF8, "a")
	if got := hits(u, "aaa"); len(got) != 0 {
		t.Fatalf("utf8 fallback matched %v", got)
	}
}

func newTrieWith(useHS bool, flags Flags, pats ...string) *Trie {
	tr := newTrie(flags, useHS)
	for _, p := range pats {
		tr.Add(p, flags)
	}
	return tr
}

func TestHyperscanPatterns(t *testing.T) {
	if !hyperscan.Available() {
		t.Skip("hyperscan does not run here")
	}
	tr := newTrieWith(true, ICase|Glob, "*.example.com", "a.b", "é?")
	tr.Add("co.uk", TLD)
	tr.Add("x(y", RE)
	want := []string{`.*\.example\.com`, `a\.b`, `\xc3\xa9.?`, `\.co.uk`, `x(y`}
	for i, w := range want {
		if got := tr.Pattern(i); got != w {
			t.Errorf("pattern %d = %q, want %q", i, got, w)
		}
	}
	err := tr.Compile()
	if err == nil || err.Error() != "cannot create tree of regexp when processing 'x(y': Missing close parenthesis for group started at index 1." {
		t.Fatalf("got %v", err)
	}
	if tr.Len() != 5 {
		t.Fatal("Len")
	}
}

func TestStopAndCounts(t *testing.T) {
	for _, useHS := range []bool{false, true} {
		for _, flags := range []Flags{0, RE} {
			tr := build(t, useHS, flags, "a")
			n := 0
			nfound, ret := tr.Lookup([]byte("aaaaa"), func(int, int, int) int {
				n++
				if n == 3 {
					return 7
				}
				return 0
			})
			if nfound != 3 || ret != 7 {
				t.Errorf("hyperscan=%v flags=%d: nfound %d ret %d", useHS, flags, nfound, ret)
			}
			if nfound, ret := tr.Lookup(nil, nil); nfound != 0 || ret != 0 {
				t.Error("empty text")
			}
		}
	}
	empty := build(t, false, 0)
	if n, _ := empty.Lookup([]byte("abc"), nil); n != 0 {
		t.Error("empty trie")
	}
}

func TestModeFallback(t *testing.T) {
	if !hyperscan.Available() {
		t.Skip("hyperscan does not run here")
	}
	tr := newTrieWith(true, TLD, "com", "org")
	tr.SetMode(ModeFallback)
	if err := tr.Compile(); err != nil {
		t.Fatal(err)
	}
	before := hits(tr, "x.com y.org")
	<-tr.Ready()
	if !tr.HyperscanReady() {
		t.Fatal("hyperscan not ready after Ready")
	}
	after := hits(tr, "x.com y.org")
	if !slices.Equal(before, after) || len(after) != 2 {
		t.Fatalf("before %v after %v", before, after)
	}
}

// TestModeNoHyperscan checks that the mode keeps the Aho-Corasick
// fallback where Hyperscan runs: the "www\." pattern stays literal.
func TestModeNoHyperscan(t *testing.T) {
	tr := New(ICase | UTF8)
	tr.SetMode(ModeNoHyperscan)
	tr.Add(`www\.[0-9a-z]`, ICase|UTF8|RE)
	tr.Add("com", ICase|UTF8|TLD)
	if err := tr.Compile(); err != nil {
		t.Fatal(err)
	}
	<-tr.Ready()
	if tr.HyperscanReady() || tr.Pattern(1) != ".com" {
		t.Fatalf("hyperscan %v, pattern %q", tr.HyperscanReady(), tr.Pattern(1))
	}
	want := []hit{{0, 0, 13}, {1, 15, 19}}
	if got := hits(tr, `WWW\.[0-9A-Z] x.COM`); !slices.Equal(got, want) {
		t.Errorf("hits %v, want %v", got, want)
	}
}

// TestDenseNodes checks lookups through nodes with full transition tables
// (the root, and here a dot followed by 40 suffixes) against a naive
// search.
func TestDenseNodes(t *testing.T) {
	var pats []string
	for i := range 40 {
		pats = append(pats, string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	tr := build(t, false, ICase|TLD, pats...)
	text := "x.ab y.Ba z.zb .q .aa."
	var want []hit
	for end := 1; end <= len(text); end++ {
		for i, p := range tr.pats {
			start := end - len(p.plain)
			if start >= 0 && strings.EqualFold(text[start:end], p.plain) && (end == len(text) || !isAlnum(text[end])) {
				want = append(want, hit{i, start, end})
			}
		}
	}
	if got := hits(tr, text); !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("hits %v, want %v", got, want)
	}
}

func TestReentrantAndConcurrent(t *testing.T) {
	for _, useHS := range []bool{false, true} {
		tr := build(t, useHS, 0, "ab", "b")
		inner := 0
		tr.Lookup([]byte("abab"), func(int, int, int) int {
			inner += len(hits(tr, "ab"))
			return 0
		})
		if inner != 8 {
			t.Fatalf("hyperscan=%v: nested lookups saw %d hits", useHS, inner)
		}
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 100; i++ {
					if n := len(hits(tr, "abab")); n != 4 {
						t.Errorf("got %d hits", n)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
}

// FuzzLookup builds tries from arbitrary patterns and flags on both
// engines: compile errors are fine, panics and out-of-range spans are not.
func FuzzLookup(f *testing.F) {
	f.Add("com\n*.co.uk", uint16(TLD), "a.com b.co.uk")
	f.Add("a*b\n?x", uint16(Glob|ICase), "AAB zx")
	f.Add("\\d+\n(a|b)", uint16(RE|SingleMatch), "12 ab")
	f.Add("é\n\x00", uint16(UTF8|ICase), "é\x00\xff")
	f.Fuzz(func(t *testing.T, pats string, flags uint16, text string) {
		fl := Flags(flags) & (SOM<<1 - 1)
		for _, useHS := range []bool{false, hyperscan.Available()} {
			tr := newTrieWith(useHS, fl, strings.Split(pats, "\n")...)
			if tr.Compile() != nil {
				continue
			}
			tr.Lookup([]byte(text), func(pat, start, end int) int {
				if pat < 0 || pat >= tr.Len() || start < 0 || start > end || end > len(text) {
					t.Fatalf("bad hit %d %d..%d", pat, start, end)
				}
				return 0
			})
		}
	})
}
