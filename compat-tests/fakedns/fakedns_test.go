package fakedns

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/miekg/dns"
)

const testZone = `; zone used by the tests
$ORIGIN example.test.
@          A     192.0.2.1
@          AAAA  2001:db8::1
@          MX    10 mx
@          TXT   "v=spf1 ip4:192.0.2.0/24 -all"
mx         A     192.0.2.25
www        CNAME @
alias      CNAME www
outside    CNAME elsewhere.invalid.
*.wild     TXT   "wildcard"
a.b.deep   A     192.0.2.9
loop1      CNAME loop2
loop2      CNAME loop1
$ORIGIN 2.0.192.in-addr.arpa.
25         PTR   mx.example.test.
`

func loadTestZone(t *testing.T) *Zone {
	t.Helper()
	z := NewZone()
	if err := z.ParseZone(strings.NewReader(testZone), "test.zone"); err != nil {
		t.Fatal(err)
	}
	return z
}

func query(name string, qtype uint16) *dns.Msg {
	m := new(dns.Msg)
	m.SetQuestion(name, qtype)
	return m
}

// answerText renders the answer section one record per line (TTL included).
func answerText(m *dns.Msg) string {
	var b strings.Builder
	for _, rr := range m.Answer {
		b.WriteString(strings.ReplaceAll(rr.String(), "\t", " "))
		b.WriteString("\n")
	}
	return b.String()
}

func TestAnswer(t *testing.T) {
	z := loadTestZone(t)
	tests := []struct {
		name   string
		qtype  uint16
		rcode  int
		answer string
	}{
		{"example.test.", dns.TypeA, dns.RcodeSuccess, "example.test. 300 IN A 192.0.2.1\n"},
		{"EXAMPLE.Test.", dns.TypeAAAA, dns.RcodeSuccess, "example.test. 300 IN AAAA 2001:db8::1\n"},
		{"example.test.", dns.TypeMX, dns.RcodeSuccess, "example.test. 300 IN MX 10 mx.example.test.\n"},
		{"example.test.", dns.TypeTXT, dns.RcodeSuccess, "example.test. 300 IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n"},
		{"25.2.0.192.in-addr.arpa.", dns.TypePTR, dns.RcodeSuccess, "25.2.0.192.in-addr.arpa. 300 IN PTR mx.example.test.\n"},
		// CNAME chains are followed inside the zone.
		{"alias.example.test.", dns.TypeA, dns.RcodeSuccess,
			"alias.example.test. 300 IN CNAME www.example.test.\nwww.example.test. 300 IN CNAME example.test.\nexample.test. 300 IN A 192.0.2.1\n"},
		{"www.example.test.", dns.TypeCNAME, dns.RcodeSuccess, "www.example.test. 300 IN CNAME example.test.\n"},
		{"outside.example.test.", dns.TypeA, dns.RcodeSuccess, "outside.example.test. 300 IN CNAME elsewhere.invalid.\n"},
		// Wildcards answer under the asked name, at any depth below them.
		{"x.wild.example.test.", dns.TypeTXT, dns.RcodeSuccess, "x.wild.example.test. 300 IN TXT \"wildcard\"\n"},
		{"y.x.wild.example.test.", dns.TypeTXT, dns.RcodeSuccess, "y.x.wild.example.test. 300 IN TXT \"wildcard\"\n"},
		{"x.wild.example.test.", dns.TypeA, dns.RcodeSuccess, ""},
		// Existing names and empty non-terminals without the type: NODATA.
		{"mx.example.test.", dns.TypeTXT, dns.RcodeSuccess, ""},
		{"b.deep.example.test.", dns.TypeA, dns.RcodeSuccess, ""},
		{"wild.example.test.", dns.TypeTXT, dns.RcodeSuccess, ""},
		// Everything else: NXDOMAIN.
		{"nothing.example.test.", dns.TypeA, dns.RcodeNameError, ""},
		{"x.a.b.deep.example.test.", dns.TypeA, dns.RcodeNameError, ""},
		{"example.com.", dns.TypeTXT, dns.RcodeNameError, ""},
		{".", dns.TypeNS, dns.RcodeNameError, ""},
	}
	for _, tt := range tests {
		m := z.Answer(query(tt.name, tt.qtype))
		if m.Rcode != tt.rcode || answerText(m) != tt.answer {
			t.Errorf("%s %s: rcode %s answer\n%s\nwant rcode %s answer\n%s", tt.name, dns.TypeToString[tt.qtype],
				dns.RcodeToString[m.Rcode], answerText(m), dns.RcodeToString[tt.rcode], tt.answer)
		}
		if !m.Response || !m.Authoritative || m.Id != 0 && m.Question[0].Name != tt.name {
			t.Errorf("%s: bad reply header %v", tt.name, m.MsgHdr)
		}
	}

	// A CNAME loop stops after maxChain links.
	if m := z.Answer(query("loop1.example.test.", dns.TypeA)); len(m.Answer) != maxChain || m.Rcode != dns.RcodeSuccess {
		t.Errorf("loop: %d answers, rcode %d", len(m.Answer), m.Rcode)
	}
	// ANY returns every record of the name.
	if m := z.Answer(query("example.test.", dns.TypeANY)); len(m.Answer) != 4 {
		t.Errorf("ANY: %d answers", len(m.Answer))
	}
}

