package luaapi

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"slices"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sys/unix"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/url"
)

// The rspamd_util module (upstream's lua_util.c): encodings, hashes,
// compression, time, files and string helpers that need no task (the
// rspamd{int64} class lives in int64.go). Functions that work on
// message content (parse_mail_address, parse_html, get_tld, ...) are added
// by the files that own them through defineUtil.

// utilExtra are functions other files add to rspamd_util.
var utilExtra []struct {
	name string
	fn   func(rt *Runtime) lua.Function
}

// defineUtil adds a function to the rspamd_util module (for functions that
// belong with another area, such as the message parsers).
func defineUtil(name string, fn func(rt *Runtime) lua.Function) {
	utilExtra = append(utilExtra, struct {
		name string
		fn   func(rt *Runtime) lua.Function
	}{name, fn})
}

func init() {
	defineModule("rspamd_util", func(rt *Runtime) lua.Function {
		regs := utilFuncs(rt)
		for _, e := range utilExtra {
			regs = slices.DeleteFunc(regs, func(r lua.Reg) bool { return r.Name == e.name })
			regs = append(regs, lua.Reg{Name: e.name, Func: e.fn(rt)})
		}
		return func(s *lua.State) int {
			s.NewLib(regs)
			return 1
		}
	})
}

// utilDecoder makes a function that decodes its string or text argument
// into a new text, returning nil for other arguments and failures.
func (rt *Runtime) utilDecoder(decode func(in []byte) ([]byte, bool)) lua.Function {
	return func(s *lua.State) int {
		in, ok := rt.textOrString(s, 1)
		if ok {
			var out []byte
			if out, ok = decode(in); ok {
				rt.PushOwnedText(s, out)
				return 1
			}
		}
		s.PushNil()
		return 1
	}
}

