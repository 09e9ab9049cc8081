// Package client owns rspamc's command line: its options (GLib-compatible
// parsing and help), the command table and --commands listing, the choice
// between a command and files, the walk over files, directories
// (--exclude globs) and --files-list, and the HTTP headers each request
// carries. Requests are handed to a Transport, which talks to rspamd and
// prints replies; everything up to the network reproduces upstream rspamc
// 4.1.5.
package client

import (
	"errors"
	"fmt"
	"io"

	"github.com/gorspamd/rspamd/internal/goption"
)

// Header is one HTTP header of a request.
type Header struct {
	Name, Value string
}

// Request is one request to rspamd.
type Request struct {
	Command Selected
	// Headers are the request's headers, in upstream's order.
	Headers []Header
	// Body is the message to send: nil for commands without input and for
	// --empty. The Transport must have read it when Send returns.
	Body io.Reader
	// Filename names the input in output and in the Filename header:
	// "stdin", "empty", "hashes" or the file's path.
	Filename string
	// Options are the parsed options (connection, output format...).
	Options *Options
}

// Transport sends requests to rspamd and prints their results.
type Transport interface {
	// Send starts a request. An error ends rspamc with exit code 1 after
	// it is printed.
	Send(r *Request) error
	// Wait blocks until the requests sent so far are done (rspamc waits
	// after every --max-requests requests).
	Wait()
	// Close waits for all requests and returns the exit code they give.
	Close() int
}

// Env is what rspamc gets from its process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Charset is the charset of the environment's locale.
	Charset goption.Charset
	// ReadPassphrase reads the password of a bare -P from the terminal.
	ReadPassphrase func() (string, error)
	// Resolve turns the host name of --ip into an address.
	Resolve func(host string) (string, error)
	// Transport sends the requests; nil while it is not built.
	Transport Transport
}

// ErrNoTransport is what requests fail with while rspamc's HTTP client
// is not built.
var ErrNoTransport = errors.New("cannot send requests to rspamd: the HTTP client transport is not built yet")

// Main runs rspamc with argv (argv[0] is the program) and returns the exit
// code.
func Main(argv []string, env Env) int {
	o := defaults()
	rest, err := o.parse(argv, &env)
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			fmt.Fprintf(env.Stderr, "%s\n", ee.msg)
			return 1
		}
		return goption.Report(err, env.Stdout, env.Stderr)
	}
	if o.Commands {
		if err := PrintCommands(env.Stdout); err != nil {
			return 1
		}
		return 0
	}
	r := &runner{env: env, opts: o, tr: env.Transport}
	if r.tr == nil {
		r.tr = noTransport{}
	}
	return r.run(rest)
}

// noTransport fails every request: the HTTP client is not built yet.
type noTransport struct{}

func (noTransport) Send(*Request) error { return ErrNoTransport }
func (noTransport) Wait()               {}
func (noTransport) Close() int          { return 1 }
