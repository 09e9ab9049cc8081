package maps

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"strconv"
	"time"

	"github.com/gorspamd/rspamd/internal/zstd"
)

// nextCheckTime is rspamd_http_map_process_next_check: when to check an
// HTTP map again given the server's Expires (0: none) and validators. An
// Expires under the poll interval is raised to it, one over 8 hours gives
// min(10 polls, 8 hours); without Expires, validators allow 4 polls (at
// least 10 minutes) and their absence enforces 10 minutes.
func (m *Map) nextCheckTime(b *Backend, now, expires, interval int64, hasETag, hasLastModified bool) int64 {
	const (
		fn          = "rspamd_http_map_process_next_check"
		maxExpires  = 8 * 3600
		minNoExpire = 10 * 60
		liberalMult = 10
		maxValid    = 365 * 24 * 3600
	)
	if expires > now && expires-now > maxValid {
		m.warnf(fn, "expires header is absurdly far in future (overflow?) for %s, ignoring", b.uri)
		expires = 0
	}
	if expires > now {
		in := expires - now
		switch {
		case in > maxExpires:
			liberal := int64(maxExpires)
			if interval <= maxExpires/liberalMult {
				liberal = interval * liberalMult
			}
			if liberal > maxExpires {
				m.infof(fn, "expires header too high (%d hours) for %s, capping to 8 hours", in/3600, b.uri)
				return now + maxExpires
			}
			m.infof(fn, "expires header very high (%d hours) for %s, using liberal interval %d seconds",
				in/3600, b.uri, liberal)
			return now + liberal
		case in < interval:
			m.debugf(fn, "expires header (%d sec) less than map_check_interval (%d sec) for %s, using map_check_interval",
				in, interval, b.uri)
			return now + interval
		}
		return expires
	}
	if hasETag || hasLastModified {
		const respectfulMult = 4
		respectful := int64(maxExpires)
		if interval <= maxExpires/respectfulMult {
			respectful = interval * respectfulMult
		}
		if respectful < minNoExpire {
			m.infof(fn, "no expires but has cache validation for %s, using 10 minute minimum", b.uri)
			return now + minNoExpire
		}
		return now + respectful
	}
	if interval < minNoExpire {
		m.infof(fn, "no cache validation and low map_check_interval (%d sec) for %s, enforcing 10 minute minimum",
			interval, b.uri)
		return now + minNoExpire
	}
	return now + interval
}

// httpResponse is what an HTTP map request gives back.
type httpResponse struct {
	code         int
	date         int64 // Date header, 0 when absent
	lastModified int64 // Last-Modified, 0 when absent
	expires      string
	hasExpires   bool
	etag         string
	hasETag      bool
	body         []byte
	addr         string // the server address, as rspamd prints it
}

func parseHTTPDate(s string) int64 {
	t, err := http.ParseTime(s)
	if err != nil {
		return -1
	}
	return t.Unix()
}

func (r *Registry) httpClient() *http.Client {
	if r.cfg.HTTPClient != nil {
		return r.cfg.HTTPClient
	}
	return http.DefaultClient
}

// maxSize is the size limit of a backend's data.
func (b *Backend) maxSize() int64 {
	if b.http != nil && b.http.maxSize > 0 {
		return b.http.maxSize
	}
	return b.m.reg.cfg.MaxSize
}

// defaultHTTPTimeout bounds a map request when the maps { } block sets no
// stage timeouts.
const defaultHTTPTimeout = 60 * time.Second

