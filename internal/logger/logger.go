// Package logger is rspamd's logger: the console, file and syslog outputs
// with upstream's exact line formats (plain, coloured, with severity, systemd
// and JSON variants, the bare lines of rspamadm), level thresholds, debug
// modules and debug IP filtering, error counters and the ring buffer of
// recent errors the controller shows, repeated-line throttling and
// buffering of log files, encrypted messages, and rspamd's own printf
// (Appendf), whose number formatting log messages and many outputs rely on.
//
// A Logger is safe for concurrent use. The process keeps one default logger
// (SetDefault), which package-level code uses through Default.
package logger

import (
	"crypto/rand"
	"io"
	"net/netip"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
)

const (
	// levelForced logs whatever the threshold (debug lines that passed
	// their module or IP checks, throttling summaries).
	levelForced Level = 1 << 8
	// LevelEncrypted asks for the message to be encrypted with the
	// configured log encryption key (msg_*_task_encrypted).
	LevelEncrypted Level = 1 << 9
)

// bufSize is upstream's message buffer: longer messages are cut to
// bufSize-1 bytes.
const bufSize = 8192

// defaultTagLen is the default length of the tag (task or pool id) shown
// in "<tag>".
const defaultTagLen = 6

// maxTagLen is the longest tag a logger keeps (upstream's MEMPOOL_UID_LEN).
const maxTagLen = 32

// Config describes a logger, as the logging section of the configuration
// sets it.
type Config struct {
	Type Type
	// File is the log file (TypeFile).
	File string
	// Facility is the syslog facility (TypeSyslog); 0 means LOG_DAEMON.
	Facility int
	// Level is the threshold.
	Level Level
	Flags Flags
	// Buffered makes a file logger write in BufSize chunks (upstream's
	// configuration sets only the size, log_buffer, so its file logs are
	// never buffered).
	Buffered bool
	BufSize  int
	// MaxTagLen and StripPolicy shorten tags (log_tag_max_len,
	// log_tag_strip_policy); 0 means 6.
	MaxTagLen   int
	StripPolicy StripPolicy
	// ErrorElts and ErrorEltMaxLen size the ring buffer of recent errors
	// (error_elts, error_maxlen); no buffer when ErrorElts is 0.
	ErrorElts      int
	ErrorEltMaxLen int
	// DebugModules enables debug lines of these modules whatever the level.
	DebugModules []string
	// DebugIP, when set, restricts debug lines about a client address to
	// the addresses it accepts (debug_ip).
	DebugIP func(netip.Addr) bool
	// EncryptionKey encrypts messages logged with LevelEncrypted
	// (log_encryption_key).
	EncryptionKey *cryptobox.PublicKey
	// UID and GID own a newly opened log file (0 or -1: unchanged).
	UID, GID int
	// Console receives the lines of a console logger (os.Stderr when nil).
	Console io.Writer
}

// Logger writes log lines.
type Logger struct {
	mu          sync.Mutex
	level       Level
	flags       Flags
	pid         int
	processType string
	tagLen      int
	strip       StripPolicy
	out         sink
	enabled     bool
	tempDebug   bool
	modules     map[string]bool
	debugIP     func(netip.Addr) bool
	pk          *cryptobox.PublicKey
	kp          *cryptobox.Keypair
	errlog      *errorRing
	counters    [4]atomic.Uint64
	// line is reused for formatting each line the console and file
	// outputs write (under mu).
	line []byte

	// Now is the clock of time stamps (time.Now when nil).
	Now func() time.Time
}

// sink is one output: console, file or syslog.
type sink interface {
	// log writes one message; level carries levelForced when set.
	log(l *Logger, e *entry) bool
	reopen(l *Logger) error
	// flush writes buffered lines and the pending throttling summary.
	flush(l *Logger)
	close(l *Logger) error
}

// entry is one message about to be written.
type entry struct {
	module, id, function string
	hasID                bool
	level                Level
	msg                  []byte
}

var defaultLogger atomic.Pointer[Logger]

// Default returns the process's default logger (nil before SetDefault).
func Default() *Logger { return defaultLogger.Load() }

// SetDefault makes l the default logger.
func SetDefault(l *Logger) { defaultLogger.Store(l) }

// NewConsole returns a console logger writing to stderr (with FlagRspamadm:
// errors and warnings to stderr, the rest to stdout), as upstream's
// emergency logger, for process type ptype. Its threshold is 0 until
// SetLevel.
func NewConsole(flags Flags, ptype string) *Logger {
	l := &Logger{flags: flags, pid: os.Getpid(), processType: ptype, tagLen: defaultTagLen, enabled: true}
	l.out = newConsole(l, os.Stdout, os.Stderr)
	return l
}

