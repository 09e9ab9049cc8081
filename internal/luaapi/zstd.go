package luaapi

/*
#cgo pkg-config: libzstd
#include <stdlib.h>
#include <zstd.h>
#include <zstd_errors.h>

typedef struct {
	char *buf;
	size_t len;
	int err; // ZSTD_ErrorCode of a failure, 0 otherwise
} gol_zstd_res;

// gol_zstd_stream runs one stream() call of a compression (cctx) or a
// decompression (dctx) context as upstream's lua_compress.c does: the
// output buffer starts at the stream's input size and doubles (or grows
// to the hint) until the call returns 0. Upstream loops for ever once
// the input is used up while the library still waits for more (a
// truncated frame); here the call ends there with what it has.
static gol_zstd_res gol_zstd_stream(ZSTD_CCtx *cctx, ZSTD_DCtx *dctx,
		const void *in, size_t inlen, int op) {
	gol_zstd_res r = {0};
	ZSTD_inBuffer inb = {in, inlen, 0};
	ZSTD_outBuffer onb = {NULL, cctx ? ZSTD_CStreamInSize() : ZSTD_DStreamInSize(), 0};
	for (;;) {
		void *dst = realloc(onb.dst, onb.size);
		if (dst == NULL) {
			r.err = ZSTD_error_memory_allocation;
			break;
		}
		onb.dst = dst;
		size_t dlen = onb.size;
		size_t before = onb.pos;
		int res = (int) (cctx ? ZSTD_compressStream2(cctx, &onb, &inb, (ZSTD_EndDirective) op)
			: ZSTD_decompressStream(dctx, &onb, &inb));
		if (res == 0) {
			break;
		}
		if ((r.err = ZSTD_getErrorCode((size_t) res)) != 0) {
			break;
		}
		if (inb.pos == inb.size && onb.pos < onb.size && onb.pos == before) {
			break;
		}
		onb.size *= 2;
		res += dlen;
		if (onb.size < (size_t) res) {
			onb.size = res;
		}
	}
	r.buf = onb.dst;
	r.len = onb.pos;
	return r;
}

// gol_zstd_decompress decompresses in as upstream's
// rspamd_util.zstd_decompress does: the output buffer starts at the
// frame's declared content size (ZSTD_DStreamOutSize() when unknown or
// empty) and doubles while input is left and the buffer is full; the
// loop ends once the input is used up, so a truncated frame gives what
// was decoded. A failed allocation is an error here (upstream aborts),
// and a call making no progress ends the loop (upstream would spin).
static gol_zstd_res gol_zstd_decompress(const void *in, size_t inlen) {
	gol_zstd_res r = {0};
	ZSTD_DCtx *dctx = ZSTD_createDCtx();
	if (dctx == NULL) {
		r.err = ZSTD_error_memory_allocation;
		return r;
	}
	unsigned long long known = ZSTD_getFrameContentSize(in, inlen);
	ZSTD_inBuffer inb = {in, inlen, 0};
	ZSTD_outBuffer onb = {NULL, 0, 0};
	onb.size = (known == 0 || known >= ZSTD_CONTENTSIZE_ERROR)
		? ZSTD_DStreamOutSize() : (size_t) known;
	onb.dst = malloc(onb.size);
	if (onb.dst == NULL) {
		r.err = ZSTD_error_memory_allocation;
	}
	while (r.err == 0 && inb.pos < inb.size) {
		size_t inpos = inb.pos, outpos = onb.pos;
		size_t res = ZSTD_decompressStream(dctx, &onb, &inb);
		if (ZSTD_isError(res)) {
			r.err = ZSTD_getErrorCode(res);
		} else if (inb.pos < inb.size && onb.pos == onb.size) {
			void *dst = onb.size * 2 > onb.size ? realloc(onb.dst, onb.size * 2) : NULL;
			if (dst == NULL) {
				r.err = ZSTD_error_memory_allocation;
			} else {
				onb.dst = dst;
				onb.size *= 2;
			}
		} else if (inb.pos == inpos && onb.pos == outpos) {
			break;
		}
	}
	ZSTD_freeDCtx(dctx);
	if (r.err != 0) {
		free(onb.dst);
		return r;
	}
	r.buf = onb.dst;
	r.len = onb.pos;
	return r;
}
*/
import "C"

