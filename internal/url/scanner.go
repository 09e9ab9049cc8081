package url

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"sync/atomic"

	"github.com/gorspamd/rspamd/internal/trie"
)

// matcherKind selects the start/end functions of a matcher.
type matcherKind uint8

const (
	kindFile matcherKind = iota
	kindWeb
	kindTLD
	kindEmail
	kindTel
)

// Matcher flags.
const (
	matchNoHTML = 1 << iota
	matchTLD
	matchStar
	matchRegexp
)

type matcher struct {
	pattern string
	prefix  string
	kind    matcherKind
	flags   uint8
}

// staticMatchers are upstream's fixed URL prefixes (the "www." one is a
// regular expression when Hyperscan runs it).
var staticMatchers = []matcher{
	{"file://", "", kindFile, 0},
	{`file:\\`, "", kindFile, 0},
	{"ftp://", "", kindWeb, 0},
	{`ftp:\\`, "", kindWeb, 0},
	{"sftp://", "", kindWeb, 0},
	{"http:", "", kindWeb, 0},
	{"https:", "", kindWeb, 0},
	{"news://", "", kindWeb, 0},
	{"nntp://", "", kindWeb, 0},
	{"telnet://", "", kindWeb, 0},
	{"tel:", "", kindTel, 0},
	{"webcal://", "", kindWeb, 0},
	{"mailto:", "", kindEmail, 0},
	{"callto:", "", kindTel, 0},
	{"h323:", "", kindWeb, 0},
	{"sip:", "", kindWeb, 0},
	{`www\.[0-9a-z]`, "http://", kindWeb, matchRegexp},
	{"ftp.", "ftp://", kindWeb, 0},
	// mailto: is non-hierarchical: a bare e-mail gets the scheme without
	// slashes, so that it deduplicates with parsed mailto: URLs.
	{"@", "mailto:", kindEmail, 0},
}

// Scanner holds the URL matchers: the static prefixes (the "strict" set)
// and, when it was built with a public suffix list, the static prefixes
// followed by one matcher per public suffix (the "full" set). It is safe
// for concurrent use.
//
// The strict set runs on internal/trie, with Hyperscan where available,
// as upstream compiles it synchronously. The full set starts with
// upstream's ACISM semantics (the "www." expression taken literally, so
// it never matches), which is all rspamadm (and so the goldens) ever
// uses; CompileHyperscan switches it to Hyperscan, as upstream's workers
// do once hs_helper has compiled it.
type Scanner struct {
	strictMatchers []matcher
	strict         *trie.Trie

	fullMatchers []matcher
	full         *trie.Trie
	fullHS       atomic.Pointer[trie.Trie]
	hasTLD       bool
}

// ErrNoHyperscan reports that Hyperscan cannot run in this process.
var ErrNoHyperscan = errors.New("hyperscan is not available")

// CompileHyperscan compiles the full matcher set with Hyperscan and then
// switches the scanner's lookups to it (upstream's hot swap of the "tld"
// multipattern): the "www." matcher becomes a regular expression and
// matches come in Hyperscan's order. It may run while the scanner is in
// use; it does nothing without a public suffix list.
func (s *Scanner) CompileHyperscan() error {
	if !s.hasTLD {
		return nil
	}
	if !trie.HasHyperscan() {
		return ErrNoHyperscan
	}
	t, err := s.fullTrie(trie.ModeSync)
	if err != nil {
		return fmt.Errorf("cannot compile tld patterns: %w", err)
	}
	s.fullHS.Store(t)
	return nil
}

// fullTrie compiles the full matcher set: with ModeNoHyperscan upstream's
// ACISM fallback takes the "www." expression and the suffixes (as ".com")
// literally.
func (s *Scanner) fullTrie(mode trie.Mode) (*trie.Trie, error) {
	t := trie.New(trie.ICase | trie.UTF8)
	t.SetMode(mode)
	for _, m := range s.fullMatchers {
		var fl trie.Flags
		switch {
		case m.flags&matchRegexp != 0:
			fl = trie.RE
		case m.flags&matchTLD != 0:
			fl = trie.TLD
		}
		t.Add(m.pattern, trie.ICase|trie.UTF8|fl)
	}
	if err := t.Compile(); err != nil {
		return nil, err
	}
	return t, nil
}

