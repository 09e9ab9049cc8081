package luaapi

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"io"
	"math"
	"math/big"
	"os"
	"strings"
	"syscall"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_rsa, rspamd_rsa_privkey, rspamd_rsa_pubkey and
// rspamd_rsa_signature (upstream's lua_rsa.c) over crypto/rsa:
// RSASSA-PKCS1-v1_5 signatures of SHA-256 digests (the data given is the
// digest), keys read from PEM or DER as OpenSSL reads them.
//
// Upstream reports OpenSSL's error queue, which it never clears: its
// messages name the oldest error of the process. Ours name the error of
// the failing call, with OpenSSL's text for it.
//
// crypto/rsa refuses keys under 1024 bits (GODEBUG rsa1024min=0 allows
// them), upstream generates and uses keys from 512 bits.

const (
	rsaPubkeyClass    = "rspamd{rsa_pubkey}"
	rsaPrivkeyClass   = "rspamd{rsa_privkey}"
	rsaSignatureClass = "rspamd{rsa_signature}"
)

// OpenSSL's texts for the errors these functions meet.
const (
	sslDecoderUnsupported = "error:1E08010C:DECODER routines::unsupported"
	sslASN1NotEnoughData  = "error:0680008E:asn1 encoding routines::not enough data"
	sslInvalidDigestLen   = "error:1C8000A6:Provider routines::invalid digest length"
	sslBadSignature       = "error:02000068:rsa routines::bad signature"
	sslWrongSigLength     = "error:02000077:rsa routines::wrong signature length"
	sslInvalidPadding     = "error:0200008A:rsa routines::invalid padding"
	sslBlockTypeNot01     = "error:0200006A:rsa routines::block type is not 01"
	sslBadFixedHeader     = "error:02000066:rsa routines::bad fixed header decrypt"
	sslNullBeforeBlock    = "error:02000071:rsa routines::null before block missing"
	sslBadPadByteCount    = "error:02000067:rsa routines::bad pad byte count"
	sslDataTooLarge       = "error:02000084:rsa routines::data too large for modulus"
	sslOperationNotRSA    = "error:1C8000A5:Provider routines::operation not supported for this keytype"
)

// rsaPrivkey and rsaPubkey are the values of the key classes: any key
// OpenSSL's generic readers accept (RSA, EC, Ed25519); only RSA keys sign
// and verify.
type (
	rsaPrivkey struct{ key crypto.Signer }
	rsaPubkey  struct{ key crypto.PublicKey }
)

// rsaSignature is the value of an rspamd{rsa_signature}.
type rsaSignature struct{ data []byte }

func init() {
	defineClass(rsaPubkeyClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "__tostring", Func: func(s *lua.State) int {
			pk := rsaArg[*rsaPubkey](s, rt, 1, rsaPubkeyClass)
			der, err := x509.MarshalPKIXPublicKey(pk.key)
			if err != nil {
				return s.Errorf("i2d_PUBKEY_bio failed")
			}
			s.PushBytes(der)
			return 1
		}}}
	}, nil)
	defineClass(rsaPrivkeyClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "save", Func: rt.rsaPrivkeySave},
			{Name: "__tostring", Func: lua.ClassTostring},
		}
	}, nil)
	defineClass(rsaSignatureClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "save", Func: rt.rsaSignatureSave},
			{Name: "base64", Func: rt.rsaSignatureBase64},
			{Name: "__tostring", Func: lua.ClassTostring},
		}
	}, nil)
	defineLib("rspamd_rsa", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "verify_memory", Func: rt.rsaVerifyMemory},
			{Name: "sign_memory", Func: rt.rsaSignMemory},
			{Name: "keypair", Func: rt.rsaKeypair},
		}
	})
	defineLib("rspamd_rsa_pubkey", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "load", Func: rt.rsaPubkeyLoad},
			{Name: "create", Func: rt.rsaPubkeyCreate},
		}
	})
	defineLib("rspamd_rsa_privkey", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "load_file", Func: rt.rsaPrivkeyLoadFile},
			{Name: "load_pem", Func: rt.rsaPrivkeyLoadData("load_pem")},
			{Name: "load_raw", Func: rt.rsaPrivkeyLoadData("load_raw")},
			{Name: "load_base64", Func: rt.rsaPrivkeyLoadData("load_base64")},
			{Name: "create", Func: rt.rsaPrivkeyCreate},
		}
	})
	defineLib("rspamd_rsa_signature", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "load", Func: rt.rsaSignatureLoad},
			{Name: "create", Func: func(s *lua.State) int {
				s.PushUserdata(rt.Class(rsaSignatureClass), &rsaSignature{data: bytes.Clone(s.CheckBytes(1))})
				return 1
			}},
		}
	})
}

