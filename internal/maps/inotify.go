package maps

import (
	"os"
	"path/filepath"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// inotify wakes the stat checks of watched files as soon as their
// directory changes, as libev's ev_stat does with inotify; the periodic
// stat polling stays as the fallback.
type inotify struct {
	fd    int // kept apart: File.Fd would make the file blocking
	f     *os.File
	mu    sync.Mutex
	dirs  map[int32]string               // watch descriptor -> directory
	files map[string]map[string][]func() // directory -> base name -> checks
	done  chan struct{}
}

const inotifyMask = unix.IN_ATTRIB | unix.IN_CLOSE_WRITE | unix.IN_CREATE | unix.IN_DELETE |
	unix.IN_MODIFY | unix.IN_MOVED_FROM | unix.IN_MOVED_TO | unix.IN_DELETE_SELF | unix.IN_MOVE_SELF

// newInotify returns nil when the kernel has no inotify for us.
func newInotify(w *watcher) *inotify {
	fd, err := unix.InotifyInit1(unix.IN_CLOEXEC | unix.IN_NONBLOCK)
	if err != nil {
		return nil
	}
	in := &inotify{
		fd:    fd,
		f:     os.NewFile(uintptr(fd), "inotify"),
		dirs:  make(map[int32]string),
		files: make(map[string]map[string][]func()),
		done:  make(chan struct{}),
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer close(in.done)
		in.run()
	}()
	return in
}

// add makes changes to path call check.
func (in *inotify) add(path string, check func()) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	in.mu.Lock()
	defer in.mu.Unlock()
	names, ok := in.files[dir]
	if !ok {
		wd, err := unix.InotifyAddWatch(in.fd, dir, inotifyMask)
		if err != nil {
			return
		}
		in.dirs[int32(wd)] = dir
		names = make(map[string][]func())
		in.files[dir] = names
	}
	names[base] = append(names[base], check)
}

func (in *inotify) run() {
	buf := make([]byte, 64*(unix.SizeofInotifyEvent+unix.NAME_MAX+1))
	for {
		n, err := in.f.Read(buf)
		if err != nil {
			return
		}
		var checks []func()
		in.mu.Lock()
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
			nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
			off += unix.SizeofInotifyEvent + int(ev.Len)
			name := string(nameBytes)
			for i, c := range nameBytes {
				if c == 0 {
					name = string(nameBytes[:i])
					break
				}
			}
			names := in.files[in.dirs[ev.Wd]]
			if name == "" {
				// The directory itself: check all its files.
				for _, fns := range names {
					checks = append(checks, fns...)
				}
			} else {
				checks = append(checks, names[name]...)
			}
		}
		in.mu.Unlock()
		for _, c := range checks {
			c()
		}
	}
}

func (in *inotify) close() {
	in.f.Close()
	<-in.done
}
