package luaapi

import (
	"errors"
	"os"
	"syscall"
	"time"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/password"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// rspamd_cryptobox, rspamd_cryptobox_keypair, rspamd_cryptobox_pubkey,
// rspamd_cryptobox_signature and rspamd_cryptobox_secretbox with their
// classes (upstream's lua_cryptobox.c) over internal/cryptobox. The hash
// objects are in cryptobox_hash.go.

const (
	pubkeyClass    = "rspamd{cryptobox_pubkey}"
	keypairClass   = "rspamd{cryptobox_keypair}"
	signatureClass = "rspamd{cryptobox_signature}"
	secretboxClass = "rspamd{cryptobox_secretbox}"
)

// signature is the value of an rspamd{cryptobox_signature}: whatever bytes
// it was created or loaded from.
type signature struct {
	data []byte
}

func init() {
	defineClass(pubkeyClass, func(*Runtime) []lua.Reg {
		return []lua.Reg{{Name: "__tostring", Func: lua.ClassTostring}}
	}, nil)
	defineClass(keypairClass, keypairMethods, nil)
	defineClass(signatureClass, signatureMethods, nil)
	defineClass(secretboxClass, secretboxMethods, nil)
	defineLib("rspamd_cryptobox_pubkey", pubkeyFuncs)
	defineLib("rspamd_cryptobox_keypair", keypairFuncs)
	defineLib("rspamd_cryptobox_signature", signatureFuncs)
	defineLib("rspamd_cryptobox_secretbox", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "create", Func: rt.secretboxCreate}}
	})
	defineLib("rspamd_cryptobox", cryptoboxFuncs)
}

// cryptoArg returns the value of the userdata of class at pos. Like
// upstream's lua_check_cryptobox_* helpers, a mismatch is reported as an
// error of argument 1 whatever pos is.
func cryptoArg[T any](rt *Runtime, s *lua.State, pos int, class string) T {
	c := rt.Class(class)
	v, ok := s.LookupUserdata(pos, c)
	t, isT := v.(T)
	if !ok || !isT {
		s.RaiseArgError(1, "'"+class[len("rspamd{"):len(class)-1]+"' expected")
	}
	return t
}

// bytesArg reads a text (raising for other userdata) or a string argument,
// raising luaL_checklstring's error for anything else.
func (rt *Runtime) bytesArg(s *lua.State, idx int) []byte {
	if s.IsUserdata(idx) {
		return rt.textArg(s, idx).Data
	}
	return []byte(s.CheckStringView(idx))
}

// keypairType reads the optional type argument of the pubkey constructors:
// "sign" or "kex", signing keys otherwise.
func keypairType(s *lua.State, idx int) cryptobox.KeypairType {
	if s.Type(idx) == lua.TypeString {
		if t, _ := s.ToString(idx); t == "kex" {
			return cryptobox.KEX
		}
	}
	return cryptobox.SignKey
}

func pubkeyFuncs(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "load", Func: func(s *lua.State) int {
			name, data, reason := mapFileArg(s, 1)
			if data == nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_pubkey_load",
					"cannot open pubkey from file: %s, %s", name, reason)
				s.PushNil()
				return 1
			}
			pk, err := cryptobox.PublicKeyFromBase32(string(data), keypairType(s, 2))
			if err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_pubkey_load",
					"cannot open pubkey from file: %s", name)
				s.PushNil()
				return 1
			}
			s.PushUserdata(rt.Class(pubkeyClass), pk)
			return 1
		}},
		{Name: "create", Func: func(s *lua.State) int {
			str := s.CheckString(1)
			pk, err := cryptobox.PublicKeyFromBase32(str, keypairType(s, 2))
			if err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_pubkey_create",
					"cannot load pubkey from string")
				s.PushNil()
				return 1
			}
			s.PushUserdata(rt.Class(pubkeyClass), pk)
			return 1
		}},
	}
}

