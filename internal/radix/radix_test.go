package radix

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"strings"
	"testing"
)

func addr(s string) netip.Addr { return netip.MustParseAddr(s) }

func TestLongestPrefix(t *testing.T) {
	tr := New[string]("test")
	tr.AddIPList("10.0.0.0/8", ",", "ten", false)
	tr.AddIPList("10.1.0.0/16", ",", "ten-one", false)
	tr.AddIPList("10.1.2.3", ",", "host", false)
	tr.AddIPList("2001:db8::/32", ",", "v6", false)
	tr.AddIPList("0.0.0.0/0", ",", "any4", false)
	for _, c := range []struct{ ip, want string }{
		{"10.1.2.3", "host"}, {"10.1.2.4", "ten-one"}, {"10.2.0.1", "ten"}, {"11.0.0.1", "any4"},
		{"2001:db8::1", "v6"}, {"::ffff:10.1.2.3", "host"},
	} {
		if v, ok := tr.LookupAddr(addr(c.ip)); !ok || v != c.want {
			t.Errorf("%s: got %q %v, want %q", c.ip, v, ok, c.want)
		}
	}
	// 0.0.0.0/0 is ::ffff:0:0/96: no IPv6 address outside it matches.
	if v, ok := tr.LookupAddr(addr("2001:db9::1")); ok {
		t.Errorf("2001:db9::1 matched %q", v)
	}
	if tr.Len() != 5 {
		t.Errorf("Len %d", tr.Len())
	}
}

func TestShortKey(t *testing.T) {
	tr := New[string]("test")
	tr.AddIPList("::/0", ",", "all", false)
	tr.AddIPList("0102::/16", ",", "short", false)
	tr.AddIPList("0102:0304::/48", ",", "long", false)
	// A 4-byte key considers prefixes of at most 32 bits.
	if v, _ := tr.Lookup([]byte{1, 2, 3, 4}); v != "short" {
		t.Errorf("4-byte lookup: %q", v)
	}
	if v, _ := tr.Lookup(make([]byte, 16)); v != "all" {
		t.Errorf("zero key: %q", v)
	}
	if _, ok := tr.Lookup(make([]byte, 17)); ok {
		t.Error("a 17-byte key matched")
	}
}

func TestDuplicatesFirstWins(t *testing.T) {
	var buf bytes.Buffer
	tr := New[*string]("dups")
	tr.SetLogger(slog.New(slog.NewTextHandler(&buf, nil)), "tag")
	a, b := "a", "b"
	if n := tr.AddIPList("1.2.3.4", ",", &a, false); n != 1 {
		t.Fatalf("n=%d", n)
	}
	tr.AddIPList("1.2.3.4/32", ",", &b, false)
	if v, _ := tr.LookupAddr(addr("1.2.3.4")); *v != "a" {
		t.Errorf("got %q", *v)
	}
	if tr.Duplicates() != 1 || tr.Len() != 1 {
		t.Errorf("dups %d len %d", tr.Duplicates(), tr.Len())
	}
	if !strings.Contains(buf.String(), "dups: cannot insert ") || !strings.Contains(buf.String(), "key: [::ffff:1.2.3.4]/128, duplicate value") {
		t.Errorf("log: %s", buf.String())
	}
	for range maxDuplicateLogs {
		tr.AddIPList("1.2.3.4", ",", &b, false)
	}
	if !strings.Contains(buf.String(), "maximum duplicates limit reached: 32") {
		t.Errorf("no limit message: %s", buf.String())
	}
}

func TestIPListQuirks(t *testing.T) {
	tr := New[string]("q")
	// The mask of one entry carries over to the next one without a mask.
	tr.AddIPList("10.0.0.0/8, 2001:db8::", ",", "x", false)
	if _, ok := tr.LookupAddr(addr("2001:db8::ff")); !ok {
		t.Error("2001:db8::ff: the /104 carried over did not apply")
	}
	tr = New[string]("q")
	tr.AddIPList("10.0.0.0/abc", ",", "zero", false) // mask 0
	if v, _ := tr.LookupAddr(addr("200.1.1.1")); v != "zero" {
		t.Errorf("unparsable mask: %q", v)
	}
	tr = New[string]("q")
	tr.AddIPList("[2001:db8::1]junk;;1.1.1.1", ",;", "b", false)
	if tr.Len() != 2 {
		t.Errorf("braced/empty tokens: %d", tr.Len())
	}
	if n := tr.AddIPList("not-an-ip", ",", "n", false); n != 0 {
		t.Errorf("bad entry counted: %d", n)
	}
}

