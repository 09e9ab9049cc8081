package maps

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/nacl/secretbox"

	"github.com/gorspamd/rspamd/internal/khash"
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/zstd"
)

// logRec collects log messages.
type logRec struct {
	mu   sync.Mutex
	msgs []string
}

func (r *logRec) Enabled(context.Context, slog.Level) bool { return true }
func (r *logRec) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	r.msgs = append(r.msgs, rec.Level.String()+" "+rec.Message)
	r.mu.Unlock()
	return nil
}
func (r *logRec) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *logRec) WithGroup(string) slog.Handler      { return r }

func (r *logRec) has(sub string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range r.msgs {
		if strings.Contains(m, sub) {
			return true
		}
	}
	return false
}

func newTestRegistry(t *testing.T, cfg Config) (*Registry, *logRec) {
	t.Helper()
	rec := &logRec{}
	cfg.Logger = slog.New(rec)
	if cfg.CacheDir == "" {
		cfg.CacheDir = t.TempDir()
	}
	return NewRegistry(cfg), rec
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestKVParser(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    []string
		invalid int
	}{
		{"a b\nc\n", []string{"a=b", "c="}, 0},
		{"  a   b c  \n", []string{"a=b c"}, 0},
		{"a # c\n# x\nb#c\n", []string{"a=", "b="}, 0},
		{"a\\#b v\n", []string{"a\\#b=v"}, 0},
		{"\"a b\" v\n\"\" e\n", []string{"a b=v", "=e"}, 0},
		{"/a b/i v\n/x\ny/ z\n", []string{"/a b/i=v", "/x\ny/=z"}, 0},
		{"k v", []string{"k=v"}, 0},
		{"k   ", nil, 0},
		{"a\r\nb v\r\n", []string{"a=", "b=v"}, 0},
	} {
		var got []string
		inv := 0
		kp := kvParser{def: "", insert: func(k, v string) { got = append(got, k+"="+v) }, invalid: func(int) { inv++ }}
		kp.parse([]byte(c.in), true)
		if !slices.Equal(got, c.want) || inv != c.invalid {
			t.Errorf("%q: got %q (%d invalid), want %q", c.in, got, inv, c.want)
		}
	}
}

func TestFeedChunks(t *testing.T) {
	// A line cut between key and value by a chunk boundary loses its key,
	// and the boundary after a line feeds its last token again.
	data := "k1 v1\nk2 valuevalue\nk3 v3\n"
	var got []string
	inv := 0
	kp := kvParser{insert: func(k, v string) { got = append(got, k+"="+v) }, invalid: func(int) { inv++ }}
	if err := feedChunksOf(strings.NewReader(data), int64(len(data)), 16, kp.parse); err != nil {
		t.Fatal(err)
	}
	if len(got) == 3 && inv == 0 {
		t.Fatalf("no chunk boundary effect: %q", got)
	}
	// A whole read sees every line.
	got, inv = nil, 0
	feedChunksOf(strings.NewReader(data), int64(len(data)), 1<<20, kp.parse)
	if !slices.Equal(got, []string{"k1=v1", "k2=valuevalue", "k3=v3"}) || inv != 0 {
		t.Fatalf("whole: %q %d", got, inv)
	}
}

func TestKeyTable(t *testing.T) {
	var h khash.Table[string, int, keyOps]
	for i := range 1000 {
		x, isNew := h.Put(fmt.Sprintf("Key%d", i))
		if !isNew {
			t.Fatalf("key %d not new", i)
		}
		h.SetValue(x, i)
	}
	for i := range 1000 {
		x, ok := h.Get(fmt.Sprintf("kEY%d", i))
		if !ok || h.Value(x) != i {
			t.Fatalf("key %d: %v %d", i, ok, h.Value(x))
		}
	}
	if _, ok := h.Get("missing"); ok {
		t.Fatal("missing found")
	}
	if h.Len() != 1000 {
		t.Fatalf("size %d", h.Len())
	}
}

