// Package maps is rspamd's maps: lists of keys (and values) that rules
// query, loaded from files, HTTP(S) URLs or inline data and reloaded when
// their source changes (upstream's libserver/maps and the Go side of the
// Lua rspamd{map} class).
//
// # Definitions
//
// A map is declared by a line ("/path", "file:///path", "http://...",
// "https://...", with the prefixes "sign+", "fallback+" and
// "key=<pubkey>+", or "static"/"zst+static" for inline data) or by a UCL
// value: a string (a line), an array of lines (several backends, all
// loaded, in order, into one map; a "fallback+" one is only read when an
// HTTP backend has nothing cached at startup), or an object with url,
// urls or upstreams, data (inline lines for a "static" backend), name,
// description and timeout, poll, poll_time or watch_interval. Registry.Add and
// Registry.AddLine create maps as rspamd_map_add_from_ucl and
// rspamd_map_add do, with the same log messages on bad definitions.
//
// # Content
//
// The Kind of a map decides how its text is read and queried: set and hash
// (caseless keys with optional values), radix (IP addresses and networks),
// regexp and glob (first match) and their _multi forms (all matches), cdb
// (constant databases, never read as text) and callback (the raw text, or
// each key and value, handed to a function). Lists are parsed exactly as
// upstream parses them, including the quirks of its 1 MiB chunked reading
// of large files; the digest, element count, iteration order and
// statistics equal upstream's.
//
// Sources: files are read as they are, or decrypted (".enc": secretbox)
// and decompressed (".zst"/".zstd", or zstd content when decrypting) when
// their names say so; "sign+" files are checked against "<file>.sig"
// (Ed25519) with the key given by "key=" or SetSignKey, or "<file>.pub"
// when that key is among the trusted ones. HTTP bodies are decompressed
// when they are zstd and cached on disk in upstream's format.
//
// # Threads
//
// Lookups may run on any goroutine; a map's content is swapped atomically
// when a load finishes. Loads started by Watch do their I/O and parsing on
// background goroutines and hand the result to the worker's event loop
// through the Poster the caller supplies: content installation, on-load
// callbacks and the functions of callback maps always run there. Preload
// runs synchronously on the caller's goroutine.
//
// # Notes for the Lua adapter
//
// rspamd_config:add_map{url=, type=, description=, callback=, by_line=,
// opaque_data=} -> Registry.Add (KindCallback when type is absent and a
// callback is given; "map" is KindHash); add_radix_map, add_hash_map
// (KindSet), add_kv_map (KindHash) -> Registry.AddLine; radix_from_ucl ->
// Registry.AddStatic with KindRadix and "static radix map";
// radix_from_config -> the same over a module option; get_maps ->
// Registry.Maps. rspamd{map}: get_key -> Lookup (set: found is the
// answer; hash, regexp, glob, cdb: the value or false), LookupAll
// (_multi: a table or false), LookupAddr/LookupIP/LookupKey (radix, with
// a string parsed by inet.Parse, an rspamd{ip}, or a non-zero number
// as 4 big-endian bytes; the value string or false); callback maps answer
// nil. get_uri -> URIs (one result per backend), get_proto -> Backends'
// Proto, is_signed -> IsSigned, get_sign_key -> Backends' SignKey (nil for
// ""), set_sign_key -> SetSignKey (an error is "invalid pubkey string"),
// get_stats -> Stats, foreach -> Foreach, on_load -> OnLoad,
// set_callback -> SetCallback, get_data_digest -> Digest printed as an
// unsigned decimal string, get_nelts -> Nelts; a config radix list
// (rspamd_config_radix_from_ucl with inline addresses) -> NewRadixList
// and AddIPs.
//
// Upstream's foreach pops one value too many when the Lua callback returns
// a boolean: the iteration then goes on only when the value below is true
// (the is_text argument, or the callback itself when there is none), and
// the next call fails with "call to map foreach callback failed: attempt
// to call a nil value" (an error log) and stops it, so only the first
// element is seen. foreach returns the top of its stack: the callback
// after a normal run or when is_text was given, the map after that error
// without is_text. The adapter reproduces this around Foreach.
package maps

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"sync"
	"sync/atomic"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Kind is how a map's content is read and queried.
