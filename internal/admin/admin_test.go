package admin

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDistance checks the edit distance against values the oracle's
// rspamd_util.levenshtein_distance (the same C function) returned.
func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"control", "contorl", 1}, {"pw", "pww", 1}, {"abc", "abc", 0}, {"ca", "abc", 3},
		{"configtest", "configtst", 1}, {"ab", "ba", 1}, {"abcd", "badc", 2}, {"a", "b", 1},
		{"", "abc", 3}, {"kitten", "sitting", 3}, {"fuzzy_hash", "fuzzyhash", 1}, {"lua", "ula", 1},
		{"abcdef", "abdcef", 1}, {"aab", "aba", 1}, {"xyz", "", 3}, {"keypair", "kepyair", 1},
		{"aaaa", "aaa", 1},
	} {
		if got := distance(tc.a, tc.b); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := distance(tc.b, tc.a); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
		}
	}
}

// fakeLua stands in for the Lua runtime: it serves commands per directory
// and records what it is asked.
type fakeLua struct {
	dirs    map[string][]*Command
	asked   []string
	envErr  error
	envSeen []string
	ran     [][]string
}

func (f *fakeLua) LoadEnv(_ *Session, files []string) error {
	f.envSeen = files
	return f.envErr
}

func (f *fakeLua) Commands(_ *Session, dir string) []*Command {
	f.asked = append(f.asked, dir)
	return f.dirs[dir]
}

func (f *fakeLua) command(name, desc string, aliases ...string) *Command {
	return &Command{
		Name: name, Aliases: aliases, Description: desc,
		Help: func(s *Session) error {
			fmt.Fprintf(s.Stdout, "Usage: rspamadm %s\n", name)
			return nil
		},
		Run: func(s *Session, argv []string) int {
			f.ran = append(f.ran, append([]string{name}, argv...))
			return 3
		},
	}
}

func runMain(args []string, lua LuaRuntime, commandPath string) (int, string, string) {
	var out, errOut bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errOut, CommandPath: commandPath}
	if lua != nil {
		env.Lua = lua
	}
	code := Main(append([]string{"/usr/bin/rspamadm"}, args...), env)
	return code, out.String(), errOut.String()
}

func TestLuaCommands(t *testing.T) {
	f := &fakeLua{dirs: map[string][]*Command{}}
	f.dirs["/lib/rspamadm"] = []*Command{
		f.command("keypair", "Manages keypairs for Rspamd", "kp", "key"),
		f.command("dnstool", "DNS tools provided by Rspamd", "dns", "dns_tool"),
		f.command("pw", "shadowing a built-in command"),
	}
	f.dirs["/conf/rspamadm.d"] = []*Command{f.command("keypair", "shadowing an earlier Lua command")}
	f.dirs["/extra"] = []*Command{f.command("zzz", "")}

	code, out, _ := runMain([]string{"--var=LUALIBDIR=/lib", "--var", "-l"}, f, "")
	if code != 1 {
		t.Fatalf("--var -l: code %d", code)
	}
	code, out, _ = runMain([]string{"--var=lualibdir=/lib", "--var=CONFDIR=/conf", "-l"}, f, ":/extra:")
	if code != 0 {
		t.Fatalf("-l: code %d", code)
	}
	if want := []string{"/lib/rspamadm", "/conf/rspamadm.d", "/extra"}; !slices.Equal(f.asked, want) {
		t.Errorf("directories asked %q, want %q", f.asked, want)
	}
	for _, want := range []string{
		"  dnstool            DNS tools provided by Rspamd                                \n",
		"  keypair            Manages keypairs for Rspamd                                 \n",
		"  pw                 Manage rspamd passwords                                     \n",
		"  zzz                                                                            \n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("listing lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "shadowing") {
		t.Errorf("a duplicate command was listed:\n%s", out)
	}
	if i, j := strings.Index(out, "  dnstool"), strings.Index(out, "  fuzzyconvert"); i > j {
		t.Errorf("listing not sorted:\n%s", out)
	}

	vars := []string{"--var=LUALIBDIR=/lib"}
	_, _, errOut := runMain(append(vars, "dns_too"), f, "")
	if want := "Invalid command name: dns_too\nSuggested commands:\ndns\ndns_tool\n"; errOut != want {
		t.Errorf("suggestions %q, want %q", errOut, want)
	}
	code, _, _ = runMain(append(vars, "kp", "generate", "-j"), f, "")
	if code != 3 || !slices.Equal(f.ran[len(f.ran)-1], []string{"keypair", "/usr/bin/rspamadm kp", "generate", "-j"}) {
		t.Errorf("alias run: code %d argv %q", code, f.ran[len(f.ran)-1])
	}
	runMain(append(vars, "keypair"), f, "")
	if last := f.ran[len(f.ran)-1]; !slices.Equal(last, []string{"keypair", "/usr/bin/rspamadm keypair"}) {
		t.Errorf("a command without arguments got argv %q", last[1:])
	}
	code, out, _ = runMain(append(vars, "help", "keypair"), f, "")
	if want := "Rspamadm 4.1.5\nUsage: rspamadm [global_options] command [command_options]\n\n" +
		"Showing help for keypair command\n\nUsage: rspamadm keypair\n"; code != 0 || out != want {
		t.Errorf("help keypair: code %d out %q", code, out)
	}
}

