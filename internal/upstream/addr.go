package upstream

import (
	"net/netip"
	"sort"
	"strconv"
)

// Addr is an address of an upstream: an IP address and port, or a Unix
// socket.
type Addr struct {
	ip   netip.AddrPort
	path string
	unix bool
}

// IPAddr returns the address of an IP upstream.
func IPAddr(ap netip.AddrPort) Addr { return Addr{ip: ap} }

// UnixAddr returns the address of a Unix socket.
func UnixAddr(path string) Addr { return Addr{path: path, unix: true} }

// IsUnix reports whether a is a Unix socket.
func (a Addr) IsUnix() bool { return a.unix }

// Path returns the path of a Unix socket.
func (a Addr) Path() string { return a.path }

// AddrPort returns the IP address and port (invalid for Unix sockets).
func (a Addr) AddrPort() netip.AddrPort { return a.ip }

// Port returns the port (0 for Unix sockets).
func (a Addr) Port() uint16 { return a.ip.Port() }

// String formats a as rspamd_inet_address_to_string_pretty does:
// "1.2.3.4:80", "[::1]:53" or "unix:/path".
func (a Addr) String() string {
	switch {
	case a.unix:
		return "unix:" + a.path
	case a.ip.Addr().Is4():
		return a.ip.Addr().String() + ":" + strconv.Itoa(int(a.ip.Port()))
	}
	return "[" + a.ip.Addr().String() + "]:" + strconv.Itoa(int(a.ip.Port()))
}

func (a Addr) withPort(port uint16) Addr {
	if a.unix {
		return a
	}
	return Addr{ip: netip.AddrPortFrom(a.ip.Addr(), port)}
}

// sameHost compares addresses without their ports.
func (a Addr) sameHost(b Addr) bool {
	if a.unix || b.unix {
		return a.unix == b.unix && a.path == b.path
	}
	return a.ip.Addr() == b.ip.Addr()
}

// familyRank orders address families: Unix sockets, then IPv4, then IPv6.
func (a Addr) familyRank() int {
	switch {
	case a.unix:
		return 2
	case a.ip.Addr().Is4():
		return 1
	}
	return 0
}

func (a Addr) family() int {
	switch {
	case a.unix:
		return 1
	case a.ip.Addr().Is4():
		return 2
	}
	return 10
}

// addrElt is one address of an upstream with its error count.
type addrElt struct {
	addr   Addr
	errors uint
}

func sortAddrs(addrs []*addrElt) {
	sort.SliceStable(addrs, func(i, j int) bool {
		return addrs[i].addr.familyRank() > addrs[j].addr.familyRank()
	})
}

// nextAddr moves to the next address of the same family with no more
// errors than the current one; after a full circle it takes the address
// with the fewest errors (rspamd_upstream_addr_next).
func (up *Upstream) nextAddr() (Addr, bool) {
	n := len(up.addrs)
	if n == 0 {
		return Addr{}, false
	}
	idx := up.curAddr
	cur := up.addrs[idx]
	minErrors, minIdx := cur.errors, idx
	next := idx
	for {
		next = (next + 1) % n
		e := up.addrs[next]
		if e.errors < minErrors {
			minErrors, minIdx = e.errors, next
		}
		if next == idx {
			if e.errors != 0 {
				next = minIdx
			}
			break
		}
		if e.addr.family() == cur.addr.family() && e.errors <= cur.errors {
			up.curAddr = next
			return e.addr, true
		}
	}
	up.curAddr = next
	return up.addrs[next].addr, true
}
