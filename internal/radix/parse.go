package radix

import (
	"net/netip"
	"strconv"
	"strings"
)

// cString returns s up to its first NUL byte, as C sees a string.
func cString(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}

// ptonIPv4 parses a dotted quad as glibc's inet_pton(AF_INET) does:
// exactly four decimal octets of at most 255, no leading zeros, nothing
// else.
func ptonIPv4(s string) ([4]byte, bool) {
	var out [4]byte
	octets, sawDigit, cur := 0, false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v := int(out[cur])*10 + int(c-'0')
			if sawDigit && out[cur] == 0 {
				return out, false
			}
			if v > 255 {
				return out, false
			}
			out[cur] = byte(v)
			if !sawDigit {
				octets++
				if octets > 4 {
					return out, false
				}
				sawDigit = true
			}
		case c == '.' && sawDigit:
			if octets == 4 {
				return out, false
			}
			cur++
			sawDigit = false
		default:
			return out, false
		}
	}
	return out, octets == 4
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// ptonIPv6 parses an IPv6 address as glibc's inet_pton(AF_INET6) does
// (no zone, no brackets, an embedded dotted quad allowed at the end).
func ptonIPv6(s string) ([16]byte, bool) {
	var tmp [16]byte
	if s == "" {
		return tmp, false
	}
	i := 0
	if s[0] == ':' {
		i++
		if i == len(s) || s[i] != ':' {
			return tmp, false
		}
	}
	tp, colonp := 0, -1
	curtok := i
	xdigits, val := 0, 0
	for i < len(s) {
		ch := s[i]
		i++
		if d := hexValue(ch); d >= 0 {
			if xdigits == 4 {
				return tmp, false
			}
			val = val<<4 | d
			xdigits++
			continue
		}
		if ch == ':' {
			curtok = i
			if xdigits == 0 {
				if colonp >= 0 {
					return tmp, false
				}
				colonp = tp
				continue
			} else if i == len(s) {
				return tmp, false
			}
			if tp+2 > 16 {
				return tmp, false
			}
			tmp[tp], tmp[tp+1] = byte(val>>8), byte(val)
			tp += 2
			xdigits, val = 0, 0
			continue
		}
		if ch == '.' && tp+4 <= 16 {
			if v4, ok := ptonIPv4(s[curtok:]); ok {
				copy(tmp[tp:], v4[:])
				tp += 4
				xdigits = 0
				break
			}
		}
		return tmp, false
	}
	if xdigits > 0 {
		if tp+2 > 16 {
			return tmp, false
		}
		tmp[tp], tmp[tp+1] = byte(val>>8), byte(val)
		tp += 2
	}
	if colonp >= 0 {
		if tp == 16 {
			return tmp, false
		}
		n := tp - colonp
		copy(tmp[16-n:], tmp[colonp:tp])
		clear(tmp[colonp : 16-n])
		tp = 16
	}
	return tmp, tp == 16
}

// FormatIPv6 formats a 16-byte address as glibc's inet_ntop(AF_INET6)
// does: the longest run of two or more zero groups becomes "::", and
// IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses
// end in a dotted quad.
func FormatIPv6(a [16]byte) string {
	var words [8]int
	for i := range 16 {
		words[i/2] |= int(a[i]) << ((1 - i%2) * 8)
	}
	bestBase, bestLen, curBase, curLen := -1, 0, -1, 0
	for i, w := range words {
		if w == 0 {
			if curBase < 0 {
				curBase, curLen = i, 1
			} else {
				curLen++
			}
		} else if curBase >= 0 {
			if bestBase < 0 || curLen > bestLen {
				bestBase, bestLen = curBase, curLen
			}
			curBase = -1
		}
	}
	if curBase >= 0 && (bestBase < 0 || curLen > bestLen) {
		bestBase, bestLen = curBase, curLen
	}
	if bestBase >= 0 && bestLen < 2 {
		bestBase = -1
	}
	var b strings.Builder
	for i := 0; i < 8; i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				b.WriteByte(':')
			}
			continue
		}
		if i != 0 {
			b.WriteByte(':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff)) {
			b.WriteString(netip.AddrFrom4([4]byte{a[12], a[13], a[14], a[15]}).String())
			return b.String()
		}
		b.WriteString(strconv.FormatInt(int64(words[i]), 16))
	}
	if bestBase >= 0 && bestBase+bestLen == 8 {
		b.WriteByte(':')
	}
	return b.String()
}

