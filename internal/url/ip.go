package url

import (
	"bytes"
	"strconv"
)

// parseIPv4 parses a dotted IPv4 address as upstream's
// rspamd_parse_inet_address_ip4: exactly three dots, octets up to 255,
// empty octets count as zero.
func parseIPv4(text []byte) ([4]byte, bool) {
	var addr uint32
	var octet, n uint32
	for _, c := range text {
		switch {
		case c >= '0' && c <= '9':
			octet = octet*10 + uint32(c-'0')
			if octet > 255 {
				return [4]byte{}, false
			}
		case c == '.':
			addr = addr<<8 + octet
			octet = 0
			n++
		default:
			return [4]byte{}, false
		}
	}
	if n != 3 {
		return [4]byte{}, false
	}
	addr = addr<<8 + octet
	return [4]byte{byte(addr >> 24), byte(addr >> 16), byte(addr >> 8), byte(addr)}, true
}

// parseIPv6 parses an IPv6 address as upstream's
// rspamd_parse_inet_address_ip6 (scope, "IPv6:" prefix and brackets
// accepted, embedded IPv4 allowed).
func parseIPv6(text []byte) ([16]byte, bool) {
	var addr [16]byte
	if pct := bytes.IndexByte(text, '%'); pct > 0 {
		text = text[:pct]
	}
	if len(text) > 5 && hasPrefixFold(text, "ipv6:") {
		text = text[5:]
	}
	if len(text) > 1 && text[0] == '[' && text[len(text)-1] == ']' {
		text = text[1 : len(text)-1]
	}
	if len(text) > 0 && text[0] == ':' {
		text = text[1:]
	}
	a := 0
	zero := -1
	digit := -1
	n := 8
	nibbles := 0
	var word uint32
	for i := 0; i < len(text); i++ {
		t := text[i]
		if t == ':' {
			if nibbles > 0 {
				digit = i + 1
				if a+2 > 16 {
					return addr, false
				}
				addr[a] = byte(word >> 8)
				addr[a+1] = byte(word)
				a += 2
				n--
				if n > 0 {
					nibbles = 0
					word = 0
					continue
				}
			} else if zero < 0 {
				digit = i + 1
				zero = a
				continue
			}
			return addr, false
		}
		if t == '.' && nibbles > 0 {
			if n < 2 || digit < 0 {
				return addr, false
			}
			// The embedded IPv4 runs from the last group to the end.
			v4, ok := parseIPv4(text[digit:])
			if !ok {
				return addr, false
			}
			if a+2 > 16 {
				return addr, false
			}
			addr[a] = v4[0]
			addr[a+1] = v4[1]
			a += 2
			n--
			word = uint32(v4[2])<<8 | uint32(v4[3])
			nibbles = 1
			break
		}
		nibbles++
		if nibbles > 4 {
			return addr, false
		}
		switch {
		case t >= '0' && t <= '9':
			word = word*16 + uint32(t-'0')
		case t|0x20 >= 'a' && t|0x20 <= 'f':
			word = word*16 + uint32(t|0x20-'a') + 10
		default:
			return addr, false
		}
	}
	if nibbles == 0 && zero < 0 {
		return addr, false
	}
	if a+2 > 16 {
		return addr, false
	}
	addr[a] = byte(word >> 8)
	addr[a+1] = byte(word)
	a += 2
	n--
	if n > 0 {
		if zero >= 0 {
			shift := n * 2
			for s := a - 1; s >= zero; s-- {
				addr[s+shift] = addr[s]
			}
			for i := zero; i < zero+shift; i++ {
				addr[i] = 0
			}
			return addr, true
		}
		return addr, false
	}
	return addr, zero < 0
}

// formatIPv4 prints an address as inet_ntop(AF_INET) does.
func formatIPv4(a []byte) string {
	b := make([]byte, 0, 15)
	for i := 0; i < 4; i++ {
		if i > 0 {
			b = append(b, '.')
		}
		b = strconv.AppendUint(b, uint64(a[i]), 10)
	}
	return string(b)
}

// formatIPv6 prints an address as glibc's inet_ntop(AF_INET6) does.
func formatIPv6(a [16]byte) string {
	var words [8]uint16
	for i := range words {
		words[i] = uint16(a[2*i])<<8 | uint16(a[2*i+1])
	}
	bestBase, bestLen := -1, 0
	curBase, curLen := -1, 0
	for i := 0; i < 8; i++ {
		if words[i] == 0 {
			if curBase == -1 {
				curBase, curLen = i, 1
			} else {
				curLen++
			}
		} else if curBase != -1 {
			if bestBase == -1 || curLen > bestLen {
				bestBase, bestLen = curBase, curLen
			}
			curBase = -1
		}
	}
	if curBase != -1 && (bestBase == -1 || curLen > bestLen) {
		bestBase, bestLen = curBase, curLen
	}
	if bestBase != -1 && bestLen < 2 {
		bestBase = -1
	}
	b := make([]byte, 0, 46)
	for i := 0; i < 8; i++ {
		if bestBase != -1 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				b = append(b, ':')
			}
			continue
		}
		if i != 0 {
			b = append(b, ':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 7 && words[7] != 1) ||
			(bestLen == 5 && words[5] == 0xffff)) {
			b = append(b, formatIPv4(a[12:])...)
			return string(b)
		}
		b = strconv.AppendUint(b, uint64(words[i]), 16)
	}
	if bestBase != -1 && bestBase+bestLen == 8 {
		b = append(b, ':')
	}
	return string(b)
}

