// Command rspamd-diff compares the /checkv2 replies of two sources for a
// corpus of messages, or records one source's replies as goldens (package
// difftest does the work).
//
// Usage:
//
//	rspamd-diff SOURCE SOURCE [flags] [CORPUS-DIR]
//	rspamd-diff SOURCE -record DIR [flags] CORPUS-DIR
//
// where a SOURCE is -oracle URL, -ours URL or -golden DIR (a flag may be
// given twice). The first source given is A, the second B. The corpus may
// be left out when both sources are golden directories. The last line of
// the report is "N messages: X identical, Y differ"; the exit status is 0
// when every message is identical (or recorded), 1 when some differ, 2 when
// the run cannot be made.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/gorspamd/rspamd/compat-tests/difftest"
)

// sourceFlag adds a source to the shared list each time its flag is given,
// keeping the order of the command line.
type sourceFlag struct {
	list *[]difftest.Source
	make func(string) (difftest.Source, error)
}

func (f sourceFlag) String() string { return "" }

func (f sourceFlag) Set(v string) error {
	s, err := f.make(v)
	if err != nil {
		return err
	}
	*f.list = append(*f.list, s)
	return nil
}

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("rspamd-diff", flag.ContinueOnError)
	var sources []difftest.Source
	timeout := fs.Duration("timeout", 60*time.Second, "timeout of one scan")
	client := &http.Client{}
	scanner := func(label string) func(string) (difftest.Source, error) {
		return func(u string) (difftest.Source, error) { return difftest.NewScanner(label, u, client) }
	}
	fs.Var(sourceFlag{&sources, scanner("oracle")}, "oracle", "scan with the oracle at `URL` (e.g. http://127.0.0.1:11333)")
	fs.Var(sourceFlag{&sources, scanner("ours")}, "ours", "scan with our rspamd at `URL`")
	fs.Var(sourceFlag{&sources, func(d string) (difftest.Source, error) {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("not a directory: %s", d)
		}
		return difftest.Golden{Dir: d}, nil
	}}, "golden", "take the replies recorded in `DIR`")
	recordDir := fs.String("record", "", "record the one source's replies into `DIR` instead of comparing")
	parallel := fs.Int("j", 4, "scan `N` messages at once")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: rspamd-diff SOURCE SOURCE [flags] [CORPUS-DIR]\n       rspamd-diff SOURCE -record DIR [flags] CORPUS-DIR\nSOURCE is -oracle URL, -ours URL or -golden DIR.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(os.Stderr, "rspamd-diff: one corpus directory at most")
		return 2
	}
	client.Timeout = *timeout
	opts := difftest.Options{Sources: sources, Corpus: fs.Arg(0), Parallel: *parallel}
	if *recordDir != "" {
		opts.Record = &difftest.Golden{Dir: *recordDir}
	}
	res, err := difftest.Run(context.Background(), opts, os.Stdout)
	if err != nil {
		fmt.Fprintf(os.Stderr, "rspamd-diff: %v\n", err)
		if res.Messages == 0 {
			return 2
		}
	}
	if res.Differ > 0 {
		return 1
	}
	return 0
}