func utilFuncs(rt *Runtime) []lua.Reg {
	regs := []lua.Reg{
		{Name: "create_event_base", Func: rt.utilCreateEventBase},
		{Name: "encode_base64", Func: rt.utilEncodeBase64},
		{Name: "encode_qp", Func: rt.utilEncodeQP},
		{Name: "decode_qp", Func: rt.utilDecoder(func(in []byte) ([]byte, bool) {
			out := mime.DecodeQP(in)
			return out, len(out) > 0
		})},
		{Name: "decode_base64", Func: rt.utilDecoder(func(in []byte) ([]byte, bool) {
			out, _ := encoding.DecodeBase64(in)
			return out, true
		})},
		{Name: "decode_ascii85", Func: rt.utilDecoder(func(in []byte) ([]byte, bool) {
			if len(in) == 0 {
				return nil, false
			}
			return decodeASCII85(in)
		})},
		{Name: "encode_base32", Func: func(s *lua.State) int {
			in, ok := rt.textOrString(s, 1)
			alpha, st := base32Arg(s, 2)
			if st != 0 {
				return st
			}
			if !ok {
				return s.Errorf("invalid arguments")
			}
			rt.PushOwnedText(s, encoding.AppendBase32(nil, in, alpha))
			return 1
		}},
		{Name: "decode_base32", Func: func(s *lua.State) int {
			alpha, st := base32Arg(s, 2)
			if st != 0 {
				return st
			}
			return rt.utilDecoder(func(in []byte) ([]byte, bool) {
				out, err := encoding.DecodeBase32(in, alpha)
				return out, err == nil
			})(s)
		}},
		{Name: "decode_url", Func: func(s *lua.State) int {
			in, ok := rt.textOrString(s, 1)
			if !ok {
				s.PushNil()
				return 1
			}
			out := make([]byte, len(in))
			n := url.Decode(out, in)
			rt.PushOwnedText(s, out[:n])
			return 1
		}},
		{Name: "tanh", Func: func(s *lua.State) int {
			s.PushNumber(math.Tanh(s.CheckNumber(1)))
			return 1
		}},
		{Name: "levenshtein_distance", Func: func(s *lua.State) int {
			a, ok1 := rt.textOrString(s, 1)
			b, ok2 := rt.textOrString(s, 2)
			cost := 1
			if s.IsNumber(3) {
				cost = int(int32(s.ToInteger(3)))
			}
			if !ok1 || !ok2 {
				return s.Errorf("invalid arguments")
			}
			s.PushInteger(int64(levenshtein(cconv.CString(a), cconv.CString(b), cost)))
			return 1
		}},
		{Name: "fold_header", Func: rt.utilFoldHeader},
		{Name: "is_uppercase", Func: func(s *lua.State) int {
			t, _ := rt.textOrString(s, 1)
			upper, other := false, false
			for i := 0; i < len(t); {
				r, size := charset.DecodeRune(t[i:])
				i += size
				if r < 0 {
					break
				}
				if unicode.Is(unicode.Lu, r) {
					upper = true
				} else if unicode.Is(unicode.Ll, r) || unicode.Is(unicode.Lo, r) {
					other = true
					break
				}
			}
			s.PushBool(upper && !other)
			return 1
		}},
		{Name: "humanize_number", Func: func(s *lua.State) int {
			s.PushString(logger.Sprintf("%hL", s.CheckInteger(1)))
			return 1
		}},
		{Name: "glob", Func: utilGlob},
		{Name: "strlen_utf8", Func: func(s *lua.State) int {
			t, ok := rt.textOrString(s, 1)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			n := 0
			for i := 0; i < len(t); n++ {
				_, size := charset.DecodeRune(t[i:])
				i += size
			}
			s.PushInteger(int64(n))
			return 1
		}},
		{Name: "lower_utf8", Func: func(s *lua.State) int {
			t, ok := rt.textOrString(s, 1)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			out := lowerUTF8(t)
			if s.Type(1) == lua.TypeString {
				s.PushBytes(out)
			} else {
				rt.PushOwnedText(s, out)
			}
			return 1
		}},
		{Name: "to_utf8", Func: func(s *lua.State) int {
			t, ok := rt.textOrString(s, 1)
			cs := s.CheckString(2)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			out, err := charset.ToUTF8(t, cconv.CString(cs))
			if err != nil {
				s.PushNil()
				return 1
			}
			rt.PushOwnedText(s, out)
			return 1
		}},
		{Name: "strequal_caseless", Func: func(s *lua.State) int {
			a, ok1 := rt.textOrString(s, 1)
			b, ok2 := rt.textOrString(s, 2)
			if !ok1 || !ok2 {
				return s.Errorf("invalid arguments")
			}
			s.PushBool(lcEqual(a, b))
			return 1
		}},
		{Name: "get_ticks", Func: func(s *lua.State) int {
			var ts unix.Timespec
			unix.ClockGettime(unix.CLOCK_MONOTONIC_COARSE, &ts)
			if s.Type(1) == lua.TypeBoolean && s.ToBool(1) {
				s.PushNumber(float64(ts.Sec)*1e9 + float64(ts.Nsec))
			} else {
				s.PushNumber(float64(ts.Sec) + float64(ts.Nsec)/1e9)
			}
			return 1
		}},
		{Name: "get_time", Func: func(s *lua.State) int {
			s.PushNumber(evTime())
			return 1
		}},
		{Name: "time_to_string", Func: func(s *lua.State) int {
			t := evTime()
			if s.IsNumber(1) {
				t = s.ToNumber(1)
			}
			s.PushString(httpDate(cInt64(t)))
			return 1
		}},
		{Name: "stat", Func: utilStat},
		{Name: "unlink", Func: func(s *lua.State) int {
			if err := unix.Unlink(cconv.CString(s.CheckString(1))); err != nil {
				return pushFalseErr(s, err)
			}
			s.PushBool(true)
			return 1
		}},
		{Name: "lock_file", Func: utilLockFile},
		{Name: "unlock_file", Func: utilUnlockFile},
		{Name: "create_file", Func: func(s *lua.State) int {
			path := cconv.CString(s.CheckString(1))
			mode := uint32(0o644)
			if s.IsNumber(2) {
				mode = uint32(s.ToInteger(2))
			}
			fd, err := unix.Open(path, unix.O_RDWR|unix.O_CREAT|unix.O_TRUNC|unix.O_NOFOLLOW|unix.O_CLOEXEC, mode)
			if err != nil {
				return pushNilErr(s, err)
			}
			s.PushInteger(int64(fd))
			return 1
		}},
		{Name: "close_file", Func: func(s *lua.State) int {
			if !s.IsNumber(1) {
				return s.Errorf("invalid arguments")
			}
			if err := unix.Close(int(s.ToInteger(1))); err != nil {
				return pushFalseErr(s, err)
			}
			s.PushBool(true)
			return 1
		}},
		{Name: "hyperscan_notice_known", Func: func(s *lua.State) int { return 0 }},
		{Name: "random_hex", Func: func(s *lua.State) int {
			n := s.ToInteger(1)
			if n <= 0 {
				return s.Errorf("invalid arguments")
			}
			s.PushBytes(randomHex(int(int32(n))))
			return 1
		}},
		{Name: "zstd_compress", Func: rt.utilZstdCompress},
		{Name: "zstd_decompress", Func: rt.utilZstdDecompress},
		{Name: "gzip_compress", Func: rt.utilGzipCompress},
		{Name: "gzip_decompress", Func: func(s *lua.State) int { return rt.utilInflate(s, true) }},
		{Name: "inflate", Func: func(s *lua.State) int { return rt.utilInflate(s, false) }},
		{Name: "normalize_prob", Func: func(s *lua.State) int {
			x, bias := s.ToNumber(1), 0.5
			if s.Type(2) == lua.TypeNumber {
				bias = s.ToNumber(2)
			}
			s.PushNumber(math.Pow((x-bias)*2, 8))
			return 1
		}},
		{Name: "caseless_hash", Func: func(s *lua.State) int {
			h, st := rt.caselessHash(s)
			if st != 0 {
				return st
			}
			rt.PushInt64(s, int64(h))
			return 1
		}},
		{Name: "caseless_hash_fast", Func: func(s *lua.State) int {
			h, st := rt.caselessHash(s)
			if st != 0 {
				return st
			}
			s.PushNumber(math.Float64frombits(0x3FF<<52|h>>12) - 1)
			return 1
		}},
		{Name: "crc32", Func: func(s *lua.State) int {
			t, ok := rt.textOrString(s, 1)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			return pushCRC32(s, t, "input")
		}},
		{Name: "get_string_stats", Func: func(s *lua.State) int {
			t, ok := rt.textOrString(s, 1)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			digits, letters := 0, 0
			for _, c := range t {
				switch {
				case c >= '0' && c <= '9':
					digits++
				case c|0x20 >= 'a' && c|0x20 <= 'z':
					letters++
				}
			}
			s.NewTable(0, 2)
			s.PushInteger(int64(digits))
			s.SetField(-2, "digits")
			s.PushInteger(int64(letters))
			s.SetField(-2, "letters")
			return 1
		}},
		{Name: "is_valid_utf8", Func: func(s *lua.State) int {
			t, ok := rt.textOrString(s, 1)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			if off := utf8ErrorOffset(t); off != 0 {
				s.PushBool(false)
				s.PushInteger(int64(off))
				return 2
			}
			s.PushBool(true)
			return 1
		}},
		{Name: "has_obscured_unicode", Func: func(s *lua.State) int {
			t, ok := rt.textOrString(s, 1)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			for i := 0; i < len(t); {
				r, size := charset.DecodeRune(t[i:])
				if r > 0 && isObscured(r) {
					s.PushBool(true)
					s.PushInteger(int64(r))
					s.PushInteger(int64(i))
					return 3
				}
				i += size
			}
			s.PushBool(false)
			return 1
		}},
		{Name: "readline", Func: func(s *lua.State) int {
			prompt := ""
			if s.Type(1) == lua.TypeString {
				prompt, _ = s.ToString(1)
			}
			os.Stdout.WriteString(prompt)
			line, err := stdinReader().ReadString('\n')
			if err != nil && line == "" {
				s.PushNil()
				return 1
			}
			s.PushString(trimEOL(line))
			return 1
		}},
		{Name: "readpassphrase", Func: func(s *lua.State) int {
			pass, ok := readPassphrase()
			if !ok || len(pass) == 0 {
				s.PushNil()
				return 1
			}
			s.PushBytes(pass)
			clear(pass)
			return 1
		}},
		{Name: "file_exists", Func: func(s *lua.State) int {
			if err := unix.Access(cconv.CString(s.CheckString(1)), unix.R_OK); err != nil {
				s.PushBool(false)
				s.PushString(errText(err))
				return 2
			}
			s.PushBool(true)
			s.PushNil()
			return 2
		}},
		{Name: "mkdir", Func: utilMkdir},
		{Name: "umask", Func: utilUmask},
		{Name: "isatty", Func: func(s *lua.State) int {
			_, err := unix.IoctlGetTermios(1, unix.TCGETS)
			s.PushBool(err == nil)
			return 1
		}},
		{Name: "get_hostname", Func: func(s *lua.State) int {
			h, _ := os.Hostname()
			s.PushString(h)
			return 1
		}},
		{Name: "get_uptime", Func: func(s *lua.State) int {
			up := 0.0
			if b, err := os.ReadFile("/proc/uptime"); err == nil {
				if f := bytes.Fields(b); len(f) > 0 {
					up, _ = strconv.ParseFloat(string(f[0]), 64)
				}
			}
			s.PushNumber(up)
			return 1
		}},
		{Name: "get_pid", Func: func(s *lua.State) int {
			s.PushInteger(int64(os.Getpid()))
			return 1
		}},
		{Name: "get_memory_usage", Func: utilMemoryUsage},
		{Name: "pack", Func: utilPack},
		{Name: "unpack", Func: rt.utilUnpack},
		{Name: "packsize", Func: utilPacksize},
		{Name: "btc_polymod", Func: func(s *lua.State) int {
			if s.Type(1) != lua.TypeTable {
				return s.Errorf("invalid arguments")
			}
			c := uint64(1)
			s.PushNil()
			for s.Next(1) {
				c0 := byte(c >> 35)
				d := uint64(s.ToInteger(-1))
				c = ((c & 0x07ffffffff) << 5) ^ d
				for i, g := range [5]uint64{0x98f2bc8e61, 0x79b76d99e2, 0xf33e5fb3c4, 0xae2eabe2a8, 0x1e4f43e470} {
					if c0&(1<<i) != 0 {
						c ^= g
					}
				}
				s.Pop(1)
			}
			s.PushBool(c^1 == 0)
			return 1
		}},
	}
	return regs
}