// NewRspamadm returns the logger rspamadm runs with: bare messages at the
// notice threshold, or with verbose the debug threshold and time stamps
// with microseconds.
func NewRspamadm(verbose bool) *Logger {
	if verbose {
		l := NewConsole(FlagUsec|FlagEnforced|FlagRspamadm, "main")
		l.level = ThresholdDebug
		return l
	}
	l := NewConsole(FlagRspamadm, "main")
	l.level = ThresholdNotice
	return l
}

// Open creates the logger a configuration describes, for process type ptype
// ("main", "normal", ...).
func Open(cfg Config, ptype string) (*Logger, error) {
	l := &Logger{
		level:       cfg.Level,
		flags:       cfg.Flags,
		pid:         os.Getpid(),
		processType: ptype,
		tagLen:      defaultTagLen,
		strip:       cfg.StripPolicy,
		enabled:     true,
		debugIP:     cfg.DebugIP,
	}
	if cfg.MaxTagLen > 0 {
		l.tagLen = min(cfg.MaxTagLen, maxTagLen)
	}
	if cfg.ErrorElts > 0 {
		l.errlog = &errorRing{elts: make([]ErrorEntry, cfg.ErrorElts), maxLen: cfg.ErrorEltMaxLen}
	}
	l.ConfigureModules(cfg.DebugModules)
	if cfg.EncryptionKey != nil {
		kp, err := cryptobox.GenerateKeypair(cryptobox.KEX, rand.Reader)
		if err != nil {
			return nil, err
		}
		l.pk, l.kp = cfg.EncryptionKey, kp
	}
	switch cfg.Type {
	case TypeFile:
		out, err := openFile(l, cfg)
		if err != nil {
			return nil, err
		}
		l.out = out
	case TypeSyslog:
		out, err := openSyslog(cfg)
		if err != nil {
			return nil, err
		}
		l.out = out
	default:
		w := cfg.Console
		if w == nil {
			w = os.Stderr
		}
		l.out = newConsole(l, os.Stdout, w)
	}
	return l, nil
}

func (l *Logger) now() time.Time {
	if l.Now != nil {
		return l.Now()
	}
	return time.Now()
}

// SetLevel sets the threshold.
func (l *Logger) SetLevel(t Level) {
	l.mu.Lock()
	l.level = t
	l.mu.Unlock()
}

// Level returns the threshold.
func (l *Logger) Level() Level {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.level
}

// Flags returns the logger flags.
func (l *Logger) Flags() Flags {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flags
}

// SetProcess records the process a logger now writes for (after a worker
// starts: rspamd_log_on_fork); a file logger flushes what it buffered.
func (l *Logger) SetProcess(ptype string, pid int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pid, l.processType = pid, ptype
	l.out.flush(l)
}

// ConfigureModules enables debug lines for the named modules (any letter
// case), replacing the previous set.
func (l *Logger) ConfigureModules(mods []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.modules = nil
	for _, m := range mods {
		if l.modules == nil {
			l.modules = make(map[string]bool)
		}
		l.modules[strings.ToLower(m)] = true
	}
}

// EnableDebug and DisableDebug turn every debug line on or off temporarily
// (rspamd_log_debug, rspamd_log_nodebug).
func (l *Logger) EnableDebug() { l.mu.Lock(); l.tempDebug = true; l.mu.Unlock() }

// DisableDebug ends EnableDebug.
func (l *Logger) DisableDebug() { l.mu.Lock(); l.tempDebug = false; l.mu.Unlock() }

// NeedLog reports whether a message of level from module would be written.
func (l *Logger) NeedLog(level Level, module string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.needLog(level, module)
}

func (l *Logger) needLog(level Level, module string) bool {
	if level&levelForced != 0 || level&levelMask <= l.level {
		return true
	}
	return level&levelMask == LevelDebug && module != "" && l.modules[strings.ToLower(module)]
}

// Counters returns how many errors, warnings, info and debug messages were
// logged (the error count is what `rspamadm configtest -s` reports).
func (l *Logger) Counters() [4]uint64 {
	var c [4]uint64
	for i := range c {
		c[i] = l.counters[i].Load()
	}
	return c
}

// Reopen reopens a log file (SIGUSR1) or the syslog connection.
func (l *Logger) Reopen() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out.reopen(l)
}

// Close flushes and closes the output.
func (l *Logger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out.close(l)
}

// self resolves a nil logger to the default one.
func (l *Logger) self() *Logger {
	if l == nil {
		return Default()
	}
	return l
}

// Log writes msg at level for module (may be empty), tag id (hasID false
// for none) and function, as rspamd_common_log_function does: control
// characters are hex-escaped (except for rspamadm), the message is cut at
// 8191 bytes and counted. It reports whether a line was written.
func (l *Logger) Log(level Level, module, id string, hasID bool, function, msg string) bool {
	return l.write(level, module, id, hasID, function, []byte(msg))
}

