package maps

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/crypto/blake2b"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Proto is how a backend gets its data.
type Proto int

// The backend protocols.
const (
	ProtoFile Proto = iota
	ProtoHTTP
	ProtoHTTPS
	ProtoStatic
)

// String returns the protocol's name as upstream prints it ("file",
// "http", "https", "static").
func (p Proto) String() string {
	switch p {
	case ProtoFile:
		return "file"
	case ProtoHTTP:
		return "http"
	case ProtoHTTPS:
		return "https"
	case ProtoStatic:
		return "static"
	}
	return "unknown"
}

// Backend is one source of a map (rspamd_map_backend): a file, an HTTP(S)
// URL or inline data.
type Backend struct {
	m          *Map
	proto      Proto
	signed     bool
	compressed bool
	encrypted  bool
	fallback   bool
	uri        string
	uriLog     string
	id         uint64

	boxKey    *[32]byte // secretbox key of an encrypted backend
	signKeyMu sync.Mutex
	signKey   *cryptobox.PublicKey // trusted signing key

	// File backends.
	needModify atomic.Bool

	// HTTP backends.
	http *httpBackend

	// Static backends.
	static    []byte
	processed bool
}

// URI returns the backend's URI: the file name for files (without
// "file://"), the URL for HTTP, "static" for inline data.
func (b *Backend) URI() string { return b.uri }

// Proto returns the backend's protocol.
func (b *Backend) Proto() Proto { return b.proto }

// ID returns the backend's id, which the controller's /maps and /getmap
// use (52 bits of a hash of the URI, the map tag and static data).
func (b *Backend) ID() uint64 { return b.id }

// IsSigned reports whether the backend was declared with "sign+".
func (b *Backend) IsSigned() bool { return b.signed }

// IsFallback reports whether the backend was declared with "fallback+".
func (b *Backend) IsFallback() bool { return b.fallback }

// SignKey returns the trusted signing key in rspamd's base32, or "".
func (b *Backend) SignKey() string {
	k := b.trustedKey()
	if k == nil {
		return ""
	}
	return k.Print(cryptobox.EncodingZbase32, cryptobox.PartPublicKey)
}

func (b *Backend) trustedKey() *cryptobox.PublicKey {
	b.signKeyMu.Lock()
	defer b.signKeyMu.Unlock()
	return b.signKey
}

func (b *Backend) setTrustedKey(k *cryptobox.PublicKey) {
	b.signKeyMu.Lock()
	b.signKey = k
	b.signKeyMu.Unlock()
}

// redactURI is rspamd_map_uri_redacted: the userinfo of a URL replaced by
// "***", for logs.
func redactURI(uri string) string {
	sep := strings.Index(uri, "://")
	if sep < 0 {
		return uri
	}
	auth := uri[sep+3:]
	if i := strings.IndexAny(auth, "/?#"); i >= 0 {
		auth = auth[:i]
	}
	at := strings.LastIndexByte(auth, '@')
	if at < 0 {
		return uri
	}
	return uri[:sep+3] + "***@" + uri[sep+3+at+1:]
}

