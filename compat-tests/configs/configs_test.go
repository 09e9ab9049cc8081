// Package configs compares our `rspamadm configdump` and `rspamadm
// configtest` with the oracle's goldens on the configuration variants of
// this directory (see gen.sh for how the goldens are made).
package configs

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
	"github.com/gorspamd/rspamd/internal/admin"
	"github.com/gorspamd/rspamd/internal/ucl"
)

const (
	goldenDir = "../golden/4.1.5"
	// oracleDest is where gen.sh lays the trees out in the chroot.
	oracleDest = "/tmp/rspamd-cfgtest"
	// sharePrefix is the oracle's share directory.
	sharePrefix = "/usr/share/rspamd"
)

// goldenCase is one recorded oracle run.
type goldenCase struct {
	args           string
	rc             int
	varies         bool
	stdout, stderr []byte
}

// readGolden parses a golden file written by gen.sh.
func readGolden(path string) ([]goldenCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []goldenCase
	r := bufio.NewReader(bytes.NewReader(data))
	line := func() (string, error) {
		l, err := r.ReadString('\n')
		return strings.TrimSuffix(l, "\n"), err
	}
	block := func(prefix string) ([]byte, error) {
		l, err := line()
		if err != nil {
			return nil, err
		}
		n, err := strconv.Atoi(strings.TrimPrefix(l, prefix))
		if err != nil || !strings.HasPrefix(l, prefix) {
			return nil, fmt.Errorf("bad block header %q", l)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, err
		}
		return b, nil
	}
	for {
		l, err := line()
		if errors.Is(err, io.EOF) && l == "" {
			return out, nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		var c goldenCase
		var ok bool
		if c.args, ok = strings.CutPrefix(l, "=== "); !ok {
			return nil, fmt.Errorf("%s: expected a case, got %q", path, l)
		}
		rc, _ := line()
		if c.rc, err = strconv.Atoi(strings.TrimPrefix(rc, "--- rc ")); err != nil {
			return nil, fmt.Errorf("%s: bad rc line %q", path, rc)
		}
		order, _ := line()
		c.varies = order == "--- order varies"
		if c.stdout, err = block("--- stdout "); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, c.args, err)
		}
		if c.stderr, err = block("--- stderr "); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, c.args, err)
		}
		out = append(out, c)
	}
}

// variant is a configuration tree of this directory.
type variant struct {
	name    string
	overlay bool
	vars    []string
	env     []string
}

func readVariant(name string) (variant, error) {
	v := variant{name: name}
	data, err := os.ReadFile(filepath.Join(name, "CASES"))
	if err != nil {
		return v, err
	}
	for _, l := range strings.Split(string(data), "\n") {
		key, val, _ := strings.Cut(l, " ")
		switch key {
		case "kind":
			v.overlay = val == "overlay"
		case "var":
			v.vars = append(v.vars, "--var="+val)
		case "env":
			v.env = append(v.env, val)
		}
	}
	return v, nil
}

// fakeResolver answers like the oracle's chroot: localhost only.
type fakeResolver struct{}

func (fakeResolver) LookupHost(name string) ([]netip.Addr, error) {
	if name == "localhost" {
		return []netip.Addr{netip.MustParseAddr("::1"), netip.MustParseAddr("127.0.0.1")}, nil
	}
	return nil, errors.New("Temporary failure in name resolution")
}

// tree lays out the trees as gen.sh does under a temporary directory.
type tree struct {
	dir  string
	repo string
}

func newTree(t testing.TB) *tree {
	t.Helper()
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(repo, "conf", "rspamd.conf")); err != nil {
		t.Skip("conf/ is empty: run `make upstream` to extract the packaged configuration")
	}
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	tr := &tree{dir: dir, repo: repo}
	if err := oraclebench.CopyTree(filepath.Join(repo, "conf"), filepath.Join(dir, "conf"), func(rel string) bool { return rel == "README.md" }, nil); err != nil {
		t.Fatal(err)
	}
	return tr
}

func (tr *tree) addVariant(t *testing.T, v variant) {
	t.Helper()
	if err := oraclebench.CopyTree(v.name, filepath.Join(tr.dir, v.name), func(rel string) bool { return rel == "CASES" }, nil); err != nil {
		t.Fatal(err)
	}
}

// argv builds our command line for a case: the oracle's, with our tree
// and the repository's share directories.
func (tr *tree) argv(v variant, args string) []string {
	dest := tr.dir
	argv := []string{"rspamadm",
		"--var=RULESDIR=" + filepath.Join(tr.repo, "rules"),
		"--var=PLUGINSDIR=" + filepath.Join(tr.repo, "plugins"),
		"--var=SHAREDIR=" + tr.repo,
		"--var=WWWDIR=" + filepath.Join(tr.repo, "www"),
	}
	var config []string
	if v.overlay {
		argv = append(argv, "--var=CONFDIR="+dest+"/conf", "--var=LOCAL_CONFDIR="+dest+"/"+v.name)
	} else {
		argv = append(argv, "--var=CONFDIR="+dest+"/"+v.name, "--var=LOCAL_CONFDIR="+dest+"/"+v.name+"/local")
		config = []string{"-c", dest + "/" + v.name + "/rspamd.conf"}
	}
	argv = append(argv, v.vars...)
	words := strings.Fields(args)
	argv = append(argv, words[0])
	argv = append(argv, config...)
	return append(argv, words[1:]...)
}

// unmap rewrites our paths into the oracle's.
func (tr *tree) unmap(b []byte) []byte {
	r := strings.NewReplacer(
		tr.dir, oracleDest,
		filepath.Join(tr.repo, "rules"), sharePrefix+"/rules",
		filepath.Join(tr.repo, "plugins"), sharePrefix+"/plugins",
		filepath.Join(tr.repo, "lualib"), sharePrefix+"/lualib",
		filepath.Join(tr.repo, "www"), sharePrefix+"/www",
		tr.repo, sharePrefix,
	)
	return []byte(r.Replace(string(b)))
}

