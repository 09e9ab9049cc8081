package cryptobox

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/nacl/secretbox"
)

// SecretBox is the rspamd_cryptobox_secretbox of the Lua API: libsodium's
// crypto_secretbox (XSalsa20-Poly1305, MAC first) under the 32-byte
// BLAKE2b of a secret string.
type SecretBox struct {
	key [32]byte
}

// Errors of SecretBox, with the messages of the Lua API.
var (
	ErrSecretEmpty = errors.New("non empty secret expected")
	ErrBadNonce    = errors.New("bad nonce")
	ErrTooShort    = errors.New("too short")
	ErrAuth        = errors.New("authentication error")
)

// NewSecretBox expands a non-empty secret into a box key.
func NewSecretBox(secret []byte) (*SecretBox, error) {
	if len(secret) == 0 {
		return nil, ErrSecretEmpty
	}
	sb := &SecretBox{key: blake2b.Sum256(secret)}
	return sb, nil
}

// boxNonce zero-pads a nonce of 1 to 24 bytes.
func boxNonce(nonce []byte) (*[NonceBytes]byte, error) {
	if len(nonce) < 1 || len(nonce) > NonceBytes {
		return nil, ErrBadNonce
	}
	var n [NonceBytes]byte
	copy(n[:], nonce)
	return &n, nil
}

// Seal encrypts in with a nonce of 1 to 24 bytes (zero-padded) and returns
// the MAC followed by the ciphertext.
func (sb *SecretBox) Seal(in, nonce []byte) ([]byte, error) {
	n, err := boxNonce(nonce)
	if err != nil {
		return nil, err
	}
	return secretbox.Seal(nil, in, n, &sb.key), nil
}

// SealRandom encrypts in under a random 24-byte nonce and returns the box
// and the nonce. Randomness comes from r (crypto/rand when nil).
func (sb *SecretBox) SealRandom(in []byte, r io.Reader) (box, nonce []byte, err error) {
	if r == nil {
		r = rand.Reader
	}
	nonce = make([]byte, NonceBytes)
	if _, err := io.ReadFull(r, nonce); err != nil {
		return nil, nil, fmt.Errorf("cryptobox: nonce: %w", err)
	}
	box, err = sb.Seal(in, nonce)
	return box, nonce, err
}

// Open authenticates and decrypts a box made by Seal.
func (sb *SecretBox) Open(box, nonce []byte) ([]byte, error) {
	if len(nonce) < 1 || len(nonce) > NonceBytes {
		return nil, errors.New("invalid nonce")
	}
	if len(box) < secretbox.Overhead {
		return nil, ErrTooShort
	}
	n, _ := boxNonce(nonce)
	out, ok := secretbox.Open(nil, box, n, &sb.key)
	if !ok {
		return nil, ErrAuth
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}
