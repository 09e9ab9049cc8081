// Package password implements rspamd's password hashing: the key derivation
// functions PBKDF2 over keyed BLAKE2b and Catena-Butterfly, and the
// "$<id>$<salt>$<key>" strings of `rspamadm pw` and the controller's
// password and enable_password settings, with the exact parameters of
// rspamd 4.1.5 (salt and key in rspamd's base32).
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Kind is a key derivation function.
type Kind int

const (
	// PBKDF2 is PBKDF2 with keyed BLAKE2b-512 as its PRF.
	PBKDF2 Kind = iota
	// Catena is Catena-Butterfly over BLAKE2b-512.
	Catena
)

// Algorithm is an entry of rspamd's list of password hashes (pbkdf_list).
type Algorithm struct {
	Name        string
	Alias       string
	Description string
	Kind        Kind
	ID          int
	// Rounds is the iteration count of PBKDF2 and the garlic of Catena.
	Rounds  int
	SaltLen int
	KeyLen  int
}

// Algorithms lists the algorithms in rspamd's order (that of
// `rspamadm pw --list`).
var Algorithms = []Algorithm{
	{
		Name: "PBKDF2-blake2b", Alias: "pbkdf2",
		Description: `standard CPU intensive "slow" KDF using blake2b hash function`,
		Kind:        PBKDF2, ID: 1, Rounds: 16000, SaltLen: 20, KeyLen: 32,
	},
	{
		Name: "Catena-Butterfly", Alias: "catena",
		Description: "modern CPU and memory intensive KDF",
		Kind:        Catena, ID: 2, Rounds: 10, SaltLen: 20, KeyLen: 32,
	},
}

// DefaultAlgorithm is the algorithm rspamadm pw and rspamd_cryptobox.pbkdf
// use by default (Catena).
var DefaultAlgorithm = &Algorithms[1]

// ByAlias finds an algorithm by its alias, exactly (rspamadm pw -t).
func ByAlias(alias string) (*Algorithm, bool) {
	for i := range Algorithms {
		if Algorithms[i].Alias == alias {
			return &Algorithms[i], true
		}
	}
	return nil, false
}

// ByName finds an algorithm by alias or name in any letter case (the Lua
// rspamd_cryptobox.pbkdf).
func ByName(name string) (*Algorithm, bool) {
	for i := range Algorithms {
		if encoding.EqualFoldASCII(Algorithms[i].Alias, name) || encoding.EqualFoldASCII(Algorithms[i].Name, name) {
			return &Algorithms[i], true
		}
	}
	return nil, false
}

// ByID finds an algorithm by its id.
func ByID(id int) (*Algorithm, bool) {
	for i := range Algorithms {
		if Algorithms[i].ID == id {
			return &Algorithms[i], true
		}
	}
	return nil, false
}

// Derive computes the key of password and salt (rspamd_cryptobox_pbkdf
// with the algorithm's parameters).
func (a *Algorithm) Derive(password, salt []byte) ([]byte, error) {
	return DeriveKey(a.Kind, password, salt, a.KeyLen, a.Rounds)
}

// DeriveKey is rspamd_cryptobox_pbkdf: PBKDF2-BLAKE2b with rounds
// iterations, or Catena-Butterfly with garlic rounds (and lambda 4, the
// associated data "rspamd"), producing keyLen bytes.
func DeriveKey(kind Kind, password, salt []byte, keyLen, rounds int) ([]byte, error) {
	switch kind {
	case PBKDF2:
		return pbkdf2Blake2b(password, salt, keyLen, rounds)
	case Catena:
		return catenaButterfly(password, salt, []byte("rspamd"), 4, rounds, rounds, keyLen)
	}
	return nil, fmt.Errorf("password: unknown key derivation function %d", kind)
}

