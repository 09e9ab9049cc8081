package admin

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/version"
)

// The control command: a request to the main process's control socket,
// whose reply is printed as UCL or JSON, or rendered by lualib's
// rspamadm/fuzzy_stat.lua and rspamadm/memstat.lua.

// defaultControlSocket is the control socket of the Debian build.
const defaultControlSocket = "/var/lib/rspamd/rspamd.sock"

// controlPaths maps control subcommands (case-insensitive) to the control
// socket's paths.
var controlPaths = map[string]string{
	"stat": "/stat", "reload": "/reload", "reresolve": "/reresolve", "recompile": "/recompile",
	"fuzzystat": "/fuzzystat", "fuzzy_stat": "/fuzzystat", "fuzzysync": "/fuzzysync", "fuzzy_sync": "/fuzzysync",
	"fuzzyhash": "/fuzzyhash", "fuzzy_hash": "/fuzzyhash",
	"compositesstats": "/compositesstats", "composites_stats": "/compositesstats",
	"memstat": "/memstat", "mem_stat": "/memstat",
}

// controlScripts are the paths whose UCL output is rendered by a script.
var controlScripts = map[string]string{"/fuzzystat": "fuzzy_stat", "/memstat": "memstat"}

func runControl(s *Session, argv []string) int {
	var json, compact, uclOut bool
	socket := defaultControlSocket
	timeout := 1.0
	rest, code, done := s.parse(argv, "control - manage rspamd main control interface", true,
		goption.Bool("json", 'j', &json, "Output json"),
		goption.Bool("compact", 'c', &compact, "Output compacted"),
		goption.Bool("ucl", 'u', &uclOut, "Output ucl (default)"),
		goption.String("socket", 's', &socket, "Use the following socket path"),
		goption.Double("timeout", 't', &timeout, "Set IO timeout (1s by default)"),
	)
	if done {
		return code
	}
	if len(rest) <= 1 {
		fmt.Fprint(s.Stderr, "command required\n\n"+controlCommandList)
		return 1
	}
	path, ok := controlPaths[encoding.LowerASCII(rest[1])]
	if !ok {
		fmt.Fprintf(s.Stderr, "unknown command: %s\n\n%s", rest[1], controlCommandList)
		return 1
	}
	if path == "/fuzzyhash" {
		if len(rest) < 3 || len(rest[2]) != 128 {
			fmt.Fprint(s.Stderr, "fuzzyhash requires a 128 characters hex digest argument\n")
			return 1
		}
		path += "?digest=" + rest[2]
	}
	addr, err := inet.Parse(socket, 0)
	if err != nil {
		fmt.Fprintf(s.Stderr, "bad control path: %s\n", socket)
		return 1
	}
	body, code, ok := s.controlRequest(addr, socket, path, time.Duration(timeout*float64(time.Second)))
	if !ok {
		return code
	}
	p := ucl.NewParser(ucl.ParserSafeFlags)
	if body == nil {
		fmt.Fprint(s.Stderr, "cannot parse server's reply: (NULL)\n")
		return 0
	}
	if err := p.AddChunk(body); err != nil {
		msg, _ := p.ErrorMessage()
		fmt.Fprintf(s.Stderr, "cannot parse server's reply: %s\n", msg)
		return 0
	}
	obj := p.Object()
	switch script := controlScripts[path]; {
	case json:
		s.Stdout.Write(ucl.Emit(obj, ucl.FormatJSON))
	case compact:
		s.Stdout.Write(ucl.Emit(obj, ucl.FormatJSONCompact))
	case script != "":
		r, ok := s.Lua.(*luaRuntime)
		if !ok || r.state == nil || r.envErr != nil {
			return s.notBuilt("control", "the Lua runtime")
		}
		executeLuaUCLSubr(r.state, rest[1:], obj, script, true)
	default:
		s.Stdout.Write(ucl.Emit(obj, ucl.FormatConfig))
	}
	return 0
}

// controlRequest sends GET path to the control socket and returns the
// reply's body (nil when empty). When it fails, the reason is printed and
// ok is false with the exit code: a Unix socket that cannot be connected
// to ends rspamadm with -errno, later failures with 0.
func (s *Session) controlRequest(addr inet.Addr, socket, path string, timeout time.Duration) (body []byte, code int, ok bool) {
	var conn net.Conn
	var err error
	if u := addr.Unix(); u != nil {
		conn, err = net.Dial("unix", u.Path)
		if err != nil {
			errno := syscall.ECONNREFUSED
			errors.As(err, &errno)
			fmt.Fprintf(s.Stderr, "cannot open connection to %s: %s\n", socket, syserr.Strerror(errno))
			return nil, int(uint8(-int(errno))), false
		}
	} else {
		conn, err = net.DialTimeout("tcp", net.JoinHostPort(addr.IP().String(), fmt.Sprint(addr.Port())), max(timeout, 0))
		if err != nil {
			fmt.Fprintf(s.Stderr, "Cannot make HTTP request: Connection failed: %s\n", syserr.Text(err))
			return nil, 0, false
		}
	}
	defer conn.Close()
	if timeout > 0 {
		conn.SetDeadline(time.Now().Add(timeout))
	}
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.0\r\nContent-Length: 0\r\nConnection: close\r\nUser-Agent: rspamd-%s\r\n\r\n",
		path, version.Upstream); err != nil {
		fmt.Fprintf(s.Stderr, "Cannot make HTTP request: IO write error: %s\n", syserr.Text(err))
		return nil, 0, false
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err == nil {
		body, err = io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		fmt.Fprint(s.Stderr, "Cannot make HTTP request: IO timeout\n")
		return nil, 0, false
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		fmt.Fprint(s.Stderr, "Cannot make HTTP request: IO read error: unexpected EOF\n")
		return nil, 0, false
	case err != nil:
		fmt.Fprintf(s.Stderr, "Cannot make HTTP request: IO read error: %s\n", strings.TrimPrefix(syserr.Text(err), "malformed HTTP "))
		return nil, 0, false
	}
	if len(body) == 0 {
		return nil, 0, true
	}
	return body, 0, true
}
