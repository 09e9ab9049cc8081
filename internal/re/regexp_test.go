package re

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

func mustCompile(t testing.TB, pattern string) *Regexp {
	t.Helper()
	r, err := Compile(pattern)
	if err != nil {
		t.Fatalf("Compile(%q): %v", pattern, err)
	}
	return r
}

// recorder captures log messages.
type recorder struct {
	mu   sync.Mutex
	msgs []string
}

func (r *recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *recorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	r.msgs = append(r.msgs, rec.Level.String()+" "+rec.Message)
	r.mu.Unlock()
	return nil
}
func (r *recorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *recorder) WithGroup(string) slog.Handler      { return r }

func record(t *testing.T) *recorder {
	rec := &recorder{}
	SetLogger(slog.New(rec))
	t.Cleanup(func() { SetLogger(nil) })
	return rec
}

func spans(r *Regexp, text string, raw, captures bool) [][]int {
	var out [][]int
	r.Each([]byte(text), raw, captures, func(m []int) { out = append(out, append([]int(nil), m...)) })
	return out
}

func TestSearchIsIncrementalOnANewSubject(t *testing.T) {
	// Each search hands PCRE2 text[from:], so ^ and \b match again.
	for _, tt := range []struct {
		pattern, text string
		want          int
	}{
		{"/^a/", "aaa", 3},
		{`/\ba/`, "aaa", 3},
		{"/(?<=a)b/", "abab", 2},
		{"/a*/", "baa", 1}, // an empty match ends the search
		{"/x/", "aaa", 0},
	} {
		r := mustCompile(t, tt.pattern)
		if got := len(spans(r, tt.text, false, false)); got != tt.want {
			t.Errorf("%s on %q: %d matches, want %d", tt.pattern, tt.text, got, tt.want)
		}
	}
}

func TestSearchContract(t *testing.T) {
	r := mustCompile(t, "/b+/")
	if s, e, ok := r.Search([]byte("abbcb"), 0, false); !ok || s != 1 || e != 3 {
		t.Fatalf("Search = %d %d %v", s, e, ok)
	}
	if s, e, ok := r.Search([]byte("abbcb"), 3, false); !ok || s != 4 || e != 5 {
		t.Fatalf("Search from 3 = %d %d %v", s, e, ok)
	}
	for _, from := range []int{5, 6, -1} {
		if s, e, ok := r.Search([]byte("abbcb"), from, false); ok || s != -1 || e != -1 {
			t.Fatalf("Search from %d = %d %d %v", from, s, e, ok)
		}
	}
	if _, _, ok := mustCompile(t, "/^$/").Search(nil, 0, false); ok {
		t.Fatal("an empty subject matched")
	}

	full := mustCompile(t, "m{ab}")
	if !full.Match([]byte("ab"), false) || full.Match([]byte("abc"), false) {
		t.Fatal("full match semantics")
	}
	// A partial match of a full-match regexp fails but reports its span.
	if s, e, ok := full.Search([]byte("xaby"), 0, false); ok || s != 1 || e != 3 {
		t.Fatalf("full partial = %d %d %v", s, e, ok)
	}

	lim := mustCompile(t, "/a$/")
	lim.SetMatchLimit(2)
	if !lim.Match([]byte("aab"), false) || lim.MatchLimit() != 2 {
		t.Fatal("the limit does not cut the subject")
	}
	if old := lim.SetMatchLimit(-5); old != 2 || lim.MatchLimit() != 0 {
		t.Fatal("a negative limit is not 0")
	}
}

func TestMatchExact(t *testing.T) {
	r := mustCompile(t, "/a+/")
	for text, want := range map[string]bool{"aaa": true, "aab": false, "baa": false, "": false} {
		if got := r.MatchExact([]byte(text), false); got != want {
			t.Errorf("MatchExact(%q) = %v", text, got)
		}
	}
}

func TestUTF8Mode(t *testing.T) {
	rec := record(t)
	u := mustCompile(t, "/(a)(.)/u")
	if u.NumCaptures() != 0 {
		t.Fatalf("a UTF-8 regexp reports %d groups", u.NumCaptures())
	}
	if got := spans(u, "aé", false, true); len(got) != 1 || len(got[0]) != 2 || got[0][1] != 3 {
		t.Fatalf("captures %v", got)
	}
	if u.Match([]byte("ab"), true) {
		t.Fatal("a UTF-8 regexp matched in raw mode")
	}
	if u.Match([]byte("a\xff"), false) {
		t.Fatal("invalid UTF-8 matched")
	}
	if u.JIT() && (len(rec.msgs) != 1 || rec.msgs[0] != "ERROR bad utf8 input for JIT re '(a)(.)'") {
		t.Fatalf("logs %q", rec.msgs)
	}
	raw := mustCompile(t, "/(a)(.)/")
	if got := spans(raw, "a\xff", true, true); len(got) != 1 || len(got[0]) != 6 {
		t.Fatalf("raw captures %v", got)
	}
}

