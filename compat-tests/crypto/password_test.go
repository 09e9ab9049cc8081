package cryptocompat

import (
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/password"
)

func TestPasswordGolden(t *testing.T) {
	recs, _ := golden(t, "password.tsv")
	pw, _ := golden(t, "pw.tsv")
	recs = append(recs, pw...)
	seen := counter{}
	for _, r := range recs {
		f := r.fields
		switch r.kind {
		case "pbkdf":
			kind := password.Kind(atoi(t, f[0]))
			key, err := password.DeriveKey(kind, unhex(t, f[2]), unhex(t, f[3]), atoi(t, f[4]), atoi(t, f[1]))
			if f[5] != "1" {
				if err == nil {
					t.Errorf("line %d: DeriveKey accepted what rspamd refuses", r.line)
				}
				break
			}
			if err != nil || hexOf(key) != f[6] {
				t.Errorf("line %d: DeriveKey(%d, pw len %d, rounds %s, key %s) = %x, %v, want %s", r.line, kind, len(unhex(t, f[2])), f[1], f[4], key, err, f[6])
			}
		case "encoded", "pw":
			enc := f[2]
			var pwd []byte
			if r.kind == "encoded" {
				pwd = unhex(t, f[0])
			} else {
				pwd = unhex(t, f[1])
				if a, ok := password.IsEncrypted(enc); !ok || a.Alias != f[0] {
					t.Errorf("line %d: %q is not %s", r.line, enc, f[0])
				}
			}
			ok, err := password.Check(enc, pwd)
			if err != nil || !ok {
				t.Errorf("line %d: Check(%q, %q) = %v, %v", r.line, enc, pwd, ok, err)
			}
			if ok, _ := password.Check(enc, append(pwd, 'x')); ok {
				t.Errorf("line %d: wrong password accepted", r.line)
			}
		default:
			t.Fatalf("line %d: unknown record %q", r.line, r.kind)
		}
		seen[r.kind]++
	}
	seen.require(t, "pbkdf", "encoded", "pw")
}

// TestPasswordOracleChecksOurs has `rspamadm pw -c` verify hashes we made.
func TestPasswordOracleChecksOurs(t *testing.T) {
	oraclebench.Need(t)
	for _, a := range password.Algorithms {
		for _, pw := range []string{"secret", "with space", strings.Repeat("long", 30)} {
			enc, err := a.EncryptRandom([]byte(pw), nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, try := range []struct {
				pw   string
				want string
			}{{pw, "password correct"}, {pw + "x", "password incorrect"}} {
				cmd := oraclebench.Command("pw", "-c", "-p", enc)
				cmd.Env = append(cmd.Env, "RSPAMADM_PASSWORD="+try.pw)
				out, _ := cmd.CombinedOutput()
				if got := strings.TrimSpace(string(out)); got != try.want {
					t.Errorf("%s %q: rspamadm pw -c %s: %q, want %q", a.Alias, try.pw, enc, got, try.want)
				}
			}
		}
	}
}
