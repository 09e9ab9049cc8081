package archive

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"testing"
)

func FuzzParse(f *testing.F) {
	var zb bytes.Buffer
	z := zip.NewWriter(&zb)
	w, _ := z.Create("a.txt")
	w.Write([]byte("hello"))
	z.Close()
	var gb bytes.Buffer
	g := gzip.NewWriter(&gb)
	g.Name = "a.txt"
	g.Write([]byte("hello"))
	g.Close()
	f.Add("zip", zb.Bytes())
	f.Add("gz", gb.Bytes())
	f.Add("rar", []byte("Rar!\x1a\x07\x00\xcf\x90\x73\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00"))
	f.Add("rar", []byte("Rar!\x1a\x07\x01\x00"))
	f.Add("7z", []byte("7z\xbc\xaf\x27\x1c\x00\x04"))
	f.Fuzz(func(t *testing.T, kind string, data []byte) {
		var lim Limit
		for _, k := range []string{"zip", "rar", "7z", "gz", kind} {
			if a := Parse(k, data, "x", &lim); a != nil && len(a.Files) > maxFiles {
				t.Fatalf("%d files", len(a.Files))
			}
		}
	})
}
