package main

import (
	"os"
	"syscall"
	"unsafe"
)

// abort ends the process by SIGABRT with the default action, as a failed
// GLib assertion does (Go's own handler would print a goroutine dump).
func abort() {
	// The kernel's struct sigaction: handler, flags, restorer, mask.
	var act struct {
		handler, flags, restorer, mask uint64
	}
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGABRT), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	syscall.Kill(os.Getpid(), syscall.SIGABRT)
	os.Exit(134)
}
