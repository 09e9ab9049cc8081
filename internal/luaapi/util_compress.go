package luaapi

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/klauspost/compress/zstd"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// Compression functions of rspamd_util (upstream's lua_compress.c): zstd
// through klauspost/compress (compressed bytes may differ from libzstd's
// while decoding to the same data), gzip and deflate through zlib as
// upstream (util_cgo.go).

// compressInput returns the string or text argument, raising "invalid
// arguments" otherwise.
func (rt *Runtime) compressInput(s *lua.State) []byte {
	in, ok := rt.textOrString(s, 1)
	if !ok {
		s.Raisef("invalid arguments")
	}
	return in
}

func (rt *Runtime) utilZstdCompress(s *lua.State) int {
	in := rt.compressInput(s)
	level := 1
	if s.Type(2) == lua.TypeNumber {
		level = int(int32(s.ToInteger(2)))
	}
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.EncoderLevelFromZstd(level)),
		zstd.WithEncoderConcurrency(1), zstd.WithZeroFrames(true))
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zstd_compress", "cannot compress data: %s", err.Error())
		s.PushNil()
		return 1
	}
	defer enc.Close()
	rt.PushOwnedText(s, enc.EncodeAll(in, nil))
	return 1
}

// zstdErrorName names decoding errors as ZSTD_getErrorName does for the
// common cases.
func zstdErrorName(err error) string {
	switch {
	case errors.Is(err, zstd.ErrMagicMismatch):
		return "Unknown frame descriptor"
	case errors.Is(err, zstd.ErrCRCMismatch):
		return "Restored data doesn't match checksum"
	case errors.Is(err, zstd.ErrWindowSizeExceeded), errors.Is(err, zstd.ErrDecoderSizeExceeded):
		return "Frame requires too much memory for decoding"
	}
	return "Data corruption detected"
}

func (rt *Runtime) utilZstdDecompress(s *lua.State) int {
	in := rt.compressInput(s)
	dec, err := zstd.NewReader(bytes.NewReader(in), zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(1<<31))
	if err == nil {
		defer dec.Close()
		var out bytes.Buffer
		_, err = out.ReadFrom(dec)
		// a truncated frame gives what was decoded, as upstream's
		// streaming loop does
		if err == nil || errors.Is(err, io.ErrUnexpectedEOF) {
			s.PushNil()
			rt.PushOwnedText(s, out.Bytes())
			return 2
		}
	}
	name := zstdErrorName(err)
	rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zstd_decompress", "cannot decompress data: %s", name)
	s.PushString(name)
	s.PushNil()
	return 2
}

func (rt *Runtime) utilGzipCompress(s *lua.State) int {
	in := rt.compressInput(s)
	level := -1
	if s.IsNumber(2) {
		level = int(int32(s.ToInteger(2)))
		if level > 9 || level < 1 {
			return s.Errorf("invalid arguments: compression level must be between %d and %d", 1, 9)
		}
	}
	out, failure := gzipCompress(in, level)
	if failure != "" {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zlib_compress", "cannot compress data: %s", failure)
		s.PushNil()
		return 1
	}
	rt.PushOwnedText(s, out)
	return 1
}

// utilInflate decompresses gzip (isGzip) or zlib/raw deflate data, with an
// optional output size limit: nil when the output exceeds it or the data
// is corrupt; a truncated stream gives what it holds.
func (rt *Runtime) utilInflate(s *lua.State, isGzip bool) int {
	in := rt.compressInput(s)
	limit := int64(-1)
	if s.Type(2) == lua.TypeNumber {
		limit = s.ToInteger(2)
		if limit <= 0 {
			return s.Errorf("invalid arguments (size_limit)")
		}
	}
	out, failure, tooLarge := inflate(in, isGzip, limit)
	if failure != "" || tooLarge {
		if failure != "" && !strings.HasPrefix(failure, "need dictionary") {
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zlib_decompress", "cannot decompress data: %s", failure)
		}
		s.PushNil()
		return 1
	}
	rt.PushOwnedText(s, out)
	return 1
}
