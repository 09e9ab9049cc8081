package received

import "testing"

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"from mail.example.com (mail.example.com [203.0.113.5]) by mx.example.net (Postfix) with ESMTPS id X for <bob@example.net>; Tue, 14 Jan 2025 10:23:45 +0100",
		"from [203.0.113.5] (helo=x) by y with esmtpsa (TLS1.3) (Exim 4.96) id 1; Tue, 14 Jan 2025 10:23:45 +0100",
		"(qmail 1 invoked by uid 0); 14 Jan 2025 10:23:45 -0000",
		"from a (a [IPv6:2001:db8::1]) by b with UTF8SMTPSA",
		"from a (((((", "", ";",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Parse(s)
	})
}

func FuzzParseIP(f *testing.F) {
	for _, s := range []string{"203.0.113.5", "IPv6:2001:db8::1", "::ffff:1.2.3.4", "1.2.3", "::", "fe80::1%eth0"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if ip, ok := ParseIP(b); ok && ip != nil {
			_ = ip.String()
		}
	})
}
