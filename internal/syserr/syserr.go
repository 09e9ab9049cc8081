// Package syserr words system errors as the C library does: the text
// glibc's strerror gives for an errno, which is what rspamd prints after
// a failed system call ("cannot open file x: No such file or directory").
//
// Go's syscall package carries glibc's texts with a lower-case first
// letter; Strerror restores the capital and fills in what Go's table
// lacks: errno 0, the errnos newer than Go's table (as the oracle's glibc
// 2.43 words them) and unknown numbers.
package syserr

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"syscall"
)

// missing are glibc's texts of the errnos Go's syscall table lacks.
var missing = map[syscall.Errno]string{
	0:   "Success",
	133: "Memory page has hardware error", // EHWPOISON
	134: "Inappropriate file type or format",
}

// Strerror returns glibc's strerror text of an errno.
func Strerror(e syscall.Errno) string {
	if s, ok := missing[e]; ok {
		return s
	}
	s := e.Error()
	if s == "" || strings.HasPrefix(s, "errno ") {
		return "Unknown error " + strconv.FormatUint(uint64(e), 10)
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Text returns strerror's text of the errno behind err. An error wrapping
// no errno is worded by itself, without the operation and path of a
// *fs.PathError (which C would not print).
func Text(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return Strerror(errno)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
