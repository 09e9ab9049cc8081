package cryptobox

import (
	"crypto/aes"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Cookie errors.
var (
	// ErrCookieTooLong reports a cookie of more than 15 bytes.
	ErrCookieTooLong = errors.New("cookie is too long")
	// ErrCookieLength reports an encrypted cookie that does not decode to
	// 32 bytes (decrypt_cookie returns a single nil then).
	ErrCookieLength = errors.New("encrypted cookie of the wrong length")
	// ErrCookieInvalid reports a cookie whose padding does not end in a zero
	// byte (decrypt_cookie returns nil, nil then).
	ErrCookieInvalid = errors.New("invalid cookie")
)

// cookieKey takes a 16-byte key given raw or as 32 hex digits (decoded
// leniently, as upstream does).
func cookieKey(key []byte) ([]byte, error) {
	switch len(key) {
	case 32:
		return encoding.DecodeHex(key), nil
	case aes.BlockSize:
		return key, nil
	}
	return nil, fmt.Errorf("invalid keysize %d", len(key))
}

// EncryptCookie encrypts a cookie of up to 15 bytes as
// rspamd_cryptobox.encrypt_cookie does: base64 of a 16-byte nonce (12
// random bytes and the 32-bit little-endian timestamp) followed by the
// zero-padded cookie xored with AES-128 of the nonce. Randomness comes
// from r (crypto/rand when nil).
func EncryptCookie(key, cookie []byte, timestamp uint32, r io.Reader) (string, error) {
	k, err := cookieKey(key)
	if err != nil {
		return "", err
	}
	if len(cookie) > aes.BlockSize-1 {
		return "", fmt.Errorf("%w %d", ErrCookieTooLong, len(cookie))
	}
	if r == nil {
		r = rand.Reader
	}
	var out [2 * aes.BlockSize]byte
	if _, err := io.ReadFull(r, out[:12]); err != nil {
		return "", fmt.Errorf("cryptobox: nonce: %w", err)
	}
	binary.LittleEndian.PutUint32(out[12:], timestamp)
	block, err := aes.NewCipher(k)
	if err != nil {
		return "", fmt.Errorf("cryptobox: %w", err)
	}
	block.Encrypt(out[aes.BlockSize:], out[:aes.BlockSize])
	for i := 0; i < aes.BlockSize; i++ {
		var c byte
		if i < len(cookie) {
			c = cookie[i]
		}
		out[aes.BlockSize+i] ^= c
	}
	return encoding.EncodeBase64(out[:]), nil
}

// DecryptCookie reverses EncryptCookie (rspamd_cryptobox.decrypt_cookie).
// It returns the cookie up to its first zero byte and the timestamp.
func DecryptCookie(key []byte, enc string) (cookie []byte, timestamp uint32, err error) {
	k, err := cookieKey(key)
	if err != nil {
		return nil, 0, err
	}
	src, _ := encoding.DecodeBase64(enc)
	if len(src) != 2*aes.BlockSize {
		return nil, 0, ErrCookieLength
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, 0, fmt.Errorf("cryptobox: %w", err)
	}
	var pad [aes.BlockSize]byte
	block.Encrypt(pad[:], src[:aes.BlockSize])
	plain := src[aes.BlockSize:]
	for i := range plain {
		plain[i] ^= pad[i]
	}
	if plain[aes.BlockSize-1] != 0 {
		return nil, 0, ErrCookieInvalid
	}
	n := 0
	for plain[n] != 0 {
		n++
	}
	return plain[:n], binary.LittleEndian.Uint32(src[12:]), nil
}
