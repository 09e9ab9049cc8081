// Package cryptobox implements rspamd's cryptographic constructions bit for
// bit: its public-key encryption (X25519 key agreement, HChaCha20 to derive
// the shared key, and XChaCha20 whose first 64-byte keystream block keys
// Poly1305 while encryption starts at byte 64, which is not libsodium's
// secretbox layout), Ed25519 signatures with libsodium's verification rules,
// keypairs and public keys in rspamd's encodings and UCL layout, the
// "ruclev1" encrypted blob format, the secretbox and AES cookies of the Lua
// API, BLAKE2b hashing (rspamd_cryptobox_hash) and the multi-algorithm hash
// object behind rspamd_cryptobox_hash in Lua.
//
// HTTPCrypt, fuzzy encryption, map signatures and the Lua rspamd_cryptobox
// family are built on these primitives, so their outputs must equal real
// rspamd's byte for byte.
package cryptobox

import (
	"crypto/subtle"
	"encoding"
	"errors"
	"fmt"
	"hash"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/curve25519"
	"golang.org/x/crypto/poly1305" //nolint:staticcheck // rspamd's construction needs raw Poly1305
)

// Sizes of keys, nonces and tags.
const (
	PublicKeyBytes    = 32 // X25519 and Ed25519 public keys
	SecretKeyBytes    = 32 // X25519 secret keys
	SigSecretKeyBytes = 64 // Ed25519 secret keys (seed and public key)
	NonceBytes        = 24
	MACBytes          = 16
	NMBytes           = 32 // precomputed shared keys
	SignatureBytes    = 64
	HashBytes         = 64 // BLAKE2b-512
	HashKeyBytes      = 64 // longest BLAKE2b key
)

// NM is a precomputed shared key (rspamd_nm_t).
type NM [NMBytes]byte

// ErrLowOrderKey reports a public key whose X25519 product with the secret
// key is zero (a low-order point). Upstream leaves its shared key
// uninitialised in that case.
var ErrLowOrderKey = errors.New("public key of low order")

// ComputeNM derives the shared key of an X25519 public key and secret key
// as rspamd_cryptobox_nm does: HChaCha20 of the X25519 product under a zero
// nonce. The secret key is clamped first, so raw and clamped secret keys
// give the same result.
func ComputeNM(pk, sk []byte) (NM, error) {
	var nm NM
	if len(pk) != PublicKeyBytes || len(sk) != SecretKeyBytes {
		return nm, fmt.Errorf("cryptobox: key lengths %d and %d, want %d and %d", len(pk), len(sk), PublicKeyBytes, SecretKeyBytes)
	}
	shared, err := curve25519.X25519(sk, pk)
	if err != nil {
		return nm, ErrLowOrderKey
	}
	var zero [16]byte
	k, err := chacha20.HChaCha20(shared, zero[:])
	if err != nil {
		return nm, fmt.Errorf("cryptobox: hchacha20: %w", err)
	}
	copy(nm[:], k)
	return nm, nil
}

// cipherState holds what one message needs: the XChaCha20 subkey and
// nonce, and the Poly1305 key from the first keystream block.
type cipherState struct {
	subkey  []byte
	nonce12 [chacha20poly1305.NonceSize]byte
	polyKey [32]byte
}

func newCipherState(nonce *[NonceBytes]byte, nm *NM) (*cipherState, error) {
	subkey, err := chacha20.HChaCha20(nm[:], nonce[:16])
	if err != nil {
		return nil, fmt.Errorf("cryptobox: hchacha20: %w", err)
	}
	cs := &cipherState{subkey: subkey}
	copy(cs.nonce12[4:], nonce[16:])
	c, err := chacha20.NewUnauthenticatedCipher(subkey, cs.nonce12[:])
	if err != nil {
		return nil, fmt.Errorf("cryptobox: chacha20: %w", err)
	}
	c.XORKeyStream(cs.polyKey[:], cs.polyKey[:])
	return cs, nil
}

// xor encrypts or decrypts buf[:n] in place with the keystream from its
// second block on. buf must have room for 16 more bytes, which are
// overwritten: the ciphertext of ChaCha20-Poly1305 is exactly that XOR, and
// its assembly is several times faster than plain ChaCha20, so it is used
// and its own tag dropped.
func (cs *cipherState) xor(buf []byte, n int) error {
	aead, err := chacha20poly1305.New(cs.subkey)
	if err != nil {
		return fmt.Errorf("cryptobox: %w", err)
	}
	aead.Seal(buf[:0], cs.nonce12[:], buf[:n], nil)
	return nil
}

func (cs *cipherState) mac(data []byte) [MACBytes]byte {
	var tag [MACBytes]byte
	poly1305.Sum(&tag, data, &cs.polyKey)
	return tag
}

// EncryptNM encrypts data in place with rspamd's construction and returns
// its MAC (rspamd_cryptobox_encrypt_nm_inplace).
func EncryptNM(data []byte, nonce *[NonceBytes]byte, nm *NM) [MACBytes]byte {
	return EncryptNMv([][]byte{data}, nonce, nm)
}

