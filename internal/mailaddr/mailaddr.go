// Package mailaddr parses e-mail addresses as rspamd does: SMTP paths
// (envelope senders and recipients, Return-Path, the "for" of Received)
// with an RFC 5321 machine, and address lists of From, To, Cc, Bcc and
// Reply-To with rspamd's tolerant splitter (comments removed, display names
// decoded, ";" accepted as a separator, a heuristic for addresses the
// machine rejects).
package mailaddr

import (
	"bytes"
	"strings"

	"github.com/gorspamd/rspamd/internal/rfc2047"
)

// Flags are rspamd's address flags (enum rspamd_email_address_flags).
type Flags uint32

// Address flags, with upstream's bit values.
const (
	Valid        Flags = 1 << 0
	IP           Flags = 1 << 1
	Braced       Flags = 1 << 2
	Quoted       Flags = 1 << 3
	Empty        Flags = 1 << 4
	HasBackslash Flags = 1 << 5
	Has8Bit      Flags = 1 << 8
	Aliased      Flags = 1 << 9
	Original     Flags = 1 << 10
)

// Address is one parsed address.
type Address struct {
	// Raw is the text the address was parsed from.
	Raw string
	// Addr is "user@domain" (unquoted for a quoted local part).
	Addr   string
	User   string
	Domain string
	// Name is the decoded display name; HasName tells an empty name from
	// none.
	Name    string
	HasName bool
	Flags   Flags
}

// FlagNames lists the flags as the Lua address table names them, in
// upstream's order.
var FlagNames = []struct {
	Flag Flags
	Name string
}{
	{Valid, "valid"}, {IP, "ip"}, {Braced, "braced"}, {Quoted, "quoted"},
	{Empty, "empty"}, {HasBackslash, "backslash"}, {Has8Bit, "8bit"},
	{Aliased, "aliased"}, {Original, "original"},
}

// parsePath runs the SMTP path machine over s.
func parsePath(s string) *Address {
	sc := scanPath([]byte(s))
	a := &Address{Raw: s, Flags: sc.flags}
	if sc.empty {
		return a
	}
	if sc.as >= 0 && sc.ae > sc.as {
		a.Addr = s[sc.as:sc.ae]
	}
	if sc.us >= 0 && sc.ue > sc.us {
		a.User = s[sc.us:sc.ue]
	}
	if sc.ds >= 0 && sc.de > sc.ds {
		a.Domain = s[sc.ds:sc.de]
	}
	return a
}

