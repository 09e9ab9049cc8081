package maps

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"golang.org/x/crypto/nacl/secretbox"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/zstd"
)

// session is one load of a map (upstream's map_cb_data): the content
// being built and whether a backend failed.
type session struct {
	m       *Map
	kv      kvParser
	cur     content
	errored bool
	// Callback maps: the text read, or the pairs parsed from it.
	raw     []byte
	rawSeen bool
	pairs   [][2]string
}

func (m *Map) newSession() *session {
	s := &session{m: m}
	s.kv.invalid = func(line int) {
		m.errf("rspamd_parse_kv_list", "empty or invalid key found on line %d", line)
	}
	return s
}

func (m *Map) newContent() content {
	switch m.kind {
	case KindSet, KindHash:
		return newHashContent(m)
	case KindRadix:
		return newRadixContent(m)
	case KindRegexp, KindRegexpMulti:
		return newRegexpContent(m, false)
	case KindGlob, KindGlobMulti:
		return newRegexpContent(m, true)
	case KindCDB:
		return newCDBContent(m)
	}
	return nil
}

// defaultValue is the value a key alone gets: "" for sets, hashes and
// callback lines, "1" for the others.
func (m *Map) defaultValue() string {
	switch m.kind {
	case KindSet, KindHash, KindCallback:
		return ""
	}
	return "1"
}

// read is the map's read callback: it parses (or keeps) a chunk and
// returns the offset the next chunk starts from, or consumedAll.
func (s *session) read(chunk []byte, final bool) int {
	if s.m.kind == KindCallback {
		if s.cbByLine() {
			s.kv.def = ""
			s.kv.insert = func(k, v string) { s.pairs = append(s.pairs, [2]string{k, v}) }
			s.rawSeen = true
			return s.kv.parse(chunk, final)
		}
		s.rawSeen = true
		s.raw = append(s.raw, chunk...)
		return consumedAll
	}
	if s.cur == nil {
		s.cur = s.m.newContent()
		s.kv.def = s.m.defaultValue()
		s.kv.insert = s.cur.insert
	}
	return s.kv.parse(chunk, final)
}

func (s *session) cbByLine() bool {
	s.m.mu.Lock()
	defer s.m.mu.Unlock()
	return s.m.cb != nil && s.m.cb.ByLine
}

// readName is the read callback of maps that take file names (cdb).
func (s *session) readName(name string) {
	if s.cur == nil {
		s.cur = s.m.newContent()
	}
	if c, ok := s.cur.(*cdbContent); ok {
		c.add(name)
	}
}

// finish is the map's fin callback, split in two: what can run anywhere
// (summaries, digests) runs now, and the returned function installs the
// result and must run on the event loop (it also runs the on-load
// functions).
func (s *session) finish() func() {
	m := s.m
	if m.kind == KindCallback {
		return s.finishCallback()
	}
	if s.errored {
		if s.cur != nil {
			m.infof(finName(m.kind), "cleanup unfinished new data as error occurred for %s", m.name)
		}
		return m.runOnLoad
	}
	var nelts int
	var digest uint64
	if s.cur != nil {
		nelts, digest = s.cur.finish()
	}
	cur := s.cur
	return func() {
		if cur != nil {
			m.traversable.Store(m.kind != KindCDB)
			m.nelts.Store(int64(nelts))
			m.digest.Store(digest)
			m.data.Store(&contentBox{cur})
		} else {
			m.data.Store(nil)
		}
		m.runOnLoad()
	}
}

func finName(k Kind) string {
	switch k {
	case KindRadix:
		return "rspamd_radix_fin"
	case KindCDB:
		return "rspamd_cdb_list_fin"
	case KindSet, KindHash:
		return "rspamd_kv_list_fin"
	}
	return "rspamd_regexp_list_fin"
}

