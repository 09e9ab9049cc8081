// Package received parses Received headers into the fields rspamd exposes
// (announced and real host names, real IP, receiving host, protocol flags,
// "for" address, timestamp) with rspamd's tolerant splitter.
package received

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/maildate"
)

// Flags are the protocol and property flags of a Received header
// (received_flags upstream).
type Flags uint32

// Received flags, with upstream's bit values.
const (
	SMTP          Flags = 1 << 0
	ESMTP         Flags = 1 << 1
	ESMTPA        Flags = 1 << 2
	ESMTPS        Flags = 1 << 3
	ESMTPSA       Flags = 1 << 4
	LMTP          Flags = 1 << 5
	IMAP          Flags = 1 << 6
	Local         Flags = 1 << 7
	HTTP          Flags = 1 << 8
	MAPI          Flags = 1 << 9
	Unknown       Flags = 1 << 10
	Artificial    Flags = 1 << 11
	SSL           Flags = 1 << 12
	Authenticated Flags = 1 << 13
	UTF8          Flags = 1 << 14
)

const protocols = SMTP | ESMTP | ESMTPA | ESMTPS | ESMTPSA | IMAP | HTTP | Local | MAPI | LMTP

// Proto is the protocol name of the flags ("unknown" when none or
// several).
func (f Flags) Proto() string {
	switch f & protocols {
	case SMTP:
		return "smtp"
	case ESMTP:
		return "esmtp"
	case ESMTPS:
		return "esmtps"
	case ESMTPA:
		return "esmtpa"
	case ESMTPSA:
		return "esmtpsa"
	case LMTP:
		return "lmtp"
	case IMAP:
		return "imap"
	case HTTP:
		return "http"
	case Local:
		return "local"
	case MAPI:
		return "mapi"
	}
	return "unknown"
}

var protoFlags = map[string]Flags{
	"smtp":        SMTP,
	"esmtp":       ESMTP,
	"utf8esmtp":   ESMTP | UTF8,
	"esmtpa":      ESMTPA | Authenticated,
	"utf8esmtpa":  ESMTPA | Authenticated | UTF8,
	"esmtpsa":     ESMTPSA | SSL | Authenticated,
	"utf8esmtpsa": ESMTPSA | SSL | Authenticated | UTF8,
	"esmtps":      ESMTPS | SSL,
	"utf8esmtps":  ESMTPS | SSL | UTF8,
	"lmtp":        LMTP,
	"imap":        IMAP,
	"imaps":       IMAP | SSL,
	"http":        HTTP,
	"https":       HTTP | SSL,
	"local":       Local,
}

// Header is one parsed Received header.
type Header struct {
	FromHostname string
	RealHostname string
	// RealIP is the textual real IP ("" if none) and Addr the parsed one.
	RealIP     string
	Addr       *IP
	ByHostname string
	For        string
	ForAddr    *mailaddr.Address
	// Timestamp is the parsed date, -1 when it does not parse and 0 when
	// the header has none.
	Timestamp int64
	Flags     Flags
	// Raw is the decoded header value it was parsed from.
	Raw string
}

const (
	maxParts    = 64
	maxComments = 64
)

type partType int

const (
	partFrom partType = iota
	partBy
	partFor
	partWith
	partID
	partUnknown
)

type part struct {
	typ      partType
	data     []byte
	comments [][]byte
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// isPrintICU is ICU's u_isprint: any character outside the C categories.
func isPrintICU(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z)
}

