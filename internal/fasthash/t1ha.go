package fasthash

import (
	"encoding/binary"
	"math/bits"
)

// The t1ha "magic" primes.
const (
	t1p0 = 0xEC99BF0D8372CAAB
	t1p1 = 0x82434FE90EDCEF39
	t1p2 = 0xD4F06DB99D67BE4B
	t1p3 = 0xBD9CACC22C6E9571
	t1p4 = 0x9C06FAF4D023E3AB
	t1p5 = 0xC060724A8424F345
	t1p6 = 0xCB5AF53AE3AAAC31
)

func rot64(v uint64, s int) uint64 { return bits.RotateLeft64(v, -s) }

func le64(p []byte) uint64 { return binary.LittleEndian.Uint64(p) }

// tail64 reads the last 1..8 bytes of p (len(p) = 8 when tail%8 == 0)
// little-endian, zero-extended.
func tail64(p []byte, tail int) uint64 {
	n := tail & 7
	if n == 0 {
		return le64(p)
	}
	var r uint64
	for i := n - 1; i >= 0; i-- {
		r = r<<8 | uint64(p[i])
	}
	return r
}

// mux64 xors the halves of the 128-bit product.
func mux64(v, prime uint64) uint64 {
	hi, lo := bits.Mul64(v, prime)
	return lo ^ hi
}

func mixup64(a, b *uint64, v, prime uint64) {
	hi, lo := bits.Mul64(*b+v, prime)
	*a ^= lo
	*b += hi
}

func final64(a, b uint64) uint64 {
	x := (a + rot64(b, 41)) * t1p0
	y := (rot64(a, 23) + b) * t1p6
	return mux64(x^y, t1p5)
}

// T1ha1 is t1ha1_le, which rspamd calls t1ha (its caseless hash and symbol
// cache checksums use it).
func T1ha1(data []byte, seed uint64) uint64 {
	a := seed
	n := len(data)
	b := uint64(n)
	p := data
	if n > 32 {
		c := rot64(uint64(n), 17) + seed
		d := uint64(n) ^ rot64(seed, 17)
		for len(p) > 31 {
			blk := (*[32]byte)(p)
			w0, w1, w2, w3 := le64(blk[0:8]), le64(blk[8:16]), le64(blk[16:24]), le64(blk[24:32])
			p = p[32:]
			d02 := w0 ^ rot64(w2+d, 17)
			c13 := w1 ^ rot64(w3+c, 17)
			c += a ^ rot64(w0, 41)
			d -= b ^ rot64(w1, 31)
			a ^= t1p1 * (d02 + w3)
			b ^= t1p0 * (c13 + w2)
		}
		a ^= t1p6 * (rot64(c, 17) + d)
		b ^= t1p5 * (c + rot64(d, 17))
		n &= 31
	}
	// Up to four words, the last one possibly partial.
	if n > 24 {
		b += mux64(le64(p), t1p4)
		p = p[8:]
	}
	if n > 16 {
		a += mux64(le64(p), t1p3)
		p = p[8:]
	}
	if n > 8 {
		b += mux64(le64(p), t1p2)
		p = p[8:]
	}
	if n > 0 {
		a += mux64(tail64(p, n), t1p1)
	}
	return mux64(rot64(a+b, 17), t1p4) + t1mix64(a^b, t1p0)
}

// t1mix64 is t1ha1's xor-mul-xor mixer.
func t1mix64(v, p uint64) uint64 {
	v *= p
	return v ^ rot64(v, 41)
}

// t1ha2 keeps the 256-bit state of t1ha2.
type t1ha2State struct{ a, b, c, d uint64 }

func (s *t1ha2State) initAB(x, y uint64) { s.a, s.b = x, y }

func (s *t1ha2State) initCD(x, y uint64) {
	s.c = rot64(y, 23) + ^x
	s.d = ^y + rot64(x, 19)
}

func (s *t1ha2State) update(p *[32]byte) {
	w0, w1, w2, w3 := le64(p[0:8]), le64(p[8:16]), le64(p[16:24]), le64(p[24:32])
	d02 := w0 + rot64(w2+s.d, 56)
	c13 := w1 + rot64(w3+s.c, 19)
	s.c ^= s.a + rot64(w0, 57)
	s.d ^= s.b + rot64(w1, 38)
	s.b ^= t1p6 * (c13 + w2)
	s.a ^= t1p5 * (d02 + w3)
}