// rsaArg returns the userdata of class at narg; upstream's checks blame
// argument 1 whatever the position.
func rsaArg[T any](s *lua.State, rt *Runtime, narg int, class string) T {
	c := rt.Class(class)
	if v, ok := s.LookupUserdata(narg, c); ok {
		if t, ok := v.(T); ok {
			return t
		}
	}
	s.RaiseArgError(1, "'"+strings.TrimSuffix(strings.TrimPrefix(class, "rspamd{"), "}")+"' expected")
	var zero T
	return zero
}

// parsePrivateDER reads a DER private key as d2i_PrivateKey does: PKCS#1
// RSA, PKCS#8 or SEC 1 EC.
func parsePrivateDER(der []byte) (crypto.Signer, error) {
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return k, nil
	}
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
		if sk, ok := k.(crypto.Signer); ok {
			return sk, nil
		}
	}
	if k, err := x509.ParseECPrivateKey(der); err == nil {
		return k, nil
	}
	return nil, errors.New(sslASN1NotEnoughData)
}

// parsePrivatePEM reads the first private key of PEM data as
// PEM_read_bio_PrivateKey does (unencrypted keys only).
func parsePrivatePEM(data []byte) (crypto.Signer, error) {
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return nil, errors.New(sslDecoderUnsupported)
		}
		switch b.Type {
		case "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY":
			if k, err := parsePrivateDER(b.Bytes); err == nil {
				return k, nil
			}
		}
	}
}

// parsePublicPEM reads the first SubjectPublicKeyInfo of PEM data as
// PEM_read_bio_PUBKEY does.
func parsePublicPEM(data []byte) (crypto.PublicKey, error) {
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return nil, errors.New(sslDecoderUnsupported)
		}
		if b.Type == "PUBLIC KEY" {
			if k, err := x509.ParsePKIXPublicKey(b.Bytes); err == nil {
				return k, nil
			}
		}
	}
}

func (rt *Runtime) rsaLogf(fn, format string, args ...any) {
	rt.log().Logf(logger.LevelCritical, "", "", false, fn, format, args...)
}

func (rt *Runtime) rsaPubkeyLoad(s *lua.State) int {
	name := s.CheckString(1)
	data, err := os.ReadFile(name)
	if err != nil {
		rt.rsaLogf("lua_rsa_pubkey_load", "cannot open pubkey from file: %s, %s", name, errText(err))
		s.PushNil()
		return 1
	}
	pk, err := parsePublicPEM(data)
	if err != nil {
		rt.rsaLogf("lua_rsa_pubkey_load", "cannot open pubkey from file: %s, %s", name, err.Error())
		s.PushNil()
		return 1
	}
	s.PushUserdata(rt.Class(rsaPubkeyClass), &rsaPubkey{key: pk})
	return 1
}

func (rt *Runtime) rsaPubkeyCreate(s *lua.State) int {
	pk, err := parsePublicPEM(cconv.CString(s.CheckBytes(1)))
	if err != nil {
		rt.rsaLogf("lua_rsa_pubkey_create", "cannot parse pubkey: %s", err.Error())
		s.PushNil()
		return 1
	}
	s.PushUserdata(rt.Class(rsaPubkeyClass), &rsaPubkey{key: pk})
	return 1
}

func (rt *Runtime) pushPrivkey(s *lua.State, k crypto.Signer) {
	s.PushUserdata(rt.Class(rsaPrivkeyClass), &rsaPrivkey{key: k})
}

func (rt *Runtime) rsaPrivkeyLoadFile(s *lua.State) int {
	name := s.CheckString(1)
	data, err := os.ReadFile(name)
	if err != nil {
		rt.rsaLogf("lua_rsa_privkey_load_file", "cannot open private key from file: %s, %s", name, errText(err))
		s.PushNil()
		return 1
	}
	k, err := parsePrivatePEM(data)
	if err != nil {
		rt.rsaLogf("lua_rsa_privkey_load_file", "cannot open private key from file: %s, %s", name, err.Error())
		s.PushNil()
		return 1
	}
	rt.pushPrivkey(s, k)
	return 1
}

func (rt *Runtime) rsaPrivkeyCreate(s *lua.State) int {
	k, err := parsePrivatePEM(cconv.CString(s.CheckBytes(1)))
	if err != nil {
		rt.rsaLogf("lua_rsa_privkey_create", "cannot parse private key: %s", err.Error())
		s.PushNil()
		return 1
	}
	rt.pushPrivkey(s, k)
	return 1
}