// finishCallback is lua_map_fin and lua_map_line_fin.
func (s *session) finishCallback() func() {
	m := s.m
	if s.errored {
		return m.runOnLoad
	}
	m.mu.Lock()
	cb := m.cb
	m.mu.Unlock()
	if cb != nil && cb.ByLine {
		pairs := s.pairs
		return func() {
			for _, p := range pairs {
				if cb.Line == nil {
					m.errf("lua_map_line_insert", "map has no callback set")
					continue
				}
				cb.Line(p[0], p[1])
			}
			m.runOnLoad()
		}
	}
	if !s.rawSeen {
		return func() {
			m.errf("lua_map_fin", "no data read for map")
			m.runOnLoad()
		}
	}
	data := s.raw
	return func() {
		switch {
		case cb == nil || cb.Data == nil:
			m.errf("lua_map_fin", "map has no callback set")
		case len(data) != 0:
			cb.Data(data)
		}
		m.runOnLoad()
	}
}

func (m *Map) runOnLoad() {
	m.mu.Lock()
	fns := append([]func(){}, m.onLoad...)
	m.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// decrypt opens a secretbox payload: a 24-byte nonce, then the MAC and
// the ciphertext.
func (b *Backend) decrypt(in []byte) ([]byte, bool) {
	m := b.m
	const fn = "rspamd_map_secretbox_decrypt_buf"
	if b.boxKey == nil {
		m.errf(fn, "%s: secretbox key is not configured", b.uriLog)
		return nil, false
	}
	if len(in) < 24+secretbox.Overhead {
		m.errf(fn, "%s: too short buffer for secretbox: %d bytes (need >= %d)", b.uriLog, len(in), 24+secretbox.Overhead)
		return nil, false
	}
	var nonce [24]byte
	copy(nonce[:], in)
	out, ok := secretbox.Open(nil, in[24:], &nonce, b.boxKey)
	if !ok {
		m.errf(fn, "%s: secretbox authentication failed (nonce_len=%d, ct_len=%d)", b.uriLog, 24, len(in)-24)
		return nil, false
	}
	return out, true
}

// checkSig is rspamd_map_check_file_sig: data must carry a valid
// signature in fname.sig by the backend's trusted key, or by the key in
// fname.pub when that key is trusted.
func (m *Map) checkSig(fname string, b *Backend, data []byte) bool {
	const fn = "rspamd_map_check_file_sig"
	pk := b.trustedKey()
	if pk == nil {
		pubPath := fname + ".pub"
		raw, err := os.ReadFile(pubPath)
		if err != nil {
			m.errf(fn, "can't open pubkey %s: %s", pubPath, syserr.Text(err))
			return false
		}
		pk, err = cryptobox.PublicKeyFromBase32(string(raw), cryptobox.SignKey)
		if err != nil {
			m.errf(fn, "can't load pubkey %s", pubPath)
			return false
		}
		b32 := pk.Print(cryptobox.EncodingZbase32, cryptobox.PartPublicKey)
		if !m.reg.trusted[b32] {
			m.errf(fn, "pubkey loaded from %s is untrusted: %s", pubPath, b32)
			return false
		}
	}
	sigPath := fname + ".sig"
	sig, err := os.ReadFile(sigPath)
	if err != nil {
		m.errf(fn, "can't open signature %s: %s", sigPath, syserr.Text(err))
		return false
	}
	const fnMem = "rspamd_map_check_sig_pk_mem"
	if len(sig) != cryptobox.SignatureBytes {
		m.errf(fnMem, "can't open signature for %s: invalid size: %d", m.name, len(sig))
		return false
	}
	if !cryptobox.Verify(sig, data, pk.Bytes()) {
		m.errf(fnMem, "can't verify signature for %s: incorrect signature", m.name)
		return false
	}
	m.infof(fnMem, "verified signature for %s using trusted key %s", m.name,
		pk.Print(cryptobox.EncodingZbase32, cryptobox.PartPublicKey))
	return true
}

// readFile is read_map_file: it reads a file backend into the session.
// A missing file is not an error (the map is then empty).
func (m *Map) readFile(b *Backend, s *session) bool {
	const fn = "read_map_file"
	name := b.uri
	st, err := os.Stat(name)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			m.errf(fn, "%s: map file is unavailable for reading: %s", name, syserr.Text(err))
			return false
		}
		m.infof(fn, "%s: map file is not found; it will be read automatically if created", name)
		return true
	}
	if ws := m.ws.Load(); ws != nil {
		ws.noteStat(b, st)
	}
	size := st.Size()
	if b.signed {
		data, err := os.ReadFile(name)
		if err != nil {
			m.errf(fn, "can't open map %s: %s", name, syserr.Text(err))
			return false
		}
		if !m.checkSig(name, b, data) {
			return false
		}
	}
	switch {
	case size == 0:
		s.read(nil, true)
	case m.kind == KindCDB:
		s.readName(name)
	case b.compressed || b.encrypted:
		if !m.readPacked(b, s, name) {
			return false
		}
	default:
		if !m.readChunks(s, name, 0, size) {
			return false
		}
	}
	m.loaded.Store(true)
	return true
}

