package radix

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"net"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// maxInt is G_MAXINT, the "no mask given" value of upstream's parser.
const maxInt = math.MaxInt32

// isSpace is g_ascii_isspace (no vertical tab).
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// trimSpace is g_strstrip.
func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// splitSet is g_strsplit_set: s cut at every byte found in seps.
func splitSet(s, seps string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && strings.IndexByte(seps, byte(r)) >= 0 })
}

// parseMask is strtoul(s, &end, 10) as upstream reads a netmask: leading
// white space and a sign are accepted, a negative value wraps, the result
// is truncated to 32 bits; rest is what follows the number (all of s when
// there is none).
func parseMask(s string) (k uint32, rest string, overflow bool) {
	v, n, overflow := cconv.Strtoul(s, 10)
	return uint32(v), s[n:], overflow
}

// resolveHost returns the addresses getaddrinfo gives for a host name.
var resolveHost = func(host string) ([]net.IP, error) {
	return net.DefaultResolver.LookupIP(context.Background(), "ip", host)
}

// AddIPList parses a list of addresses and networks separated by any of
// the bytes in seps and stores v for each, as rspamd_radix_add_iplist
// does; with resolve, entries that are not addresses are resolved as host
// names. It returns how many prefixes it tried to store (duplicates
// included). Entries that cannot be parsed are logged and skipped.
func (t *Tree[V]) AddIPList(list, seps string, v V, resolve bool) int {
	const fn = "rspamd_radix_add_iplist"
	list = cconv.CString(list)
	res := 0
	k := uint32(maxInt)
	for _, elt := range splitSet(list, seps) {
		ipnet := trimSpace(elt)
		token, mask, hasMask := strings.Cut(ipnet, "/")
		if hasMask {
			var rest string
			var overflow bool
			k, rest, overflow = parseMask(mask)
			if overflow {
				t.logf(slog.LevelWarn, fn, "%s: invalid netmask, error detected on symbol: %s, error: %s",
					t.name, rest, "Numerical result out of range")
				k = maxInt
			}
		}
		if strings.HasPrefix(token, "[") {
			brace := strings.LastIndexByte(token, ']')
			if brace < 0 {
				t.logf(slog.LevelWarn, fn, "invalid IP address: %s", token)
				continue
			}
			token = token[1:brace]
			a, ok := ptonIPv6(token)
			if !ok {
				t.logf(slog.LevelWarn, fn, "invalid IP address: %s", token)
				continue
			}
			k = t.insertV6(a, k, v)
			res++
			continue
		}
		if a, ok := ptonIPv4(token); ok {
			k = t.insertV4(a, k, v)
			res++
			continue
		}
		if a, ok := ptonIPv6(token); ok {
			k = t.insertV6(a, k, v)
			res++
			continue
		}
		if !resolve {
			t.logf(slog.LevelWarn, fn, "invalid IP address: %s", token)
			continue
		}
		ips, err := resolveHost(token)
		if err != nil {
			t.logf(slog.LevelWarn, fn, "getaddrinfo failed for %s: %s", token, gaiError(err))
			continue
		}
		for _, ip := range ips {
			if ip4 := ip.To4(); ip4 != nil {
				k = t.insertV4([4]byte(ip4), k, v)
			} else {
				k = t.insertV6([16]byte(ip.To16()), k, v)
			}
			res++
		}
	}
	return res
}

// gaiError words a resolver error as gai_strerror would.
func gaiError(err error) string {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return "Name or service not known"
	}
	return "Temporary failure in name resolution"
}

// insertV4 stores a.b.c.d/k as its mapped IPv6 prefix and returns the
// mask as upstream leaves it for the next entry.
func (t *Tree[V]) insertV4(a [4]byte, k uint32, v V) uint32 {
	if k > 32 {
		k = 32
	}
	var key [KeyBytes]byte
	key[10], key[11] = 0xff, 0xff
	copy(key[12:], a[:])
	k += 96
	t.Insert(key, int(k), v)
	return k
}

func (t *Tree[V]) insertV6(a [16]byte, k uint32, v V) uint32 {
	if k > 128 {
		k = 128
	}
	t.Insert(a, int(k), v)
	return k
}
