package luaapi

import (
	"regexp"
	"testing"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
)

// FuzzLoggerFormat formats random formats with every kind of argument: no
// panic, Lua errors only as upstream raises them, and output within the
// log buffer.
func FuzzLoggerFormat(f *testing.F) {
	for _, seed := range []string{"%s", "%1 %2 %3", "%d %ud %f %.2f", "%", "%%", "%31 %32", "%.f", "%u", "%5d", "%s%s%s%s%s%s%s%s%s%s"} {
		f.Add(seed)
	}
	rt := newRuntime(f)
	rt.Logger = logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, nil, nil)
	s := rt.L
	if err := s.DoString(`local l = require "rspamd_logger"
		local t = {1, {2, {3}}, x = 'y'} t.self = t
		fmt = function(f) return l.slog(f, 'str', 42, -1.5, t, nil, true, '12', '\1\n') end`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, format string) {
		s.GetGlobal("fmt")
		s.PushString(format)
		if err := s.PCall(1, 1); err != nil {
			t.Fatalf("%q: %v", format, err)
		}
		out, _ := s.ToString(-1)
		s.Pop(1)
		if len(out) >= logBufSize {
			t.Fatalf("%q: %d bytes", format, len(out))
		}
	})
}

var hugeSize = regexp.MustCompile(`[0-9]{6}`)

// FuzzPack runs random formats through pack, packsize and unpack: no
// panic, only Lua errors.
func FuzzPack(f *testing.F) {
	for _, seed := range []string{"i4", "<I2 >j z s1", "!8 b Xi8 d", "c3 x f", "i16", "s", "X", "!3 i4", "i0", "c"} {
		f.Add(seed, "\x01\x02\x03\x04\x05\x06\x07\x08abc\x00")
	}
	rt := newRuntime(f)
	s := rt.L
	if err := s.DoString(`local u = require "rspamd_util"
		check = function(f, data)
			pcall(u.packsize, f)
			pcall(u.pack, f, 1, 'str', 2.5, 3, 'x', 4)
			pcall(u.unpack, f, data)
			pcall(u.unpack, f, data, -3)
		end`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, format, data string) {
		if hugeSize.MatchString(format) {
			t.Skip("sizes of megabytes only cost time")
		}
		s.GetGlobal("check")
		s.PushString(format)
		s.PushString(data)
		if err := s.PCall(2, 0); err != nil {
			t.Fatalf("%q: %v", format, err)
		}
	})
}

// FuzzUCL parses random text with the ucl module and converts the result
// back and forth: no panic, only Lua errors.
func FuzzUCL(f *testing.F) {
	for _, seed := range []string{"a = 1; b { c = [1, 2]; } a = 2;", `{"x": null, "y": [true, 1.5]}`, "key = ;", "arr = [[], {}];"} {
		f.Add(seed)
	}
	rt := newRuntime(f)
	s := rt.L
	if err := s.DoString(`local ucl = require "ucl"
		check = function(text)
			local p = ucl.parser()
			if p:parse_string(text) then
				local obj = p:get_object()
				ucl.to_format(obj, 'json', true)
				ucl.to_format(obj, 'config')
				local w = p:get_object_wrapped()
				w:tostring()
				w:unwrap()
				for _, v in w:pairs() do v:type() end
			end
		end`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s.GetGlobal("check")
		s.PushString(text)
		if err := s.PCall(1, 0); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
	})
}

// FuzzStrutil feeds the string helpers random input: no panic, and the
// documented properties.
func FuzzStrutil(f *testing.F) {
	f.Add([]byte("Subject"), []byte("a, b; \"quoted, text\" c\r\n d"), 20)
	f.Add([]byte("X"), []byte("87cURD]i,\"Ebo80~>"), 76)
	f.Fuzz(func(t *testing.T, a, b []byte, n int) {
		for _, nl := range []encoding.Newline{encoding.NewlineCR, encoding.NewlineLF, encoding.NewlineCRLF} {
			foldHeader(a, b, nl, "", false)
			foldHeader(a, b, nl, ",;", true)
			encodeQP(b, n%200, nl)
		}
		decodeASCII85(b)
		if d := levenshtein(a, b, 1); d < 0 || d > max(len(a), len(b)) {
			t.Fatalf("distance %d for %q, %q", d, a, b)
		}
		lowerUTF8InPlace(append([]byte(nil), b...))
		lowerUTF8(b)
		questionInvalid(append([]byte(nil), b...))
		httpDate(int64(n) * 1000003)
	})
}
