package upstream

import (
	"math"
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/inet"
)

// ParseKind says how AddUpstream reads a definition.
type ParseKind int

const (
	// ParseDefault reads host[:port[:weight]], [ipv6][:port[:weight]], a
	// Unix socket path or service=name+domain[:weight].
	ParseDefault ParseKind = iota
	// ParseNameserver reads a nameserver of the DNS resolver: an address
	// with an optional port, or a name resolved with every address.
	ParseNameserver
)

type parseResult int

const (
	parseFail parseResult = iota
	parseResolved
	parseNumeric
)

// portBuf is the decimal port as rspamd prints it into its 8-byte buffer:
// at most 7 digits of the unsigned int.
func portBuf(port uint32) string {
	s := strconv.FormatUint(uint64(port), 10)
	if len(s) > 7 {
		s = s[:7]
	}
	return s
}

// bufPort is the port a printed port buffer makes (16 bits of it).
func bufPort(buf string) uint16 {
	v, _, _ := cconv.Strtoul(buf, 10)
	return uint16(v)
}

func errnoText(overflow bool) string {
	if overflow {
		return "Numerical result out of range"
	}
	return "Success"
}

// checkPortPriority reads ":port[:priority]" (rspamd_check_port_priority);
// anything not starting with ':' leaves the default port.
func (c *Context) checkPortPriority(line string, defPort uint32) (string, uint32, bool) {
	port, prio := defPort, uint32(0)
	if line != "" && line[0] == ':' {
		v, n, of := cconv.Strtoul(line[1:], 10)
		port = uint32(v)
		rest := line[1+n:]
		switch {
		case rest != "" && rest[0] == ':':
			pv, pn, pof := cconv.Strtoul(rest[1:], 10)
			prio = uint32(pv)
			if tail := rest[1+pn:]; tail != "" {
				logf(levelError, nil, "rspamd_check_port_priority",
					"cannot parse priority: %s, at symbol %c, error: %s", line, tail[0], errnoText(of || pof))
				return "", 0, false
			}
		case rest != "":
			logf(levelError, nil, "rspamd_check_port_priority",
				"cannot parse port: %s, at symbol %c, error: %s", line, rest[0], errnoText(of))
			return "", 0, false
		}
	}
	return portBuf(port), prio, true
}