func TestDefinitions(t *testing.T) {
	reg, rec := newTestRegistry(t, Config{})
	if !IsMap("/x") || !IsMap("HTTPS://x") || !IsMap("sign+x") || IsMap("1.2.3.4") || IsMap("static") {
		t.Error("IsMap")
	}
	for _, n := range kindNames {
		if k, ok := ParseKind(n); !ok || k.String() != n {
			t.Errorf("kind %s", n)
		}
	}
	if k, _ := ParseKind("map"); k != KindHash {
		t.Error("map is hash")
	}
	if _, ok := ParseKind("nope"); ok {
		t.Error("nope")
	}
	if got := redactURI("https://user:p@ss@host:1/x@y"); got != "https://***@host:1/x@y" {
		t.Errorf("redact: %s", got)
	}
	host, port, path, rest, ui, ok := parseHTTPURL("http://u:p@[::1]:8080/a/b?x=1#f")
	if !ok || host != "::1" || port != "8080" || path != "/a/b" || rest != "?x=1#f" || ui != "u:p" {
		t.Errorf("parseHTTPURL: %q %q %q %q %q %v", host, port, path, rest, ui, ok)
	}
	m := reg.AddLine("https://u:p@example.invalid?q=1", "d", KindSet)
	if m == nil || m.backends[0].http.path != "/" || m.backends[0].http.rest != "" ||
		m.backends[0].http.userinfo != "Basic dTpw" || m.backends[0].http.port != 443 {
		t.Fatalf("https backend: %+v", m.backends[0].http)
	}
	m = reg.AddStatic(ucl.NewString("10.0.0.0/8"), "", KindRadix)
	reg.Preload()
	if v, ok := m.LookupIP("10.1.2.3"); !ok || v != "1" {
		t.Errorf("static radix: %q %v", v, ok)
	}
	if m.Description() != "static radix map" || m.Name() != "static" {
		t.Errorf("static radix: %q %q", m.Description(), m.Name())
	}
	if reg.AddLine("fallback+/x", "", KindSet) != nil || !rec.has("cannot add map with fallback only backend: /x") {
		t.Error("fallback-only line")
	}
}

// secretboxFile encrypts data as upstream's .enc maps are: nonce, then the
// sealed box.
func secretboxFile(t *testing.T, key [32]byte, data []byte) []byte {
	var nonce [24]byte
	rand.Read(nonce[:])
	return secretbox.Seal(nonce[:], data, &nonce, &key)
}

func TestEncryptedAndCompressed(t *testing.T) {
	dir := t.TempDir()
	secret := "00112233445566778899aabbccddeeff"
	conf, mo := ucl.New(ucl.TypeObject), ucl.New(ucl.TypeObject)
	mo.InsertKey("secretbox_key", ucl.NewString(secret))
	conf.InsertKey("maps", mo)
	reg, rec := newTestRegistry(t, Config{Config: conf})
	key, _ := decodeSecretboxKey(secret)
	raw := make([]byte, 16)
	for i := range raw {
		raw[i] = byte(0x00 + i*0x11)
	}
	if key != blake2b.Sum256(raw) {
		t.Fatal("hex secrets are decoded before hashing")
	}
	os.WriteFile(filepath.Join(dir, "a.enc"), secretboxFile(t, key, []byte("enc1 v1\n")), 0o644)
	z, err := zstd.Compress([]byte("enc2 v2\n"), 1)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "b.zst.enc"), secretboxFile(t, key, z), 0o644)
	os.WriteFile(filepath.Join(dir, "c.enc"), []byte("garbage that is long enough to be a secretbox"), 0o644)
	a := reg.AddLine(filepath.Join(dir, "a.enc"), "", KindHash)
	b := reg.AddLine(filepath.Join(dir, "b.zst.enc"), "", KindHash)
	c := reg.AddLine(filepath.Join(dir, "c.enc"), "", KindHash)
	reg.Preload()
	if v, _ := a.Lookup("enc1"); v != "v1" {
		t.Errorf("a: %q", v)
	}
	if v, _ := b.Lookup("enc2"); v != "v2" {
		t.Errorf("b: %q", v)
	}
	if c.Loaded() || !rec.has("secretbox authentication failed") || !rec.has("cannot decrypt data: secretbox auth failed") {
		t.Errorf("c: loaded %v, logs %q", c.Loaded(), rec.msgs)
	}
}

