package cryptobox

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
)

// blobMagic starts rspamd's encrypted blobs ("ruclev1").
const blobMagic = "ruclev1"

// blobHeader is the size of the magic, ephemeral public key, MAC and nonce
// in front of the ciphertext.
const blobHeader = len(blobMagic) + PublicKeyBytes + MACBytes + NonceBytes

// Errors of DecryptBlob, with rspamd's messages.
var (
	ErrKeypairType = errors.New("invalid keypair type")
	ErrPubkeyType  = errors.New("invalid pubkey type")
	ErrBlobSize    = errors.New("invalid size: too small")
	ErrBlobMagic   = errors.New("invalid magic")
	ErrBlobAuth    = errors.New("verification failed")
)

// EncryptBlob encrypts data for the public key p in rspamd's blob format
// (rspamd_pubkey_encrypt): "ruclev1", an ephemeral X25519 public key, the
// MAC, the nonce, then the ciphertext. Randomness comes from r
// (crypto/rand when nil).
func (p *PublicKey) EncryptBlob(data []byte, r io.Reader) ([]byte, error) {
	if p.typ != KEX {
		return nil, ErrPubkeyType
	}
	return encryptBlob(p.pk[:], data, r)
}

// EncryptBlob encrypts data for the keypair's own public key
// (rspamd_keypair_encrypt).
func (kp *Keypair) EncryptBlob(data []byte, r io.Reader) ([]byte, error) {
	if kp.typ != KEX {
		return nil, ErrKeypairType
	}
	return encryptBlob(kp.pk[:], data, r)
}

func encryptBlob(pk, data []byte, r io.Reader) ([]byte, error) {
	if r == nil {
		r = rand.Reader
	}
	local, err := GenerateKeypair(KEX, r)
	if err != nil {
		return nil, err
	}
	out := make([]byte, blobHeader+len(data))
	n := copy(out, blobMagic)
	n += copy(out[n:], local.pk[:])
	macAt := n
	nonce := (*[NonceBytes]byte)(out[macAt+MACBytes:])
	if _, err := io.ReadFull(r, nonce[:]); err != nil {
		return nil, fmt.Errorf("cryptobox: nonce: %w", err)
	}
	body := out[blobHeader:]
	copy(body, data)
	mac, err := Encrypt(body, nonce, pk, local.sk)
	if err != nil {
		return nil, err
	}
	copy(out[macAt:], mac[:])
	return out, nil
}

// DecryptBlob decrypts a blob made by EncryptBlob with the keypair's secret
// key (rspamd_keypair_decrypt). A blob with an empty payload is refused as
// too small, as upstream does.
func (kp *Keypair) DecryptBlob(in []byte) ([]byte, error) {
	if kp.typ != KEX {
		return nil, ErrKeypairType
	}
	if len(in) <= blobHeader {
		return nil, ErrBlobSize
	}
	if string(in[:len(blobMagic)]) != blobMagic {
		return nil, ErrBlobMagic
	}
	p := len(blobMagic)
	pk := in[p : p+PublicKeyBytes]
	mac := (*[MACBytes]byte)(in[p+PublicKeyBytes:])
	nonce := (*[NonceBytes]byte)(in[p+PublicKeyBytes+MACBytes:])
	out := append([]byte(nil), in[blobHeader:]...)
	ok, err := Decrypt(out, nonce, pk, kp.sk, mac)
	if err != nil || !ok {
		return nil, ErrBlobAuth
	}
	return out, nil
}
