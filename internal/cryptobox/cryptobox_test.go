package cryptobox

import (
	"bytes"
	"crypto/rand"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/chacha20poly1305"

	"github.com/gorspamd/rspamd/internal/encoding"
)

func mustKeypair(t testing.TB, typ KeypairType) *Keypair {
	t.Helper()
	kp, err := GenerateKeypair(typ, nil)
	if err != nil {
		t.Fatal(err)
	}
	return kp
}

func TestSharedKeySymmetric(t *testing.T) {
	a, b := mustKeypair(t, KEX), mustKeypair(t, KEX)
	n1, err1 := ComputeNM(b.PublicKey(), a.SecretKey())
	n2, err2 := ComputeNM(a.PublicKey(), b.SecretKey())
	if err1 != nil || err2 != nil || n1 != n2 {
		t.Fatalf("shared keys differ: %v %v", err1, err2)
	}
	if _, err := ComputeNM(make([]byte, 32), a.SecretKey()); !errors.Is(err, ErrLowOrderKey) {
		t.Errorf("zero public key: %v", err)
	}
	if _, err := ComputeNM(make([]byte, 31), a.SecretKey()); err == nil {
		t.Error("short public key accepted")
	}
}

// TestNotLibsodiumLayout pins the construction: the keystream for the data
// starts at byte 64, so the output differs from XChaCha20-Poly1305 and
// secretbox, and from a keystream starting at byte 32.
func TestNotLibsodiumLayout(t *testing.T) {
	var nm NM
	var nonce [NonceBytes]byte
	for i := range nm {
		nm[i] = byte(i)
	}
	data := bytes.Repeat([]byte{0}, 40)
	EncryptNM(data, &nonce, &nm)
	aead, err := chacha20poly1305.NewX(nm[:])
	if err != nil {
		t.Fatal(err)
	}
	// XChaCha20-Poly1305 encrypts from block 1 as well, so with zero
	// plaintext its ciphertext is the same keystream.
	ref := aead.Seal(nil, nonce[:], make([]byte, 40), nil)
	if !bytes.Equal(data, ref[:40]) {
		t.Fatalf("keystream does not start at block 1:\n%x\n%x", data, ref[:40])
	}
	// ... but its tag covers lengths and padding, rspamd's does not.
	mac := EncryptNM(make([]byte, 40), &nonce, &nm)
	if bytes.Equal(mac[:], ref[40:]) {
		t.Error("tag equals the AEAD one")
	}
}

func TestEncryptDecrypt(t *testing.T) {
	a, b := mustKeypair(t, KEX), mustKeypair(t, KEX)
	var nonce [NonceBytes]byte
	rand.Read(nonce[:])
	msg := []byte("the quick brown fox jumps over the lazy dog")
	data := bytes.Clone(msg)
	mac, err := Encrypt(data, &nonce, b.PublicKey(), a.SecretKey())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(data, msg) {
		t.Fatal("not encrypted")
	}
	bad := bytes.Clone(data)
	bad[0] ^= 1
	if ok, _ := Decrypt(bad, &nonce, a.PublicKey(), b.SecretKey(), &mac); ok {
		t.Fatal("tampered data accepted")
	}
	ok, err := Decrypt(data, &nonce, a.PublicKey(), b.SecretKey(), &mac)
	if err != nil || !ok || !bytes.Equal(data, msg) {
		t.Fatalf("decrypt: %v %v %q", ok, err, data)
	}
	// Segments give the same result as the whole.
	nm, _ := ComputeNM(b.PublicKey(), a.SecretKey())
	whole := bytes.Clone(msg)
	m1 := EncryptNM(whole, &nonce, &nm)
	segs := [][]byte{bytes.Clone(msg[:5]), {}, bytes.Clone(msg[5:])}
	m2 := EncryptNMv(segs, &nonce, &nm)
	if m1 != m2 || !bytes.Equal(bytes.Join(segs, nil), whole) {
		t.Error("segmented encryption differs")
	}
}