// unixPath is the socket path of a definition: up to the first space or
// comma, at most 107 bytes (sun_path).
func unixPath(s string) string {
	if i := strings.IndexAny(s, " ,"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 107 {
		s = s[:107]
	}
	return s
}

// resolveAddrs turns a host into addresses with the port of portbuf: a
// numeric address directly, anything else through the host resolver
// (rspamd_resolve_addrs).
func (c *Context) resolveAddrs(host, portbuf string) ([]inet.Addr, parseResult) {
	port := bufPort(portbuf)
	if host != "" && (host[0] == '/' || host[0] == '.') {
		return []inet.Addr{inet.UnixAddr(unixPath(host))}, parseNumeric
	}
	if a, err := inet.Parse(host, inet.ParseNoUnix); err == nil {
		return []inet.Addr{a.WithPort(port)}, parseNumeric
	}
	ips, err := c.hostResolver().LookupHost(host)
	if err != nil || len(ips) == 0 {
		logf(levelError, nil, "rspamd_resolve_addrs",
			"address resolution for %s failed: %s", host, errString(err))
		return nil, parseFail
	}
	addrs := make([]inet.Addr, len(ips))
	for i, ip := range ips {
		addrs[i] = inet.AddrFrom(ip.Unmap(), port)
	}
	return addrs, parseResolved
}

func errString(err error) string {
	if err == nil {
		return "no address"
	}
	return err.Error()
}

func (c *Context) hostResolver() HostResolver {
	if c == nil {
		return SystemHosts{}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hosts
}

// parseHostPortPriority reads a definition (rspamd_parse_host_port_priority
// without the listening forms): it returns the addresses, the weight, the
// upstream's name and how the addresses were found.
func (c *Context) parseHostPortPriority(str string, defPort uint32) ([]inet.Addr, uint32, string, parseResult) {
	switch {
	case str == "":
		return nil, 0, "", parseFail
	case str[0] == '[':
		end := strings.IndexByte(str, ']')
		if end < 0 {
			logf(levelError, nil, "rspamd_parse_host_port_priority",
				"cannot parse address definition %s: %s", str, "Invalid argument")
			return nil, 0, "", parseFail
		}
		name := str[1:end]
		buf, prio, ok := c.checkPortPriority(str[end+1:], defPort)
		if !ok {
			return nil, 0, "", parseFail
		}
		addrs, res := c.resolveAddrs(name, buf)
		return addrs, prio, name, res
	case str[0] == '/' || str[0] == '.':
		return []inet.Addr{inet.UnixAddr(unixPath(str))}, 0, str, parseNumeric
	}
	colon := strings.IndexByte(str, ':')
	if colon < 0 {
		buf, _, _ := c.checkPortPriority("", defPort)
		addrs, res := c.resolveAddrs(str, buf)
		return addrs, 0, str, res
	}
	name := str
	if second := strings.IndexByte(str[colon+1:], ':'); second >= 0 {
		name = str[:colon+1+second]
	}
	buf, prio, ok := c.checkPortPriority(str[colon:], defPort)
	if !ok {
		return nil, 0, "", parseFail
	}
	addrs, res := c.resolveAddrs(str[:colon], buf)
	return addrs, prio, name, res
}

// pendingHost reads host[:port] from a definition whose name did not
// resolve, so that it can be resolved later (it refuses what cannot be a
// host name).
func pendingHost(str string, defPort uint16) (string, uint16, bool) {
	if str == "" || strings.IndexByte("[/.*:", str[0]) >= 0 {
		return "", 0, false
	}
	port := defPort
	host := str
	if colon := strings.IndexByte(str, ':'); colon >= 0 {
		host = str[:colon]
		if after := str[colon+1:]; after != "" {
			pn, _, _ := cconv.Strtoul(after, 10)
			if pn == 0 || pn > math.MaxUint16 {
				return "", 0, false
			}
			port = uint16(pn)
		}
	}
	if host == "" || len(host) > 253 {
		return "", 0, false
	}
	return host, port, true
}

// srvName reads service=name+domain[:weight] into the SRV name
// _name._tcp.domain.
func srvName(str string) (string, uint32, bool) {
	rest := str[len("service="):]
	plus := strings.IndexByte(rest, '+')
	if plus < 0 {
		return "", 0, false
	}
	domain := rest[plus+1:]
	var weight uint32
	if colon := strings.IndexByte(domain, ':'); colon >= 0 {
		w, _, _ := cconv.Strtoul(domain[colon+1:], 10)
		weight = uint32(w)
		domain = domain[:colon]
	}
	return "_" + rest[:plus] + "._tcp." + domain, weight, true
}

// parseNameserver reads a nameserver: a numeric address with an optional
// port, or a host[:port] resolved to all its addresses.
func (c *Context) parseNameserver(str string, defPort uint16) ([]inet.Addr, parseResult) {
	if ia, err := inet.Parse(str, 0); err == nil {
		if ia.Port() == 0 {
			ia = ia.WithPort(defPort)
		}
		return []inet.Addr{ia}, parseNumeric
	}
	host, port := str, uint32(defPort)
	if colon := strings.IndexByte(str, ':'); colon > 0 {
		host = str[:colon]
		if len(host) > 255 {
			host = host[:255]
		}
		if after := str[colon+1:]; after != "" {
			v, _, _ := cconv.Strtoul(after, 10)
			port = uint32(v)
		}
	} else if len(host) > 255 {
		host = host[:255]
	}
	ips, err := c.hostResolver().LookupHost(host)
	if err != nil || len(ips) == 0 {
		return nil, parseFail
	}
	addrs := make([]inet.Addr, len(ips))
	for i, ip := range ips {
		addrs[i] = inet.AddrFrom(ip.Unmap(), uint16(port))
	}
	return addrs, parseResolved
}