// readPacked reads an encrypted or compressed file whole.
func (m *Map) readPacked(b *Backend, s *session, name string) bool {
	const fn = "read_map_file"
	data, err := os.ReadFile(name)
	if err != nil {
		m.errf(fn, "can't open map %s: %s", name, syserr.Text(err))
		return false
	}
	if b.encrypted {
		dec, ok := b.decrypt(data)
		if !ok {
			m.errf(fn, "%s: cannot decrypt data: secretbox auth failed", name)
			return false
		}
		data = dec
	}
	if b.compressed || zstd.HasMagic(data) {
		out, err := zstd.DecompressBounded(data, m.reg.cfg.MaxSize)
		if err != nil {
			m.errf(fn, "%s: cannot decompress data: %s", name, err)
			return false
		}
		m.infof(fn, "%s: read map data, %d bytes compressed, %d uncompressed)", name, len(data), len(out))
		s.read(out, true)
		return true
	}
	m.infof(fn, "%s: read map data, %d bytes (decrypted)", name, len(data))
	s.read(data, true)
	return true
}

// readChunks is read_map_file_chunks over size bytes of name from off.
func (m *Map) readChunks(s *session, name string, off, size int64) bool {
	const fn = "read_map_file_chunks"
	f, err := os.Open(name)
	if err != nil {
		m.errf(fn, "can't open map for buffered reading %s: %s", name, syserr.Text(err))
		return false
	}
	defer f.Close()
	if off > 0 {
		if _, err := f.Seek(off, io.SeekStart); err != nil {
			m.errf(fn, "can't seek in map to pos %d for buffered reading %s: %s", off, name, syserr.Text(err))
			return false
		}
	}
	if err := feedChunks(f, size, s.read); err != nil {
		m.errf(fn, "can't read from map %s: %s", name, syserr.Text(err))
		return false
	}
	return true
}

// readStatic is read_map_static.
func (m *Map) readStatic(b *Backend, s *session) bool {
	const fn = "read_map_static"
	data := b.static
	switch {
	case len(data) == 0:
		s.read(nil, true)
	case b.compressed:
		out, err := zstd.DecompressBounded(data, m.reg.cfg.MaxSize)
		if err != nil {
			m.errf(fn, "%s: cannot decompress data: %s", m.name, err)
			return false
		}
		m.infof(fn, "%s: read map data, %d bytes compressed, %d uncompressed)", m.name, len(data), len(out))
		s.read(out, true)
	default:
		m.infof(fn, "%s: read map data, %d bytes", m.name, len(data))
		s.read(data, true)
	}
	b.processed = true
	m.loaded.Store(true)
	return true
}

// Preload reads every map whose backends are all local (files, inline
// data, or HTTP with a cached copy on disk, or a fallback file), as
// rspamd_map_preload does at startup, and installs the content at once on
// the caller's goroutine.
func (r *Registry) Preload() {
	for _, m := range r.Maps() {
		m.preload()
	}
}

func (m *Map) preload() {
	if m.fake {
		return
	}
	for _, b := range m.backends {
		switch b.proto {
		case ProtoFile, ProtoStatic:
			continue
		}
		if !m.reg.hasCachedFile(b) {
			if m.fallback == nil {
				return
			}
			break
		}
	}
	s := m.newSession()
	for _, b := range m.backends {
		ok := true
		switch b.proto {
		case ProtoFile:
			ok = m.readFile(b, s)
		case ProtoStatic:
			ok = m.readStatic(b, s)
		default:
			if !m.readCachedFile(b, s) {
				ok = m.fallback != nil && m.readFile(m.fallback, s)
			}
		}
		if !ok {
			m.infof("rspamd_map_preload", "preload of %s failed", m.name)
			return
		}
	}
	s.finish()()
	m.mu.Lock()
	m.seen = true
	m.mu.Unlock()
}