// EncryptNMv encrypts the concatenation of segments in place and returns
// the MAC, as rspamd_cryptobox_encryptv_nm_inplace does.
func EncryptNMv(segments [][]byte, nonce *[NonceBytes]byte, nm *NM) [MACBytes]byte {
	cs, err := newCipherState(nonce, nm)
	if err != nil {
		// Both key and nonce lengths are fixed by their types.
		panic(err)
	}
	n := 0
	for _, s := range segments {
		n += len(s)
	}
	buf := make([]byte, 0, n+chacha20poly1305.Overhead)
	for _, s := range segments {
		buf = append(buf, s...)
	}
	if err := cs.xor(buf, n); err != nil {
		panic(err)
	}
	rest := buf[:n]
	for _, s := range segments {
		rest = rest[copy(s, rest):]
	}
	return cs.mac(buf[:n])
}

// DecryptNM checks the MAC of data and, when it matches, decrypts data in
// place (rspamd_cryptobox_decrypt_nm_inplace). On a mismatch data is left
// as it was and false is returned.
func DecryptNM(data []byte, nonce *[NonceBytes]byte, nm *NM, mac *[MACBytes]byte) bool {
	cs, err := newCipherState(nonce, nm)
	if err != nil {
		panic(err)
	}
	got := cs.mac(data)
	if subtle.ConstantTimeCompare(got[:], mac[:]) != 1 {
		return false
	}
	buf := make([]byte, len(data), len(data)+chacha20poly1305.Overhead)
	copy(buf, data)
	if err := cs.xor(buf, len(data)); err != nil {
		panic(err)
	}
	copy(data, buf)
	return true
}

// Encrypt encrypts data in place for the owner of pk with the secret key sk
// (rspamd_cryptobox_encrypt_inplace).
func Encrypt(data []byte, nonce *[NonceBytes]byte, pk, sk []byte) ([MACBytes]byte, error) {
	nm, err := ComputeNM(pk, sk)
	if err != nil {
		return [MACBytes]byte{}, err
	}
	return EncryptNM(data, nonce, &nm), nil
}

// Decrypt authenticates and decrypts data in place (the counterpart of
// Encrypt, rspamd_cryptobox_decrypt_inplace).
func Decrypt(data []byte, nonce *[NonceBytes]byte, pk, sk []byte, mac *[MACBytes]byte) (bool, error) {
	nm, err := ComputeNM(pk, sk)
	if err != nil {
		return false, err
	}
	return DecryptNM(data, nonce, &nm, mac), nil
}

// ErrHashKey reports a BLAKE2b key longer than HashKeyBytes (upstream
// silently hashes with an uninitialised state then).
var ErrHashKey = fmt.Errorf("cryptobox: hash key longer than %d bytes", HashKeyBytes)

// Hash is the unkeyed BLAKE2b-512 of data (rspamd_cryptobox_hash with no
// key).
func Hash(data []byte) [HashBytes]byte {
	return blake2b.Sum512(data)
}

// KeyedHash is the BLAKE2b-512 of data under key (rspamd_cryptobox_hash).
// An empty key means no key.
func KeyedHash(data, key []byte) ([HashBytes]byte, error) {
	h, err := NewHash(key)
	if err != nil {
		return [HashBytes]byte{}, err
	}
	h.Write(data)
	var out [HashBytes]byte
	copy(out[:], h.Sum(nil))
	return out, nil
}

// NewHash returns an incremental BLAKE2b-512 under key
// (rspamd_cryptobox_hash_init). Unlike x/crypto's keyed BLAKE2b, the
// returned hash can always be copied through its binary marshaling (which
// the Lua hash object needs); in exchange its Reset forgets the key.
func NewHash(key []byte) (hash.Hash, error) {
	if len(key) > HashKeyBytes {
		return nil, ErrHashKey
	}
	h, err := blake2b.New512(nil)
	if err != nil {
		return nil, fmt.Errorf("cryptobox: %w", err)
	}
	if len(key) == 0 {
		return h, nil
	}
	// A keyed BLAKE2b starts from the unkeyed state with the key length in
	// its parameter block and the zero-padded key as a pending block. Build
	// that state in the marshaled form of x/crypto's digest: "b2b", h[0..7]
	// and t[0..1] big-endian, the digest size, the block and its fill.
	const (
		h0KeyLenByte = 3 + 6             // bits 8-15 of h[0]
		blockAt      = 3 + 8*8 + 2*8 + 1 // start of the pending block
	)
	m := h.(encoding.BinaryMarshaler)
	state, err := m.MarshalBinary()
	if err != nil || len(state) != blockAt+blake2b.BlockSize+1 {
		return nil, fmt.Errorf("cryptobox: unexpected BLAKE2b state (%d bytes): %v", len(state), err)
	}
	state[h0KeyLenByte] ^= byte(len(key))
	copy(state[blockAt:], key)
	state[blockAt+blake2b.BlockSize] = blake2b.BlockSize
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		return nil, fmt.Errorf("cryptobox: keyed BLAKE2b state: %w", err)
	}
	return h, nil
}