// setEnv gives the process exactly the RSPAMD_* variables of a case and
// the Lua library directory.
func (tr *tree) setEnv(t *testing.T, v variant) {
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "RSPAMD_") {
			old := os.Getenv(k)
			os.Unsetenv(k)
			t.Cleanup(func() { os.Setenv(k, old) })
		}
	}
	for _, kv := range v.env {
		k, val, _ := strings.Cut(kv, "=")
		t.Setenv(k, val)
	}
	t.Setenv("LUALIBDIR", filepath.Join(tr.repo, "lualib"))
}

// run runs rspamadm in-process.
func run(argv []string) (stdout, stderr []byte, rc int) {
	var o, e bytes.Buffer
	rc = admin.Main(argv, admin.Env{Stdout: &o, Stderr: &e, Stdin: strings.NewReader("")})
	return o.Bytes(), e.Bytes(), rc
}

// canonical returns output as content independent of key order: parsed as
// UCL with keys sorted and printed as compact JSON, or, for outputs that
// are not one UCL document, its lines sorted.
func canonical(b []byte) string {
	p := ucl.NewParser(ucl.ParserDisableMacro)
	if err := p.AddChunk(b); err == nil && p.Object() != nil {
		obj := p.Object()
		obj.SortKeys(ucl.SortRecursive)
		return string(ucl.Emit(obj, ucl.FormatJSONCompact))
	}
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		// "Title: a, b, c" lists (configdump -m) in any order
		if head, list, ok := strings.Cut(l, ": "); ok && strings.Contains(list, ", ") {
			items := strings.Split(list, ", ")
			sort.Strings(items)
			lines[i] = head + ": " + strings.Join(items, ", ")
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// pending lists the cases that wait for another part of the project:
// "variant<TAB>case<TAB>reason" lines.
func readPending(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("pending.txt")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		parts := strings.SplitN(l, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("pending.txt: bad line %q", l)
		}
		out[parts[0]+"\t"+parts[1]] = parts[2]
	}
	return out
}

// compare checks one case; it returns "" when our output equals the
// golden's, else what differs.
func compare(g goldenCase, stdout, stderr []byte, rc int) string {
	var diffs []string
	if rc != g.rc {
		diffs = append(diffs, fmt.Sprintf("exit code %d, oracle %d", rc, g.rc))
	}
	same := func(a, b []byte) bool {
		if bytes.Equal(a, b) {
			return true
		}
		return g.varies && canonical(a) == canonical(b)
	}
	if !same(stdout, g.stdout) {
		diffs = append(diffs, "stdout:\n"+firstDiff(g.stdout, stdout))
	}
	if !same(stderr, g.stderr) {
		diffs = append(diffs, "stderr:\n"+firstDiff(g.stderr, stderr))
	}
	return strings.Join(diffs, "\n")
}

// firstDiff shows the first differing line of two outputs.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("  line %d\n  oracle: %q\n  ours:   %q", i+1, w, g)
		}
	}
	return "  (differ in length only)"
}

// TestConfigs runs every golden case of every variant.
func TestConfigs(t *testing.T) {
	tr := newTree(t)
	pending := readPending(t)
	admin.ConfigResolver = fakeResolver{}
	defer func() { admin.ConfigResolver = nil }()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ match, pending int }
	byOption := map[string]*tally{}
	var seen []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		v, err := readVariant(e.Name())
		if err != nil {
			continue
		}
		tr.addVariant(t, v)
		for _, cmd := range []string{"configdump", "configtest"} {
			cases, err := readGolden(filepath.Join(goldenDir, cmd, v.name+".golden"))
			if err != nil {
				t.Errorf("%s: %v", v.name, err)
				continue
			}
			for _, g := range cases {
				key := v.name + "\t" + g.args
				seen = append(seen, key)
				opt := optionOf(g.args)
				if byOption[opt] == nil {
					byOption[opt] = &tally{}
				}
				t.Run(v.name+"/"+g.args, func(t *testing.T) {
					tr.setEnv(t, v)
					stdout, stderr, rc := run(tr.argv(v, g.args))
					diff := compare(g, tr.unmap(stdout), tr.unmap(stderr), rc)
					reason, isPending := pending[key]
					switch {
					case diff == "" && isPending:
						t.Errorf("matches the oracle now: remove it from pending.txt (%s)", reason)
					case diff == "":
						byOption[opt].match++
					case isPending:
						byOption[opt].pending++
						t.Skipf("waits for %s", reason)
					default:
						t.Errorf("differs from the oracle:\n%s", diff)
					}
				})
			}
		}
	}
	for key := range pending {
		if !slices.Contains(seen, key) {
			t.Errorf("pending.txt lists an unknown case %q", key)
		}
	}
	opts := make([]string, 0, len(byOption))
	for o := range byOption {
		opts = append(opts, o)
	}
	sort.Strings(opts)
	for _, o := range opts {
		t.Logf("%-28s %3d match, %3d pending", o, byOption[o].match, byOption[o].pending)
	}
}

// optionOf names the option set of a case for the summary: the command and
// its flags, with section arguments counted together.
func optionOf(args string) string {
	words := strings.Fields(args)
	out := []string{words[0]}
	sections := false
	for _, w := range words[1:] {
		if strings.HasPrefix(w, "-") {
			out = append(out, w)
		} else {
			sections = true
		}
	}
	if sections {
		out = append(out, "<sections>")
	}
	return strings.Join(out, " ")
}