// appendFiltered appends UTF-8 text keeping printable characters
// lowercased, dropping the others and replacing ill-formed sequences with
// U+FFFD, then trims spaces and tabs around the whole value.
func appendFiltered(dst, src []byte) []byte {
	for i := 0; i < len(src); {
		if c := src[i]; c < utf8.RuneSelf {
			// ASCII: printable is ' ' to '~'.
			if c >= ' ' && c < 0x7f {
				dst = append(dst, encoding.LowerASCIIByte(c))
			}
			i++
			continue
		}
		r, n := charset.DecodeRune(src[i:])
		i += n
		if r < 0 {
			dst = append(dst, "\uFFFD"...)
			continue
		}
		if !isPrintICU(r) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return bytes.Trim(dst, " \t")
}

// processPart reads one clause: its data words (comments apart) up to the
// next clause, ';' or the end. It returns how much it consumed.
func processPart(data []byte, typ partType, np *part) (int, bool) {
	const (
		skipSpaces = iota
		inComment
		readData
		readTCPInfo
		allDone
	)
	obraces, ebraces := 0, 0
	seenTCPInfo := false
	p, c, end := 0, 0, len(data)
	st, next := skipSpaces, readData
	for p < end {
		switch st {
		case skipSpaces:
			if !isSpace(data[p]) {
				c = p
				st = next
			} else {
				p++
			}
		case inComment:
			if data[p] == '(' {
				obraces++
			} else if data[p] == ')' {
				ebraces++
				if ebraces >= obraces {
					if typ != partUnknown && p > c && len(np.comments) < maxComments {
						np.comments = append(np.comments, appendFiltered(nil, data[c:p]))
					}
					p++
					c = p
					st, next = skipSpaces, readData
					continue
				}
			}
			p++
		case readData:
			switch {
			case data[p] == '(':
				if p > c && typ != partUnknown {
					np.data = appendFiltered(np.data, data[c:p])
				}
				st = inComment
				obraces, ebraces = 1, 0
				p++
				c = p
			case isSpace(data[p]):
				if p > c && typ != partUnknown {
					np.data = appendFiltered(np.data, data[c:p])
				}
				st, next = skipSpaces, readData
				c = p
			case data[p] == ';':
				if p > c && typ != partUnknown {
					np.data = appendFiltered(np.data, data[c:p])
				}
				st = allDone
			case len(np.data) > 0:
				if !seenTCPInfo && typ == partFrom && data[c] == '[' {
					st = readTCPInfo
					p++
				} else {
					st = allDone
				}
			default:
				p++
			}
		case readTCPInfo:
			if data[p] == ']' {
				np.data = appendFiltered(np.data, data[c:p+1])
				seenTCPInfo = true
				st, next = skipSpaces, readData
				c = p
			}
			p++
		case allDone:
			if p > 0 {
				return p, true
			}
			return 0, false
		}
	}
	switch st {
	case readData:
		if p > c {
			if typ != partUnknown {
				np.data = appendFiltered(np.data, data[c:p])
			}
			return p, true
		}
	case skipSpaces:
		if p > 0 {
			return p, true
		}
	}
	return 0, false
}

// hasPrefixLower compares the next n bytes, lowercased, with lit.
func hasPrefixLower(b []byte, lit string) bool {
	if len(b) < len(lit) {
		return false
	}
	for i := 0; i < len(lit); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[i] {
			return false
		}
	}
	return true
}

// spill splits a Received value into clauses and finds the date.
func spill(in []byte) ([]*part, int) {
	var parts []*part
	datePos := -1
	p, end := 0, len(in)
	skip := func() {
		for p < end && isSpace(in[p]) {
			p++
		}
	}
	skip()
	if p < end && in[p] == '(' {
		ob, eb := 0, 0
		for p < end {
			if in[p] == ')' {
				eb++
			} else if in[p] == '(' {
				ob++
			}
			p++
			if ob == eb {
				skip()
				break
			}
		}
	}
	n := end - p
	if n == 0 {
		return nil, datePos
	}
	process := func(t partType) (int, bool) {
		np := &part{typ: t}
		pos, ok := processPart(in[p:], t, np)
		if !ok {
			return 0, false
		}
		parts = append(parts, np)
		return pos, true
	}
	seenFrom, seenBy := false, false
	if n > 4 && hasPrefixLower(in[p:], "from") {
		p += 4
		pos, ok := process(partFrom)
		if !ok {
			return nil, datePos
		}
		p += pos
		seenFrom = true
	}
	n = max(end-p, 0)
	if n > 2 && hasPrefixLower(in[p:], "by") {
		p += 2
		pos, ok := process(partBy)
		if !ok {
			return nil, datePos
		}
		p += pos
		seenBy = true
	}
	if !seenFrom && !seenBy {
		return nil, datePos
	}
	n = max(end-p, 0)
	for p < end {
		if len(parts) >= maxParts {
			break
		}
		if in[p] == ';' {
			datePos = p + 1
			break
		}
		var pos int
		var got bool
		switch {
		case n > 5 && hasPrefixLower(in[p:], "with"):
			p += 4
			pos, got = process(partWith)
		case n > 4 && hasPrefixLower(in[p:], "for"):
			p += 3
			pos, got = process(partFor)
		case n > 3 && hasPrefixLower(in[p:], "id"):
			p += 2
			pos, got = process(partID)
		default:
			for p < end && !(isSpace(in[p]) || in[p] == '(' || in[p] == ';') {
				p++
			}
			if p == end {
				return nil, datePos
			}
			if in[p] == ';' {
				datePos = p + 1
				return parts, datePos
			}
			pos, got = process(partUnknown)
		}
		if !got {
			p++
		} else {
			p += pos
		}
		n = max(end-p, 0)
	}
	return parts, datePos
}