func TestNextCheckTime(t *testing.T) {
	reg, _ := newTestRegistry(t, Config{})
	m := reg.AddLine("http://127.0.0.1/x", "", KindSet)
	b := m.backends[0]
	const now = 1_000_000
	for _, c := range []struct {
		expires, interval int64
		etag, lm          bool
		want              int64
	}{
		{now + 600, 300, false, false, now + 600},                 // reasonable Expires
		{now + 100, 300, false, false, now + 300},                 // under the interval
		{now + 9*3600, 300, false, false, now + 3000},             // over 8 hours: 10 polls
		{now + 9*3600, 3600, false, false, now + 8*3600},          // capped
		{now + 400*24*3600, 300, true, false, now + 1200},         // absurd: as if none
		{0, 300, true, false, now + 1200},                         // validators: 4 polls
		{0, 60, false, true, now + 600},                           // at least 10 minutes
		{0, 60, false, false, now + 600},                          // no validators
		{0, 900, false, false, now + 900},                         // interval
		{0, 3 * 3600, true, true, now + 8*3600},                   // 4 polls capped
		{now - 10, 300, false, false, now + 600},                  // expired
		{now + 5*3600, 300, false, false, now + 5*3600},           // reasonable
		{now + 9*3600, 8 * 3600 / 10, false, false, now + 8*3600}, // exactly the cap
	} {
		if got := m.nextCheckTime(b, now, c.expires, c.interval, c.etag, c.lm); got != c.want {
			t.Errorf("%+v: got %d", c, got-now)
		}
	}
}

// testLoop is an event loop for the Poster.
type testLoop struct {
	ch   chan func()
	done chan struct{}
}

func newTestLoop(t *testing.T) *testLoop {
	l := &testLoop{ch: make(chan func(), 64), done: make(chan struct{})}
	go func() {
		defer close(l.done)
		for fn := range l.ch {
			fn()
		}
	}()
	t.Cleanup(func() { close(l.ch); <-l.done })
	return l
}

func (l *testLoop) post(fn func()) bool { l.ch <- fn; return true }

// await waits for a signal on ch.
func await(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("timeout waiting for %s", what)
	}
}

func TestFileWatch(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.txt")
	writeFile(t, path, "one 1\n")
	reg, rec := newTestRegistry(t, Config{Timeout: 1})
	m := reg.AddLine(path, "", KindHash)
	loaded := make(chan struct{}, 8)
	m.OnLoad(func() { signal(loaded) })
	reg.Preload()
	await(t, loaded, "preload")
	l := newTestLoop(t)
	reg.Watch(l.post, WatchScanner)
	defer reg.Stop()
	writeFile(t, path, "two 2\nthree 3\n")
	eventually(t, "reload after change", func() bool { v, _ := m.Lookup("two"); return v == "2" })
	if _, ok := m.Lookup("one"); ok {
		t.Error("old content kept")
	}
	if !rec.has("rereading map file "+path) || !rec.has("for map file "+path) {
		t.Errorf("logs: %q", rec.msgs)
	}
	// A removed file keeps the content; a new file is read.
	os.Remove(path)
	time.Sleep(1500 * time.Millisecond)
	if v, _ := m.Lookup("two"); v != "2" {
		t.Error("content lost with the file")
	}
	writeFile(t, path, "four 4\n")
	eventually(t, "reload after re-creation", func() bool { v, _ := m.Lookup("four"); return v == "4" })
}

// eventually waits until cond holds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timeout waiting for %s", what)
}

// mapServer serves one map with validators.
type mapServer struct {
	mu       sync.Mutex
	body     string
	etag     string
	status   int
	requests []string // method and conditional headers
}

