package zstd

import (
	"bytes"
	"strings"
	"testing"
)

func compress(t testing.TB, in string) []byte {
	t.Helper()
	z, err := Compress([]byte(in), 1)
	if err != nil {
		t.Fatal(err)
	}
	return z
}

func TestDecompressLimit(t *testing.T) {
	z := compress(t, strings.Repeat("a", 10000))
	if _, err := DecompressBounded(z, 100); err == nil || !strings.Contains(err.Error(), "exceeds limit 100") {
		t.Errorf("limit: %v", err)
	}
	if out, err := DecompressBounded(z, 0); err != nil || len(out) != 10000 {
		t.Errorf("no limit: %d %v", len(out), err)
	}
	if _, err := DecompressBounded([]byte("not zstd"), 0); err == nil || err.Error() != "decompression error: Unknown frame descriptor" {
		t.Errorf("garbage: %v", err)
	}
	two := append(compress(t, "x\n"), compress(t, "y\n")...)
	if out, err := DecompressBounded(two, 0); err != nil || string(out) != "x\ny\n" {
		t.Errorf("two frames: %q %v", out, err)
	}
}

// TestDecompressUndeclaredLimit bounds output whose size the frame does
// not declare: the limit is met while decoding.
func TestDecompressUndeclaredLimit(t *testing.T) {
	// A frame of a single raw block of 300 bytes, without a content size.
	frame := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x48, 0x61, 0x09, 0x00}
	frame = append(frame, bytes.Repeat([]byte("b"), 300)...)
	if _, err := DecompressBounded(frame, 100); err == nil || err.Error() != "decompressed size exceeds limit 100" {
		t.Errorf("limit: %v", err)
	}
	if out, err := DecompressBounded(frame, 300); err != nil || len(out) != 300 {
		t.Errorf("at limit: %d %v", len(out), err)
	}
	// A raw block the input cuts short still gives its bytes.
	if out, err := DecompressBounded(frame[:200], 0); err != nil || len(out) == 0 || !bytes.Equal(out, frame[9:9+len(out)]) {
		t.Errorf("truncated: %d %v", len(out), err)
	}
}

func TestHasMagic(t *testing.T) {
	if !HasMagic(compress(t, "x")) || HasMagic([]byte("not zstd")) {
		t.Error("magic")
	}
}

func FuzzDecompress(f *testing.F) {
	f.Add(compress(f, "hello map\n"))
	f.Add([]byte{0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x05, 0x29, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := DecompressBounded(data, 1<<20)
		if err == nil && len(out) > 1<<20 {
			t.Fatalf("limit exceeded: %d", len(out))
		}
	})
}
