package charset

import (
	"testing"
	"unicode/utf8"
)

func TestCanonical(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"utf-8", "UTF-8"}, {"UTF8", "UTF-8"}, {"latin1", "ISO-8859-1"}, {"us-ascii", "US-ASCII"},
		// ICU's internal converter names are what rspamd reports.
		{"cp1251", "ibm-5347_P100-1998"}, {"cp-1251", "ibm-5347_P100-1998"},
		{"\"koi8-r\"", "ibm-878_P100-1996"}, {"GB2312", "ibm-1383_P110-1999"},
		{"gb18030", "gb18030-2022"},
	} {
		got, ok := Canonical(c.in)
		if !ok || got != c.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	if got, ok := Canonical("x-no-such-charset"); ok {
		t.Errorf("unknown charset resolved to %q", got)
	}
}

func TestToUTF8(t *testing.T) {
	for _, c := range []struct{ cs, in, want string }{
		{"ibm-5347_P100-1998", "\xcf\xf0\xe8\xe2\xe5\xf2", "Привет"},
		{"ibm-878_P100-1996", "\xf0\xd2\xc9\xd7\xc5\xd4", "Привет"},
		{"ISO-8859-1", "caf\xe9", "café"},
		{"ISO-8859-16", "\xaa\xba", "Șș"},
		// The 2022 GB18030 table of ICU 73+ (what the oracle links).
		{"gb18030-2022", "\xa6\xd9\xfe\x59\xa3\xa0", "\ufe10\u9fb4\u3000"},
	} {
		out, err := ToUTF8([]byte(c.in), c.cs)
		if err != nil || string(out) != c.want {
			t.Errorf("ToUTF8(%q, %s) = %q, %v; want %q", c.in, c.cs, out, err, c.want)
		}
	}
}

func TestDetect(t *testing.T) {
	text := []byte("\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf2\xe5\xf1\xf2\xee\xe2\xee\xe5 \xf1\xee\xee\xe1\xf9\xe5\xed\xe8\xe5 \xe4\xeb\xff \xef\xf0\xee\xe2\xe5\xf0\xea\xe8.")
	if cs, ok := Detect(text); !ok || cs != "windows-1251" {
		t.Errorf("Detect = %q, %v", cs, ok)
	}
}

func TestEnforceUTF8(t *testing.T) {
	b := []byte("ok \xc3\xa9 bad \xc3 \xed\xa0\x80 \xff")
	EnforceUTF8(b)
	if !utf8.Valid(b) {
		t.Errorf("EnforceUTF8 left %q", b)
	}
}
