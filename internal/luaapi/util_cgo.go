package luaapi

/*
#cgo pkg-config: zlib
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <zlib.h>

typedef struct {
	unsigned char *buf;
	size_t len;
	int rc;          // zlib status of a failure, Z_OK otherwise
	const char *msg; // zlib's message of a failure
	int toolarge;    // the output went past the limit
} gol_zres;

// gol_zrun runs deflate (with Z_FINISH) or inflate (inflating != 0, with
// Z_NO_FLUSH) over the input already set in zs into a buffer of cap bytes,
// grown when full as rspamd_util does: for deflate by what is left of the
// input, for inflate doubled, unless that passes the limit (limit <= 0:
// none, but never 2 GiB). The caller ends the stream.
static gol_zres gol_zrun(z_stream *zs, size_t cap, int inflating, int64_t limit) {
	gol_zres r = {0};
	r.buf = malloc(cap > 0 ? cap : 1);
	size_t used = 0;
	while (zs->avail_in != 0) {
		zs->next_out = r.buf + used;
		zs->avail_out = cap - used;
		int rc = inflating ? inflate(zs, Z_NO_FLUSH) : deflate(zs, Z_FINISH);
		if (rc == Z_STREAM_END) {
			break;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			r.rc = rc;
			r.msg = zs->msg;
			return r;
		}
		used = zs->total_out;
		if (zs->avail_out == 0 && zs->avail_in != 0) {
			if (!inflating) {
				cap += zs->avail_in;
			} else if ((limit > 0 || used >= UINT32_MAX / 2) && ((int64_t) used > limit || used >= UINT32_MAX / 2)) {
				r.toolarge = 1;
				return r;
			} else {
				cap = used * 2;
			}
			r.buf = realloc(r.buf, cap);
		}
	}
	r.len = zs->total_out;
	r.rc = Z_OK;
	return r;
}

// gol_gzip compresses in as a gzip stream the way rspamd_util.gzip_compress
// does (one deflate call with Z_FINISH per buffer, the buffer sized by
// deflateBound and grown by what is left of the input).
static gol_zres gol_gzip(const unsigned char *in, size_t inlen, int level) {
	gol_zres r = {0};
	z_stream zs;
	memset(&zs, 0, sizeof(zs));
	r.rc = deflateInit2(&zs, level, Z_DEFLATED, MAX_WBITS + 16, MAX_MEM_LEVEL - 1, Z_DEFAULT_STRATEGY);
	if (r.rc != Z_OK) {
		return r;
	}
	zs.next_in = (unsigned char *) in;
	zs.avail_in = inlen;
	r = gol_zrun(&zs, deflateBound(&zs, inlen), 0, 0);
	deflateEnd(&zs);
	return r;
}

// gol_inflate decompresses gzip (gzip != 0) or zlib/raw deflate data with
// rspamd_util.inflate's buffer growth and size limit (limit <= 0: none).
static gol_zres gol_inflate(const unsigned char *in, size_t inlen, int gzip, int64_t limit) {
	gol_zres r = {0};
	z_stream zs;
	int wbits = gzip ? MAX_WBITS + 16 : MAX_WBITS;
	size_t cap = inlen * 2;
	if (limit > 0 && (size_t) limit < cap) {
		cap = limit;
	}
	// a zlib stream declares deflate in the low nibble of its first byte
	if (!gzip && inlen > 0 && (unsigned char) (in[0] << 4) != 0x80) {
		wbits = -wbits;
	}
	memset(&zs, 0, sizeof(zs));
	r.rc = inflateInit2(&zs, wbits);
	if (r.rc != Z_OK) {
		return r;
	}
	zs.next_in = (unsigned char *) in;
	zs.avail_in = inlen;
	r = gol_zrun(&zs, cap, 1, limit);
	inflateEnd(&zs);
	return r;
}

static int gol_glob(const char *pattern, int append, glob_t *gl) {
	return glob(pattern, append ? GLOB_APPEND : 0, NULL, gl);
}
static const char *gol_glob_path(glob_t *gl, size_t i) {
	return gl->gl_pathv[i];
}
*/
import "C"

import (
	"unsafe"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/lua"
)

// The parts of rspamd_util that call the C library: glob(3) and zlib (for
// gzip output and error messages identical to upstream's).

// zresult converts a zlib result: the bytes, or what failed ("data error
// (last error: incorrect header check)"); tooLarge reports an output past
// the size limit.
func zresult(r C.gol_zres) (out []byte, failure string, tooLarge bool) {
	if r.buf != nil {
		defer C.free(unsafe.Pointer(r.buf))
	}
	switch {
	case r.toolarge != 0:
		return nil, "", true
	case r.rc != C.Z_OK:
		msg := "(null)"
		if r.msg != nil {
			msg = C.GoString(r.msg)
		}
		return nil, C.GoString(C.zError(r.rc)) + " (last error: " + msg + ")", false
	}
	return C.GoBytes(unsafe.Pointer(r.buf), C.int(r.len)), "", false
}

// gzipCompress compresses data as a gzip stream at level (1..9, or -1).
func gzipCompress(data []byte, level int) ([]byte, string) {
	out, failure, _ := zresult(C.gol_gzip(cbytes(data), C.size_t(len(data)), C.int(level)))
	return out, failure
}

// inflate decompresses gzip or zlib/raw deflate data with an optional
// size limit (<= 0: none).
func inflate(data []byte, gzip bool, limit int64) (out []byte, failure string, tooLarge bool) {
	g := 0
	if gzip {
		g = 1
	}
	return zresult(C.gol_inflate(cbytes(data), C.size_t(len(data)), C.int(g), C.int64_t(limit)))
}

// cbytes points C at data (which C only reads during the call).
func cbytes(data []byte) *C.uchar {
	if len(data) == 0 {
		return nil
	}
	return (*C.uchar)(unsafe.Pointer(unsafe.SliceData(data)))
}

// utilGlob is rspamd_util.glob(pattern, ...): the paths the C library's
// glob matches for all patterns (sorted per pattern), or an empty table as
// soon as one pattern fails or matches nothing.
func utilGlob(s *lua.State) int {
	var gl C.glob_t
	defer C.globfree(&gl)
	for i := 1; i <= s.GetTop(); i++ {
		pattern := C.CString(cconv.CString(s.CheckString(i)))
		rc := C.gol_glob(pattern, C.int(min(i-1, 1)), &gl)
		C.free(unsafe.Pointer(pattern))
		if rc != 0 {
			s.NewTable(0, 0)
			return 1
		}
	}
	n := int(gl.gl_pathc)
	s.NewTable(n, 0)
	for i := 0; i < n; i++ {
		s.PushString(C.GoString(C.gol_glob_path(&gl, C.size_t(i))))
		s.RawSetInt(-2, i+1)
	}
	return 1
}