func evTime() float64 {
	return float64(time.Now().UnixMicro()) / 1e6
}

// errText returns strerror's text of the errno behind err, or the error's
// own text.
func errText(err error) string { return syserr.Text(err) }

// pushFalseErr returns false and strerror's text.
func pushFalseErr(s *lua.State, err error) int {
	s.PushBool(false)
	s.PushString(errText(err))
	return 2
}

// pushNilErr returns nil and strerror's text.
func pushNilErr(s *lua.State, err error) int {
	s.PushNil()
	s.PushString(errText(err))
	return 2
}

// base32Arg reads the optional base32 alphabet name at narg; it returns a
// non-zero Lua status for an unknown name.
func base32Arg(s *lua.State, narg int) (encoding.Base32Alphabet, int) {
	if s.Type(narg) != lua.TypeString {
		return encoding.Base32Default, 0
	}
	name, _ := s.ToString(narg)
	a, ok := encoding.ParseBase32Alphabet(cconv.CString(name))
	if !ok {
		return 0, s.Errorf("invalid b32 type: %s", cconv.CString(name))
	}
	return a, 0
}

func (rt *Runtime) utilEncodeBase64(s *lua.State) int {
	in, ok := rt.textOrString(s, 1)
	lineLen := 0
	if s.GetTop() > 1 {
		lineLen = int(int32(s.CheckInteger(2)))
	}
	if !ok {
		return s.Errorf("invalid arguments")
	}
	var out string
	var err error
	if lineLen > 0 {
		out, err = encoding.EncodeBase64Lines(in, lineLen, encoding.NewlineCRLF, false)
	} else {
		nl, st := newlineArg(s, 3)
		if st != 0 {
			return st
		}
		out, err = encoding.EncodeBase64Lines(in, lineLen, nl, true)
	}
	if err != nil {
		return s.ErrorOf(err)
	}
	rt.PushOwnedText(s, []byte(out))
	return 1
}

