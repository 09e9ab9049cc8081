// Package inet is rspamd's network address (libutil/addr.c's
// rspamd_inet_addr_t): an IPv4 or IPv6 address with a port, or a Unix
// socket path, parsed, printed, compared and masked exactly as rspamd does.
//
// rspamd's parser is its own, not inet_pton: IPv4 octets may be empty
// ("1..2.3" is 1.0.2.3), IPv6 text may carry a zone, an "IPv6:" prefix,
// brackets or a leading colon, an IPv4-mapped IPv6 address becomes an IPv4
// address, "host:port" and "[v6]:port" forms carry a port (read with
// rspamd's quirks: a bracketed port is always 0), and a text starting with
// '/' or '.' is a Unix socket path, optionally followed by mode=, owner= and
// group= options. Printing follows glibc's inet_ntop.
//
// The process-wide set of local networks (the local_addrs option, which
// upstream keeps in a global of the address library) is consulted by
// InLocalNetworks.
package inet

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net/netip"
	"os/user"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// Family is an address family.
type Family int

// Address families. The zero Addr has none.
const (
	FamilyNone Family = iota
	FamilyIPv4
	FamilyIPv6
	FamilyUnix
)

// ParseFlags change how Parse reads its input (upstream's
// RSPAMD_INET_ADDRESS_PARSE_* values).
type ParseFlags uint

const (
	// ParseRemote reads a Unix path as it is, without options.
	ParseRemote ParseFlags = 1 << 0
	// ParseNoUnix never reads a Unix path.
	ParseNoUnix ParseFlags = 1 << 1
	// ParseNoPort never reads a port.
	ParseNoPort ParseFlags = 1 << 2
)

// maxUnixPath is the longest Unix socket path kept (sun_path holds 108
// bytes with the terminating NUL).
const maxUnixPath = 107

// maxIPText is the longest text taken as an IP address before a port or in
// brackets (INET6_ADDRSTRLEN).
const maxIPText = 46

// Unix is a Unix socket with the options a listening socket may be given.
type Unix struct {
	Path string
	// Mode is the permission of the socket file (0644 by default).
	Mode uint32
	// Owner and Group are the uid and gid of the socket file, -1 when not
	// set.
	Owner, Group int
}

// Addr is an rspamd address. The zero value is no address.
type Addr struct {
	ip   netip.Addr // IPv4 (4 bytes) or IPv6 (16 bytes)
	port uint16
	unix *Unix
}

// AddrFrom returns the address of ip and port as it is (an IPv4-mapped
// IPv6 address stays IPv6, as a socket address would).
func AddrFrom(ip netip.Addr, port uint16) Addr {
	return Addr{ip: ip.WithZone(""), port: port}
}

// UnixAddr returns the address of a Unix socket path, with the default
// mode and no owner or group.
func UnixAddr(path string) Addr {
	return Addr{unix: &Unix{Path: truncatePath(path), Mode: 0o644, Owner: -1, Group: -1}}
}

// Family returns the address family.
func (a Addr) Family() Family {
	switch {
	case a.unix != nil:
		return FamilyUnix
	case a.ip.Is4():
		return FamilyIPv4
	case a.ip.Is6():
		return FamilyIPv6
	}
	return FamilyNone
}

// IsValid reports whether a holds an address.
func (a Addr) IsValid() bool { return a.Family() != FamilyNone }

// IP returns the IP address (invalid for Unix sockets).
func (a Addr) IP() netip.Addr { return a.ip }

// Port returns the port (0 for Unix sockets).
func (a Addr) Port() uint16 {
	if a.unix != nil {
		return 0
	}
	return a.port
}

// WithPort returns a with its port set (Unix sockets are unchanged).
func (a Addr) WithPort(port uint16) Addr {
	if a.unix == nil && a.ip.IsValid() {
		a.port = port
	}
	return a
}

// Unix returns the Unix socket of a Unix address, nil otherwise.
func (a Addr) Unix() *Unix {
	if a.unix == nil {
		return nil
	}
	u := *a.unix
	return &u
}

