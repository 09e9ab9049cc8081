package radix

import "github.com/gorspamd/rspamd/internal/encoding"

// ptonIPv4 parses a dotted quad as glibc's inet_pton(AF_INET) does:
// exactly four decimal octets of at most 255, no leading zeros, nothing
// else. It is stricter than rspamd's own parser (inet.ParseIPv4) on
// purpose: rspamd_radix_add_iplist reads list entries with inet_pton.
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
		if d, ok := encoding.HexValue(ch); ok {
			if xdigits == 4 {
				return tmp, false
			}
			val = val<<4 | int(d)
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
