package client

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// runner processes rspamc's arguments after the options.
type runner struct {
	env     Env
	opts    *Options
	tr      Transport
	cmd     Selected
	headers []Header
	// dirRequests counts requests sent from directories since the last
	// wait; like upstream's, it is shared by all directory walks.
	dirRequests int
}

// fatal is an error that ends rspamc with exit code 1 once printed.
type fatal struct{ msg string }

func (f *fatal) Error() string { return f.msg }

func fatalf(format string, args ...any) error {
	return &fatal{fmt.Sprintf(format, args...)}
}

// chooseCommand picks the command from the arguments left after the
// options, as upstream does: a lone argument is a command or else a file
// to scan; with more, the first is a command or else the first file.
// start is the index of the first file argument.
func chooseCommand(argv []string) (cmd Selected, start int) {
	symbols, _ := Lookup("symbols")
	switch {
	case len(argv) <= 1:
		return symbols, len(argv)
	case len(argv) == 2:
		if c, ok := Lookup(argv[1]); ok {
			return c, 2
		}
		return symbols, 1
	}
	if c, ok := Lookup(argv[1]); ok {
		return c, 2
	}
	return symbols, 1
}

func (r *runner) run(argv []string) int {
	var start int
	r.cmd, start = chooseCommand(argv)
	r.headers = r.buildHeaders()
	err := r.process(argv[start:])
	if err != nil {
		var f *fatal
		if errors.As(err, &f) {
			fmt.Fprintf(r.env.Stderr, "%s\n", f.msg)
		} else {
			fmt.Fprintf(r.env.Stderr, "rspamc: %v\n", err)
		}
		return 1
	}
	return r.tr.Close()
}

// process sends the requests: one for stdin (or --empty) when there are
// no files, else one per file, walking directories, and a single one
// carrying all hashes for fuzzy_delhash.
func (r *runner) process(files []string) error {
	if len(files) == 0 && r.opts.FilesList == nil {
		if r.opts.Empty {
			return r.send(nil, "empty")
		}
		return r.send(r.env.Stdin, "stdin")
	}
	if fl := r.opts.FilesList; fl != nil {
		more, err := readFilesList(*fl)
		if err != nil {
			return fatalf("cannot open file %s", *fl)
		}
		files = append(files, more...)
	}
	sent := 0
	for _, name := range files {
		if r.cmd.Kind == FuzzyDelhash {
			r.headers = append(r.headers, Header{"Hash", name})
			continue
		}
		st, err := os.Stat(name)
		if err != nil {
			return fatalf("cannot stat file %s", name)
		}
		if st.IsDir() {
			if err := r.walkDir(name); err != nil {
				return err
			}
			sent = 0
		} else {
			f, err := os.Open(name)
			if err != nil {
				return fatalf("cannot open file %s", name)
			}
			err = r.send(f, name)
			f.Close()
			if err != nil {
				return err
			}
			sent++
		}
		if sent >= r.opts.MaxRequests {
			sent = 0
			r.tr.Wait()
		}
	}
	if r.cmd.Kind == FuzzyDelhash {
		return r.send(nil, "hashes")
	}
	return nil
}

// walkDir sends the regular files under dir, in directory order, skipping
// names starting with '.', paths matching an --exclude pattern and
// anything neither a file nor a directory (symbolic links included).
func (r *runner) walkDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fatalf("cannot open directory %s: %s", dir, syserr.Text(err))
	}
	entries, err := d.ReadDir(-1)
	d.Close()
	if err != nil {
		return fatalf("cannot open directory %s: %s", dir, syserr.Text(err))
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := dir + "/" + e.Name()
		if r.excluded(path) {
			continue
		}
		switch {
		case e.IsDir():
			if err := r.walkDir(path); err != nil {
				return err
			}
		case e.Type().IsRegular():
			f, err := os.Open(path)
			if err != nil {
				fmt.Fprintf(r.env.Stderr, "cannot open file %s: %s\n", path, syserr.Text(err))
				continue
			}
			err = r.send(f, path)
			f.Close()
			if err != nil {
				return err
			}
			r.dirRequests++
			if r.dirRequests >= r.opts.MaxRequests {
				r.dirRequests = 0
				r.tr.Wait()
			}
		}
	}
	r.tr.Wait()
	return nil
}

