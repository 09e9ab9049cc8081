package client

import (
	"os"

	"golang.org/x/sys/unix"
)

// ReadPassphrase reads a password from the controlling terminal with
// echo off after the prompt "Enter passphrase: ", as upstream does. It
// fails when there is no terminal.
func ReadPassphrase() (string, error) {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return "", err
	}
	defer tty.Close()
	fd := int(tty.Fd())
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return "", err
	}
	noEcho := *old
	noEcho.Lflag &^= unix.ECHO | unix.ECHONL
	if err := unix.IoctlSetTermios(fd, unix.TCSETSF, &noEcho); err != nil {
		return "", err
	}
	defer unix.IoctlSetTermios(fd, unix.TCSETSF, old)
	if _, err := tty.WriteString("Enter passphrase: "); err != nil {
		return "", err
	}
	var pw []byte
	var c [1]byte
	for {
		n, err := tty.Read(c[:])
		if n != 1 || err != nil || c[0] == '\n' || c[0] == '\r' {
			break
		}
		pw = append(pw, c[0])
	}
	_, err = tty.WriteString("\n")
	return string(pw), err
}