func (rt *Runtime) utilEncodeQP(s *lua.State) int {
	in, ok := rt.textOrString(s, 1)
	lineLen := 0
	if s.GetTop() > 1 {
		lineLen = int(int32(uint32(int64(s.CheckNumber(2)))))
	}
	if !ok {
		s.PushNil()
		return 1
	}
	nl, st := newlineArg(s, 3)
	if st != 0 {
		return st
	}
	rt.PushOwnedText(s, encodeQP(in, lineLen, nl))
	return 1
}

func (rt *Runtime) utilFoldHeader(s *lua.State) int {
	name, ok1 := rt.textOrString(s, 1)
	value, ok2 := rt.textOrString(s, 2)
	if !ok1 || !ok2 {
		s.PushNil()
		return 1
	}
	nl := encoding.NewlineCRLF
	foldOn, hasFoldOn := "", false
	if s.IsString(3) {
		how, _ := s.ToString(3)
		if s.IsString(4) {
			foldOn, _ = s.ToString(4)
			foldOn, hasFoldOn = cconv.CString(foldOn), true
		}
		switch cconv.CString(how) {
		case "cr":
			nl = encoding.NewlineCR
		case "lf":
			nl = encoding.NewlineLF
		}
	}
	s.PushBytes(foldHeader(name, value, nl, foldOn, hasFoldOn))
	return 1
}