// NewScanner builds a scanner. psl is the content of a public suffix list
// (effective_tld_names.dat); nil builds the static matchers only, as
// upstream does without a TLD file.
func NewScanner(psl []byte) *Scanner {
	s := &Scanner{strictMatchers: staticMatchers}
	s.strict = trie.New(trie.ICase | trie.UTF8)
	for _, m := range staticMatchers {
		fl := trie.ICase | trie.UTF8
		if m.flags&matchRegexp != 0 {
			fl |= trie.RE
		}
		s.strict.Add(m.pattern, fl)
	}
	if err := s.strict.Compile(); err != nil {
		// The static patterns are fixed: this cannot happen.
		panic(fmt.Sprintf("cannot compile url matcher static patterns: %v", err))
	}
	if psl == nil {
		return s
	}
	s.fullMatchers = append([]matcher(nil), staticMatchers...)
	sc := bufio.NewScanner(bytes.NewReader(psl))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 || line[0] == '/' || isASCIISpace(line[0]) {
			continue
		}
		line = bytes.TrimRight(line, " \t\n\v\f\r")
		if line[0] == '!' {
			continue
		}
		flags := uint8(matchNoHTML | matchTLD)
		p := line
		if line[0] == '*' {
			dot := bytes.IndexByte(line, '.')
			if dot < 0 {
				continue
			}
			flags |= matchStar
			p = line[dot+1:]
		}
		s.fullMatchers = append(s.fullMatchers, matcher{pattern: string(p), prefix: "http://", kind: kindTLD, flags: flags})
	}
	full, err := s.fullTrie(trie.ModeNoHyperscan)
	if err != nil {
		// Literal patterns on the fallback always compile.
		panic(fmt.Sprintf("cannot compile url matcher tld patterns: %v", err))
	}
	s.full = full
	s.hasTLD = true
	return s
}

// LoadScanner builds a scanner from a public suffix list file.
func LoadScanner(path string) (*Scanner, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot open TLD file %s: %w", path, err)
	}
	return NewScanner(data), nil
}

// StaticCount returns the number of static matchers (the "internal
// match suffixes" upstream's logs count).
func StaticCount() int { return len(staticMatchers) }

// HasTLD reports whether the scanner knows public suffixes.
func (s *Scanner) HasTLD() bool { return s.hasTLD }

// TLDCount returns the number of public suffix matchers.
func (s *Scanner) TLDCount() int {
	if !s.hasTLD {
		return 0
	}
	return len(s.fullMatchers) - len(staticMatchers)
}

// scanFull runs the full matcher set (TLD patterns must not be followed
// by an alphanumeric byte), on Hyperscan once CompileHyperscan has run.
func (s *Scanner) scanFull(text []byte, cb func(id, start, end int) int) int {
	t := s.fullHS.Load()
	if t == nil {
		t = s.full
	}
	_, r := t.Lookup(text, cb)
	return r
}

// scanStrict runs the static matchers.
func (s *Scanner) scanStrict(text []byte, cb func(id, start, end int) int) int {
	_, r := s.strict.Lookup(text, cb)
	return r
}

// hostTLD computes the eTLD+1 of the host of u (rspamd_tld_trie_callback):
// it sets u.tld and may drop a trailing dot from the host.
func (s *Scanner) hostTLD(b *builder) {
	u := b.u
	host := b.s[u.host.off : u.host.off+u.host.len]
	s.scanFull(host, func(id, start, end int) int {
		m := &s.fullMatchers[id]
		ndots := 1
		if m.flags&matchStar != 0 {
			ndots = 2
		}
		p := start - 1
		if host[start] != '.' || end != u.host.len {
			if end == u.host.len-1 && host[end] == '.' {
				u.host.len--
			} else {
				return 0
			}
		}
		pos := 0
		for p >= 0 && ndots > 0 {
			if host[p] == '.' {
				ndots--
				pos = p + 1
			} else {
				pos = p
			}
			p--
		}
		if (ndots == 0 || p == -1) && u.tld.len < u.host.len-pos {
			u.tld = span{off: u.host.off + pos, len: u.host.len - pos}
		}
		return 0
	})
}

// FindTLD returns the eTLD+1 of a host name with the public suffix list,
// as rspamd_url_find_tld (and rspamd_util.get_tld) do; ok is false when
// no public suffix matches.
func (s *Scanner) FindTLD(host []byte) (tld []byte, ok bool) {
	if !s.hasTLD {
		return nil, false
	}
	best := 0
	n := len(host)
	s.scanFull(host, func(id, start, end int) int {
		m := &s.fullMatchers[id]
		ndots := 1
		if m.flags&matchStar != 0 {
			ndots = 2
		}
		if (host[start] != '.' || end != n) && end != n-1 {
			return 0
		}
		p := start - 1
		pos := 0
		for p >= 0 && ndots > 0 {
			if host[p] == '.' {
				ndots--
				pos = p + 1
			} else {
				pos = p
			}
			p--
		}
		if (ndots == 0 || p == -1) && n-pos > best {
			best = n - pos
		}
		return 0
	})
	if best == 0 {
		return nil, false
	}
	return host[n-best:], true
}