func TestLuaEnv(t *testing.T) {
	code, _, errOut := runMain([]string{"--lua-env=env.lua", "-V"}, nil, "")
	if code != 1 || !strings.Contains(errOut, "Lua runtime is not built yet") {
		t.Errorf("without Lua: code %d stderr %q", code, errOut)
	}
	f := &fakeLua{envErr: errors.New("bad env")}
	code, out, errOut := runMain([]string{"--lua-env=a.lua", "--lua-env=b.lua", "-V"}, f, "")
	if code != 0 || out != "" || errOut != "Cannot load lua environment: bad envsession is NULL\n" {
		t.Errorf("failing env: code %d stdout %q stderr %q", code, out, errOut)
	}
	if !slices.Equal(f.envSeen, []string{"a.lua", "b.lua"}) {
		t.Errorf("env files %q", f.envSeen)
	}
}

// TestCommandArgv checks the argv commands get, including the
// "rspamadm script.lua args" form.
func TestCommandArgv(t *testing.T) {
	for _, tc := range []struct {
		argv    []string
		n       int
		name    string
		luaFile bool
		want    []string
	}{
		{[]string{"rspamadm"}, 1, "help", false, nil},
		{[]string{"rspamadm", "-v"}, 2, "help", false, nil},
		{[]string{"rspamadm", "pw"}, 1, "pw", false, []string{"rspamadm pw"}},
		{[]string{"/bin/rspamadm", "-v", "pw", "-p", "x"}, 2, "pw", false, []string{"/bin/rspamadm pw", "-p", "x"}},
		{[]string{"rspamadm", "x.lua"}, 1, "lua", true, []string{"rspamadm lua", "x.lua"}},
		{[]string{"rspamadm", "x.lua", "a", "-b"}, 1, "lua", true, []string{"rspamadm lua", "x.lua", "--args=a", "--args=-b"}},
	} {
		if got := commandArgv(tc.argv, tc.n, tc.name, tc.luaFile); !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("commandArgv(%q, %d) = %q, want %q", tc.argv, tc.n, got, tc.want)
		}
	}
	code, _, errOut := runMain([]string{"-v", "x.lua"}, nil, "")
	if code != 1 || !strings.Contains(errOut, "not available yet: the Lua runtime is not built") {
		t.Errorf("rspamadm x.lua: code %d stderr %q", code, errOut)
	}
}

// TestSearchAliasOrder checks upstream's lookup order: an exact name wins
// at once, an alias match can be overridden by a later command.
func TestSearchAliasOrder(t *testing.T) {
	a := &Command{Name: "a", Aliases: []string{"x"}}
	b := &Command{Name: "b", Aliases: []string{"x"}}
	x := &Command{Name: "x"}
	s := &Session{Commands: []*Command{a, b}}
	if s.Search("x") != b {
		t.Error("alias: want the last command having it")
	}
	s.Commands = []*Command{a, x, b}
	if s.Search("x") != x {
		t.Error("name: want the command so named")
	}
}

// FuzzDistance checks that the distance is symmetric, zero only for equal
// strings and bounded by the longer length.
func FuzzDistance(f *testing.F) {
	f.Add("control", "contorl")
	f.Add("", "abc")
	f.Fuzz(func(t *testing.T, a, b string) {
		// Arguments cannot hold NUL bytes, which upstream's algorithm
		// treats specially.
		if len(a) > 200 || len(b) > 200 || strings.ContainsRune(a+b, 0) {
			return
		}
		d := distance(a, b)
		if d != distance(b, a) || (d == 0) != (a == b) || d > max(len(a), len(b)) {
			t.Fatalf("distance(%q, %q) = %d", a, b, d)
		}
	})
}

// TestPw encrypts with both algorithms and checks the result, reading
// the passwords through a fake terminal.
func TestPw(t *testing.T) {
	run := func(env Env, args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		env.Stdout, env.Stderr = &out, &errOut
		code := Main(append([]string{"rspamadm", "pw"}, args...), env)
		return code, out.String(), errOut.String()
	}
	var prompts []string
	tty := func(answers ...string) func(string, bool) (string, error) {
		return func(prompt string, echo bool) (string, error) {
			prompts = append(prompts, fmt.Sprintf("%s/%v", prompt, echo))
			if len(answers) == 0 {
				return "", errors.New("no terminal")
			}
			a := answers[0]
			answers = answers[1:]
			return a, nil
		}
	}
	for _, typ := range []string{"pbkdf2", "catena"} {
		code, out, _ := run(Env{ReadPassphrase: tty("secret")}, "-t", typ)
		if code != 0 || !strings.HasPrefix(out, "$") {
			t.Fatalf("%s: code %d out %q", typ, code, out)
		}
		enc := strings.TrimSuffix(out, "\n")
		code, out, _ = run(Env{ReadPassphrase: tty("secret")}, "-c", "-p", enc)
		if code != 0 || out != "password correct\n" {
			t.Errorf("%s check: code %d out %q", typ, code, out)
		}
		code, out, _ = run(Env{ReadPassphrase: tty(enc), CheckPassword: "wrong"}, "-c")
		if code != 1 || out != "password incorrect\n" {
			t.Errorf("%s wrong password: code %d out %q", typ, code, out)
		}
	}
	want := []string{"Enter passphrase: /false", "Enter passphrase: /false", "Enter encrypted password: /true",
		"Enter passphrase: /false", "Enter passphrase: /false", "Enter encrypted password: /true"}
	if !slices.Equal(prompts, want) {
		t.Errorf("prompts %q, want %q", prompts, want)
	}
	if code, _, errOut := run(Env{ReadPassphrase: tty("")}); code != 1 || errOut != "Invalid password\n" {
		t.Errorf("empty password: code %d stderr %q", code, errOut)
	}
}
