package cryptobox

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"fmt"
	"io"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// GenerateDKIMKeypair makes a DKIM key as rspamd_cryptobox.gen_dkim_keypair
// does and returns the private and public keys in base64 (one line):
//
//   - "rsa": a PKCS#1 RSAPrivateKey and a SubjectPublicKeyInfo, DER, of
//     bits bits (Go refuses fewer than 1024);
//   - "ed25519": the 64-byte libsodium secret key and the public key;
//   - "ed25519-seed": the 32-byte seed and the public key.
//
// Randomness comes from r (crypto/rand when nil).
func GenerateDKIMKeypair(alg string, bits int, r io.Reader) (priv, pub string, err error) {
	if r == nil {
		r = rand.Reader
	}
	switch alg {
	case "rsa":
		key, err := rsa.GenerateKey(r, bits)
		if err != nil {
			return "", "", fmt.Errorf("cryptobox: RSA key generation failed: %w", err)
		}
		der, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
		if err != nil {
			return "", "", fmt.Errorf("cryptobox: RSA public key: %w", err)
		}
		return encoding.EncodeBase64(x509.MarshalPKCS1PrivateKey(key)), encoding.EncodeBase64(der), nil
	case "ed25519", "ed25519-seed":
		pk, sk, err := ed25519.GenerateKey(r)
		if err != nil {
			return "", "", fmt.Errorf("cryptobox: ed25519 key generation failed: %w", err)
		}
		secret := []byte(sk)
		if alg == "ed25519-seed" {
			secret = sk.Seed()
		}
		return encoding.EncodeBase64(secret), encoding.EncodeBase64(pk), nil
	}
	return "", "", fmt.Errorf("invalid algorithm %s", alg)
}
