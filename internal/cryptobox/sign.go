package cryptobox

import (
	"crypto/ed25519"
	"fmt"
	"math/big"
)

// Sign signs msg with an Ed25519 secret key in libsodium's 64-byte layout
// (seed followed by public key), as rspamd_cryptobox_sign does. Like
// libsodium it takes the public key from the second half of sk without
// checking it.
func Sign(sk, msg []byte) ([]byte, error) {
	if len(sk) != SigSecretKeyBytes {
		return nil, fmt.Errorf("cryptobox: signing key of %d bytes, want %d", len(sk), SigSecretKeyBytes)
	}
	return ed25519.Sign(ed25519.PrivateKey(sk), msg), nil
}

// Verify checks an Ed25519 signature the way libsodium's
// crypto_sign_verify_detached does (rspamd_cryptobox_verify): besides the
// signature equation and a canonical S, it rejects public keys that are not
// canonically encoded or have small order, and signatures whose R has small
// order. A signature of the wrong length is invalid.
func Verify(sig, msg, pk []byte) bool {
	if len(sig) != SignatureBytes || len(pk) != PublicKeyBytes {
		return false
	}
	if hasSmallOrder(sig[:32]) || !isCanonicalPoint(pk) || hasSmallOrder(pk) {
		return false
	}
	return ed25519.Verify(ed25519.PublicKey(pk), msg, sig)
}

// isCanonicalPoint reports whether the y coordinate of an encoded point
// (sign bit ignored) is below the field prime 2^255-19.
func isCanonicalPoint(s []byte) bool {
	if s[31]&0x7f != 0x7f {
		return true
	}
	for i := 30; i > 0; i-- {
		if s[i] != 0xff {
			return true
		}
	}
	return s[0] < 0xed
}

// smallOrderEncodings are the encodings libsodium refuses as points of
// small order, compared with the sign bit cleared: y = 0, 1, the two y of
// the points of order 8, p-1, p and p+1.
var smallOrderEncodings = func() [][32]byte {
	p := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(19))
	// The y coordinate of a point of order 8; p minus it is the other one.
	y8, _ := new(big.Int).SetString("2707385501144840649318225287225658788936804267575313519463743609750303402022", 10)
	ys := []*big.Int{
		big.NewInt(0), big.NewInt(1), y8, new(big.Int).Sub(p, y8),
		new(big.Int).Sub(p, big.NewInt(1)), p, new(big.Int).Add(p, big.NewInt(1)),
	}
	out := make([][32]byte, len(ys))
	for i, y := range ys {
		be := y.FillBytes(make([]byte, 32))
		for j := range 32 {
			out[i][j] = be[31-j]
		}
	}
	return out
}()

func hasSmallOrder(s []byte) bool {
	for _, e := range smallOrderEncodings {
		diff := (s[31] & 0x7f) ^ e[31]
		for j := 0; j < 31; j++ {
			diff |= s[j] ^ e[j]
		}
		if diff == 0 {
			return true
		}
	}
	return false
}