// String prints the address as rspamd_inet_address_to_string does: the IP
// address as inet_ntop writes it, or the socket path.
func (a Addr) String() string {
	switch a.Family() {
	case FamilyIPv4:
		return a.ip.String()
	case FamilyIPv6:
		return FormatIPv6(a.ip.As16())
	case FamilyUnix:
		return a.unix.Path
	}
	return "<empty inet address>"
}

// Pretty prints the address with its port as
// rspamd_inet_address_to_string_pretty does: "1.2.3.4:25", "[::1]:25" or
// "unix:/path".
func (a Addr) Pretty() string {
	switch a.Family() {
	case FamilyIPv4:
		return a.String() + ":" + strconv.Itoa(int(a.port))
	case FamilyIPv6:
		return "[" + a.String() + "]:" + strconv.Itoa(int(a.port))
	case FamilyUnix:
		return "unix:" + a.unix.Path
	}
	return "<empty inet address>"
}

// FormatIPv6 writes 16 address bytes as glibc's inet_ntop(AF_INET6) does,
// IPv4-mapped ones (::ffff:a.b.c.d) included. It differs from netip only
// for IPv4-compatible addresses (::a.b.c.d), which glibc writes with a
// dotted quad.
func FormatIPv6(b [16]byte) string {
	ip := netip.AddrFrom16(b)
	if isZero(b[:12]) && (b[12] != 0 || b[13] != 0) {
		return "::" + netip.AddrFrom4([4]byte(b[12:])).String()
	}
	return ip.String()
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// loopbackKey is the hash key of Unix sockets: upstream stores
// INADDR_LOOPBACK without converting it to network order, so on
// little-endian hosts the bytes are those of 1.0.0.127.
var loopbackKey = [4]byte{1, 0, 0, 127}

// HashKey returns the bytes rspamd identifies the address by
// (rspamd_inet_address_get_hash_key): the 4 or 16 bytes of the IP address,
// 1.0.0.127 (sic) for Unix sockets, nil for no address.
func (a Addr) HashKey() []byte {
	switch a.Family() {
	case FamilyIPv4:
		b := a.ip.As4()
		return b[:]
	case FamilyIPv6:
		b := a.ip.As16()
		return b[:]
	case FamilyUnix:
		b := loopbackKey
		return b[:]
	}
	return nil
}

// ApplyMask keeps the first bits bits of the IP address and clears the
// others. Masks of 0 or longer than the address leave it unchanged.
func (a Addr) ApplyMask(bits int) Addr {
	if bits <= 0 || a.unix != nil || !a.ip.IsValid() || bits > a.ip.BitLen() {
		return a
	}
	p, err := a.ip.Prefix(bits)
	if err != nil {
		return a
	}
	a.ip = p.Addr()
	return a
}

// familyOrder ranks families as rspamd_inet_address_compare does.
func (a Addr) familyOrder() int {
	switch a.Family() {
	case FamilyUnix:
		return 2
	case FamilyIPv4:
		return 1
	}
	return 0
}

// Compare orders addresses as rspamd_inet_address_compare does: by family
// (IPv6 < IPv4 < Unix, an odd order kept for its results), then with ports
// by the port as stored in network byte order, then by address bytes or
// path. Only the sign of the result is meaningful.
func (a Addr) Compare(b Addr, ports bool) int {
	if fa, fb := a.Family(), b.Family(); fa != fb {
		return b.familyOrder() - a.familyOrder()
	}
	switch a.Family() {
	case FamilyUnix:
		return strings.Compare(a.unix.Path, b.unix.Path)
	case FamilyNone:
		return 0
	}
	if ports && a.port != b.port {
		// sin_port read as a host (little-endian) integer
		return int(swap16(a.port)) - int(swap16(b.port))
	}
	return bytes.Compare(a.HashKey(), b.HashKey())
}

func swap16(v uint16) uint16 { return v>>8 | v<<8 }

// IsLocal reports whether the address is local as
// rspamd_inet_address_is_local decides: Unix sockets, 127.0.0.0/8, and the
// IPv6 loopback, link-local and site-local addresses.
func (a Addr) IsLocal() bool {
	switch a.Family() {
	case FamilyUnix:
		return true
	case FamilyIPv4:
		return a.ip.As4()[0] == 127
	case FamilyIPv6:
		b := a.ip.As16()
		return a.ip == netip.IPv6Loopback() ||
			(b[0] == 0xfe && b[1]&0xc0 == 0x80) ||
			(b[0] == 0xfe && b[1]&0xc0 == 0xc0)
	}
	return false
}

// localNetworks is the process-wide local_addrs matcher.
var localNetworks atomic.Pointer[func(Addr) bool]

// SetLocalNetworks sets the matcher of the configured local networks (the
// local_addrs option); nil removes it.
func SetLocalNetworks(match func(Addr) bool) {
	if match == nil {
		localNetworks.Store(nil)
		return
	}
	localNetworks.Store(&match)
}

// InLocalNetworks reports whether the configured local networks contain a.
func InLocalNetworks(a Addr) bool {
	if m := localNetworks.Load(); m != nil {
		return (*m)(a)
	}
	return false
}

// Errors of Parse.
var (
	// ErrInvalid reports text that is no address.
	ErrInvalid = errors.New("invalid address")
)

// Parse reads an address as rspamd_parse_inet_address does.
func Parse(s string, flags ParseFlags) (Addr, error) {
	if s == "" {
		return Addr{}, ErrInvalid
	}
	if flags&ParseNoUnix == 0 && (s[0] == '/' || s[0] == '.') {
		return parseUnix(s, flags)
	}
	if s[0] == '[' {
		end := strings.IndexByte(s[1:], ']')
		if end < 0 {
			return Addr{}, ErrInvalid
		}
		end++
		iplen := end - 1
		if iplen == 0 || iplen > maxIPText {
			return Addr{}, ErrInvalid
		}
		b, ok := ParseIPv6(s[1:end])
		if !ok {
			return Addr{}, ErrInvalid
		}
		// A port after the brackets is read from its colon on, so it is
		// always 0.
		return mapped(b), nil
	}
	colon := strings.IndexByte(s, ':')
	if flags&ParseNoPort == 0 && colon >= 0 {
		if strings.IndexByte(s[colon+1:], ':') >= 0 {
			if b, ok := ParseIPv6(s); ok {
				return mapped(b), nil
			}
		}
		if colon > maxIPText || colon <= 1 {
			return Addr{}, ErrInvalid
		}
		b, ok := ParseIPv4(s[:colon])
		if !ok {
			return Addr{}, ErrInvalid
		}
		// The port is what rspamd_strtoul leaves: the leading digits, the
		// largest value on overflow (0 where upstream leaves it unset).
		port, _ := cconv.RspamdStrtoul(s[colon+1:])
		return Addr{ip: netip.AddrFrom4(b), port: uint16(port)}, nil
	}
	if b, ok := ParseIPv4(s); ok {
		return Addr{ip: netip.AddrFrom4(b)}, nil
	}
	if b, ok := ParseIPv6(s); ok {
		return mapped(b), nil
	}
	return Addr{}, ErrInvalid
}

// mapped turns an IPv4-mapped IPv6 address into IPv4 (other addresses,
// IPv4-compatible ones included, stay IPv6).
func mapped(b [16]byte) Addr {
	ip := netip.AddrFrom16(b)
	if ip.Is4In6() {
		return Addr{ip: ip.Unmap()}
	}
	return Addr{ip: ip}
}

// ParseIPv4 reads a dotted IPv4 address as rspamd_parse_inet_address_ip4
// does: exactly three dots, decimal octets up to 255, empty octets as 0.
func ParseIPv4(s string) ([4]byte, bool) {
	var addr, octet uint32
	dots := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			octet = octet*10 + uint32(c-'0')
			if octet > 255 {
				return [4]byte{}, false
			}
		case c == '.':
			addr = addr<<8 + octet
			octet = 0
			dots++
		default:
			return [4]byte{}, false
		}
	}
	if dots != 3 {
		return [4]byte{}, false
	}
	var out [4]byte
	binary.BigEndian.PutUint32(out[:], addr<<8+octet)
	return out, true
}

