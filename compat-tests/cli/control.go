package cli

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
)

// ControlReply is what a fake control socket answers the request of a
// case with: rspamadm control talks to it instead of a running rspamd.
type ControlReply struct {
	Body string
	// Mode is "" (a 200 reply with Content-Length), "404" (the same with
	// status 404), "nolen" (a 200 reply ending with the connection),
	// "close" (the connection closed without a reply) or "hang" (no reply).
	Mode string
}

// ControlSocket is the fake control socket, in the case's directory.
const ControlSocket = "ctl.sock"

// ServeControl starts a fake control socket at path answering every
// request with r; stop closes it and waits for its connections.
func ServeControl(path string, r ControlReply) (stop func(), err error) {
	os.Remove(path)
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("fake control socket: %w", err)
	}
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Go(func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				if !errors.Is(err, net.ErrClosed) {
					fmt.Fprintf(os.Stderr, "fake control socket: %v\n", err)
				}
				return
			}
			wg.Go(func() {
				defer conn.Close()
				answerControl(conn, r, done)
			})
		}
	})
	return func() {
		close(done)
		ln.Close()
		wg.Wait()
		os.Remove(path)
	}, nil
}

// answerControl reads a request's head and answers it.
func answerControl(conn net.Conn, r ControlReply, done <-chan struct{}) {
	rd := bufio.NewReader(conn)
	for {
		line, err := rd.ReadString('\n')
		if err != nil || line == "\r\n" {
			break
		}
	}
	switch r.Mode {
	case "hang":
		<-done
	case "close":
	case "nolen":
		fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n%s", r.Body)
	case "404":
		fmt.Fprintf(conn, "HTTP/1.1 404 Not found\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", len(r.Body), r.Body)
	default:
		fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", len(r.Body), r.Body)
	}
}
