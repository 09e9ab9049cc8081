package url

import "github.com/gorspamd/rspamd/internal/cconv"

// URL component state machines (web, mailto, telephone), as upstream's
// rspamd_web_parse, rspamd_mailto_parse and rspamd_telephone_parse.

// ParseFlags select how tolerant parsing is.
type ParseFlags uint8

// Parse modes.
const (
	// ParseText parses a URL found in text.
	ParseText ParseFlags = 0
	// ParseHref parses the value of an HTML href: every character is taken.
	ParseHref ParseFlags = 1 << 0
	// ParseCheck only checks where a URL found in text ends.
	ParseCheck ParseFlags = 1 << 1
)

// FilterResult is the verdict of a URL filter.
type FilterResult int

// Filter verdicts, as lua_url_filter returns them.
const (
	FilterAccept FilterResult = iota
	FilterSuspicious
	FilterReject
)

// Filter is consulted when the parser meets an oversized or ambiguous user
// part (upstream calls lua_url_filter.filter_url_string). It gets the user
// part seen so far and the current flags. A nil Filter accepts everything.
type Filter func(fragment []byte, flags Flags) FilterResult

func (f Filter) consult(fragment []byte, flags Flags) FilterResult {
	if f == nil {
		return FilterAccept
	}
	return f(fragment, flags)
}

// Component indexes of parsed fields (http_parser's UF_*).
const (
	ufSchema = iota
	ufHost
	ufPort
	ufPath
	ufQuery
	ufFragment
	ufUserinfo
	ufMax
)

// fields are the components found by a state machine, as offsets from the
// start of the parsed string.
type fields struct {
	set  uint
	data [ufMax]span
	port uint16
}

func (f *fields) has(i int) bool { return f.set&(1<<i) != 0 }

const (
	maxDomainLength = 253
	maxEmailUser    = 64
)

// input is the parsed bytes with a limit: reads past the limit see the
// following bytes of buf (upstream reads past the length it was given),
// and 0 past the end of buf.
type input struct {
	buf   []byte
	start int
	last  int
}

func (in *input) at(i int) byte {
	if i < len(in.buf) && i >= 0 {
		return in.buf[i]
	}
	return 0
}

// setField records the component [c, p) when f is not nil.
func (in *input) setField(f *fields, field, c, p int) {
	if f != nil {
		f.set |= 1 << field
		f.data[field] = span{off: c - in.start, len: p - c}
	}
}

// strtoulAt parses a decimal number at i like C's strtol(strtoul(...)) of a
// port: digits are read past any limit, overflow saturates and the result
// is seen as a signed long.
func (in *input) strtoulAt(i int) int64 {
	v, _, _ := cconv.Strtoul(in.buf[min(i, len(in.buf)):], 10)
	return int64(v)
}

// checkPort validates a port value as upstream's parse_port does.
func checkPort(pt int64) bool { return pt != 0 && pt <= 65535 }

// schemePrefix reads the "scheme:" of a mailto: or tel: URL, recording
// it, and an optional "//" (or backslashes). limit bounds the length read.
// It returns where the rest starts, or false when the input ends or turns
// bad first.
func schemePrefix(f *fields, in *input, limit int) (int, bool) {
	const (
		stScheme = iota
		stSemicolon
		stSlash
	)
	if f != nil {
		*f = fields{}
	}
	str := in.start
	p, last := str, in.last
	st := stScheme
	for p < last {
		if p-str > limit {
			return p, false
		}
		t := in.at(p)
		switch st {
		case stScheme:
			if t == ':' {
				st = stSemicolon
				in.setField(f, ufSchema, str, p)
			}
			p++
		case stSemicolon:
			if t != '/' && t != '\\' {
				return p, true
			}
			st = stSlash
			p++
		case stSlash:
			if t != '/' && t != '\\' {
				return p, false
			}
			return p + 1, true
		}
	}
	return p, false
}

