package fasthash

import (
	"strconv"
	"testing"
)

func BenchmarkSum(b *testing.B) {
	for _, typ := range []Type{XXH64, XXH32, XXH3, Mum, T1ha} {
		for _, n := range []int{16, 256, 4096} {
			buf := make([]byte, n)
			b.Run(typ.String()+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(n))
				for b.Loop() {
					Sum(typ, buf, 42)
				}
			})
		}
	}
}

func BenchmarkState(b *testing.B) {
	buf := make([]byte, 4096)
	for _, typ := range []Type{XXH64, XXH32, XXH3, Mum, T1ha} {
		b.Run(typ.String(), func(b *testing.B) {
			b.SetBytes(int64(len(buf)))
			s := New(typ, 42)
			for b.Loop() {
				s.Reset()
				s.Write(buf)
				s.Sum64()
			}
		})
	}
}

func BenchmarkOthers(b *testing.B) {
	buf := make([]byte, 256)
	var key [16]byte
	b.Run("siphash/256", func(b *testing.B) {
		b.SetBytes(256)
		for b.Loop() {
			SipHash24(&key, buf)
		}
	})
	b.Run("t1ha1/256", func(b *testing.B) {
		b.SetBytes(256)
		for b.Loop() {
			T1ha1(buf, 42)
		}
	})
	b.Run("t1ha2x128/256", func(b *testing.B) {
		b.SetBytes(256)
		for b.Loop() {
			T1ha2x128(buf, 42)
		}
	})
	b.Run("icase/256", func(b *testing.B) {
		b.SetBytes(256)
		for b.Loop() {
			CaselessHash(buf, 42)
		}
	})
}