// lowerUTF8 lowercases into a buffer of the input's size, stopping at the
// first character that does not fit or is ill-formed (lower_utf8).
func lowerUTF8(t []byte) []byte {
	out := make([]byte, 0, len(t))
	for i := 0; i < len(t); {
		r, size := charset.DecodeRune(t[i:])
		i += size
		if r < 0 {
			break
		}
		lc := unicode.ToLower(r)
		if len(out)+utf8.RuneLen(lc) > len(t) {
			break
		}
		out = utf8.AppendRune(out, lc)
	}
	return out
}

func isObscured(r rune) bool {
	return (r >= 0x200B && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
		(r >= 0x205F && r <= 0x206F) || r == 0xFEFF
}

func (rt *Runtime) caselessHash(s *lua.State) (uint64, int) {
	t, ok := rt.textOrString(s, 1)
	if !ok {
		return 0, s.Errorf("invalid arguments")
	}
	seed := uint64(fasthash.DefaultCaselessSeed)
	switch s.Type(2) {
	case lua.TypeNumber:
		seed = uint64(s.ToInteger(2))
	case lua.TypeUserdata:
		seed = uint64(rt.int64Arg(s, 2))
	}
	return fasthash.CaselessHash(t, seed), 0
}

func utilStat(s *lua.State) int {
	var st unix.Stat_t
	if err := unix.Stat(cconv.CString(s.CheckString(1)), &st); err != nil {
		s.PushString(errText(err))
		s.PushNil()
		return 2
	}
	s.PushNil()
	s.NewTable(0, 3)
	s.PushInteger(st.Size)
	s.SetField(-2, "size")
	s.PushInteger(st.Mtim.Sec)
	s.SetField(-2, "mtime")
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		s.PushString("regular")
	case unix.S_IFDIR:
		s.PushString("directory")
	default:
		s.PushString("special")
	}
	s.SetField(-2, "type")
	return 2
}

func utilLockFile(s *lua.State) int {
	path := cconv.CString(s.CheckString(1))
	own := false
	var fd int
	if s.IsNumber(2) {
		fd = int(s.ToInteger(2))
	} else {
		var err error
		if fd, err = unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0); err != nil {
			return pushNilErr(s, err)
		}
		own = true
	}
	if fd == -1 {
		return pushNilErr(s, unix.EBADF)
	}
	for {
		err := unix.Flock(fd, unix.LOCK_EX)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			if own {
				unix.Close(fd)
			}
			return pushNilErr(s, err)
		}
		break
	}
	s.PushInteger(int64(fd))
	return 1
}

