package admin

import (
	"fmt"
	"io"

	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/passphrase"
	"github.com/gorspamd/rspamd/internal/password"
	"github.com/gorspamd/rspamd/internal/version"
)

// builtinCommands returns the commands upstream implements in C, in
// upstream's registration order.
func builtinCommands() []*Command {
	return []*Command{
		{Name: "help", Unlisted: true, Description: "Shows help for a specified command",
			Help: fullHelp("Shows help for a specified command\nUsage: rspamadm help <command>"), Run: runHelp},
		{Name: "pw", Description: "Manage rspamd passwords", Help: fullHelp(helpPw), Run: runPw},
		{Name: "configtest", Description: "Perform configuration file test", Help: fullHelp(helpConfigtest), Run: runConfigtest},
		{Name: "configdump", Description: "Perform configuration file dump", Help: fullHelp(helpConfigdump), Run: runConfigdump},
		{Name: "control", Description: "Manage rspamd main control interface", Help: fullHelp(helpControl), Run: runControl},
		{Name: "confighelp", Description: "Shows help for configuration options", Help: fullHelp(helpConfighelp), Run: runConfighelp},
		{Name: "statconvert", Description: "Convert statistics from sqlite3 to redis", Help: fullHelp(helpStatconvert), Run: runStatconvert},
		{Name: "fuzzyconvert", Description: "Convert fuzzy hashes from sqlite3 to redis", Help: fullHelp(helpFuzzyconvert), Run: runFuzzyconvert},
		{Name: "signtool", Description: "Sign and verify files tool", Help: fullHelp(helpSigntool), Run: runSigntool},
		{Name: "lua", Description: "Run LUA interpreter", Help: fullHelp(helpLua), Run: runLua},
	}
}

func fullHelp(text string) func(*Session) error {
	return func(s *Session) error {
		_, err := io.WriteString(s.Stdout, text+"\n")
		return err
	}
}

func runHelp(s *Session, argv []string) int {
	fmt.Fprintf(s.Stdout, "Rspamadm %s\n%s\n", version.Upstream, usageHeader)
	name := "help"
	if len(argv) > 1 {
		name = argv[1]
		fmt.Fprintf(s.Stdout, "Showing help for %s command\n\n", name)
	}
	cmd := s.Search(name)
	if cmd == nil {
		fmt.Fprintf(s.Stderr, "Invalid command name: %s\n", name)
		return 1
	}
	if name == "help" {
		io.WriteString(s.Stdout, "Available commands:\n")
		s.listCommands()
		return 0
	}
	if err := cmd.Help(s); err != nil {
		fmt.Fprintf(s.Stderr, "rspamadm help %s: %v\n", name, err)
		return 1
	}
	return 0
}

// parse parses a command's options with GLib's rules; done is true when
// the command must stop with code (help shown or an option error).
func (s *Session) parse(argv []string, parameter string, ignoreUnknown bool, entries ...goption.Entry) (rest []string, code int, done bool) {
	ctx := goption.NewContext(parameter, goption.NewGroup("", "", "", entries...))
	ctx.Summary = summary
	ctx.IgnoreUnknown = ignoreUnknown
	ctx.Charset = s.Charset
	rest, err := ctx.Parse(argv)
	if err != nil {
		return nil, goption.Report(err, s.Stdout, s.Stderr), true
	}
	return rest, 0, false
}

// notBuilt reports that a command's work needs a part of this project that
// does not exist yet.
func (s *Session) notBuilt(cmd, what string) int {
	fmt.Fprintf(s.Stderr, "rspamadm %s: not available yet: %s is not built\n", cmd, what)
	return 1
}

func runPw(s *Session, argv []string) int {
	var encrypt, check, quiet, list bool
	var pw *string
	kdf := password.DefaultAlgorithm.Alias
	typ := &kdf
	_, code, done := s.parse(argv, "pw [--encrypt | --check] - manage rspamd passwords", false,
		goption.Bool("encrypt", 'e', &encrypt, "Encrypt password"),
		goption.Bool("check", 'c', &check, "Check password"),
		goption.Bool("quiet", 'q', &quiet, "Suppress output"),
		goption.String("password", 'p', &pw, "Input password"),
		goption.String("type", 't', &typ, "PBKDF type"),
		goption.Bool("list", 'l', &list, "List available algorithms"),
	)
	switch {
	case done:
		return code
	case list:
		for _, a := range password.Algorithms {
			fmt.Fprintf(s.Stdout, "%s: %s - %s\n", a.Alias, a.Name, a.Description)
		}
		return 0
	case check && !encrypt:
		return s.checkPassword(pw, quiet)
	}
	alg, ok := password.ByAlias(*typ)
	if !ok {
		fmt.Fprintf(s.Stderr, "Unknown PKDF type: %s\n", *typ)
		return 1
	}
	secret := s.passwordArg(pw, "Enter passphrase: ", false)
	if secret == "" {
		fmt.Fprint(s.Stderr, "Invalid password\n")
		return 1
	}
	enc, err := alg.EncryptRandom([]byte(secret), nil)
	if err != nil {
		fmt.Fprintf(s.Stderr, "rspamadm pw: %v\n", err)
		return 1
	}
	fmt.Fprintf(s.Stdout, "%s\n", enc)
	return 0
}

