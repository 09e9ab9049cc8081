package url

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// FindType selects the matchers used to find URLs in text.
type FindType int

const (
	// FindAll uses the static prefixes and every public suffix.
	FindAll FindType = iota
	// FindStrict uses the static prefixes only (for text from HTML and
	// the plain part of a multipart/alternative).
	FindStrict
)

// FoundFunc receives a URL found in text with the [start, end) range of
// its text; returning false stops the search.
type FoundFunc func(u *URL, start, end int) bool

// finder is the state of one search (upstream's url_callback_data).
type finder struct {
	s        *Scanner
	text     []byte
	how      FindType
	matchers []matcher
	newlines []int
	nlIdx    int
	fin      int
	lastAt   int
	mt       match  // the current candidate
	urlStr   []byte // its text, reused between candidates
	start    int
	prefixOn bool
	filter   Filter
	fn       FoundFunc
}

// match is one candidate URL (upstream's url_match_t).
type match struct {
	begin, length  int
	pattern        string
	prefix         string
	newlinePos     int
	prevNewlinePos int
	st             byte
}

func (f *finder) at(i int) byte {
	if i >= 0 && i < len(f.text) {
		return f.text[i]
	}
	return 0
}

// cstr copies n bytes at i as a C string: reading past the text gives NUL
// bytes and the copy stops at the first NUL.
func (f *finder) cstr(i, n int) []byte {
	end := min(i+n, len(f.text))
	if i >= end {
		return nil
	}
	b := f.text[i:end]
	if z := bytes.IndexByte(b, 0); z >= 0 {
		b = b[:z]
	}
	return b
}

func (f *finder) start_(m *matcher, pos int, mt *match) bool {
	switch m.kind {
	case kindFile, kindTel:
		mt.begin = pos
		mt.st = f.at(pos - 1)
		return true
	case kindWeb:
		return f.webStart(pos, mt)
	case kindTLD:
		return f.tldStart(pos, mt)
	case kindEmail:
		return f.emailStart(pos, mt)
	}
	return false
}

func (f *finder) end_(m *matcher, pos int, mt *match) bool {
	switch m.kind {
	case kindFile:
		return f.fileEnd(pos, mt)
	case kindWeb:
		return f.webEnd(pos, mt)
	case kindTLD:
		return f.tldEnd(pos, mt)
	case kindEmail:
		return f.emailEnd(pos, mt)
	case kindTel:
		return f.telEnd(pos, mt)
	}
	return false
}

// urlBraces pairs opening and closing characters; upstream only looks at
// the first three openings.
var urlBraces = [...]byte{'(', ')', '{', '}', '[', ']', '<', '>', '|', '|', '\'', '\''}

func (f *finder) fileEnd(pos int, mt *match) bool {
	p := pos + len(mt.pattern)
	stop := f.at(p)
	if f.at(p) == '/' {
		p++
	}
	for i := 0; i < len(urlBraces)/2; i += 2 {
		if f.at(p) == urlBraces[i] {
			stop = urlBraces[i+1]
			break
		}
	}
	for p < len(f.text) && f.text[p] != stop && isURLSafeChar(f.text[p]) {
		p++
	}
	if p == 0 {
		return false
	}
	mt.length = p - mt.begin
	return true
}

func (f *finder) tldStart(pos int, mt *match) bool {
	const maxShift = 253 + len("https://") + 1
	p := pos
	processed := 0
	for p >= 0 {
		c := f.text[p]
		if !isDomainChar(c) || isASCIISpace(c) || isURLStart(c) || p == mt.prevNewlinePos {
			if !isURLStart(c) && !isASCIISpace(c) && p != mt.prevNewlinePos {
				return false
			}
			if p != mt.prevNewlinePos {
				mt.st = c
				p++
			} else {
				mt.st = '\n'
			}
			if !isASCIIAlnum(f.at(p)) {
				return false
			}
			mt.begin = p
			return true
		} else if p == 0 && p != pos {
			mt.st = 0
			mt.begin = p
			return true
		} else if c == '.' {
			if p == 0 || !isASCIIAlnum(f.at(p+1)) {
				return false
			}
		} else if c == '/' {
			return false
		}
		p--
		processed++
		if processed > maxShift {
			return false
		}
	}
	return false
}

func (f *finder) tldEnd(pos int, mt *match) bool {
	p := pos + mt.length
	ret := false
	if p == len(f.text) {
		mt.length = p - mt.begin
		return true
	}
	c := f.at(p)
	switch {
	case c == '/' || c == ':' || isURLEnd(c) || isLwsp(c) || (mt.st != '<' && p == mt.newlinePos):
		if hasPrefixFold(f.text[mt.begin:], "http://") {
			ret = f.webEnd(mt.begin+len("http://"), mt)
		} else {
			ret = f.webEnd(mt.begin, mt)
		}
	case c == '.':
		p++
		if p < len(f.text) {
			n := f.text[p]
			if isASCIISpace(n) || n == '/' || n == '?' || n == ':' {
				ret = f.webEnd(mt.begin, mt)
			}
		}
	}
	if ret && mt.begin+mt.length <= pos {
		return false
	}
	return ret
}

