package cryptocompat

import (
	"testing"

	"github.com/gorspamd/rspamd/internal/encoding"
)

func TestEncodingGolden(t *testing.T) {
	recs, in := golden(t, "encoding.tsv")
	seen := counter{}
	for _, r := range recs {
		f := r.fields
		switch r.kind {
		case "b32enc":
			a, ok := encoding.ParseBase32Alphabet(f[0])
			if !ok {
				t.Fatalf("line %d: alphabet %q", r.line, f[0])
			}
			if got := encoding.EncodeBase32(in[f[1]], a); hexOf([]byte(got)) != f[2] {
				t.Errorf("line %d: EncodeBase32(%s, %s) = %q, want %s", r.line, f[1], f[0], got, unhex(t, f[2]))
			}
		case "b32dec":
			a, _ := encoding.ParseBase32Alphabet(f[0])
			src := unhex(t, f[1])
			got, err := encoding.DecodeBase32(src, a)
			want := f[2]
			switch {
			case want == "NIL" && err == nil:
				t.Errorf("line %d: DecodeBase32(%q, %s) = %x, want an error", r.line, src, f[0], got)
			case want != "NIL" && err != nil:
				t.Errorf("line %d: DecodeBase32(%q, %s): %v, want %s", r.line, src, f[0], err, want)
			case want != "NIL" && hexOf(got) != want:
				t.Errorf("line %d: DecodeBase32(%q, %s) = %x, want %s", r.line, src, f[0], got, want)
			}
		case "b64enc":
			line := atoi(t, f[1])
			got, err := encoding.EncodeBase64Lines(in[f[0]], line, encoding.Newline(atoi(t, f[2])), f[3] == "1")
			if err != nil {
				t.Fatalf("line %d: %v", r.line, err)
			}
			if hexOf([]byte(got)) != f[4] {
				t.Errorf("line %d: EncodeBase64Lines(len %s, %s, %s, %s) = %q, want %q", r.line, f[0], f[1], f[2], f[3], got, unhex(t, f[4]))
			}
			if line == 0 && encoding.EncodeBase64(in[f[0]]) != got {
				t.Errorf("line %d: EncodeBase64 differs from EncodeBase64Lines", r.line)
			}
		case "b64dec":
			src := unhex(t, f[0])
			got, ok := encoding.DecodeBase64(src)
			if hexOf(got) != f[2] || ok != (f[1] == "1") {
				t.Errorf("line %d: DecodeBase64(%q) = %x, %v, want %s, %s", r.line, src, got, ok, f[2], f[1])
			}
		case "hexenc":
			if got := encoding.EncodeHex(in[f[0]]); hexOf([]byte(got)) != f[1] {
				t.Errorf("line %d: EncodeHex = %q", r.line, got)
			}
		case "hexdec":
			src := unhex(t, f[0])
			got := encoding.DecodeHex(src)
			if hexOf(got) != f[2] || len(got) != atoi(t, f[1]) {
				t.Errorf("line %d: DecodeHex(%q) = %x, want %s", r.line, src, got, f[2])
			}
		default:
			t.Fatalf("line %d: unknown record %q", r.line, r.kind)
		}
		seen[r.kind]++
	}
	seen.require(t, "b32enc", "b32dec", "b64enc", "b64dec", "hexenc", "hexdec")
}
