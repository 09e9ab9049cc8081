package symbols

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/oraclebench"
)

func TestMain(m *testing.M) {
	code := m.Run()
	oraclebench.RemoveBuilds()
	os.Exit(code)
}

// ourRspamadm builds our rspamadm once per test process.
func ourRspamadm(t *testing.T) string {
	t.Helper()
	bin, err := oraclebench.BuildRspamadm(top)
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// autoName is the name the symbol cache makes up for a symbol registered
// without one: upstream's holds two addresses.
var autoName = regexp.MustCompile(`AUTO_0x[0-9a-f]+_0x[0-9a-f]+`)

// runLua runs a Lua script of this directory with our rspamadm lua and
// the arguments before it, and returns its output and exit code as the
// goldens have them.
func runLua(t *testing.T, script string, args ...string) string {
	t.Helper()
	cmd := exec.Command(ourRspamadm(t), append(args, "lua", script)...)
	cmd.Dir = filepath.Join(top, "compat-tests", "symbols")
	cmd.Env = append(os.Environ(), "LUALIBDIR="+filepath.Join(top, "lualib"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	rc := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		rc = ee.ExitCode()
	}
	fmt.Fprintf(&out, "rc=%d\n", rc)
	return out.String()
}

// compareLines compares an output with a golden line by line, with the
// made-up symbol names normalised.
func compareLines(t *testing.T, got, want string) {
	t.Helper()
	w := strings.Split(autoName.ReplaceAllString(want, "AUTO"), "\n")
	g := strings.Split(autoName.ReplaceAllString(got, "AUTO"), "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Errorf("line %d: ours %q, the oracle %q", i+1, gl, wl)
		}
	}
}

// TestConfigMethods runs config.lua (the rspamd{config} methods on the
// bare configuration of rspamadm lua) and compares its output, log
// messages and exit code with rspamd 4.1.5's.
func TestConfigMethods(t *testing.T) {
	needTree(t)
	compareLines(t, runLua(t, "config.lua"), string(golden(t, "", "config.lua.out")))
}

// TestConfigLoad runs load.lua (load_ucl, parse_rcl, init_modules) on the
// base variant.
func TestConfigLoad(t *testing.T) {
	needTree(t)
	var args []string
	for _, v := range vars(assemble(t, "base")) {
		args = append(args, "--var="+v)
	}
	compareLines(t, runLua(t, "load.lua", args...), string(golden(t, "", "load.lua.out")))
}