// ParseIPv6 reads an IPv6 address as rspamd_parse_inet_address_ip6 does:
// a zone after '%' is ignored, an "IPv6:" prefix, enclosing brackets and
// one leading colon are skipped, and the last 32 bits may be a dotted quad.
func ParseIPv6(s string) ([16]byte, bool) {
	var out [16]byte
	if pct := strings.IndexByte(s, '%'); pct > 0 {
		s = s[:pct]
	}
	if len(s) > len("IPv6:") && encoding.EqualFoldASCII(s[:len("IPv6:")], "IPv6:") {
		s = s[len("IPv6:"):]
	}
	if len(s) > 1 && s[0] == '[' && s[len(s)-1] == ']' {
		s = s[1 : len(s)-1]
	}
	if len(s) > 0 && s[0] == ':' {
		s = s[1:]
	}
	groups := 8  // groups still to write
	a := 0       // next output byte
	zero := -1   // output position of "::"
	tail := -1   // text position after the last colon
	nibbles := 0 // hex digits of the current group
	var word uint32
	for i := 0; i < len(s); i++ {
		t := s[i]
		if t == ':' {
			if nibbles > 0 {
				tail = i + 1
				out[a], out[a+1] = byte(word>>8), byte(word)
				a += 2
				groups--
				if groups > 0 {
					nibbles, word = 0, 0
					continue
				}
			} else if zero < 0 {
				tail = i + 1
				zero = a
				continue
			}
			return out, false
		}
		if t == '.' && nibbles > 0 {
			if groups < 2 || tail < 0 {
				return out, false
			}
			v4, ok := ParseIPv4(s[tail:])
			if !ok {
				return out, false
			}
			out[a], out[a+1] = v4[0], v4[1]
			a += 2
			groups--
			word = uint32(v4[2])<<8 | uint32(v4[3])
			break
		}
		nibbles++
		if nibbles > 4 {
			return out, false
		}
		switch {
		case t >= '0' && t <= '9':
			word = word*16 + uint32(t-'0')
		case t|0x20 >= 'a' && t|0x20 <= 'f':
			word = word*16 + uint32(t|0x20-'a') + 10
		default:
			return out, false
		}
	}
	if nibbles == 0 && zero < 0 {
		return out, false
	}
	out[a], out[a+1] = byte(word>>8), byte(word)
	a += 2
	groups--
	if groups == 0 {
		return out, zero < 0
	}
	if zero < 0 {
		return out, false
	}
	n := groups * 2
	copy(out[zero+n:a+n], out[zero:a])
	clear(out[zero : zero+n])
	return out, true
}

