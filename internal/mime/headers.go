package mime

import (
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/rfc2047"
)

// HeaderFlags are rspamd's header flags (enum rspamd_mime_header_flags).
type HeaderFlags uint32

// Header flags, with upstream's bit values.
const (
	HeaderReceived       HeaderFlags = 1 << 0
	HeaderTo             HeaderFlags = 1 << 2
	HeaderCc             HeaderFlags = 1 << 3
	HeaderBcc            HeaderFlags = 1 << 4
	HeaderFrom           HeaderFlags = 1 << 5
	HeaderMessageID      HeaderFlags = 1 << 6
	HeaderSubject        HeaderFlags = 1 << 7
	HeaderReturnPath     HeaderFlags = 1 << 8
	HeaderDeliveredTo    HeaderFlags = 1 << 9
	HeaderSender         HeaderFlags = 1 << 10
	HeaderRcpt           HeaderFlags = 1 << 11
	HeaderUnique         HeaderFlags = 1 << 12
	HeaderEmptySeparator HeaderFlags = 1 << 13
	HeaderTabSeparated   HeaderFlags = 1 << 14
)

// Header is one header field.
type Header struct {
	// Name as written (NUL bytes dropped).
	Name string
	// Value is the unfolded value: line breaks of folding become one
	// space, leading whitespace and one trailing space are stripped.
	Value string
	// Decoded is Value with RFC 2047 words decoded, control characters
	// replaced and forced to valid UTF-8.
	Decoded string
	// Raw is the header as it appears in the message, from the name to the
	// end of its last line including the line break.
	Raw []byte
	// Separator is the whitespace between the colon and the value.
	Separator string
	// HasSeparator is false when upstream leaves the separator unset (no
	// value on the header's first line and no whitespace after the colon).
	HasSeparator bool
	Flags        HeaderFlags
	// Order is the index of the header in its block.
	Order int
}

// TabSeparated reports whether the value was separated from the colon by a
// tab.
func (h *Header) TabSeparated() bool { return h.Flags&HeaderTabSeparated != 0 }

// EmptySeparator reports whether nothing separated the value from the
// colon.
func (h *Header) EmptySeparator() bool { return h.Flags&HeaderEmptySeparator != 0 }

// Headers is a block of headers: the list in message order and a
// case-insensitive index by name.
type Headers struct {
	List   []*Header
	byName map[string][]*Header
}

// Get returns the headers named name (ASCII case-insensitive), in message
// order, or nil.
func (h *Headers) Get(name string) []*Header {
	if h == nil || h.byName == nil {
		return nil
	}
	return h.byName[encoding.LowerASCII(name)]
}

// First returns the first header named name or nil.
func (h *Headers) First(name string) *Header {
	if l := h.Get(name); len(l) > 0 {
		return l[0]
	}
	return nil
}

// Count is the number of distinct header names.
func (h *Headers) Count() int {
	if h == nil {
		return 0
	}
	return len(h.byName)
}

func (h *Headers) add(nh *Header) {
	if h.byName == nil {
		h.byName = make(map[string][]*Header)
	}
	k := encoding.LowerASCII(nh.Name)
	h.byName[k] = append(h.byName[k], nh)
	h.List = append(h.List, nh)
}

// Newlines is the line break style of a message (enum rspamd_newlines_type).
type Newlines int

// Newline styles; a message whose headers show none counts as CR, as in
// upstream.
const (
	NewlinesCR Newlines = iota
	NewlinesLF
	NewlinesCRLF
)

func (n Newlines) String() string {
	switch n {
	case NewlinesCR:
		return "cr"
	case NewlinesLF:
		return "lf"
	}
	return "crlf"
}

// headerLimits counts headers across a message to bound the work on
// hostile input.
type headerLimits struct {
	count   int
	reached bool
}

const maxHeaders = 100000

// headerParse is the result of parsing one header block.
type headerParse struct {
	headers  *Headers
	newlines [3]int
	broken   bool // garbage in the top-level block (BROKEN_HEADERS)
	badUTF   bool // raw 8-bit bytes that were not UTF-8 (BAD_UNICODE)
}