func (s *mapServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, fmt.Sprintf("%s %s inm=%q ims=%v ua=%s", r.Method, r.URL.RequestURI(),
		r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since") != "", r.Header.Get("User-Agent")))
	if s.status != 0 {
		w.WriteHeader(s.status)
		return
	}
	if inm := r.Header.Get("If-None-Match"); inm != "" && inm == s.etag {
		w.Header().Set("ETag", s.etag)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", s.etag)
	w.Header().Set("Last-Modified", time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat))
	if r.Method == http.MethodHead {
		return
	}
	w.Write([]byte(s.body))
}

func (s *mapServer) set(body, etag string, status int) {
	s.mu.Lock()
	s.body, s.etag, s.status = body, etag, status
	s.mu.Unlock()
}

func (s *mapServer) log() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.requests
	s.requests = nil
	return out
}

func TestHTTPMap(t *testing.T) {
	srv := &mapServer{body: "alpha 1\nbeta 2\n", etag: `"v1"`}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	cache := t.TempDir()
	reg, rec := newTestRegistry(t, Config{CacheDir: cache, HTTPClient: ts.Client()})
	url := ts.URL + "/map.txt?x=1"
	m := reg.AddLine(url, "http map", KindHash)
	loaded := make(chan struct{}, 8)
	m.OnLoad(func() { signal(loaded) })
	l := newTestLoop(t)
	reg.Watch(l.post, WatchPrimaryController)
	defer reg.Stop()
	await(t, loaded, "first fetch")
	if v, _ := m.Lookup("beta"); v != "2" {
		t.Fatalf("beta: %q", v)
	}
	if got := srv.log(); len(got) != 2 || !strings.HasPrefix(got[0], `HEAD /map.txt?x=1 inm="" ims=false ua=rspamd-4.1.5`) ||
		!strings.HasPrefix(got[1], `GET /map.txt?x=1 inm="" ims=false`) {
		t.Fatalf("requests: %q", got)
	}
	if !m.Cached() || !rec.has("saved data from "+url) || !rec.has("read hash of 2 elements") {
		t.Errorf("logs: %q", rec.msgs)
	}
	ws := m.ws.Load()
	ws.mu.Lock()
	if ws.timer != nil {
		ws.timer.Stop()
		ws.timer = nil
	}
	ws.mu.Unlock()

	// Not modified: a conditional HEAD, no reload.
	ws.periodic()
	if got := srv.log(); len(got) != 1 || !strings.HasPrefix(got[0], `HEAD /map.txt?x=1 inm="\"v1\"" ims=true`) {
		t.Fatalf("check requests: %q", got)
	}
	if !rec.has(`data is not modified for server 127.0.0.1 (` + url + `)`) {
		t.Errorf("logs: %q", rec.msgs)
	}
	select {
	case <-loaded:
		t.Fatal("reloaded though not modified")
	case <-time.After(100 * time.Millisecond):
	}

	// Modified: HEAD says 200, the map is fetched again.
	srv.set("gamma 3\n", `"v2"`, 0)
	stopTimer(ws)
	ws.periodic()
	await(t, loaded, "refetch")
	if v, _ := m.Lookup("gamma"); v != "3" {
		t.Errorf("gamma: %q", v)
	}

	// A server error keeps the content (on-load functions still run).
	srv.set("", `"v3"`, http.StatusInternalServerError)
	stopTimer(ws)
	ws.periodic()
	await(t, loaded, "error run")
	if v, _ := m.Lookup("gamma"); v != "3" {
		t.Errorf("after error: %q", v)
	}
	if !rec.has("cannot load map " + url + " from 127.0.0.1: HTTP error 500") {
		t.Errorf("logs: %q", rec.msgs)
	}

	// Another process reads the cache file at startup.
	reg2, rec2 := newTestRegistry(t, Config{CacheDir: cache})
	m2 := reg2.AddLine(url, "http map", KindHash)
	reg2.Preload()
	if v, _ := m2.Lookup("gamma"); v != "3" || !m2.Cached() {
		t.Errorf("from cache: %q; logs %q", v, rec2.msgs)
	}
	if h := m2.backends[0].http; h.etag != `"v2"` || h.lastModified == 0 {
		t.Errorf("validators from cache: %q %d", h.etag, h.lastModified)
	}
	// A scanner picks up a newer cache.
	reg3, _ := newTestRegistry(t, Config{CacheDir: cache})
	m3 := reg3.AddLine(url, "http map", KindHash)
	loaded3 := make(chan struct{}, 4)
	m3.OnLoad(func() { signal(loaded3) })
	reg3.Watch(newTestLoop(t).post, WatchScanner)
	defer reg3.Stop()
	await(t, loaded3, "scanner load")
	if v, _ := m3.Lookup("gamma"); v != "3" {
		t.Errorf("scanner: %q", v)
	}
}

