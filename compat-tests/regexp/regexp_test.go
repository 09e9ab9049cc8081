package regexp_test

import (
	"log/slog"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/re"
)

// luaRegexp plays the part of the rspamd{regexp} Lua adapter over
// internal/re, the way internal/luaapi is expected to.
type luaRegexp struct {
	logs *logCapture
}

// create is rspamd_regexp.create(pat[, flags]).
func (l *luaRegexp) create(pat string, flags string, hasFlags bool) *re.Regexp {
	var r *re.Regexp
	var err error
	if hasFlags {
		r, err = re.CompileFlags(pat, flags)
	} else {
		r, err = re.Compile(pat)
	}
	if err != nil {
		l.logs.add("cannot parse regexp: %s, error: %s", cconv.CString(pat), err)
		return nil
	}
	return r
}

func (l *luaRegexp) search(r *re.Regexp, subj string, raw, captures bool) any {
	text := []byte(subj)
	var out []any
	r.Each(text, raw, captures, func(m []int) {
		if !captures {
			out = append(out, hs(subj[m[0]:m[1]]))
			return
		}
		var caps []any
		for i := 0; i < len(m); i += 2 {
			if m[i] < 0 {
				caps = append(caps, hs(""))
			} else {
				caps = append(caps, hs(subj[m[i]:m[i+1]]))
			}
		}
		out = append(out, caps)
	})
	if out == nil {
		return nil
	}
	return out
}

func (l *luaRegexp) split(r *re.Regexp, subj string) any {
	var out []any
	r.Split([]byte(subj), func(a, b int) { out = append(out, hs(subj[a:b])) })
	if out == nil {
		return nil
	}
	return out
}

func TestRegexpGolden(t *testing.T) {
	g := loadGolden(t)
	cases := g.cases
	re.Init(false) // its JIT notice is logged at start-up by the oracle
	logs := &logCapture{}
	re.SetLogger(slog.New(logs))
	defer re.SetLogger(nil)
	l := &luaRegexp{logs: logs}
	tl := newTally()
	if v := g.versions["pcre2"]; !strings.HasPrefix(re.PCRE2Version(), v+" ") {
		t.Logf("linked PCRE2 %s, the oracle has %s: PCRE2's own messages may differ", re.PCRE2Version(), v)
		tl.pcreMessages = true
	}
	cache := re.NewCache()
	var cacheA, cacheB *re.Regexp
	destroyed := false

	for i := range cases {
		c := &cases[i]
		op, _ := c.fields["op"].(string)
		logs.take()
		var got any
		switch op {
		case "compile":
			flags, hasFlags := c.optStr(t, "flags")
			r := l.create(c.str(t, "pat"), flags, hasFlags)
			got = map[string]any{"res": nil, "str": nil}
			if r != nil {
				got = map[string]any{"res": hs(r.Pattern()), "str": hs(r.String())}
			}
			tl.check(t, c, map[string]any{"res": c.fields["res"], "str": c.fields["str"]}, got, logs.take())
			continue
		case "search", "match", "matchn", "split":
			r := l.create(c.str(t, "pat"), "", false)
			if lim, ok := c.fields["limit"]; ok {
				r.SetMatchLimit(int(lim.(float64)))
			}
			subj := c.str(t, "subj")
			raw := c.flag("raw")
			logs.take()
			switch op {
			case "search":
				got = l.search(r, subj, raw, c.flag("cap"))
			case "match":
				got = len(subj) > 0 && r.Match([]byte(subj), raw)
			case "matchn":
				got = r.MatchN([]byte(subj), c.num(t, "max"), raw)
			case "split":
				got = l.split(r, subj)
			}
		case "maxhits":
			r := l.create(c.str(t, "pat"), "", false)
			got = []any{r.MaxHits(), r.SetMaxHits(5), r.MaxHits(), r.SetMaxHits(0), r.MaxHits()}
		case "glob", "plain":
			flags, hasFlags := c.optStr(t, "flags")
			pat := c.str(t, "pat")
			ef := re.EscapeFlags(0)
			if op == "glob" {
				ef = re.EscapeGlob | re.EscapeUTF
			}
			r, err := importRegexp(pat, ef, flags, hasFlags)
			if err != nil {
				logs.add("cannot parse regexp: %s, error: %s", cconv.CString(pat), err)
			} else {
				got = hs(r.Pattern())
			}
		case "globmatch":
			flags, _ := c.optStr(t, "flags")
			pat, subj := c.str(t, "pat"), c.str(t, "subj")
			r, err := importRegexp(pat, re.EscapeGlob|re.EscapeUTF, flags, true)
			if err != nil {
				logs.add("cannot parse regexp: %s, error: %s", cconv.CString(pat), err)
			} else {
				got = r.Match([]byte(subj), false)
			}
		case "cache":
			got = cacheStep(t, c, cache, l, &cacheA, &cacheB, &destroyed)
		default:
			if !strings.HasPrefix(op, "trie_") {
				t.Fatalf("golden line %d: unknown op %q", c.line, op)
			}
			continue
		}
		tl.check(t, c, c.fields["res"], got, logs.take())
	}
	tl.report(t)
}

// importRegexp is rspamd_regexp.import_glob/import_plain.
func importRegexp(s string, ef re.EscapeFlags, flags string, hasFlags bool) (*re.Regexp, error) {
	esc := re.Escape(s, ef)
	if hasFlags {
		return re.CompileFlags(esc, flags)
	}
	return re.Compile(esc)
}

// cacheStep replays the create_cached/get_cached/destroy scenario of gen.lua.
func cacheStep(t *testing.T, c *goldenCase, cache *re.Cache, l *luaRegexp, a, b **re.Regexp, destroyed *bool) any {
	create := func(pat string) *re.Regexp {
		r, err := cache.Create(pat)
		if err != nil {
			l.logs.add("cannot parse regexp: %s, error: %s", pat, err)
			return nil
		}
		return r
	}
	switch step, _ := c.fields["step"].(string); step {
	case "shared":
		*a = create("/cached/i")
		(*a).SetMaxHits(7)
		*b = create("/cached/i")
		cc := cache.Get("/cached/i", "")
		return []any{(*b).MaxHits(), cc.MaxHits()}
	case "keyconcat":
		d, err := cache.CreateFlags("cachedflags", "i")
		if err != nil {
			t.Fatal(err)
		}
		d.SetMaxHits(3)
		e := cache.Get("icachedflags", "")
		if e == nil {
			return []any{false, -1, false}
		}
		return []any{hs(e.Pattern()), e.MaxHits(), e.Match([]byte("CACHEDFLAGS"), false)}
	case "miss":
		return []any{cache.Get("/never/", "") == nil}
	case "create_not_cached":
		f := l.create("/cached/i", "", false)
		return []any{f.MaxHits()}
	case "destroyed":
		cache.Remove(*a)
		*destroyed = true
		return []any{cache.Get("/cached/i", "") == nil, *destroyed, (*b).MaxHits()}
	case "recreated":
		return []any{create("/cached/i").MaxHits()}
	case "bad":
		return []any{create("/bad(/") == nil, cache.Get("/bad(/", "") == nil}
	}
	t.Fatalf("golden line %d: unknown cache step", c.line)
	return nil
}
