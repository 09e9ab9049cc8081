// Package re is rspamd's regular expression layer: PCRE2 (with JIT)
// through a cgo binding, with the semantics of upstream's
// libutil/regexp.c and of the Lua rspamd_regexp module built on it.
//
// # Patterns and flags
//
// Compile takes an rspamd regexp string: "/body/flags", "m<sep>body<sep>flags"
// (the m form, with "m{body}" pairing the braces, only matches a whole
// subject), or a plain body without slashes. CompileFlags takes the body and
// the flag letters separately, as rspamd_regexp.create(pattern, flags) does.
// Flag letters: i (caseless), m (multiline), s (dot matches newline), x
// (extended), u (UTF-8 mode), r (raw bytes, the default), O (no
// optimisation), L (Hyperscan leftmost start). Every pattern uses PCRE2's
// "any" newline convention, so "." and "$" treat CR, LF, CRLF, VT, FF and
// NEL (0x85) as newlines.
//
// # Matching contract
//
// A search of an empty subject never matches. A search starting at offset
// from hands PCRE2 the subject text[from:], so "^", "\b" and lookbehinds see
// from as the start of the subject (upstream's incremental search does the
// same, and rspamd_regexp.search("^a") finds three matches in "aaa").
// SetMatchLimit bounds the subject length considered. A UTF-8 regexp ('u')
// rejects invalid UTF-8 input (JIT path: with an error log line) and never
// matches in raw mode; its searches report no capture groups, only the
// whole match, exactly like upstream (which counts groups on the absent raw
// pattern).
//
// # Concurrency and cost
//
// A Regexp is immutable once compiled except for its flags, hit and length
// limits, which are atomics: it may be shared by any number of goroutines,
// and the Cache hands the same Regexp to every caller. The state of a match
// (PCRE2 match data, match context with rspamd's backtracking, depth and
// heap limits, and a 32 KiB..1 MiB JIT stack) lives in a scratch taken from
// a sync.Pool, so a search performs no heap allocation in steady state.
// Callbacks passed to Each and Split run while the scratch is held; they
// may themselves use other regexps.
//
// # Notes for the Lua adapter
//
// rspamd{regexp} methods map onto: search -> Each (a nil result when it
// calls back zero times), match -> Match, matchn -> MatchN, split -> Split
// (nil when zero pieces), get_pattern/__tostring -> Pattern, set_limit ->
// SetMatchLimit (values <= 0 mean no limit), set_max_hits/get_max_hits ->
// SetMaxHits/MaxHits; create -> Compile or CompileFlags (flags only when
// exactly two arguments are given), create_cached/get_cached ->
// Cache.Create/Cache.Get on Global, import_glob -> CompileFlags-or-Compile
// of Escape(s, EscapeGlob|EscapeUTF), import_plain -> the same with
// Escape(s, 0); destroy -> Global.Remove. On a compile error the module
// logs "cannot parse regexp: <pattern>, error: <err>" at info level and
// returns nil. Upstream reads raw from argument 3 of search when there are
// at least 3 arguments, of match only when there are exactly 3, of matchn
// only when there are exactly 4; search captures when argument 4 is true.
package re

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// Regexp is a compiled rspamd regexp.
type Regexp struct {
	pattern string // the body PCRE2 compiled (get_pattern)
	key     string // the cache key: flags then the pattern as given
	opts    PCREFlags
	c       *code
	// utfOnly: compiled in UTF-8 mode with no raw variant, so raw
	// searches never match.
	utfOnly bool
	// utfVerb: a raw regexp put in UTF mode by a (*UTF) verb; its JIT code
	// must not see invalid UTF-8.
	utfVerb   bool
	ncaptures int // capture groups, as upstream counts them

	flags      atomic.Uint32
	maxHits    atomic.Uint32
	matchLimit atomic.Int64
}

var (
	jitMu    sync.Mutex
	jitCheck = true
	canJIT   atomic.Bool
)

// Init is rspamd_regexp_library_init: it decides whether patterns compiled
// from now on are JIT-compiled. disableJIT mirrors the disable_pcre_jit
// option. When JIT is (re)enabled the PCRE2 JIT target is logged once.
// Compile calls Init(false) itself the first time.
func Init(disableJIT bool) {
	jitMu.Lock()
	defer jitMu.Unlock()
	if disableJIT {
		canJIT.Store(false)
		jitCheck = false
	} else if !canJIT.Load() {
		jitCheck = true
	}
	checkJIT()
}

func checkJIT() {
	if !jitCheck {
		return
	}
	jitCheck = false
	ok, target := pcreJITAvailable()
	if !ok {
		logf(levelInfo, "rspamd_regexp_library_init", "pcre is compiled without JIT support, so many optimizations are impossible")
		canJIT.Store(false)
		return
	}
	logf(levelInfo, "rspamd_regexp_library_init", "pcre2 is compiled with JIT for %s", target)
	canJIT.Store(true)
}

func lazyInit() {
	jitMu.Lock()
	checkJIT()
	jitMu.Unlock()
}