func (r *runner) excluded(path string) bool {
	for _, p := range r.opts.Exclude {
		if matchGlob(p, path) {
			return true
		}
	}
	return false
}

func (r *runner) send(body io.Reader, name string) error {
	if !r.cmd.NeedInput {
		body = nil
	}
	return r.tr.Send(&Request{Command: r.cmd, Headers: r.headers, Body: body, Filename: name, Options: r.opts})
}

// readFilesList reads --files-list: one file name per line, surrounding
// blanks trimmed, empty lines skipped. A file that opens but cannot be
// read (a directory) lists nothing.
func readFilesList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if name := strings.Trim(sc.Text(), " \n\r\t"); name != "" {
			names = append(names, name)
		}
	}
	return names, nil
}

// matchGlob matches s against a GLib pattern: '*' matches any run of
// characters (slashes included), '?' any one character; nothing else is
// special.
func matchGlob(pattern, s string) bool {
	for pattern != "" {
		switch pattern[0] {
		case '*':
			pattern = strings.TrimLeft(pattern, "*")
			if pattern == "" {
				return true
			}
			for i := 0; i <= len(s); {
				if matchGlob(pattern, s[i:]) {
					return true
				}
				if i == len(s) {
					break
				}
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
			}
			return false
		case '?':
			if s == "" {
				return false
			}
			_, n := utf8.DecodeRuneInString(s)
			pattern, s = pattern[1:], s[n:]
		default:
			_, n := utf8.DecodeRuneInString(pattern)
			if !strings.HasPrefix(s, pattern[:n]) {
				return false
			}
			pattern, s = pattern[n:], s[n:]
		}
	}
	return s == ""
}

// buildHeaders returns the headers every request carries, in upstream's
// order.
func (r *runner) buildHeaders() []Header {
	o := r.opts
	var h []Header
	add := func(name, value string) { h = append(h, Header{name, value}) }
	addOpt := func(name string, v *string) {
		if v != nil {
			add(name, *v)
		}
	}
	if o.IP != nil {
		ip := *o.IP
		if !isAddress(ip) && r.env.Resolve != nil {
			resolved, err := r.env.Resolve(ip)
			if err != nil {
				fmt.Fprintf(r.env.Stderr, "address resolution for %s failed: %s\n", ip, err)
			} else {
				ip = resolved
			}
		}
		add("Ip", ip)
	}
	addOpt("From", o.From)
	addOpt("User", o.User)
	for _, rcpt := range o.Rcpts {
		add("Rcpt", rcpt)
	}
	addOpt("Deliver-To", o.Deliver)
	addOpt("Helo", o.Helo)
	addOpt("Hostname", o.Hostname)
	addOpt("Password", o.Password)
	var flags []string
	if o.PassAll {
		flags = append(flags, "pass_all")
	}
	if o.Raw {
		add("Raw", "yes")
	}
	addOpt("Classifier", o.Classifier)
	if r.cmd.Class != "" {
		add("Class", r.cmd.Class)
	}
	if r.cmd.NeuralClass != "" {
		add("ANN-Train", r.cmd.NeuralClass)
	}
	if o.Weight != 0 {
		add("Weight", fmt.Sprint(o.Weight))
	}
	addOpt("Symbol", o.FuzzySymbol)
	if o.Flag != 0 {
		add("Flag", fmt.Sprint(o.Flag))
	}
	if o.ExtendedURLs {
		add("URL-Format", "extended")
	}
	if o.Profile {
		flags = append(flags, "profile")
	}
	flags = append(flags, "body_block")
	if o.SkipImages {
		add("Skip-Images", "true")
	}
	if o.SkipAttachments {
		add("Skip-Attachments", "true")
	}
	for _, hdr := range o.Header {
		if i := strings.IndexAny(hdr, ":="); i >= 0 {
			add(hdr[:i], hdr[i+1:])
		} else {
			add(hdr, "")
		}
	}
	addOpt("Queue-Id", o.QueueID)
	addOpt("Log-Tag", o.LogTag)
	if o.Settings != "" {
		add("Settings", o.Settings)
	}
	add("Flags", strings.Join(flags, ","))
	return h
}

// isAddress reports whether rspamd would take s as an address without
// resolving it (rspamd_parse_inet_address with the default flags).
func isAddress(s string) bool {
	_, err := inet.Parse(s, 0)
	return err == nil
}
