package re

import (
	"testing"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/cconv"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		in    string
		flags EscapeFlags
		want  string
	}{
		// Oracle-verified (compat-tests/golden/4.1.5/regexp).
		{"*.example.com", EscapeGlob | EscapeUTF, `.*\.example\.com`},
		{"a-b[a-z]?+", EscapeGlob | EscapeUTF, `a\-b\[a\-z\].?.+`},
		{"привет*", EscapeGlob | EscapeUTF, `\x{43f}\x{440}\x{438}\x{432}\x{435}\x{442}.*`},
		{"a\vb.c\x00d é\t\n\r\f-#,", 0, "a\\x0bb\\.c\\x00d\\ \\xc3\\xa9\\\t\\\n\\\r\\\f\\-\\#\\,"},
		{"plain", 0, "plain"},
		// RE mode leaves metacharacters alone and recodes bytes.
		{`a.b*\é`, EscapeRE, `a.b*\\xc3\xa9`},
		{`a.b*\é`, EscapeRE | EscapeUTF, `a.b*\\x{e9}`},
		{"a\x00b", EscapeGlob | EscapeUTF, "ab"},
		{"\x01", EscapeGlob | EscapeUTF, `\x{1}`},
		// UTF-8 without glob or RE copies non-ASCII bytes.
		{"é.", EscapeUTF, `é\.`},
		{"a.b", EscapeAnchor, `^(?:a\.b)$`},
		{"", EscapeAnchor, `^(?:)$`},
		// Invalid UTF-8 is repaired first (upstream's result is undefined).
		{"\xffa", EscapeGlob | EscapeUTF, `\x{fffd}a`},
	}
	for _, tt := range tests {
		if got := Escape(tt.in, tt.flags); got != tt.want {
			t.Errorf("Escape(%q, %#x) = %q, want %q", tt.in, tt.flags, got, tt.want)
		}
	}
}

// FuzzEscape checks that a plain escape compiles to a regexp matching
// exactly its input, and a UTF-8 glob escape of valid UTF-8 compiles in
// UTF-8 mode.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"a.b", "*.example.com", "é\x00\xff", "a b\t(c)", "[]{}^$|#,-\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = cconv.CString(s)
		esc := Escape(s, 0)
		r, err := CompileFlags(esc, "")
		if err != nil {
			t.Fatalf("Escape(%q) = %q does not compile: %v", s, esc, err)
		}
		if s != "" && !r.MatchExact([]byte(s), false) {
			t.Fatalf("Escape(%q) = %q does not match its input", s, esc)
		}
		if utf8.ValidString(s) {
			g := Escape(s, EscapeGlob|EscapeUTF)
			if _, err := CompileFlags(g, "u"); err != nil {
				t.Fatalf("glob escape %q of %q does not compile: %v", g, s, err)
			}
		}
	})
}

// FuzzCompile runs arbitrary patterns and subjects through every entry
// point: errors are fine, panics and hangs are not.
func FuzzCompile(f *testing.F) {
	f.Add("/(a+)+$/i", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", true)
	f.Add("m{a.*}", "abc", false)
	f.Add("/\\w+/u", "héllo \xff", false)
	f.Add("/(?<=a)b|x*/", "abab", true)
	f.Fuzz(func(t *testing.T, pattern, subject string, raw bool) {
		r, err := Compile(pattern)
		if err != nil {
			return
		}
		text := []byte(subject)
		r.Match(text, raw)
		r.MatchExact(text, raw)
		r.MatchN(text, -1, raw)
		r.Each(text, raw, true, func(m []int) {
			for i := 0; i < len(m); i += 2 {
				if m[i] >= 0 && (m[i] > m[i+1] || m[i+1] > len(text)) {
					t.Fatalf("bad span %v in %q", m, subject)
				}
			}
		})
		r.Split(text, func(a, b int) {
			if a < 0 || a > b || b > len(text) {
				t.Fatalf("bad piece %d..%d", a, b)
			}
		})
	})
}