// prefixFailed is the result of a mailto: or tel: parse that stopped in
// the scheme prefix.
func prefixFailed(pf ParseFlags) int {
	if pf&ParseCheck != 0 {
		return 0
	}
	return 1
}

func mailtoParse(f *fields, in *input, pf ParseFlags) (ret, end int) {
	const (
		stSlashSlash = iota
		stPrefixQuestion
		stDestination
		stEqual
		stUser
		stAt
		stDomain
		stSuffixQuestion
		stQuery
	)
	const limit = maxEmailUser + maxDomainLength + 1
	str := in.start
	c, last := str, in.last
	p, ok := schemePrefix(f, in, limit)
	if !ok {
		return prefixFailed(pf), p
	}
	st := stSlashSlash
	ret = 1
	natural := true
loop:
	for p < last {
		t := in.at(p)
		if p-str > limit {
			natural = false
			break loop
		}
		switch st {
		case stSlashSlash:
			if t == '?' {
				st = stPrefixQuestion
				p++
			} else if t != '/' && t != '\\' {
				c = p
				st = stUser
			} else {
				p++
			}
		case stPrefixQuestion:
			if t != 't' {
				natural = false
				break loop
			}
			st = stDestination
		case stDestination:
			if t == '=' {
				st = stEqual
			}
			p++
		case stEqual:
			c = p
			st = stUser
		case stUser:
			if t == '@' {
				if p-c == 0 {
					natural = false
					break loop
				}
				in.setField(f, ufUserinfo, c, p)
				st = stAt
			} else if !isMailsafe(t) || p-c > maxEmailUser {
				natural = false
				break loop
			}
			p++
		case stAt:
			c = p
			st = stDomain
		case stDomain:
			if t == '?' {
				in.setField(f, ufHost, c, p)
				st = stSuffixQuestion
			} else if (!isDomainChar(t) && t != '.' && t != '_') || p-c > maxDomainLength {
				natural = false
				break loop
			}
			p++
		case stSuffixQuestion:
			c = p
			st = stQuery
		case stQuery:
			natural = false
			if t == '#' {
				if p-c != 0 {
					in.setField(f, ufQuery, c, p)
				}
				ret = 0
				break loop
			} else if pf&ParseHref == 0 && isURLEnd(t) {
				ret = 0
				break loop
			} else if isLwsp(t) {
				if pf&ParseCheck == 0 && isASCIISpace(t) {
					ret = 0
				}
				break loop
			}
			natural = true
			p++
		}
	}
	if natural {
		switch st {
		case stDomain:
			if p-c != 0 {
				in.setField(f, ufHost, c, p)
				ret = 0
			}
		case stQuery:
			if p-c > 0 {
				in.setField(f, ufQuery, c, p)
			}
			ret = 0
		}
	}
	if pf&ParseCheck != 0 {
		ret = 0
	}
	return ret, p
}

func telephoneParse(f *fields, in *input, pf ParseFlags) (ret, end int) {
	const (
		stSlashSlash = iota
		stSpaces
		stPlus
		stPhoneStart
		stPhone
	)
	str := in.start
	c, last := str, in.last
	p, ok := schemePrefix(f, in, maxEmailUser)
	if !ok {
		return prefixFailed(pf), p
	}
	st := stSlashSlash
	ret = 1
	natural := true
loop:
	for p < last {
		t := in.at(p)
		if p-str > maxEmailUser {
			natural = false
			break loop
		}
		switch st {
		case stSlashSlash:
			switch {
			case isASCIISpace(t):
				st = stSpaces
				p++
			case t == '+':
				c = p
				st = stPlus
			case t == '/':
				p++
			default:
				st = stPhoneStart
				c = p
			}
		case stSpaces:
			if t == '+' {
				c = p
				st = stPlus
			} else if !isASCIISpace(t) {
				st = stPhoneStart
				c = p
			} else {
				p++
			}
		case stPlus:
			c = p
			p++
			st = stPhoneStart
		case stPhoneStart:
			if t == '%' || t == '(' || isASCIIDigit(t) {
				st = stPhone
				p++
			} else {
				natural = false
				break loop
			}
		case stPhone:
			var uc rune
			uc, p = u8Next(in.buf[:last], p)
			if uIsDigit(uc) || uc == '(' || uc == ')' || uc == '[' || uc == ']' ||
				uIsSpace(uc) || uc == '%' {
				// accepted, p already advanced
			} else if uc <= 0 || isURLEnd(byte(uc)) {
				ret = 0
				break loop
			}
		}
	}
	if natural && st == stPhone && p-c != 0 {
		in.setField(f, ufHost, c, p)
		ret = 0
	}
	if pf&ParseCheck != 0 {
		ret = 0
	}
	return ret, p
}