// strtolBase0 parses like C's strtol(s, &end, 0) on a NUL-terminated
// copy of s and reports whether the whole string was consumed.
func strtolBase0(s []byte) (int64, bool) {
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	if i < len(s) && s[i] == '0' {
		if i+2 < len(s)+1 && i+1 < len(s) && (s[i+1]|0x20) == 'x' && i+2 < len(s) && isASCIIXDigit(s[i+2]) {
			base = 16
			i += 2
		} else {
			base = 8
		}
	}
	start := i
	var v uint64
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case (c|0x20) >= 'a' && (c|0x20) <= 'z':
			d = uint64(c|0x20-'a') + 10
		default:
			d = 99
		}
		if d >= base {
			break
		}
		if v > (1<<63-1-d)/base {
			overflow = true
		}
		if !overflow {
			v = v*base + d
		}
	}
	if i == start && base != 8 {
		// No digits at all: strtol leaves the end pointer at the start.
		return 0, start == len(s) && len(s) == 0
	}
	if overflow {
		if neg {
			return -1 << 63, i == len(s)
		}
		return 1<<63 - 1, i == len(s)
	}
	r := int64(v)
	if neg {
		r = -r
	}
	return r, i == len(s)
}

// maybeRegenerateFromIP rewrites a numeric host (dotted, IPv6 or the
// decimal/octal/hexadecimal notations browsers accept) as a dotted IP
// address, as upstream's rspamd_url_maybe_regenerate_from_ip does.
func (b *builder) maybeRegenerateFromIP() bool {
	u := b.u
	if u.host.len == 0 {
		return false
	}
	host := b.s[u.host.off : u.host.off+u.host.len]
	p, end := 0, len(host)
	if host[0] == '[' && host[end-1] == ']' {
		p++
		end--
	}
	for end > p && host[end-1] == '.' {
		end--
	}
	if end-p == 0 || end-p > 46 {
		return false
	}
	for _, c := range host[p:end] {
		if c >= 0x80 {
			return false
		}
	}
	if a, ok := parseIPv4(host[p:end]); ok {
		b.regenerate(formatIPv4(a[:]))
		return true
	}
	if a, ok := parseIPv6(host[p:end]); ok {
		b.regenerate(formatIPv6(a))
		return true
	}
	// Numeric notations: up to four components, each 1 to 4 octets.
	at := func(i int) byte {
		if i < len(host) {
			return host[i]
		}
		return 0
	}
	var n, t, shift, nshift uint32
	dots := 0
	i := 0
	c := p
	checkNum := true
	for q := p; q <= end && checkNum; q++ {
		if shift < 32 && ((at(q) == '.' && dots < 3) || (q == end && dots <= 3)) {
			if q-c+1 >= 47 {
				return false
			}
			buf := host[c:q]
			c = q + 1
			if q < end && host[q] == '.' {
				dots++
			}
			longN, ok := strtolBase0(buf)
			if ok && longN >= 0 {
				t = uint32(longN)
				nshift = shift
				if t == 0 {
					nshift = shift + 8
				}
				for i = 0; i < 4; i++ {
					if t>>(8*uint(i)) > 0 {
						nshift += 8
					} else {
						break
					}
				}
				switch i {
				case 4:
					t = bswap32(t)
				case 3:
					t = bswap32(t&0xFFFFFF) >> 8
				case 2:
					t = uint32(bswap16(uint16(t & 0xFFFF)))
				default:
					t &= 0xFF
				}
				if q != end {
					n |= t << shift
					shift = nshift
				}
			} else {
				checkNum = false
			}
		}
	}
	shift = 8 * uint32(4-i)
	if shift < 32 {
		n |= t << shift
	}
	if !checkNum {
		return false
	}
	b.regenerate(formatIPv4([]byte{byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)}))
	u.Flags |= FlagObscured
	return true
}

func bswap32(v uint32) uint32 {
	return v>>24 | (v>>8)&0xff00 | (v<<8)&0xff0000 | v<<24
}

func bswap16(v uint16) uint16 { return v>>8 | v<<8 }

// regenerate rebuilds the URL string around a new host text, as upstream's
// rspamd_url_regen_from_inet_addr does.
func (b *builder) regenerate(ip string) {
	u := b.u
	old := b.s
	oldLen := len(old)
	ns := make([]byte, 0, oldLen+len(ip)+8)
	ns = append(ns, old[:u.host.off]...)
	u.tld = span{off: u.host.off, len: len(ip)}
	ns = append(ns, ip...)
	u.host.len = len(ip)
	u.Flags |= FlagNumeric
	if u.Flags&FlagHasPort != 0 {
		ns = append(ns, ':')
		ns = strconv.AppendUint(ns, uint64(u.port), 10)
	}
	if u.data.len > 0 {
		ns = append(ns, '/')
		newOff := len(ns)
		ns = append(ns, old[u.data.off:u.data.off+u.data.len]...)
		u.data.off = newOff
	} else if u.host.off+u.host.len < oldLen && old[u.host.off+u.host.len] == '/' {
		// Upstream checks the old string at the new host length.
		ns = append(ns, '/')
	}
	if u.query.len > 0 {
		ns = append(ns, '?')
		newOff := len(ns)
		ns = append(ns, old[u.query.off:u.query.off+u.query.len]...)
		u.query.off = newOff
	}
	if u.fragment.len > 0 {
		ns = append(ns, '#')
		newOff := len(ns)
		ns = append(ns, old[u.fragment.off:u.fragment.off+u.fragment.len]...)
		u.fragment.off = newOff
	}
	b.s = ns
}
