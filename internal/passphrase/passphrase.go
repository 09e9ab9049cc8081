// Package passphrase owns reading a password from the controlling
// terminal the way rspamd's tools do (rspamd_read_passphrase): rspamc -P
// without a value and rspamadm pw without -p.
package passphrase

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// MaxLen is how many bytes of a line upstream keeps (its buffer holds
// 8192 bytes with the terminating NUL); the rest of the line is read and
// dropped.
const MaxLen = 8191

// promptLen is how much of any prompt upstream writes: it writes
// sizeof("Enter passphrase: ") - 1 bytes whatever the prompt.
const promptLen = len("Enter passphrase: ")

// ErrNoTerminal is returned when there is no controlling terminal.
var ErrNoTerminal = errors.New("no terminal to read a passphrase from")

// Read writes prompt to the controlling terminal and reads one line from
// it, with echo off unless echo is set. An empty result means an empty
// line.
func Read(prompt string, echo bool) (string, error) {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return "", ErrNoTerminal
	}
	defer tty.Close()
	fd := int(tty.Fd())
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return "", ErrNoTerminal
	}
	term := *old
	if !echo {
		term.Lflag &^= unix.ECHO | unix.ECHONL
	}
	if err := unix.IoctlSetTermios(fd, unix.TCSETSF, &term); err != nil {
		return "", ErrNoTerminal
	}
	defer unix.IoctlSetTermios(fd, unix.TCSETSF, old)
	if len(prompt) > promptLen {
		prompt = prompt[:promptLen]
	}
	if _, err := tty.WriteString(prompt); err != nil {
		return "", err
	}
	var line []byte
	var c [1]byte
	for {
		n, err := tty.Read(c[:])
		if n != 1 || err != nil || c[0] == '\n' || c[0] == '\r' {
			break
		}
		if len(line) < MaxLen {
			line = append(line, c[0])
		}
	}
	_, err = tty.WriteString("\n")
	return string(line), err
}
