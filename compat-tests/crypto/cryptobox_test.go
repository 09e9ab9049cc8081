package cryptocompat

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/crypto/curve25519"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
)

// dumpFields renders a keypair object the way vectors.lua's dump does.
func dumpFields(t *testing.T, fields []cryptobox.Field) string {
	t.Helper()
	if len(fields) != 1 || fields[0].Key != "keypair" {
		t.Fatalf("keypair object not wrapped: %v", fields)
	}
	inner := map[string]string{}
	for _, f := range fields[0].Value.([]cryptobox.Field) {
		if s, ok := f.Value.(string); ok {
			inner[f.Key] = s
		}
	}
	var parts []string
	for _, k := range []string{"pubkey", "privkey", "id", "encoding", "algorithm", "type"} {
		v, ok := inner[k]
		if !ok {
			parts = append(parts, k+"=NIL")
			continue
		}
		parts = append(parts, k+"="+hexOf([]byte(v)))
	}
	return strings.Join(parts, ",")
}

// dumpValue parses one field of a golden keypair dump.
func dumpValue(t *testing.T, dump, key string) []byte {
	t.Helper()
	for _, p := range strings.Split(dump, ",") {
		if k, v, _ := strings.Cut(p, "="); k == key {
			return unhex(t, v)
		}
	}
	t.Fatalf("no %s in %s", key, dump)
	return nil
}

// luaEncoding maps the argument of keypair:totable in the goldens.
func luaEncoding(t *testing.T, arg string) cryptobox.KeyEncoding {
	t.Helper()
	switch arg {
	case "-", "false":
		return cryptobox.EncodingZbase32
	case "true":
		return cryptobox.EncodingHex
	}
	enc, ok := cryptobox.ParseKeyEncoding(arg)
	if !ok {
		t.Fatalf("encoding %q", arg)
	}
	return enc
}

// goldenKeypair rebuilds a keypair of the goldens from its secret key.
func goldenKeypair(t *testing.T, kind string, sk []byte) *cryptobox.Keypair {
	t.Helper()
	typ, pk := cryptobox.KEX, []byte(nil)
	if kind == "sign" {
		typ, pk = cryptobox.SignKey, sk[32:]
	} else {
		pk = kexPublic(t, sk)
	}
	kp, err := cryptobox.NewKeypair(typ, sk, pk)
	if err != nil {
		t.Fatal(err)
	}
	return kp
}

// flattenFields renders a keypair object as "key=value;" in order, with
// nested objects in braces.
func flattenFields(fields []cryptobox.Field) string {
	var b strings.Builder
	for _, f := range fields {
		b.WriteString(f.Key + "=")
		switch v := f.Value.(type) {
		case []cryptobox.Field:
			b.WriteString("{" + flattenFields(v) + "}")
		case string:
			b.WriteString(v)
		}
		b.WriteString(";")
	}
	return b.String()
}

// flattenJSON renders a JSON object like flattenFields, keeping the key
// order of the text.
func flattenJSON(t *testing.T, text []byte) string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(text))
	var walk func() string
	walk = func() string {
		var b strings.Builder
		if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
			t.Fatalf("bad JSON %s: %v", text, err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			b.WriteString(k.(string) + "=")
			if dec.More() {
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					t.Fatal(err)
				}
				if len(raw) > 0 && raw[0] == '{' {
					sub := json.NewDecoder(bytes.NewReader(raw))
					dec, sub = sub, dec
					b.WriteString("{" + walk() + "}")
					dec = sub
				} else {
					var s string
					if err := json.Unmarshal(raw, &s); err != nil {
						t.Fatal(err)
					}
					b.WriteString(s)
				}
			}
			b.WriteString(";")
		}
		dec.Token()
		return b.String()
	}
	return walk()
}

func kexPublic(t *testing.T, sk []byte) []byte {
	t.Helper()
	pk, err := curve25519.X25519(sk, curve25519.Basepoint)
	if err != nil {
		t.Fatal(err)
	}
	return pk
}