func stopTimer(ws *mapWatch) {
	ws.mu.Lock()
	if ws.timer != nil {
		ws.timer.Stop()
		ws.timer = nil
	}
	ws.mu.Unlock()
}

func TestHTTPFallbackAndErrors(t *testing.T) {
	dir := t.TempDir()
	fb := filepath.Join(dir, "fb.txt")
	writeFile(t, fb, "fallback\n")
	reg, rec := newTestRegistry(t, Config{})
	arr := ucl.New(ucl.TypeArray)
	arr.ArrayAppend(ucl.NewString("http://127.0.0.1:1/none"))
	arr.ArrayAppend(ucl.NewString("fallback+" + fb))
	m := reg.Add(arr, "", KindSet)
	reg.Preload()
	if _, ok := m.Lookup("fallback"); !ok {
		t.Fatalf("fallback not read: %q", rec.msgs)
	}
	// A server that refuses connections: the error is logged.
	loaded := make(chan struct{}, 4)
	m.OnLoad(func() { signal(loaded) })
	reg.Watch(newTestLoop(t).post, WatchPrimaryController)
	defer reg.Stop()
	await(t, loaded, "failed fetch")
	if !rec.has("error reading http://127.0.0.1:1/none(): connection with http server terminated incorrectly") {
		t.Errorf("logs: %q", rec.msgs)
	}
	if _, ok := m.Lookup("fallback"); !ok {
		t.Error("content lost on error")
	}
}

func TestCallbackMaps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.txt")
	writeFile(t, path, "k1 v1\n# c\nk2\n")
	reg, rec := newTestRegistry(t, Config{})
	var data []string
	var lines []string
	whole := reg.AddCallback(ucl.NewString(path), "", Callback{Data: func(b []byte) { data = append(data, string(b)) }})
	byLine := reg.AddCallback(ucl.NewString(path), "", Callback{ByLine: true, Line: func(k, v string) { lines = append(lines, k+"="+v) }})
	late := reg.Add(ucl.NewString(path), "", KindCallback)
	reg.Preload()
	if !slices.Equal(data, []string{"k1 v1\n# c\nk2\n"}) || !slices.Equal(lines, []string{"k1=v1", "k2="}) {
		t.Errorf("data %q lines %q", data, lines)
	}
	if !rec.has("map has no callback set") {
		t.Error("no callback: not logged")
	}
	var lateData string
	if err := late.SetCallback(Callback{Data: func(b []byte) { lateData = string(b) }}); err != nil {
		t.Fatal(err)
	}
	if err := whole.SetCallback(Callback{}); err != nil {
		t.Fatal(err)
	}
	reg.Preload()
	if lateData == "" {
		t.Error("late callback not called")
	}
	if _, ok := byLine.Lookup("k1"); ok {
		t.Error("callback maps answer no lookups")
	}
	if err := reg.AddLine(path, "", KindSet).SetCallback(Callback{}); err == nil {
		t.Error("SetCallback on a set map")
	}
}

func TestSignKey(t *testing.T) {
	reg, _ := newTestRegistry(t, Config{})
	m := reg.AddLine("sign+/nonexistent", "", KindSet)
	if err := m.SetSignKey("not base32!"); err == nil {
		t.Error("bad key accepted")
	}
	const key = "yywiiqadnpw1usik456jpcpthj513px7zhm4qecwftawquo5hs6b"
	if err := m.SetSignKey(key); err != nil {
		t.Fatal(err)
	}
	if m.backends[0].SignKey() != key || !m.IsSigned() {
		t.Error("sign key not set")
	}
}

