package admin

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/version"
)

// The lua command's HTTP server (-S): POST /exec with a Lua chunk as the
// body runs it and replies with its results as a JSON array.

// serveDefaultPort is the port of a -S address without one.
const serveDefaultPort = 10000

// serve listens on the addresses of spec and serves requests until the
// process ends; it returns 0 when nothing could be listened on.
func (r *luaRuntime) serve(s *Session, spec string) int {
	addrs, _, _, ok := r.cfg.ParseHostPort(spec, serveDefaultPort, true)
	if !ok {
		fmt.Fprintf(s.Stderr, "cannot listen on %s", spec)
		return 1
	}
	var listeners []net.Listener
	for _, a := range addrs {
		network, addr, pretty := "tcp", a.Addr.String(), a.Addr.String()
		if a.Unix != "" {
			network, addr, pretty = "unix", a.Unix, a.Unix
		}
		ln, err := net.Listen(network, addr)
		if err != nil {
			logMsg(logger.LevelWarning, "rspamd_inet_address_listen", "bind %s failed: %v", pretty, err)
			continue
		}
		listeners = append(listeners, ln)
		fmt.Fprintf(s.Stdout, "listen on %s\n", pretty)
	}
	if len(listeners) == 0 {
		return 0
	}
	L := r.state.L
	for _, ln := range listeners {
		go func() {
			for {
				conn, err := ln.Accept()
				if err != nil {
					if !errors.Is(err, net.ErrClosed) {
						fmt.Fprintf(s.Stderr, "accept failed: %v", err)
					}
					return
				}
				go r.serveConn(s, conn)
			}
		}()
	}
	for {
		select {
		case <-L.Wake():
			L.RunPending()
		case <-r.stopServing:
			for _, ln := range listeners {
				ln.Close()
			}
			return 0
		}
	}
}

// httpReply is a reply of the server.
type httpReply struct {
	code         int
	reason, body string
	contentType  string
}

// serveConn answers the request of one connection and closes it.
func (r *luaRuntime) serveConn(s *Session, conn net.Conn) {
	defer conn.Close()
	req, err := http.ReadRequest(bufio.NewReader(conn))
	if err != nil {
		fmt.Fprintf(s.Stderr, "http error occurred: %v\n", err)
		return
	}
	body, err := io.ReadAll(req.Body)
	if err != nil {
		fmt.Fprintf(s.Stderr, "http error occurred: %v\n", err)
		return
	}
	var rep httpReply
	if req.URL.Path != "/exec" {
		rep = httpReply{code: 404, reason: "Not found", body: "Not found", contentType: "text/plain"}
		fmt.Fprintf(s.Stderr, "http error occurred: %s\n", rep.reason)
	} else {
		done := make(chan httpReply, 1)
		if !r.state.L.Post(func(*lua.State) { done <- r.execHTTP(s, body) }) {
			return
		}
		rep = <-done
	}
	fmt.Fprintf(conn, "HTTP/1.1 %d %s\r\nConnection: close\r\nServer: rspamd/%s\r\nDate: %s\r\nContent-Length: %d\r\nContent-Type: %s\r\n\r\n%s",
		rep.code, rep.reason, version.Upstream, time.Now().UTC().Format(http.TimeFormat), len(rep.body), rep.contentType, rep.body)
}

// httpError is an error reply (rspamd_controller_send_error).
func httpError(code int, msg string) httpReply {
	return httpReply{code: code, reason: msg, body: `{"error":"` + msg + `"}`, contentType: "application/json"}
}

// execHTTP runs the body of an /exec request, on the state's goroutine.
func (r *luaRuntime) execHTTP(s *Session, body []byte) httpReply {
	if len(body) == 0 {
		return httpError(400, "Empty lua script")
	}
	var rep httpReply
	r.call(func(t *lua.State) (int, bool) {
		if err := t.Load("return "+string(body), "return "+string(body)); err != nil {
			if err := t.Load(string(body), "=http input"); err != nil {
				rep = httpError(400, "Invalid lua script")
				return 0, false
			}
		}
		return 0, true
	}, func(t *lua.State, err error) {
		if err != nil {
			rep = httpError(500, "call failed: "+luaErrorDetailed(err)+"\n")
			return
		}
		arr := ucl.New(ucl.TypeArray)
		for i := 1; i <= t.GetTop(); i++ {
			if t.IsFunction(i) {
				continue
			}
			if elt := r.state.RT.ToUCL(t, i); elt != nil {
				arr.ArrayAppend(elt)
			}
		}
		rep = httpReply{code: 200, reason: "OK", body: string(ucl.Emit(arr, ucl.FormatJSONCompact)), contentType: "application/json"}
	})
	return rep
}