func TestHash(t *testing.T) {
	want := "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
	if got := Hash([]byte("abc")); hex.EncodeToString(got[:]) != want {
		t.Errorf("Hash(abc) = %x", got)
	}
	for _, key := range [][]byte{{1}, bytes.Repeat([]byte{7}, 16), bytes.Repeat([]byte{9}, 64)} {
		ref, _ := blake2b.New512(key)
		ref.Write([]byte("message"))
		got, err := KeyedHash([]byte("message"), key)
		if err != nil || !bytes.Equal(got[:], ref.Sum(nil)) {
			t.Errorf("keyed hash with %d-byte key differs from x/crypto's", len(key))
		}
	}
	if _, err := KeyedHash(nil, make([]byte, 65)); !errors.Is(err, ErrHashKey) {
		t.Errorf("65-byte key: %v", err)
	}
}

func TestSignVerify(t *testing.T) {
	kp := mustKeypair(t, SignKey)
	sig, err := Sign(kp.SecretKey(), []byte("msg"))
	if err != nil {
		t.Fatal(err)
	}
	if !Verify(sig, []byte("msg"), kp.PublicKey()) || Verify(sig, []byte("msh"), kp.PublicKey()) {
		t.Error("verification")
	}
	if Verify(sig[:63], []byte("msg"), kp.PublicKey()) {
		t.Error("short signature accepted")
	}
	if _, err := Sign(kp.SecretKey()[:32], nil); err == nil {
		t.Error("32-byte signing key accepted")
	}
	// Non-canonical and small-order public keys are refused like libsodium.
	nonCanonical := bytes.Repeat([]byte{0xff}, 32)
	nonCanonical[31] = 0x7f
	for _, pk := range [][]byte{make([]byte, 32), nonCanonical} {
		if Verify(sig, []byte("msg"), pk) {
			t.Errorf("public key %x accepted", pk)
		}
	}
	if !hasSmallOrder(smallOrderEncodings[2][:]) || hasSmallOrder(kp.PublicKey()) {
		t.Error("small order detection")
	}
}

func TestKeypairObject(t *testing.T) {
	kp := mustKeypair(t, KEX)
	fields := kp.Object(EncodingHex, 0)
	inner := fields[0].Value.([]Field)
	var keys []string
	obj := map[string]any{}
	for _, f := range inner {
		keys = append(keys, f.Key)
		obj[f.Key] = f.Value
	}
	if strings.Join(keys, ",") != "pubkey,privkey,id,encoding,algorithm,type" {
		t.Errorf("fields %v", keys)
	}
	back, err := KeypairFromObject(obj)
	if err != nil || !bytes.Equal(back.SecretKey(), kp.SecretKey()) || !bytes.Equal(back.ID(), kp.ID()) {
		t.Fatalf("round trip: %v", err)
	}
	// The upstream flag collision: no privkey field, but the secret key is
	// in the other values.
	flat := kp.Object(EncodingZbase32, DumpNoSecret|DumpFlattened)
	if flat[0].Key != "pubkey" || len(flat) != 4 {
		t.Fatalf("flattened: %v", flat)
	}
	sk := EncodingZbase32.Encode(kp.SecretKey())
	if !strings.Contains(flat[0].Value.(string), sk) {
		t.Error("upstream's secret key leak not reproduced")
	}
	if got := kp.Print(EncodingZbase32, PartPublicKey|PartShortID|PartHuman); !strings.HasPrefix(got, "Public key: ") || !strings.Contains(got, "\nShort key ID: ") {
		t.Errorf("human print %q", got)
	}
	if _, err := KeypairFromObject(map[string]any{"keypair": "x"}); err == nil {
		t.Error("non-object keypair accepted")
	}
}

func TestPublicKeys(t *testing.T) {
	kp := mustKeypair(t, KEX)
	b32 := kp.Pubkey().Print(EncodingZbase32, PartPublicKey)
	p, err := PublicKeyFromBase32(b32, KEX)
	if err != nil || !bytes.Equal(p.Bytes(), kp.PublicKey()) || !bytes.Equal(p.ID(), kp.ID()) {
		t.Fatalf("base32: %v", err)
	}
	if _, err := PublicKeyFromHex(hex.EncodeToString(kp.PublicKey()), KEX); err != nil {
		t.Error(err)
	}
	other := mustKeypair(t, KEX)
	n1, err := p.NM(other)
	if err != nil {
		t.Fatal(err)
	}
	n2, _ := ComputeNM(kp.PublicKey(), other.SecretKey())
	if *n1 != n2 {
		t.Error("cached shared key differs")
	}
	third := mustKeypair(t, KEX)
	n3, _ := p.NM(third)
	n4, _ := ComputeNM(kp.PublicKey(), third.SecretKey())
	if *n3 != n4 {
		t.Error("shared key not recomputed for another keypair")
	}
	if _, err := p.NM(mustKeypair(t, SignKey)); err == nil {
		t.Error("signing keypair accepted for a shared key")
	}
}