// request sends the check (HEAD, conditional) or read (GET) request of
// an HTTP backend (write_http_request).
func (m *Map) request(ctx context.Context, b *Backend, check bool) (*httpResponse, error) {
	h := b.http
	timeout := h.timeout
	if timeout <= 0 {
		timeout = defaultHTTPTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	scheme := "http"
	if b.proto == ProtoHTTPS {
		scheme = "https"
	}
	hostport := net.JoinHostPort(h.host, strconv.Itoa(h.port))
	method := http.MethodGet
	if check {
		method = http.MethodHead
	}
	res := &httpResponse{}
	req, err := http.NewRequestWithContext(ctx, method, scheme+"://"+hostport+h.path+h.rest, nil)
	if err != nil {
		return res, err
	}
	req.Host = h.host
	req.Header.Set("User-Agent", m.reg.cfg.UserAgent)
	if check {
		h.mu.Lock()
		if h.lastModified != 0 {
			req.Header.Set("If-Modified-Since", time.Unix(h.lastModified, 0).UTC().Format(http.TimeFormat))
		}
		if h.hasETag {
			req.Header["If-None-Match"] = []string{h.etag}
		}
		h.mu.Unlock()
	}
	if h.userinfo != "" {
		req.Header.Set("Authorization", h.userinfo)
	}
	trace := &httptrace.ClientTrace{GotConn: func(ci httptrace.GotConnInfo) {
		if a, ok := ci.Conn.RemoteAddr().(*net.TCPAddr); ok {
			res.addr = a.String()
		}
	}}
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	resp, err := m.reg.httpClient().Do(req)
	if err != nil {
		return res, err
	}
	defer resp.Body.Close()
	limit := b.maxSize()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return res, err
	}
	if int64(len(body)) > limit {
		return res, fmt.Errorf("body is too large: %d bytes max", limit)
	}
	res.code, res.body = resp.StatusCode, body
	if d := resp.Header.Get("Date"); d != "" {
		if t := parseHTTPDate(d); t > 0 {
			res.date = t
		}
	}
	if lm := resp.Header.Get("Last-Modified"); lm != "" {
		if t := parseHTTPDate(lm); t > 0 {
			res.lastModified = t
		}
	}
	if v, ok := resp.Header["Expires"]; ok && len(v) > 0 {
		res.expires, res.hasExpires = v[0], true
	}
	if v, ok := resp.Header["Etag"]; ok && len(v) > 0 {
		res.etag, res.hasETag = v[0], true
	}
	return res, nil
}

// fetch sends a request and logs a failed one (http_map_error); nil means
// the backend failed.
func (m *Map) fetch(ctx context.Context, b *Backend, check bool) *httpResponse {
	res, err := m.request(ctx, b, check)
	if err != nil {
		if ctx.Err() == nil {
			m.errf("http_map_error", "error reading %s(%s): connection with http server terminated incorrectly: %s",
				b.uriLog, res.addr, err)
		}
		return nil
	}
	return res
}

// expiry computes next_check from a response's Expires and validators.
func (m *Map) expiry(b *Backend, res *httpResponse, hasETag bool) (hasExpires bool) {
	const fn = "http_map_finish"
	poll := int64(m.pollTimeout)
	switch {
	case res.hasExpires:
		if hdate := parseHTTPDate(res.expires); hdate != -1 && hdate > res.date {
			m.nextCheck.Store(m.nextCheckTime(b, res.date, hdate, poll, hasETag, res.lastModified != 0))
			return true
		}
		m.infof(fn, "invalid expires header: %s, ignore it", res.expires)
		m.nextCheck.Store(m.nextCheckTime(b, res.date, 0, poll, hasETag, res.lastModified != 0))
	case hasETag || res.lastModified != 0:
		m.nextCheck.Store(m.nextCheckTime(b, res.date, 0, poll, hasETag, res.lastModified != 0))
	}
	return false
}

// noteDates records when the server answered and the data's modification
// time (the Date header when there is no Last-Modified), and reports
// whether an ETag is known.
func (h *httpBackend) noteDates(res *httpResponse) (hasETag bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastChecked = res.date
	if res.lastModified != 0 {
		h.lastModified = res.lastModified
	} else {
		h.lastModified = res.date
	}
	return h.hasETag
}

