package mailaddr

import (
	"strings"
	"testing"
)

func FuzzFromMIME(f *testing.F) {
	for _, s := range []string{"A <a@b.c>, \"B, C\" <bc@d.e>", "g: a@b.c;", "=?utf-8?B?0J8=?= <x@y.z>",
		"a@b.c (comment (nested))", "<>", "\"unclosed <a@b.c>", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		list := FromMIME(s, nil, 100)
		if len(list) > 100+1 {
			t.Fatalf("%d addresses over the bound", len(list))
		}
		for _, a := range list {
			if a.Addr != "" && !strings.Contains(a.Raw+a.Addr, "@") && a.Flags&Valid != 0 {
				t.Fatalf("valid address without @: %+v", a)
			}
		}
	})
}

func FuzzFromSMTP(f *testing.F) {
	for _, s := range []string{"<a@b.c>", "<>", "<@r:a@b.c>", "<\"q u\"@b.c>", "a@b.c", "<a@[1.2.3.4]>", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		FromSMTP(s)
	})
}
