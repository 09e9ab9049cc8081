//go:build !nohyperscan

package hyperscan

import (
	"errors"
	"strings"
	"testing"
)

type match struct {
	id       uint32
	from, to uint64
}

func scanAll(t *testing.T, db *Database, s *Scratch, data string) []match {
	t.Helper()
	var got []match
	stopped, err := s.Scan(db, []byte(data), func(id uint32, from, to uint64) bool {
		got = append(got, match{id, from, to})
		return false
	})
	if err != nil || stopped {
		t.Fatalf("Scan: stopped %v, err %v", stopped, err)
	}
	return got
}

func mustCompile(t *testing.T, exprs []Expression) (*Database, *Scratch) {
	t.Helper()
	if !Available() {
		t.Skip("hyperscan does not run on this CPU")
	}
	db, err := Compile(exprs)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	s, err := NewScratch(db)
	if err != nil {
		t.Fatalf("NewScratch: %v", err)
	}
	return db, s
}

func TestScan(t *testing.T) {
	db, s := mustCompile(t, []Expression{
		{Pattern: "ab", Flags: SomLeftmost, ID: 7},
		{Pattern: "b+", Flags: SomLeftmost | Caseless, ID: 9},
	})
	got := scanAll(t, db, s, "xabBb")
	want := []match{{7, 1, 3}, {9, 2, 3}, {9, 2, 4}, {9, 2, 5}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
	if m := scanAll(t, db, s, ""); len(m) != 0 {
		t.Fatalf("empty input matched %v", m)
	}
}

func TestScanBatchesAndStops(t *testing.T) {
	db, s := mustCompile(t, []Expression{{Pattern: "a", ID: 1}})
	text := strings.Repeat("a", 1000)
	if got := scanAll(t, db, s, text); len(got) != 1000 || got[999].to != 1000 {
		t.Fatalf("got %d matches, last %v", len(got), got[len(got)-1])
	}
	for _, stopAt := range []int{1, 127, 128, 129, 300} {
		n := 0
		stopped, err := s.Scan(db, []byte(text), func(uint32, uint64, uint64) bool {
			n++
			return n == stopAt
		})
		if err != nil || !stopped || n != stopAt {
			t.Fatalf("stop at %d: stopped %v err %v after %d calls", stopAt, stopped, err, n)
		}
	}
}

func TestScanPanicPropagates(t *testing.T) {
	db, s := mustCompile(t, []Expression{{Pattern: "a", ID: 1}})
	for _, n := range []int{3, 500} {
		func() {
			defer func() {
				if p := recover(); p != "boom" {
					t.Fatalf("recovered %v, want boom", p)
				}
			}()
			_, _ = s.Scan(db, []byte(strings.Repeat("a", n)), func(uint32, uint64, uint64) bool { panic("boom") })
			t.Fatal("Scan returned")
		}()
	}
	// The scratch is still usable.
	if got := scanAll(t, db, s, "aa"); len(got) != 2 {
		t.Fatalf("after panic: %v", got)
	}
}

func TestCompileError(t *testing.T) {
	if !Available() {
		t.Skip("hyperscan does not run on this CPU")
	}
	_, err := Compile([]Expression{{Pattern: "a"}, {Pattern: "("}})
	var ce *CompileError
	if !errors.As(err, &ce) || ce.Expression != 1 || !strings.Contains(ce.Message, "Missing close parenthesis") {
		t.Fatalf("got %v", err)
	}
	if _, err := Compile(nil); err == nil {
		t.Fatal("empty set compiled")
	}
}

func TestSerialize(t *testing.T) {
	db, _ := mustCompile(t, []Expression{{Pattern: "foo[0-9]+", Flags: SomLeftmost, ID: 3}})
	b, err := db.Serialize()
	if err != nil {
		t.Fatal(err)
	}
	db2, err := Deserialize(b)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := NewScratch(db2)
	if err != nil {
		t.Fatal(err)
	}
	if got := scanAll(t, db2, s2, "xfoo12"); len(got) != 2 || got[0] != (match{3, 1, 5}) {
		t.Fatalf("got %v", got)
	}
	if _, err := Deserialize([]byte("garbage")); err == nil {
		t.Fatal("garbage deserialized")
	}
	if _, err := Deserialize(nil); err == nil {
		t.Fatal("nil deserialized")
	}
}

func BenchmarkScanCallback(b *testing.B) {
	if !Available() {
		b.Skip("hyperscan does not run on this CPU")
	}
	db, err := Compile([]Expression{{Pattern: "a", ID: 1}})
	if err != nil {
		b.Fatal(err)
	}
	s, err := NewScratch(db)
	if err != nil {
		b.Fatal(err)
	}
	text := []byte(strings.Repeat("a", 4096))
	n := 0
	fn := func(uint32, uint64, uint64) bool { n++; return false }
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Scan(db, text, fn); err != nil {
			b.Fatal(err)
		}
	}
}