// httpCheck asks the server whether the data changed (a HEAD with
// If-Modified-Since and If-None-Match).
func (m *Map) httpCheck(ctx context.Context, b *Backend) (changed, failed bool) {
	const fn = "http_map_finish"
	h := b.http
	res := m.fetch(ctx, b, true)
	if res == nil {
		return false, true
	}
	switch res.code {
	case http.StatusOK:
		m.infof(fn, "need to reread map from %s (reply code 200); date timestamp: %d, last modified: %d",
			b.uri, res.date, res.lastModified)
		return true, false
	case http.StatusNotModified:
		hasETag := h.noteDates(res)
		hasExpires := m.expiry(b, res, hasETag)
		if res.hasETag {
			h.mu.Lock()
			if h.hasETag {
				h.etag = res.etag
			}
			h.mu.Unlock()
		}
		next := time.Unix(m.nextCheck.Load(), 0).UTC().Format(http.TimeFormat)
		if hasExpires {
			m.infof(fn, "data is not modified for server %s (%s), next check at %s (http cache based: %s)",
				h.host, b.uri, next, res.expires)
		} else {
			m.infof(fn, "data is not modified for server %s (%s), next check at %s (timer based)",
				h.host, b.uri, next)
		}
		m.updateCachedFile(b)
		return false, false
	}
	m.infof(fn, "cannot load map %s from %s: HTTP error %d", b.uri, h.host, res.code)
	return false, true
}

// httpRead fetches an HTTP backend and reads it into the session.
func (m *Map) httpRead(ctx context.Context, b *Backend, s *session) bool {
	const fn = "http_map_finish"
	h := b.http
	res := m.fetch(ctx, b, false)
	if res == nil {
		return false
	}
	if res.code != http.StatusOK {
		m.infof(fn, "cannot load map %s from %s: HTTP error %d", b.uri, h.host, res.code)
		return false
	}
	h.noteDates(res)
	if len(res.body) == 0 {
		m.errf(fn, "cannot read empty map")
		return false
	}
	m.expiry(b, res, res.hasETag)
	h.mu.Lock()
	h.etag, h.hasETag = res.etag, res.hasETag
	h.mu.Unlock()
	next := m.nextCheck.Load()
	if next == 0 {
		next = time.Now().Unix() + int64(m.pollTimeout)
	}
	nextDate := time.Unix(next, 0).UTC().Format(http.TimeFormat)
	payload := res.body
	if b.encrypted {
		dec, ok := b.decrypt(payload)
		if !ok {
			m.errf(fn, "%s(%s): cannot decrypt data", b.uriLog, res.addr)
			return false
		}
		payload = dec
	}
	if b.compressed || zstd.HasMagic(payload) {
		out, err := zstd.DecompressBounded(payload, b.maxSize())
		if err != nil {
			m.errf(fn, "%s(%s): cannot decompress data: %s", b.uriLog, res.addr, err)
			return false
		}
		m.infof(fn, "%s(%s): read map data %d bytes compressed, %d uncompressed, next check at %s",
			b.uri, res.addr, len(payload), len(out), nextDate)
		payload = out
	} else {
		m.infof(fn, "%s(%s): read map data %d bytes, next check at %s", b.uri, res.addr, len(payload), nextDate)
	}
	if !m.saveCachedFile(b, payload) {
		m.errf(fn, "%s: failed to save cache file", b.uriLog)
		return false
	}
	if m.kind == KindCDB {
		s.readName(m.reg.cachePath(b))
	} else {
		s.read(payload, true)
	}
	m.loaded.Store(true)
	m.cached.Store(true)
	return true
}

// cacheChanged tells a scanner that the primary controller stored newer
// data for an HTTP backend in the cache file.
func (m *Map) cacheChanged(b *Backend) bool {
	if m.reg.cfg.CacheDir == "" {
		return false
	}
	f, err := os.Open(m.reg.cachePath(b))
	if err != nil {
		return false
	}
	defer f.Close()
	raw := make([]byte, cacheStructSize)
	if _, err := io.ReadFull(f, raw); err != nil {
		return false
	}
	hdr := unmarshalCacheHeader(raw)
	if !bytes.Equal(hdr.magic[:], cacheMagic) && !bytes.Equal(hdr.magic[:], cacheMagicOld) {
		return false
	}
	h := b.http
	h.mu.Lock()
	defer h.mu.Unlock()
	if int64(hdr.mtime) > h.lastModified || !m.loaded.Load() {
		m.infof("rspamd_map_common_http_callback", "need to reread cached map triggered by %s (%d our modify time, %d cached modify time)",
			b.uri, h.lastModified, hdr.mtime)
		return true
	}
	return false
}