func FuzzKV(f *testing.F) {
	for _, s := range []string{"a b\n", "\"q\\\"x\" v # c\n", "/re\n/i v", "k\r\n\r\nv", "#only", "\"", "/", "a\\#b"} {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, buf int) {
		if buf < 1 || buf > 1<<16 {
			buf = 16
		}
		n := 0
		kp := kvParser{def: "d", insert: func(k, v string) {
			n++
			if strings.IndexByte(k, 0) >= 0 || strings.IndexByte(v, 0) >= 0 {
				t.Fatalf("NUL in %q=%q", k, v)
			}
		}, invalid: func(int) {}}
		if err := feedChunksOf(strings.NewReader(s), int64(len(s)), buf, kp.parse); err != nil {
			t.Fatal(err)
		}
		if kp.state != kvSkipSpacesBeforeKey && len(s) > 0 && buf >= len(s) {
			t.Fatalf("state %d after the final chunk", kp.state)
		}
	})
}

func FuzzCDB(f *testing.F) {
	f.Add(make([]byte, 2048), "k")
	f.Add(append(bytes.Repeat([]byte{0x10, 0x08, 0, 0, 2, 0, 0, 0}, 256), 0, 0, 0, 0, 0, 0, 0, 0), "")
	f.Fuzz(func(t *testing.T, data []byte, key string) {
		if len(data) < 2048 {
			return
		}
		c := &cdbFile{mem: data}
		c.dend = uint32(data[0]) | uint32(data[1])<<8 | uint32(data[2])<<16 | uint32(data[3])<<24
		if c.dend < 2048 {
			c.dend = 2048
		} else if c.dend >= uint32(len(data)) {
			c.dend = uint32(len(data))
		}
		c.find([]byte(key))
	})
}

func FuzzCacheFile(f *testing.F) {
	f.Add([]byte("rmcd2001"), "etag", "payload")
	f.Add([]byte("rmcd2000"), "", "x")
	f.Fuzz(func(t *testing.T, magic []byte, etag, payload string) {
		dir := t.TempDir()
		reg := NewRegistry(Config{CacheDir: dir})
		m := reg.AddLine("http://127.0.0.1/fuzz", "", KindHash)
		if m == nil {
			t.Fatal("no map")
		}
		b := m.backends[0]
		b.http.etag, b.http.hasETag = etag, etag != ""
		page := m.cacheHeaderPage(b.http)
		copy(page, magic)
		os.WriteFile(reg.cachePath(b), append(page, payload...), 0o600)
		m.readCachedFile(b, m.newSession())
	})
}

func BenchmarkHashLookup(b *testing.B) {
	dir := b.TempDir()
	var sb strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&sb, "key%d value%d\n", i, i)
	}
	path := filepath.Join(dir, "h.txt")
	os.WriteFile(path, []byte(sb.String()), 0o644)
	reg := NewRegistry(Config{})
	m := reg.AddLine(path, "", KindHash)
	reg.Preload()
	b.ReportAllocs()
	for b.Loop() {
		m.Lookup("KEY54321")
	}
}

// signal notes an event without blocking the loop.
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

func TestRadixList(t *testing.T) {
	reg, _ := newTestRegistry(t, Config{})
	l := reg.NewRadixList("local_addrs", "local addresses")
	if err := l.AddIPs("127.0.0.0/8, ::1"); err != nil {
		t.Fatal(err)
	}
	if err := l.AddIPs("10.0.0.0/8"); err != nil {
		t.Fatal(err)
	}
	for _, ip := range []string{"127.1.2.3", "::1", "10.9.9.9"} {
		if v, ok := l.LookupIP(ip); !ok || v != "" {
			t.Errorf("%s: %q %v", ip, v, ok)
		}
	}
	if _, ok := l.LookupIP("192.168.1.1"); ok {
		t.Error("192.168.1.1 found")
	}
	if l.Nelts() != 2 || len(reg.Maps()) != 0 {
		t.Errorf("nelts %d, maps %d", l.Nelts(), len(reg.Maps()))
	}
	if err := reg.AddLine("/x", "", KindRadix).AddIPs("1.1.1.1"); err == nil {
		t.Error("AddIPs on a regular map")
	}
	reg.Preload()
	if _, ok := l.LookupIP("10.9.9.9"); !ok {
		t.Error("preload touched the list")
	}
}

