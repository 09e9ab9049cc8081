package url

import (
	"net/netip"
	"strconv"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/inet"
)

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
	text := string(host[p:end])
	if a, ok := inet.ParseIPv4(text); ok {
		b.regenerate(netip.AddrFrom4(a).String())
		return true
	}
	if a, ok := inet.ParseIPv6(text); ok {
		b.regenerate(inet.FormatIPv6(a))
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
			longN, used, _ := cconv.Strtol(buf, 0)
			if used == len(buf) && longN >= 0 {
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
	b.regenerate(netip.AddrFrom4([4]byte{byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)}).String())
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
