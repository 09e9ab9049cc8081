package password

import (
	"encoding/binary"
	"errors"

	"golang.org/x/crypto/blake2b"
)

// pbkdf2Blake2b is PBKDF2 with keyed BLAKE2b-512 (the password as the key,
// the salt and block counter as the message) as its PRF. Passwords longer
// than a BLAKE2b key are first hashed, as upstream does. Like upstream it
// refuses zero rounds, an empty key and an empty salt.
func pbkdf2Blake2b(password, salt []byte, keyLen, rounds int) ([]byte, error) {
	if rounds < 1 || keyLen <= 0 || len(salt) == 0 {
		return nil, errors.New("password: PBKDF2 needs rounds, a key length and a salt")
	}
	prfKey := password
	if len(password) > blake2b.Size {
		h := blake2b.Sum512(password)
		prfKey = h[:]
	}
	h, err := blake2b.New512(prfKey)
	if err != nil {
		return nil, err
	}
	prf := func(out *[blake2b.Size]byte, msg ...[]byte) {
		h.Reset()
		for _, m := range msg {
			h.Write(m)
		}
		h.Sum(out[:0])
	}
	out := make([]byte, 0, keyLen)
	var counter [4]byte
	var u, acc [blake2b.Size]byte
	for block := uint32(1); len(out) < keyLen; block++ {
		binary.BigEndian.PutUint32(counter[:], block)
		prf(&u, salt, counter[:])
		acc = u
		for i := 1; i < rounds; i++ {
			prf(&u, u[:])
			for j := range acc {
				acc[j] ^= u[j]
			}
		}
		out = append(out, acc[:min(keyLen-len(out), len(acc))]...)
	}
	return out, nil
}
