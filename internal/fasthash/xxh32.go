package fasthash

import (
	"encoding/binary"
	"math/bits"
)

const (
	xxPrime32a = 2654435761
	xxPrime32b = 2246822519
	xxPrime32c = 3266489917
	xxPrime32d = 668265263
	xxPrime32e = 374761393
)

func xxh32Round(acc, input uint32) uint32 {
	return bits.RotateLeft32(acc+input*xxPrime32b, 13) * xxPrime32a
}

// XXHash32 is xxHash32 of data with a seed.
func XXHash32(data []byte, seed uint32) uint32 {
	var st xxh32State
	st.reset(seed)
	st.write(data)
	return st.sum()
}

// xxh32State is a streaming xxHash32.
type xxh32State struct {
	v     [4]uint32
	total uint64
	buf   [16]byte
	n     int
	seed  uint32
}

func (s *xxh32State) reset(seed uint32) {
	*s = xxh32State{seed: seed}
	s.v = [4]uint32{seed + xxPrime32a + xxPrime32b, seed + xxPrime32b, seed, seed - xxPrime32a}
}

func (s *xxh32State) stripe(p []byte) {
	for i := range s.v {
		s.v[i] = xxh32Round(s.v[i], binary.LittleEndian.Uint32(p[4*i:]))
	}
}

func (s *xxh32State) write(p []byte) {
	s.total += uint64(len(p))
	if s.n > 0 {
		c := copy(s.buf[s.n:], p)
		s.n += c
		p = p[c:]
		if s.n < len(s.buf) {
			return
		}
		s.stripe(s.buf[:])
		s.n = 0
	}
	for len(p) >= 16 {
		s.stripe(p)
		p = p[16:]
	}
	s.n = copy(s.buf[:], p)
}

func (s *xxh32State) sum() uint32 {
	var h uint32
	if s.total >= 16 {
		h = bits.RotateLeft32(s.v[0], 1) + bits.RotateLeft32(s.v[1], 7) +
			bits.RotateLeft32(s.v[2], 12) + bits.RotateLeft32(s.v[3], 18)
	} else {
		h = s.seed + xxPrime32e
	}
	h += uint32(s.total)
	p := s.buf[:s.n]
	for len(p) >= 4 {
		h = bits.RotateLeft32(h+binary.LittleEndian.Uint32(p)*xxPrime32c, 17) * xxPrime32d
		p = p[4:]
	}
	for _, b := range p {
		h = bits.RotateLeft32(h+uint32(b)*xxPrime32e, 11) * xxPrime32a
	}
	h ^= h >> 15
	h *= xxPrime32b
	h ^= h >> 13
	h *= xxPrime32c
	h ^= h >> 16
	return h
}