// rsaPrivkeyLoadData is load_pem, load_raw (DER) and load_base64 (DER in
// base64): the key in a string or text, nil when it does not parse.
func (rt *Runtime) rsaPrivkeyLoadData(which string) lua.Function {
	fn := "lua_rsa_privkey_" + which
	return func(s *lua.State) int {
		var data []byte
		if s.IsUserdata(1) {
			data = rt.textArg(s, 1).Data
		} else {
			data = s.CheckBytes(1)
		}
		var (
			k   crypto.Signer
			err error
		)
		switch which {
		case "load_pem":
			k, err = parsePrivatePEM(data)
		case "load_raw":
			k, err = parsePrivateDER(data)
		default:
			der, ok := encoding.DecodeBase64(data)
			if !ok {
				return s.Errorf("invalid base64 encoding")
			}
			if k, err = parsePrivateDER(der); err != nil {
				rt.rsaLogf(fn, "cannot open EVP private key from data, %s", err.Error())
				s.PushNil()
				return 1
			}
		}
		if err != nil {
			rt.rsaLogf(fn, "cannot open private key from data, %s", err.Error())
			s.PushNil()
			return 1
		}
		rt.pushPrivkey(s, k)
		return 1
	}
}

// marshalPrivate encodes a key as i2d_PrivateKey ("der": PKCS#1 for RSA,
// SEC 1 for EC) or PEM_write_PrivateKey (PKCS#8 PEM) do.
func marshalPrivate(k crypto.Signer, der bool) ([]byte, error) {
	if der {
		switch k := k.(type) {
		case *rsa.PrivateKey:
			return x509.MarshalPKCS1PrivateKey(k), nil
		case *ecdsa.PrivateKey:
			return x509.MarshalECPrivateKey(k)
		}
	}
	b, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil || der {
		return b, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: b}), nil
}

// rsaPrivkeySave is privkey:save(file[, type]): the key as PKCS#8 PEM
// ("der": DER) to the file, created with mode 0600 ("-": standard
// output); whether it was written.
func (rt *Runtime) rsaPrivkeySave(s *lua.State) int {
	k := rsaArg[*rsaPrivkey](s, rt, 1, rsaPrivkeyClass)
	name := cconv.CString(s.CheckString(2))
	typ := "pem"
	if s.GetTop() > 2 {
		typ = cconv.CString(s.CheckString(3))
	}
	out, err := marshalPrivate(k.key, typ == "der")
	if err != nil {
		rt.rsaLogf("lua_rsa_privkey_save", "cannot save privkey to file: %s, %s", name, err.Error())
		s.PushBool(false)
		return 1
	}
	var w io.Writer = os.Stdout
	if name != "-" {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
		if err != nil {
			rt.rsaLogf("lua_rsa_privkey_save", "cannot save privkey to file: %s, %s", name, errText(err))
			s.PushBool(false)
			return 1
		}
		defer f.Close()
		if err := f.Chmod(0o600); err != nil {
			rt.rsaLogf("lua_rsa_privkey_save", "cannot set permissions for private key file: %s, %s", name, errText(err))
			s.PushBool(false)
			return 1
		}
		w = f
	}
	if _, err := w.Write(out); err != nil {
		rt.rsaLogf("lua_rsa_privkey_save", "cannot save privkey to file: %s, %s", name, errText(err))
		s.PushBool(false)
		return 1
	}
	s.PushBool(true)
	return 1
}

