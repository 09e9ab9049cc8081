// Command luaunit runs upstream rspamd's Lua unit tests (test/lua/unit/ of
// an rspamd checkout, never committed here) with our Lua runtime, or with
// the oracle's, and reports every test file and test case with its
// verdict: PASS, FAIL (an assertion: a behaviour difference), MISSING (a
// function of the Lua API our runtime lacks, named), FFI (a C symbol the
// test calls through LuaJIT's FFI), ERROR (another error), CRASH, NOTRUN
// (the file stopped loading before the test was registered), SKIP (the
// test needs a message and a scan, and our runtime has no rspamd_task);
// then the blockers with the number of tests each keeps from passing, and
// a summary line.
//
// Usage:
//
//	go run ./compat-tests/luaunit -src DIR [flags]
//
// DIR is an upstream checkout (or just its test/lua tree, as `git archive
// 4.1.5 test/lua` extracts it). The tests run with the checkout's
// telescope framework, as upstream's rspamd-test runs them, one process
// per file. See README.md.
//
// Exit status: 0 when every test passes or is skipped, 1 when some do not,
// 2 when the run cannot be made.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	if os.Getenv(childEnv) == "1" {
		os.Exit(childMain(os.Args[1:]))
	}
	os.Exit(run(os.Args[1:]))
}

// goldenPath is the oracle's outcomes, relative to the repository.
const goldenPath = "compat-tests/golden/4.1.5/luaunit/oracle.json"

func run(args []string) int {
	fs := flag.NewFlagSet("luaunit", flag.ContinueOnError)
	src := fs.String("src", "", "upstream rspamd checkout `DIR` (with test/lua/unit)")
	oracle := fs.Bool("oracle", false, "run the tests in the oracle (rspamadm lua in the chroot) instead of our runtime")
	oracleRoot := fs.String("oracle-root", "/srv/oracle-sid", "the oracle's chroot")
	record := fs.String("record", "", "with -oracle: write the outcomes as the golden `FILE`")
	golden := fs.String("golden", "", "the oracle's outcomes `FILE` to compare with (default: the committed golden; \"none\" for none)")
	filter := fs.String("t", "", "only the test files whose name ends with `SUFFIX` (rspamd-test -t)")
	pattern := fs.String("c", "", "only the tests whose name matches the Lua `PATTERN` (rspamd-test -c)")
	lualib := fs.String("lualib", "", "the Lua library `DIR` our runtime loads (default: the repository's lualib/)")
	jobs := fs.Int("j", 2, "files run at once")
	timeout := fs.Duration("timeout", 2*time.Minute, "time limit of one test file")
	verbose := fs.Bool("v", false, "debug logging, tracebacks and each file's output")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *src == "" || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: luaunit -src DIR [flags]")
		fs.PrintDefaults()
		return 2
	}
	testDir := filepath.Join(*src, "test", "lua")
	if _, err := os.Stat(filepath.Join(testDir, "telescope.lua")); err != nil {
		fmt.Fprintf(os.Stderr, "luaunit: %s is not an rspamd checkout: %v\n", *src, err)
		return 2
	}
	testDir, _ = filepath.Abs(testDir)
	wd, _ := os.Getwd()
	repo, err := findRepo(wd)
	if err != nil {
		fmt.Fprintf(os.Stderr, "luaunit: %v\n", err)
		return 2
	}
	if *lualib == "" {
		*lualib = filepath.Join(repo, "lualib")
	}
	if !*oracle {
		if err := checkLualib(*lualib); err != nil {
			fmt.Fprintf(os.Stderr, "luaunit: %v\n", err)
			return 2
		}
	}
	r := &Runner{TestDir: testDir, Filter: *filter, Pattern: *pattern, Oracle: *oracle, OracleRoot: *oracleRoot,
		LualibDir: *lualib, RulesDir: filepath.Join(filepath.Dir(*lualib), "rules"),
		Jobs: *jobs, Timeout: *timeout, Verbose: *verbose}
	var g *Golden
	if !*oracle && *golden != "none" {
		path := *golden
		if path == "" {
			path = filepath.Join(repo, goldenPath)
		}
		if g, err = readGolden(path); err != nil {
			if *golden != "" {
				fmt.Fprintf(os.Stderr, "luaunit: %v\n", err)
				return 2
			}
			fmt.Fprintf(os.Stderr, "luaunit: no golden (%v): tests of files that fail to load are not listed\n", err)
		}
	}
	stubbed, err := taskStubbed()
	if err != nil {
		fmt.Fprintf(os.Stderr, "luaunit: %v\n", err)
		return 2
	}
	files, err := r.Run(context.Background())
	if err != nil {
		fmt.Fprintf(os.Stderr, "luaunit: %v\n", err)
		return 2
	}
	if *record != "" {
		if !*oracle {
			fmt.Fprintln(os.Stderr, "luaunit: -record needs -oracle")
			return 2
		}
		if err := writeGolden(*record, files); err != nil {
			fmt.Fprintf(os.Stderr, "luaunit: %v\n", err)
			return 2
		}
	}
	rep := judge(files, g, stubbed, *oracle, *pattern != "")
	rep.Print(os.Stdout, *verbose)
	for k, n := range rep.Counts {
		if n > 0 && Kind(k) != Pass && Kind(k) != Skip && Kind(k) != Unassertive && Kind(k) != Pending {
			return 1
		}
	}
	return 0
}
