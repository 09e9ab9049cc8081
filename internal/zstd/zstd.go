// Package zstd is the project's one way to zstd: one-shot compression and
// rspamd's bounded decompression (maps, and later the protocol and the
// proxy) over libzstd, the library rspamd links, so outputs and error
// texts (ZSTD_getErrorName's) are the library's own, not an imitation.
package zstd

/*
#cgo pkg-config: libzstd
#include <zstd.h>

// gol_zstd_dstep runs ZSTD_decompressStream once over dst[*dpos:dsize]
// and src[*spos:ssize], moving both positions.
static size_t gol_zstd_dstep(ZSTD_DStream *z, void *dst, size_t dsize, size_t *dpos,
		const void *src, size_t ssize, size_t *spos) {
	ZSTD_outBuffer out = {dst, dsize, *dpos};
	ZSTD_inBuffer in = {src, ssize, *spos};
	size_t r = ZSTD_decompressStream(z, &out, &in);
	*dpos = out.pos;
	*spos = in.pos;
	return r;
}
*/
import "C"

import (
	"bytes"
	"errors"
	"fmt"
	"unsafe"
)

// magic starts every zstd frame.
var magic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// HasMagic reports whether b starts with a zstd frame's magic number.
func HasMagic(b []byte) bool { return bytes.HasPrefix(b, magic) }

// errorName is ZSTD_getErrorName's text of a libzstd result.
func errorName(r C.size_t) string { return C.GoString(C.ZSTD_getErrorName(r)) }

// ptr returns a pointer to b for C: nil when b is empty, which libzstd
// never reads then.
func ptr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// Compress compresses in as one frame at level (clamped by libzstd to its
// range) with ZSTD_compress into a buffer of ZSTD_compressBound; the
// error's text is ZSTD_getErrorName's.
func Compress(in []byte, level int) ([]byte, error) {
	bound := C.ZSTD_compressBound(C.size_t(len(in)))
	if C.ZSTD_isError(bound) != 0 {
		return nil, errors.New(errorName(bound))
	}
	out := make([]byte, int(bound))
	n := C.ZSTD_compress(ptr(out), bound, ptr(in), C.size_t(len(in)), C.int(level))
	if C.ZSTD_isError(n) != 0 {
		return nil, errors.New(errorName(n))
	}
	return out[:int(n)], nil
}

// DecompressBounded is rspamd_zstd_decompress_bounded: every frame of in,
// at most max bytes of output (0: no limit). A declared frame size over
// max fails before decoding; input that ends inside a frame gives what
// was decoded so far. The errors are worded as upstream's.
func DecompressBounded(in []byte, max int64) ([]byte, error) {
	z := C.ZSTD_createDStream()
	if z == nil {
		return nil, errors.New("cannot initialize zstd decompressor")
	}
	defer C.ZSTD_freeDStream(z)
	if C.ZSTD_isError(C.ZSTD_initDStream(z)) != 0 {
		return nil, errors.New("cannot initialize zstd decompressor")
	}
	size := uint64(C.ZSTD_getFrameContentSize(ptr(in), C.size_t(len(in))))
	switch {
	case size == 0 || size >= uint64(C.ZSTD_CONTENTSIZE_ERROR):
		size = uint64(C.ZSTD_DStreamOutSize())
	case max > 0 && size > uint64(max):
		return nil, fmt.Errorf("declared decompressed size %d exceeds limit %d", size, max)
	}
	if max > 0 && size > uint64(max) {
		size = uint64(max)
	}
	out := make([]byte, int(size))
	var dpos, spos C.size_t
	for {
		r := C.gol_zstd_dstep(z, ptr(out), C.size_t(len(out)), &dpos, ptr(in), C.size_t(len(in)), &spos)
		if C.ZSTD_isError(r) != 0 {
			return nil, fmt.Errorf("decompression error: %s", errorName(r))
		}
		done := int(spos) == len(in)
		if done && r == 0 {
			break
		}
		if int(dpos) == len(out) {
			if max > 0 && int64(len(out)) >= max {
				return nil, fmt.Errorf("decompressed size exceeds limit %d", max)
			}
			grown := 2*len(out) + 1
			if max > 0 && int64(grown) > max {
				grown = int(max)
			}
			out = append(out, make([]byte, grown-len(out))...)
		} else if done {
			break
		}
	}
	return out[:int(dpos)], nil
}