// parseIPv4Lenient is rspamd_parse_inet_address_ip4: decimal octets of at
// most 255 separated by exactly three dots; empty octets and leading zeros
// are accepted.
func parseIPv4Lenient(s string) ([4]byte, bool) {
	var out [4]byte
	var addr uint32
	octet, n := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			octet = octet*10 + int(c-'0')
			if octet > 255 {
				return out, false
			}
		case c == '.':
			addr = addr<<8 + uint32(octet)
			octet = 0
			n++
		default:
			return out, false
		}
	}
	if n != 3 {
		return out, false
	}
	addr = addr<<8 + uint32(octet)
	return [4]byte{byte(addr >> 24), byte(addr >> 16), byte(addr >> 8), byte(addr)}, true
}

// parseIPv6Lenient is rspamd_parse_inet_address_ip6: it ignores a zone
// after '%', an "IPv6:" prefix, enclosing brackets and one leading colon.
func parseIPv6Lenient(s string) ([16]byte, bool) {
	var out [16]byte
	if i := strings.IndexByte(s, '%'); i > 0 {
		s = s[:i]
	}
	if len(s) > 5 && strings.EqualFold(s[:5], "IPv6:") {
		s = s[5:]
	}
	if len(s) > 1 && s[0] == '[' && s[len(s)-1] == ']' {
		s = s[1 : len(s)-1]
	}
	if len(s) > 0 && s[0] == ':' {
		s = s[1:]
	}
	pos, zero := 0, -1
	n, nibbles, word := 8, 0, 0
	digit := -1 // index in s where the last group started
	put := func() {
		out[pos], out[pos+1] = byte(word>>8), byte(word)
		pos += 2
	}
	i := 0
loop:
	for ; i < len(s); i++ {
		t := s[i]
		if t == ':' {
			if nibbles > 0 {
				digit = i + 1
				put()
				n--
				if n > 0 {
					nibbles, word = 0, 0
					continue
				}
			} else if zero < 0 {
				digit = i + 1
				zero = pos
				continue
			}
			return out, false
		}
		if t == '.' && nibbles > 0 {
			if n < 2 || digit < 0 {
				return out, false
			}
			v4, ok := parseIPv4Lenient(s[digit:])
			if !ok {
				return out, false
			}
			out[pos], out[pos+1] = v4[0], v4[1]
			pos += 2
			word = int(v4[2])<<8 | int(v4[3])
			n--
			break loop
		}
		nibbles++
		if nibbles > 4 {
			return out, false
		}
		d := hexValue(t)
		if d < 0 {
			return out, false
		}
		word = word*16 + d
	}
	if nibbles == 0 && zero < 0 {
		return out, false
	}
	put()
	n--
	if n > 0 {
		if zero >= 0 {
			shift := n * 2
			copy(out[zero+shift:pos+shift], out[zero:pos])
			clear(out[zero : zero+shift])
			return out, true
		}
		return out, false
	}
	return out, zero < 0
}

// unmapStatic is rspamd_inet_address_v6_maybe_map_static: an address
// whose first ten bytes are zero and next two 0xff becomes IPv4.
func unmapStatic(a [16]byte) netip.Addr {
	for _, b := range a[:10] {
		if b != 0 {
			return netip.AddrFrom16(a)
		}
	}
	if a[10] == 0xff && a[11] == 0xff {
		return netip.AddrFrom4([4]byte{a[12], a[13], a[14], a[15]})
	}
	return netip.AddrFrom16(a)
}

// ParseAddr parses an address as rspamd_parse_inet_address_ip does for
// lookups: IPv4 leniently (leading zeros, empty octets), IPv6 with an
// optional zone, "IPv6:" prefix or brackets, "[v6]:port" and "v4:port"
// (the port is ignored). IPv4-mapped IPv6 comes back as IPv4.
func ParseAddr(s string) (netip.Addr, bool) {
	if s == "" {
		return netip.Addr{}, false
	}
	if s[0] == '[' {
		end := strings.IndexByte(s[1:], ']')
		if end < 0 {
			return netip.Addr{}, false
		}
		ip := s[1 : 1+end]
		if len(ip) == 0 || len(ip) >= 47 {
			return netip.Addr{}, false
		}
		a, ok := parseIPv6Lenient(ip)
		if !ok {
			return netip.Addr{}, false
		}
		return unmapStatic(a), true
	}
	if colon := strings.IndexByte(s, ':'); colon >= 0 {
		if strings.IndexByte(s[colon+1:], ':') >= 0 {
			if a, ok := parseIPv6Lenient(s); ok {
				return unmapStatic(a), true
			}
		}
		if colon >= 47 || colon <= 1 {
			return netip.Addr{}, false
		}
		a, ok := parseIPv4Lenient(s[:colon])
		if !ok {
			return netip.Addr{}, false
		}
		return netip.AddrFrom4(a), true
	}
	if a, ok := parseIPv4Lenient(s); ok {
		return netip.AddrFrom4(a), true
	}
	if a, ok := parseIPv6Lenient(s); ok {
		return unmapStatic(a), true
	}
	return netip.Addr{}, false
}
