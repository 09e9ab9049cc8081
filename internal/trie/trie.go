// Package trie is rspamd's multipattern matcher (libutil/multipattern.c,
// the engine of the Lua rspamd_trie module, the URL TLD matcher and other
// literal sets): many literal, glob or regexp patterns searched for in one
// pass.
//
// Where Hyperscan runs (see internal/hyperscan) every pattern becomes a
// Hyperscan expression, exactly as upstream builds them, and matches are
// reported in Hyperscan's order (by end offset) with leftmost starts.
// Without it, literal and TLD sets use an Aho-Corasick automaton reporting
// like upstream's ACISM, and glob/regexp sets fall back to one PCRE2
// regexp per pattern, searched pattern by pattern, with upstream's quirks
// (the pattern text is compiled as a regexp as it is, and UTF-8 sets never
// match because the fallback searches in raw mode).
//
// A compiled Trie is safe for concurrent lookups; a lookup may be
// re-entered from its own callback.
//
// # Notes for the Lua adapter
//
// rspamd_trie.create(patterns[, flags]) is New(flags) (ICase|Glob when
// argument 2 is not a number), Add(p, flags) for each string (or number)
// value in lua_next order, then Compile; on error upstream logs "cannot
// compile multipattern: <err>" and returns nil. rspamd_trie.has_hyperscan
// is HasHyperscan. trie:match(input[, cb][, report_start]) takes a string,
// an rspamd{text} or a table of them; each lookup counts as found when
// Lookup returns ret != 0 or nfound != 0. Without a callback the result is
// a table indexed by pattern number (index+1) listing match ends, or
// {start, end} pairs when report_start is true. With a callback (argument
// 3) it is called as cb(index+1, end or {start, end}); a nonzero numeric
// return stops the lookup; match returns found. Upstream quirks: with a
// table input report_start is read from the wrong stack slot and is always
// true in callback mode, and table mode without a callback crashes
// upstream (do something sane there).
package trie

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/hyperscan"
	"github.com/gorspamd/rspamd/internal/re"
)

// Flags select how patterns are read and matched (upstream's
// RSPAMD_MULTIPATTERN_*, same values, exposed to Lua as rspamd_trie.flags).
type Flags uint32

// Pattern flags.
const (
	// ICase matches caseless.
	ICase Flags = 1 << 0
	// UTF8 treats patterns and text as UTF-8.
	UTF8 Flags = 1 << 1
	// TLD patterns ("com", "*.co.uk") match a dot and the suffix, not
	// followed by an ASCII letter or digit.
	TLD Flags = 1 << 2
	// Glob patterns: * ? + are wildcards.
	Glob Flags = 1 << 3
	// RE patterns are regular expressions.
	RE Flags = 1 << 4
	// DotAll lets . match newlines (Hyperscan only).
	DotAll Flags = 1 << 5
	// SingleMatch reports each pattern once, without start offsets.
	SingleMatch Flags = 1 << 6
	// NoStart drops start offsets (reported as 0).
	NoStart Flags = 1 << 7
	// SOM asks for start offsets, overriding SingleMatch and NoStart.
	SOM Flags = 1 << 8
)

// Mode is how Compile behaves when Hyperscan is available.
type Mode int

const (
	// ModeSync compiles the Hyperscan database in Compile (upstream's
	// default).
	ModeSync Mode = iota
	// ModeFallback builds the Aho-Corasick/PCRE2 fallback in Compile and
	// the Hyperscan database in the background; lookups switch to
	// Hyperscan once it is ready (upstream's RSPAMD_MP_MODE_FALLBACK, used
	// for the TLD trie, there compiled by hs_helper).
	ModeFallback
	// ModeNoHyperscan never uses Hyperscan: lookups run on the
	// Aho-Corasick/PCRE2 fallback, as upstream's do in a process that
	// never receives the Hyperscan database of a ModeFallback trie
	// (rspamadm, and so the oracle's goldens).
	ModeNoHyperscan
)

// HasHyperscan reports whether tries use Hyperscan in this process.
func HasHyperscan() bool { return hyperscan.Available() }

type pattern struct {
	hs      string // the Hyperscan expression
	hsFlags hyperscan.Flag
	plain   string // the fallback form (TLD-escaped, else as given)
	tld     bool
}

// hsEngine is a compiled Hyperscan database with a free list of scratch
// spaces.
type hsEngine struct {
	db   *hyperscan.Database
	mu   sync.Mutex
	free []*hsLookup
}

// Trie is a multipattern matcher. Add patterns, Compile once, then Lookup.
type Trie struct {
	flags    Flags
	mode     Mode
	useHS    bool
	pats     []pattern
	compiled bool

	hs    atomic.Pointer[hsEngine]
	ac    *acTrie      // literal/TLD fallback
	res   []*re.Regexp // glob/regexp fallback
	ready chan struct{}
}