func webParse(f *fields, in *input, pf ParseFlags, flags *Flags, filter Filter) (ret, end int) {
	const (
		stProtocol = iota
		stSlash
		stSlashSlash
		stSemicolon
		stUser
		stAt
		stMultipleAt
		stPasswordStart
		stPassword
		stDomainStart
		stDomain
		stIPv6
		stPortPassword
		stPort
		stSuffixSlash
		stPath
		stQuery
		stPart
	)
	str := in.start
	p, c, last := str, str, in.last
	slash, passwordStart, userStart := -1, -1, -1
	var t byte
	userSeen, userOversized := false, false
	st := stProtocol
	ret = 1
	if f != nil {
		*f = fields{}
	}

	// out is the error exit; set finishes the pending component.
	const (
		exitNone = iota
		exitOut
		exitSet
	)
	exit := exitNone

loop:
	for p < last {
		t = in.at(p)
		switch st {
		case stProtocol:
			if t == ':' {
				st = stSemicolon
				in.setField(f, ufSchema, c, p)
			} else if !isASCIIAlnum(t) && t != '+' && t != '-' {
				if pf&ParseCheck != 0 && p > c {
					st = stDomainStart
					p = c
					slash = c
					continue
				}
				exit = exitOut
				break loop
			}
			p++
		case stSemicolon:
			if t == '/' || t == '\\' {
				st = stSlash
				p++
			} else {
				st = stSlashSlash
				*flags |= FlagMissingSlashes
			}
		case stSlash:
			if t != '/' && t != '\\' {
				exit = exitOut
				break loop
			}
			st = stSlashSlash
			p++
		case stSlashSlash:
			if t != '/' && t != '\\' {
				c = p
				slash = p
				st = stDomainStart
				for tp := p; tp < last; tp++ {
					ct := in.at(tp)
					if ct == '@' {
						userSeen = true
						st = stUser
						break
					} else if ct == '/' || ct == '#' || ct == '?' {
						st = stDomainStart
						break
					}
				}
				if st == stDomainStart && in.at(p) == '[' {
					st = stIPv6
					p++
					c = p
				}
			} else {
				p++
			}
		case stIPv6:
			if t == ']' {
				if p-c == 0 {
					exit = exitOut
					break loop
				}
				in.setField(f, ufHost, c, p)
				p++
				switch in.at(p) {
				case ':':
					st = stPort
					c = p + 1
				case '/', '\\':
					st = stPath
					c = p + 1
				case '?':
					st = stQuery
					c = p + 1
				case '#':
					st = stPart
					c = p + 1
				default:
					if p != last {
						exit = exitOut
						break loop
					}
				}
			} else if !isASCIIXDigit(t) && t != ':' && t != '.' {
				exit = exitOut
				break loop
			}
			p++
		case stUser:
			if t == ':' {
				if p-c == 0 {
					exit = exitOut
					break loop
				}
				if userOversized && filter.consult(in.buf[c:p], *flags) == FilterReject {
					exit = exitOut
					break loop
				}
				userStart = c
				st = stPasswordStart
			} else if t == '@' {
				if p-c == 0 {
					st = stMultipleAt
					userSeen = true
					*flags |= FlagObscured
					continue
				}
				if userOversized && filter.consult(in.buf[c:p], *flags) == FilterReject {
					exit = exitOut
					break loop
				}
				in.setField(f, ufUserinfo, c, p)
				*flags |= FlagHasUser
				st = stAt
			} else if !isASCIIGraph(t) {
				exit = exitOut
				break loop
			} else if !userOversized && p-c > maxEmailUser {
				userOversized = true
				*flags |= FlagObscured | FlagHasUser
				if filter.consult(in.buf[c:p], *flags) == FilterReject {
					exit = exitOut
					break loop
				}
			}
			p++
		case stMultipleAt:
			if t != '@' {
				if p-c == 0 {
					exit = exitOut
					break loop
				}
				if filter.consult(in.buf[c:p], *flags) == FilterReject {
					exit = exitOut
					break loop
				}
				in.setField(f, ufUserinfo, c, p-1)
				*flags |= FlagHasUser
				st = stAt
			} else {
				p++
			}
		case stPasswordStart:
			if t == '@' {
				in.setField(f, ufUserinfo, c, p)
				if f != nil && f.data[ufUserinfo].len > 0 {
					f.data[ufUserinfo].len--
				}
				*flags |= FlagHasUser
				st = stAt
			} else {
				c = p
				passwordStart = p
				st = stPassword
			}
			p++
		case stPassword:
			if t == '@' {
				if f != nil && f.data[ufUserinfo].len == 0 && passwordStart >= 0 &&
					userStart >= 0 && passwordStart > userStart+1 {
					*flags |= FlagHasUser
					f.set |= 1 << ufUserinfo
					f.data[ufUserinfo] = span{off: userStart - str, len: passwordStart - userStart - 1}
				}
				st = stAt
			} else if !isASCIIGraph(t) || p-c > maxDomainLength {
				exit = exitOut
				break loop
			}
			p++
		case stAt:
			c = p
			if t == '@' {
				*flags |= FlagObscured
				p++
			} else if t == '[' {
				st = stIPv6
				p++
				c = p
			} else {
				st = stDomainStart
			}
		case stDomainStart:
			if !isDomainStart(t) {
				exit = exitOut
				break loop
			}
			st = stDomain
		case stDomain:
			if p-c > maxDomainLength {
				exit = exitOut
				break loop
			}
			if t == '/' || t == '\\' || t == ':' || t == '?' || t == '#' {
				if p-c == 0 {
					exit = exitOut
					break loop
				}
				switch {
				case t == '/' || t == '\\':
					in.setField(f, ufHost, c, p)
					st = stSuffixSlash
				case t == '?':
					in.setField(f, ufHost, c, p)
					st = stQuery
					c = p + 1
				case t == '#':
					in.setField(f, ufHost, c, p)
					st = stPart
					c = p + 1
				case t == ':' && !userSeen:
					st = stPortPassword
				default:
					in.setField(f, ufHost, c, p)
					st = stPort
					c = p + 1
				}
				p++
			} else {
				switch {
				case isURLEnd(t) || isURLStart(t):
					exit = exitSet
					break loop
				case t == '@' && !userSeen:
					p = slash
					userSeen = true
					st = stUser
				case t != '.' && t != '-' && t != '_' && t != '%':
					if t&0x80 != 0 {
						uc, next := u8Next(in.buf[:last], p)
						if uc < 0 {
							exit = exitOut
							break loop
						}
						if !uIsAlnum(uc) {
							if isZeroWidthSpace(uc) {
								*flags |= FlagZWSpaces
							} else if !uIsGraph(uc) {
								if pf&ParseCheck == 0 {
									exit = exitOut
								} else {
									exit = exitSet
								}
								break loop
							}
						} else {
							*flags |= FlagIDN
						}
						p = next
					} else if isURLSafeChar(t) {
						p++
					} else if pf&ParseHref != 0 {
						p++
						*flags |= FlagObscured
					} else {
						if pf&ParseCheck == 0 {
							exit = exitOut
						} else {
							exit = exitSet
						}
						break loop
					}
				default:
					p++
				}
			}
		case stPortPassword:
			if isASCIIDigit(t) {
				tmp := p
				for ; tmp < last; tmp++ {
					ct := in.at(tmp)
					if !isASCIIDigit(ct) {
						if ct == '/' || ct == '#' || ct == '?' || isURLEnd(ct) || isASCIISpace(ct) {
							st = stPort
							in.setField(f, ufHost, slash, p-1)
							c = p
						}
						break
					}
				}
				if tmp == last {
					st = stPort
					in.setField(f, ufHost, slash, p-1)
					c = p
				}
				if st != stPort {
					p = slash
					c = slash
					userSeen = true
					st = stUser
				}
			} else {
				p = slash
				c = slash
				userSeen = true
				st = stUser
			}
		case stPort:
			switch {
			case t == '/' || t == '\\':
				pt := in.strtoulAt(c)
				if !checkPort(pt) {
					exit = exitOut
					break loop
				}
				if f != nil {
					f.port = uint16(pt)
					*flags |= FlagHasPort
				}
				st = stSuffixSlash
			case t == '?' || t == '#':
				pt := in.strtoulAt(c)
				if !checkPort(pt) {
					exit = exitOut
					break loop
				}
				if f != nil {
					f.port = uint16(pt)
					*flags |= FlagHasPort
				}
				c = p + 1
				if t == '?' {
					st = stQuery
				} else {
					st = stPart
				}
			case isURLEnd(t):
				exit = exitSet
				break loop
			case !isASCIIDigit(t):
				if pf&ParseCheck == 0 || !isASCIISpace(t) {
					exit = exitOut
				} else {
					exit = exitSet
				}
				break loop
			}
			p++
		case stSuffixSlash:
			if t != '/' && t != '\\' {
				c = p
				st = stPath
			} else {
				p++
			}
		case stPath, stQuery, stPart:
			if st == stPath && (t == '?' || t == '#') {
				if p-c != 0 {
					in.setField(f, ufPath, c, p)
				}
				c = p + 1
				if t == '?' {
					st = stQuery
				} else {
					st = stPart
				}
			} else if st == stQuery && t == '#' {
				if p-c != 0 {
					in.setField(f, ufQuery, c, p)
				}
				c = p + 1
				st = stPart
			} else if pf&ParseHref == 0 && isURLEnd(t) {
				exit = exitSet
				break loop
			} else if isLwsp(t) {
				if pf&ParseCheck == 0 && !isASCIISpace(t) {
					exit = exitOut
				} else {
					exit = exitSet
				}
				break loop
			}
			p++
		}
	}

	if exit != exitOut {
		switch st {
		case stDomain:
			if p-c == 0 || !isDomainChar(in.at(p-1)) || !isDomainChar(in.at(c)) {
				return 1, p
			}
			in.setField(f, ufHost, c, p)
			ret = 0
		case stPort:
			pt := in.strtoulAt(c)
			if !checkPort(pt) {
				return 1, p
			}
			if f != nil {
				f.port = uint16(pt)
			}
			ret = 0
		case stSuffixSlash:
			ret = 0
		case stPath:
			if p-c > 0 {
				in.setField(f, ufPath, c, p)
			}
			ret = 0
		case stQuery:
			if p-c > 0 {
				in.setField(f, ufQuery, c, p)
			}
			ret = 0
		case stPart:
			if p-c > 0 {
				in.setField(f, ufFragment, c, p)
			}
			ret = 0
		case stIPv6:
			if t != ']' {
				ret = 1
			} else {
				ret = 0
			}
		default:
			ret = 1
		}
	}
	return ret, p
}