// Encrypt hashes password under salt into the "$<id>$<salt>$<key>" form.
func (a *Algorithm) Encrypt(password, salt []byte) (string, error) {
	key, err := a.Derive(password, salt)
	if err != nil {
		return "", err
	}
	return "$" + strconv.Itoa(a.ID) + "$" + encoding.EncodeBase32(salt, encoding.Base32Default) +
		"$" + encoding.EncodeBase32(key, encoding.Base32Default), nil
}

// EncryptRandom hashes password under a fresh random salt read from r
// (crypto/rand when nil), as rspamadm pw -e does.
func (a *Algorithm) EncryptRandom(password []byte, r io.Reader) (string, error) {
	if r == nil {
		r = rand.Reader
	}
	salt := make([]byte, a.SaltLen)
	if _, err := io.ReadFull(r, salt); err != nil {
		return "", fmt.Errorf("password: salt: %w", err)
	}
	return a.Encrypt(password, salt)
}

// Errors of Parse.
var (
	// ErrNotEncrypted reports a string that is not "$<known id>..." (the
	// controller treats it as a plain password).
	ErrNotEncrypted = errors.New("invalid password format")
	// ErrMalformed reports a known id without a salt or key component.
	ErrMalformed = errors.New("bad encrypted password format")
	ErrSalt      = errors.New("incorrect salt")
	ErrKey       = errors.New("incorrect key")
)

// Encrypted is a parsed "$<id>$<salt>$<key>" string.
type Encrypted struct {
	Algorithm *Algorithm
	Salt      []byte
	Key       []byte
}

// IsEncrypted reports whether s starts like an encrypted password of a
// known algorithm ("$", decimal digits naming its id, then "$" or the end),
// as rspamd_is_encrypted_password does.
func IsEncrypted(s string) (*Algorithm, bool) {
	if !strings.HasPrefix(s, "$") {
		return nil, false
	}
	n := 1
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 1 {
		return nil, false
	}
	id, err := strconv.ParseUint(s[1:n], 10, 64)
	if err != nil || id > 1<<31 {
		return nil, false
	}
	return ByID(int(id))
}

// alnumRun returns the run of ASCII letters and digits of s at offset.
func alnumRun(s string, offset int) string {
	if offset >= len(s) {
		return ""
	}
	end := offset
	for end < len(s) && isAlnum(s[end]) {
		end++
	}
	return s[offset:end]
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Parse splits an encrypted password as the controller does. Like upstream
// it takes the salt from offset 3 (so it assumes a one-digit id) and each
// component as a run of letters and digits, whatever separates them.
func Parse(s string) (*Encrypted, error) {
	alg, ok := IsEncrypted(s)
	if !ok {
		return nil, ErrNotEncrypted
	}
	salt := alnumRun(s, 3)
	key := alnumRun(s, 3+len(salt)+1)
	if salt == "" || key == "" {
		return nil, ErrMalformed
	}
	e := &Encrypted{Algorithm: alg}
	var err error
	e.Salt, err = encoding.DecodeBase32(salt, encoding.Base32Default)
	if err != nil || len(e.Salt) != alg.SaltLen {
		return nil, fmt.Errorf("%w: %d, while %d expected", ErrSalt, len(e.Salt), alg.SaltLen)
	}
	e.Key, err = encoding.DecodeBase32(key, encoding.Base32Default)
	if err != nil || len(e.Key) != alg.KeyLen {
		return nil, fmt.Errorf("%w: %d, while %d expected", ErrKey, len(e.Key), alg.KeyLen)
	}
	return e, nil
}

// Check reports whether password matches the parsed hash, comparing in
// constant time.
func (e *Encrypted) Check(password []byte) (bool, error) {
	key, err := e.Algorithm.Derive(password, e.Salt)
	if err != nil {
		return false, err
	}
	return subtle.ConstantTimeCompare(key, e.Key) == 1, nil
}

// Check parses encrypted and checks password against it.
func Check(encrypted string, password []byte) (bool, error) {
	e, err := Parse(encrypted)
	if err != nil {
		return false, err
	}
	return e.Check(password)
}
