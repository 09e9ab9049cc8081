package fasthash

import (
	"bytes"
	"testing"
)

func TestKnownVectors(t *testing.T) {
	abc := []byte("abc")
	for _, c := range []struct {
		name      string
		got, want uint64
	}{
		{"xxh32", uint64(XXHash32(abc, 0)), 0x32d153ff},
		{"xxh32 empty", uint64(XXHash32(nil, 0)), 0x02cc5d05},
		{"xxh64", XXHash64(abc, 0), 0x44bc2cf5ad770999},
		{"xxh64 empty", XXHash64(nil, 0), 0xef46db3751d8e999},
		{"xxh3", XXHash3(abc, 0), 0x78af5f94892f3950},
		{"fast", Sum(Fast, abc, 0), 0x78af5f94892f3950},
		{"default", Default(abc, 0), 0x78af5f94892f3950},
		// The reference SipHash-2-4 vector: key 00..0f, message 00..0e.
		{"siphash", SipHash24(&[16]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
			[]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}), 0xa129ca6149be45e5},
		// Values of rspamd 4.1.5 (also in the crypto goldens).
		{"t1ha2", T1ha2(abc, 0), 0x16bae0f716c45f2e},
		{"xxh32 seed truncated", Sum(XXH32, abc, 1<<32|5), uint64(XXHash32(abc, 5))},
	} {
		if c.got != c.want {
			t.Errorf("%s: %#x, want %#x", c.name, c.got, c.want)
		}
	}
}

// TestStreamingMatchesOneShot checks the algorithms whose streaming and
// one-shot forms agree, for every split of the input.
func TestStreamingMatchesOneShot(t *testing.T) {
	data := make([]byte, 300)
	for i := range data {
		data[i] = byte(i*7 + i>>3)
	}
	for _, typ := range []Type{XXH64, XXH32, XXH3} {
		for _, n := range []int{0, 1, 15, 16, 17, 31, 32, 33, 64, 100, 240, 241, 300} {
			want := Sum(typ, data[:n], 42)
			for split := 0; split <= n; split += 7 {
				s := New(typ, 42)
				s.Write(data[:split])
				s.Write(data[split:n])
				if got := s.Sum64(); got != want {
					t.Fatalf("%v len %d split %d: %#x, want %#x", typ, n, split, got, want)
				}
			}
		}
	}
}

// TestStreamingSplitInvariant checks that rspamd's own incremental
// constructions do not depend on how the input is cut.
func TestStreamingSplitInvariant(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdefghij"), 10)
	for _, typ := range []Type{Mum, T1ha, Fast, FastIndependent} {
		whole := New(typ, 7)
		whole.Write(data)
		for chunk := 1; chunk < 40; chunk++ {
			s := New(typ, 7)
			for p := data; len(p) > 0; {
				n := min(chunk, len(p))
				s.Write(p[:n])
				p = p[n:]
			}
			if s.Sum64() != whole.Sum64() {
				t.Fatalf("%v chunk %d differs", typ, chunk)
			}
		}
	}
}

func TestStreamingTypes(t *testing.T) {
	if New(Fast, 0).Type() != T1ha || New(FastIndependent, 0).Type() != T1ha || New(Type(99), 0).Type() != XXH3 {
		t.Error("streaming type mapping")
	}
	// mum streams with its own construction: the state steps once more for
	// a whole last word.
	s := New(Mum, 0)
	s.Write([]byte("12345678"))
	if s.Sum64() == MumHash([]byte("12345678"), 0) {
		t.Error("streaming mum equals one-shot mum")
	}
	c := s.Clone()
	c.Write([]byte("x"))
	if c.Sum64() == s.Sum64() {
		t.Error("clone shares state")
	}
}

func TestCaselessHash(t *testing.T) {
	if CaselessHash([]byte("Hello World"), 1) != CaselessHash([]byte("hELLO wORLD"), 1) {
		t.Error("case matters")
	}
	if CaselessHash([]byte("abc"), 1) == CaselessHash([]byte("cba"), 1) {
		t.Error("order does not matter")
	}
	if u := CaselessHashUnit([]byte("x"), DefaultCaselessSeed); u < 0 || u >= 1 {
		t.Errorf("unit value %v", u)
	}
}

func TestTypeString(t *testing.T) {
	if XXH3.String() != "xxh3" || Type(42).String() != "fasthash.Type(42)" {
		t.Error(XXH3.String(), Type(42).String())
	}
}

func FuzzHashes(f *testing.F) {
	f.Add([]byte("hello"), uint64(0), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, chunk uint8) {
		for typ := XXH64; typ <= FastIndependent; typ++ {
			Sum(typ, data, seed)
			a, b := New(typ, seed), New(typ, seed)
			a.Write(data)
			step := int(chunk%64) + 1
			for p := data; len(p) > 0; {
				n := min(step, len(p))
				b.Write(p[:n])
				p = p[n:]
			}
			if a.Sum64() != b.Sum64() {
				t.Fatalf("%v: chunking changes the hash", typ)
			}
		}
		T1ha1(data, seed)
		T1ha2x128(data, seed)
		CaselessHash(data, seed)
	})
}