func keypairFuncs(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "load", Func: func(s *lua.State) int {
			var obj *ucl.Object
			if s.Type(1) == lua.TypeString {
				p := ucl.NewParser(ucl.ParserSafeFlags)
				if err := p.AddString(s.CheckString(1)); err != nil {
					rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_keypair_load",
						"cannot open keypair from data: %s", err.Error())
					s.PushNil()
					return 1
				}
				obj = p.Object()
			} else {
				obj = rt.ToUCL(s, 1)
			}
			m, _ := uclValue(obj).(map[string]any)
			kp, err := cryptobox.KeypairFromObject(m)
			if err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_keypair_load",
					"cannot load keypair from data")
				s.PushNil()
				return 1
			}
			if kp.Extensions != nil {
				// keep the object as given, for totable
				kp.Extensions = keypairObject(obj).Lookup("extensions")
			}
			s.PushUserdata(rt.Class(keypairClass), kp)
			return 1
		}},
		{Name: "create", Func: func(s *lua.State) int {
			t := cryptobox.KEX
			if s.IsString(1) {
				switch name, _ := s.ToString(1); name {
				case "sign":
					t = cryptobox.SignKey
				case "encryption":
				default:
					return s.Errorf("invalid keypair type: %s", cconv.CString(name))
				}
			}
			kp, err := cryptobox.GenerateKeypair(t, nil)
			if err != nil {
				return s.ErrorOf(err)
			}
			s.PushUserdata(rt.Class(keypairClass), kp)
			return 1
		}},
	}
}

func keypairMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *cryptobox.Keypair {
		return cryptoArg[*cryptobox.Keypair](rt, s, 1, keypairClass)
	}
	typ := func(s *lua.State) int {
		if check(s).Type() == cryptobox.KEX {
			s.PushString("encryption")
		} else {
			s.PushString("sign")
		}
		return 1
	}
	alg := func(s *lua.State) int {
		check(s)
		s.PushString("curve25519")
		return 1
	}
	pk := func(s *lua.State) int {
		s.PushUserdata(rt.Class(pubkeyClass), check(s).Pubkey())
		return 1
	}
	return []lua.Reg{
		{Name: "__tostring", Func: lua.ClassTostring},
		{Name: "totable", Func: func(s *lua.State) int {
			kp := check(s)
			enc := cryptobox.EncodingZbase32
			switch s.Type(2) {
			case lua.TypeBoolean:
				if s.ToBool(2) {
					enc = cryptobox.EncodingHex
				}
			case lua.TypeString, lua.TypeNumber:
				name, _ := s.ToString(2)
				e, ok := cryptobox.ParseKeyEncoding(cconv.CString(name))
				if !ok {
					return s.Errorf("unknown encoding (known are: hex, zbase32/default, base64, binary: %s", cconv.CString(name))
				}
				enc = e
			}
			rt.PushUCL(s, fieldsObject(kp.Object(enc, 0)), true)
			return 1
		}},
		{Name: "get_type", Func: typ},
		{Name: "type", Func: typ},
		{Name: "get_alg", Func: alg},
		{Name: "alg", Func: alg},
		{Name: "pk", Func: pk},
		{Name: "pubkey", Func: pk},
	}
}

// keypairObject returns the object keypair loaders read the keys from:
// obj, or its "keypair" member.
func keypairObject(obj *ucl.Object) *ucl.Object {
	if inner := obj.Lookup("keypair"); inner != nil {
		return inner
	}
	return obj
}

// fieldsObject builds the UCL object of a keypair dump.
func fieldsObject(fields []cryptobox.Field) *ucl.Object {
	obj := ucl.New(ucl.TypeObject)
	for _, f := range fields {
		var v *ucl.Object
		switch fv := f.Value.(type) {
		case string:
			v = ucl.NewString(fv)
		case []cryptobox.Field:
			v = fieldsObject(fv)
		case *ucl.Object:
			v = fv.Copy()
		default:
			continue
		}
		obj.InsertKey(f.Key, v)
	}
	return obj
}

// uclValue converts a UCL object into the shapes
// cryptobox.KeypairFromObject reads: objects become map[string]any,
// arrays []any, strings string, numbers int64 or float64.
func uclValue(o *ucl.Object) any {
	if o == nil {
		return nil
	}
	switch o.Type() {
	case ucl.TypeObject:
		m := map[string]any{}
		for cur := range o.All() {
			m[cur.Key()] = uclValue(cur)
		}
		return m
	case ucl.TypeArray:
		arr := []any{}
		for cur := range o.All() {
			arr = append(arr, uclValue(cur))
		}
		return arr
	case ucl.TypeString:
		return o.Str()
	case ucl.TypeInt:
		return o.Int()
	case ucl.TypeFloat, ucl.TypeTime:
		return o.Float()
	case ucl.TypeBoolean:
		return o.Bool()
	}
	return nil
}