func (b *Backend) setURI(uri string) {
	b.uri, b.uriLog = uri, redactURI(uri)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// checkProto is rspamd_map_check_proto: it reads the flags ("sign+",
// "fallback+", "key=...") and the protocol of a map line.
func (r *Registry) checkProto(line string, b *Backend) bool {
	const fn = "rspamd_map_check_proto"
	if strings.EqualFold(line, "static") {
		b.proto = ProtoStatic
		b.setURI(line)
		return true
	}
	if strings.EqualFold(line, "zst+static") {
		b.proto = ProtoStatic
		b.setURI(line[4:])
		b.compressed = true
		return true
	}
	pos := line
	for {
		switch {
		case hasPrefixFold(pos, "sign+"):
			b.signed = true
			pos = pos[len("sign+"):]
			continue
		case hasPrefixFold(pos, "fallback+"):
			b.fallback = true
			pos = pos[len("fallback+"):]
			continue
		case hasPrefixFold(pos, "key="):
			pos = pos[len("key="):]
			var k *cryptobox.PublicKey
			var err error
			if end := strings.IndexByte(pos, '+'); end >= 0 {
				k, err = cryptobox.PublicKeyFromBase32(pos[:end], cryptobox.SignKey)
				pos = pos[end+1:]
			} else if len(pos) > 64 {
				k, err = cryptobox.PublicKeyFromHex(pos[:64], cryptobox.SignKey)
				pos = pos[64:]
			} else {
				err = errors.New("no key")
			}
			if err != nil {
				r.cfgErrf(fn, "cannot read pubkey from map: %s", line)
				return false
			}
			b.signKey = k
			if strings.HasPrefix(pos, "+") || strings.HasPrefix(pos, ":") {
				pos = pos[1:]
			}
			continue
		}
		break
	}
	b.proto = ProtoFile
	switch {
	case hasPrefixFold(pos, "http://"):
		b.proto = ProtoHTTP
		b.setURI(pos)
	case hasPrefixFold(pos, "https://"):
		b.proto = ProtoHTTPS
		b.setURI(pos)
	case hasPrefixFold(pos, "file://"):
		b.setURI(pos[len("file://"):])
	case strings.HasPrefix(pos, "/"):
		b.setURI(pos)
	default:
		r.cfgErrf(fn, "invalid map fetching protocol: %s", line)
		return false
	}
	if b.proto != ProtoFile && b.signed {
		r.cfgErrf(fn, "signed maps are no longer supported for HTTP(s): %s", line)
	}
	return true
}

// IsMap reports whether a string looks like a map definition rather than
// inline data (rspamd_map_is_map): an absolute path, "sign+",
// "fallback+", "file://", "http://" or "https://".
func IsMap(line string) bool {
	if strings.HasPrefix(line, "/") {
		return true
	}
	for _, p := range []string{"sign+", "fallback+", "file://", "http://", "https://"} {
		if hasPrefixFold(line, p) {
			return true
		}
	}
	return false
}

// parseBackend is rspamd_map_parse_backend.
func (r *Registry) parseBackend(line string) *Backend {
	const fn = "rspamd_map_parse_backend"
	b := &Backend{}
	if !r.checkProto(line, b) {
		return nil
	}
	if b.fallback && b.proto != ProtoFile {
		r.cfgErrf(fn, "fallback backend must be file for %s", b.uriLog)
		return nil
	}
	if len(line) > 4 {
		name := line
		if hasSuffixFold(name, ".enc") {
			b.encrypted = true
			name = name[:len(name)-4]
		}
		if hasSuffixFold(name, ".zstd") || hasSuffixFold(name, ".zst") {
			b.compressed = true
		}
	}
	switch b.proto {
	case ProtoFile:
		if err := syscall.Access(b.uri, 4 /* R_OK */); err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				r.cfgErrf(fn, "cannot open file '%s': %s", b.uri, syserr.Text(err))
				return nil
			}
			r.cfgInfof(fn, "map '%s' is not found, but it can be loaded automatically later", b.uri)
		}
	case ProtoHTTP, ProtoHTTPS:
		h, ok := r.parseHTTPBackend(line, b)
		if !ok {
			return nil
		}
		b.http = h
	}
	if b.encrypted {
		r.loadSecretboxKey(b)
	}
	return b
}

// mapsBlock returns the "maps" section of the configuration, at the top
// level or under "options".
func (r *Registry) mapsBlock() *ucl.Object {
	top := r.cfg.Config
	if top == nil {
		return nil
	}
	if mo := top.Lookup("maps"); mo != nil && mo.Type() == ucl.TypeObject {
		return mo
	}
	if opts := top.Lookup("options"); opts != nil && opts.Type() == ucl.TypeObject {
		if mo := opts.Lookup("maps"); mo != nil && mo.Type() == ucl.TypeObject {
			return mo
		}
	}
	return nil
}

// loadSecretboxKey finds the key of an encrypted backend in
// maps { <uri> { secretbox_key = ... } } or maps { secretbox_key = ... }.
func (r *Registry) loadSecretboxKey(b *Backend) {
	const fn = "rspamd_map_parse_backend"
	mo := r.mapsBlock()
	if mo == nil {
		return
	}
	src := mo.Lookup(b.uri)
	if src == nil {
		src = mo
	}
	ko := src.LookupAny("secretbox_key", "secretbox-key", "enc_key")
	if ko == nil || ko.Type() != ucl.TypeString {
		return
	}
	k, ok := decodeSecretboxKey(ko.Str())
	if !ok {
		r.cfgInfof(fn, "cannot decode secretbox key for %s", b.uri)
		return
	}
	b.boxKey = &k
	r.cfgInfof(fn, "loaded secretbox key for %s", b.uri)
}

// decodeSecretboxKey derives a secretbox key as upstream does: the secret
// is decoded from hex (even length, hex digits only) or base64 when it is
// one, taken raw otherwise, and hashed with 32-byte BLAKE2b.
func decodeSecretboxKey(s string) ([32]byte, bool) {
	if s == "" {
		return [32]byte{}, false
	}
	raw := []byte(s)
	if len(s)%2 == 0 {
		if d, err := hex.DecodeString(s); err == nil && len(d) > 0 {
			raw = d
			return blake2b.Sum256(raw), true
		}
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
		if d, err := enc.DecodeString(s); err == nil {
			return blake2b.Sum256(d), true
		}
	}
	return blake2b.Sum256(raw), true
}

