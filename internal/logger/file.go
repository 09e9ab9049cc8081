package logger

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/gorspamd/rspamd/internal/syserr"
)

// A line seen more than repeatsMin times in a row is held back; the count
// is reported when another line arrives (or every repeatsMax lines).
const (
	repeatsMin = 3
	repeatsMax = 300
)

// fileOut appends lines to a log file, optionally buffered, holding back
// runs of identical messages as upstream's file logger does.
type fileOut struct {
	path     string
	uid, gid int
	f        *os.File
	buf      []byte
	bufSize  int
	buffered bool

	throttling     bool
	throttlingTime float64

	repeats   int
	lastMsg   []byte
	haveLast  bool
	saved     *entry
	savedFlag Level
}

func openFile(l *Logger, cfg Config) (*fileOut, error) {
	if cfg.File == "" {
		return nil, errors.New("no log file specified")
	}
	fo := &fileOut{path: cfg.File, uid: cfg.UID, gid: cfg.GID, buffered: cfg.Buffered}
	if cfg.Buffered {
		fo.bufSize = cfg.BufSize
		if fo.bufSize == 0 {
			fo.bufSize = bufSize
		}
		fo.buf = make([]byte, 0, fo.bufSize)
	}
	f, err := fo.open()
	if err != nil {
		return nil, err
	}
	fo.f = f
	return fo, nil
}

func (fo *fileOut) open() (*os.File, error) {
	f, err := os.OpenFile(fo.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open_log: cannot open desired log file: %s, %s", fo.path, syserr.Text(err))
	}
	uid, gid := owner(fo.uid), owner(fo.gid)
	if uid != -1 || gid != -1 {
		if err := f.Chown(uid, gid); err != nil {
			f.Close()
			return nil, fmt.Errorf("open_log: cannot chown desired log file: %s, %s", fo.path, syserr.Text(err))
		}
	}
	return f, nil
}

// owner maps 0 (unset) to -1 (unchanged).
func owner(id int) int {
	if id == 0 {
		return -1
	}
	return id
}

func (fo *fileOut) writeDirect(l *Logger, data []byte) bool {
	if fo.f == nil {
		return false
	}
	_, err := fo.f.Write(data)
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			switch errno {
			case syscall.EFAULT, syscall.EINVAL, syscall.EFBIG, syscall.ENOSPC:
				fo.throttling = true
				fo.throttlingTime = float64(l.now().Unix())
			case syscall.EPIPE, syscall.EBADF:
				l.enabled = false
			}
		}
		return false
	}
	fo.throttling = false
	return true
}

func (fo *fileOut) flushBuf(l *Logger) {
	if fo.buffered && len(fo.buf) > 0 {
		fo.writeDirect(l, fo.buf)
		fo.buf = fo.buf[:0]
	}
}

func (fo *fileOut) emit(l *Logger, line []byte) bool {
	if !fo.buffered {
		return fo.writeDirect(l, line)
	}
	switch {
	case fo.bufSize < len(line):
		fo.flushBuf(l)
		return fo.writeDirect(l, line)
	case len(fo.buf)+len(line) >= fo.bufSize:
		fo.flushBuf(l)
	}
	fo.buf = append(fo.buf, line...)
	return true
}

// resetRepeated writes the held-back line and "Last message repeated N
// times" when a run of identical lines ends.
func (fo *fileOut) resetRepeated(l *Logger) {
	if fo.repeats <= repeatsMin {
		return
	}
	summary := fmt.Sprintf("Last message repeated %d times", fo.repeats-repeatsMin)
	fo.repeats = 0
	flag := fo.savedFlag
	if fo.saved != nil {
		saved := fo.saved
		fo.saved = nil
		saved.level = fo.savedFlag | levelForced
		fo.log(l, saved)
	}
	fo.log(l, &entry{function: "rspamd_log_reset_repeated", level: flag | levelForced, msg: []byte(summary)})
	fo.flushBuf(l)
}

func (fo *fileOut) log(l *Logger, e *entry) bool {
	if e.level&levelForced == 0 && !l.enabled {
		return false
	}
	now := l.now()
	if e.level&levelForced == 0 && fo.throttling {
		// upstream compares whole seconds with a fractional time stamp,
		// so this rarely holds a line back
		ts := float64(now.UnixNano()) / 1e9
		if fo.throttlingTime == ts {
			return false
		}
		fo.throttlingTime = float64(int64(ts))
	}
	if fo.haveLast && string(e.msg) == string(fo.lastMsg) {
		fo.repeats++
		switch {
		case fo.repeats > repeatsMin && fo.repeats < repeatsMax:
			if fo.saved == nil {
				c := *e
				c.msg = append([]byte(nil), e.msg...)
				fo.saved = &c
				fo.savedFlag = e.level
			}
			return true
		case fo.repeats > repeatsMax:
			fo.resetRepeated(l)
			ok := fo.log(l, e)
			fo.repeats = repeatsMin + 1
			return ok
		}
	} else {
		fo.lastMsg = append(fo.lastMsg[:0], e.msg...)
		fo.haveLast = true
		if fo.repeats > repeatsMin {
			fo.resetRepeated(l)
			return fo.log(l, e)
		}
		fo.repeats = 0
	}
	l.line = l.appendLine(l.line[:0], now, e)
	return fo.emit(l, l.line)
}

func (fo *fileOut) reopen(l *Logger) error {
	f, err := fo.open()
	if err != nil {
		return err
	}
	fo.resetRepeated(l)
	fo.flushBuf(l)
	if fo.f != nil {
		fo.f.Close()
	}
	fo.f = f
	return nil
}

func (fo *fileOut) flush(l *Logger) {
	fo.resetRepeated(l)
	fo.flushBuf(l)
}

func (fo *fileOut) close(l *Logger) error {
	fo.flush(l)
	if fo.f == nil {
		return nil
	}
	err := fo.f.Close()
	fo.f = nil
	if err != nil {
		return fmt.Errorf("cannot close log file %s: %w", fo.path, err)
	}
	return nil
}
