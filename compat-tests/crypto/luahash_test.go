package cryptocompat

import (
	"strconv"
	"testing"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// hashOutput renders a finished hasher as the Lua methods hex, bin,
// base64 and base32 do, with their optional argument (a limit keeping the
// last bytes, or a base32 alphabet).
func hashOutput(t *testing.T, h *cryptobox.Hasher, method, arg string) string {
	t.Helper()
	out := h.Sum()
	alphabet := encoding.Base32Default
	if n, err := strconv.Atoi(arg); err == nil {
		out = h.SumLimit(n)
	} else if arg != "-" {
		a, ok := encoding.ParseBase32Alphabet(arg)
		if !ok {
			t.Fatalf("alphabet %q", arg)
		}
		alphabet = a
	}
	switch method {
	case "hex":
		return encoding.EncodeHex(out)
	case "bin":
		return string(out)
	case "base64":
		return encoding.EncodeBase64(out)
	case "base32":
		return encoding.EncodeBase32(out, alphabet)
	}
	t.Fatalf("method %q", method)
	return ""
}

func TestLuaHashGolden(t *testing.T) {
	recs, in := golden(t, "luahash.tsv")
	seen := counter{}
	for _, r := range recs {
		f := r.fields
		switch r.kind {
		case "hash":
			alg := f[0]
			if alg == "default" {
				alg = ""
			}
			key := unhex(t, f[1])
			h, err := cryptobox.NewHasher(alg, key)
			if err != nil {
				t.Fatalf("line %d: NewHasher(%q): %v", r.line, f[0], err)
			}
			data, chunk := in[f[2]], atoi(t, f[3])
			for p := data; len(p) > 0; {
				n := min(chunk, len(p))
				if _, err := h.Write(p[:n]); err != nil {
					t.Fatal(err)
				}
				p = p[n:]
			}
			// A clone taken before finishing gives the same digest.
			c, err := h.Clone()
			if err != nil {
				t.Fatalf("line %d: Clone: %v", r.line, err)
			}
			got := hashOutput(t, h, f[4], f[5])
			if hexOf([]byte(got)) != f[6] {
				t.Errorf("line %d: %s key %s len %s chunk %s :%s(%s) = %q, want %q", r.line, f[0], f[1], f[2], f[3], f[4], f[5], got, unhex(t, f[6]))
			}
			if got2 := hashOutput(t, c, f[4], f[5]); got2 != got {
				t.Errorf("line %d: clone gives %q", r.line, got2)
			}
			if _, err := h.Write([]byte("more")); err == nil {
				t.Errorf("line %d: Write after Sum accepted", r.line)
			}
		case "reset":
			h, err := cryptobox.NewHasher(f[0], unhex(t, f[1]))
			if err != nil {
				t.Fatal(err)
			}
			h.Write([]byte("garbage"))
			h.Sum()
			if err := h.Reset(); err != nil {
				t.Fatalf("line %d: Reset: %v", r.line, err)
			}
			h.Write(in[f[2]])
			if got := encoding.EncodeHex(h.Sum()); hexOf([]byte(got)) != f[3] {
				t.Errorf("line %d: %s after reset = %s, want %s", r.line, f[0], got, unhex(t, f[3]))
			}
		default:
			t.Fatalf("line %d: unknown record %q", r.line, r.kind)
		}
		seen[r.kind]++
	}
	seen.require(t, "hash", "reset")
}
