package received

import (
	"net/netip"

	"github.com/gorspamd/rspamd/internal/inet"
)

// IP is an address parsed as rspamd_parse_inet_address does (IPv4-mapped
// IPv6 addresses become IPv4).
type IP struct {
	V4   bool
	Addr [16]byte // IPv4 in the first four bytes
	Port int
}

// ParseIP parses "a.b.c.d", "a.b.c.d:port", an IPv6 address (optionally
// with an "IPv6:" prefix or a "%scope"), or "[ipv6]" and "[ipv6]:port", as
// upstream's Received parser does (inet.Parse with the remote and no-Unix
// flags).
func ParseIP(src []byte) (*IP, bool) {
	a, err := inet.Parse(string(src), inet.ParseRemote|inet.ParseNoUnix)
	if err != nil {
		return nil, false
	}
	ip := &IP{Port: int(a.Port())}
	if a.Family() == inet.FamilyIPv4 {
		ip.V4 = true
		v4 := a.IP().As4()
		copy(ip.Addr[:], v4[:])
	} else {
		ip.Addr = a.IP().As16()
	}
	return ip, true
}

// inet returns the address as an inet.Addr.
func (ip *IP) inet() inet.Addr {
	if ip.V4 {
		return inet.AddrFrom(netip.AddrFrom4([4]byte(ip.Addr[:4])), uint16(ip.Port))
	}
	return inet.AddrFrom(netip.AddrFrom16(ip.Addr), uint16(ip.Port))
}

// String formats the address as inet_ntop does.
func (ip *IP) String() string { return ip.inet().String() }

// StringPort formats "ip:port" or "[ip6]:port".
func (ip *IP) StringPort() string { return ip.inet().Pretty() }