type Kind int

// The map kinds (the type names of rspamd_config:add_map).
const (
	KindSet Kind = iota
	KindHash
	KindRadix
	KindRegexp
	KindRegexpMulti
	KindGlob
	KindGlobMulti
	KindCDB
	KindCallback
)

var kindNames = [...]string{"set", "hash", "radix", "regexp", "regexp_multi", "glob", "glob_multi", "cdb", "callback"}

// String returns the kind's type name.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind maps a type name of rspamd_config:add_map to a Kind ("map" is
// a synonym of "hash").
func ParseKind(s string) (Kind, bool) {
	if s == "map" {
		return KindHash, true
	}
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// Poster runs fn on the worker's event loop (as lua.State.Post does) and
// reports false when the loop is gone.
type Poster func(fn func()) bool

// Config is what maps take from rspamd's configuration.
type Config struct {
	// Timeout is options.map_watch_interval (cfg->map_timeout), in
	// seconds; 0 means upstream's default of 300.
	Timeout float64
	// FileWatchMultiplier is options.map_file_watch_multiplier; 0 means 1.
	FileWatchMultiplier float64
	// CacheDir is options.maps_cache_dir, where HTTP maps are cached.
	CacheDir string
	// MaxSize is options.max_map_size, the limit of decompressed data;
	// 0 means 256 MiB.
	MaxSize int64
	// TrustedKeys are the base32 signing keys a "<file>.pub" key must be
	// one of.
	TrustedKeys []string
	// Config is the whole configuration, for options.http_auth and the
	// maps { ... } block (per-URL max_size and secretbox keys).
	Config *ucl.Object
	// Logger receives the log messages; nil discards them.
	Logger *slog.Logger
	// AsyncHyperscan lets regexp maps of 100 patterns or more compile
	// their Hyperscan database in the background (upstream's hs_helper
	// does it eventually); without it they stay on PCRE, as in rspamadm.
	AsyncHyperscan bool
	// HTTPClient fetches HTTP maps; nil uses a default client.
	HTTPClient *http.Client
	// UserAgent is sent with HTTP requests; "" means "rspamd-4.1.5".
	UserAgent string
}

// Registry holds the maps of a configuration (cfg->maps).
type Registry struct {
	cfg     Config
	log     logger
	trusted map[string]bool

	mu   sync.Mutex
	maps []*Map // most recent first, as upstream prepends
	w    *watcher
}

// NewRegistry returns an empty registry.
func NewRegistry(cfg Config) *Registry {
	if cfg.Timeout == 0 {
		cfg.Timeout = 300
	}
	if cfg.FileWatchMultiplier == 0 {
		cfg.FileWatchMultiplier = 1
	}
	if cfg.MaxSize == 0 {
		cfg.MaxSize = 256 << 20
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "rspamd-4.1.5"
	}
	r := &Registry{cfg: cfg, log: logger{cfg.Logger}, trusted: make(map[string]bool)}
	for _, k := range cfg.TrustedKeys {
		r.trusted[k] = true
	}
	return r
}

// Maps returns the maps in upstream's order (the last added first).
func (r *Registry) Maps() []*Map {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*Map(nil), r.maps...)
}

func (r *Registry) register(m *Map) {
	r.mu.Lock()
	r.maps = append([]*Map{m}, r.maps...)
	r.mu.Unlock()
}