func TestCaptures(t *testing.T) {
	r := mustCompile(t, "/(a)|(b)/")
	got := spans(r, "xbxa", false, true)
	want := [][]int{{1, 2, -1, -1, 1, 2}, {3, 4, 3, 4}}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if !equalInts(got[i], want[i]) {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMatchNAndSplit(t *testing.T) {
	r := mustCompile(t, "/a/")
	for max, want := range map[int]int{-1: 4, 0: 1, 2: 2, 10: 4} {
		if got := r.MatchN([]byte("aaaa"), max, false); got != want {
			t.Errorf("MatchN(%d) = %d, want %d", max, got, want)
		}
	}
	split := func(pattern, text string) []string {
		var out []string
		mustCompile(t, pattern).Split([]byte(text), func(a, b int) { out = append(out, text[a:b]) })
		return out
	}
	for _, tt := range []struct {
		pattern, text string
		want          []string
	}{
		{`/,\s*/`, "a, b,c,,d", []string{"a", "b", "c", "d"}},
		{"/b*/", "abbc", []string{"abbc"}},
		{"m{ab}", "xabyabz", []string{"yabz"}},
		{"/x/", "", nil},
		{"/a/", "a", nil},
	} {
		if got := split(tt.pattern, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("split %s %q = %q, want %q", tt.pattern, tt.text, got, tt.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	_, err := Compile("/a(b/")
	var ce *CompileError
	if !errors.As(err, &ce) || ce.Pattern != "a(b" || ce.Message != "missing closing parenthesis" {
		t.Fatalf("got %v", err)
	}
	if _, err := CompileFlags("abc", "q"); err == nil || err.Error() != "invalid regexp flag: q in pattern abc" {
		t.Fatalf("got %v", err)
	}
	rec := record(t)
	r := mustCompile(t, "/abc/iq")
	if r.PCREFlags() != PCRECaseless || len(rec.msgs) != 1 || rec.msgs[0] != "WARN invalid flag 'q' in pattern /abc/iq" {
		t.Fatalf("flags %#x logs %q", r.PCREFlags(), rec.msgs)
	}
}

func TestAccessors(t *testing.T) {
	r, err := CompileFlags("a(b)c", "i")
	if err != nil {
		t.Fatal(err)
	}
	if r.Pattern() != "a(b)c" || r.String() != "a(b)c" || r.Key() != "ia(b)c" || r.NumCaptures() != 1 {
		t.Fatalf("accessors: %q %q %q %d", r.Pattern(), r.String(), r.Key(), r.NumCaptures())
	}
	if r.SetMaxHits(3) != 0 || r.MaxHits() != 3 {
		t.Fatal("max hits")
	}
	old := r.SetFlags(r.Flags() | FlagPCREOnly)
	if old&FlagPCREOnly != 0 || r.Flags()&FlagPCREOnly == 0 {
		t.Fatal("flags")
	}
}

func TestJITDisabledByInit(t *testing.T) {
	Init(true)
	defer Init(false)
	r := mustCompile(t, "/b/")
	if r.JIT() || r.Flags()&FlagDisableJIT == 0 {
		t.Fatal("JIT used after Init(true)")
	}
	if !r.Match([]byte("abc"), false) {
		t.Fatal("interpreter does not match")
	}
}

func TestMatchLimitsStopRunaways(t *testing.T) {
	r := mustCompile(t, "/(a+)+b/")
	subject := []byte(strings.Repeat("a", 40))
	if r.Match(subject, false) {
		t.Fatal("catastrophic pattern matched")
	}
}

func TestConcurrentSearches(t *testing.T) {
	r := mustCompile(t, `/(\w+)@(\w+)\.com/`)
	text := []byte(strings.Repeat("mail bob@example.com and x@y.com ", 50))
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if n := r.Each(text, false, true, func([]int) {}); n != 100 {
					t.Errorf("got %d matches", n)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestNoAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops scratches at random under the race detector")
	}
	r := mustCompile(t, `/(\w+)@(\w+)/i`)
	text := []byte("write to someone@example.com or other@example.org today")
	r.Match(text, false) // warm the scratch pool
	if n := testing.AllocsPerRun(100, func() { r.Match(text, false) }); n != 0 {
		t.Errorf("Match allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { r.Each(text, false, true, func([]int) {}) }); n != 0 {
		t.Errorf("Each allocates %v times", n)
	}
}

func BenchmarkMatchJIT(b *testing.B) {
	r := mustCompile(b, `/\b(?:viagra|cialis|casino)\b/i`)
	text := []byte(strings.Repeat("Hello, this is a perfectly normal line of a message body. ", 64))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Match(text, false)
	}
}

func BenchmarkEachCaptures(b *testing.B) {
	r := mustCompile(b, `/(\w+)@(\w+)\.com/`)
	text := []byte(strings.Repeat("mail bob@example.com and x@y.com ", 50))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Each(text, false, true, func([]int) {})
	}
}

func TestUTFVerbOnInvalidInput(t *testing.T) {
	r := mustCompile(t, "/(*UTF)a.b/")
	if !r.Match([]byte("aéb"), false) {
		t.Fatal("valid input")
	}
	if r.Match([]byte("a\xffb\xfe"), false) {
		t.Fatal("invalid input matched")
	}
}