// rsaSignatureLoad is rspamd_rsa_signature.load(file): the file's bytes
// as a signature; nil when it cannot be read or is empty (upstream maps
// it, which an empty file fails).
func (rt *Runtime) rsaSignatureLoad(s *lua.State) int {
	name := s.CheckString(1)
	f, err := os.Open(name)
	if err != nil {
		rt.rsaLogf("lua_rsa_signature_load", "cannot open signature file: %s, %s", name, errText(err))
		s.PushNil()
		return 1
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err == nil && len(data) == 0 {
		err = syscall.EINVAL
	}
	if err != nil {
		rt.rsaLogf("lua_rsa_signature_load", "cannot mmap file %s: %s", name, errText(err))
		s.PushNil()
		return 1
	}
	s.PushUserdata(rt.Class(rsaSignatureClass), &rsaSignature{data: data})
	return 1
}

// rsaSignatureSave is sig:save(file[, overwrite]): the signature to a new
// file (mode 0644), or over an existing one with overwrite.
func (rt *Runtime) rsaSignatureSave(s *lua.State) int {
	sig := rsaArg[*rsaSignature](s, rt, 1, rsaSignatureClass)
	name := cconv.CString(s.CheckString(2))
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if s.GetTop() > 2 && s.ToBool(3) {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(name, flags, 0o644)
	if err != nil {
		rt.rsaLogf("lua_rsa_signature_save", "cannot create a signature file: %s, %s", name, errText(err))
		s.PushBool(false)
		return 1
	}
	defer f.Close()
	ok := true
	if _, err := f.Write(sig.data); err != nil {
		rt.rsaLogf("lua_rsa_signature_save", "cannot write to a signature file: %s, %s", name, errText(err))
		ok = false
	}
	s.PushBool(ok)
	return 1
}

// rsaSignatureBase64 is sig:base64([line_length[, newline]]): base64,
// folded (continuation lines start with a tab) at line_length.
func (rt *Runtime) rsaSignatureBase64(s *lua.State) int {
	sig := rsaArg[*rsaSignature](s, rt, 1, rsaSignatureClass)
	lineLen := 0
	if s.IsNumber(2) {
		n := s.ToNumber(2)
		switch {
		case n < 0 || n > math.MaxInt32:
			lineLen = math.MaxInt32
		default:
			lineLen = int(n)
		}
	}
	nl := encoding.NewlineCRLF
	if s.IsString(3) {
		switch str, _ := s.ToString(3); str {
		case "cr":
			nl = encoding.NewlineCR
		case "lf":
			nl = encoding.NewlineLF
		}
	}
	out, err := encoding.EncodeBase64Lines(sig.data, lineLen, nl, true)
	if err != nil {
		return s.ErrorOf(err)
	}
	s.PushString(out)
	return 1
}

// sha256DigestInfo is the DER prefix of a SHA-256 DigestInfo.
var sha256DigestInfo = []byte{0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20}

// verifyPKCS1SHA256 checks an RSASSA-PKCS1-v1_5 signature of a SHA-256
// digest the way OpenSSL does, giving the text of OpenSSL's error on
// failure ("" on success).
func verifyPKCS1SHA256(pub *rsa.PublicKey, sig, digest []byte) string {
	k := (pub.N.BitLen() + 7) / 8
	if len(sig) != k {
		return sslWrongSigLength
	}
	c := new(big.Int).SetBytes(sig)
	if c.Cmp(pub.N) >= 0 {
		return sslDataTooLarge
	}
	em := c.Exp(c, big.NewInt(int64(pub.E)), pub.N).FillBytes(make([]byte, k))
	if em[0] != 0 {
		return sslInvalidPadding
	}
	if em[1] != 1 {
		return sslBlockTypeNot01
	}
	i := 2
	for ; i < k && em[i] == 0xff; i++ {
	}
	switch {
	case i == k:
		return sslNullBeforeBlock
	case em[i] != 0:
		return sslBadFixedHeader
	case i-2 < 8:
		return sslBadPadByteCount
	}
	want := append(bytes.Clone(sha256DigestInfo), digest...)
	if len(digest) != 32 || !bytes.Equal(em[i+1:], want) {
		return sslBadSignature
	}
	return ""
}

// rsaVerifyMemory is rspamd_rsa.verify_memory(pubkey, signature, digest):
// true, or false and OpenSSL's error.
func (rt *Runtime) rsaVerifyMemory(s *lua.State) int {
	pk := rsaArg[*rsaPubkey](s, rt, 1, rsaPubkeyClass)
	sig := rsaArg[*rsaSignature](s, rt, 2, rsaSignatureClass)
	data := s.CheckBytes(3)
	msg := sslOperationNotRSA
	if pub, ok := pk.key.(*rsa.PublicKey); ok {
		msg = verifyPKCS1SHA256(pub, sig.data, data)
	}
	if msg != "" {
		s.PushBool(false)
		s.PushString(msg)
		return 2
	}
	s.PushBool(true)
	return 1
}

// rsaSignMemory is rspamd_rsa.sign_memory(privkey, digest): the signature
// of a SHA-256 digest.
func (rt *Runtime) rsaSignMemory(s *lua.State) int {
	k := rsaArg[*rsaPrivkey](s, rt, 1, rsaPrivkeyClass)
	data := s.CheckBytes(2)
	key, ok := k.key.(*rsa.PrivateKey)
	if !ok {
		return s.Errorf("cannot sign: %s", sslOperationNotRSA)
	}
	if len(data) != 32 {
		return s.Errorf("cannot sign: %s", sslInvalidDigestLen)
	}
	sig, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, data)
	if err != nil {
		return s.Errorf("cannot sign: %s", err.Error())
	}
	s.PushUserdata(rt.Class(rsaSignatureClass), &rsaSignature{data: sig})
	return 1
}

// rsaKeypair is rspamd_rsa.keypair([bits]): a new private key (1024 bits
// by default, 512 to 4096) and its public key.
func (rt *Runtime) rsaKeypair(s *lua.State) int {
	bits := int64(1024)
	if s.GetTop() > 0 {
		bits = s.ToInteger(1)
	}
	if bits > 4096 || bits < 512 {
		return s.Errorf("invalid bits count")
	}
	k, err := rsa.GenerateKey(rand.Reader, int(bits))
	if err != nil {
		return s.Errorf("cannot generate key: %s", err.Error())
	}
	rt.pushPrivkey(s, k)
	s.PushUserdata(rt.Class(rsaPubkeyClass), &rsaPubkey{key: &k.PublicKey})
	return 2
}
