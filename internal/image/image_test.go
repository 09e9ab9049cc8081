package image

import (
	"bytes"
	stdimage "image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"
)

func TestParse(t *testing.T) {
	img := stdimage.NewPaletted(stdimage.Rect(0, 0, 33, 17), []color.Color{color.Black, color.White})
	var pb, jb, gb bytes.Buffer
	png.Encode(&pb, img)
	jpeg.Encode(&jb, img, nil)
	gif.Encode(&gb, img, nil)
	// Go's encoder writes no JFIF segment, which upstream's signature
	// check requires.
	jfif := append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"), jb.Bytes()[2:]...)
	bmp := make([]byte, 54)
	copy(bmp, "BM")
	bmp[10], bmp[14], bmp[18], bmp[22] = 54, 40, 33, 17
	for _, c := range []struct {
		name string
		data []byte
		typ  Type
	}{{"png", pb.Bytes(), PNG}, {"jpg", jfif, JPEG}, {"gif", gb.Bytes(), GIF}, {"bmp", bmp, BMP}} {
		if got := Detect(c.data); got != c.typ {
			t.Errorf("%s: Detect = %v", c.name, got)
		}
		im := Parse(c.name, c.data)
		if im == nil || im.Type != c.typ || im.Width != 33 || im.Height != 17 || im.Size != len(c.data) {
			t.Errorf("%s: Parse = %+v", c.name, im)
		}
	}
	if Detect(jb.Bytes()) != Unknown {
		t.Errorf("JPEG without JFIF/Exif segment detected")
	}
	if Parse("png", []byte("\x89PNG\r\n\x1a\nshort")) != nil {
		t.Errorf("truncated PNG parsed")
	}
}