func TestCryptoboxGolden(t *testing.T) {
	recs, _ := golden(t, "cryptobox.tsv")
	seen := counter{}
	var loadDumps = map[string]string{}
	for _, r := range recs {
		f := r.fields
		switch r.kind {
		case "kex":
			if got := hexOf(kexPublic(t, unhex(t, f[0]))); got != f[1] {
				t.Errorf("line %d: public key %s, want %s", r.line, got, f[1])
			}
		case "nm":
			nm, err := cryptobox.ComputeNM(unhex(t, f[0]), unhex(t, f[1]))
			if err != nil || hexOf(nm[:]) != f[2] {
				t.Errorf("line %d: ComputeNM = %x, %v, want %s", r.line, nm, err, f[2])
			}
		case "enc":
			nm := cryptobox.NM(unhex(t, f[0]))
			nonce := (*[24]byte)(unhex(t, f[1]))
			data := unhex(t, f[2])
			mac := cryptobox.EncryptNM(data, nonce, &nm)
			if hexOf(data) != f[3] || hexOf(mac[:]) != f[4] {
				t.Errorf("line %d: EncryptNM(len %d) = %x mac %x, want %s mac %s", r.line, len(data), data, mac, f[3], f[4])
			}
		case "dec":
			nm := cryptobox.NM(unhex(t, f[0]))
			data := unhex(t, f[2])
			orig := bytes.Clone(data)
			ok := cryptobox.DecryptNM(data, (*[24]byte)(unhex(t, f[1])), &nm, (*[16]byte)(unhex(t, f[3])))
			if ok != (f[4] == "1") {
				t.Errorf("line %d: DecryptNM = %v, want %s", r.line, ok, f[4])
			}
			if ok && hexOf(data) != f[5] {
				t.Errorf("line %d: DecryptNM gave %x, want %s", r.line, data, f[5])
			}
			if !ok && !bytes.Equal(data, orig) {
				t.Errorf("line %d: failed DecryptNM changed its input", r.line)
			}
		case "encv":
			nm := cryptobox.NM(unhex(t, f[0]))
			plain := unhex(t, f[3])
			var segs [][]byte
			for _, l := range strings.Split(f[2], ",") {
				n := atoi(t, l)
				segs = append(segs, plain[:n])
				plain = plain[n:]
			}
			mac := cryptobox.EncryptNMv(segs, (*[24]byte)(unhex(t, f[1])), &nm)
			if got := hexOf(bytes.Join(segs, nil)); got != f[4] || hexOf(mac[:]) != f[5] {
				t.Errorf("line %d: EncryptNMv(%s) mac %x, want %s", r.line, f[2], mac, f[5])
			}
		case "kp":
			typ := cryptobox.KEX
			if f[0] == "sign" {
				typ = cryptobox.SignKey
			}
			kp, err := cryptobox.NewKeypair(typ, unhex(t, f[1]), unhex(t, f[2]))
			if err != nil {
				t.Fatalf("line %d: %v", r.line, err)
			}
			want := "encryption"
			if typ == cryptobox.SignKey {
				want = "sign"
			}
			if f[3] != want || f[4] != "curve25519" {
				t.Errorf("line %d: type %s alg %s", r.line, f[3], f[4])
			}
			_ = kp
		case "kpdump":
			kp := goldenKeypair(t, f[0], unhex(t, f[1]))
			if got := dumpFields(t, kp.Object(luaEncoding(t, f[2]), 0)); got != f[3] {
				t.Errorf("line %d: %s totable(%s) =\n%s\nwant\n%s", r.line, f[0], f[2], got, f[3])
			}
		case "kpucl", "kpprint":
			kp := goldenKeypair(t, f[0], unhex(t, f[1]))
			enc := cryptobox.KeyEncoding(atoi(t, f[2]))
			var got string
			if r.kind == "kpucl" {
				got = flattenFields(kp.Object(enc, cryptobox.DumpFlags(atoi(t, f[3]))))
				want := flattenJSON(t, unhex(t, f[4]))
				if got != want {
					t.Errorf("line %d: %s Object(%d, %s) =\n%s\nwant\n%s", r.line, f[0], enc, f[3], got, want)
				}
				break
			}
			got = kp.Print(enc, cryptobox.Parts(atoi(t, f[3])))
			if hexOf([]byte(got)) != f[4] {
				t.Errorf("line %d: %s Print(%d, %s) = %q, want %q", r.line, f[0], enc, f[3], got, unhex(t, f[4]))
			}
		case "kpload":
			loadDumps[f[0]] = f[1]
		case "sig":
			sig, err := cryptobox.Sign(unhex(t, f[0]), unhex(t, f[1]))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join([]string{hexOf(sig), encoding.EncodeHex(sig), encoding.EncodeBase32(sig, encoding.Base32Default),
				encoding.EncodeBase64(sig), encoding.EncodeBase32(sig, encoding.Base32RFC)}, " ")
			if want := strings.Join(f[2:7], " "); got != want {
				t.Errorf("line %d: signature\n%s\nwant\n%s", r.line, got, want)
			}
			if !cryptobox.Verify(sig, unhex(t, f[1]), unhex(t, f[0])[32:]) {
				t.Errorf("line %d: own signature does not verify", r.line)
			}
		case "verify":
			got := cryptobox.Verify(unhex(t, f[3]), unhex(t, f[2]), unhex(t, f[0]))
			if strconv.FormatBool(got) != f[4] {
				t.Errorf("line %d: Verify(%s) = %v, want %s", r.line, f[1], got, f[4])
			}
		case "sigcreate":
			// A 63-byte signature: rspamd returns the argument itself; ours
			// cannot verify.
			if cryptobox.Verify(unhex(t, f[0]), nil, make([]byte, 32)) || f[1] != "string" {
				t.Errorf("line %d: short signature", r.line)
			}
		case "pubkey":
			_, err := cryptobox.PublicKeyFromBase32(string(unhex(t, f[1])), cryptobox.KEX)
			if (err == nil) != (f[2] == "ok") {
				t.Errorf("line %d: PublicKeyFromBase32(%q) error %v, want %s", r.line, unhex(t, f[1]), err, f[2])
			}
		case "kpenc", "kpdec":
			sk := unhex(t, f[0])
			kp, err := cryptobox.NewKeypair(cryptobox.KEX, sk, kexPublic(t, sk))
			if err != nil {
				t.Fatal(err)
			}
			var blob []byte
			var want string
			if r.kind == "kpenc" {
				// rspamd cannot decrypt its own blob of an empty message.
				blob, want = unhex(t, f[2]), "true "+f[1]
				if f[1] == "-" {
					want = "false " + hexOf([]byte(cryptobox.ErrBlobSize.Error()))
				}
			} else {
				blob, want = unhex(t, f[1]), f[2]+" "+f[3]
			}
			plain, err := kp.DecryptBlob(blob)
			got := "true " + hexOf(plain)
			if err != nil {
				got = "false " + hexOf([]byte(err.Error()))
			}
			if got != want {
				t.Errorf("line %d: DecryptBlob = %s, want %s", r.line, got, want)
			}
		case "sbox":
			sb, err := cryptobox.NewSecretBox(unhex(t, f[0]))
			if err != nil {
				t.Fatal(err)
			}
			out, err := sb.Seal(unhex(t, f[2]), unhex(t, f[1]))
			if err != nil || hexOf(out) != f[3] {
				t.Errorf("line %d: Seal = %x, %v, want %s", r.line, out, err, f[3])
			}
		case "sboxdec":
			sb, err := cryptobox.NewSecretBox(unhex(t, f[0]))
			if err != nil {
				t.Fatal(err)
			}
			plain, err := sb.Open(unhex(t, f[2]), unhex(t, f[1]))
			got := "true"
			if err != nil {
				got = "false " + hexOf([]byte(err.Error()))
			} else if len(f) > 4 {
				got += " " + hexOf(plain)
			}
			if want := strings.Join(f[3:], " "); got != want {
				t.Errorf("line %d: Open = %s, want %s", r.line, got, want)
			}
		case "cookie":
			key := unhex(t, f[0])
			enc := string(unhex(t, f[2]))
			cookie, ts, err := cryptobox.DecryptCookie(key, enc)
			got := hexOf(cookie) + " " + strconv.FormatUint(uint64(ts), 10)
			if err != nil {
				got = "NIL nil"
			}
			if want := f[3] + " " + f[4]; got != want {
				t.Errorf("line %d: DecryptCookie(%q) = %s (%v), want %s", r.line, enc, got, err, want)
			}
			if f[1] != "?" {
				again, err := cryptobox.EncryptCookie(key, unhex(t, f[1]), ts, nil)
				if err != nil {
					t.Fatal(err)
				}
				c2, ts2, err := cryptobox.DecryptCookie(key, again)
				if err != nil || hexOf(c2) != f[3] || ts2 != ts {
					t.Errorf("line %d: own cookie round trip: %x %d %v", r.line, c2, ts2, err)
				}
			}
		default:
			t.Fatalf("line %d: unknown record %q", r.line, r.kind)
		}
		seen[r.kind]++
	}
	seen.require(t, "kex", "nm", "enc", "dec", "encv", "kp", "kpdump", "kpucl", "kpprint", "kpload", "sig", "verify", "pubkey", "kpenc", "kpdec", "sbox", "sboxdec", "cookie")
	checkKeypairLoading(t, loadDumps)
}