func TestAnswerBadQueries(t *testing.T) {
	z := NewZone()
	m := query("example.com.", dns.TypeA)
	if r := z.Answer(m); r.Rcode != dns.RcodeNameError || len(r.Answer) != 0 || !r.RecursionDesired {
		t.Errorf("empty zone: %v", r)
	}
	m.Opcode = dns.OpcodeUpdate
	if r := z.Answer(m); r.Rcode != dns.RcodeNotImplemented {
		t.Errorf("update: rcode %d", r.Rcode)
	}
	m = query("example.com.", dns.TypeA)
	m.Question = nil
	if r := z.Answer(m); r.Rcode != dns.RcodeFormatError {
		t.Errorf("no question: rcode %d", r.Rcode)
	}
}

func TestParseZoneErrors(t *testing.T) {
	for _, bad := range []string{
		"example.test. A 300.1.1.1\n",
		"example.test. BOGUS data\n",
		"$INCLUDE /etc/passwd\n",
		"example.test. TXT \"unterminated\n",
	} {
		if err := NewZone().ParseZone(strings.NewReader(bad), "bad.zone"); err == nil || !strings.Contains(err.Error(), "bad.zone") {
			t.Errorf("%q: error %v, want one naming bad.zone", bad, err)
		}
	}
}

func TestLoadZones(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.zone", "a.test. A 192.0.2.1\n")
	write("b.zone", "b.test. 60 IN TXT \"b\"\n")
	write("ignored.txt", "this is not a zone\n")
	extra := write("extra", "c.test. MX 5 a.test.\n")
	z, err := LoadZones(dir, extra)
	if err != nil {
		t.Fatal(err)
	}
	if z.Len() != 3 {
		t.Errorf("loaded %d records, want 3", z.Len())
	}
	if _, err := LoadZones(filepath.Join(dir, "missing.zone")); err == nil {
		t.Error("missing file: no error")
	}
	write("c.zone", "broken. A not-an-address\n")
	if _, err := LoadZones(dir); err == nil {
		t.Error("broken zone in directory: no error")
	}
}

func TestServer(t *testing.T) {
	if _, err := Start("192.0.2.1:53", NewZone()); err == nil {
		t.Fatal("non-loopback address accepted")
	}
	s, err := Start("127.0.0.1:0", loadTestZone(t))
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	}()
	for _, network := range []string{"udp", "tcp"} {
		c := &dns.Client{Net: network}
		r, _, err := c.Exchange(query("mx.example.test.", dns.TypeA), s.Addr())
		if err != nil {
			t.Fatalf("%s: %v", network, err)
		}
		if answerText(r) != "mx.example.test. 300 IN A 192.0.2.25\n" {
			t.Errorf("%s: answer %q", network, answerText(r))
		}
	}
	s.SetZone(NewZone())
	r, _, err := new(dns.Client).Exchange(query("mx.example.test.", dns.TypeA), s.Addr())
	if err != nil || r.Rcode != dns.RcodeNameError {
		t.Errorf("after SetZone(empty): %v %v", r, err)
	}
}

func TestServerTruncates(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		b.WriteString("big.test. TXT \"" + strings.Repeat("x", 60) + string(rune('a'+i%26)) + "\"\n")
	}
	z := NewZone()
	if err := z.ParseZone(strings.NewReader(b.String()), "big.zone"); err != nil {
		t.Fatal(err)
	}
	s, err := Start("127.0.0.1:0", z)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, _, err := new(dns.Client).Exchange(query("big.test.", dns.TypeTXT), s.Addr())
	if err != nil || !r.Truncated {
		t.Fatalf("UDP without EDNS: truncated=%v err=%v", r != nil && r.Truncated, err)
	}
	r, _, err = (&dns.Client{Net: "tcp"}).Exchange(query("big.test.", dns.TypeTXT), s.Addr())
	if err != nil || r.Truncated || len(r.Answer) != 40 {
		t.Fatalf("TCP: %v", err)
	}
}

func FuzzParseZone(f *testing.F) {
	f.Add(testZone)
	f.Add("a.test. A 192.0.2.1\n")
	f.Add("$TTL 60\n$ORIGIN x.\n@ MX 10 y\n")
	f.Fuzz(func(t *testing.T, text string) {
		z := NewZone()
		if err := z.ParseZone(strings.NewReader(text), "fuzz.zone"); err != nil {
			return
		}
		for name := range z.records {
			z.Answer(query(name, dns.TypeANY))
			z.Answer(query("x."+name, dns.TypeA))
		}
	})
}

func FuzzAnswer(f *testing.F) {
	z := NewZone()
	if err := z.ParseZone(strings.NewReader(testZone), "test.zone"); err != nil {
		f.Fatal(err)
	}
	for _, q := range []*dns.Msg{query("alias.example.test.", dns.TypeA), query("x.wild.example.test.", dns.TypeTXT)} {
		b, err := q.Pack()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, wire []byte) {
		req := new(dns.Msg)
		if req.Unpack(wire) != nil {
			return
		}
		if _, err := z.Answer(req).Pack(); err != nil && len(req.Question) == 1 {
			t.Errorf("answer to %v does not pack: %v", req.Question, err)
		}
	})
}