func signatureFuncs(rt *Runtime) []lua.Reg {
	return []lua.Reg{
		{Name: "load", Func: func(s *lua.State) int {
			name := cconv.CString(s.CheckString(1))
			data, err := os.ReadFile(name)
			if err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_signature_load",
					"cannot open signature file: %s, %s", name, errText(err))
				s.PushNil()
				return 1
			}
			if len(data) == 0 {
				// upstream maps the file, which fails for an empty one
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_signature_load",
					"cannot mmap file %s: %s", name, errText(syscall.EINVAL))
				s.PushNil()
				return 1
			}
			s.PushUserdata(rt.Class(signatureClass), &signature{data: data})
			return 1
		}},
		{Name: "create", Func: func(s *lua.State) int {
			data := rt.bytesArg(s, 1)
			if len(data) == cryptobox.SignatureBytes {
				s.PushUserdata(rt.Class(signatureClass), &signature{data: append([]byte(nil), data...)})
			}
			// otherwise upstream returns whatever is on top: the argument
			return 1
		}},
	}
}

func signatureMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *signature {
		return cryptoArg[*signature](rt, s, 1, signatureClass)
	}
	return []lua.Reg{
		{Name: "save", Func: func(s *lua.State) int {
			sig := check(s)
			name := cconv.CString(s.CheckString(2))
			flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if s.GetTop() > 2 && s.ToBool(3) {
				flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(name, flags, 0o644)
			if err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_signature_save",
					"cannot create a signature file: %s, %s", name, errText(err))
				s.PushBool(false)
				return 1
			}
			_, err = f.Write(sig.data)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_signature_save",
					"cannot write to a signature file: %s, %s", name, errText(err))
			}
			s.PushBool(err == nil)
			return 1
		}},
		{Name: "hex", Func: func(s *lua.State) int {
			s.PushString(encoding.EncodeHex(check(s).data))
			return 1
		}},
		{Name: "base32", Func: func(s *lua.State) int {
			sig := check(s)
			alph, st := base32Arg(s, 2)
			if st != 0 {
				return st
			}
			s.PushString(encoding.EncodeBase32(sig.data, alph))
			return 1
		}},
		{Name: "base64", Func: func(s *lua.State) int {
			s.PushString(encoding.EncodeBase64(check(s).data))
			return 1
		}},
		{Name: "bin", Func: func(s *lua.State) int {
			s.PushBytes(check(s).data)
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// mapFileArg reads the file named by the string at narg (up to a NUL, as
// C sees it) as rspamd_file_xmap maps it: only a regular, non-empty file
// gives data; the reason of a failure is what strerror(errno) then says
// (errno is left at 0 for empty and irregular files).
func mapFileArg(s *lua.State, narg int) (name string, data []byte, reason string) {
	name = cconv.CString(s.CheckString(narg))
	st, err := os.Stat(name)
	if err != nil {
		return name, nil, errText(err)
	}
	if !st.Mode().IsRegular() || st.Size() == 0 {
		return name, nil, "Success"
	}
	data, err = os.ReadFile(name)
	if err != nil || len(data) == 0 {
		return name, nil, errText(err)
	}
	return name, data, ""
}

// encryptTarget reads argument 1 of encrypt_memory and encrypt_file: a
// keypair, a public key, or a public key in base32.
func (rt *Runtime) encryptTarget(s *lua.State) (func([]byte) ([]byte, error), bool) {
	switch s.Type(1) {
	case lua.TypeUserdata:
		if kp, ok := lua.Test[*cryptobox.Keypair](s, 1, rt.Class(keypairClass)); ok {
			return func(b []byte) ([]byte, error) { return kp.EncryptBlob(b, nil) }, true
		}
		if pk, ok := lua.Test[*cryptobox.PublicKey](s, 1, rt.Class(pubkeyClass)); ok {
			return func(b []byte) ([]byte, error) { return pk.EncryptBlob(b, nil) }, true
		}
	case lua.TypeString:
		str, _ := s.ToString(1)
		if pk, err := cryptobox.PublicKeyFromBase32(str, cryptobox.KEX); err == nil {
			return func(b []byte) ([]byte, error) { return pk.EncryptBlob(b, nil) }, true
		}
	}
	return nil, false
}

// pushEncrypted encrypts data with enc for encrypt_memory and
// encrypt_file, what naming the data in the error.
func (rt *Runtime) pushEncrypted(s *lua.State, enc func([]byte) ([]byte, error), ok bool, data []byte, what string) int {
	if !ok || data == nil {
		return s.Errorf("invalid arguments")
	}
	out, err := enc(data)
	if err != nil {
		return s.Errorf("cannot encrypt %s: %s", what, err.Error())
	}
	rt.PushOwnedText(s, out)
	return 1
}

// pushDecrypted pushes the results of decrypt_memory and decrypt_file.
func (rt *Runtime) pushDecrypted(s *lua.State, kp *cryptobox.Keypair, data []byte) int {
	out, err := kp.DecryptBlob(data)
	if err != nil {
		s.PushBool(false)
		s.PushString(err.Error())
		return 2
	}
	s.PushBool(true)
	rt.PushOwnedText(s, out)
	return 2
}

// signWith signs data with a signing keypair (KEX keypairs are refused).
func (rt *Runtime) signWith(s *lua.State, kp *cryptobox.Keypair, data []byte) int {
	if kp.Type() != cryptobox.SignKey {
		return s.Errorf("invalid arguments")
	}
	sig, err := cryptobox.Sign(kp.SecretKey(), data)
	if err != nil {
		return s.ErrorOf(err)
	}
	s.PushUserdata(rt.Class(signatureClass), &signature{data: sig})
	return 1
}

func cryptoboxFuncs(rt *Runtime) []lua.Reg {
	keypair := func(s *lua.State) *cryptobox.Keypair {
		return cryptoArg[*cryptobox.Keypair](rt, s, 1, keypairClass)
	}
	verify := func(s *lua.State, data func() []byte) int {
		pk := cryptoArg[*cryptobox.PublicKey](rt, s, 1, pubkeyClass)
		sig := cryptoArg[*signature](rt, s, 2, signatureClass)
		msg := data()
		if msg == nil {
			return s.Errorf("invalid arguments")
		}
		s.PushBool(cryptobox.Verify(sig.data, msg, pk.Bytes()))
		return 1
	}
	cookieArgs := func(s *lua.State) (key, cookie []byte) {
		key, ok1 := s.ToBytes(1)
		cookie, ok2 := s.ToBytes(2)
		if !ok1 || !ok2 {
			s.Raisef("invalid arguments")
		}
		return key, cookie
	}
	return []lua.Reg{
		{Name: "verify_memory", Func: func(s *lua.State) int {
			return verify(s, func() []byte { return rt.bytesArg(s, 3) })
		}},
		{Name: "verify_file", Func: func(s *lua.State) int {
			return verify(s, func() []byte {
				_, data, _ := mapFileArg(s, 3)
				return data
			})
		}},
		{Name: "sign_memory", Func: func(s *lua.State) int {
			kp := keypair(s)
			return rt.signWith(s, kp, rt.bytesArg(s, 2))
		}},
		{Name: "sign_file", Func: func(s *lua.State) int {
			kp := keypair(s)
			name, data, reason := mapFileArg(s, 2)
			if data == nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_cryptobox_sign_file",
					"cannot mmap file %s: %s", name, reason)
				s.PushNil()
				return 1
			}
			return rt.signWith(s, kp, data)
		}},
		{Name: "encrypt_memory", Func: func(s *lua.State) int {
			enc, ok := rt.encryptTarget(s)
			return rt.pushEncrypted(s, enc, ok, rt.bytesArg(s, 2), "data")
		}},
		{Name: "encrypt_file", Func: func(s *lua.State) int {
			enc, ok := rt.encryptTarget(s)
			name, data, _ := mapFileArg(s, 2)
			return rt.pushEncrypted(s, enc, ok, data, "file "+name)
		}},
		{Name: "decrypt_memory", Func: func(s *lua.State) int {
			kp := keypair(s)
			return rt.pushDecrypted(s, kp, rt.bytesArg(s, 2))
		}},
		{Name: "decrypt_file", Func: func(s *lua.State) int {
			kp := keypair(s)
			name, data, reason := mapFileArg(s, 2)
			if data == nil {
				return s.Errorf("invalid arguments; cannot mmap %s: %s", name, reason)
			}
			return rt.pushDecrypted(s, kp, data)
		}},
		{Name: "encrypt_cookie", Func: func(s *lua.State) int {
			key, cookie := cookieArgs(s)
			enc, err := cryptobox.EncryptCookie(key, cookie, uint32(time.Now().Unix()), nil)
			if err != nil {
				return s.ErrorOf(err)
			}
			s.PushString(enc)
			return 1
		}},
		{Name: "decrypt_cookie", Func: func(s *lua.State) int {
			key, enc := cookieArgs(s)
			cookie, ts, err := cryptobox.DecryptCookie(key, string(enc))
			switch {
			case errors.Is(err, cryptobox.ErrCookieLength):
				s.PushNil()
				return 1
			case errors.Is(err, cryptobox.ErrCookieInvalid):
				s.PushNil()
				s.PushNil()
				return 2
			case err != nil:
				return s.ErrorOf(err)
			}
			s.PushBytes(cookie)
			s.PushNumber(float64(ts))
			return 2
		}},
		{Name: "pbkdf", Func: func(s *lua.State) int {
			name := "catena"
			if s.Type(2) == lua.TypeString {
				name, _ = s.ToString(2)
			}
			alg, ok := password.ByName(cconv.CString(name))
			if !ok {
				return s.Errorf("invalid pbkdf algorithm: %s", cconv.CString(name))
			}
			// Upstream reads a passphrase from the terminal when argument 1
			// is not a string; no terminal is read here, which gives nil
			// as an empty passphrase does.
			pw, _ := s.ToBytesView(1)
			if s.Type(1) != lua.TypeString || len(pw) == 0 {
				s.PushNil()
				return 1
			}
			enc, err := alg.EncryptRandom([]byte(cconv.CString(string(pw))), nil)
			if err != nil {
				return s.ErrorOf(err)
			}
			s.PushString(enc)
			return 1
		}},
		{Name: "gen_dkim_keypair", Func: func(s *lua.State) int {
			alg := "rsa"
			if s.Type(1) == lua.TypeString {
				alg, _ = s.ToString(1)
			}
			bits := 1024
			if s.Type(2) == lua.TypeNumber {
				bits = int(int32(s.ToInteger(2)))
			}
			priv, pub, err := cryptobox.GenerateDKIMKeypair(cconv.CString(alg), bits, nil)
			if err != nil {
				if alg != "rsa" {
					return s.ErrorOf(err)
				}
				return s.Errorf("EVP_PKEY_keygen failed")
			}
			rt.PushOwnedText(s, []byte(priv))
			rt.PushOwnedText(s, []byte(pub))
			return 2
		}},
		{Name: "fast_hash64", Func: func(s *lua.State) int {
			data, ok := rt.textOrString(s, 1)
			if !ok {
				return s.Errorf("invalid arguments: string or rspamd_text expected")
			}
			var seed uint64
			if s.Type(2) == lua.TypeNumber {
				seed = uint64(s.ToInteger(2))
			}
			h := fasthash.XXHash3(data, seed)
			s.PushInteger(int64(h >> 32))
			s.PushInteger(int64(h & 0xffffffff))
			return 2
		}},
	}
}

