package luaapi

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"math"

	"github.com/klauspost/compress/zstd"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// Compression functions of rspamd_util (upstream's lua_compress.c): zstd
// through klauspost/compress, gzip and deflate through the standard
// library. Decompressed data equals upstream's; compressed bytes may differ
// from libzstd's and zlib's while decoding to the same data.

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
	level := flate.DefaultCompression
	if s.IsNumber(2) {
		level = int(int32(s.ToInteger(2)))
		if level > flate.BestCompression || level < flate.BestSpeed {
			return s.Errorf("invalid arguments: compression level must be between %d and %d",
				flate.BestSpeed, flate.BestCompression)
		}
	}
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, level)
	if err != nil {
		return s.Errorf("cannot init zlib: %s", err.Error())
	}
	// zlib writes an empty header with the Unix OS byte
	w.OS = 3
	w.Write(in)
	w.Close()
	rt.PushOwnedText(s, out.Bytes())
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
	var r io.Reader
	var err error
	switch {
	case isGzip:
		var gz *gzip.Reader
		if gz, err = gzip.NewReader(bytes.NewReader(in)); err == nil {
			gz.Multistream(false)
			r = gz
		}
	case len(in) > 0 && in[0]&0x0f == 8:
		r, err = zlib.NewReader(bytes.NewReader(in))
	default:
		r = flate.NewReader(bytes.NewReader(in))
	}
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			rt.PushOwnedText(s, []byte{})
			return 1
		}
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zlib_decompress", "cannot decompress data: %s", err.Error())
		s.PushNil()
		return 1
	}
	max := int64(math.MaxUint32 / 2)
	if limit > 0 {
		max = min(max, limit)
	}
	var out bytes.Buffer
	_, err = out.ReadFrom(io.LimitReader(r, max+1))
	if int64(out.Len()) > max {
		s.PushNil()
		return 1
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zlib_decompress", "cannot decompress data: %s", err.Error())
		s.PushNil()
		return 1
	}
	rt.PushOwnedText(s, out.Bytes())
	return 1
}