// loop consumes every whole 32-byte block of p (p must hold at least one)
// and returns the rest.
func (s *t1ha2State) loop(p []byte) []byte {
	for len(p) > 31 {
		s.update((*[32]byte)(p))
		p = p[32:]
	}
	return p
}

func (s *t1ha2State) squash() {
	s.a ^= t1p6 * (s.c + rot64(s.d, 23))
	s.b ^= t1p5 * (rot64(s.c, 19) + s.d)
}

// mixTail mixes the last n (< 32) bytes of p into the state: the up to
// four words go, in order, into the state pairs of dst (the last word
// possibly partial).
func mixTail(p []byte, n int, dst *[4][2]*uint64) {
	primes := [4]uint64{t1p4, t1p3, t1p2, t1p1}
	for k := 0; k < 4; k++ {
		if n <= 24-8*k {
			continue
		}
		var w uint64
		if k < 3 {
			w = le64(p)
			p = p[8:]
		} else {
			w = tail64(p, n)
		}
		mixup64(dst[k][0], dst[k][1], w, primes[k])
	}
}

// tailAB finishes the 64-bit variants with the last n (< 32) bytes of p.
func (s *t1ha2State) tailAB(p []byte, n int) uint64 {
	mixTail(p, n, &[4][2]*uint64{{&s.a, &s.b}, {&s.b, &s.a}, {&s.a, &s.b}, {&s.b, &s.a}})
	return final64(s.a, s.b)
}

// tailABCD finishes the 128-bit variant; it returns the low and high
// halves (upstream returns the low half and stores the high one).
func (s *t1ha2State) tailABCD(p []byte, n int) (lo, hi uint64) {
	mixTail(p, n, &[4][2]*uint64{{&s.a, &s.d}, {&s.b, &s.a}, {&s.c, &s.b}, {&s.d, &s.c}})
	a, b, c, d := s.a, s.b, s.c, s.d
	mixup64(&a, &b, rot64(c, 41)^d, t1p0)
	mixup64(&b, &c, rot64(d, 23)^a, t1p6)
	mixup64(&c, &d, rot64(a, 19)^b, t1p5)
	mixup64(&d, &a, rot64(b, 31)^c, t1p4)
	return a ^ b, c + d
}

// T1ha2 is t1ha2_atonce.
func T1ha2(data []byte, seed uint64) uint64 {
	var s t1ha2State
	s.initAB(seed, uint64(len(data)))
	p, n := data, len(data)
	if n > 32 {
		s.initCD(seed, uint64(n))
		p = s.loop(p)
		s.squash()
		n &= 31
	}
	return s.tailAB(p, n)
}

// T1ha2x128 is t1ha2_atonce128: it returns the low 64 bits (upstream's
// return value) and the high 64 bits (its extra result).
func T1ha2x128(data []byte, seed uint64) (lo, hi uint64) {
	var s t1ha2State
	s.initAB(seed, uint64(len(data)))
	s.initCD(seed, uint64(len(data)))
	p, n := data, len(data)
	if n > 32 {
		p = s.loop(p)
		n &= 31
	}
	return s.tailABCD(p, n)
}

// t1ha2Stream is the streaming t1ha2 (t1ha2_init/update/final).
type t1ha2Stream struct {
	s       t1ha2State
	buf     [32]byte
	partial int
	total   uint64
}

func (t *t1ha2Stream) reset(seedX, seedY uint64) {
	*t = t1ha2Stream{}
	t.s.initAB(seedX, seedY)
	t.s.initCD(seedX, seedY)
}

func (t *t1ha2Stream) write(p []byte) {
	t.total += uint64(len(p))
	if t.partial > 0 {
		c := copy(t.buf[t.partial:], p)
		t.partial += c
		if t.partial < len(t.buf) {
			return
		}
		t.partial = 0
		p = p[c:]
		t.s.update(&t.buf)
	}
	if len(p) >= 32 {
		p = t.s.loop(p)
	}
	t.partial = copy(t.buf[:], p)
}

// sum64 is t1ha2_final without the extra result. It does not change t.
func (t *t1ha2Stream) sum64() uint64 {
	c := *t
	var trailer [8]byte
	binary.LittleEndian.PutUint64(trailer[:], c.total<<3^1<<63)
	c.write(trailer[:])
	c.s.squash()
	return c.s.tailAB(c.buf[:], c.partial)
}
