package maps

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// WatchMode is what a worker does with HTTP maps (rspamd_map_watch_type).
type WatchMode int

const (
	// WatchScanner reads HTTP maps from the on-disk cache the primary
	// controller keeps (upstream shares it in memory between forked
	// processes; here the cache file is the shared copy).
	WatchScanner WatchMode = iota
	// WatchPrimaryController fetches HTTP maps itself, with conditional
	// requests, and keeps the cache.
	WatchPrimaryController
	// WatchWorker watches only the maps bound to the worker (BindToWorker),
	// fetching their HTTP data itself, as fuzzy storage does.
	WatchWorker
)

// Scheduling reasons (rspamd_map_periodic_opts).
const (
	scheduleNormal = 0
	scheduleError  = 1 << 0
	scheduleLocked = 1 << 1
	scheduleInit   = 1 << 2
)

// watcher runs the periodic checks of a registry's maps.
type watcher struct {
	r      *Registry
	post   Poster
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	inot   *inotify
}

// mapWatch is the watch state of one map.
type mapWatch struct {
	w          *watcher
	m          *Map
	active     bool // fetches HTTP itself (active_http)
	nonTrivial bool // has HTTP backends it fetches
	staticOnly bool

	mu        sync.Mutex
	timer     *time.Timer // the scheduled periodic check
	running   bool        // a periodic check is in progress
	rerun     bool        // a file changed during the check
	stopped   bool
	files     map[*Backend]*fileWatch
	pollTimer []*time.Timer
}

