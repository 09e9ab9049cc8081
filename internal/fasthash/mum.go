package fasthash

import (
	"encoding/binary"
	"math/bits"
)

// mum-hash constants (the defaults of mum.h; rspamd never randomizes them).
const (
	mumHashStepPrime   = 0x2e0bb864e9ea7df5
	mumKeyStepPrime    = 0xcdb32970830fcaa1
	mumBlockStartPrime = 0xc42b5e2e6480b23b
	mumUnrollPrime     = 0x7b51ec3d22f7096f
	mumTailPrime       = 0xaf47d47c99b1461b
	mumFinishPrime1    = 0xa9a7ae7ceff79f3f
	mumFinishPrime2    = 0xaf47d47c99b1461b
)

var mumPrimes = [...]uint64{
	0x9ebdcae10d981691, 0x32b9b9b97a27ac7d, 0x29b5584d83d35bbd, 0x4b04e0e61401255f,
	0x25e8f7b1f1c9d027, 0x80d4c8c000f3e881, 0xbd1255431904b9dd, 0x8a3bd4485eee6d81,
	0x3bc721b2aad05197, 0x71b1a19b907d6e33, 0x525e6c1084a8534b, 0x9e4c2cd340c1299f,
	0xde3add92e94caa37, 0x7e14eadb1f65311d, 0x3f5aa40f89812853, 0x33b15a3b587d15c9,
}

// mum multiplies and adds the halves of the 128-bit product.
func mum(v, p uint64) uint64 {
	hi, lo := bits.Mul64(v, p)
	return hi + lo
}

// mumUnroll is the number of words per round of the bulk loop (rspamd
// builds with the target-independent unroll factor of 4).
const mumUnroll = 4

// MumHash is mum_hash as rspamd builds it (target independent).
func MumHash(data []byte, seed uint64) uint64 {
	h := mum(seed+uint64(len(data)), mumBlockStartPrime)
	p := data
	for len(p) > mumUnroll*8 {
		w := (*[mumUnroll * 8]byte)(p)
		h ^= mum(binary.LittleEndian.Uint64(w[0:8]), mumPrimes[0])
		h ^= mum(binary.LittleEndian.Uint64(w[8:16]), mumPrimes[1])
		h ^= mum(binary.LittleEndian.Uint64(w[16:24]), mumPrimes[2])
		h ^= mum(binary.LittleEndian.Uint64(w[24:32]), mumPrimes[3])
		p = p[mumUnroll*8:]
		h = mum(h, mumUnrollPrime)
	}
	i := 0
	for ; len(p) >= 8; i++ {
		h ^= mum(binary.LittleEndian.Uint64(p), mumPrimes[i])
		p = p[8:]
	}
	if len(p) > 0 {
		var t uint64
		for j := len(p) - 1; j >= 0; j-- {
			t = t<<8 | uint64(p[j])
		}
		h ^= mum(t, mumTailPrime)
	}
	return mumFinish(h)
}

func mumFinish(h uint64) uint64 {
	h ^= mum(h, mumFinishPrime1)
	h ^= mum(h, mumFinishPrime2)
	return h
}

func mumStep(h, key uint64) uint64 {
	return mum(h, mumHashStepPrime) ^ mum(key, mumKeyStepPrime)
}

// mumStream is rspamd's own incremental mum-hash, which is not mum_hash: it
// steps the state once per eight-byte word, and its final step uses the
// zero-padded partial word, or the last whole word again (or zero) when
// nothing is pending.
type mumStream struct {
	h   uint64
	buf [8]byte
	rem int // free bytes in buf while a partial word is pending
}

func (m *mumStream) reset(seed uint64) {
	*m = mumStream{h: seed}
}

func (m *mumStream) word() uint64 { return binary.LittleEndian.Uint64(m.buf[:]) }

func (m *mumStream) write(p []byte) {
	if m.rem > 0 {
		if len(p) >= m.rem {
			copy(m.buf[8-m.rem:], p[:m.rem])
			p = p[m.rem:]
			m.h = mumStep(m.h, m.word())
			m.rem = 0
		} else {
			copy(m.buf[8-m.rem:], p)
			m.rem -= len(p)
			return
		}
	}
	for len(p) >= 8 {
		copy(m.buf[:], p[:8])
		m.h = mumStep(m.h, m.word())
		p = p[8:]
	}
	if len(p) > 0 {
		m.rem = 8 - len(p)
		m.buf = [8]byte{}
		copy(m.buf[:], p)
	}
}

func (m *mumStream) sum64() uint64 {
	return mumFinish(mumStep(m.h, m.word()))
}
