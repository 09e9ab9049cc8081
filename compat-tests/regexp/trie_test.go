package regexp_test

import (
	"log/slog"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/hyperscan"
	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/trie"
)

// luaTrie plays the part of the rspamd{trie} Lua adapter over
// internal/trie.
type luaTrie struct {
	logs *logCapture
}

// create is rspamd_trie.create(patterns[, flags]).
func (l *luaTrie) create(pats []string, flags *int) *trie.Trie {
	fl := trie.ICase | trie.Glob
	if flags != nil {
		fl = trie.Flags(*flags)
	}
	t := trie.New(fl)
	for _, p := range pats {
		t.Add(p, fl)
	}
	if err := t.Compile(); err != nil {
		l.logs.add("cannot compile multipattern: %s", err)
		return nil
	}
	return t
}

// search is lua_trie_search_str: the lookup result as Lua sees it.
func search(t *trie.Trie, text string, fn func(pat, start, end int) int) bool {
	n, ret := t.Lookup([]byte(text), fn)
	if ret != 0 {
		return true
	}
	return n != 0
}

func pos(start, end int, reportStart bool) any {
	if reportStart {
		return []any{start, end}
	}
	return end
}

// matchTable is trie:match(text[, report_start]) without a callback.
func (l *luaTrie) matchTable(t *trie.Trie, text string, reportStart bool) any {
	res := map[int]any{}
	search(t, text, func(pat, start, end int) int {
		lst, _ := res[pat+1].([]any)
		res[pat+1] = append(lst, pos(start, end, reportStart))
		return 0
	})
	return luaTable(res)
}

// matchCallback is trie:match(text, cb, report_start) with gen.lua's
// callback, which stops after three calls.
func (l *luaTrie) matchCallback(t *trie.Trie, texts []string, reportStart bool) any {
	var calls []any
	found := false
	for _, text := range texts {
		if search(t, text, func(pat, start, end int) int {
			calls = append(calls, []any{pat + 1, pos(start, end, reportStart)})
			if len(texts) == 1 && len(calls) >= 3 {
				return 1
			}
			return 0
		}) {
			found = true
		}
	}
	if calls == nil {
		calls = []any{}
	}
	return []any{found, calls}
}

func TestTrieGolden(t *testing.T) {
	if !trie.HasHyperscan() {
		// Upstream without Hyperscan differs too (ACISM, raw regexps).
		t.Skip("the oracle's tries run on Hyperscan, which is not available here")
	}
	g := loadGolden(t)
	logs := &logCapture{}
	re.SetLogger(slog.New(logs))
	defer re.SetLogger(nil)
	l := &luaTrie{logs: logs}
	tl := newTally()
	if v := g.versions["pcre2"]; !strings.HasPrefix(re.PCRE2Version(), v+" ") {
		tl.pcreMessages = true
	}
	if trie.HasHyperscan() {
		t.Logf("hyperscan %s (the oracle has %s)", hyperscan.Version(), g.versions["hyperscan"])
	}
	tries := map[string]*trie.Trie{}

	for i := range g.cases {
		c := &g.cases[i]
		op, _ := c.fields["op"].(string)
		if !strings.HasPrefix(op, "trie_") {
			continue
		}
		logs.take()
		var got any
		key := c.raw
		pats, hasPats := c.strs(t, "pats")
		if hasPats {
			key = c.fields["fname"].(string) + "/" + strings.Join(pats, "\x00")
		}
		var flags *int
		if _, ok := c.fields["flags"]; ok {
			f := c.num(t, "flags")
			flags = &f
		}
		switch op {
		case "trie_flags":
			got = []any{trie.Glob, trie.RE, trie.ICase, trie.UTF8, trie.TLD, trie.DotAll,
				trie.SingleMatch, trie.NoStart, trie.SOM}
		case "trie_hs":
			got = trie.HasHyperscan()
		case "trie_create":
			tr := l.create(pats, flags)
			tries[key] = tr
			got = tr != nil
		case "trie_match":
			tr := tries[key]
			got = l.matchTable(tr, c.str(t, "subj"), c.flag("start"))
		case "trie_cb":
			tr := tries[key]
			if texts, ok := c.strs(t, "multi"); ok {
				// Upstream reads report_start from the wrong stack slot
				// when iterating a table: it is always true.
				got = l.matchCallback(tr, texts, true)
			} else {
				got = l.matchCallback(tr, []string{c.str(t, "subj")}, true)
			}
		default:
			t.Fatalf("golden line %d: unknown op %q", c.line, op)
		}
		tl.check(t, c, c.fields["res"], got, logs.take())
	}
	tl.report(t)
}
