package maps

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// The on-disk cache of HTTP maps is upstream's, so that both read each
// other's files: "<cache dir>/<hex of the first 20 bytes of BLAKE2b(uri)>.map"
// holding a 16 KiB header page (the 40-byte header below, then the ETag,
// zero padded) and the payload as fetched (compressed or encrypted
// payloads are stored decoded).
const (
	cacheHeaderSize = 16384
	cacheStructSize = 40
)

var (
	cacheMagic    = []byte("rmcd2001")
	cacheMagicOld = []byte("rmcd2000")
)

// cacheHeader is struct rspamd_http_file_data (x86_64 layout).
type cacheHeader struct {
	magic     [8]byte
	dataOff   int64
	mtime     uint64
	nextCheck uint64
	etagLen   uint64
}

func (h *cacheHeader) marshal() []byte {
	b := make([]byte, cacheStructSize)
	copy(b, h.magic[:])
	binary.LittleEndian.PutUint64(b[8:], uint64(h.dataOff))
	binary.LittleEndian.PutUint64(b[16:], h.mtime)
	binary.LittleEndian.PutUint64(b[24:], h.nextCheck)
	binary.LittleEndian.PutUint64(b[32:], h.etagLen)
	return b
}

func unmarshalCacheHeader(b []byte) cacheHeader {
	var h cacheHeader
	copy(h.magic[:], b)
	h.dataOff = int64(binary.LittleEndian.Uint64(b[8:]))
	h.mtime = binary.LittleEndian.Uint64(b[16:])
	h.nextCheck = binary.LittleEndian.Uint64(b[24:])
	h.etagLen = binary.LittleEndian.Uint64(b[32:])
	return h
}

// CacheFileName returns the name of the cache file of an HTTP map's URL
// in the maps cache directory (rspamd_map_cache_file_path).
func CacheFileName(uri string) string {
	d := cryptobox.Hash([]byte(uri))
	return hex.EncodeToString(d[:20]) + ".map"
}

// cachePath is rspamd_map_cache_file_path.
func (r *Registry) cachePath(b *Backend) string {
	return r.cfg.CacheDir + "/" + CacheFileName(b.uri)
}

// EncodeCacheFile returns a cache file as upstream writes it: the header
// page (modification time, next check, ETag) then the payload.
func EncodeCacheFile(payload []byte, lastModified, nextCheck int64, etag string) []byte {
	hdr := cacheHeader{dataOff: cacheHeaderSize, mtime: uint64(lastModified), nextCheck: uint64(nextCheck)}
	copy(hdr.magic[:], cacheMagic)
	etag = etag[:min(len(etag), cacheHeaderSize-cacheStructSize)]
	hdr.etagLen = uint64(len(etag))
	page := make([]byte, cacheHeaderSize, cacheHeaderSize+len(payload))
	copy(page, hdr.marshal())
	copy(page[cacheStructSize:], etag)
	return append(page, payload...)
}

// hasCachedFile is rspamd_map_has_http_cached_file.
func (r *Registry) hasCachedFile(b *Backend) bool {
	if r.cfg.CacheDir == "" {
		return false
	}
	st, err := os.Stat(r.cachePath(b))
	return err == nil && st.Size() > cacheStructSize
}

func lockFile(f *os.File) error   { return syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }
func unlockFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

// cacheHeaderPage builds the header page for the backend's current state.
func (m *Map) cacheHeaderPage(h *httpBackend) []byte {
	const fn = "rspamd_map_save_http_cached_file"
	h.mu.Lock()
	etag, mtime := h.etag, h.lastModified
	h.mu.Unlock()
	if maxETag := cacheHeaderSize - cacheStructSize; len(etag) > maxETag {
		m.warnf(fn, "etag too long (%d > %d), truncating", len(etag), maxETag)
	}
	return EncodeCacheFile(nil, mtime, m.nextCheck.Load(), etag)
}

// saveCachedFile is rspamd_map_save_http_cached_file: the payload goes to
// a temporary file renamed over the cache file.
func (m *Map) saveCachedFile(b *Backend, data []byte) bool {
	const fn = "rspamd_map_save_http_cached_file"
	r := m.reg
	if r.cfg.CacheDir == "" {
		return false
	}
	path := r.cachePath(b)
	tmp := fmt.Sprintf("%s.tmp.%d.%d", path, os.Getpid(), time.Now().Unix())
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_TRUNC|os.O_CREATE, 0o600)
	if err != nil {
		return false
	}
	fail := func(format string, args ...any) bool {
		m.errf(fn, format, args...)
		f.Close()
		os.Remove(tmp)
		return false
	}
	if err := lockFile(f); err != nil {
		return fail("cannot lock file %s: %s", tmp, syserr.Text(err))
	}
	if _, err := f.Write(m.cacheHeaderPage(b.http)); err != nil {
		return fail("cannot write file %s (header stage): %s", tmp, syserr.Text(err))
	}
	if _, err := f.Write(data); err != nil {
		return fail("cannot write file %s (data stage): %s", tmp, syserr.Text(err))
	}
	unlockFile(f)
	f.Close()
	if err := os.Rename(tmp, path); err != nil {
		m.errf(fn, "cannot rename %s to %s: %s", tmp, path, syserr.Text(err))
		os.Remove(tmp)
		return false
	}
	m.infof(fn, "saved data from %s in %s, %d bytes", b.uri, path, len(data))
	return true
}

