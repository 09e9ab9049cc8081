package admin

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// lineEditor reads the interactive loop's lines from a terminal with the
// editing keys of upstream's line editor (replxx): cursor movement, the
// usual Emacs-style control keys and the history on the arrow keys. Ctrl-D
// on an empty line and Ctrl-C end the input.
type lineEditor struct {
	in   *bufio.Reader
	out  io.Writer
	hist *history

	// line is the line being edited, pos the cursor's position in it.
	line []rune
	pos  int
	// histPos is the history entry shown (len(hist.entries): the new
	// line), saved the new line while older entries are shown.
	histPos int
	saved   []rune
}

// Control keys.
const (
	keyCtrlA     = 0x01
	keyCtrlB     = 0x02
	keyCtrlC     = 0x03
	keyCtrlD     = 0x04
	keyCtrlE     = 0x05
	keyCtrlF     = 0x06
	keyCtrlH     = 0x08
	keyCtrlK     = 0x0b
	keyCtrlL     = 0x0c
	keyCtrlN     = 0x0e
	keyCtrlP     = 0x10
	keyCtrlU     = 0x15
	keyCtrlW     = 0x17
	keyEsc       = 0x1b
	keyBackspace = 0x7f
)

// readLine shows prompt and returns the line typed, or false at the end
// of the input.
func (e *lineEditor) readLine(prompt string) (string, bool) {
	e.line, e.pos, e.saved = nil, 0, nil
	e.histPos = len(e.hist.entries)
	e.refresh(prompt)
	for {
		b, err := e.in.ReadByte()
		if err != nil {
			io.WriteString(e.out, "\r\n")
			return "", false
		}
		switch b {
		case '\r', '\n':
			io.WriteString(e.out, "\r\n")
			return string(e.line), true
		case keyCtrlC:
			io.WriteString(e.out, "^C\r\n")
			return "", false
		case keyCtrlD:
			if len(e.line) == 0 {
				io.WriteString(e.out, "\r\n")
				return "", false
			}
			e.deleteAt(e.pos)
		case keyBackspace, keyCtrlH:
			if e.pos > 0 {
				e.pos--
				e.deleteAt(e.pos)
			}
		case keyCtrlA:
			e.pos = 0
		case keyCtrlE:
			e.pos = len(e.line)
		case keyCtrlB:
			e.pos = max(e.pos-1, 0)
		case keyCtrlF:
			e.pos = min(e.pos+1, len(e.line))
		case keyCtrlK:
			e.line = e.line[:e.pos]
		case keyCtrlU:
			e.line = append([]rune(nil), e.line[e.pos:]...)
			e.pos = 0
		case keyCtrlW:
			start := e.pos
			for start > 0 && e.line[start-1] == ' ' {
				start--
			}
			for start > 0 && e.line[start-1] != ' ' {
				start--
			}
			e.line = append(e.line[:start], e.line[e.pos:]...)
			e.pos = start
		case keyCtrlL:
			io.WriteString(e.out, "\x1b[H\x1b[2J")
		case keyCtrlP:
			e.history(-1)
		case keyCtrlN:
			e.history(1)
		case keyEsc:
			e.escape()
		default:
			if b >= 0x20 {
				e.insert(e.readRune(b))
			}
		}
		e.refresh(prompt)
	}
}

// readRune completes the UTF-8 sequence that starts with b.
func (e *lineEditor) readRune(b byte) rune {
	if b < utf8.RuneSelf {
		return rune(b)
	}
	buf := []byte{b}
	for !utf8.FullRune(buf) && len(buf) < utf8.UTFMax {
		c, err := e.in.ReadByte()
		if err != nil {
			break
		}
		buf = append(buf, c)
	}
	r, _ := utf8.DecodeRune(buf)
	return r
}

// escape handles the escape sequences of the arrow, home, end and delete
// keys.
func (e *lineEditor) escape() {
	b, err := e.in.ReadByte()
	if err != nil || (b != '[' && b != 'O') {
		return
	}
	var param []byte
	for {
		c, err := e.in.ReadByte()
		if err != nil {
			return
		}
		if c >= '0' && c <= '9' || c == ';' {
			param = append(param, c)
			continue
		}
		switch c {
		case 'A':
			e.history(-1)
		case 'B':
			e.history(1)
		case 'C':
			e.pos = min(e.pos+1, len(e.line))
		case 'D':
			e.pos = max(e.pos-1, 0)
		case 'H':
			e.pos = 0
		case 'F':
			e.pos = len(e.line)
		case '~':
			switch string(param) {
			case "1", "7":
				e.pos = 0
			case "4", "8":
				e.pos = len(e.line)
			case "3":
				e.deleteAt(e.pos)
			}
		}
		return
	}
}

func (e *lineEditor) insert(r rune) {
	e.line = append(e.line, 0)
	copy(e.line[e.pos+1:], e.line[e.pos:])
	e.line[e.pos] = r
	e.pos++
}

func (e *lineEditor) deleteAt(i int) {
	if i < len(e.line) {
		e.line = append(e.line[:i], e.line[i+1:]...)
	}
}

// history shows the entry dir steps older (-1) or newer (1).
func (e *lineEditor) history(dir int) {
	n := e.histPos + dir
	if n < 0 || n > len(e.hist.entries) {
		return
	}
	if e.histPos == len(e.hist.entries) {
		e.saved = e.line
	}
	e.histPos = n
	if n == len(e.hist.entries) {
		e.line = e.saved
	} else {
		e.line = []rune(e.hist.entries[n].text)
	}
	e.pos = len(e.line)
}

// refresh redraws the prompt and the line and puts the cursor in place.
func (e *lineEditor) refresh(prompt string) {
	col := utf8.RuneCountInString(prompt) + e.pos
	out := "\r" + prompt + string(e.line) + "\x1b[K\r"
	if col > 0 {
		out += "\x1b[" + strconv.Itoa(col) + "C"
	}
	io.WriteString(e.out, out)
}

// rawMode puts the terminal f in raw mode and returns how to restore it.
func rawMode(f *os.File) (restore func(), err error) {
	fd := int(f.Fd())
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil, err
	}
	raw := *old
	raw.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	raw.Cflag |= unix.CS8
	raw.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	raw.Cc[unix.VMIN], raw.Cc[unix.VTIME] = 1, 0
	if err := unix.IoctlSetTermios(fd, unix.TCSETS, &raw); err != nil {
		return nil, err
	}
	return func() { unix.IoctlSetTermios(fd, unix.TCSETS, old) }, nil
}