// unquote rewrites the address of a quoted local part as user@domain,
// dropping backslashes from the user when there were quoted pairs.
func (a *Address) unquote() {
	if a.Flags&Quoted == 0 || !strings.HasPrefix(a.Addr, `"`) {
		return
	}
	if a.Flags&HasBackslash != 0 && a.User != "" {
		a.User = strings.ReplaceAll(a.User, `\`, "")
	}
	a.Addr = a.User + "@" + a.Domain
}

// FromSMTP parses an SMTP path (as in MAIL FROM or Return-Path); it
// returns nil unless the machine accepts it.
func FromSMTP(s string) *Address {
	if s == "" {
		return nil
	}
	a := parsePath(s)
	if a.Flags&Valid == 0 {
		return nil
	}
	a.unquote()
	return a
}

// heuristic accepts anything as an address: "<...>" up to the first '>',
// user and domain split at the last '@'.
func heuristic(s string) (*Address, bool) {
	a := &Address{}
	p := s
	switch {
	case len(s) > 1 && s[0] == '<':
		n := strings.IndexByte(s[1:], '>')
		if n < 0 {
			n = len(s) - 1
		}
		a.Addr, a.Raw = s[1:1+n], s
		p = a.Addr
	case len(s) > 0:
		a.Addr, a.Raw = s, s
	default:
		return nil, false
	}
	if at := strings.LastIndexByte(p, '@'); at >= 0 && at+1 < len(p) {
		a.Domain = p[at+1:]
		a.User = p[:at]
	}
	for i := 0; i < len(p); i++ {
		if p[i] >= 0x80 {
			a.Flags |= Has8Bit
			break
		}
	}
	return a, true
}

// list collects the addresses of one header.
type list struct {
	addrs []*Address
	max   int
}

// add appends an address (nil for the placeholder rspamd inserts when a
// header yields nothing) with the display name ns.
func (l *list) add(a *Address, ns []byte) {
	if a == nil {
		a = &Address{Raw: "<>", Flags: Empty}
	}
	a.unquote()
	if len(ns) > 0 {
		n := bytes.Trim(ns, " \t\v")
		a.Name, _ = rfc2047.Decode(n)
		a.HasName = true
	}
	l.addrs = append(l.addrs, a)
}

// checkAndAdd parses one candidate; it returns 1 when an address was
// added, 0 when nothing could be made of it and -1 at the limit.
func (l *list) checkAndAdd(s string, ns []byte) int {
	if l.max > 0 && len(l.addrs) >= l.max {
		return -1
	}
	a := parsePath(s)
	if a.Flags&Valid != 0 {
		l.add(a, ns)
		return 1
	}
	if h, ok := heuristic(s); ok {
		l.add(h, ns)
		return 1
	}
	return 0
}

// stripComments removes parenthesised comments outside quoted strings,
// keeping backslash escapes, as the first pass of
// rspamd_email_address_from_mime does.
func stripComments(hdr string) []byte {
	cpy := make([]byte, 0, len(hdr))
	quoted := false
	obraces, ebraces := 0, 0
	p, end := 0, len(hdr)
	for p < end {
		if !quoted {
			if hdr[p] == '\\' {
				if obraces == 0 {
					cpy = append(cpy, hdr[p])
				}
				p++
			} else {
				switch hdr[p] {
				case '"':
					quoted = true
				case '(':
					obraces++
				case ')':
					ebraces++
					p++
				}
				if obraces == ebraces {
					obraces, ebraces = 0, 0
				}
			}
			if p < end && obraces == 0 {
				cpy = append(cpy, hdr[p])
			}
		} else {
			if hdr[p] == '\\' {
				cpy = append(cpy, hdr[p])
				p++
			} else if hdr[p] == '"' {
				quoted = false
			}
			if p < end {
				cpy = append(cpy, hdr[p])
			}
		}
		p++
	}
	return cpy
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// FromMIME parses an address list header value as
// rspamd_email_address_from_mime does and appends the addresses to dst.
// max > 0 bounds the length of the list.
func FromMIME(hdr string, dst []*Address, max int) []*Address {
	if dst == nil {
		dst = []*Address{}
	}
	l := &list{addrs: dst, max: max}
	if max > 0 && len(dst) >= max {
		return dst
	}
	cpy := stripComments(hdr)
	const (
		parseName = iota
		parseQuoted
		parseAddr
		skipSpaces
	)
	var ns []byte
	seenAt, seenObrace := false, false
	st, next := parseName, parseName
	p, c, end := 0, 0, len(cpy)
	for p < end {
		switch st {
		case parseName:
			switch cpy[p] {
			case '"':
				if p > c {
					t := p - 1
					nspaces := 0
					for t > c && isSpace(cpy[t]) {
						t--
						nspaces++
					}
					ns = append(ns, cpy[c:t+1]...)
					if nspaces > 0 {
						ns = append(ns, ' ')
					}
				}
				st = parseQuoted
				c = p + 1
			case '<':
				if p > c {
					t := p - 1
					for t > c && isSpace(cpy[t]) {
						t--
					}
					ns = append(ns, cpy[c:t+1]...)
				}
				c = p
				st = parseAddr
			case ',', ';':
				if p > c && seenAt {
					t := p - 1
					for t > c && isSpace(cpy[t]) {
						t--
					}
					check := l.checkAndAdd(string(cpy[c:t+1]), ns)
					if check == 0 && len(l.addrs) == 0 {
						l.add(nil, ns)
					} else if check != 1 {
						return l.addrs
					}
					ns = ns[:0]
					seenAt = false
				}
				st, next = skipSpaces, parseName
			case '@':
				seenAt = true
			}
			p++
		case parseQuoted:
			switch {
			case cpy[p] == '\\':
				if p > c {
					ns = append(ns, cpy[c:p]...)
				}
				p++
				c = p
			case cpy[p] == '"':
				if p > c {
					ns = append(ns, cpy[c:p]...)
				}
				if p+1 < end && isSpace(cpy[p+1]) {
					ns = append(ns, ' ')
				}
				st, next = skipSpaces, parseName
			case cpy[p] == '@' && seenObrace:
				seenAt = true
			case cpy[p] == '<':
				seenObrace = true
			}
			p++
		case parseAddr:
			if cpy[p] == '>' {
				check := l.checkAndAdd(string(cpy[c:p+1]), ns)
				if check == 0 && len(l.addrs) == 0 {
					l.add(nil, ns)
				} else if check != 1 {
					return l.addrs
				}
				ns = ns[:0]
				seenAt = false
				st, next = skipSpaces, parseName
			} else if cpy[p] == '@' {
				seenAt = true
			}
			p++
		case skipSpaces:
			if !isSpace(cpy[p]) {
				c = p
				st = next
			} else {
				p++
			}
		}
	}
	switch st {
	case parseName:
		if p > c {
			// Upstream trims trailing spaces starting from the string's
			// terminating NUL, so nothing is trimmed.
			if p > c {
				if seenAt {
					check := l.checkAndAdd(string(cpy[c:p]), ns)
					if check == 0 && len(l.addrs) == 0 {
						l.add(nil, ns)
					}
				} else {
					ns = append(ns, cpy[c:p]...)
					if len(l.addrs) == 0 {
						l.add(nil, ns)
					}
				}
			} else if len(l.addrs) == 0 {
				l.add(nil, ns)
			}
		}
	case parseAddr:
		if p > c {
			if l.checkAndAdd(string(cpy[c:p]), ns) == 0 && len(l.addrs) == 0 {
				l.add(nil, ns)
			}
		}
	case parseQuoted:
		if seenAt && seenObrace {
			i := bytes.LastIndexByte(cpy, '<')
			if l.checkAndAdd(string(cpy[i:]), ns) == 0 && len(l.addrs) == 0 {
				l.add(nil, ns)
			}
		}
	}
	return l.addrs
}

//go:generate sh -c "ragel -Z -T0 -I ../ragel -o smtp_rl.go smtp.rl && gofmt -w smtp_rl.go"