// Compile compiles an rspamd regexp string whose flags, if any, are
// enclosed in it ("/body/flags", "m{body}", or a plain body), as
// rspamd_regexp_new(pattern, NULL) does. The pattern ends at its first NUL
// byte. Errors carry upstream's message text.
func Compile(pattern string) (*Regexp, error) {
	return compile(pattern, "", false)
}

// CompileFlags compiles pattern as a plain body with the given flag
// letters, as rspamd_regexp_new(pattern, flags) does: slashes are not
// interpreted and an unknown letter is an error.
func CompileFlags(pattern, flags string) (*Regexp, error) {
	return compile(pattern, flags, true)
}

func compile(pattern, flags string, hasFlags bool) (*Regexp, error) {
	lazyInit()
	sp, err := parse(pattern, flags, hasFlags)
	if err != nil {
		return nil, err
	}
	if sp.warning != "" {
		logf(levelWarn, "rspamd_regexp_new_len", "%s", sp.warning)
	}
	c, cerr := pcreCompile(sp.body, uint32(sp.opts))
	if cerr != nil {
		return nil, &CompileError{Message: cerr.msg, Offset: cerr.offset, Pattern: sp.body}
	}
	r := &Regexp{
		pattern: sp.body,
		key:     cacheKey(pattern, flags),
		opts:    sp.opts,
		c:       c,
		utfOnly: sp.flags&FlagRaw == 0,
	}
	r.utfVerb = !r.utfOnly && c.utf()
	fl := sp.flags
	if !canJIT.Load() || !c.jitCompile(sp.body) {
		fl |= FlagDisableJIT
	}
	// Upstream counts groups on the raw pattern, absent in UTF-8 mode.
	if !r.utfOnly {
		r.ncaptures, _ = c.captureCount()
	}
	r.flags.Store(uint32(fl))
	runtime.AddCleanup(r, (*code).free, c)
	return r, nil
}

// CompileError is a pattern PCRE2 refused.
type CompileError struct {
	Message string // PCRE2's message
	Offset  int    // PCRE2's error offset in Pattern
	Pattern string // the body handed to PCRE2
}

// Error returns upstream's wording.
func (e *CompileError) Error() string {
	return fmt.Sprintf("regexp parsing error: '%s' at position %d; pattern: %s", e.Message, e.Offset, e.Pattern)
}

// Pattern returns the body of the regexp, without slashes and flags.
func (r *Regexp) Pattern() string { return r.pattern }

// String returns Pattern, as the Lua __tostring does.
func (r *Regexp) String() string { return r.pattern }

// Flags returns the rspamd flags.
func (r *Regexp) Flags() Flags { return Flags(r.flags.Load()) }

// SetFlags replaces the rspamd flags and returns the old ones.
func (r *Regexp) SetFlags(f Flags) Flags { return Flags(r.flags.Swap(uint32(f))) }

// PCREFlags returns the PCRE2 compile options of the regexp.
func (r *Regexp) PCREFlags() PCREFlags { return r.opts }

// NumCaptures returns the number of capture groups searches report
// (always 0 for a UTF-8 regexp, as upstream).
func (r *Regexp) NumCaptures() int { return r.ncaptures }

// MaxHits returns the maximum number of hits the regexp cache counts.
func (r *Regexp) MaxHits() uint32 { return r.maxHits.Load() }

// SetMaxHits sets the maximum hits and returns the old value.
func (r *Regexp) SetMaxHits(n uint32) uint32 { return r.maxHits.Swap(n) }

// MatchLimit returns the length limit: searches consider at most this many
// bytes of a subject (0: no limit).
func (r *Regexp) MatchLimit() int { return int(r.matchLimit.Load()) }

// SetMatchLimit sets the length limit (n <= 0: no limit) and returns the
// old one.
func (r *Regexp) SetMatchLimit(n int) int {
	if n < 0 {
		n = 0
	}
	return int(r.matchLimit.Swap(int64(n)))
}

// Key returns the regexp's cache key: the flags given to CompileFlags (if
// any) followed by the pattern string as given. Upstream hashes the same
// concatenation into a regexp's id, so ("abc", "i") and "iabc" share a key.
func (r *Regexp) Key() string { return r.key }

// JIT reports whether matches run JIT-compiled code.
func (r *Regexp) JIT() bool { return r.Flags()&FlagDisableJIT == 0 && canJIT.Load() }

func cacheKey(pattern, flags string) string { return cconv.CString(flags) + cconv.CString(pattern) }