// parseHeaders splits a header block as rspamd_mime_headers_process does.
// top is true for the message's own headers (newlines are counted and
// garbage marks the message broken).
func parseHeaders(in []byte, top bool, lim *headerLimits) headerParse {
	var res headerParse
	res.headers = &Headers{}
	var nh *Header
	p, c := 0, 0
	end := len(in)
	state, nextState, errState := 0, 100, 100
	validFolding, shiftByOne := false, false
	order := 0
	rawStart := 0
	countNL := func(i int) {
		if !top {
			return
		}
		switch {
		case in[i] == '\n':
			res.newlines[NewlinesLF]++
		case i+1 < end && in[i+1] == '\n':
			res.newlines[NewlinesCRLF]++
		default:
			res.newlines[NewlinesCR]++
		}
	}
	for p < end {
		switch state {
		case 0:
			if !isAlpha(in[p]) {
				state, nextState = 100, 0
			} else {
				state = 1
				c = p
			}
		case 1:
			if in[p] == ':' {
				if lim.count >= maxHeaders {
					if !lim.reached {
						lim.reached = true
						res.broken = true
					}
					p = end
					break
				}
				lim.count++
				nh = &Header{Name: dropNUL(in[c:p]), Flags: HeaderEmptySeparator}
				rawStart = c
				p++
				state = 2
				c = p
			} else if isSpace(in[p]) {
				if top {
					res.broken = true
				}
				state, nextState = 100, 0
			} else {
				p++
			}
		case 2:
			switch in[p] {
			case '\t':
				nh.Flags &^= HeaderEmptySeparator
				nh.Flags |= HeaderTabSeparated
				p++
			case ' ':
				nh.Flags &^= HeaderEmptySeparator
				p++
			case '\n', '\r':
				countNL(p)
				state = 99
				if p > c {
					nh.Separator = dropNUL(in[c:p])
					nh.HasSeparator = true
				}
				nextState, errState = 3, 5
				c = p
			default:
				nh.Separator = dropNUL(in[c:p])
				nh.HasSeparator = true
				c = p
				state = 3
			}
		case 3:
			if in[p] == '\r' || in[p] == '\n' {
				countNL(p)
				state, nextState, errState = 99, 3, 4
			} else if p+1 == end {
				state = 4
			} else {
				p++
			}
		case 4:
			nh.Value = unfoldValue(in[c:p])
			if p+1 == end {
				nh.Raw = in[rawStart:end]
			} else {
				nh.Raw = in[rawStart:p]
			}
			dec, bad := rfc2047.DecodeString(nh.Value)
			if bad {
				res.badUTF = true
			}
			nh.Decoded = dec // already valid UTF-8 ('?' for ill-formed bytes)
			nh.Order = order
			order++
			res.headers.add(nh)
			nh = nil
			state = 0
		case 5:
			nh.Value = ""
			nh.Decoded = ""
			rawEnd := p
			if shiftByOne {
				rawEnd++
			}
			nh.Raw = in[rawStart:rawEnd]
			nh.Order = order
			order++
			res.headers.add(nh)
			nh = nil
			state = 0
		case 99:
			if p+1 == end {
				state = errState
				shiftByOne = true
			} else if in[p] == '\r' || in[p] == '\n' {
				p++
				validFolding = false
			} else if in[p] == '\t' || in[p] == ' ' {
				p++
				validFolding = true
			} else if validFolding {
				state = nextState
			} else {
				state = errState
			}
		case 100:
			switch {
			case in[p] == '\r':
				if p+1 < end && in[p+1] == '\n' {
					res.newlines[NewlinesCRLF]++
					p++
				}
				p++
				state = nextState
			case in[p] == '\n':
				res.newlines[NewlinesLF]++
				if p+1 < end && in[p+1] == '\r' {
					p++
				}
				p++
				state = nextState
			case p+1 == end:
				state = nextState
				p++
			default:
				p++
			}
		}
	}
	return res
}

