// Package cli holds the command-line compatibility cases of the three
// binaries: each case is a command line whose stdout, stderr and exit code
// were captured from the oracle (capture/, into
// compat-tests/golden/4.1.5/cli/) and must be reproduced byte for byte by
// our binaries (cli_test.go).
package cli

import (
	"errors"
	"os/exec"
	"regexp"
	"slices"
	"sort"
	"strings"
	"syscall"
)

// Case is one command line run against the oracle and against ours.
type Case struct {
	// Name is the golden files' stem: <Name>.out, <Name>.err, <Name>.rc.
	Name string
	// Bin is rspamd, rspamc or rspamadm; Args follow it.
	Bin  string
	Args []string
	// Env is added to the fixed environment (PATH and HOME only).
	Env []string
	// Norm rewrites run-dependent parts (times, pids, random tags) of
	// both outputs before comparison.
	Norm Normalizer
	// Needs names what the case needs that is not built yet; such a case
	// is skipped with that reason until it is removed.
	Needs string
	// Root marks cases whose output depends on running as root, as the
	// goldens were captured.
	Root bool
	// Lualib marks cases that list or run rspamadm's Lua commands: they
	// need the upstream Lua tree (lualib/, extracted by make upstream).
	Lualib bool
	// Stdin is the command's standard input (/dev/null when empty).
	Stdin string
	// Control, when set, is served on ControlSocket in the case's
	// directory while it runs.
	Control *ControlReply
}

// Reasons a case cannot pass yet. A case lights up when the part it
// needs is built and its Needs field is cleared.
const (
	NeedsTransport = "needs rspamc's HTTP client transport, which is not built yet"
	NeedsTask      = "needs the scan-time half of the Lua API (task:set_session, " +
		"rspamd_config:get_tld_path and load_custom_tokenizers), which rspamadm mime uses"
	NeedsRedisSync = "needs rspamd_redis.connect_sync (built with the Redis backends), " +
		"which statconvert calls before it reads the databases"
)

// Normalizer rewrites output parts that differ from run to run.
type Normalizer func(string) string

var (
	logPrefix   = regexp.MustCompile(`(?m)^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d #\d+\(([a-z_]+)\) (<[0-9a-f]{6}>; )?`)
	glibWarning = regexp.MustCompile(`\(rspamd:\d+\): GLib-WARNING \*\*: \d\d:\d\d:\d\d\.\d{3}:`)
)

// LogLines masks the time, pid and log tag of rspamd log lines.
func LogLines(s string) string {
	return logPrefix.ReplaceAllStringFunc(s, func(m string) string {
		sub := logPrefix.FindStringSubmatch(m)
		tag := ""
		if sub[2] != "" {
			tag = "<TAG>; "
		}
		return "TIME #PID(" + sub[1] + ") " + tag
	})
}

// GLibWarning masks the pid and time of a GLib warning.
func GLibWarning(s string) string {
	return glibWarning.ReplaceAllString(s, "(rspamd:PID): GLib-WARNING **: TIME:")
}

var (
	cpuLine       = regexp.MustCompile(`(?m)^CPU architecture \S+; features: [a-z0-9., ]*$`)
	componentLine = regexp.MustCompile(`(?m)^([A-Za-z]+) enabled: (TRUE|FALSE)\b.*$`)
)

// VersionReport masks the build-dependent values of "rspamd -v": the CPU
// (the goldens come from the capture machine) and which optional
// components are built in; the layout and the component names stay.
func VersionReport(s string) string {
	s = cpuLine.ReplaceAllString(s, "CPU architecture ARCH; features: FEATURES")
	return componentLine.ReplaceAllString(s, "$1 enabled: BOOL")
}