// New returns an empty trie whose flags apply to every pattern.
func New(flags Flags) *Trie { return newTrie(flags, hyperscan.Available()) }

// newTrie lets tests choose the engine.
func newTrie(flags Flags, useHS bool) *Trie {
	return &Trie{flags: flags, useHS: useHS, ready: make(chan struct{})}
}

// SetMode chooses the compile mode; it must precede Compile.
func (t *Trie) SetMode(m Mode) {
	t.mode = m
	if m == ModeNoHyperscan {
		t.useHS = false
	}
}

// Len returns the number of patterns.
func (t *Trie) Len() int { return len(t.pats) }

// Pattern returns pattern i in the form the active engine compiled it
// (rspamd_multipattern_get_pattern).
func (t *Trie) Pattern(i int) string {
	if t.useHS {
		return t.pats[i].hs
	}
	return t.pats[i].plain
}

// Add appends a pattern; flags are the pattern's own (Lua passes the
// trie's flags again). Add must precede Compile.
func (t *Trie) Add(pat string, flags Flags) {
	if t.compiled {
		panic("trie: Add after Compile")
	}
	p := pattern{plain: escapeFallback(pat, flags), tld: flags&TLD != 0}
	if t.useHS {
		p.hs = hsPattern(pat, flags)
		p.hsFlags = hsFlags(t.flags|flags, p.tld)
	}
	t.pats = append(t.pats, p)
}

// escapeFallback is the form a pattern takes for ACISM and the regexp
// fallback: TLD patterns "blah" and "*.blah" become ".blah"; others stay.
func escapeFallback(pat string, flags Flags) string {
	if flags&TLD == 0 {
		return pat
	}
	if pat != "" && pat[0] == '*' {
		for i := 0; i < len(pat); i++ {
			if pat[i] == '.' {
				return "." + pat[i+1:]
			}
		}
	}
	return "." + pat
}

// hsPattern is the Hyperscan expression for a pattern, as upstream
// escapes it.
func hsPattern(pat string, flags Flags) string {
	esc := re.EscapeFlags(0)
	if flags&UTF8 != 0 {
		esc |= re.EscapeUTF
	}
	switch {
	case flags&TLD != 0:
		pat = cconv.CString(pat)
		if pat != "" && pat[0] == '*' {
			pat = pat[1:]
			for i := 0; i < len(pat); i++ {
				if pat[i] == '.' {
					pat = pat[i+1:]
					break
				}
			}
		}
		return re.Escape(`\.`+pat, esc|re.EscapeRE)
	case flags&RE != 0:
		return re.Escape(pat, esc|re.EscapeRE)
	case flags&Glob != 0:
		return re.Escape(pat, esc|re.EscapeGlob)
	}
	return re.Escape(pat, esc)
}

// hsFlags maps trie flags to Hyperscan's.
func hsFlags(f Flags, tld bool) hyperscan.Flag {
	fl := hyperscan.SomLeftmost
	if f&ICase != 0 {
		fl |= hyperscan.Caseless
	}
	if f&UTF8 != 0 {
		fl |= hyperscan.UTF8
		if !tld {
			fl |= hyperscan.UCP
		}
	}
	if f&DotAll != 0 {
		fl |= hyperscan.DotAll
	}
	if f&SingleMatch != 0 {
		fl = fl&^hyperscan.SomLeftmost | hyperscan.SingleMatch
	}
	if f&NoStart != 0 {
		fl &^= hyperscan.SomLeftmost
	}
	if f&SOM != 0 {
		fl = fl&^hyperscan.SingleMatch | hyperscan.SomLeftmost
	}
	return fl
}

// Compile builds the matcher. Errors carry upstream's message, which
// rspamd logs as "cannot compile multipattern: <err>".
func (t *Trie) Compile() error {
	if t.compiled {
		return fmt.Errorf("trie: compiled twice")
	}
	if !t.useHS || len(t.pats) == 0 {
		close(t.ready)
		if err := t.buildFallback(); err != nil {
			return err
		}
		t.compiled = true
		return nil
	}
	if t.mode == ModeFallback {
		if err := t.buildFallback(); err != nil {
			close(t.ready)
			return err
		}
		t.compiled = true
		go func() {
			defer close(t.ready)
			if e, err := t.compileHS(); err == nil {
				t.hs.Store(e)
			}
		}()
		return nil
	}
	defer close(t.ready)
	e, err := t.compileHS()
	if err != nil {
		return err
	}
	t.hs.Store(e)
	t.compiled = true
	return nil
}

// Ready is closed once Compile's work is complete, including the
// background Hyperscan compilation of ModeFallback.
func (t *Trie) Ready() <-chan struct{} { return t.ready }

// HyperscanReady reports whether lookups run on Hyperscan.
func (t *Trie) HyperscanReady() bool { return t.hs.Load() != nil }