func (f *finder) webStart(pos int, mt *match) bool {
	if pos > 0 {
		prev := f.text[pos-1]
		if encoding.LowerASCIIByte(f.at(pos)) == 'w' && encoding.LowerASCIIByte(f.at(pos+1)) == 'w' && encoding.LowerASCIIByte(f.at(pos+2)) == 'w' {
			if !(isURLStart(prev) || isASCIISpace(prev) || pos-1 == mt.prevNewlinePos || prev&0x80 != 0) {
				return false
			}
		} else if isASCIIAlnum(prev) {
			return false
		}
	}
	if f.at(pos) == '.' {
		return false
	}
	mt.st = f.at(pos - 1)
	mt.begin = pos
	return true
}

// limit returns the length a URL at pos may have: up to the end of text
// or to the next newline (unless the URL follows a '<').
func (f *finder) limit(pos int, mt *match) int {
	n := len(f.text) - pos
	if mt.newlinePos >= 0 && mt.st != '<' {
		n = min(n, mt.newlinePos-pos)
	}
	return n
}

func (f *finder) webEnd(pos int, mt *match) bool {
	var flags Flags
	in := &input{buf: f.text, start: pos, last: pos + f.limit(pos, mt)}
	ret, last := webParse(nil, in, ParseCheck, &flags, nil)
	if ret != 0 {
		return false
	}
	if last < len(f.text) && f.text[last] == '>' && last != mt.newlinePos && mt.st != '<' {
		if last+1 < len(f.text) {
			if isASCIISpace(f.text[last+1]) {
				return false
			}
		} else {
			return false
		}
	}
	mt.length = last - pos
	f.fin = last + 1
	return true
}

func (f *finder) emailStart(pos int, mt *match) bool {
	if mt.prefix == "" {
		mt.begin = pos
		mt.st = f.at(pos - 1)
		return true
	}
	if f.lastAt >= 0 && f.lastAt == pos {
		f.lastAt = -1
		return false
	}
	if pos == 0 {
		return false
	}
	mt.st = 0
	return true
}

func (f *finder) emailEnd(pos int, mt *match) bool {
	if mt.prefix == "" {
		var fl fields
		in := &input{buf: f.text, start: pos, last: pos + f.limit(pos, mt)}
		_, last := mailtoParse(&fl, in, ParseCheck)
		if !fl.has(ufUserinfo) {
			return false
		}
		f.lastAt = mt.begin + fl.data[ufUserinfo].off + fl.data[ufUserinfo].len
		mt.length = last - pos
		return true
	}
	end := len(f.text)
	if pos >= end-2 || pos < 1 {
		return false
	}
	if !isASCIIAlnum(f.text[pos+1]) || !isASCIIAlnum(f.text[pos-1]) {
		return false
	}
	c := pos - 1
	for c > 0 {
		if !isMailsafe(f.text[c]) || c == mt.prevNewlinePos {
			break
		}
		c--
	}
	for c < pos && !isASCIIAlnum(f.text[c]) {
		c++
	}
	p := pos + 1
	for p < end && isDomainChar(f.text[p]) {
		if p == mt.newlinePos {
			break
		}
		p++
	}
	for p > pos && p < end && !isASCIIAlnum(f.text[p]) {
		p--
	}
	if p < end && isASCIIAlnum(f.text[p]) && (mt.newlinePos < 0 || p < mt.newlinePos) {
		p++
	}
	if p > c {
		mt.begin = c
		mt.length = p - c
		return true
	}
	return false
}

func (f *finder) telEnd(pos int, mt *match) bool {
	var fl fields
	in := &input{buf: f.text, start: pos, last: pos + f.limit(pos, mt)}
	_, last := telephoneParse(&fl, in, ParseCheck)
	if !fl.has(ufHost) {
		return false
	}
	mt.length = last - pos
	return true
}

// isTrieMatch checks the byte after a public suffix match.
func isTrieMatch(m *matcher, text []byte, pos, newlinePos int) bool {
	if m.flags&matchTLD == 0 || pos >= len(text) {
		return true
	}
	c := text[pos]
	if pos == newlinePos || isASCIISpace(c) || c == '/' || c == '?' || c == ':' || isURLEnd(c) {
		return true
	}
	if c != '.' {
		return false
	}
	pos++
	if pos < len(text) {
		c = text[pos]
		if !isASCIISpace(c) && c != '/' && c != '?' && c != ':' && !isURLEnd(c) {
			return false
		}
	}
	return true
}