func utilUnlockFile(s *lua.State) int {
	if !s.IsNumber(1) {
		return s.Errorf("invalid arguments")
	}
	fd := int(s.ToInteger(1))
	doClose := true
	if s.Type(2) == lua.TypeBoolean {
		doClose = s.ToBool(2)
	}
	err := unix.Flock(fd, unix.LOCK_UN)
	if doClose {
		unix.Close(fd)
	}
	if err != nil {
		return pushFalseErr(s, err)
	}
	s.PushBool(true)
	return 1
}

func utilMkdir(s *lua.State) int {
	dir := cconv.CString(s.CheckString(1))
	const mode = 0o755
	var err error
	if s.Type(2) == lua.TypeBoolean && s.ToBool(2) {
		path := []byte(dir)
		if len(path) > 0 && path[len(path)-1] == '/' {
			path = path[:len(path)-1]
		}
		for i := 1; i < len(path); i++ {
			if path[i] == '/' {
				if e := unix.Mkdir(string(path[:i]), mode); e != nil && e != unix.EEXIST {
					break
				}
			}
		}
		err = unix.Mkdir(string(path), mode)
	} else {
		err = unix.Mkdir(dir, mode)
	}
	if err != nil && err != unix.EEXIST {
		return pushFalseErr(s, err)
	}
	s.PushBool(true)
	return 1
}

func utilUmask(s *lua.State) int {
	var mask int
	switch s.Type(1) {
	case lua.TypeString:
		str, _ := s.ToString(1)
		if str == "" || str[0] != '0' {
			return s.Errorf("invalid arguments")
		}
		v, _, _ := cconv.Strtol(str, 8)
		mask = int(v)
	case lua.TypeNumber:
		mask = int(s.ToInteger(1))
	default:
		return s.Errorf("invalid arguments")
	}
	s.PushInteger(int64(unix.Umask(mask & 0o7777)))
	return 1
}

func utilMemoryUsage(s *lua.State) int {
	s.NewTable(0, 2)
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 1
	}
	var rss, vsize int64
	for line := range bytes.Lines(b) {
		var field *int64
		switch {
		case bytes.HasPrefix(line, []byte("VmRSS:")):
			field = &rss
		case bytes.HasPrefix(line, []byte("VmSize:")):
			field = &vsize
		default:
			continue
		}
		f := bytes.Fields(line)
		if len(f) >= 2 {
			if n, err := strconv.ParseInt(string(f[1]), 10, 64); err == nil {
				*field = n * 1024
			}
		}
	}
	s.PushInteger(rss)
	s.SetField(-2, "rss")
	s.PushInteger(vsize)
	s.SetField(-2, "vsize")
	return 1
}

var stdin *bufio.Reader

func stdinReader() *bufio.Reader {
	if stdin == nil {
		stdin = bufio.NewReader(os.Stdin)
	}
	return stdin
}

func trimEOL(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// readPassphrase reads a line from the terminal without echo, prompting
// "Enter passphrase: " as rspamd_read_passphrase does.
func readPassphrase() ([]byte, bool) {
	fd, err := unix.Open("/dev/tty", unix.O_RDWR|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, false
	}
	defer unix.Close(fd)
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil, false
	}
	term := *old
	term.Lflag &^= unix.ECHO | unix.ECHONL
	if err := unix.IoctlSetTermios(fd, unix.TCSETSF, &term); err != nil {
		return nil, false
	}
	defer unix.IoctlSetTermios(fd, unix.TCSETSF, old)
	unix.Write(fd, []byte("Enter passphrase: "))
	var pass []byte
	var ch [1]byte
	for len(pass) < 8191 {
		n, err := unix.Read(fd, ch[:])
		if n != 1 || err != nil || ch[0] == '\n' || ch[0] == '\r' {
			break
		}
		pass = append(pass, ch[0])
	}
	unix.Write(fd, []byte("\n"))
	return pass, true
}