func (t *Trie) compileHS() (*hsEngine, error) {
	exprs := make([]hyperscan.Expression, len(t.pats))
	for i, p := range t.pats {
		exprs[i] = hyperscan.Expression{Pattern: p.hs, Flags: p.hsFlags, ID: uint32(i)}
	}
	db, err := hyperscan.Compile(exprs)
	if err != nil {
		if ce, ok := err.(*hyperscan.CompileError); ok {
			pat := ""
			if ce.Expression >= 0 && ce.Expression < len(t.pats) {
				pat = cconv.CString(t.pats[ce.Expression].hs)
			}
			return nil, fmt.Errorf("cannot create tree of regexp when processing '%s': %s", pat, ce.Message)
		}
		return nil, err
	}
	l, err := newHSLookup(db)
	if err != nil {
		return nil, err
	}
	return &hsEngine{db: db, free: []*hsLookup{l}}, nil
}

// buildFallback builds the regexp list (glob/RE tries) or the
// Aho-Corasick automaton (literal/TLD tries).
func (t *Trie) buildFallback() error {
	if len(t.pats) == 0 {
		return nil
	}
	if t.flags&(Glob|RE) != 0 {
		res := make([]*re.Regexp, len(t.pats))
		for i, p := range t.pats {
			var r *re.Regexp
			var err error
			if t.flags&UTF8 != 0 {
				r, err = re.CompileFlags(p.plain, "u")
			} else {
				r, err = re.Compile(p.plain)
			}
			if err != nil {
				return err
			}
			res[i] = r
		}
		t.res = res
		return nil
	}
	plain := make([]string, len(t.pats))
	for i, p := range t.pats {
		plain[i] = p.plain
	}
	t.ac = newACTrie(plain)
	return nil
}

// isAlnum is g_ascii_isalnum.
func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Lookup searches text and calls fn(pattern, start, end) for each match
// (end exclusive). A nonzero return from fn stops the lookup. Lookup
// returns how many matches fn saw and the value that stopped it (0 if
// none), like rspamd_multipattern_lookup.
func (t *Trie) Lookup(text []byte, fn func(pat, start, end int) int) (nfound, ret int) {
	if len(t.pats) == 0 || !t.compiled || len(text) == 0 {
		return 0, 0
	}
	if e := t.hs.Load(); e != nil {
		return t.lookupHS(e, text, fn)
	}
	if t.ac != nil {
		ret = t.ac.lookup(text, t.flags&ICase != 0, func(pat, end int) int {
			p := &t.pats[pat]
			if p.tld && end < len(text) && isAlnum(text[end]) {
				return 0
			}
			nfound++
			return fn(pat, end-len(p.plain), end)
		})
		return nfound, ret
	}
	for i, r := range t.res {
		from := 0
		for {
			start, end, ok := r.Search(text, from, true)
			if !ok || start >= end {
				break
			}
			nfound++
			if ret = fn(i, start, end); ret != 0 {
				return nfound, ret
			}
			from = end
		}
	}
	return nfound, 0
}

// hsLookup is a scratch space with the state of the lookup using it; its
// match method value is bound once, so a lookup does not allocate.
type hsLookup struct {
	s      *hyperscan.Scratch
	onHit  func(id uint32, from, to uint64) bool
	t      *Trie
	text   []byte
	fn     func(pat, start, end int) int
	nfound int
	ret    int
}

func (l *hsLookup) match(id uint32, from, to uint64) bool {
	if to == 0 {
		return false
	}
	if from == hyperscan.OffsetPastHorizon {
		from = 0
	}
	if l.t.pats[id].tld && to < uint64(len(l.text)) && isAlnum(l.text[to]) {
		return false
	}
	l.nfound++
	l.ret = l.fn(int(id), int(from), int(to))
	return l.ret != 0
}

func (t *Trie) lookupHS(e *hsEngine, text []byte, fn func(pat, start, end int) int) (nfound, ret int) {
	e.mu.Lock()
	var l *hsLookup
	if n := len(e.free); n > 0 {
		l = e.free[n-1]
		e.free = e.free[:n-1]
	}
	e.mu.Unlock()
	if l == nil {
		var err error
		if l, err = newHSLookup(e.db); err != nil {
			return 0, 0
		}
	}
	l.t, l.text, l.fn, l.nfound, l.ret = t, text, fn, 0, 0
	// Scan errors other than a stop leave the counts as they are, as
	// upstream returns them.
	_, _ = l.s.Scan(e.db, text, l.onHit)
	nfound, ret = l.nfound, l.ret
	l.t, l.text, l.fn = nil, nil, nil
	e.mu.Lock()
	e.free = append(e.free, l)
	e.mu.Unlock()
	return nfound, ret
}

func newHSLookup(db *hyperscan.Database) (*hsLookup, error) {
	s, err := hyperscan.NewScratch(db)
	if err != nil {
		return nil, err
	}
	l := &hsLookup{s: s}
	l.onHit = l.match
	return l, nil
}