func TestResolve(t *testing.T) {
	old := resolveHost
	defer func() { resolveHost = old }()
	resolveHost = func(host string) ([]net.IP, error) {
		if host == "example.test" {
			return []net.IP{net.ParseIP("192.0.2.1"), net.ParseIP("2001:db8::1")}, nil
		}
		return nil, &net.DNSError{IsNotFound: true}
	}
	var buf bytes.Buffer
	tr := New[string]("r")
	tr.SetLogger(slog.New(slog.NewTextHandler(&buf, nil)), "")
	if n := tr.AddIPList("example.test,missing.test", ",", "v", true); n != 2 {
		t.Errorf("n=%d", n)
	}
	for _, ip := range []string{"192.0.2.1", "2001:db8::1"} {
		if _, ok := tr.LookupAddr(addr(ip)); !ok {
			t.Errorf("%s not found", ip)
		}
	}
	if !strings.Contains(buf.String(), "getaddrinfo failed for missing.test: Name or service not known") {
		t.Errorf("log: %s", buf.String())
	}
	_ = context.Background()
}

func TestPton(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"1.2.3.4", true}, {"01.2.3.4", false}, {"1.2.3", false}, {"1.2.3.4.5", false}, {"256.0.0.1", false},
		{"0.0.0.0", true}, {"1..2.3", false}, {"", false}, {" 1.2.3.4", false},
	} {
		if _, ok := ptonIPv4(c.in); ok != c.ok {
			t.Errorf("ptonIPv4(%q) = %v", c.in, ok)
		}
	}
	for _, c := range []struct {
		in, want string
	}{
		{"::1", "::1"}, {"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"}, {"1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"},
		{"::ffff:1.2.3.4", "::ffff:1.2.3.4"}, {"::1.2.3.4", "::102:304"}, {"ABCD::EF", "abcd::ef"},
		{":::1", ""}, {"1::2::3", ""}, {"12345::1", ""}, {"1:2:3:4:5:6:7:8:9", ""}, {"fe80::1%eth0", ""},
		{"1:2:3:4:5:6:7:8::", ""}, {"1:", ""}, {":1", ""}, {"::", "::"},
	} {
		a, ok := ptonIPv6(c.in)
		got := ""
		if ok {
			got = netip.AddrFrom16(a).String()
		}
		if got != c.want {
			t.Errorf("ptonIPv6(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseMask(t *testing.T) {
	for _, c := range []struct {
		in       string
		k        uint32
		overflow bool
	}{
		{"24", 24, false}, {" 8", 8, false}, {"abc", 0, false}, {"-1", 0xffffffff, false},
		{"4294967304", 8, false}, {"99999999999999999999", 0xffffffff, true}, {"+7x", 7, false},
	} {
		k, _, of := parseMask(c.in)
		if k != c.k || of != c.overflow {
			t.Errorf("parseMask(%q) = %d %v", c.in, k, of)
		}
	}
}

func FuzzAddIPList(f *testing.F) {
	for _, s := range []string{"10.0.0.0/8,2001:db8::", "[::1]x", "1.2.3.4/-1;;::/0", "1.2.3.4/99999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tr := New[int]("fuzz")
		n := tr.AddIPList(s, ",; ", 1, false)
		if tr.Len()+tr.Duplicates() != n {
			t.Fatalf("%q: %d stored + %d dups != %d tried", s, tr.Len(), tr.Duplicates(), n)
		}
		// pton agrees with netip on what it accepts.
		if a, ok := ptonIPv6(s); ok {
			if b, err := netip.ParseAddr(s); err != nil || b.As16() != a {
				t.Fatalf("ptonIPv6(%q) = %x, netip: %v %v", s, a, b, err)
			}
		}
		if a, ok := ptonIPv4(s); ok {
			if b, err := netip.ParseAddr(s); err != nil || b.As4() != a {
				t.Fatalf("ptonIPv4(%q) = %v, netip: %v %v", s, a, b, err)
			}
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	tr := New[int]("bench")
	for i := range 10000 {
		ip := netip.AddrFrom4([4]byte{10, byte(i >> 8), byte(i), 1})
		tr.InsertAddr(ip, i)
	}
	tr.AddIPList("192.168.0.0/16,172.16.0.0/12,2001:db8::/32", ",", -1, false)
	probe := addr("10.20.30.1")
	b.ReportAllocs()
	for b.Loop() {
		tr.LookupAddr(probe)
	}
}

func TestEach(t *testing.T) {
	tr := New[int]("each")
	tr.AddIPList("10.0.0.0/8,1.2.3.4,2001:db8::/32,::/0", ",", 1, false)
	var got []string
	tr.Each(func(p netip.Prefix, _ int) bool { got = append(got, p.String()); return true })
	want := "[::ffff:1.2.3.4/128 ::ffff:10.0.0.0/104 2001:db8::/32 ::/0]"
	if fmt.Sprint(got) != want {
		t.Errorf("Each: %v", got)
	}
	// A prefix that covers part of the IPv4 space from the IPv6 side.
	tr = New[int]("cover")
	tr.AddIPList("::ffff:0:0/95", ",", 7, false)
	if v, ok := tr.LookupAddr(addr("8.8.8.8")); !ok || v != 7 {
		t.Errorf("/95 over IPv4: %v %v", v, ok)
	}
}
