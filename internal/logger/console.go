package logger

import (
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// console writes lines to stderr, or for rspamadm the errors and warnings
// to stderr and the rest to stdout.
type console struct {
	out, crit io.Writer
}

// newConsole makes a console output and drops FlagColor when the output is
// not a terminal.
func newConsole(l *Logger, stdout, stderr io.Writer) *console {
	c := &console{out: stderr, crit: stderr}
	if l.flags&FlagRspamadm != 0 {
		c.out = stdout
	}
	if l.flags&FlagColor != 0 && !isTerminal(c.out) {
		l.flags &^= FlagColor
	}
	return c
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

func (c *console) log(l *Logger, e *entry) bool {
	w := c.out
	if e.level&LevelCritical != 0 || (l.flags&FlagRspamadm != 0 && e.level&LevelWarning != 0) {
		w = c.crit
	}
	l.line = l.appendLine(l.line[:0], l.now(), e)
	_, err := w.Write(l.line)
	return err == nil
}

func (c *console) reopen(*Logger) error { return nil }

func (c *console) flush(*Logger) {}

func (c *console) close(*Logger) error { return nil }

// NewConsoleTo returns a console logger for process type ptype with
// threshold level writing to the given writers: stdout receives what a
// console logger writes to standard output (with FlagRspamadm, everything
// but errors and warnings), stderr the rest. Tests and tools capture lines
// this way.
func NewConsoleTo(flags Flags, ptype string, level Level, stdout, stderr io.Writer) *Logger {
	l := NewConsole(flags, ptype)
	l.level = level
	l.out = newConsole(l, stdout, stderr)
	return l
}