func TestBlob(t *testing.T) {
	kp := mustKeypair(t, KEX)
	msg := []byte("secret message")
	blob, err := kp.Pubkey().EncryptBlob(msg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(blob, []byte("ruclev1")) || len(blob) != blobHeader+len(msg) {
		t.Fatalf("blob layout %x", blob)
	}
	got, err := kp.DecryptBlob(blob)
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("decrypt: %q %v", got, err)
	}
	blob[len(blob)-1] ^= 1
	if _, err := kp.DecryptBlob(blob); !errors.Is(err, ErrBlobAuth) {
		t.Errorf("tampered: %v", err)
	}
	sk := mustKeypair(t, SignKey)
	if _, err := sk.EncryptBlob(msg, nil); !errors.Is(err, ErrKeypairType) {
		t.Errorf("signing keypair: %v", err)
	}
	if _, err := sk.Pubkey().EncryptBlob(msg, nil); !errors.Is(err, ErrPubkeyType) {
		t.Errorf("signing pubkey: %v", err)
	}
}

func TestSecretBox(t *testing.T) {
	if _, err := NewSecretBox(nil); !errors.Is(err, ErrSecretEmpty) {
		t.Error(err)
	}
	sb, _ := NewSecretBox([]byte("secret"))
	box, nonce, err := sb.SealRandom([]byte("hello"), nil)
	if err != nil || len(nonce) != NonceBytes {
		t.Fatal(err)
	}
	if got, err := sb.Open(box, nonce); err != nil || string(got) != "hello" {
		t.Fatalf("open: %q %v", got, err)
	}
	if _, err := sb.Seal(nil, make([]byte, 25)); !errors.Is(err, ErrBadNonce) {
		t.Error(err)
	}
	if _, err := sb.Open(box[:10], nonce); !errors.Is(err, ErrTooShort) {
		t.Error(err)
	}
}

func TestCookies(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	enc, err := EncryptCookie(key, []byte("hello"), 12345, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, ts, err := DecryptCookie(key, enc)
	if err != nil || string(c) != "hello" || ts != 12345 {
		t.Fatalf("%q %d %v", c, ts, err)
	}
	if _, err := EncryptCookie(key, make([]byte, 16), 0, nil); !errors.Is(err, ErrCookieTooLong) {
		t.Error(err)
	}
	if _, err := EncryptCookie([]byte("short"), nil, 0, nil); err == nil {
		t.Error("short key accepted")
	}
	if _, _, err := DecryptCookie(key, "QUJD"); !errors.Is(err, ErrCookieLength) {
		t.Error(err)
	}
}

func TestHasher(t *testing.T) {
	if _, err := NewHasher("nope", nil); !errors.Is(err, ErrUnknownHash) {
		t.Error(err)
	}
	h, _ := NewHasher("SHA256", []byte("key"))
	if err := h.Reset(); !errors.Is(err, ErrHMACReset) {
		t.Error(err)
	}
	h.Write([]byte("a"))
	c, err := h.Clone()
	if err != nil {
		t.Fatal(err)
	}
	c.Write([]byte("b"))
	if bytes.Equal(c.Sum(), h.Sum()) {
		t.Error("HMAC clone shares state")
	}
	if _, err := h.Write(nil); !errors.Is(err, ErrFinished) {
		t.Error(err)
	}
	k, _ := NewHasher("blake2", []byte("key"))
	k.Write([]byte("a"))
	kc, err := k.Clone()
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := KeyedHash([]byte("a"), []byte("key"))
	if !bytes.Equal(kc.Sum(), ref[:]) || !bytes.Equal(k.Sum(), ref[:]) {
		t.Error("keyed BLAKE2b clone")
	}
	for _, alg := range []string{"md5", "sha1", "sha384", "sha512", "xxh32", "crc32", "t1ha"} {
		h, err := NewHasher(alg, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Sum()) != h.Size() {
			t.Errorf("%s: digest of %d bytes, size %d", alg, len(h.Sum()), h.Size())
		}
	}
}

func FuzzKeypairObject(f *testing.F) {
	f.Add("ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1uwi", "ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1uwi", "kex", "")
	f.Add("00", "11", "sign", "hex")
	f.Fuzz(func(t *testing.T, priv, pub, typ, enc string) {
		kp, err := KeypairFromObject(map[string]any{"privkey": priv, "pubkey": pub, "type": typ, "encoding": enc})
		if err != nil {
			return
		}
		back, err := KeypairFromObject(map[string]any{
			"privkey": kp.Print(EncodingHex, PartSecretKey), "pubkey": kp.Print(EncodingHex, PartPublicKey),
			"type": kp.Type().String(), "encoding": "hex",
		})
		if err != nil || !bytes.Equal(back.SecretKey(), kp.SecretKey()) {
			t.Fatalf("hex round trip: %v", err)
		}
	})
}

func FuzzDecryptBlob(f *testing.F) {
	kp, err := NewKeypair(KEX, bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{9}, 32))
	if err != nil {
		f.Fatal(err)
	}
	blob, _ := kp.EncryptBlob([]byte("x"), nil)
	f.Add(blob)
	f.Add([]byte("ruclev1"))
	f.Fuzz(func(t *testing.T, in []byte) {
		kp.DecryptBlob(in)
	})
}

