package icu

import "testing"

// The expected values are rspamd 4.1.5's (compat-tests/golden/4.1.5/
// contentutil/util.dump).

func TestTransliterate(t *testing.T) {
	for in, want := range map[string]string{
		"ПРИВЕТ мир":           "privet mir",
		"Ⅻ ﬁ ｆｕｌｌｗｉｄｔｈ":        "xii fi fullwidth",
		"Ελληνικά και English": "ellenika kai english",
		"Straße STRASSE":       "strasse strasse",
		"":                     "",
	} {
		got, err := Transliterate([]byte(in))
		if err != nil || string(got) != want {
			t.Errorf("Transliterate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestQuality(t *testing.T) {
	q := Quality([]byte("Hello, World!"))
	want := TextQuality{Letters: 10, Punctuation: 2, Spaces: 1, Printable: 13, Words: 2, WordChars: 10,
		Total: 13, Uppercase: 2, Lowercase: 8, ASCII: 13, LatinVowels: 3, LatinConsonants: 7}
	if q != want {
		t.Errorf("Quality = %+v, want %+v", q, want)
	}
	if q := Quality([]byte("abc\xc0")); q.NonPrintable != 1 || q.Total != 4 || q.Words != 1 {
		t.Errorf("ill-formed UTF-8: %+v", q)
	}
}

func TestScriptsAndSpoofing(t *testing.T) {
	for in, want := range map[string]bool{"ПРИВЕТ мир": false, "пpивeт": true, "中文 text": true, "": false} {
		if got, err := MixedScript([]byte(in)); err != nil || got != want {
			t.Errorf("MixedScript(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := MixedScript([]byte("\xff")); err != ErrInvalidUTF8 {
		t.Errorf("ill-formed UTF-8: %v", err)
	}
	if r, err := Confusable([]byte("paypal"), []byte("pаypаl")); err != nil || r != MixedScriptConfusable {
		t.Errorf("paypal confusable: %d %v", r, err)
	}
	if r, _ := Confusable([]byte("abc"), []byte("xyz")); r != 0 {
		t.Errorf("abc/xyz confusable: %d", r)
	}
	if r, _ := Spoofed([]byte("hello")); r != 0 {
		t.Errorf("hello spoofed: %d", r)
	}
	if out, _ := OutsideRange([]byte("hello"), 1, 'a', 'z'); out {
		t.Error("hello outside a-z")
	}
	if out, _ := OutsideRange([]byte("Hello"), 1, 'a', 'z'); !out {
		t.Error("Hello inside a-z")
	}
	if out, _ := OutsideRange([]byte("привет"), 2, 0x430, 0x44f); out {
		t.Error("привет outside а-я")
	}
	if out, _ := OutsideRange([]byte("hello"), 2, 0x430, 0x44f); !out {
		t.Error("hello inside а-я")
	}
}

func TestCompareFold(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"Straße", "STRASSE", 0}, {"Résumé", "resume", 0}, {"abc", "ABC", 0}, {"a", "", 1}, {"", "a", -1}} {
		if got, err := CompareFold([]byte(c.a), []byte(c.b)); err != nil || got != c.want {
			t.Errorf("CompareFold(%q, %q) = %d, %v", c.a, c.b, got, err)
		}
	}
}

// FuzzText runs every function over arbitrary bytes.
func FuzzText(f *testing.F) {
	f.Add([]byte("pаypаl"), []byte("paypal"))
	f.Add([]byte("\xff\xe2\x82"), []byte("😀"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		q := Quality(a)
		if q.Total < q.Printable {
			t.Fatalf("more printable than total: %+v", q)
		}
		MixedScript(a)
		Confusable(a, b)
		Spoofed(a)
		OutsideRange(a, 3, 0x20, 0x7e)
		Transliterate(a)
		if r, err := CompareFold(a, a); err == nil && r != 0 {
			t.Fatalf("%q differs from itself", a)
		}
	})
}
