package luaapi

import (
	"bytes"
	"testing"

	"github.com/gorspamd/rspamd/internal/zstd"
)

// Tests of rspamd_util.zstd_compress and zstd_decompress (internal/zstd's
// Compress, zstdDecompress); their outputs against the oracle's are the
// "u." lines of compat-tests/luaapi/zstd.lua.

func TestZstdOneShot(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdefghijklmnopqrstuvwxyz"), 30000)
	for _, level := range []int{1, 3, 19, -5, 0, 100, -200000} {
		frame, err := zstd.Compress(data, level)
		if err != nil {
			t.Fatalf("level %d: %v", level, err)
		}
		back, failure := zstdDecompress(frame)
		if failure != "" || !bytes.Equal(back, data) {
			t.Errorf("level %d: round trip gives %d bytes, %q", level, len(back), failure)
		}
	}
	empty, err := zstd.Compress(nil, 1)
	if err != nil || len(empty) != 9 {
		t.Errorf("empty input: %x %v, want a 9-byte frame", empty, err)
	}
	if back, failure := zstdDecompress(nil); failure != "" || len(back) != 0 {
		t.Errorf("no input: %q %q, want nothing", back, failure)
	}

	frame, _ := zstd.Compress(data, 1)
	// a truncated frame gives what was decoded before the cut
	if back, failure := zstdDecompress(frame[:len(frame)/2]); failure != "" || !bytes.HasPrefix(data, back) {
		t.Errorf("truncated frame: %d bytes, %q", len(back), failure)
	}
	twice := append(bytes.Clone(frame), frame...)
	if back, _ := zstdDecompress(twice); len(back) != 2*len(data) {
		t.Errorf("two frames give %d bytes, want %d", len(back), 2*len(data))
	}
	// a header declaring 2^60 bytes of content: upstream's g_malloc
	// aborts, here libzstd's allocation error
	huge := []byte{0x28, 0xb5, 0x2f, 0xfd, 0xc0, 0x00, 0, 0, 0, 0, 0, 0, 0, 0x10, 0x01, 0x00, 0x00}
	for _, c := range []struct {
		in   []byte
		want string
	}{
		{[]byte("not zstd at all"), "Unknown frame descriptor"},
		{append(bytes.Clone(frame), "garbage"...), "Unknown frame descriptor"},
		{huge, "Allocation error : not enough memory"},
	} {
		if back, failure := zstdDecompress(c.in); failure != c.want || back != nil {
			t.Errorf("%x: %d bytes, %q, want %q", c.in, len(back), failure, c.want)
		}
	}
}

// TestUtilZstdFromLua checks what the Lua functions return: a text; nil
// and a text, or the error name and nil.
func TestUtilZstdFromLua(t *testing.T) {
	rt := newRuntime(t)
	err := rt.L.DoString(`
		local util = require "rspamd_util"
		local z = util.zstd_compress("hello world", 19)
		assert(type(z) == "userdata" and z:len() == 20)
		local err, out = util.zstd_decompress(z)
		assert(err == nil and type(out) == "userdata" and out:str() == "hello world")
		err, out = util.zstd_decompress(util.zstd_compress(require("rspamd_text").fromstring("txt")))
		assert(err == nil and out:str() == "txt")
		err, out = util.zstd_decompress("not zstd")
		assert(err == "Unknown frame descriptor" and out == nil)
		assert(not pcall(util.zstd_compress, 12))
		assert(not pcall(util.zstd_decompress, nil))
	`)
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzZstdDecompress decompresses random input: no crash, and output
// only without an error.
func FuzzZstdDecompress(f *testing.F) {
	frame, _ := zstd.Compress(bytes.Repeat([]byte("seed data "), 100), 3)
	f.Add(frame)
	f.Add(frame[:len(frame)-2])
	f.Add([]byte("not zstd"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out, failure := zstdDecompress(in)
		if failure != "" && out != nil {
			t.Errorf("%q with %d bytes", failure, len(out))
		}
	})
}