// isDomainChar is rspamd_url_is_domain.
func isDomainChar(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c >= 0x80:
		return true
	}
	switch c {
	case '%', '-', '.', '\\', '^', '_':
		return true
	}
	return false
}

// rdns extracts a host name: a bracketed IP, or the leading run of domain
// characters when it is all the text or contains a dot and is followed by
// a space, '[' or '('.
func rdns(in []byte) (string, bool) {
	if len(in) == 0 {
		return "", false
	}
	if in[0] == '[' && in[len(in)-1] == ']' && len(in) > 2 {
		if ip, ok := ParseIP(in[1 : len(in)-1]); ok {
			if ip.Port != 0 {
				return ip.StringPort(), true
			}
			return ip.String(), true
		}
	}
	seenDot := false
	hlen := 0
	p := 0
	for ; p < len(in); p++ {
		c := in[p]
		if isSpace(c) || !isDomainChar(c) {
			break
		}
		if c == '.' {
			seenDot = true
		}
		hlen++
	}
	if hlen > 0 && (p == len(in) || (seenDot && (isSpace(in[p]) || in[p] == '[' || in[p] == '('))) {
		return string(in[:hlen]), true
	}
	return "", false
}

func filtered(s string) string { return string(appendFiltered(nil, []byte(s))) }

func (rh *Header) setAddr(ip *IP) {
	rh.Addr = ip
	rh.RealIP = filtered(ip.String())
}

// tcpInfo reads "[ip]", "ip", "rdns [ip]" or a bare host name; it reports
// whether a host name was found.
func (rh *Header) tcpInfo(in []byte) bool {
	if len(in) == 0 {
		return false
	}
	if in[0] == '[' {
		if b := bytes.IndexByte(in, ']'); b >= 0 {
			if ip, ok := ParseIP(in[1:b]); ok {
				rh.setAddr(ip)
			}
		}
		return false
	}
	var found bool
	if isXDigit(in[0]) {
		if ip, ok := ParseIP(in); ok {
			rh.setAddr(ip)
			found = true
		}
	}
	if found {
		return false
	}
	if ob := bytes.IndexByte(in, '['); ob >= 0 {
		if eb := bytes.LastIndexByte(in, ']'); eb >= 0 && eb > ob {
			if ip, ok := ParseIP(in[ob+1 : eb]); ok {
				rh.setAddr(ip)
				if h, ok := rdns(in[:ob]); ok {
					rh.RealHostname = filtered(h)
					return true
				}
			}
		}
		return false
	}
	if h, ok := rdns(in); ok {
		rh.RealHostname = filtered(h)
		return true
	}
	return false
}

func isXDigit(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func (rh *Header) processFrom(pt *part) {
	if len(pt.data) > 0 {
		seenIPInData := false
		if len(pt.comments) > 0 {
			rh.tcpInfo(pt.comments[0])
		}
		if rh.RealIP == "" && rh.tcpInfo(pt.data) {
			seenIPInData = true
		}
		if !seenIPInData {
			if rh.RealIP != "" {
				if h, ok := rdns(pt.data); ok {
					rh.FromHostname = filtered(h)
				}
			} else {
				rh.tcpInfo(pt.data)
			}
		}
	} else if len(pt.comments) > 0 {
		rh.tcpInfo(pt.comments[0])
	}
}

// Parse parses one Received value (as decoded); it returns nil when the
// header has neither a "from" nor a "by" clause or is malformed.
func Parse(value string) *Header {
	in := []byte(value)
	parts, datePos := spill(in)
	if len(parts) == 0 {
		return nil
	}
	rh := &Header{Flags: Unknown, Raw: value}
	for _, pt := range parts {
		switch pt.typ {
		case partFrom:
			rh.processFrom(pt)
		case partBy:
			if h, ok := rdns(pt.data); ok {
				rh.ByHostname = filtered(h)
			}
		case partWith:
			if len(pt.data) > 0 {
				if f, ok := protoFlags[string(pt.data)]; ok {
					rh.Flags = f
				}
			}
		case partFor:
			rh.For = string(pt.data)
			rh.ForAddr = mailaddr.FromSMTP(rh.For)
		}
	}
	if rh.RealHostname != "" && rh.FromHostname == "" {
		rh.FromHostname = rh.RealHostname
	}
	if datePos > 0 && datePos < len(in) {
		rh.Timestamp, _ = maildate.Parse(value[datePos:])
	}
	return rh
}