// Map is one map (rspamd_map with its Lua rspamd{map} view).
type Map struct {
	reg         *Registry
	kind        Kind
	name        string
	description string
	tag         string
	backends    []*Backend
	fallback    *Backend
	pollTimeout float64
	fake        bool
	bound       bool // belongs to the worker that created it

	data        atomic.Pointer[contentBox]
	nelts       atomic.Int64
	digest      atomic.Uint64
	traversable atomic.Bool
	loaded      atomic.Bool
	cached      atomic.Bool
	nextCheck   atomic.Int64 // when the HTTP data expires (unix time), 0: unknown

	mu     sync.Mutex
	onLoad []func()
	cb     *Callback
	seen   bool
	ws     atomic.Pointer[mapWatch]
}

// contentBox wraps the current content (nil content: nothing loaded).
type contentBox struct{ c content }

// Callback receives the content of a callback map on the event loop: Data
// the whole text of each load (not called for an empty one), or, with
// ByLine, Line each key and value parsed from it.
type Callback struct {
	ByLine bool
	Data   func(data []byte)
	Line   func(key, value string)
}

// Kind returns the map's kind.
func (m *Map) Kind() Kind { return m.kind }

// Name returns the map's name: its "name" attribute or its first line.
func (m *Map) Name() string { return m.name }

// Description returns the map's description.
func (m *Map) Description() string { return m.description }

// Tag returns the map's log tag.
func (m *Map) Tag() string { return m.tag }

// BindToWorker makes the map belong to the worker that creates it (maps
// added with a worker upstream): only Watch with WatchWorker watches it.
// Call it before Watch.
func (m *Map) BindToWorker() { m.bound = true }

// PollTimeout returns the interval, in seconds, at which the map is
// checked.
func (m *Map) PollTimeout() float64 { return m.pollTimeout }

// Backends returns the map's backends (without the fallback one).
func (m *Map) Backends() []*Backend { return m.backends }

// Fallback returns the "fallback+" backend, or nil.
func (m *Map) Fallback() *Backend { return m.fallback }

// URIs returns the backends' URIs (get_uri).
func (m *Map) URIs() []string {
	out := make([]string, len(m.backends))
	for i, b := range m.backends {
		out[i] = b.uri
	}
	return out
}

// IsSigned reports whether some file backend is signed.
func (m *Map) IsSigned() bool {
	for _, b := range m.backends {
		if b.signed && b.proto == ProtoFile {
			return true
		}
	}
	return false
}

// SetSignKey makes a base32 Ed25519 key the trusted key of every backend.
func (m *Map) SetSignKey(b32 string) error {
	k, err := cryptobox.PublicKeyFromBase32(b32, cryptobox.SignKey)
	if err != nil {
		return fmt.Errorf("maps: invalid pubkey string: %w", err)
	}
	for _, b := range m.backends {
		b.setTrustedKey(k)
	}
	return nil
}

// Digest returns the digest of the loaded content (0 before any load).
func (m *Map) Digest() uint64 { return m.digest.Load() }

// Nelts returns the number of elements of the loaded content.
func (m *Map) Nelts() int { return int(m.nelts.Load()) }

// Loaded reports whether the map has been read once.
func (m *Map) Loaded() bool { return m.loaded.Load() }

// Cached reports whether the map was read from the HTTP cache.
func (m *Map) Cached() bool { return m.cached.Load() }

// OnLoad adds fn to the functions called on the loop after each load (and
// after each failed reload), as map:on_load.
func (m *Map) OnLoad(fn func()) {
	m.mu.Lock()
	m.onLoad = append(m.onLoad, fn)
	m.mu.Unlock()
}