// checkKeypairLoading rebuilds the objects vectors.lua loaded (from the
// keys in its "flat" and "sign" results) and compares the outcomes.
func checkKeypairLoading(t *testing.T, dumps map[string]string) {
	key := func(name, field string) []byte {
		d, ok := dumps[name]
		if !ok || d == "NIL" {
			t.Fatalf("no %s keypair in the goldens", name)
		}
		b, err := hex.DecodeString(string(dumpValue(t, d, field)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	sk, pk := key("flat", "privkey"), key("flat", "pubkey")
	ssk, spk := key("sign", "privkey"), key("sign", "pubkey")
	b := func(x []byte) string { return encoding.EncodeBase32(x, encoding.Base32Default) }
	hx := encoding.EncodeHex
	b64 := encoding.EncodeBase64
	type obj = map[string]any
	cases := map[string]obj{
		"flat":     {"privkey": b(sk), "pubkey": b(pk)},
		"nested":   {"keypair": obj{"privkey": b(sk), "pubkey": b(pk)}},
		"aliases1": {"secret": b(sk), "public": b(pk)},
		"aliases2": {"private_key": b(sk), "public_key": b(pk)},
		"aliases3": {"secret_key": b(sk), "pubkey": b(pk)},
		"aliases4": {"private": b(sk), "pubkey": b(pk)},
		"hex":      {"privkey": hx(sk), "pubkey": hx(pk), "encoding": "hex"},
		"HEX":      {"privkey": hx(sk), "pubkey": hx(pk), "encoding": "HEX"},
		"base64":   {"privkey": b64(sk), "pubkey": b64(pk), "encoding": "base64"},
		"badenc":   {"privkey": b(sk), "pubkey": b(pk), "encoding": "foo"},
		"binary":   {"privkey": string(sk), "pubkey": string(pk), "encoding": "binary"},
		"sign":     {"privkey": b(ssk), "pubkey": b(spk), "type": "sign"},
		"SIGN":     {"privkey": b(ssk), "pubkey": b(spk), "type": "SIGN"},
		"signkex":  {"privkey": b(ssk), "pubkey": b(spk)},
		"kexsign":  {"privkey": b(sk), "pubkey": b(pk), "type": "sign"},
		"badtype":  {"privkey": b(sk), "pubkey": b(pk), "type": "foo"},
		"nopub":    {"privkey": b(sk)},
		"nopriv":   {"pubkey": b(pk)},
		"shortsk":  {"privkey": b(sk[:31]), "pubkey": b(pk)},
		"longsk":   {"privkey": b(append(bytes.Clone(sk), 'x')), "pubkey": b(pk)},
		"badb32":   {"privkey": strings.ToUpper(b(sk)), "pubkey": b(pk)},
		"hexshort": {"privkey": hx(sk)[:62], "pubkey": hx(pk), "encoding": "hex"},
		"hexodd":   {"privkey": hx(sk) + "0", "pubkey": hx(pk), "encoding": "hex"},
		"numpub":   {"privkey": b(sk), "pubkey": int64(5)},
		"ext":      {"privkey": b(sk), "pubkey": b(pk), "extensions": obj{"foo": "bar"}},
		"mismatch": {"privkey": b(sk), "pubkey": b(spk)},
		"ucltext":  {"keypair": obj{"privkey": b(sk), "pubkey": b(pk)}},
	}
	for name, o := range cases {
		want, ok := dumps[name]
		if !ok {
			t.Errorf("no golden for keypair case %s", name)
			continue
		}
		kp, err := cryptobox.KeypairFromObject(o)
		got := "NIL"
		if err == nil {
			got = dumpFields(t, kp.Object(cryptobox.EncodingHex, 0))
		}
		if got != want {
			t.Errorf("keypair case %s: %s (%v), want %s", name, got, err, want)
		}
	}
	if len(cases) != len(dumps) {
		t.Errorf("%d keypair cases, %d goldens", len(cases), len(dumps))
	}
}
