// Package image recognises PNG, JPEG, GIF and BMP attachments and reads
// their dimensions from the headers, as rspamd's image analyser does.
package image

import (
	"bytes"
	"encoding/binary"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Type is an image format.
type Type int

// Image formats (enum rspamd_image_type).
const (
	Unknown Type = iota
	PNG
	JPEG
	GIF
	BMP
)

// String is rspamd_image_type_str.
func (t Type) String() string {
	switch t {
	case PNG:
		return "PNG"
	case JPEG:
		return "JPEG"
	case GIF:
		return "GIF"
	case BMP:
		return "BMP"
	}
	return "unknown"
}

// Image is a recognised image.
type Image struct {
	Type          Type
	Width, Height uint32
	// Size is the length of the image data.
	Size int
	// Filename is the attachment's file name; HTML is what the HTML
	// processor links to the image (an <img> referring to its Content-Id).
	Filename string
	HTML     any
}

var (
	pngSig  = []byte{137, 80, 78, 71, 13, 10, 26, 10}
	jpgSig  = []byte{0xff, 0xd8}
	jpgJFIF = []byte{0xff, 0xe0}
	jpgExif = []byte{0xff, 0xe1}
	gifSig  = []byte("GIF8")
	bmpSig  = []byte("BM")
)

// Detect recognises an image by its signature.
func Detect(data []byte) Type {
	switch {
	case len(data) > len(pngSig) && bytes.HasPrefix(data, pngSig):
		return PNG
	case len(data) > 10 && bytes.HasPrefix(data, jpgSig) &&
		(bytes.HasPrefix(data[2:], jpgJFIF) || bytes.HasPrefix(data[2:], jpgExif)):
		return JPEG
	case len(data) > len(gifSig) && bytes.HasPrefix(data, gifSig):
		return GIF
	case len(data) > len(bmpSig) && bytes.HasPrefix(data, bmpSig):
		return BMP
	}
	return Unknown
}

// Parse reads an image of the format the content detector found (its
// extension: "png", "jpg", "jpeg", "gif", "bmp"); with no extension the
// format is recognised from the signature. It returns nil when the format
// is not supported or the data is too short.
func Parse(ext string, data []byte) *Image {
	t := Unknown
	if ext != "" {
		switch encoding.LowerASCII(ext) {
		case "png":
			t = PNG
		case "jpg", "jpeg":
			t = JPEG
		case "gif":
			t = GIF
		case "bmp":
			t = BMP
		default:
			return nil
		}
	} else {
		t = Detect(data)
	}
	var img *Image
	switch t {
	case PNG:
		img = parsePNG(data)
	case JPEG:
		img = parseJPEG(data)
	case GIF:
		if len(data) >= 10 {
			img = &Image{Type: GIF, Width: uint32(binary.LittleEndian.Uint16(data[6:])),
				Height: uint32(binary.LittleEndian.Uint16(data[8:]))}
		}
	case BMP:
		if len(data) >= 28 {
			img = &Image{Type: BMP, Width: binary.LittleEndian.Uint32(data[18:]),
				Height: binary.LittleEndian.Uint32(data[22:])}
		}
	}
	if img != nil {
		img.Size = len(data)
	}
	return img
}

func parsePNG(data []byte) *Image {
	if len(data) < 24 || !bytes.Equal(data[12:16], []byte("IHDR")) {
		return nil
	}
	return &Image{Type: PNG, Width: binary.BigEndian.Uint32(data[16:]), Height: binary.BigEndian.Uint32(data[20:])}
}

// parseJPEG walks the markers up to a start of frame.
func parseJPEG(data []byte) *Image {
	if len(data) < 12 {
		return nil
	}
	end := len(data) - 8
	for p := 2; p < end; {
		if data[p] == 0xFF && data[p+1] != 0xFF {
			n := int(data[p+2])*256 + int(data[p+3])
			p++
			switch data[p] {
			case 0xc0, 0xc1, 0xc2, 0xc3, 0xc9, 0xca, 0xcb:
				return &Image{Type: JPEG,
					Height: uint32(data[p+4])*256 + uint32(data[p+5]),
					Width:  uint32(data[p+6])*256 + uint32(data[p+7])}
			}
			p += n
		} else {
			p++
		}
	}
	return nil
}