func (rt *Runtime) secretboxCreate(s *lua.State) int {
	var secret []byte
	switch {
	case s.IsString(1):
		secret, _ = s.ToBytes(1)
	case s.IsUserdata(1):
		secret = rt.textArg(s, 1).Data
	default:
		return s.Errorf("invalid arguments; userdata or string are expected")
	}
	sb, err := cryptobox.NewSecretBox(secret)
	if err != nil {
		return s.Errorf("invalid arguments; non empty secret expected")
	}
	s.PushUserdata(rt.Class(secretboxClass), sb)
	return 1
}

// secretboxInput reads the data and nonce arguments of secretbox methods.
func (rt *Runtime) secretboxInput(s *lua.State, idx int, which string) []byte {
	switch {
	case s.IsString(idx):
		b, _ := s.ToBytes(idx)
		return b
	case s.IsUserdata(idx):
		return rt.textArg(s, idx).Data
	}
	s.Raisef("invalid %s argument; userdata or string are expected", which)
	return nil
}

func secretboxMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *cryptobox.SecretBox {
		return cryptoArg[*cryptobox.SecretBox](rt, s, 1, secretboxClass)
	}
	return []lua.Reg{
		{Name: "encrypt", Func: func(s *lua.State) int {
			sb := check(s)
			in := rt.secretboxInput(s, 2, "first")
			if s.IsNoneOrNil(3) {
				box, nonce, err := sb.SealRandom(in, nil)
				if err != nil {
					return s.ErrorOf(err)
				}
				rt.PushOwnedText(s, box)
				rt.PushOwnedText(s, nonce)
				return 2
			}
			nonce := rt.secretboxInput(s, 3, "second")
			box, err := sb.Seal(in, nonce)
			if err != nil {
				return s.Errorf("bad nonce")
			}
			rt.PushOwnedText(s, box)
			return 1
		}},
		{Name: "decrypt", Func: func(s *lua.State) int {
			sb := check(s)
			in := rt.secretboxInput(s, 2, "first")
			nonce := rt.secretboxInput(s, 3, "second")
			out, err := sb.Open(in, nonce)
			if err != nil {
				// "invalid nonce", "too short" or "authentication error"
				s.PushBool(false)
				s.PushString(err.Error())
				return 2
			}
			s.PushBool(true)
			rt.PushOwnedText(s, out)
			return 2
		}},
	}
}