// newlineAround finds the next and previous newline positions for a
// match ending at pos, advancing the newline index.
func (f *finder) newlineAround(pos int) (next, prev int) {
	next, prev = -1, -1
	if len(f.newlines) == 0 {
		return
	}
	nl := f.newlines[f.nlIdx]
	for pos > nl && f.nlIdx < len(f.newlines)-1 {
		f.nlIdx++
		nl = f.newlines[f.nlIdx]
	}
	if pos <= nl {
		next = nl
	}
	if f.nlIdx > 0 {
		prev = f.newlines[f.nlIdx-1]
	}
	return
}

// candidate runs the start and end functions of a matcher for a pattern
// match [matchStart, matchEnd); it builds f.urlStr on success.
func (f *finder) candidate(id, matchStart, matchEnd int) (*match, bool) {
	if f.fin > matchEnd {
		return nil, false
	}
	m := &f.matchers[id]
	if m.flags&matchNoHTML != 0 && f.how == FindStrict {
		return nil, false
	}
	f.mt = match{begin: matchStart, length: matchEnd - matchStart, pattern: m.pattern,
		prefix: m.prefix}
	mt := &f.mt
	mt.newlinePos, mt.prevNewlinePos = f.newlineAround(matchEnd)
	if !isTrieMatch(m, f.text, matchEnd, mt.newlinePos) {
		return nil, false
	}
	if !f.start_(m, matchStart, mt) || !f.end_(m, matchStart, mt) {
		f.urlStr = f.urlStr[:0]
		return nil, false
	}
	body := f.cstr(mt.begin, mt.length)
	if m.prefix != "" {
		f.urlStr = append(append(f.urlStr[:0], m.prefix...), body...)
		f.prefixOn = true
	} else {
		f.urlStr = append(f.urlStr[:0], body...)
	}
	f.start = mt.begin
	if mt.begin+mt.length > f.fin {
		f.fin = mt.begin + mt.length
	}
	return mt, true
}

// multiple is the callback of FindMultiple and FindSingle.
func (f *finder) multiple(id, matchStart, matchEnd int, single bool) int {
	mt, ok := f.candidate(id, matchStart, matchEnd)
	if !ok {
		return 0
	}
	str := bytes.TrimFunc(f.urlStr, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
	u, err := f.s.Parse(str, ParseText, f.filter)
	if err == nil && u.host.len > 0 {
		if f.prefixOn {
			u.Flags |= FlagSchemaless
			f.prefixOn = false
		}
		if f.fn != nil && !f.fn(u, f.start, mt.begin+mt.length) {
			return -1
		}
	}
	if single {
		return 1
	}
	return 0
}

func (s *Scanner) newFinder(text []byte, how FindType, newlines []int, filter Filter, fn FoundFunc) *finder {
	f := &finder{s: s, text: text, how: how, newlines: newlines, fin: -1, lastAt: -1,
		filter: filter, fn: fn}
	return f
}

// run scans the text with the matcher set of the search.
func (f *finder) run(cb func(id, start, end int) int) {
	if f.how == FindAll && f.s.hasTLD {
		f.matchers = f.s.fullMatchers
		f.s.scanFull(f.text, cb)
		return
	}
	f.matchers = f.s.strictMatchers
	f.s.scanStrict(f.text, cb)
}

// FindMultiple calls fn for every URL found in text
// (rspamd_url_find_multiple). newlines are the positions of the line
// breaks of the text (nil if unknown); filter may be nil.
func (s *Scanner) FindMultiple(text []byte, how FindType, newlines []int, filter Filter, fn FoundFunc) {
	if len(text) == 0 {
		return
	}
	f := s.newFinder(text, how, newlines, filter, fn)
	f.run(func(id, start, end int) int { return f.multiple(id, start, end, false) })
}

// FindSingle calls fn for the first URL candidate found in text
// (rspamd_url_find_single): the search stops at the first candidate even
// if it does not parse.
func (s *Scanner) FindSingle(text []byte, how FindType, fn FoundFunc) {
	if len(text) == 0 {
		return
	}
	f := s.newFinder(text, how, nil, nil, fn)
	f.run(func(id, start, end int) int { return f.multiple(id, start, end, true) })
}

// Find returns the first URL-like string in text without parsing it
// (rspamd_url_find): the candidate text (with the scheme prefix added when
// the matcher has one), its position and whether a prefix was added.
func (s *Scanner) Find(text []byte, how FindType) (str []byte, pos int, prefixAdded, ok bool) {
	if len(text) == 0 {
		return nil, 0, false, false
	}
	f := s.newFinder(text, how, nil, nil, nil)
	f.run(func(id, start, end int) int {
		if _, found := f.candidate(id, start, end); !found {
			return 0
		}
		ok = true
		return 1
	})
	if !ok {
		return nil, 0, false, false
	}
	return f.urlStr, f.start, f.prefixOn, true
}