// SetCallback sets the receiver of a callback map's content.
func (m *Map) SetCallback(cb Callback) error {
	if m.kind != KindCallback {
		return fmt.Errorf("maps: %s is not a callback map", m.name)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	byLine := m.cb != nil && m.cb.ByLine
	cb.ByLine = byLine
	m.cb = &cb
	return nil
}

func (m *Map) content() content {
	if b := m.data.Load(); b != nil {
		return b.c
	}
	return nil
}

// Lookup looks a key up in a set, hash, regexp, glob or cdb map: the value
// (empty for a set) and whether it was found. Hash and set keys compare
// ASCII-caselessly; regexp and glob maps give the value of the first
// matching entry.
func (m *Map) Lookup(key string) (string, bool) {
	switch c := m.content().(type) {
	case *hashContent:
		if e, ok := c.lookup(key); ok {
			return e.value, true
		}
	case *regexpContent:
		var buf [1]*entry
		if res := c.match(key, false, buf[:0]); len(res) > 0 {
			return res[0].value, true
		}
	case *cdbContent:
		if v, ok := c.lookup(key); ok {
			return string(v), true
		}
	}
	return "", false
}

// LookupAll returns the values of all entries of a regexp_multi or
// glob_multi map matching text, or nil.
func (m *Map) LookupAll(text string) []string {
	c, ok := m.content().(*regexpContent)
	if !ok {
		return nil
	}
	var buf [8]*entry
	res := c.match(text, true, buf[:0])
	if len(res) == 0 {
		return nil
	}
	out := make([]string, len(res))
	for i, e := range res {
		out[i] = e.value
	}
	return out
}

// LookupAddr looks an address up in a radix map.
func (m *Map) LookupAddr(a netip.Addr) (string, bool) {
	if c, ok := m.content().(*radixContent); ok {
		if e, ok := c.lookupAddr(a); ok {
			return e.value, true
		}
	}
	return "", false
}

// LookupIP parses an address as upstream does for string keys
// (rspamd_parse_inet_address_ip: inet.Parse without Unix paths) and looks
// it up in a radix map.
func (m *Map) LookupIP(s string) (string, bool) {
	a, err := inet.Parse(s, inet.ParseNoUnix)
	if err != nil {
		return "", false
	}
	return m.LookupAddr(a.IP())
}

// LookupKey looks raw key bytes up in a radix map (at most 16; a 4-byte
// key only matches prefixes of 32 bits or less, as upstream's lookup by
// number does).
func (m *Map) LookupKey(key []byte) (string, bool) {
	if c, ok := m.content().(*radixContent); ok {
		if e, ok := c.lookupKey(key); ok {
			return e.value, true
		}
	}
	return "", false
}

// Foreach calls fn with each key and value in upstream's order until fn
// returns false. Callback and cdb maps have nothing to iterate.
func (m *Map) Foreach(fn func(key, value string) bool) {
	if !m.traversable.Load() {
		return
	}
	if c := m.content(); c != nil {
		c.each(func(key string, e *entry) bool { return fn(key, e.value) })
	}
}

// Stats calls fn with each key and its hit count in upstream's order,
// resetting the counts with reset (get_stats).
func (m *Map) Stats(reset bool, fn func(key string, hits uint64)) {
	if !m.traversable.Load() {
		return
	}
	if c := m.content(); c != nil {
		c.each(func(key string, e *entry) bool {
			if reset {
				fn(key, e.hits.Swap(0))
			} else {
				fn(key, e.hits.Load())
			}
			return true
		})
	}
}

// calculateHash is rspamd_map_calculate_hash: the map's tag and the ids of
// its backends.
func (m *Map) calculateHash() {
	h, _ := cryptobox.NewHasher("", nil)
	h.Write([]byte(m.name))
	h.Write([]byte(m.description))
	for _, b := range m.backends {
		h.Write([]byte(b.uri))
	}
	tag := encoding.EncodeBase32(h.Sum(), encoding.Base32Default)
	if len(tag) > 31 {
		tag = tag[:31]
	}
	m.tag = tag
	var tagBuf [32]byte
	copy(tagBuf[:], tag)
	for _, b := range m.backends {
		st := fasthash.NewDefault(0)
		st.Write([]byte(b.uri))
		st.Write(tagBuf[:])
		if b.proto == ProtoStatic {
			st.Write(b.static)
		}
		b.id = st.Sum64() &^ (0xfff << 52)
	}
}

func (r *Registry) newMap(kind Kind, description string) *Map {
	return &Map{reg: r, kind: kind, description: description, pollTimeout: r.cfg.Timeout}
}

// AddLine adds a map from a single line (rspamd_map_add). It returns nil
// (after logging why) when the line is not a valid map.
func (r *Registry) AddLine(line, description string, kind Kind) *Map {
	b := r.parseBackend(line)
	if b == nil {
		return nil
	}
	if b.fallback {
		r.cfgErrf("rspamd_map_add", "cannot add map with fallback only backend: %s", b.uriLog)
		return nil
	}
	m := r.newMap(kind, description)
	m.backends = []*Backend{b}
	m.name = line
	if b.proto == ProtoFile {
		m.pollTimeout = r.cfg.Timeout * r.cfg.FileWatchMultiplier
	}
	m.calculateHash()
	m.infof("rspamd_map_add", "added map %s", b.uri)
	b.m = m
	r.register(m)
	return m
}

// AddCallback is Add for a callback map.
func (r *Registry) AddCallback(obj *ucl.Object, description string, cb Callback) *Map {
	m := r.add(obj, description, KindCallback)
	if m != nil {
		m.cb = &cb
	}
	return m
}

// Add adds a map from a UCL definition (rspamd_map_add_from_ucl): a
// string, an array of lines or an object. It returns nil (after logging
// why) when the definition is invalid.
func (r *Registry) Add(obj *ucl.Object, description string, kind Kind) *Map {
	if kind == KindCallback {
		return r.AddCallback(obj, description, Callback{})
	}
	return r.add(obj, description, kind)
}

// nullable is how rspamd's printf shows a description: "(NULL)" when
// there is none.
func nullable(description string) string {
	if description == "" {
		return "(NULL)"
	}
	return description
}

func (r *Registry) add(obj *ucl.Object, description string, kind Kind) *Map {
	const fn = "rspamd_map_add_from_ucl"
	if obj == nil {
		r.cfgErrf(fn, "map '%s' has invalid type for value: %s", nullable(description), "null")
		return nil
	}
	if obj.Type() == ucl.TypeString {
		return r.AddLine(obj.Str(), description, kind)
	}
	m := r.newMap(kind, description)
	addBackend := func(line string) {
		b := r.parseBackend(line)
		if b == nil {
			return
		}
		b.m = m
		if b.fallback {
			if m.fallback != nil {
				m.warnf("rspamd_map_add_backend", "redefining fallback backend from %s to %s", m.fallback.uri, b.uri)
			}
			m.fallback = b
		} else {
			m.backends = append(m.backends, b)
		}
		if m.name == "" {
			m.name = line
		}
	}
	switch obj.Type() {
	case ucl.TypeArray:
		for cur := range obj.All() {
			if cur.Type() == ucl.TypeString {
				addBackend(cur.Str())
			} else {
				r.cfgErrf(fn, "bad map element type: %s", cur.Type())
			}
		}
		if len(m.backends) == 0 {
			r.cfgErrf(fn, "map '%s' has no urls to be loaded: empty list", nullable(description))
			return nil
		}
	case ucl.TypeObject:
		if o := obj.Lookup("name"); o != nil && o.Type() == ucl.TypeString {
			m.name = o.Str()
		}
		if o := obj.Lookup("description"); o != nil && o.Type() == ucl.TypeString {
			m.description = o.Str()
		}
		if o := obj.LookupAny("timeout", "poll", "poll_time", "watch_interval"); o != nil {
			m.pollTimeout = o.Float()
		}
		urls := obj.LookupAny("upstreams", "url", "urls")
		if urls == nil {
			r.cfgErrf(fn, "map '%s' has no urls to be loaded: no elt", nullable(description))
			return nil
		}
		switch urls.Type() {
		case ucl.TypeArray:
			for cur := range urls.All() {
				if cur.Type() != ucl.TypeString {
					r.cfgErrf(fn, "bad map element type: %s", cur.Type())
					return nil
				}
				addBackend(cur.Str())
			}
			if len(m.backends) == 0 {
				r.cfgErrf(fn, "map '%s' has no urls to be loaded: empty object list", nullable(description))
				return nil
			}
		case ucl.TypeString:
			addBackend(urls.Str())
		}
		if len(m.backends) == 0 {
			r.cfgErrf(fn, "map '%s' has no urls to be loaded: no valid backends", nullable(description))
			return nil
		}
	default:
		r.cfgErrf(fn, "map '%s' has invalid type for value: %s", nullable(description), obj.Type())
		return nil
	}
	allLocal, allLoaded := true, true
	for _, b := range m.backends {
		switch b.proto {
		case ProtoStatic:
			data, ok := r.staticData(obj)
			if !ok {
				return nil
			}
			b.static = data
		case ProtoFile:
			allLoaded = false
		default:
			allLocal, allLoaded = false, false
		}
	}
	if allLocal {
		m.pollTimeout *= r.cfg.FileWatchMultiplier
	}
	if allLoaded {
		m.loaded.Store(true)
	}
	m.calculateHash()
	m.debugf(fn, "added map from ucl")
	r.register(m)
	return m
}

// staticData collects the "data" of a map with a static backend: a string
// or an array of strings, each followed by a newline.
func (r *Registry) staticData(obj *ucl.Object) ([]byte, bool) {
	const fn = "rspamd_map_add_from_ucl"
	elt := obj.Lookup("data")
	if elt == nil || obj.Type() != ucl.TypeObject {
		r.cfgErrf(fn, "map has static backend but no `data` field")
		return nil, false
	}
	var out []byte
	addString := func(e *ucl.Object) bool {
		if e.Type() != ucl.TypeString {
			r.cfgErrf("rspamd_map_add_static_string", "map has static backend but `data` is not string like: %s", e.Type())
			return false
		}
		s := e.Str()
		if s == "" {
			r.cfgErrf("rspamd_map_add_static_string", "map has static backend but empty no data")
			return false
		}
		out = append(append(out, s...), '\n')
		return true
	}
	switch elt.Type() {
	case ucl.TypeString:
		if !addString(elt) {
			r.cfgErrf(fn, "map has static backend with invalid `data` field")
			return nil, false
		}
	case ucl.TypeArray:
		for cur := range elt.All() {
			if !addString(cur) {
				r.cfgErrf(fn, "map has static backend with invalid `data` field")
				return nil, false
			}
		}
	}
	return out, true
}

// AddStatic adds a map whose content is given inline (upstream builds
// such maps for radix_from_ucl and radix_from_config): data is wrapped as
// { url = "static"; data = data; description = ... }.
func (r *Registry) AddStatic(data *ucl.Object, description string, kind Kind) *Map {
	obj := ucl.New(ucl.TypeObject)
	obj.InsertKey("data", data)
	obj.InsertKey("url", ucl.NewString("static"))
	if description != "" {
		obj.InsertKey("description", ucl.NewString(description))
	}
	return r.add(obj, "static radix map", kind)
}

// NewRadixList returns a radix map filled from configuration values
// rather than read from a source (upstream's rspamd_map_add_fake with a
// radix helper, as rspamd_config_radix_from_ucl builds for inline lists
// such as local_addrs): it is not in Maps, never reloads, and takes its
// entries from AddIPs.
func (r *Registry) NewRadixList(name, description string) *Map {
	m := r.newMap(KindRadix, description)
	m.name, m.fake = name, true
	m.data.Store(&contentBox{newRadixContent(m)})
	m.traversable.Store(true)
	m.loaded.Store(true)
	return m
}

// AddIPs adds a list of addresses, networks and host names (resolved now)
// to a map made by NewRadixList, with an empty value, as
// rspamd_map_helper_insert_radix_resolve does.
func (m *Map) AddIPs(list string) error {
	c, ok := m.content().(*radixContent)
	if !m.fake || !ok {
		return fmt.Errorf("maps: %s is not a radix list", m.name)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c.add(list, "", true)
	m.nelts.Store(int64(c.table.Len()))
	return nil
}