func FuzzCookie(f *testing.F) {
	f.Add("fpVhoM32fmMBErgtEYYBa0BM01hi4uJx+BkpXuLC2hs=")
	f.Fuzz(func(t *testing.T, enc string) {
		DecryptCookie([]byte("0123456789abcdef"), enc)
	})
}

func FuzzPublicKey(f *testing.F) {
	f.Add("ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1uwi")
	f.Fuzz(func(t *testing.T, s string) {
		if p, err := PublicKeyFromBase32(s, KEX); err == nil && len(p.Bytes()) != PublicKeyBytes {
			t.Fatal("bad key length")
		}
		PublicKeyFromHex(s, SignKey)
	})
}

func TestDKIMKeypair(t *testing.T) {
	priv, pub, err := GenerateDKIMKeypair("rsa", 1024, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The layouts real rspamd produces: PKCS#1 and SubjectPublicKeyInfo.
	der, ok := encoding.DecodeBase64(priv)
	if _, err := x509.ParsePKCS1PrivateKey(der); !ok || err != nil {
		t.Errorf("rsa private key %.20s: %v", priv, err)
	}
	if !strings.HasPrefix(pub, "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ") {
		t.Errorf("rsa public key %.40s", pub)
	}
	priv, pub, err = GenerateDKIMKeypair("ed25519", 0, nil)
	if err != nil || len(priv) != 88 || len(pub) != 44 {
		t.Errorf("ed25519: %q %q %v", priv, pub, err)
	}
	priv, _, err = GenerateDKIMKeypair("ed25519-seed", 0, nil)
	if err != nil || len(priv) != 44 {
		t.Errorf("ed25519-seed: %q %v", priv, err)
	}
	if _, _, err := GenerateDKIMKeypair("dsa", 0, nil); err == nil || err.Error() != "invalid algorithm dsa" {
		t.Errorf("dsa: %v", err)
	}
}

func TestSumLimit(t *testing.T) {
	h, _ := NewHasher("sha256", nil)
	full := h.Sum()
	if got := h.SumLimit(4); !bytes.Equal(got, full[28:]) {
		t.Errorf("limit 4: %x", got)
	}
	if got := h.SumLimit(100); !bytes.Equal(got, full) {
		t.Errorf("limit 100: %x", got)
	}
}

func TestNamesFoldASCIIOnly(t *testing.T) {
	if _, ok := ParseKeyEncoding("HEX"); !ok {
		t.Error("HEX refused")
	}
	if _, ok := ParseKeyEncoding("ba\u017fe64"); ok {
		t.Error("long s accepted in an encoding name")
	}
	if _, err := NewHasher("\u017fha256", nil); err == nil {
		t.Error("long s accepted")
	}
}