// httpBackend is the state of an HTTP(S) backend (http_map_data).
type httpBackend struct {
	host     string
	port     int
	path     string
	rest     string // query and fragment, appended to path
	userinfo string // Authorization header value, or ""
	maxSize  int64
	timeout  time.Duration // the whole exchange, see httpTimeout

	mu           sync.Mutex
	etag         string
	hasETag      bool
	lastModified int64
	lastChecked  int64
}

// parseHTTPURL splits an http(s) URL as http_parser_parse_url does for
// upstream: host (brackets removed), port, path, what follows the path,
// and userinfo.
func parseHTTPURL(uri string) (host, port, path, rest, userinfo string, ok bool) {
	sep := strings.Index(uri, "://")
	if sep < 0 {
		return
	}
	s := uri[sep+3:]
	authEnd := strings.IndexAny(s, "/?#")
	auth := s
	tail := ""
	if authEnd >= 0 {
		auth, tail = s[:authEnd], s[authEnd:]
	}
	if at := strings.IndexByte(auth, '@'); at >= 0 {
		userinfo, auth = auth[:at], auth[at+1:]
		if strings.IndexByte(auth, '@') >= 0 {
			return
		}
	}
	if strings.HasPrefix(auth, "[") {
		end := strings.IndexByte(auth, ']')
		if end < 0 {
			return
		}
		host, auth = auth[1:end], auth[end+1:]
		if auth != "" && !strings.HasPrefix(auth, ":") {
			return
		}
		port = strings.TrimPrefix(auth, ":")
	} else {
		host, port, _ = strings.Cut(auth, ":")
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 0 || n > 0xffff {
			return
		}
	}
	if strings.HasPrefix(tail, "/") {
		end := strings.IndexAny(tail, "?#")
		if end < 0 {
			path = tail
		} else {
			path, rest = tail[:end], tail[end:]
		}
	}
	return host, port, path, rest, userinfo, true
}

func (r *Registry) parseHTTPBackend(line string, b *Backend) (*httpBackend, bool) {
	const fn = "rspamd_map_parse_backend"
	// http_parser refuses URLs without a host, so upstream's "no host"
	// message never shows.
	host, port, path, rest, userinfo, ok := parseHTTPURL(b.uri)
	if !ok || host == "" {
		r.cfgErrf(fn, "cannot parse HTTP url: %s", b.uriLog)
		return nil, false
	}
	h := &httpBackend{host: host, path: path, rest: rest}
	if port != "" {
		h.port, _ = strconv.Atoi(port)
	} else if b.proto == ProtoHTTP {
		h.port = 80
	} else {
		h.port = 443
	}
	if path == "" {
		h.path, h.rest = "/", ""
	}
	if userinfo != "" {
		h.userinfo = "Basic " + base64.StdEncoding.EncodeToString([]byte(userinfo))
	} else if user, pass, ok := r.httpAuth(line, host); ok {
		h.userinfo = "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
	}
	if mo := r.cfg.Config; mo != nil {
		if mo = mo.Lookup("maps"); mo != nil && mo.Type() == ucl.TypeObject {
			src := mo.Lookup(b.uri)
			if src == nil {
				src = mo
			}
			if o := src.LookupAny("max_size", "max-size"); o != nil {
				h.maxSize = o.Int()
			}
			// Upstream times the stages; here their sum bounds the whole
			// request.
			var total float64
			for _, names := range [][]string{{"connect_timeout", "connect-timeout"}, {"ssl_timeout", "ssl-timeout"},
				{"write_timeout", "write-timeout"}, {"read_timeout", "read-timeout"}} {
				if o := src.LookupAny(names...); o != nil {
					total += o.Float()
				}
			}
			h.timeout = time.Duration(total * float64(time.Second))
		}
	}
	return h, true
}

// httpAuth finds credentials in options { http_auth { <url or host> {
// user = ...; password = ...; } } }.
func (r *Registry) httpAuth(line, host string) (user, pass string, ok bool) {
	top := r.cfg.Config
	if top == nil {
		return
	}
	opts := top.Lookup("options")
	if opts == nil {
		return
	}
	auth := opts.Lookup("http_auth")
	if auth == nil || auth.Type() != ucl.TypeObject {
		return
	}
	ho := auth.Lookup(line)
	if ho == nil {
		ho = auth.Lookup(host)
	}
	if ho == nil || ho.Type() != ucl.TypeObject {
		return
	}
	uo, po := ho.Lookup("user"), ho.Lookup("password")
	if uo == nil || po == nil || uo.Type() != ucl.TypeString || po.Type() != ucl.TypeString {
		return
	}
	return uo.Str(), po.Str(), true
}