// updateCachedFile is rspamd_map_update_http_cached_file: a new header
// page for an unchanged payload.
func (m *Map) updateCachedFile(b *Backend) bool {
	const fn = "rspamd_map_update_http_cached_file"
	if !m.reg.hasCachedFile(b) {
		return false
	}
	path := m.reg.cachePath(b)
	f, err := os.OpenFile(path, os.O_WRONLY, 0o600)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := lockFile(f); err != nil {
		m.errf(fn, "cannot lock file %s: %s", path, syserr.Text(err))
		return false
	}
	defer unlockFile(f)
	if _, err := f.Write(m.cacheHeaderPage(b.http)); err != nil {
		m.errf(fn, "cannot update file %s (header stage): %s", path, syserr.Text(err))
		return false
	}
	return true
}

// readCachedFile is rspamd_map_read_http_cached_file: it loads an HTTP
// backend from its cache file, with the validators stored there.
func (m *Map) readCachedFile(b *Backend, s *session) bool {
	const fn = "rspamd_map_read_http_cached_file"
	r := m.reg
	if r.cfg.CacheDir == "" {
		return false
	}
	path := r.cachePath(b)
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	if err := lockFile(f); err != nil {
		m.errf(fn, "cannot lock file %s: %s", path, syserr.Text(err))
		f.Close()
		return false
	}
	st, _ := f.Stat()
	raw := make([]byte, cacheStructSize)
	if _, err := io.ReadFull(f, raw); err != nil {
		m.errf(fn, "cannot read file %s (header stage): %s", path, readErrString(err))
		f.Close()
		return false
	}
	hdr := unmarshalCacheHeader(raw)
	legacyOff := int64(-1)
	if !bytes.Equal(hdr.magic[:], cacheMagic) {
		if !bytes.Equal(hdr.magic[:], cacheMagicOld) {
			m.warnf(fn, "invalid magic in file %s; ignore it", path)
			f.Close()
			return false
		}
		m.infof(fn, "old version cache file %s; will be rewritten on next update", path)
		legacyOff = hdr.dataOff
	}
	now := time.Now().Unix()
	h := b.http
	if int64(hdr.nextCheck) > now {
		m.nextCheck.Store(m.nextCheckTime(b, now, int64(hdr.nextCheck), int64(m.pollTimeout), hdr.etagLen > 0, true))
	} else {
		m.nextCheck.Store(now)
	}
	h.mu.Lock()
	h.lastModified = int64(hdr.mtime)
	h.mu.Unlock()
	if hdr.etagLen > 0 {
		if st == nil || hdr.etagLen > uint64(st.Size()-cacheStructSize) {
			// A short read: upstream reports errno, which is then 0.
			m.errf(fn, "cannot read file %s (etag stage): %s", path, "Success")
			f.Close()
			return false
		}
		etag := make([]byte, hdr.etagLen)
		if _, err := io.ReadFull(f, etag); err != nil {
			m.errf(fn, "cannot read file %s (etag stage): %s", path, readErrString(err))
			f.Close()
			return false
		}
		h.mu.Lock()
		if h.hasETag {
			m.warnf(fn, "etag is already defined as %s; cached is %s; ignore cached", h.etag, etag)
		} else {
			h.etag, h.hasETag = string(etag), true
		}
		h.mu.Unlock()
	}
	unlockFile(f)
	f.Close()
	if legacyOff != -1 {
		if !m.upgradeCachedFile(b, path, legacyOff) {
			os.Remove(path)
			return false
		}
		hdr.dataOff = cacheHeaderSize
		if st, err = os.Stat(path); err != nil {
			m.errf(fn, "cannot stat upgraded cache file %s: %s", path, syserr.Text(err))
			return false
		}
	}
	if m.kind == KindCDB {
		m.infof(fn, "%s: passing cached file %s for no_file_read (offset %d)", b.uri, path, hdr.dataOff)
		s.readName(path)
	} else if !m.readChunks(s, path, hdr.dataOff, st.Size()-hdr.dataOff) {
		return false
	}
	m.loaded.Store(true)
	m.cached.Store(true)
	h.mu.Lock()
	etag, hasETag, lm := h.etag, h.hasETag, h.lastModified
	h.mu.Unlock()
	etagStr := "(NULL)"
	if hasETag {
		etagStr = etag
	}
	const layout = "2006-01-02 15:04:05"
	m.infof(fn, "read cached data for %s from %s, %d bytes; next check at: %s; last modified on: %s; etag: %s",
		b.uri, path, st.Size()-hdr.dataOff, time.Unix(m.nextCheck.Load(), 0).Format(layout),
		time.Unix(lm, 0).Format(layout), etagStr)
	return true
}

// upgradeCachedFile is rspamd_map_upgrade_http_cached_file: a cache file
// of the old layout is rewritten in the page-aligned one.
func (m *Map) upgradeCachedFile(b *Backend, path string, off int64) bool {
	const fn = "rspamd_map_upgrade_http_cached_file"
	data, err := os.ReadFile(path)
	if err != nil {
		m.errf(fn, "cannot open legacy cache file %s: %s", path, syserr.Text(err))
		return false
	}
	if off < cacheStructSize || off >= int64(len(data)) {
		m.warnf(fn, "legacy cache file %s has invalid data offset: %d, file size: %d", path, off, len(data))
		return false
	}
	if !m.saveCachedFile(b, data[off:]) {
		return false
	}
	m.infof(fn, "upgraded legacy cache file %s to page-aligned format", path)
	return true
}

// readErrString words a short read as upstream does (errno is then 0).
func readErrString(err error) string {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "Success"
	}
	return syserr.Text(err)
}
