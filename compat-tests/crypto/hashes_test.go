package cryptocompat

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"testing"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/fasthash"
)

// le64hex renders a uint64 as the goldens do: its little-endian bytes.
func le64hex(v uint64) string {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	return hexOf(b[:])
}

func TestHashesGolden(t *testing.T) {
	recs, in := golden(t, "hashes.tsv")
	seen := counter{}
	for _, r := range recs {
		f := r.fields
		check := func(what, got, want string) {
			if got != want {
				t.Errorf("line %d: %s = %s, want %s", r.line, what, got, want)
			}
		}
		switch r.kind {
		case "fast":
			typ := fasthash.Type(atoi(t, f[0]))
			data, seed := in[f[1]], atou64(t, f[2])
			check(fmt.Sprintf("Sum(%v, len %d, %d)", typ, len(data), seed), le64hex(fasthash.Sum(typ, data, seed)), f[3])
		case "default":
			check("Default", le64hex(fasthash.Default(in[f[0]], atou64(t, f[1]))), f[2])
		case "t1ha1":
			check("T1ha1(len "+f[0]+")", le64hex(fasthash.T1ha1(in[f[0]], atou64(t, f[1]))), f[2])
		case "t1ha2":
			check("T1ha2(len "+f[0]+")", le64hex(fasthash.T1ha2(in[f[0]], atou64(t, f[1]))), f[2])
		case "t1ha2_128":
			lo, hi := fasthash.T1ha2x128(in[f[0]], atou64(t, f[1]))
			check("T1ha2x128(len "+f[0]+")", le64hex(lo)+" "+le64hex(hi), f[2]+" "+f[3])
		case "stream":
			typ := fasthash.Type(atoi(t, f[0]))
			data, seed, chunk := in[f[1]], atou64(t, f[2]), atoi(t, f[3])
			s := fasthash.New(typ, seed)
			for p := data; len(p) > 0; {
				n := min(chunk, len(p))
				s.Write(p[:n])
				p = p[n:]
			}
			what := fmt.Sprintf("State(%v, seed %d, len %d, chunk %d)", typ, seed, len(data), chunk)
			check(what, le64hex(s.Sum64()), f[4])
			// Sum64 leaves the state alone, and clones are independent.
			c := s.Clone()
			c.Write([]byte("x"))
			check(what+" again", le64hex(s.Sum64()), f[4])
			s.Reset()
			s.Write(data)
			check(what+" after reset", le64hex(s.Sum64()), f[4])
		case "siphash":
			key := (*[16]byte)(unhex(t, f[1]))
			check("SipHash24(len "+f[0]+")", le64hex(fasthash.SipHash24(key, in[f[0]])), f[2])
		case "blake2b":
			sum, err := cryptobox.KeyedHash(in[f[0]], unhex(t, f[1]))
			if err != nil {
				t.Fatalf("line %d: %v", r.line, err)
			}
			check("Hash(len "+f[0]+")", hexOf(sum[:]), f[2])
		case "icase":
			check("CaselessHash("+f[0]+")", le64hex(fasthash.CaselessHash(unhex(t, f[0]), atou64(t, f[1]))), f[2])
		case "icase_fast":
			got := fasthash.CaselessHashUnit(unhex(t, f[0]), fasthash.DefaultCaselessSeed)
			check("CaselessHashUnit("+f[0]+")", strconv.FormatFloat(got, 'g', 17, 64), f[1])
		case "icase_fast_seed":
			got := fasthash.CaselessHashUnit(unhex(t, f[0]), atou64(t, f[1]))
			check("CaselessHashUnit("+f[0]+")", strconv.FormatFloat(got, 'g', 17, 64), f[2])
		case "fast_hash64":
			h := fasthash.XXHash3(in[f[0]], atou64(t, f[1]))
			check("fast_hash64(len "+f[0]+")", fmt.Sprintf("%d %d", h>>32, h&0xffffffff), f[2]+" "+f[3])
		default:
			t.Fatalf("line %d: unknown record %q", r.line, r.kind)
		}
		seen[r.kind]++
	}
	seen.require(t, "fast", "default", "t1ha1", "t1ha2", "t1ha2_128", "stream", "siphash", "blake2b", "icase", "icase_fast", "fast_hash64")
}