import (
	"bytes"
	"fmt"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_zstd (upstream's lua_compress.c): streaming zstd compression and
// decompression contexts, rspamd{zstd_compress} and
// rspamd{zstd_decompress}, and the one-shot zstdDecompress behind
// rspamd_util.zstd_decompress (util_compress.go), over libzstd as
// upstream; zstd_compress is internal/zstd's Compress.

const (
	zstdCompressClass   = "rspamd{zstd_compress}"
	zstdDecompressClass = "rspamd{zstd_decompress}"
)

// zstdCCtx and zstdDCtx are the values of the context classes.
type (
	zstdCCtx struct{ p *C.ZSTD_CCtx }
	zstdDCtx struct{ p *C.ZSTD_DCtx }
)

// zstdStreamOps are the operations of compress_ctx:stream, in the
// order of ZSTD_EndDirective.
var zstdStreamOps = []string{"continue", "flush", "end"}

func init() {
	defineClass(zstdCompressClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "stream", Func: rt.zstdCompressStream}}
	}, func(rt *Runtime, c *lua.Class) {
		c.SetFinalizer(func(v any) { C.ZSTD_freeCCtx(v.(*zstdCCtx).p) })
	})
	defineClass(zstdDecompressClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "stream", Func: rt.zstdDecompressStream}}
	}, func(rt *Runtime, c *lua.Class) {
		c.SetFinalizer(func(v any) { C.ZSTD_freeDCtx(v.(*zstdDCtx).p) })
	})
	defineLib("rspamd_zstd", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "compress_ctx", Func: func(s *lua.State) int {
				p := C.ZSTD_createCCtx()
				if p == nil {
					return s.Errorf("context create failed")
				}
				s.PushUserdata(rt.Class(zstdCompressClass), &zstdCCtx{p})
				return 1
			}},
			{Name: "decompress_ctx", Func: func(s *lua.State) int {
				p := C.ZSTD_createDCtx()
				if p == nil {
					return s.Errorf("context create failed")
				}
				s.PushUserdata(rt.Class(zstdDecompressClass), &zstdDCtx{p})
				return 1
			}},
		}
	})
}

// checkOption is LuaJIT's luaL_checkoption: the index in opts of the
// string (or number) argument narg, def when it is anything else.
func checkOption(s *lua.State, narg int, def string, opts []string) int {
	name := def
	if t := s.Type(narg); t == lua.TypeString || t == lua.TypeNumber {
		name, _ = s.ToString(narg)
	}
	for i, o := range opts {
		if o == name {
			return i
		}
	}
	s.RaiseArgError(narg, fmt.Sprintf("invalid option '%s'", name))
	return 0
}

// pushZstdError pushes nil and upstream's "zstd error <code> (<text>)".
func pushZstdError(s *lua.State, code C.int) int {
	s.PushNil()
	s.PushString(fmt.Sprintf("zstd error %d (%s)", int(code), zstdErrorName(code)))
	return 2
}

// zstdStreamResult pushes the outcome of gol_zstd_stream.
func (rt *Runtime) zstdStreamResult(s *lua.State, r C.gol_zstd_res) int {
	out := zstdResBytes(r)
	if r.err != 0 {
		return pushZstdError(s, r.err)
	}
	rt.PushOwnedText(s, out)
	return 1
}

// zstdResBytes copies the output of r into Go memory and frees it.
func zstdResBytes(r C.gol_zstd_res) []byte {
	defer C.free(unsafe.Pointer(r.buf))
	if r.buf == nil {
		return nil
	}
	return bytes.Clone(unsafe.Slice((*byte)(unsafe.Pointer(r.buf)), int(r.len)))
}

// zstdErrorName is ZSTD_getErrorName's text of a ZSTD_ErrorCode.
func zstdErrorName(code C.int) string {
	return C.GoString(C.ZSTD_getErrorString(C.ZSTD_ErrorCode(code)))
}

// zstdDecompress decompresses in as upstream's
// rspamd_util.zstd_decompress (gol_zstd_decompress); the error is
// ZSTD_getErrorName's text.
func zstdDecompress(in []byte) ([]byte, string) {
	r := C.gol_zstd_decompress(zstdInput(in), C.size_t(len(in)))
	out := zstdResBytes(r)
	if r.err != 0 {
		return nil, zstdErrorName(r.err)
	}
	return out, ""
}

// zstdInput returns a pointer to in for C (nil when empty: upstream
// passes the text's start, which C never reads for an empty input).
func zstdInput(in []byte) unsafe.Pointer {
	if len(in) == 0 {
		return nil
	}
	return unsafe.Pointer(&in[0])
}

// zstdCompressStream is compress_ctx:stream(data[, op]): the compressed
// output the call gives, op being "continue" (the default), "flush" or
// "end" (which ends the frame).
func (rt *Runtime) zstdCompressStream(s *lua.State) int {
	ctx := lua.Check[*zstdCCtx](s, 1, rt.Class(zstdCompressClass))
	in, ok := rt.textOrString(s, 2)
	op := checkOption(s, 3, zstdStreamOps[0], zstdStreamOps)
	if !ok {
		return s.Errorf("invalid arguments")
	}
	return rt.zstdStreamResult(s, C.gol_zstd_stream(ctx.p, nil, zstdInput(in), C.size_t(len(in)), C.int(op)))
}

// zstdDecompressStream is decompress_ctx:stream(data): the output the
// input gives.
func (rt *Runtime) zstdDecompressStream(s *lua.State) int {
	ctx := lua.Check[*zstdDCtx](s, 1, rt.Class(zstdDecompressClass))
	in, ok := rt.textOrString(s, 2)
	if !ok {
		return s.Errorf("invalid arguments")
	}
	if len(in) == 0 {
		return pushZstdError(s, C.ZSTD_error_init_missing)
	}
	return rt.zstdStreamResult(s, C.gol_zstd_stream(nil, ctx.p, zstdInput(in), C.size_t(len(in)), 0))
}
