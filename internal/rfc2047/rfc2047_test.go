package rfc2047

import "testing"

func TestDecode(t *testing.T) {
	cases := []struct {
		in, out string
		bad     bool
	}{
		{"plain text", "plain text", false},
		{"=?utf-8?Q?caf=C3=A9?=", "café", false},
		{"=?UTF-8?B?0J/RgNC40LLQtdGC?=", "Привет", false},
		// Adjacent words are glued, the space between them dropped.
		{"=?utf-8?Q?a?= =?utf-8?Q?b?=", "ab", false},
		{"=?iso-8859-1?Q?Andr=E9?= Pirard", "André Pirard", false},
		{"=?koi8-r?B?8NLJ18XU?=", "Привет", false},
		// Quoted encoded word.
		{`"=?utf-8?Q?x?="`, `"x"`, false},
		// Not an encoded word.
		{"=?bad", "=?bad", false},
		{"a=b", "a=b", false},
		// Raw invalid UTF-8 becomes U+FFFD; control characters are replaced.
		{"a\xffb", "a\uFFFDb", true},
		{"a\x01b\tc", "a?b c", false},
		// Unknown charset: the bytes are kept when they are valid UTF-8.
		{"=?x-unknown?Q?ok?=", "ok", false},
		{"=?x-unknown?Q?=FF?=", "", false},
		// Underscore is a space in Q encoding.
		{"=?us-ascii?Q?a_b?=", "a b", false},
	}
	for _, c := range cases {
		got, bad := DecodeString(c.in)
		if got != c.out || bad != c.bad {
			t.Errorf("Decode(%q) = %q, %v; want %q, %v", c.in, got, bad, c.out, c.bad)
		}
	}
}

func TestParseWord(t *testing.T) {
	w, ok := parseWord([]byte("=?utf-8*en?b?YWJj?="))
	if !ok || w.charset != "utf-8" || !w.base64 || string(w.text) != "YWJj" {
		t.Fatalf("got %+v %v", w, ok)
	}
	for _, bad := range []string{"=??Q?a?=", "=?u?X?a?=", "=?u?Q??=", "=?u.v?Q?a?="} {
		if _, ok := parseWord([]byte(bad)); ok {
			t.Errorf("parseWord(%q) accepted", bad)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"=?utf-8?Q?caf=C3=A9?=", "=?koi8-r?B?8NLJ18XU?= x", "=??=?=", "\xff\xfe=?", "=?utf-8?q?a?= =?utf-8?b?Yg==?="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := DecodeString(s)
		for i := 0; i < len(out); i++ {
			if c := out[i]; c < 0x20 || c == 0x7f {
				t.Fatalf("control byte %#x in %q", c, out)
			}
		}
	})
}
