package charset

import (
	"testing"
	"unicode/utf8"
)

func FuzzConvert(f *testing.F) {
	f.Add([]byte("\xcf\xf0\xe8\xe2\xe5\xf2"), "windows-1251")
	f.Add([]byte("\xa6\xd9\xfe\x59"), "gb18030")
	f.Add([]byte("\x1b$BF|K\\\x1b(B"), "iso-2022-jp")
	f.Add([]byte("\xff\xfeH\x00"), "utf-16")
	f.Add([]byte("\xc3\xa9\xed\xa0\x80\xff"), "utf-8")
	f.Fuzz(func(t *testing.T, data []byte, label string) {
		if cs, ok := Canonical(label); ok {
			if out, err := ToUTF8(data, cs); err == nil && !utf8.Valid(out) {
				t.Fatalf("ToUTF8(%q) is not UTF-8", cs)
			}
		}
		Detect(data)
		b := append([]byte(nil), data...)
		EnforceUTF8(b)
		if !utf8.Valid(b) {
			t.Fatalf("EnforceUTF8 left invalid UTF-8: %q", b)
		}
	})
}
