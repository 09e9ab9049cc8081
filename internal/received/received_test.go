package received

import "testing"

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in                                 string
		from, real, ip, by, proto, forAddr string
		flags                              Flags
		ts                                 int64
	}{
		{in: "from mail.example.com (mail.example.com [203.0.113.5]) by mx.example.net (Postfix) with ESMTPS id X for <bob@example.net>; Tue, 14 Jan 2025 10:23:45 +0100",
			from: "mail.example.com", real: "mail.example.com", ip: "203.0.113.5", by: "mx.example.net",
			proto: "esmtps", forAddr: "bob@example.net", flags: SSL, ts: 1736846625},
		// A reverse DNS name without a dot is not kept.
		{in: "from a (a [IPv6:2001:db8::1]) by b with ESMTPSA; Tue, 14 Jan 2025 10:23:45 +0100",
			from: "a", ip: "2001:db8::1", by: "b", proto: "esmtpsa", flags: SSL | Authenticated, ts: 1736846625},
		{in: "by b with LMTP", by: "b", proto: "lmtp"},
	} {
		h := Parse(c.in)
		if h == nil {
			t.Errorf("%q: nil", c.in)
			continue
		}
		var forAddr string
		if h.ForAddr != nil {
			forAddr = h.ForAddr.Addr
		}
		if h.FromHostname != c.from || h.RealHostname != c.real || h.RealIP != c.ip || h.ByHostname != c.by ||
			h.Flags.Proto() != c.proto || forAddr != c.forAddr || h.Flags&(SSL|Authenticated) != c.flags || h.Timestamp != c.ts {
			t.Errorf("%q:\n got %+v (proto %s, for %q)", c.in, h, h.Flags.Proto(), forAddr)
		}
	}
}