// Watch starts watching the maps (rspamd_map_watch): files are polled
// (with inotify where the kernel has it) and reread when they change,
// inline data is read once, and HTTP maps are checked periodically with
// jitter, honouring the server's Expires, ETag and Last-Modified. Loads
// run on background goroutines; their results are installed through post
// (nil: installed on the loading goroutine). Watch starts once; Stop ends
// it.
func (r *Registry) Watch(post Poster, mode WatchMode) {
	r.mu.Lock()
	if r.w != nil {
		r.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	w := &watcher{r: r, post: post, ctx: ctx, cancel: cancel}
	r.w = w
	maps := append([]*Map(nil), r.maps...)
	r.mu.Unlock()
	w.inot = newInotify(w)
	for _, m := range maps {
		switch {
		case m.fake:
		case m.bound:
			// Only the worker the map belongs to watches it.
			if mode == WatchWorker {
				w.start(m, true)
			}
		case mode != WatchWorker:
			w.start(m, mode == WatchPrimaryController)
		}
	}
}

// Stop stops watching: timers are cancelled, HTTP requests aborted, and
// loads in progress finish without installing anything.
func (r *Registry) Stop() {
	r.mu.Lock()
	w := r.w
	r.w = nil
	maps := append([]*Map(nil), r.maps...)
	r.mu.Unlock()
	if w == nil {
		return
	}
	w.cancel()
	for _, m := range maps {
		if ws := m.ws.Load(); ws != nil {
			ws.stop()
		}
	}
	if w.inot != nil {
		w.inot.close()
	}
	w.wg.Wait()
}

func (w *watcher) start(m *Map, active bool) {
	r := w.r
	ws := &mapWatch{w: w, m: m, active: active, staticOnly: true, files: make(map[*Backend]*fileWatch)}
	if !active && m.pollTimeout >= r.cfg.Timeout && r.cfg.FileWatchMultiplier < 1.0 {
		m.pollTimeout *= r.cfg.FileWatchMultiplier
	}
	m.mu.Lock()
	seen := m.seen
	m.ws.Store(ws)
	m.mu.Unlock()
	for _, b := range m.backends {
		switch b.proto {
		case ProtoFile:
			st, err := os.Stat(b.uri)
			if (!seen || m.data.Load() == nil) && err == nil {
				b.needModify.Store(true)
			}
			fw := &fileWatch{b: b}
			fw.prev = statOf(st, err)
			ws.files[b] = fw
			interval := m.pollTimeout * r.cfg.FileWatchMultiplier
			switch {
			case interval == 0:
				interval = 5
			case interval < 0.1:
				interval = 0.1
			}
			ws.startPolling(fw, seconds(interval))
			if w.inot != nil {
				w.inot.add(b.uri, func() { ws.checkFile(fw) })
			}
			ws.staticOnly = false
		case ProtoHTTP, ProtoHTTPS:
			if active {
				ws.nonTrivial = true
			}
			ws.staticOnly = false
		}
	}
	ws.schedule(scheduleInit)
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// schedule is rspamd_map_schedule_periodic: it plans the next check.
func (ws *mapWatch) schedule(how int) {
	m := ws.m
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if ws.timer != nil || ws.stopped {
		return
	}
	if how&scheduleInit == 0 && ws.staticOnly {
		return
	}
	m.mu.Lock()
	m.seen = true
	m.mu.Unlock()
	delay, reason := ws.delay(how, time.Now().Unix(), rand.Float64)
	m.debugf("rspamd_map_schedule_periodic", "schedule new periodic event in %.3f seconds for %s; reason: %s",
		delay, m.name, reason)
	ws.timer = time.AfterFunc(seconds(delay), ws.periodic)
}

// delay returns how long to wait before the next check, and why: HTTP
// data known to expire is checked when it does (not earlier than the poll
// interval allows), anything else after the poll interval plus up to as
// much again; errors wait 20 times longer, and no check comes sooner than
// 2 seconds (6 for HTTP maps with data). It consumes the map's next check
// time. random returns a number in [0, 1).
func (ws *mapWatch) delay(how int, now int64, random func() float64) (float64, string) {
	const errorMult, lockMult, minInterval = 20.0, 0.1, 2.0
	m := ws.m
	jitter := func(in, jit float64) float64 {
		if jit == 0 {
			jit = in
		}
		return in + jit*random()
	}
	var delay float64
	var reason string
	poll := m.pollTimeout
	if next := m.nextCheck.Load(); ws.nonTrivial && next != 0 {
		timeout := float64(next - now)
		m.nextCheck.Store(0)
		switch {
		case timeout > 0 && timeout < poll:
			p := poll
			switch {
			case how&scheduleError != 0:
				p, reason = poll*errorMult, "early active non-trivial check (after error)"
			case how&scheduleLocked != 0:
				p, reason = poll*lockMult, "early active non-trivial check (after being locked)"
			default:
				reason = "early active non-trivial check"
			}
			delay = min(timeout, p)
		case timeout <= 0:
			if how&scheduleError != 0 {
				delay, reason = poll*errorMult, "expired non-trivial data (after error)"
			} else {
				delay, reason = 0, "expired non-trivial data"
			}
		default:
			delay, reason = timeout, "valid non-trivial data"
		}
	} else {
		timeout := poll
		switch {
		case how&scheduleInit != 0:
			timeout = 0
			if ws.nonTrivial && ws.active {
				timeout = jitter(0, 2)
			}
			reason = "init scheduled check"
		case how&scheduleError != 0:
			timeout, reason = poll*errorMult, "errored scheduled check"
		case how&scheduleLocked != 0:
			timeout, reason = poll*lockMult, "locked scheduled check"
		default:
			reason = "normal scheduled check"
		}
		delay = jitter(timeout, 0)
	}
	if how&scheduleInit == 0 {
		if delay < minInterval {
			delay = jitter(minInterval, 0)
		}
		if ws.nonTrivial && delay < minInterval*2 && m.Nelts() > 0 {
			delay = minInterval * 3
		}
	}
	return delay, reason
}

func (ws *mapWatch) stop() {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	ws.stopped = true
	if ws.timer != nil {
		ws.timer.Stop()
		ws.timer = nil
	}
	for _, t := range ws.pollTimer {
		t.Stop()
	}
}

// periodic is rspamd_map_process_periodic run to its end: every backend
// is checked in turn; when one has changed, all are read again from the
// first; a failing backend stops the run.
func (ws *mapWatch) periodic() {
	w, m := ws.w, ws.m
	ws.mu.Lock()
	ws.timer = nil
	if ws.stopped || ws.running {
		ws.mu.Unlock()
		return
	}
	ws.running = true
	// Under the lock: Stop marks every map stopped before it waits.
	w.wg.Add(1)
	ws.mu.Unlock()
	defer w.wg.Done()

	s := m.newSession()
	need, errored := false, false
	for cur := 0; cur < len(m.backends) && !errored; {
		if w.ctx.Err() != nil {
			ws.finishRun(nil, -1)
			return
		}
		b := m.backends[cur]
		if !need {
			changed, failed := ws.check(b)
			switch {
			case failed:
				errored = true
			case changed:
				need, cur = true, 0
			default:
				cur++
			}
			continue
		}
		if !ws.read(b, s) {
			errored = true
		}
		cur++
	}
	var apply func()
	how := scheduleNormal
	if errored {
		s.errored = true
		how = scheduleError
	}
	if need || errored {
		apply = s.finish()
	}
	ws.finishRun(apply, how)
}

// finishRun installs a load on the loop and plans the next check as how
// says (-1: none).
func (ws *mapWatch) finishRun(apply func(), how int) {
	done := func() {
		if apply != nil && ws.w.ctx.Err() == nil {
			apply()
		}
		ws.mu.Lock()
		ws.running = false
		rerun := ws.rerun
		ws.rerun = false
		ws.mu.Unlock()
		switch {
		case how < 0:
		case rerun:
			ws.schedule(scheduleInit)
		default:
			ws.schedule(how)
		}
	}
	if post := ws.w.post; post != nil {
		if !post(done) {
			ws.mu.Lock()
			ws.running = false
			ws.mu.Unlock()
		}
		return
	}
	done()
}

// check looks whether a backend has new data (the check callbacks).
func (ws *mapWatch) check(b *Backend) (changed, failed bool) {
	switch b.proto {
	case ProtoFile:
		return b.needModify.Swap(false), false
	case ProtoStatic:
		return !b.processed, false
	}
	if ws.active {
		return ws.m.httpCheck(ws.w.ctx, b)
	}
	return ws.m.cacheChanged(b), false
}

// read loads a backend into the session (the read callbacks).
func (ws *mapWatch) read(b *Backend, s *session) bool {
	m := ws.m
	switch b.proto {
	case ProtoFile:
		m.infof("rspamd_map_file_read_callback", "rereading map file %s", b.uri)
		return m.readFile(b, s)
	case ProtoStatic:
		m.infof("rspamd_map_static_read_callback", "rereading static map")
		return m.readStatic(b, s)
	}
	if ws.active {
		return m.httpRead(ws.w.ctx, b, s)
	}
	// The cache file carries the validators: drop ours so that they are
	// taken from it rather than reported as conflicting.
	b.http.mu.Lock()
	b.http.etag, b.http.hasETag = "", false
	b.http.mu.Unlock()
	m.readCachedFile(b, s)
	return true
}

// statInfo is what ev_stat compares to tell a file has changed (times
// with their full precision; the access time is left out, so that reading
// a map does not make it look changed).
type statInfo struct {
	exists           bool
	dev, ino, rdev   uint64
	mode, nlink      uint64
	uid, gid         uint32
	size             int64
	mtime, ctime     int64
	mtimeNs, ctimeNs int64
}

func statOf(fi os.FileInfo, err error) statInfo {
	if err != nil {
		return statInfo{}
	}
	si := statInfo{exists: true, size: fi.Size(), mtime: fi.ModTime().Unix(), mtimeNs: fi.ModTime().UnixNano()}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		si.dev, si.ino, si.rdev = st.Dev, st.Ino, st.Rdev
		si.mode, si.nlink = uint64(st.Mode), st.Nlink
		si.uid, si.gid = st.Uid, st.Gid
		si.ctime, si.ctimeNs = st.Ctim.Sec, st.Ctim.Nano()
	}
	return si
}

// fileWatch is the stat watcher of a file backend.
type fileWatch struct {
	b    *Backend
	mu   sync.Mutex
	prev statInfo
}

// noteStat records the state of a file as it is being read (upstream's
// ev_stat_stat in read_map_file).
func (ws *mapWatch) noteStat(b *Backend, fi os.FileInfo) {
	if fw := ws.files[b]; fw != nil {
		fw.mu.Lock()
		fw.prev = statOf(fi, nil)
		fw.mu.Unlock()
	}
}

func (ws *mapWatch) startPolling(fw *fileWatch, every time.Duration) {
	var t *time.Timer
	t = time.AfterFunc(every, func() {
		ws.checkFile(fw)
		ws.mu.Lock()
		if !ws.stopped {
			t.Reset(every)
		}
		ws.mu.Unlock()
	})
	ws.pollTimer = append(ws.pollTimer, t)
}

// checkFile is rspamd_map_on_stat: a changed file that exists makes every
// file backend of the map read again at once.
func (ws *mapWatch) checkFile(fw *fileWatch) {
	m := ws.m
	st, err := os.Stat(fw.b.uri)
	cur := statOf(st, err)
	fw.mu.Lock()
	prev := fw.prev
	changed := prev != cur
	fw.prev = cur
	fw.mu.Unlock()
	if !changed || !cur.exists || cur.nlink == 0 {
		return
	}
	m.infof("rspamd_map_on_stat", "old mtime is %d (size = %s), new mtime is %d (size = %s) for map file %s",
		prev.mtime, humanSize(prev.size), cur.mtime, humanSize(cur.size), fw.b.uri)
	for _, b := range m.backends {
		if b.proto == ProtoFile {
			b.needModify.Store(true)
		}
	}
	m.nextCheck.Store(0)
	ws.mu.Lock()
	if ws.timer != nil {
		ws.timer.Stop()
		ws.timer = nil
	}
	if ws.running {
		ws.rerun = true
		ws.mu.Unlock()
		return
	}
	ws.mu.Unlock()
	ws.schedule(scheduleInit)
}

// dirOf returns the directory inotify watches for a file.
func dirOf(path string) string { return filepath.Dir(path) }
