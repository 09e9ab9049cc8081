package password

import (
	"encoding/binary"
	"errors"

	"golang.org/x/crypto/blake2b"
)

// hlen is Catena's hash length (BLAKE2b-512).
const hlen = blake2b.Size

// catenaVersion is the version identifier hashed into every Catena-Butterfly
// result.
const catenaVersion = "Butterfly-Full"

type block = [hlen]byte

// h2 is BLAKE2b-512 of two blocks.
func h2(out *block, a, b *block) {
	var in [2 * hlen]byte
	copy(in[:], a[:])
	copy(in[hlen:], b[:])
	*out = blake2b.Sum512(in[:])
}

// hByteBlock is BLAKE2b-512 of one byte followed by a block.
func hByteBlock(out *block, c byte, x *block) {
	var in [1 + hlen]byte
	in[0] = c
	copy(in[1:], x[:])
	*out = blake2b.Sum512(in[:])
}

// catenaButterfly is Catena-Butterfly in password hashing mode as rspamd's
// catena() computes it, including its quirk that the password and salt
// lengths are taken modulo 256 (so only the first len%256 bytes of a
// longer password count).
func catenaButterfly(pwd, salt, data []byte, lambda, minGarlic, garlic, hashLen int) ([]byte, error) {
	if hashLen > hlen || hashLen <= 0 || garlic > 63 || minGarlic > garlic || lambda <= 0 || lambda > 255 || minGarlic <= 0 {
		return nil, errors.New("password: invalid Catena parameters")
	}
	pwd = pwd[:len(pwd)&0xff]
	salt = salt[:len(salt)&0xff]

	hv := blake2b.Sum512([]byte(catenaVersion))
	tweak := [4]byte{0, byte(lambda), byte(hashLen), byte(len(salt))}
	ad := blake2b.Sum512(data)

	h, _ := blake2b.New512(nil)
	h.Write(hv[:])
	h.Write(tweak[:])
	h.Write(ad[:])
	h.Write(pwd)
	h.Write(salt)
	var x block
	h.Sum(x[:0])

	f := newFlapper(garlic)
	f.flap(&x, lambda, (minGarlic+1)/2, salt)
	for c := minGarlic; c <= garlic; c++ {
		f.flap(&x, lambda, c, salt)
		hByteBlock(&x, byte(c), &x)
		clear(x[hashLen:])
	}
	return x[:hashLen:hashLen], nil
}

// flapper holds the memory of Flap, sized for the largest garlic used.
type flapper struct {
	r []block
}

func newFlapper(garlic int) *flapper {
	c := 1 << garlic
	return &flapper{r: make([]block, c+c/2)}
}

// xorshift1024star is the generator of Catena's gamma function.
type xorshift1024star struct {
	s [16]uint64
	p int
}

func (x *xorshift1024star) next() uint64 {
	s0 := x.s[x.p]
	x.p = (x.p + 1) & 15
	s1 := x.s[x.p]
	s1 ^= s1 << 31
	s1 ^= s1 >> 11
	s0 ^= s0 >> 30
	x.s[x.p] = s0 ^ s1
	return x.s[x.p] * 1181783497276652981
}

// flap computes the Catena-Butterfly graph of x with the given garlic and
// replaces x by its result.
func (f *flapper) flap(x *block, lambda, garlic int, salt []byte) {
	c := 1 << garlic
	m := c / 2
	l := 2 * garlic
	r := f.r[:c+m]

	// Top row.
	var vm1, vm2 block
	hByteBlock(&vm1, 0, x)
	hByteBlock(&vm2, 1, x)
	h2(&r[0], &vm1, &vm2)
	h2(&r[1], &r[0], &vm1)
	for i := 2; i < c; i++ {
		h2(&r[i], &r[i-1], &r[i-2])
	}

	// Gamma: salt-dependent random updates.
	var rng xorshift1024star
	t1 := blake2b.Sum512(salt)
	t2 := blake2b.Sum512(t1[:])
	for i := 0; i < 8; i++ {
		rng.s[i] = binary.LittleEndian.Uint64(t1[8*i:])
		rng.s[i+8] = binary.LittleEndian.Uint64(t2[8*i:])
	}
	shift := uint(64 - garlic)
	var out block
	for i := 0; i < 1<<((3*garlic+3)/4); i++ {
		j := rng.next() >> shift
		j2 := rng.next() >> shift
		h2(&out, &r[j], &r[j2])
		r[j] = out
	}

	// The double butterfly, its rows kept in a ring of 1.5 rows.
	idx := func(i, j, co int) int {
		switch (i + co) % 3 {
		case 0:
			return j
		case 1:
			if j < m {
				return j + c
			}
			return j - m
		}
		return j + m
	}
	sigma := func(i, j int) int {
		if i < garlic {
			return j ^ 1<<(garlic-1-i)
		}
		return j ^ 1<<(i-(garlic-1))
	}
	var tmp block
	co := 0
	for k := 0; k < lambda; k++ {
		for i := 1; i < l; i++ {
			xorBlocks(&tmp, &r[idx(i-1, c-1, co)], &r[idx(i-1, 0, co)])
			h2(&out, &tmp, &r[idx(i-1, sigma(i-1, 0), co)])
			hByteBlock(&r[idx(i, 0, co)], 0, &out)
			for j := 1; j < c; j++ {
				xorBlocks(&tmp, &r[idx(i, j-1, co)], &r[idx(i-1, j, co)])
				h2(&out, &tmp, &r[idx(i-1, sigma(i-1, j), co)])
				r[idx(i, j, co)] = out
			}
		}
		co = (co + l - 1) % 3
	}
	*x = r[idx(0, c-1, co)]
}

func xorBlocks(out, a, b *block) {
	for i := range out {
		out[i] = a[i] ^ b[i]
	}
}
