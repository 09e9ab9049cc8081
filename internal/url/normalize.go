package url

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Errno is a URL parsing error (upstream's enum uri_errno).
type Errno int

// Parsing errors.
const (
	ErrEmpty Errno = iota + 1
	ErrInvalidProtocol
	ErrInvalidPort
	ErrBadEncoding
	ErrBadFormat
	ErrTLDMissing
	ErrHostMissing
	ErrTooLong
)

func (e Errno) Error() string {
	switch e {
	case ErrEmpty:
		return "The URI string was empty"
	case ErrInvalidProtocol:
		return "No protocol was found"
	case ErrBadFormat:
		return "Bad URL format"
	case ErrBadEncoding:
		return "Invalid symbols encoded"
	case ErrInvalidPort:
		return "Port number is bad"
	case ErrTLDMissing:
		return "TLD part is not detected"
	case ErrHostMissing:
		return "Host part is missing"
	case ErrTooLong:
		return "URL is too long"
	}
	return "Parsing went well"
}

// maxURLLen is the length URLs are truncated to (G_MAXUINT16 / 2).
const maxURLLen = 0xffff / 2

// builder is a URL under normalisation: its string and components change
// in place as upstream's rspamd_url_shift does.
type builder struct {
	s []byte
	u *URL
}

func (b *builder) comp(field int) *span {
	switch field {
	case ufHost:
		return &b.u.host
	case ufPath:
		return &b.u.data
	case ufQuery:
		return &b.u.query
	case ufFragment:
		return &b.u.fragment
	}
	return nil
}

// shift shrinks a component to nlen bytes, moving what follows it.
func (b *builder) shift(nlen int, field int) {
	u := b.u
	var shift int
	switch field {
	case ufSchema:
		if nlen >= u.protoLen {
			return
		}
		shift = u.protoLen - nlen
		old := u.protoLen
		u.protoLen -= shift
		b.s = append(b.s[:u.protoLen], b.s[old:]...)
		u.Flags |= FlagSchemaEncoded
	case ufHost, ufPath, ufQuery:
		c := b.comp(field)
		if nlen >= c.len {
			return
		}
		shift = c.len - nlen
		old := c.len
		c.len = nlen
		b.s = append(b.s[:c.off+nlen], b.s[c.off+old:]...)
		switch field {
		case ufHost:
			u.Flags |= FlagHostEncoded
		case ufPath:
			u.Flags |= FlagPathEncoded
		case ufQuery:
			u.Flags |= FlagQueryEncoded
		}
	case ufFragment:
		if nlen >= u.fragment.len {
			return
		}
		shift = u.fragment.len - nlen
		u.fragment.len -= shift
		b.s = b.s[:len(b.s)-shift]
		return
	default:
		return
	}
	// Adjust the offsets of the following components.
	if field == ufSchema {
		if u.user.len > 0 {
			u.user.off -= shift
		}
		if u.host.len > 0 {
			u.host.off -= shift
		}
	}
	if field <= ufHost && u.data.len > 0 {
		u.data.off -= shift
	}
	if field <= ufPath && u.query.len > 0 {
		u.query.off -= shift
	}
	if field <= ufQuery && u.fragment.len > 0 {
		u.fragment.off -= shift
	}
}

// Decode percent-decodes src into dst as upstream's rspamd_url_decode
// ('+' becomes a space, invalid escapes are dropped or kept partially) and
// returns the decoded length; dst may be src.
func Decode(dst, src []byte) int {
	const (
		usual = iota
		quoted
		quotedSecond
	)
	d := 0
	state := usual
	var decoded byte
	for _, ch := range src {
		switch state {
		case usual:
			switch ch {
			case '%':
				state = quoted
			case '+':
				dst[d] = ' '
				d++
			default:
				dst[d] = ch
				d++
			}
		case quoted:
			if ch >= '0' && ch <= '9' {
				decoded = ch - '0'
				state = quotedSecond
				break
			}
			if c := ch | 0x20; c >= 'a' && c <= 'f' {
				decoded = c - 'a' + 10
				state = quotedSecond
				break
			}
			state = usual
			dst[d] = ch
			d++
		case quotedSecond:
			state = usual
			if ch >= '0' && ch <= '9' {
				dst[d] = decoded<<4 + ch - '0'
				d++
				break
			}
			if c := ch | 0x20; c >= 'a' && c <= 'f' {
				dst[d] = decoded<<4 + c - 'a' + 10
				d++
			}
		}
	}
	return d
}

// decodeComp percent-decodes and then normalises a component in place,
// returning its new length.
func (b *builder) decodeNormalise(c span) int {
	seg := b.s[c.off : c.off+c.len]
	n := Decode(seg, seg)
	norm, res := NormalizeUnicode(seg[:n])
	copy(seg, norm)
	b.u.Flags |= normFlags(res)
	return len(norm)
}

func normFlags(res NormResult) Flags {
	var f Flags
	if res&NormUnnormal != 0 {
		f |= FlagUnnormalised
	}
	if res&NormZeroSpaces != 0 {
		f |= FlagZWSpaces
	}
	if res&NormError != 0 {
		f |= FlagObscured
	}
	return f
}

// Parse parses one URL (rspamd_url_parse). filter may be nil.
func (s *Scanner) Parse(str []byte, pf ParseFlags, filter Filter) (*URL, error) {
	if len(str) == 0 || str[0] == 0 {
		return nil, ErrEmpty
	}
	var flags Flags
	n := len(str)
	if n >= maxURLLen {
		flags |= FlagTruncated
		n = maxURLLen
	}
	u := &URL{Protocol: ProtoUnknown, Count: 1, Order: NoOrder, PartOrder: NoOrder}
	in := &input{buf: str, start: 0, last: n}
	var f fields
	var ret, end int
	switch {
	case n > len("mailto:") && hasPrefixFold(str, "mailto:"):
		ret, end = mailtoParse(&f, in, pf)
	case n > len("mailto:") && (hasPrefixFold(str, "tel:") || hasPrefixFold(str, "callto:")):
		ret, end = telephoneParse(&f, in, pf)
		u.Protocol = ProtoTelephone
	default:
		ret, end = webParse(&f, in, pf, &flags, filter)
	}
	if ret != 0 {
		return nil, ErrBadFormat
	}
	if end > 0 && end != n {
		n = end
	}
	// Past the input (C over-reads) come NUL bytes.
	raw := str[:min(n, len(str))]
	if n > len(str) {
		raw = make([]byte, n)
		copy(raw, str)
	}
	u.raw = string(raw)
	// The string is a C copy of the raw bytes: it stops at a NUL byte.
	cstr := raw
	if z := bytes.IndexByte(raw, 0); z >= 0 {
		cstr = make([]byte, n)
		copy(cstr, raw[:z])
	}
	b := &builder{u: u}
	if flags&FlagMissingSlashes != 0 {
		sl := f.data[ufSchema].len
		b.s = make([]byte, 0, n+2)
		b.s = append(b.s, cstr[:sl]...)
		b.s = append(b.s, "://"...)
		if sl+1 < n {
			b.s = append(b.s, cstr[sl+1:]...)
		}
		for len(b.s) < n+2 {
			b.s = append(b.s, 0)
		}
		for i := ufSchema + 1; i < ufMax; i++ {
			if f.has(i) {
				f.data[i].off += 2
			}
		}
	} else {
		b.s = append([]byte(nil), cstr...)
	}
	u.Flags = flags
	for i := 0; i < ufMax; i++ {
		if !f.has(i) {
			continue
		}
		sp := f.data[i]
		if sp.len >= 0xffff {
			return nil, ErrBadFormat
		}
		switch i {
		case ufSchema:
			u.protoLen = sp.len
		case ufHost:
			u.host = sp
		case ufPath:
			u.data = sp
		case ufQuery:
			u.query = sp
		case ufFragment:
			u.fragment = sp
		case ufUserinfo:
			u.user = sp
		}
	}
	if f.port != 0 {
		u.Flags |= FlagHasPort
		u.port = f.port
	}
	if u.host.len == 0 {
		return nil, ErrHostMissing
	}

	// Decode the schema and the host.
	b.shift(Decode(b.s[:u.protoLen], b.s[:u.protoLen]), ufSchema)
	b.shift(b.decodeNormalise(u.host), ufHost)
	if u.host.len == 0 {
		return nil, ErrHostMissing
	}
	b.removeExtraSlashes()
	if b.removeIDNADots() {
		u.Flags |= FlagObscured
	}

	host, ok := nameprep(b.s[u.host.off : u.host.off+u.host.len])
	if !ok {
		return nil, ErrBadFormat
	}
	copy(b.s[u.host.off:], host)
	b.shift(len(host), ufHost)

	if u.data.len > 0 {
		b.shift(b.decodeNormalise(u.data), ufPath)
		seg := b.s[u.data.off : u.data.off+u.data.len]
		b.shift(NormalizePath(seg), ufPath)
	}
	if u.query.len > 0 {
		b.shift(b.decodeNormalise(u.query), ufQuery)
	}
	if u.fragment.len > 0 {
		b.shift(b.decodeNormalise(u.fragment), ufFragment)
	}

	for i := 0; i < u.protoLen; i++ {
		b.s[i] = encoding.LowerASCIIByte(b.s[i])
	}
	b.shift(lowerUTF8(b.s[u.host.off:u.host.off+u.host.len]), ufHost)

	if u.Protocol == ProtoUnknown {
		u.Protocol = protocolOf(b.s[:u.protoLen])
	}

	if u.Protocol&(ProtoHTTP|ProtoHTTPS|ProtoMailto|ProtoFTP|ProtoFile) != 0 {
		if err := s.findHostTLD(b, pf); err != nil {
			return nil, err
		}
		if u.Protocol&(ProtoHTTP|ProtoHTTPS|ProtoFTP) != 0 && u.protoLen > 0 && len(b.s) > u.protoLen+2 {
			for i := u.protoLen; i < u.host.off; i++ {
				if b.s[i] == '\\' {
					b.s[i] = '/'
					u.Flags |= FlagObscured
				}
			}
		}
	} else if u.Protocol&ProtoTelephone != 0 {
		b.normaliseTelephone()
		if u.host.len > 0 && b.s[u.host.off] == '+' {
			u.tld = span{off: u.host.off + 1, len: u.host.len - 1}
		} else {
			u.tld = u.host
		}
	}
	if u.Protocol == ProtoUnknown && pf&ParseHref == 0 {
		return nil, ErrInvalidProtocol
	}
	u.str = string(b.s)
	return u, nil
}

func hasPrefixFold(s []byte, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if encoding.LowerASCIIByte(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// protocolOf maps a lowercase scheme to its protocol; upstream compares
// "callto" with the length 3, so any "cal" scheme is a telephone one.
func protocolOf(scheme []byte) Protocol {
	switch string(scheme) {
	case "file":
		return ProtoFile
	case "ftp":
		return ProtoFTP
	case "http":
		return ProtoHTTP
	case "https":
		return ProtoHTTPS
	case "mailto":
		return ProtoMailto
	case "tel", "cal":
		return ProtoTelephone
	}
	return ProtoUnknown
}

// removeExtraSlashes collapses the slashes between the host and the path.
func (b *builder) removeExtraSlashes() {
	u := b.u
	if u.data.len == 0 {
		return
	}
	hostEnd := u.host.off + u.host.len
	pathStart := u.data.off
	if pathStart <= hostEnd+1 {
		return
	}
	for i := hostEnd; i < pathStart; i++ {
		if b.s[i] != '/' && b.s[i] != '\\' {
			return
		}
	}
	extra := pathStart - hostEnd - 1
	b.s = append(b.s[:hostEnd+1], b.s[pathStart:]...)
	u.data.off -= extra
	if u.query.len > 0 {
		u.query.off -= extra
	}
	if u.fragment.len > 0 {
		u.fragment.off -= extra
	}
}

// removeIDNADots replaces the IDNA full stops (U+3002, U+FF0E, U+FF61) of
// the host with '.', reporting whether there were any.
func (b *builder) removeIDNADots() bool {
	u := b.u
	if u.host.len == 0 {
		return false
	}
	host := b.s[u.host.off : u.host.off+u.host.len]
	t := 0
	found := false
	i := 0
	for i < len(host) {
		prev := i
		var c rune
		c, i = u8Next(host, i)
		if c == 0x3002 || c == 0xFF0E || c == 0xFF61 {
			host[t] = '.'
			t++
			found = true
		} else if found {
			t += copy(host[t:], host[prev:i])
		} else {
			t += i - prev
		}
	}
	if found {
		b.shift(t, ufHost)
	}
	return found
}

// normaliseTelephone keeps the digits of a telephone host (and a leading
// '+'); the bytes following the host are not moved, as upstream does.
func (b *builder) normaliseTelephone() {
	u := b.u
	host := b.s[u.host.off : u.host.off+u.host.len]
	orig := len(host)
	t, h := 0, 0
	if len(host) > 0 && host[0] == '+' {
		t, h = 1, 1
	}
	var tmp [4]byte
	for h < len(host) {
		c, next := u8Next(host, h)
		if uIsDigit(c) {
			enc := u8AppendUnsafe(tmp[:0], c)
			t += copy(host[t:], enc)
		}
		h = next
	}
	u.host.len = t
	b.s = b.s[:len(b.s)-(orig-t)]
}

// findHostTLD computes the eTLD+1 of the host, falling back to numeric
// hosts and hosts without dots.
func (s *Scanner) findHostTLD(b *builder, pf ParseFlags) error {
	u := b.u
	if s.hasTLD {
		s.hostTLD(b)
	}
	if u.tld.len != 0 {
		return nil
	}
	host := b.s[u.host.off : u.host.off+u.host.len]
	dot := bytes.IndexByte(host, '.')
	whole := false
	if len(host) > 0 && (dot < 0 || dot == len(host)-1) {
		allDomain := true
		for _, c := range host {
			if !isDomainChar(c) {
				allDomain = false
				break
			}
		}
		last := host[len(host)-1]
		if allDomain && last != '.' && !isASCIIAlnum(last) {
			allDomain = false
		}
		if allDomain && u.Protocol != ProtoMailto {
			b.maybeRegenerateFromIP()
			if last == '.' && u.host.len > 1 {
				u.tld.len = u.host.len - 1
			} else {
				u.tld.len = u.host.len
			}
			u.tld.off = u.host.off
			whole = true
		}
	}
	if whole {
		return nil
	}
	if u.Protocol != ProtoMailto {
		if s.hasTLD && pf&ParseHref == 0 {
			if !b.maybeRegenerateFromIP() {
				return ErrTLDMissing
			}
			return nil
		}
		if !b.maybeRegenerateFromIP() {
			u.tld = u.host
		} else if u.Flags&FlagSchemaless != 0 {
			return ErrTLDMissing
		}
		u.Flags |= FlagNoTLD
		return nil
	}
	if s.hasTLD {
		return ErrTLDMissing
	}
	u.Flags |= FlagNoTLD
	return nil
}
