package cfg

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"strings"
	"syscall"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// Resolver resolves host names for bind lines and upstreams, as
// getaddrinfo does for upstream.
type Resolver interface {
	// LookupHost returns the addresses of name, or an error whose text is
	// what gai_strerror prints for the failure.
	LookupHost(name string) ([]netip.Addr, error)
}

// systemResolver resolves with Go's resolver and words failures as glibc's
// gai_strerror does.
type systemResolver struct{}

func (systemResolver) LookupHost(name string) ([]netip.Addr, error) {
	addrs, err := net.DefaultResolver.LookupNetIP(context.Background(), "ip", name)
	if err == nil {
		return addrs, nil
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return nil, errors.New("Name or service not known")
	}
	return nil, errors.New("Temporary failure in name resolution")
}

func (c *Config) resolver() Resolver {
	if c.Resolver != nil {
		return c.Resolver
	}
	return systemResolver{}
}

// BindAddr is one address a worker listens on: an IP address and port or
// a unix socket path.
type BindAddr struct {
	Addr netip.AddrPort
	Unix string
}

// checkPortPriority parses ":port[:priority]" after a host name
// (rspamd_check_port_priority); an empty line gives the default port.
// Numbers are read by strtoul, which saturates on overflow and sets
// ERANGE: the errno the error messages print.
func (c *Config) checkPortPriority(line string, defPort uint) (port uint, prio uint, ok bool) {
	port = defPort
	if !strings.HasPrefix(line, ":") {
		return port, 0, true
	}
	errno := syscall.Errno(0)
	v, n, overflow := cconv.Strtoul(line[1:], 10)
	if overflow {
		errno = syscall.ERANGE
	}
	port = uint(uint32(v))
	rest := line[1+n:]
	switch {
	case strings.HasPrefix(rest, ":"):
		p, n, overflow := cconv.Strtoul(rest[1:], 10)
		if overflow {
			errno = syscall.ERANGE
		}
		if tail := rest[1+n:]; tail != "" {
			c.errf("rspamd_check_port_priority", "cannot parse priority: %s, at symbol %c, error: %s", line, tail[0], syserr.Strerror(errno))
			return 0, 0, false
		}
		prio = uint(uint32(p))
	case rest != "":
		c.errf("rspamd_check_port_priority", "cannot parse port: %s, at symbol %c, error: %s", line, rest[0], syserr.Strerror(errno))
		return 0, 0, false
	}
	return port, prio, true
}

// resolveAddrs parses a numeric address or resolves a name
// (rspamd_resolve_addrs).
func (c *Config) resolveAddrs(name string, port uint) ([]BindAddr, bool) {
	if a, err := netip.ParseAddr(name); err == nil && !strings.Contains(name, "%") {
		return []BindAddr{{Addr: netip.AddrPortFrom(a, uint16(port))}}, true
	}
	addrs, err := c.resolver().LookupHost(name)
	if err != nil {
		c.errf("rspamd_resolve_addrs", "address resolution for %s failed: %s", name, err.Error())
		return nil, false
	}
	out := make([]BindAddr, 0, len(addrs))
	for _, a := range addrs {
		out = append(out, BindAddr{Addr: netip.AddrPortFrom(a.Unmap(), uint16(port))})
	}
	return out, true
}

// ParseHostPort parses a host specification: "*[v4|v6][:port]", a braced
// IPv6 address, a unix socket path, or an address or name with an optional
// port and priority (rspamd_parse_host_port_priority). It returns the
// addresses, the priority and the name part.
func (c *Config) ParseHostPort(str string, defPort uint, allowListen bool) (addrs []BindAddr, prio uint, name string, ok bool) {
	switch {
	case allowListen && strings.HasPrefix(str, "*"):
		p := str[1:]
		v4, v6 := true, true
		name = "*"
		switch {
		case len(p) >= 2 && strings.EqualFold(p[:2], "v4"):
			p, name, v6 = p[2:], "*v4", false
		case len(p) >= 2 && strings.EqualFold(p[:2], "v6"):
			p, name, v4 = p[2:], "*v6", false
		}
		port, pr, ok := c.checkPortPriority(p, defPort)
		if !ok {
			return nil, 0, "", false
		}
		if v4 {
			addrs = append(addrs, BindAddr{Addr: netip.AddrPortFrom(netip.IPv4Unspecified(), uint16(port))})
		}
		if v6 {
			addrs = append(addrs, BindAddr{Addr: netip.AddrPortFrom(netip.IPv6Unspecified(), uint16(port))})
		}
		return addrs, pr, name, true
	case strings.HasPrefix(str, "["):
		end := strings.IndexByte(str, ']')
		if end < 0 {
			c.errf("rspamd_parse_host_port_priority", "cannot parse address definition %s: %s", str, "Invalid argument")
			return nil, 0, "", false
		}
		name = str[1:end]
		port, pr, ok := c.checkPortPriority(str[end+1:], defPort)
		if !ok {
			return nil, 0, "", false
		}
		addrs, ok = c.resolveAddrs(name, port)
		return addrs, pr, name, ok
	case strings.HasPrefix(str, "/") || strings.HasPrefix(str, "."):
		path, _, _ := strings.Cut(str, " ")
		return []BindAddr{{Unix: path}}, 0, str, true
	}
	colon := strings.IndexByte(str, ':')
	if colon < 0 {
		addrs, ok = c.resolveAddrs(str, defPort)
		return addrs, 0, str, ok
	}
	name = str
	if second := strings.IndexByte(str[colon+1:], ':'); second >= 0 {
		name = str[:colon+1+second]
	}
	port, pr, ok := c.checkPortPriority(str[colon:], defPort)
	if !ok {
		return nil, 0, "", false
	}
	addrs, ok = c.resolveAddrs(str[:colon], port)
	return addrs, pr, name, ok
}
