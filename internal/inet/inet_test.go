package inet

import (
	"net/netip"
	"strings"
	"testing"
)

// The expectations below are what rspamd 4.1.5 gives (see
// compat-tests/golden/4.1.5/luaapi/ip.out, which compares the whole Lua
// API with the oracle).
func TestParse(t *testing.T) {
	cases := []struct {
		in, str, pretty string // str "" for a parse failure
		family          Family
	}{
		{"127.0.0.1", "127.0.0.1", "127.0.0.1:0", FamilyIPv4},
		{"1..2.3", "1.0.2.3", "1.0.2.3:0", FamilyIPv4},
		{"...", "...", "unix:...", FamilyUnix},
		{"01.02.03.004", "1.2.3.4", "1.2.3.4:0", FamilyIPv4},
		{"10.0.0.", "10.0.0.0", "10.0.0.0:0", FamilyIPv4},
		{"1.2.3.4:25", "1.2.3.4", "1.2.3.4:25", FamilyIPv4},
		{"1.2.3.4:70000", "1.2.3.4", "1.2.3.4:4464", FamilyIPv4},
		{"1.2.3.4:25x", "1.2.3.4", "1.2.3.4:25", FamilyIPv4},
		{"1.2.3.4:99999999999999999999", "1.2.3.4", "1.2.3.4:65535", FamilyIPv4},
		{"1.2.3.4:0x10", "1.2.3.4", "1.2.3.4:0", FamilyIPv4},
		{"::ffff:1.2.3.4", "1.2.3.4", "1.2.3.4:0", FamilyIPv4},
		{"::ffff:0:0", "0.0.0.0", "0.0.0.0:0", FamilyIPv4},
		{"::1.2.3.4", "::1.2.3.4", "[::1.2.3.4]:0", FamilyIPv6},
		{"::0.1.2.3", "::0.1.2.3", "[::0.1.2.3]:0", FamilyIPv6},
		{"::0.0.1.2", "::102", "[::102]:0", FamilyIPv6},
		{"::1", "::1", "[::1]:0", FamilyIPv6},
		{"::", "::", "[::]:0", FamilyIPv6},
		{"2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1", "[2001:db8::1:0:0:1]:0", FamilyIPv6},
		{"fe80::1%eth0", "fe80::1", "[fe80::1]:0", FamilyIPv6},
		{"IPv6:2001:db8::2", "2001:db8::2", "[2001:db8::2]:0", FamilyIPv6},
		{"ipv6:::1", "::1", "[::1]:0", FamilyIPv6},
		{"[::1]", "::1", "[::1]:0", FamilyIPv6},
		{"[::1]:80", "::1", "[::1]:0", FamilyIPv6},
		{"[::ffff:1.2.3.4]:80", "1.2.3.4", "1.2.3.4:0", FamilyIPv4},
		{":1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8", "[1:2:3:4:5:6:7:8]:0", FamilyIPv6},
		{"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8", "[1:2:3:4:5:6:7:8]:0", FamilyIPv6},
		{"::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8", "[0:2:3:4:5:6:7:8]:0", FamilyIPv6},
		{"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304", "[1:2:3:4:5:6:102:304]:0", FamilyIPv6},
		{"/var/run/rspamd.sock", "/var/run/rspamd.sock", "unix:/var/run/rspamd.sock", FamilyUnix},
		{"./sock", "./sock", "unix:./sock", FamilyUnix},
		{"/tmp/x mode=0666", "/tmp/x", "unix:/tmp/x", FamilyUnix},
		{"1.2.3", "", "", 0},
		{"1.2.3.4.5", "", "", 0},
		{"256.1.1.1", "", "", 0},
		{"1:2", "", "", 0},
		{":25", "", "", 0},
		{"1.2.3.4 ", "", "", 0},
		{"[1.2.3.4]", "", "", 0},
		{"[::1", "", "", 0},
		{"[]", "", "", 0},
		{"abcd", "", "", 0},
		{":::1", "", "", 0},
		{"1:2:3:4:5:6:7:8:9", "", "", 0},
		{"1:2:3:4:5:6:7::", "", "", 0},
		{"1::2::3", "", "", 0},
		{"12345::1", "", "", 0},
		{"::ffff:1.2.3", "", "", 0},
		{"/tmp/y,mode=0", "", "", 0},
		{"", "", "", 0},
		{"localhost", "", "", 0},
		{"1.2.3.4\x00junk", "", "", 0},
	}
	for _, c := range cases {
		a, err := Parse(c.in, 0)
		if c.str == "" {
			if err == nil {
				t.Errorf("Parse(%q) = %v, want an error", c.in, a)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if a.String() != c.str || a.Pretty() != c.pretty || a.Family() != c.family {
			t.Errorf("Parse(%q) = %q %q %v, want %q %q %v", c.in, a.String(), a.Pretty(), a.Family(), c.str, c.pretty, c.family)
		}
	}
}

func TestParseFlags(t *testing.T) {
	if a, err := Parse("/tmp/a b,c", ParseRemote); err != nil || a.String() != "/tmp/a b,c" {
		t.Errorf("remote unix path: %v %v", a, err)
	}
	if _, err := Parse("/tmp/a", ParseNoUnix); err == nil {
		t.Error("ParseNoUnix accepted a path")
	}
	if a, err := Parse("::1", ParseNoPort); err != nil || a.String() != "::1" {
		t.Errorf("ParseNoPort IPv6: %v %v", a, err)
	}
	if _, err := Parse("1.2.3.4:25", ParseNoPort); err == nil {
		t.Error("ParseNoPort accepted a port")
	}
	long := "/" + strings.Repeat("x", 200)
	if a, _ := Parse(long, 0); len(a.String()) != maxUnixPath {
		t.Errorf("unix path kept %d bytes", len(a.String()))
	}
	a, err := Parse("/tmp/s mode=0600,owner=root", 0)
	if err != nil {
		t.Fatal(err)
	}
	if u := a.Unix(); u.Mode != 0o600 || u.Owner != 0 || u.Group != 0 {
		t.Errorf("unix options: %+v", u)
	}
	if _, err := Parse("/tmp/s owner=no-such-user-here", 0); err == nil || err.Error() != "bad user: no-such-user-here" {
		t.Errorf("bad owner: %v", err)
	}
}

func TestFormatIPv6(t *testing.T) {
	for _, s := range []string{"::", "::1", "::2", "::ffff:1.2.3.4", "::ffff:0.0.0.0", "2001:db8::1", "1:0:0:1::1",
		"1:2:3:4:5:6:7:8", "::1.2.3.4", "1::", "1:0:1::1:0:1", "1:0:1:0:1:0:1:0"} {
		if got := FormatIPv6(netip.MustParseAddr(s).As16()); got != s {
			t.Errorf("FormatIPv6(%s) = %s", s, got)
		}
	}
}

func TestCompare(t *testing.T) {
	p := func(s string) Addr {
		a, err := Parse(s, 0)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	less := [][2]string{
		{"1.2.3.4", "1.2.3.5"}, {"1.2.3.4:1", "1.2.3.4:2"}, {"1.2.3.4:256", "1.2.3.4:1"},
		{"1.2.3.4", "::1"}, {"/a", "1.2.3.4"}, {"/a", "/b"}, {"::1", "::2"},
	}
	for _, c := range less {
		if p(c[0]).Compare(p(c[1]), true) >= 0 {
			t.Errorf("%s is not below %s", c[0], c[1])
		}
	}
	if p("::ffff:1.2.3.4").Compare(p("1.2.3.4"), true) != 0 {
		t.Error("a mapped address differs from its IPv4 address")
	}
}

func TestMaskAndKeys(t *testing.T) {
	a, _ := Parse("10.20.30.40", 0)
	for bits, want := range map[int]string{0: "10.20.30.40", 8: "10.0.0.0", 31: "10.20.30.40", 33: "10.20.30.40", -1: "10.20.30.40"} {
		if got := a.ApplyMask(bits).String(); got != want {
			t.Errorf("mask %d: %s, want %s", bits, got, want)
		}
	}
	b, _ := Parse("2001:db8:ffff::1", 0)
	if got := b.ApplyMask(36).String(); got != "2001:db8:f000::" {
		t.Errorf("IPv6 mask: %s", got)
	}
	u, _ := Parse("/sock", 0)
	if k := u.HashKey(); string(k) != "\x01\x00\x00\x7f" || !u.IsLocal() {
		t.Errorf("unix key %v local %v", k, u.IsLocal())
	}
	for s, local := range map[string]bool{"127.1.2.3": true, "10.0.0.1": false, "::1": true, "fe80::1": true, "fec0::1": true, "fc00::1": false} {
		a, _ := Parse(s, 0)
		if a.IsLocal() != local {
			t.Errorf("IsLocal(%s) = %v", s, !local)
		}
	}
}

func TestLocalNetworks(t *testing.T) {
	a, _ := Parse("10.1.2.3", 0)
	if InLocalNetworks(a) {
		t.Error("local without networks")
	}
	SetLocalNetworks(func(x Addr) bool { return x.IP().As4()[0] == 10 })
	defer SetLocalNetworks(nil)
	if !InLocalNetworks(a) {
		t.Error("10.1.2.3 not in 10/8")
	}
}

// FuzzParse checks that any input parses without panicking and that what
// parses as an IP address prints as text that parses back to it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1.2.3.4:25", "[::1]:80", "::ffff:1.2.3.4", "/tmp/s mode=0644", "fe80::1%x",
		"IPv6:1::", "1..2.3", "::0.1.2.3", "1:2:3:4:5:6:1.2.3.4", ":::", "[", "0x10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s, 0)
		if err != nil || a.Family() == FamilyUnix {
			return
		}
		b, err := Parse(a.String(), ParseNoPort)
		if err != nil || b.IP() != a.IP() {
			t.Fatalf("%q -> %s -> %v %v", s, a, b.IP(), err)
		}
	})
}

// FuzzParseIPv6 checks that every IPv6 address netip prints parses to
// the same bytes.
func FuzzParseIPv6(f *testing.F) {
	f.Add([]byte("\x20\x01\x0d\xb8\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01"))
	f.Add(make([]byte, 16))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) != 16 {
			return
		}
		ip := netip.AddrFrom16([16]byte(b))
		got, ok := ParseIPv6(ip.String())
		if !ok || got != ip.As16() {
			t.Fatalf("%s: %v %v", ip, got, ok)
		}
	})
}