// passwordArg returns the -p value (at most passphrase.MaxLen bytes, as
// upstream copies it into its buffer) or else reads one from the
// terminal; "" when there is none.
func (s *Session) passwordArg(pw *string, prompt string, echo bool) string {
	if pw != nil {
		return (*pw)[:min(len(*pw), passphrase.MaxLen)]
	}
	if s.ReadPassphrase == nil {
		return ""
	}
	line, err := s.ReadPassphrase(prompt, echo)
	if err != nil {
		return ""
	}
	return line
}

// checkPassword is "rspamadm pw --check": it checks a password, taken
// from $RSPAMADM_PASSWORD or the terminal, against an encrypted one.
func (s *Session) checkPassword(pw *string, quiet bool) int {
	enc := s.passwordArg(pw, "Enter encrypted password: ", true)
	alg, ok := password.IsEncrypted(enc)
	if !ok {
		fmt.Fprint(s.Stderr, "Invalid password format\n")
		return 1
	}
	if len(enc) < alg.SaltLen+alg.KeyLen+3 {
		s.logError("incorrect salt: password length: %d, must be at least %d characters", len(enc), alg.SaltLen)
		return 1
	}
	parsed, err := password.Parse(enc)
	if err != nil {
		s.logError("%v", err)
		return 1
	}
	secret := s.CheckPassword
	if secret == "" {
		secret = s.passwordArg(nil, "Enter passphrase: ", false)
	}
	if secret == "" {
		fmt.Fprint(s.Stderr, "Invalid password\n")
		return 1
	}
	match, err := parsed.Check([]byte(secret))
	if err != nil {
		s.logError("%v", err)
		return 1
	}
	result := "password correct\n"
	if !match {
		result = "password incorrect\n"
	}
	if !quiet {
		fmt.Fprint(s.Stdout, result)
	}
	if !match {
		return 1
	}
	return 0
}

// logError prints an error message the way rspamadm's console logger
// does without --verbose: the bare message.
func (s *Session) logError(format string, args ...any) {
	fmt.Fprintf(s.Stderr, format+"\n", args...)
}

func runConfighelp(s *Session, argv []string) int {
	var json, compact, keyword bool
	var plugins *string
	_, code, done := s.parse(argv, "confighelp - displays help for the configuration options", true,
		goption.Bool("json", 'j', &json, "Output json"),
		goption.Bool("compact", 'c', &compact, "Output compacted"),
		goption.Bool("keyword", 'k', &keyword, "Search by keyword"),
		goption.String("plugins", 'P', &plugins, "Use the following plugin path ("+defaultPluginsDir+")"),
	)
	if done {
		return code
	}
	return s.notBuilt("confighelp", "configuration loading with the Lua runtime")
}

func runSigntool(s *Session, argv []string) int {
	var verify, quiet, edit bool
	var suffix, pubkey, pubout, pubfile, keypair, editor *string
	_, code, done := s.parse(argv, "keypair - create encryption keys", false,
		goption.Bool("verify", 'v', &verify, "Verify signatures and not sign"),
		goption.String("suffix", 'S', &suffix, "Save signatures in file<suffix> files"),
		goption.String("pubkey", 'p', &pubkey, "Base32 encoded pubkey to verify"),
		goption.Filename("pubout", 0, &pubout, "Output public key to the specified file"),
		goption.Filename("pubfile", 'P', &pubfile, "Load base32 encoded pubkey to verify from the file"),
		goption.String("keypair", 'k', &keypair, "UCL with keypair to load for signing"),
		goption.Bool("quiet", 'q', &quiet, "Be quiet"),
		goption.Bool("edit", 'e', &edit, "Run editor and sign the edited file"),
		goption.String("editor", 0, &editor, "Use the specified editor instead of $EDITOR environment var"),
	)
	switch {
	case done:
		return code
	case verify && pubkey == nil && pubfile == nil:
		fmt.Fprint(s.Stderr, "no pubkey for verification\n")
		return 1
	case !verify && keypair == nil:
		fmt.Fprint(s.Stderr, "no keypair for signing\n")
		return 1
	}
	return s.notBuilt("signtool", "file signing (ed25519 keypairs)")
}
