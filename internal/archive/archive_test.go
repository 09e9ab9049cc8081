package archive

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"testing"
)

func TestZip(t *testing.T) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, n := range []string{"readme.txt", "dir/", "dir/run.exe"} {
		w, _ := z.Create(n)
		w.Write([]byte("hello hello hello"))
	}
	z.Close()
	a := Parse("zip", b.Bytes(), "a.zip", nil)
	if a == nil || a.Type != Zip || a.Name != "a.zip" || a.Size != b.Len() {
		t.Fatalf("Parse = %+v", a)
	}
	var names []string
	for _, f := range a.Files {
		names = append(names, f.Name)
	}
	if len(names) != 3 || names[0] != "readme.txt" || names[2] != "dir/run.exe" {
		t.Errorf("files %q", names)
	}
	if a.Files[0].UncompressedSize != 17 {
		t.Errorf("size %d", a.Files[0].UncompressedSize)
	}
	if Parse("zip", []byte("PK\x03\x04truncated"), "b.zip", nil) != nil {
		t.Errorf("truncated zip listed")
	}
}

func TestGzip(t *testing.T) {
	var b bytes.Buffer
	g := gzip.NewWriter(&b)
	g.Name = "inner.txt"
	g.Write([]byte("hello"))
	g.Close()
	a := Parse("gz", b.Bytes(), "inner.txt.gz", nil)
	if a == nil || a.Type != Gzip || len(a.Files) != 1 || a.Files[0].Name != "inner.txt" {
		t.Fatalf("Parse = %+v", a)
	}
}

func TestLimit(t *testing.T) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i < 10; i++ {
		z.Create(string(rune('a'+i)) + ".txt")
	}
	z.Close()
	lim := Limit{n: maxFiles - 4}
	a := Parse("zip", b.Bytes(), "a.zip", &lim)
	if a == nil || len(a.Files) > 5 || a.Flags&FilesTruncated == 0 {
		t.Fatalf("limit not applied: %d files, flags %v", len(a.Files), a.Flags)
	}
}
