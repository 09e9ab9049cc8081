package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
)

const (
	goldenDir  = "../golden/4.1.5/cli"
	fixtureDir = "testdata/fixture"
	oracleRoot = "/srv/oracle-sid"
)

// binDir builds rspamd, rspamc and rspamadm once for all tests.
func binDir(t *testing.T) string {
	t.Helper()
	dir, err := oraclebench.Build("../..", "./rspamd", "./rspamc", "./rspamadm")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	oraclebench.RemoveBuilds()
	os.Exit(code)
}

type result struct {
	out, err string
	rc       int
}

// run runs one of our binaries the way capture runs the oracle's: in a
// new session, with argv[0] the bare program name, stdin from the case's
// input (or /dev/null), the base environment, in a copy of the fixture.
func run(t *testing.T, bin string, args, env []string, stdin string) result {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(fixtureDir)); err != nil {
		t.Fatal(err)
	}
	return runIn(t, dir, bin, args, env, stdin)
}

// runIn is run in a directory already made.
func runIn(t *testing.T, dir, bin string, args, env []string, stdin string) result {
	t.Helper()
	cmd := exec.Command(filepath.Join(binDir(t), bin), args...)
	cmd.Dir = dir
	cmd.Env = append(BaseEnv(), upstreamEnv(t, env)...)
	cmd.Args[0] = bin
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	rc, err := ExitCode(cmd.Run())
	if err != nil {
		t.Fatalf("running %s %q: %v", bin, args, err)
	}
	return result{o.String(), e.String(), rc}
}

// upstreamEnv is a case's environment for our binaries, which find the
// upstream Lua tree of the checkout (lualib/) where the oracle finds its
// installed one: LUALIBDIR for the Lua paths and RSPAMADM_COMMAND_PATH,
// in front of the case's own, for rspamadm's Lua commands. Cases that
// need the tree skip when it is not extracted.
func upstreamEnv(t *testing.T, env []string) []string {
	t.Helper()
	lualib, err := filepath.Abs("../../lualib")
	if err != nil {
		t.Fatal(err)
	}
	path := lualib + "/rspamadm"
	var out []string
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "RSPAMADM_COMMAND_PATH="); ok {
			path += ":" + v
			continue
		}
		out = append(out, e)
	}
	return append(out, "LUALIBDIR="+lualib, "RSPAMADM_COMMAND_PATH="+path)
}

// haveLualib reports whether the upstream Lua tree is extracted.
func haveLualib() bool {
	_, err := os.Stat("../../lualib/rspamadm/keypair.lua")
	return err == nil
}

func golden(t *testing.T, name string) result {
	t.Helper()
	read := func(ext string) string {
		data, err := os.ReadFile(filepath.Join(goldenDir, name+ext))
		if err != nil {
			t.Fatalf("golden %s%s: %v (regenerate with go run ./compat-tests/cli/capture)", name, ext, err)
		}
		return string(data)
	}
	rc, err := strconv.Atoi(strings.TrimSpace(read(".rc")))
	if err != nil {
		t.Fatalf("golden %s.rc: %v", name, err)
	}
	return result{read(".out"), read(".err"), rc}
}

func (r result) normalized(n Normalizer) result {
	if n == nil {
		return r
	}
	return result{n(r.out), n(r.err), r.rc}
}

// TestGoldens runs every case and compares stdout, stderr and the exit
// code with the oracle's, byte for byte.
func TestGoldens(t *testing.T) {
	for _, c := range Cases() {
		t.Run(c.Name, func(t *testing.T) {
			if c.Needs != "" {
				t.Skip(c.Needs)
			}
			if c.Lualib && !haveLualib() {
				t.Skip("needs the upstream Lua tree in lualib/ (make upstream)")
			}
			if c.Root && os.Geteuid() != 0 {
				t.Skip("the golden was captured as root and the output depends on it")
			}
			want := golden(t, c.Name).normalized(c.Norm)
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(fixtureDir)); err != nil {
				t.Fatal(err)
			}
			if c.Control != nil {
				stop, err := ServeControl(filepath.Join(dir, ControlSocket), *c.Control)
				if err != nil {
					t.Fatal(err)
				}
				defer stop()
			}
			got := runIn(t, dir, c.Bin, c.Args, c.Env, c.Stdin).normalized(c.Norm)
			compare(t, got, want)
		})
	}
}

func compare(t *testing.T, got, want result) {
	t.Helper()
	if got.rc != want.rc {
		t.Errorf("exit code %d, want %d", got.rc, want.rc)
	}
	if got.out != want.out {
		t.Errorf("stdout differs:\n got %q\nwant %q", got.out, want.out)
	}
	if got.err != want.err {
		t.Errorf("stderr differs:\n got %q\nwant %q", got.err, want.err)
	}
}

// TestVersionCPU checks the CPU line of "rspamd -v", which the golden
// test masks: on the machine that has the oracle it must equal the
// oracle's, elsewhere it must be well formed.
func TestVersionCPU(t *testing.T) {
	line := func(s string) string {
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, "CPU architecture ") {
				return l
			}
		}
		return ""
	}
	got := line(run(t, "rspamd", []string{"-v"}, nil, "").out)
	if !cpuLine.MatchString(got) {
		t.Fatalf("CPU line %q is malformed", got)
	}
	if os.Geteuid() != 0 {
		t.Skip("comparing with the oracle needs root (chroot)")
	}
	if _, err := os.Stat(filepath.Join(oracleRoot, "usr/bin/rspamd")); err != nil {
		t.Skip("no oracle at " + oracleRoot)
	}
	out, err := exec.Command("chroot", oracleRoot, "rspamd", "-v").Output()
	if err != nil {
		t.Fatalf("oracle rspamd -v: %v", err)
	}
	if want := line(string(out)); got != want {
		t.Errorf("CPU line %q, oracle %q", got, want)
	}
}

// listLine matches a command line of rspamadm's listing.
var listLine = regexp.MustCompile(`^  (\S+) +`)

// cOnly keeps, of a listing, the lines that do not list a command
// implemented in Lua upstream.
func cOnly(s string) string {
	builtin := map[string]bool{"help": true}
	for _, c := range admCommands {
		builtin[c] = true
	}
	var keep []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if m := listLine.FindStringSubmatch(l); m != nil && !builtin[m[1]] {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "")
}

// TestListingsWithoutLua compares rspamadm's listings with the oracle's
// for the C-implemented commands, which needs no Lua tree (the cases
// marked Lualib compare the whole listings).
func TestListingsWithoutLua(t *testing.T) {
	for _, name := range []string{"rspamadm-list", "rspamadm-no-command", "rspamadm-help-command", "rspamadm-help-help"} {
		t.Run(name, func(t *testing.T) {
			var c Case
			for _, cc := range Cases() {
				if cc.Name == name {
					c = cc
				}
			}
			want := golden(t, name).normalized(cOnly)
			got := run(t, c.Bin, c.Args, c.Env, c.Stdin).normalized(cOnly)
			compare(t, got, want)
		})
	}
}