// Abort cuts the stack trace rspamd prints when it aborts.
func Abort(s string) string {
	if i := strings.Index(s, "Stack trace (most recent call last):\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// oracleHash is the oracle's "rspamadm pw -p q1".
const oracleHash = "$2$c5m36a4giyfdcx753nqgpuk18th5z479$ziy65nh4hj8pgt5wm495bye46pnch8oprdqexmw581yufcoubc7b"

var passwordHash = regexp.MustCompile(`\$([0-9])\$[a-z0-9]{32}\$[a-z0-9]{52}\n`)

// PasswordHash masks the random salt and the key of an encrypted password.
func PasswordHash(s string) string {
	return passwordHash.ReplaceAllString(s, "$$$1$$SALT$$KEY\n")
}

// The C-implemented rspamadm commands.
var admCommands = []string{"pw", "configtest", "configdump", "control", "confighelp",
	"statconvert", "fuzzyconvert", "signtool", "lua"}

// The Lua-implemented rspamadm commands (lualib/rspamadm), by the names
// they are listed under.
var admLuaCommands = []string{"autolearnstats", "classifiertest", "clickhouse", "configgraph",
	"configwizard", "cookie", "corpustest", "dkim_keygen", "dmarc_report", "dnstool", "fuzzy_hash",
	"fuzzy_ping", "grep", "keypair", "logstats", "mapstats", "mime", "neural_export", "neuraltest",
	"publicsuffix", "ratelimit", "secret_box", "statistics_dump", "template", "vault"}

// Subcommands of Lua commands whose help is compared.
var admLuaSubcommands = [][]string{
	{"keypair", "generate"}, {"keypair", "sign"}, {"keypair", "verify"}, {"keypair", "encrypt"},
	{"keypair", "decrypt"}, {"mime", "extract"}, {"mime", "stat"}, {"mime", "urls"},
	{"mime", "modify"}, {"mime", "strip"}, {"mime", "anonymize"}, {"mime", "sign"},
	{"mime", "dump"}, {"dnstool", "spf"}, {"secret_box", "encrypt"}, {"secret_box", "decrypt"},
	{"secret_box", "keygen"}, {"vault", "list"}, {"ratelimit", "track"}, {"publicsuffix", "compile"},
	{"statistics_dump", "dump"}, {"statistics_dump", "restore"}, {"clickhouse", "neural_profile"},
}

var (
	lualibPath = regexp.MustCompile(`(?:\.\.\.|/)\S*?/lualib/`)
	keypairKey = regexp.MustCompile(`(?m)^( +)(privkey|pubkey|id) = "[0-9a-z]+";$`)
	keypairObj = regexp.MustCompile(`(?s)\{\n.*?\n\}`)
)

// Lualib rewrites paths into the Lua tree (the oracle's is installed, ours
// is the checkout's) to "LUALIBDIR/", also where LuaJIT shortened a deep
// checkout's path to "..." and its last 56 bytes.
func Lualib(s string) string {
	return lualibPath.ReplaceAllString(s, "LUALIBDIR/")
}

var base64Key = regexp.MustCompile(`[A-Za-z0-9+/]{40,}={0,2}`)

// Base64Keys masks long base64 runs (random keys).
func Base64Keys(s string) string {
	return base64Key.ReplaceAllString(s, "KEY")
}

// Keypair masks the random keys of a generated keypair and sorts the
// lines of each object: LuaJIT iterates over the table the keypair is
// emitted from in a different order in every process.
func Keypair(s string) string {
	s = keypairKey.ReplaceAllString(s, `$1$2 = "KEY";`)
	return keypairObj.ReplaceAllStringFunc(s, func(obj string) string {
		lines := strings.Split(obj, "\n")
		body := lines[1 : len(lines)-1]
		sort.Strings(body)
		return strings.Join(lines, "\n")
	})
}

// luaCases are the cases of rspamadm's Lua side: the lua command, the
// Lua commands and drop-in commands.
func luaCases() []Case {
	const key = "0123456789abcdef0123456789abcdef"
	// a cookie of key, made by the oracle (cookie -k <key> abcdef)
	const cookie = "ltmOMWtxjrghAPincJgBa4ufHUaelGCoFyMiwNvH5Tw="
	boxKey := strings.Repeat("ab", 32)
	nonce := strings.Repeat("00", 24)
	batch := "1+1\n.help\n.HELP load nosuch\n.load hello.lua nonexistent.lua\n.exec lua/err.lua\n" +
		"x=\n\n.nosuch\n.message\n.message nofunc msg.eml\n{{\nprint('end')"
	dropin := []string{"RSPAMADM_COMMAND_PATH=./cmds"}
	ctl := "./" + ControlSocket
	const statReply = `{"a": 1, "b": [1, 2], "c": {"d": "x"}}`
	const fuzzyReply = `{"workers": {"1": {"id": "db1", "data": {"fuzzy_hashes": 10}}}}`
	const memReply = `{"workers": {"1234": {"type": "normal", "data": {"process": {"rss": 1048576}, ` +
		`"lua": {"used": 4096}, "mempool": {"pools_allocated": 3}}}}, "total": {"rss": 1048576}}`
	cs := []Case{
		{Name: "rspamadm-lua-exec-values", Args: []string{"lua", "-e", "1, 'a\\1\\255', {x = 1}, nil, true, 2.5, {}"}},
		{Name: "rspamadm-lua-exec-error", Args: []string{"lua", "-e", "error('x')"}},
		{Name: "rspamadm-lua-exec-error-table", Args: []string{"lua", "-e", "error({})"}},
		{Name: "rspamadm-lua-exec-error-nested", Args: []string{"lua", "-e", "(function() error('y') end)()"}},
		{Name: "rspamadm-lua-exec-index-error", Args: []string{"lua", "-e", "local x = nil; x.y = 1"}},
		{Name: "rspamadm-lua-exec-load-error", Args: []string{"lua", "-e", "x="}},
		{Name: "rspamadm-lua-exec-exit", Args: []string{"lua", "-e", "os.exit(3)"}},
		{Name: "rspamadm-lua-exec-print-order", Args: []string{"lua", "-e", "print('first') return 'second'"}},
		{Name: "rspamadm-lua-script-error", Args: []string{"lua", "lua/err.lua"}},
		{Name: "rspamadm-lua-script-syntax", Args: []string{"lua", "lua/syntax.lua"}},
		{Name: "rspamadm-lua-script-missing", Args: []string{"lua", "nonexistent.lua"}},
		{Name: "rspamadm-lua-script-args", Args: []string{"lua", "lua/values.lua", "-a", "1", "--args=2"}},
		{Name: "rspamadm-lua-scripts-stop", Args: []string{"lua", "hello.lua", "lua/err.lua", "hello.lua"}},
		{Name: "rspamadm-lua-s-then-e", Args: []string{"lua", "-s", "lua/values.lua", "-e", "3", "-a", "x"}},
		{Name: "rspamadm-lua-s-error", Args: []string{"lua", "-s", "lua/err.lua", "-e", "3"}},
		{Name: "rspamadm-lua-file-error", Args: []string{"lua/err.lua", "x"}},
		{Name: "rspamadm-lua-path-panic", Args: []string{"lua", "-P", "/nonexistent", "-e", "1"}},
		{Name: "rspamadm-lua-batch", Args: []string{"lua"}, Stdin: batch},
		{Name: "rspamadm-lua-batch-flag", Args: []string{"lua", "-b", "-e", "'from -e'"}, Stdin: "'from stdin'\n"},
		{Name: "rspamadm-lua-message", Args: []string{"lua"}, Stdin: ".load lua/callback.lua\n.message cb msg.eml nonexistent.eml\n" +
			".message cb\n.message nosuch msg.eml\n"},
		{Name: "rspamadm-lua-globals", Args: []string{"lua", "-e", "type(rspamadm), type(rspamadm.pw_encrypt), " +
			"type(rspamadm_session), tostring(rspamadm_ev_base):match('^rspamd{ev_base}') ~= nil, " +
			"tostring(rspamadm_dns_resolver):match('^rspamd{resolver}') ~= nil, " +
			"tostring(rspamd_config):match('^rspamd{config}') ~= nil, arg, type(rspamd_env), " +
			"#rspamadm.pw_encrypt('q1')"}},
		{Name: "rspamadm-lua-env-missing", Args: []string{"--lua-env=nonexistent.lua", "lua", "-e", "1"}},
		{Name: "rspamadm-lua-env-ok", Args: []string{"--lua-env=lua/env-ok.lua", "lua", "-e", "rspamd_env.answer"}},
		{Name: "rspamadm-lua-env-syntax", Args: []string{"--lua-env=lua/env-syntax.lua", "-l"}},
		{Name: "rspamadm-lua-env-error", Args: []string{"--lua-env=lua/env-error.lua", "-l"}},
		{Name: "rspamadm-dropin-list", Args: []string{"-l"}, Env: dropin},
		{Name: "rspamadm-dropin-run", Args: []string{"errcmd", "a", "b"}, Env: dropin},
		{Name: "rspamadm-dropin-alias-error", Args: []string{"ec", "x"}, Env: dropin},
		{Name: "rspamadm-dropin-alias-number", Args: []string{"5"}, Env: dropin},
		{Name: "rspamadm-dropin-help", Args: []string{"help", "errcmd"}, Env: dropin},
		{Name: "rspamadm-dropin-no-description", Args: []string{"nodesc"}, Env: dropin},
		{Name: "rspamadm-dropin-suggest", Args: []string{"errcm"}, Env: dropin},
		{Name: "rspamadm-alias-help", Args: []string{"dns", "--help"}},
		{Name: "rspamadm-cookie-decrypt", Args: []string{"cookie", "-D", "-k", key, cookie}},
		{Name: "rspamadm-cookie-decrypt-timestamp", Args: []string{"cookie", "-D", "-t", "-k", key, cookie}},
		{Name: "rspamadm-cookie-bad-key", Args: []string{"cookie", "-k", "0123", "abc"}},
		{Name: "rspamadm-cookie-decrypt-bad", Args: []string{"cookie", "-D", "-k", key, "abc"}},
		{Name: "rspamadm-cookie-stdin-decrypt", Args: []string{"cookie", "-D", "-k", key}, Stdin: cookie + "\n"},
		{Name: "rspamadm-secret-box-encrypt", Args: []string{"secret_box", "-H", "encrypt", "-k", boxKey, "-n", nonce, "-t", "hello"}},
		{Name: "rspamadm-secret-box-decrypt", Args: []string{"secret_box", "-H", "decrypt", "-k", boxKey,
			"-t", "5FE05DC473B158C87184DE1E4137DA921DC5F7E5F2DB4F9D725AF4B9798BAB7C5A75B86E0E8753FEB11958FBC3"}},
		{Name: "rspamadm-secret-box-bad-nonce", Args: []string{"secret_box", "-B", "encrypt", "-k", boxKey, "-n", nonce, "-t", "hello"}, Norm: Lualib},
		{Name: "rspamadm-keypair-generate", Args: []string{"keypair", "generate"}, Norm: Keypair},
		{Name: "rspamadm-keypair-generate-sign", Args: []string{"keypair", "-s", "generate"}, Norm: Keypair},
		{Name: "rspamadm-keypair-sign", Args: []string{"keypair", "sign", "-k", "keys/kp-sign.ucl", "keys/data.txt"}},
		{Name: "rspamadm-keypair-verify", Args: []string{"keypair", "verify", "-k", "keys/kp-sign.ucl", "keys/signed.txt"}},
		{Name: "rspamadm-keypair-verify-bad-key", Args: []string{"keypair", "verify", "-k", "keys/kp-enc.ucl", "keys/signed.txt"}},
		{Name: "rspamadm-keypair-decrypt", Args: []string{"keypair", "decrypt", "-f", "-k", "keys/kp-enc.ucl", "keys/data.txt.enc"}},
		{Name: "rspamadm-template", Args: []string{"template", "-n", "lua/template.txt"}},
		{Name: "rspamadm-template-stdin", Args: []string{"template", "-n"}, Stdin: "{= 2 * 21 =}\n"},
		{Name: "rspamadm-statconvert-no-spam-db", Args: []string{"statconvert", "--ham-db", "h.sqlite"}},
		{Name: "rspamadm-statconvert-no-symbol", Args: []string{"statconvert", "--spam-db", "s", "--ham-db", "h", "-h", "127.0.0.1:1", "--symbol-ham", "H"}},
		{Name: "rspamadm-statconvert-missing-config", Args: []string{"statconvert", "-c", "nonexistent.conf"}},
		{Name: "rspamadm-statconvert-config-no-redis", Args: []string{"statconvert", "-c", "mime.conf"}, Norm: Lualib},
		{Name: "rspamadm-statconvert-no-db", Args: []string{"statconvert", "--spam-db", "s", "--ham-db", "h", "-h", "127.0.0.1:1",
			"--symbol-ham", "H", "--symbol-spam", "S"}, Norm: Lualib, Needs: NeedsRedisSync},
		{Name: "rspamadm-fuzzyconvert-no-table", Args: []string{"fuzzyconvert", "-d", "x.sqlite", "-h", "127.0.0.1:1", "-e", "10"},
			Norm: Lualib},
		{Name: "rspamadm-control-stat", Args: []string{"control", "-s", ctl, "stat"}, Control: &ControlReply{Body: statReply}},
		{Name: "rspamadm-control-stat-json", Args: []string{"control", "-j", "-c", "-s", ctl, "stat"}, Control: &ControlReply{Body: statReply}},
		{Name: "rspamadm-control-stat-compact", Args: []string{"control", "-c", "-s", ctl, "stat"}, Control: &ControlReply{Body: statReply}},
		{Name: "rspamadm-control-404", Args: []string{"control", "-s", ctl, "reload"}, Control: &ControlReply{Body: statReply, Mode: "404"}},
		{Name: "rspamadm-control-nolen", Args: []string{"control", "-s", ctl, "recompile"}, Control: &ControlReply{Body: statReply, Mode: "nolen"}},
		{Name: "rspamadm-control-timeout", Args: []string{"control", "-t", "0.2", "-s", ctl, "stat"}, Control: &ControlReply{Mode: "hang"}},
		{Name: "rspamadm-control-closed", Args: []string{"control", "-s", ctl, "stat"}, Control: &ControlReply{Mode: "close"}},
		{Name: "rspamadm-control-bad-reply", Args: []string{"control", "-s", ctl, "stat"}, Control: &ControlReply{Body: "not { json\n"}},
		{Name: "rspamadm-control-empty-reply", Args: []string{"control", "-s", ctl, "stat"}, Control: &ControlReply{}},
		{Name: "rspamadm-control-fuzzystat", Args: []string{"control", "-s", ctl, "fuzzystat"}, Control: &ControlReply{Body: fuzzyReply}},
		{Name: "rspamadm-control-fuzzystat-short", Args: []string{"control", "-s", ctl, "fuzzy_stat", "--short", "-n"}, Control: &ControlReply{Body: fuzzyReply}},
		{Name: "rspamadm-control-fuzzystat-json", Args: []string{"control", "-j", "-s", ctl, "fuzzystat"}, Control: &ControlReply{Body: fuzzyReply}},
		{Name: "rspamadm-control-fuzzystat-help", Args: []string{"control", "-s", ctl, "fuzzystat", "--help"}, Control: &ControlReply{Body: fuzzyReply}},
		{Name: "rspamadm-control-memstat", Args: []string{"control", "-s", ctl, "memstat"}, Control: &ControlReply{Body: memReply}},
		{Name: "rspamadm-control-memstat-help", Args: []string{"control", "-s", ctl, "mem_stat", "--help"}, Control: &ControlReply{Body: memReply}},
		{Name: "rspamadm-control-no-socket", Args: []string{"control", "-s", "./nonexistent.sock", "stat"}},
		{Name: "rspamadm-control-not-socket", Args: []string{"control", "-s", "./msg.eml", "stat"}},
		{Name: "rspamadm-control-tcp-refused", Args: []string{"control", "-s", "127.0.0.1:1", "stat"}},
		{Name: "rspamadm-control-bad-path", Args: []string{"control", "-s", "localhost:1", "stat"}},
		{Name: "rspamadm-dkim-keygen-ed25519", Args: []string{"dkim_keygen", "-d", "example.com", "-s", "sel", "-t", "ed25519"}, Norm: Base64Keys},
		{Name: "rspamadm-dkim-keygen-plain", Args: []string{"dkim_keygen", "-d", "example.com", "-s", "sel", "-o", "plain", "-t", "ed25519"}, Norm: Base64Keys},
		{Name: "rspamadm-autolearnstats", Args: []string{"autolearnstats", "lua/rspamd.log"}},
		{Name: "rspamadm-grep-string", Args: []string{"grep", "-s", "MIME_GOOD", "lua/rspamd.log"}},
		{Name: "rspamadm-grep-bad-option", Args: []string{"grep", "-p", "example", "-i", "lua/rspamd.log"}},
		{Name: "rspamadm-logstats-bad-argument", Args: []string{"logstats", "-x", "lua/rspamd.log"}},
		{Name: "rspamadm-publicsuffix-missing", Args: []string{"publicsuffix", "compile", "nonexistent.dat", "out.dat"}},
		{Name: "rspamadm-mapstats", Args: []string{"mapstats", "-c", "mime.conf", "lua/rspamd.log"}},
		{Name: "rspamadm-configgraph", Args: []string{"configgraph", "-c", "mime.conf"}},
		{Name: "rspamadm-mime-stat", Args: []string{"mime", "-c", "mime.conf", "stat", "msg.eml"}, Needs: NeedsTask},
		{Name: "rspamadm-mime-urls", Args: []string{"mime", "-c", "mime.conf", "urls", "msg.eml"}, Needs: NeedsTask},
		{Name: "rspamadm-mime-extract", Args: []string{"mime", "-c", "mime.conf", "extract", "msg.eml"}, Needs: NeedsTask},
		{Name: "rspamadm-mime-extract-json", Args: []string{"mime", "-c", "mime.conf", "-j", "extract", "-s", "msg.eml"}, Needs: NeedsTask},
	}
	for _, c := range admLuaCommands {
		cs = append(cs,
			Case{Name: "rspamadm-help-" + c, Args: []string{"help", c}},
			Case{Name: "rspamadm-" + c + "-help", Args: []string{c, "--help"}},
		)
	}
	for _, sub := range admLuaSubcommands {
		cs = append(cs, Case{Name: "rspamadm-" + strings.Join(sub, "-") + "-help", Args: append(slices.Clone(sub), "--help")})
	}
	for i := range cs {
		cs[i].Bin = "rspamadm"
		cs[i].Lualib = true
	}
	return cs
}

// Cases returns every case.
func Cases() []Case {
	cs := []Case{
		// rspamd
		{Name: "rspamd-help", Bin: "rspamd", Args: []string{"--help"}},
		{Name: "rspamd-help-h", Bin: "rspamd", Args: []string{"-h"}},
		{Name: "rspamd-help-qmark", Bin: "rspamd", Args: []string{"-?"}},
		{Name: "rspamd-help-after-option", Bin: "rspamd", Args: []string{"-f", "--help"}},
		{Name: "rspamd-unknown-long", Bin: "rspamd", Args: []string{"--bogus"}},
		{Name: "rspamd-unknown-short", Bin: "rspamd", Args: []string{"-x"}},
		{Name: "rspamd-unknown-in-cluster", Bin: "rspamd", Args: []string{"-fx"}},
		{Name: "rspamd-missing-arg", Bin: "rspamd", Args: []string{"-u"}},
		{Name: "rspamd-missing-arg-long", Bin: "rspamd", Args: []string{"--pid"}},
		{Name: "rspamd-two-args-in-cluster", Bin: "rspamd", Args: []string{"-up", "a", "b"}},
		{Name: "rspamd-var-missing", Bin: "rspamd", Args: []string{"--var"}},
		{Name: "rspamd-var-bad", Bin: "rspamd", Args: []string{"--var", "foo"}, Norm: GLibWarning},
		{Name: "rspamd-nonascii-user", Bin: "rspamd", Args: []string{"-u", "é"}},
		{Name: "rspamd-nonascii-user-utf8", Bin: "rspamd", Args: []string{"-u", "é", "-v"}, Env: []string{"LANG=C.UTF-8"}, Norm: VersionReport},
		{Name: "rspamd-nonascii-config", Bin: "rspamd", Args: []string{"-c", "é", "-u"}},
		{Name: "rspamd-version", Bin: "rspamd", Args: []string{"-v"}, Norm: VersionReport},
		{Name: "rspamd-version-long", Bin: "rspamd", Args: []string{"--version", "-c", "a"}, Norm: VersionReport},
		{Name: "rspamd-two-configs", Bin: "rspamd", Args: []string{"-c", "a", "-c", "b"}, Norm: Abort},
		{Name: "rspamd-root-without-user", Bin: "rspamd", Args: []string{"-c", "nonexistent.conf"}, Norm: LogLines, Root: true},
		{Name: "rspamd-no-such-user", Bin: "rspamd", Args: []string{"-u", "nosuchuser", "-c", "nonexistent.conf"}, Norm: LogLines, Root: true},
		{Name: "rspamd-no-such-group", Bin: "rspamd", Args: []string{"-u", "root", "-g", "nosuchgroup", "-c", "nonexistent.conf"}, Norm: LogLines, Root: true},
		{Name: "rspamd-config-missing", Bin: "rspamd", Args: []string{"--insecure", "-f", "-c", "nonexistent.conf"}, Norm: LogLines, Root: true},
		{Name: "rspamd-config-dir", Bin: "rspamd", Args: []string{"-i", "-c", "dir"}, Norm: LogLines, Root: true},
		{Name: "rspamd-config-empty", Bin: "rspamd", Args: []string{"-i", "-d", "-c", "empty.conf", "X=1"}, Norm: LogLines, Root: true},

		// rspamc
		{Name: "rspamc-help", Bin: "rspamc", Args: []string{"--help"}},
		{Name: "rspamc-help-qmark", Bin: "rspamc", Args: []string{"-?"}},
		{Name: "rspamc-h-needs-arg", Bin: "rspamc", Args: []string{"-h"}},
		{Name: "rspamc-version", Bin: "rspamc", Args: []string{"--version"}},
		{Name: "rspamc-unknown-short", Bin: "rspamc", Args: []string{"-V"}},
		{Name: "rspamc-unknown-in-cluster", Bin: "rspamc", Args: []string{"-jx"}},
		{Name: "rspamc-commands", Bin: "rspamc", Args: []string{"--commands"}},
		{Name: "rspamc-commands-with-command", Bin: "rspamc", Args: []string{"--commands", "stat"}},
		{Name: "rspamc-missing-file", Bin: "rspamc", Args: []string{"nonexistent.eml"}},
		{Name: "rspamc-missing-file-with-command", Bin: "rspamc", Args: []string{"learn_spam", "nonexistent.eml", "msg.eml"}},
		{Name: "rspamc-missing-files-list", Bin: "rspamc", Args: []string{"--files-list", "nonexistent.txt"}},
		{Name: "rspamc-bad-int", Bin: "rspamc", Args: []string{"-n", "abc"}},
		{Name: "rspamc-int-out-of-range", Bin: "rspamc", Args: []string{"-n", "99999999999"}},
		{Name: "rspamc-bad-int-long", Bin: "rspamc", Args: []string{"--weight=1x"}},
		{Name: "rspamc-bad-double", Bin: "rspamc", Args: []string{"-t", "abc"}},
		{Name: "rspamc-double-out-of-range", Bin: "rspamc", Args: []string{"-t", "1e999"}},
		{Name: "rspamc-double-underflow", Bin: "rspamc", Args: []string{"--timeout", "1e-310"}},
		{Name: "rspamc-missing-arg", Bin: "rspamc", Args: []string{"-n"}},
		{Name: "rspamc-missing-arg-long", Bin: "rspamc", Args: []string{"--connect"}},
		{Name: "rspamc-two-args-in-cluster", Bin: "rspamc", Args: []string{"-nt", "3", "4"}},
		{Name: "rspamc-settings-missing", Bin: "rspamc", Args: []string{"--settings"}},
		{Name: "rspamc-settings-invalid", Bin: "rspamc", Args: []string{"--settings", "{a", "stat"}},
		{Name: "rspamc-settings-unmatched-brace", Bin: "rspamc", Args: []string{"--settings", "a = [", "--commands"}},
		{Name: "rspamc-settings-empty", Bin: "rspamc", Args: []string{"--settings", "", "--commands"}},
		{Name: "rspamc-settings-valid", Bin: "rspamc", Args: []string{"--settings={\"actions\": {\"reject\": 100}}", "--commands"}},
		{Name: "rspamc-password-file", Bin: "rspamc", Args: []string{"-P", "./msg.eml", "--commands"}},
		{Name: "rspamc-password-no-tty", Bin: "rspamc", Args: []string{"stat", "-P"}},
		{Name: "rspamc-nonascii-connect", Bin: "rspamc", Args: []string{"-h", "é", "--commands"}},
		{Name: "rspamc-nonascii-connect-utf8", Bin: "rspamc", Args: []string{"-h", "é", "--commands"}, Env: []string{"LANG=C.UTF-8"}},
		{Name: "rspamc-invalid-utf8-connect", Bin: "rspamc", Args: []string{"-h", "\xff", "--commands"}, Env: []string{"LANG=C.UTF-8"}},
		{Name: "rspamc-stat-refused", Bin: "rspamc", Args: []string{"-h", "127.0.0.1:1", "stat"}, Needs: NeedsTransport},
		{Name: "rspamc-file-refused", Bin: "rspamc", Args: []string{"-h", "127.0.0.1:1", "msg.eml"}, Needs: NeedsTransport},
		{Name: "rspamc-dir-refused", Bin: "rspamc", Args: []string{"-h", "127.0.0.1:1", "--exclude", "*skip*", "dir"}, Needs: NeedsTransport},
		{Name: "rspamc-files-list-refused", Bin: "rspamc", Args: []string{"-h", "127.0.0.1:1", "--files-list", "files.txt"}, Needs: NeedsTransport},

		// rspamadm
		{Name: "rspamadm-help", Bin: "rspamadm", Args: []string{"-h"}},
		{Name: "rspamadm-help-long", Bin: "rspamadm", Args: []string{"--help", "-l"}},
		{Name: "rspamadm-help-qmark", Bin: "rspamadm", Args: []string{"-?"}},
		{Name: "rspamadm-version", Bin: "rspamadm", Args: []string{"-V"}},
		{Name: "rspamadm-version-long", Bin: "rspamadm", Args: []string{"--version", "-l", "-h"}},
		{Name: "rspamadm-version-command", Bin: "rspamadm", Args: []string{"version"}},
		{Name: "rspamadm-unknown-long", Bin: "rspamadm", Args: []string{"--bogus"}},
		{Name: "rspamadm-unknown-short", Bin: "rspamadm", Args: []string{"-x", "pw"}},
		{Name: "rspamadm-var-missing", Bin: "rspamadm", Args: []string{"--var", "A=b", "-V"}},
		{Name: "rspamadm-var-bad", Bin: "rspamadm", Args: []string{"--var=foo", "-V"}},
		{Name: "rspamadm-var-nonascii", Bin: "rspamadm", Args: []string{"--var=A=é", "-V"}, Env: []string{"LANG=C.UTF-8"}},
		{Name: "rspamadm-lua-env-missing-arg", Bin: "rspamadm", Args: []string{"--lua-env"}},
		{Name: "rspamadm-list", Bin: "rspamadm", Args: []string{"-l"}, Lualib: true},
		{Name: "rspamadm-no-command", Bin: "rspamadm", Lualib: true},
		{Name: "rspamadm-help-command", Bin: "rspamadm", Args: []string{"help"}, Lualib: true},
		{Name: "rspamadm-help-help", Bin: "rspamadm", Args: []string{"help", "help"}, Lualib: true},
		{Name: "rspamadm-help-unknown", Bin: "rspamadm", Args: []string{"help", "nosuch"}},
		{Name: "rspamadm-help-lua-command", Bin: "rspamadm", Args: []string{"help", "keypair"}, Lualib: true},
		{Name: "rspamadm-unknown-command", Bin: "rspamadm", Args: []string{"nosuch"}},
		{Name: "rspamadm-suggest-lev", Bin: "rspamadm", Args: []string{"configtst"}},
		{Name: "rspamadm-suggest-substring", Bin: "rspamadm", Args: []string{"pww"}},
		{Name: "rspamadm-suggest-transposition", Bin: "rspamadm", Args: []string{"contorl"}},
		{Name: "rspamadm-suggest-many", Bin: "rspamadm", Args: []string{"conf"}, Lualib: true},
		{Name: "rspamadm-suggest-alias", Bin: "rspamadm", Args: []string{"dns_too"}, Lualib: true},
		{Name: "rspamadm-lua-command", Bin: "rspamadm", Args: []string{"keypair", "--help"}, Lualib: true},
		{Name: "rspamadm-lua-file", Bin: "rspamadm", Args: []string{"hello.lua", "a", "-b"}, Lualib: true},
		{Name: "rspamadm-lua-exec", Bin: "rspamadm", Args: []string{"lua", "-e", "print(1+1)"}, Lualib: true},
		{Name: "rspamadm-lua-bad-int", Bin: "rspamadm", Args: []string{"lua", "-m", "x"}},
		{Name: "rspamadm-pw-unknown", Bin: "rspamadm", Args: []string{"pw", "--bogus"}},
		{Name: "rspamadm-pw-list", Bin: "rspamadm", Args: []string{"pw", "-l"}},
		{Name: "rspamadm-pw-bad-type", Bin: "rspamadm", Args: []string{"pw", "-t", "foo", "-p", "x"}},
		{Name: "rspamadm-pw-nonascii", Bin: "rspamadm", Args: []string{"pw", "-p", "é", "-t", "zz"}},
		{Name: "rspamadm-pw-nonascii-utf8", Bin: "rspamadm", Args: []string{"pw", "-p", "é", "-t", "zz"}, Env: []string{"LANG=C.UTF-8"}},
		{Name: "rspamadm-pw-encrypt", Bin: "rspamadm", Args: []string{"pw", "-p", "q1"}, Norm: PasswordHash},
		{Name: "rspamadm-pw-encrypt-pbkdf2", Bin: "rspamadm", Args: []string{"pw", "-e", "-c", "-t", "pbkdf2", "-p", "q1"}, Norm: PasswordHash},
		{Name: "rspamadm-pw-encrypt-empty", Bin: "rspamadm", Args: []string{"pw", "-p", ""}},
		{Name: "rspamadm-pw-encrypt-no-tty", Bin: "rspamadm", Args: []string{"pw"}},
		{Name: "rspamadm-pw-check-format", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", "abc"}},
		{Name: "rspamadm-pw-check-unknown-id", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", "$22$" + strings.Repeat("y", 32) + "$" + strings.Repeat("y", 52)}},
		{Name: "rspamadm-pw-check-short", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", "$1$abc$def"}},
		{Name: "rspamadm-pw-check-bad-salt", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", "$2$" + strings.Repeat("0", 32) + "$" + strings.Repeat("y", 52)}},
		{Name: "rspamadm-pw-check-short-salt", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", "$2$" + strings.Repeat("y", 30) + "$" + strings.Repeat("y", 52)}},
		{Name: "rspamadm-pw-check-bad-key", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", "$2$" + strings.Repeat("y", 32) + "$0" + strings.Repeat("y", 52)}},
		{Name: "rspamadm-pw-check-malformed", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", "$2$" + strings.Repeat("a", 60)}},
		{Name: "rspamadm-pw-check-no-tty", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", oracleHash}},
		{Name: "rspamadm-pw-check-correct", Bin: "rspamadm", Args: []string{"pw", "-c", "-p", oracleHash}, Env: []string{"RSPAMADM_PASSWORD=q1"}},
		{Name: "rspamadm-pw-check-quiet", Bin: "rspamadm", Args: []string{"pw", "-cq", "-p", oracleHash}, Env: []string{"RSPAMADM_PASSWORD=q1"}},
		{Name: "rspamadm-pw-check-incorrect", Bin: "rspamadm", Args: []string{"pw", "--check", "--password=" + oracleHash}, Env: []string{"RSPAMADM_PASSWORD=q2"}},
		{Name: "rspamadm-configdump-unknown", Bin: "rspamadm", Args: []string{"configdump", "--bogus"}},
		{Name: "rspamadm-configtest-missing", Bin: "rspamadm", Args: []string{"configtest", "-c", "nonexistent.conf"}},
		{Name: "rspamadm-control-bad-timeout", Bin: "rspamadm", Args: []string{"control", "-t", "x"}},
		{Name: "rspamadm-control-no-command", Bin: "rspamadm", Args: []string{"control"}},
		{Name: "rspamadm-control-unknown-command", Bin: "rspamadm", Args: []string{"control", "--bogus", "foo"}},
		{Name: "rspamadm-control-short-hash", Bin: "rspamadm", Args: []string{"control", "-j", "fuzzyhash", "ab"}},
		{Name: "rspamadm-fuzzyconvert-no-db", Bin: "rspamadm", Args: []string{"fuzzyconvert"}},
		{Name: "rspamadm-fuzzyconvert-no-host", Bin: "rspamadm", Args: []string{"fuzzyconvert", "-d", "x.sqlite"}},
		{Name: "rspamadm-fuzzyconvert-no-expiry", Bin: "rspamadm", Args: []string{"fuzzyconvert", "-d", "x.sqlite", "-h", "127.0.0.1", "--bogus"}},
		{Name: "rspamadm-signtool-no-keypair", Bin: "rspamadm", Args: []string{"signtool"}},
		{Name: "rspamadm-signtool-no-pubkey", Bin: "rspamadm", Args: []string{"signtool", "-v"}},
	}
	for _, c := range admCommands {
		cs = append(cs,
			Case{Name: "rspamadm-help-" + c, Bin: "rspamadm", Args: []string{"help", c}},
			Case{Name: "rspamadm-" + c + "-help", Bin: "rspamadm", Args: []string{c, "--help"}},
		)
	}
	return append(cs, luaCases()...)
}

// BaseEnv is the environment every case runs with: no locale variables,
// so programs start in the "C" locale unless a case adds one.
func BaseEnv() []string {
	return []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root"}
}

// ExitCode turns the result of exec.Cmd.Run into the exit code a shell
// reports: 128+signal for a process killed by a signal. Errors other than
// a non-zero exit are returned.
func ExitCode(err error) (int, error) {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal()), nil
		}
		return ee.ExitCode(), nil
	}
	return 0, err
}