func truncatePath(p string) string {
	p = cconv.CString(p)
	if len(p) > maxUnixPath {
		p = p[:maxUnixPath]
	}
	return p
}

// parseUnix reads a Unix socket path, with options unless flags say it
// is a remote address.
func parseUnix(s string, flags ParseFlags) (Addr, error) {
	if flags&ParseRemote != 0 {
		return UnixAddr(s), nil
	}
	tokens := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(tokens) == 0 {
		return Addr{}, ErrInvalid
	}
	a := UnixAddr(tokens[0])
	u := a.unix
	hasGroup := false
	for _, tok := range tokens[1:] {
		name, val, found := strings.Cut(tok, "=")
		switch {
		case !found:
		case encoding.EqualFoldASCII(name, "mode"):
			mode, _, _ := cconv.Strtoul(val, 0)
			u.Mode = uint32(mode)
			if u.Mode == 0 {
				return Addr{}, fmt.Errorf("bad mode: %s", val)
			}
		case encoding.EqualFoldASCII(name, "owner"):
			pw, err := user.Lookup(cconv.CString(val))
			if err != nil {
				return Addr{}, fmt.Errorf("bad user: %s", val)
			}
			u.Owner, _ = strconv.Atoi(pw.Uid)
			if !hasGroup {
				u.Group, _ = strconv.Atoi(pw.Gid)
			}
		case encoding.EqualFoldASCII(name, "group"):
			gr, err := user.LookupGroup(cconv.CString(val))
			if err != nil {
				return Addr{}, fmt.Errorf("bad group: %s", val)
			}
			u.Group, _ = strconv.Atoi(gr.Gid)
			hasGroup = true
		}
	}
	return a, nil
}