// search is rspamd_regexp_search over text from offset from. It returns
// the match offsets (-1 when PCRE2 found nothing) and whether the search
// succeeded; with FlagFullMatch a partial match reports its offsets but
// fails. With caps, s.m receives the capture offsets (pairs, -1 for unset
// groups, trailing unset groups removed).
func (r *Regexp) search(s *scratch, text []byte, from int, raw, caps bool) (start, end int, ok bool) {
	n := len(text)
	if n == 0 {
		return -1, -1, false
	}
	if lim := int(r.matchLimit.Load()); lim > 0 && n > lim {
		n = lim
	}
	if from < 0 || from >= n {
		return -1, -1, false
	}
	if raw && r.utfOnly {
		return -1, -1, false
	}
	subj := text[from:n]
	fl := r.Flags()
	jit := fl&FlagDisableJIT == 0 && canJIT.Load()
	if jit && r.utfOnly && !utf8.Valid(subj) {
		logf(levelError, "rspamd_regexp_search", "bad utf8 input for JIT re '%s'", r.pattern)
		return -1, -1, false
	}
	if jit && r.utfVerb && !utf8.Valid(subj) {
		// Upstream hands such input to the JIT code, whose behaviour is
		// then undefined; the interpreter rejects it (no match).
		jit = false
	}
	s.grow(r.ncaptures + 1)
	rc := s.match(r.c, subj, jit)
	// The cleanup freeing the compiled code must not run mid-match.
	runtime.KeepAlive(r)
	if rc < 0 {
		return -1, -1, false
	}
	ms, me, _ := s.ovector(0)
	start, end = from+ms, from+me
	if caps {
		s.captures(rc, r.ncaptures+1, from)
	}
	if fl&FlagFullMatch != 0 && (ms != 0 || me < n) {
		return start, end, false
	}
	return start, end, true
}

// captures fills s.m with the offsets of the first groups pairs (rc is
// PCRE2's result: 0 when the ovector was too small), shifted by base.
func (s *scratch) captures(rc, groups, base int) {
	if rc > 0 && rc < groups {
		groups = rc
	}
	for groups > 1 {
		if _, _, set := s.ovector(groups - 1); set {
			break
		}
		groups--
	}
	s.m = s.m[:0]
	for i := 0; i < groups; i++ {
		if a, b, set := s.ovector(i); set {
			s.m = append(s.m, base+a, base+b)
		} else {
			s.m = append(s.m, -1, -1)
		}
	}
}

// Search looks for the regexp in text starting at offset from (the
// subject handed to PCRE2 is text[from:], see the package comment). raw
// selects raw matching of a UTF-8 regexp (which then never matches). It
// returns the match offsets and whether the search succeeded. Like
// upstream's start/end pointers, the offsets are also set when a full-match
// regexp (m{...}) matched only part of the subject and ok is false; they
// are -1 when nothing matched.
func (r *Regexp) Search(text []byte, from int, raw bool) (start, end int, ok bool) {
	s := scratchPool.Get().(*scratch)
	start, end, ok = r.search(s, text, from, raw, false)
	scratchPool.Put(s)
	return start, end, ok
}

// Match reports whether the regexp matches anywhere in text (Lua's
// re:match).
func (r *Regexp) Match(text []byte, raw bool) bool {
	_, _, ok := r.Search(text, 0, raw)
	return ok
}

// MatchExact reports whether the regexp's first match covers the whole of
// text (rspamd_regexp_match).
func (r *Regexp) MatchExact(text []byte, raw bool) bool {
	start, end, ok := r.Search(text, 0, raw)
	return ok && start == 0 && end == len(text)
}

// MatchN counts successive matches in text, stopping after max of them
// when max >= 0 (max 0 still counts one), as Lua's re:matchn does. A
// match of zero length ends the count.
func (r *Regexp) MatchN(text []byte, max int, raw bool) int {
	return r.scan(text, raw, false, func(_ []int, n int) bool { return max < 0 || n < max })
}

// Each calls fn for successive matches in text, as Lua's re:search
// collects them, and returns how many there were. m holds the offsets of
// the match: with captures, pairs for the whole match and each group up to
// the last one set (-1, -1 for a group that did not participate);
// otherwise just the match. m is only valid during the call. A match of
// zero length is reported and ends the search.
func (r *Regexp) Each(text []byte, raw, captures bool, fn func(m []int)) int {
	return r.scan(text, raw, captures, func(m []int, _ int) bool { fn(m); return true })
}

// scan is upstream's incremental search loop: each search starts where
// the previous match ended, and a zero-length match or a false return
// from visit (given the match offsets and the count so far) ends it.
func (r *Regexp) scan(text []byte, raw, captures bool, visit func(m []int, n int) bool) int {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	n, from := 0, 0
	for {
		start, end, ok := r.search(s, text, from, raw, captures)
		if !ok {
			return n
		}
		if !captures {
			s.m = append(s.m[:0], start, end)
		}
		n++
		if !visit(s.m, n) || start >= end {
			return n
		}
		from = end
	}
}

// Split calls fn for the pieces of text between matches, as Lua's
// re:split does, and returns how many there were: empty pieces are
// skipped, a zero-length match at the current position ends the
// splitting, and the remainder after the last match is the final piece.
// Split never uses raw mode.
func (r *Regexp) Split(text []byte, fn func(start, end int)) int {
	if len(text) == 0 {
		return 0
	}
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	n, prev, end := 0, 0, -1
	for {
		from := end
		if from < 0 {
			from = 0
		}
		st, en, ok := r.search(s, text, from, false, false)
		if st >= 0 {
			end = en
		}
		if !ok {
			break
		}
		if st > prev {
			fn(prev, st)
			n++
		} else if st >= en {
			break
		}
		prev = en
	}
	if end < len(text) {
		if end < 0 {
			end = 0
		}
		fn(end, len(text))
		n++
	}
	return n
}
