package received

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// IP is an address parsed as rspamd_parse_inet_address does (IPv4-mapped
// IPv6 addresses become IPv4).
type IP struct {
	V4   bool
	Addr [16]byte // IPv4 in the first four bytes
	Port int
}

func encodeRune(b []byte, r rune) int { return utf8.EncodeRune(b, r) }

// ParseIP parses "a.b.c.d", "a.b.c.d:port", an IPv6 address (optionally
// with an "IPv6:" prefix or a "%scope"), or "[ipv6]" and "[ipv6]:port".
func ParseIP(src []byte) (*IP, bool) {
	if len(src) == 0 {
		return nil, false
	}
	if src[0] == '[' {
		e := bytes.IndexByte(src[1:], ']')
		if e < 0 {
			return nil, false
		}
		e++
		iplen := e - 1
		if iplen == 0 || iplen >= 47 {
			return nil, false
		}
		var a [16]byte
		if !parseIPv6(src[1:e], &a) {
			return nil, false
		}
		ip := mapV6(a)
		if e+1 < len(src) && src[e+1] == ':' {
			ip.Port = portNum(src[e+1:])
		}
		return ip, true
	}
	if c := bytes.IndexByte(src, ':'); c >= 0 {
		var a [16]byte
		if bytes.IndexByte(src[c+1:], ':') >= 0 && parseIPv6(src, &a) {
			return mapV6(a), true
		}
		if c >= 47 || c <= 1 {
			return nil, false
		}
		var v4 [4]byte
		if !parseIPv4(src[:c], &v4) {
			return nil, false
		}
		ip := &IP{V4: true}
		copy(ip.Addr[:], v4[:])
		ip.Port = portNum(src[c+1:])
		return ip, true
	}
	var v4 [4]byte
	if parseIPv4(src, &v4) {
		ip := &IP{V4: true}
		copy(ip.Addr[:], v4[:])
		return ip, true
	}
	var a [16]byte
	if parseIPv6(src, &a) {
		return mapV6(a), true
	}
	return nil, false
}

// portNum is rspamd_strtoul of the text after ':' truncated to a port.
func portNum(b []byte) int {
	var v uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			break
		}
		v = v*10 + uint64(c-'0')
	}
	return int(uint16(v))
}

func mapV6(a [16]byte) *IP {
	zero := true
	for _, c := range a[:10] {
		if c != 0 {
			zero = false
		}
	}
	if zero && a[10] == 0xff && a[11] == 0xff {
		ip := &IP{V4: true}
		copy(ip.Addr[:4], a[12:])
		return ip
	}
	return &IP{Addr: a}
}

func parseIPv4(b []byte, out *[4]byte) bool {
	var addr uint32
	octet, n := uint32(0), 0
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			octet = octet*10 + uint32(c-'0')
			if octet > 255 {
				return false
			}
		case c == '.':
			addr = addr<<8 + octet
			octet = 0
			n++
		default:
			return false
		}
	}
	if n != 3 {
		return false
	}
	addr = addr<<8 + octet
	out[0], out[1], out[2], out[3] = byte(addr>>24), byte(addr>>16), byte(addr>>8), byte(addr)
	return true
}

// parseIPv6 is rspamd_parse_inet_address_ip6.
func parseIPv6(text []byte, out *[16]byte) bool {
	p := text
	if pc := bytes.IndexByte(p, '%'); pc > 0 {
		p = p[:pc]
	}
	if len(p) > 5 && strings.EqualFold(string(p[:5]), "IPv6:") {
		p = p[5:]
	}
	if len(p) > 1 && p[0] == '[' && p[len(p)-1] == ']' {
		p = p[1 : len(p)-1]
	}
	if len(p) > 0 && p[0] == ':' {
		p = p[1:]
	}
	var addr [16]byte
	ai := 0
	zero := -1
	n, nibbles := 8, 0
	word := uint32(0)
	digit := -1 // index in p of the start of the current group
	i := 0
	for ; i < len(p); i++ {
		t := p[i]
		if t == ':' {
			if nibbles > 0 {
				digit = i + 1
				addr[ai] = byte(word >> 8)
				addr[ai+1] = byte(word)
				ai += 2
				n--
				if n > 0 {
					nibbles, word = 0, 0
					continue
				}
			} else if zero < 0 {
				digit = i + 1
				zero = ai
				continue
			}
			return false
		}
		if t == '.' && nibbles > 0 {
			if n < 2 || digit < 0 {
				return false
			}
			// The IPv4 text runs from the group start to the end.
			var v4 [4]byte
			if !parseIPv4(p[digit:], &v4) {
				return false
			}
			addr[ai], addr[ai+1] = v4[0], v4[1]
			ai += 2
			word = uint32(v4[2])<<8 | uint32(v4[3])
			n--
			break
		}
		nibbles++
		if nibbles > 4 {
			return false
		}
		switch {
		case t >= '0' && t <= '9':
			word = word*16 + uint32(t-'0')
		case (t|0x20) >= 'a' && (t|0x20) <= 'f':
			word = word*16 + uint32((t|0x20)-'a') + 10
		default:
			return false
		}
	}
	if nibbles == 0 && zero < 0 {
		return false
	}
	addr[ai] = byte(word >> 8)
	addr[ai+1] = byte(word)
	ai += 2
	n--
	if n > 0 {
		if zero >= 0 {
			shift := n * 2
			for s := ai - 1; s >= zero; s-- {
				addr[s+shift] = addr[s]
			}
			for k := zero; k < zero+shift; k++ {
				addr[k] = 0
			}
			*out = addr
			return true
		}
		return false
	}
	if zero < 0 {
		*out = addr
		return true
	}
	return false
}

// String formats the address as inet_ntop does.
func (ip *IP) String() string {
	if ip.V4 {
		return strconv.Itoa(int(ip.Addr[0])) + "." + strconv.Itoa(int(ip.Addr[1])) + "." +
			strconv.Itoa(int(ip.Addr[2])) + "." + strconv.Itoa(int(ip.Addr[3]))
	}
	return ntop6(ip.Addr)
}

// StringPort formats "ip:port" or "[ip6]:port".
func (ip *IP) StringPort() string {
	if ip.V4 {
		return ip.String() + ":" + strconv.Itoa(ip.Port)
	}
	return "[" + ip.String() + "]:" + strconv.Itoa(ip.Port)
}

// ntop6 is glibc's inet_ntop for IPv6: the longest run of two or more zero
// words becomes "::", and IPv4-compatible or mapped addresses end in
// dotted quad.
func ntop6(a [16]byte) string {
	var w [8]int
	for i := range w {
		w[i] = int(a[2*i])<<8 | int(a[2*i+1])
	}
	bestBase, bestLen := -1, 0
	curBase, curLen := -1, 0
	for i := 0; i < 8; i++ {
		if w[i] == 0 {
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
	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				sb.WriteByte(':')
			}
			continue
		}
		if i != 0 {
			sb.WriteByte(':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff)) {
			sb.WriteString(strconv.Itoa(int(a[12])) + "." + strconv.Itoa(int(a[13])) + "." +
				strconv.Itoa(int(a[14])) + "." + strconv.Itoa(int(a[15])))
			return sb.String()
		}
		sb.WriteString(strconv.FormatInt(int64(w[i]), 16))
	}
	if bestBase >= 0 && bestBase+bestLen == 8 {
		sb.WriteByte(':')
	}
	return sb.String()
}
