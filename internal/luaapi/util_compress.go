package luaapi

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/zstd"
)

// Compression functions of rspamd_util (upstream's lua_compress.c): zstd
// through libzstd (zstd.go), gzip and deflate through zlib (util_cgo.go),
// as upstream.

// compressInput returns the string or text argument, raising "invalid
// arguments" otherwise.
func (rt *Runtime) compressInput(s *lua.State) []byte {
	in, ok := rt.textOrString(s, 1)
	if !ok {
		s.Raisef("invalid arguments")
	}
	return in
}

// utilZstdCompress is zstd_compress(data[, level]): the frame as a text
// (level 1 unless a number is given), nil when libzstd fails.
func (rt *Runtime) utilZstdCompress(s *lua.State) int {
	in := rt.compressInput(s)
	level := 1
	if s.Type(2) == lua.TypeNumber {
		level = int(int32(s.ToInteger(2)))
	}
	out, err := zstd.Compress(in, level)
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zstd_compress", "cannot compress data: %s", err)
		s.PushNil()
		return 1
	}
	rt.PushOwnedText(s, out)
	return 1
}

// utilZstdDecompress is zstd_decompress(data): nil and the output as a
// text (what was decoded for a truncated frame), or libzstd's error name
// and nil.
func (rt *Runtime) utilZstdDecompress(s *lua.State) int {
	in := rt.compressInput(s)
	out, failure := zstdDecompress(in)
	if failure != "" {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_compress_zstd_decompress", "cannot decompress data: %s", failure)
		s.PushString(failure)
		s.PushNil()
		return 2
	}
	s.PushNil()
	rt.PushOwnedText(s, out)
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