func TestScheduleDelay(t *testing.T) {
	reg, _ := newTestRegistry(t, Config{})
	m := reg.AddLine("http://127.0.0.1/x", "", KindSet)
	ws := &mapWatch{m: m, active: true, nonTrivial: true}
	const now = 1_000_000
	half := func() float64 { return 0.5 }
	for _, c := range []struct {
		how       int
		next      int64
		nelts     int64
		want      float64
		reasonSub string
	}{
		{scheduleInit, 0, 0, 1.5, "init"},                     // jitter(jitter(0, 2), 0)
		{scheduleNormal, 0, 0, 450, "normal"},                 // 300 + 300*0.5
		{scheduleError, 0, 0, 9000, "errored"},                // 6000 + 6000*0.5
		{scheduleNormal, now + 100, 0, 100, "early"},          // before the poll interval
		{scheduleError, now + 100, 0, 100, "after error"},     // min(100, 6000)
		{scheduleNormal, now - 5, 0, 3, "expired"},            // 0 -> at least jitter(2)
		{scheduleNormal, now - 5, 10, 6, "expired"},           // HTTP map with data: 6
		{scheduleNormal, now + 1000, 0, 1000, "valid"},        // past the poll interval
		{scheduleError, now - 5, 0, 6000, "expired non-triv"}, // error on expired data
	} {
		m.nextCheck.Store(c.next)
		m.nelts.Store(c.nelts)
		got, reason := ws.delay(c.how, now, half)
		if got != c.want || !strings.Contains(reason, c.reasonSub) {
			t.Errorf("%+v: got %v %q", c, got, reason)
		}
		if m.nextCheck.Load() != 0 {
			t.Error("next check not consumed")
		}
	}
	// Files and scanners: a plain jittered interval, never under 2 s.
	ws.nonTrivial, ws.active = false, false
	m.pollTimeout = 1
	if got, _ := ws.delay(scheduleNormal, now, half); got != 3 {
		t.Errorf("short poll: %v", got)
	}
	if got, _ := ws.delay(scheduleInit, now, half); got != 0 {
		t.Errorf("init: %v", got)
	}
}

func BenchmarkLoadHash(b *testing.B) {
	dir := b.TempDir()
	var sb strings.Builder
	for i := range 200000 {
		fmt.Fprintf(&sb, "key%07d value%d\n", i, i)
	}
	path := filepath.Join(dir, "h.txt")
	os.WriteFile(path, []byte(sb.String()), 0o644)
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		reg := NewRegistry(Config{})
		reg.AddLine(path, "", KindHash)
		reg.Preload()
	}
}

func TestWatchWorker(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.txt")
	writeFile(t, path, "k v\n")
	reg, _ := newTestRegistry(t, Config{})
	generic := reg.AddLine(path, "", KindHash)
	own := reg.AddLine(path, "own", KindHash)
	own.BindToWorker()
	reg.Watch(newTestLoop(t).post, WatchWorker)
	defer reg.Stop()
	eventually(t, "the bound map", func() bool { _, ok := own.Lookup("k"); return ok })
	if generic.ws.Load() != nil {
		t.Error("a generic map is watched by the worker")
	}
}

func BenchmarkRegexpLookup(b *testing.B) {
	dir := b.TempDir()
	var sb strings.Builder
	for i := range 60 {
		fmt.Fprintf(&sb, "/word%d[a-z]+suffix%d/i re%d\n", i, i, i)
	}
	path := filepath.Join(dir, "re.txt")
	os.WriteFile(path, []byte(sb.String()), 0o644)
	reg := NewRegistry(Config{})
	m := reg.AddLine(path, "", KindRegexp)
	reg.Preload()
	text := strings.Repeat("lorem ipsum dolor sit amet ", 3) + "word59abcsuffix59"
	b.ReportAllocs()
	for b.Loop() {
		m.Lookup(text)
	}
}