// unfoldValue copies a raw value: the first CR or LF of a line break
// becomes a space and the whitespace that follows is skipped, NUL bytes
// are dropped, then one trailing space and all leading whitespace are
// removed.
func unfoldValue(v []byte) string {
	out := make([]byte, 0, len(v))
	folding := false
	for _, ch := range v {
		if !folding {
			if ch == '\n' || ch == '\r' {
				folding = true
				out = append(out, ' ')
			} else if ch != 0 {
				out = append(out, ch)
			}
		} else if !isSpace(ch) {
			folding = false
			if ch != 0 {
				out = append(out, ch)
			}
		}
	}
	if len(out) > 0 && out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	i := 0
	for i < len(out) && isSpace(out[i]) {
		i++
	}
	return string(out[i:])
}

func dropNUL(b []byte) string {
	for i, c := range b {
		if c == 0 {
			out := make([]byte, 0, len(b))
			out = append(out, b[:i]...)
			for _, c := range b[i+1:] {
				if c != 0 {
					out = append(out, c)
				}
			}
			return string(out)
		}
	}
	return string(b)
}

func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// asciiLower lowercases ASCII letters only, as rspamd_str_lc does.

// findEOH finds the end of a header block as rspamd_string_find_eoh does.
// It returns the length of the headers and the offset of the body, or
// -1 when there is no empty line.
func findEOH(in []byte) (int, int) {
	const (
		skipChar = iota
		gotCR
		gotLF
		gotLinebreak
		gotLinebreakCR
		gotLinebreakLF
		obsFWS
	)
	p, c := 0, -1
	end := len(in)
	st := skipChar
	for p < end {
		switch st {
		case skipChar:
			switch in[p] {
			case '\r':
				st = gotCR
			case '\n':
				st = gotLF
			}
			p++
		case gotCR:
			switch {
			case in[p] == '\r':
				if p+1 < end && in[p+1] == '\n' {
					p++
					st = gotLF
				} else {
					return p, p + 1
				}
			case in[p] == '\n':
				p++
				st = gotLF
			case isSpace(in[p]):
				c = p
				p++
				st = obsFWS
			default:
				p++
				st = skipChar
			}
		case gotLF:
			switch {
			case in[p] == '\n':
				return p, p + 1
			case in[p] == '\r':
				st = gotLinebreak
			case isSpace(in[p]):
				c = p
				p++
				st = obsFWS
			default:
				p++
				st = skipChar
			}
		case gotLinebreak:
			switch {
			case in[p] == '\r':
				c = p
				p++
				st = gotLinebreakCR
			case in[p] == '\n':
				c = p
				p++
				st = gotLinebreakLF
			case isSpace(in[p]):
				c = p
				p++
				st = obsFWS
			default:
				p++
				st = skipChar
			}
		case gotLinebreakCR:
			switch {
			case in[p] == '\r':
				p++
			case in[p] == '\n':
				st = gotLinebreakLF
				p++
			case isSpace(in[p]):
				c = p
				st = obsFWS
				p++
			default:
				p++
				st = skipChar
			}
		case gotLinebreakLF:
			return c, p
		case obsFWS:
			switch {
			case in[p] == ' ' || in[p] == '\t':
				p++
			case in[p] == '\r':
				if end-p > 2 {
					if in[p+1] == '\n' && isSpace(in[p+2]) {
						c = p
						p++
						st = gotCR
					} else if isSpace(in[p+1]) {
						p++
						st = obsFWS
					} else {
						c = p
						p++
						st = gotCR
					}
				} else {
					return p, p + 1
				}
			case in[p] == '\n':
				if end-p > 1 {
					c = p
					p++
					if in[p] == ' ' || in[p] == '\t' {
						st = obsFWS
					} else {
						st = gotLF
					}
				} else {
					return p, p + 1
				}
			default:
				p++
				st = skipChar
			}
		}
	}
	if st == gotLinebreakLF {
		return c, p
	}
	return -1, -1
}
