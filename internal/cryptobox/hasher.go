package cryptobox

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"strings"

	"github.com/gorspamd/rspamd/internal/fasthash"
)

// Hasher is the hash object of the Lua rspamd_cryptobox_hash module: one of
// BLAKE2b-512 (optionally keyed; the default), MD5, SHA-1, SHA-256, SHA-384
// and SHA-512 (HMAC when given a key), the fast hashes xxh64, xxh32, xxh3,
// mum and t1ha (seed zero, key ignored) and CRC-32 (key ignored).
//
// Its digest follows upstream: fast hashes give their 64-bit value
// little-endian (xxh32 keeps the first four bytes of that), CRC-32 gives
// big-endian bytes. The digest is computed once, by the first Sum; after
// that the hasher is finished and refuses more data until Reset.
type Hasher struct {
	kind     hasherKind
	name     string // algorithm name for Reset and errors
	std      hash.Hash
	newFn    func() hash.Hash // a fresh std hash, for cloning
	fast     *fasthash.State
	crc      uint32
	out      []byte
	size     int
	finished bool
	keyed    bool
}

type hasherKind int

const (
	kindBlake2 hasherKind = iota
	kindStd
	kindHMAC
	kindFast
	kindCRC32
)

// Hasher errors.
var (
	ErrUnknownHash = errors.New("invalid hash type")
	ErrFinished    = errors.New("hash is already finalized")
	// ErrHMACReset reports a Reset of an HMAC, which makes rspamd 4.1.5
	// abort on an assertion.
	ErrHMACReset = errors.New("an HMAC cannot be reset")
)

var stdHashes = map[string]func() hash.Hash{
	"md5":    md5.New,
	"sha1":   sha1.New,
	"sha":    sha1.New,
	"sha256": sha256.New,
	"sha512": sha512.New,
	"sha384": sha512.New384,
}

var fastHashes = map[string]fasthash.Type{
	"xxh64": fasthash.XXH64,
	"xxh32": fasthash.XXH32,
	"xxh3":  fasthash.XXH3,
	"mum":   fasthash.Mum,
	"t1ha":  fasthash.T1ha,
}

// NewHasher returns a hasher for the algorithm alg (case-insensitive; "" is
// the default BLAKE2b) with an optional key.
func NewHasher(alg string, key []byte) (*Hasher, error) {
	// Names compare without regard to ASCII case, like g_ascii_strcasecmp.
	name := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, alg)
	h := &Hasher{name: name}
	switch {
	case name == "" || name == "blake2":
		b, err := NewHash(key)
		if err != nil {
			return nil, err
		}
		h.kind, h.std, h.size = kindBlake2, b, HashBytes
		h.newFn = func() hash.Hash { b, _ := NewHash(nil); return b }
	case stdHashes[name] != nil:
		h.newFn = stdHashes[name]
		if len(key) > 0 {
			key = append([]byte(nil), key...)
			h.newFn = func() hash.Hash { return hmac.New(stdHashes[name], key) }
			h.kind, h.std, h.keyed = kindHMAC, h.newFn(), true
		} else {
			h.kind, h.std = kindStd, stdHashes[name]()
		}
		h.size = h.std.Size()
	case name == "crc32":
		h.kind, h.size = kindCRC32, 4
	default:
		t, ok := fastHashes[name]
		if !ok {
			return nil, fmt.Errorf("%w: %s", ErrUnknownHash, alg)
		}
		h.kind, h.fast, h.size = kindFast, fasthash.New(t, 0), 8
		if t == fasthash.XXH32 {
			h.size = 4
		}
	}
	return h, nil
}

// Size returns the digest length.
func (h *Hasher) Size() int { return h.size }

// Finished reports whether the digest has been computed.
func (h *Hasher) Finished() bool { return h.finished }

// Write adds p to the hash; it fails once the hash is finished.
func (h *Hasher) Write(p []byte) (int, error) {
	if h.finished {
		return 0, ErrFinished
	}
	switch h.kind {
	case kindFast:
		h.fast.Write(p)
	case kindCRC32:
		h.crc = crc32.Update(h.crc, crc32.IEEETable, p)
	default:
		h.std.Write(p)
	}
	return len(p), nil
}

// Sum finishes the hash (the first time) and returns the digest.
func (h *Hasher) Sum() []byte {
	if !h.finished {
		switch h.kind {
		case kindFast:
			h.out = binary.LittleEndian.AppendUint64(nil, h.fast.Sum64())[:h.size]
		case kindCRC32:
			h.out = binary.BigEndian.AppendUint32(nil, h.crc)
		default:
			h.out = h.std.Sum(nil)
		}
		h.finished = true
	}
	return h.out
}

// SumLimit is Sum keeping only the last limit bytes when limit is below the
// digest length, as the optional argument of hash:hex(), :bin(), :base32()
// and :base64() does.
func (h *Hasher) SumLimit(limit int) []byte {
	out := h.Sum()
	if limit >= 0 && limit < len(out) {
		return out[len(out)-limit:]
	}
	return out
}

// Reset restarts the hash with its algorithm, as hash:reset() does: a keyed
// BLAKE2b loses its key, an HMAC cannot be reset.
func (h *Hasher) Reset() error {
	switch h.kind {
	case kindHMAC:
		return ErrHMACReset
	case kindBlake2:
		b, _ := NewHash(nil)
		h.std = b
	case kindStd:
		h.std.Reset()
	case kindFast:
		h.fast.Reset()
	case kindCRC32:
		h.crc = 0
	}
	h.out, h.finished = nil, false
	return nil
}

// Clone returns an independent copy of the hasher in its current state.
func (h *Hasher) Clone() (*Hasher, error) {
	c := *h
	c.out = append([]byte(nil), h.out...)
	switch h.kind {
	case kindFast:
		c.fast = h.fast.Clone()
	case kindCRC32:
	default:
		std, err := cloneHash(h.std, h.newFn)
		if err != nil {
			return nil, err
		}
		c.std = std
	}
	return &c, nil
}

// cloneHash copies a hash state, through hash.Cloner where the hash has it
// and otherwise through its binary marshaling into a fresh hash from newFn.
func cloneHash(h hash.Hash, newFn func() hash.Hash) (hash.Hash, error) {
	if c, ok := h.(hash.Cloner); ok {
		n, err := c.Clone()
		if err == nil {
			return n, nil
		}
		if !errors.Is(err, errors.ErrUnsupported) {
			return nil, fmt.Errorf("cryptobox: cloning a hash: %w", err)
		}
	}
	m, ok := h.(encoding.BinaryMarshaler)
	if !ok {
		return nil, errors.New("cryptobox: hash state cannot be copied")
	}
	state, err := m.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("cryptobox: cloning a hash: %w", err)
	}
	n := newFn()
	if err := n.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		return nil, fmt.Errorf("cryptobox: cloning a hash: %w", err)
	}
	return n, nil
}