// Logf is Log with the message formatted by Appendf.
func (l *Logger) Logf(level Level, module, id string, hasID bool, function, format string, args ...any) bool {
	lg := l.self()
	if lg == nil {
		return writeOrphan(level, format, args)
	}
	if !lg.NeedLog(level, module) {
		return false
	}
	return lg.write(level, module, id, hasID, function, Appendf(nil, format, args...))
}

// writeOrphan prints what is logged before any logger exists: upstream
// prints info and debug messages to stderr and drops the others.
func writeOrphan(level Level, format string, args []any) bool {
	if level&levelMask >= LevelInfo {
		msg := truncate(Appendf(nil, format, args...))
		os.Stderr.Write(append(msg, '\n'))
	}
	return false
}

func truncate(msg []byte) []byte {
	if len(msg) >= bufSize {
		return msg[:bufSize-1]
	}
	return msg
}

func (l *Logger) write(level Level, module, id string, hasID bool, function string, msg []byte) bool {
	lg := l.self()
	if lg == nil {
		if level&levelMask >= LevelInfo {
			os.Stderr.Write(append(truncate(msg), '\n'))
		}
		return false
	}
	lg.mu.Lock()
	defer lg.mu.Unlock()
	if !lg.needLog(level, module) {
		return false
	}
	msg = truncate(msg)
	if lg.flags&FlagRspamadm == 0 {
		msg = hexEscape(msg)
	}
	e := &entry{module: module, id: id, hasID: hasID, function: function, level: level, msg: msg}
	if level&LevelEncrypted != 0 && lg.pk != nil {
		e.msg = lg.encrypt(msg)
	}
	ok := lg.out.log(lg, e)
	switch level & levelMask {
	case LevelCritical:
		lg.counters[0].Add(1)
		lg.errlog.add(lg, module, id, msg)
	case LevelWarning:
		lg.counters[1].Add(1)
	case LevelInfo:
		lg.counters[2].Add(1)
	case LevelDebug:
		lg.counters[3].Add(1)
	}
	return ok
}

// Debugf writes a debug line of module when the module's debugging is on,
// the threshold allows debug lines or debugging was enabled temporarily,
// and addr (when valid) passes the debug_ip filter (rspamd_conditional_debug).
// Debug lines are not escaped nor counted.
func (l *Logger) Debugf(module string, addr netip.Addr, id string, hasID bool, function, format string, args ...any) bool {
	lg := l.self()
	if lg == nil {
		return false
	}
	lg.mu.Lock()
	defer lg.mu.Unlock()
	if !lg.needLog(LevelDebug, module) && !lg.tempDebug {
		return false
	}
	if lg.debugIP != nil && addr.IsValid() && !lg.debugIP(addr) {
		return false
	}
	msg := truncate(Appendf(nil, format, args...))
	return lg.out.log(lg, &entry{module: module, id: id, hasID: hasID, function: function, level: LevelDebug | levelForced, msg: msg})
}

// hexEscape replaces control characters and DEL with \xNN.
func hexEscape(msg []byte) []byte {
	n := 0
	for _, c := range msg {
		if c < 0x20 || c == 0x7f {
			n++
		}
	}
	if n == 0 {
		return msg
	}
	out := make([]byte, 0, len(msg)+3*n)
	for _, c := range msg {
		if c < 0x20 || c == 0x7f {
			out = append(out, '\\', 'x', hexUpper[c>>4], hexUpper[c&0xf])
		} else {
			out = append(out, c)
		}
	}
	return out
}

// encrypt returns base64(recipient key | nonce | mac | ciphertext) as
// upstream writes encrypted messages.
func (l *Logger) encrypt(msg []byte) []byte {
	nm, err := l.pk.NM(l.kp)
	if err != nil {
		return msg
	}
	var nonce [cryptobox.NonceBytes]byte
	rand.Read(nonce[:])
	data := slices.Clone(msg)
	mac := cryptobox.EncryptNM(data, &nonce, nm)
	out := slices.Concat(l.pk.Bytes(), nonce[:], mac[:], data)
	return []byte(encoding.EncodeBase64(out))
}

// processTag shortens a tag by the strip policy.
func (l *Logger) processTag(id string) string {
	max := min(maxTagLen, l.tagLen)
	if len(id) <= max {
		return id
	}
	switch l.strip {
	case StripLeft:
		return id[len(id)-max:]
	case StripMiddle:
		if max >= 2 {
			first := max / 2
			return id[:first] + id[len(id)-(max-first):]
		}
		return id[:max]
	}
	return id[:max]
}
