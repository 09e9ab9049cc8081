package client

import (
	"errors"
	"fmt"
	"os"

	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/ucl"
	"github.com/gorspamd/rspamd/internal/version"
)

// Options are rspamc's command-line options. Pointer fields are nil when
// the option was not given.
type Options struct {
	Connect         string
	Password        *string
	Classifier      *string
	Weight, Flag    int
	PassAll         bool
	Verbose         bool
	IP              *string
	User            *string
	Deliver         *string
	From            *string
	Rcpts           []string
	Helo, Hostname  *string
	Timeout         float64
	Bind            *string
	Commands        bool
	Human           bool
	JSON, Compact   bool
	Headers         bool
	Raw             bool
	UCL             bool
	MaxRequests     int
	ExtendedURLs    bool
	Key             *string
	Exec            *string
	Mime            bool
	Header          []string
	MetadataHeader  []string
	Exclude         []string
	Sort            *string
	Empty           bool
	FuzzySymbol     *string
	Compressed      bool
	Profile         bool
	Dictionary      *string
	SkipImages      bool
	SkipAttachments bool
	ProtocolV3      bool
	Msgpack         bool
	UserAgent       string
	FilesList       *string
	QueueID, LogTag *string
	OutputBody      *string
	Settings        string
}

// defaults returns the options before parsing, with upstream's defaults.
func defaults() *Options {
	return &Options{Connect: "localhost", Timeout: 10, MaxRequests: 8, Compressed: true, UserAgent: "rspamc"}
}

// exitError ends rspamc from inside option parsing (an empty password)
// with a message of its own instead of "option parsing failed".
type exitError struct{ msg string }

func (e *exitError) Error() string { return e.msg }

// parse parses argv and returns the arguments left (argv[0] first).
func (o *Options) parse(argv []string, env *Env) ([]string, error) {
	str := func(long string, short byte, v **string, desc string) goption.Entry {
		return goption.Entry{Long: long, Short: short, Arg: goption.ArgString, Value: v, Description: desc}
	}
	flag := func(long string, short byte, v *bool, desc string) goption.Entry {
		return goption.Entry{Long: long, Short: short, Arg: goption.ArgNone, Value: v, Description: desc}
	}
	strs := func(long string, v *[]string, desc string) goption.Entry {
		return goption.Entry{Long: long, Arg: goption.ArgStringArray, Value: v, Description: desc}
	}
	num := func(long string, short byte, v *int, desc string) goption.Entry {
		return goption.Entry{Long: long, Short: short, Arg: goption.ArgInt, Value: v, Description: desc}
	}
	file := func(long string, short byte, v **string, desc string) goption.Entry {
		return goption.Entry{Long: long, Short: short, Arg: goption.ArgFilename, Value: v, Description: desc}
	}
	ctx := goption.NewContext("- run rspamc client", goption.NewGroup("", "", "",
		goption.Entry{Long: "connect", Short: 'h', Arg: goption.ArgString, Value: &o.Connect, Description: "Specify host and port"},
		goption.Entry{Long: "password", Short: 'P', Flags: goption.FlagOptionalArg, Arg: goption.ArgCallback,
			Value: goption.Callback(func(_ string, v *string) error { return o.setPassword(v, env) }), Description: "Specify control password"},
		str("classifier", 'c', &o.Classifier, "Classifier to learn spam or ham"),
		num("weight", 'w', &o.Weight, "Weight for fuzzy operations"),
		num("flag", 'f', &o.Flag, "Flag for fuzzy operations"),
		flag("pass-all", 'p', &o.PassAll, "Pass all filters"),
		flag("verbose", 'v', &o.Verbose, "More verbose output"),
		str("ip", 'i', &o.IP, "Emulate that message was received from specified ip address"),
		str("user", 'u', &o.User, "Emulate that message was received from specified authenticated user"),
		str("deliver", 'd', &o.Deliver, "Emulate that message is delivered to specified user (for LDA/statistics)"),
		str("from", 'F', &o.From, "Emulate that message has specified SMTP FROM address"),
		goption.Entry{Long: "rcpt", Short: 'r', Arg: goption.ArgStringArray, Value: &o.Rcpts, Description: "Emulate that message has specified SMTP RCPT address"},
		str("helo", 0, &o.Helo, "Imitate SMTP HELO passing from MTA"),
		str("hostname", 0, &o.Hostname, "Imitate hostname passing from MTA"),
		goption.Entry{Long: "timeout", Short: 't', Arg: goption.ArgDouble, Value: &o.Timeout, Description: "Time in seconds to wait for a reply"},
		str("bind", 'b', &o.Bind, "Bind to specified ip address"),
		flag("commands", 0, &o.Commands, "List available commands"),
		flag("human", 'R', &o.Human, "Output human readable report"),
		flag("json", 'j', &o.JSON, "Output json reply"),
		flag("compact", 0, &o.Compact, "Output compact json reply"),
		flag("headers", 0, &o.Headers, "Output HTTP headers"),
		flag("raw", 0, &o.Raw, "Input is a raw file, not an email file"),
		flag("ucl", 0, &o.UCL, "Output ucl reply from rspamd"),
		num("max-requests", 'n', &o.MaxRequests, "Maximum count of parallel requests to rspamd"),
		flag("extended-urls", 0, &o.ExtendedURLs, "Output urls in extended format"),
		str("key", 0, &o.Key, "Use specified pubkey to encrypt request"),
		str("exec", 'e', &o.Exec, "Execute the specified command and pass output to it"),
		flag("mime", 'm', &o.Mime, "Write mime body of message with headers instead of just a scan's result"),
		strs("header", &o.Header, "Add custom HTTP header to query (can be repeated)"),
		strs("metadata-header", &o.MetadataHeader, "Add custom field to v3 metadata headers as KEY=VALUE or KEY:VALUE (can be repeated)"),
		strs("exclude", &o.Exclude, "Exclude specific glob patterns in file names (can be repeated)"),
		str("sort", 0, &o.Sort, "Sort output in a specific order (name, weight, frequency, hits)"),
		flag("empty", 'E', &o.Empty, "Allow empty input instead of reading from stdin"),
		str("fuzzy-symbol", 'S', &o.FuzzySymbol, "Learn the specified fuzzy symbol"),
		flag("compressed", 'z', &o.Compressed, "Enable zstd compression"),
		flag("profile", 0, &o.Profile, "Profile symbols execution time"),
		file("dictionary", 'D', &o.Dictionary, "Use dictionary to compress data"),
		flag("skip-images", 0, &o.SkipImages, "Skip images when learning/unlearning fuzzy"),
		flag("skip-attachments", 0, &o.SkipAttachments, "Skip attachments when learning/unlearning fuzzy"),
		flag("protocol-v3", 0, &o.ProtocolV3, "Use v3 multipart protocol (structured metadata, multipart response)"),
		flag("msgpack", 0, &o.Msgpack, "Use msgpack for v3 metadata and response (requires --protocol-v3)"),
		goption.Entry{Long: "user-agent", Short: 'U', Arg: goption.ArgString, Value: &o.UserAgent, Description: `Use specific User-Agent instead of "rspamc"`},
		file("files-list", 0, &o.FilesList, "Read one or more newline separated filenames to scan from file"),
		str("queue-id", 0, &o.QueueID, "Set Queue-ID header for the request"),
		str("log-tag", 0, &o.LogTag, "Set Log-Tag header for the request"),
		file("output-body", 0, &o.OutputBody, "Save rewritten message body to file"),
		goption.Entry{Long: "settings", Arg: goption.ArgCallback, Value: goption.Callback(o.setSettings), Description: "Set Settings header as JSON/UCL for the request"},
	))
	ctx.Summary = "Summary:\n  Rspamd client version " + version.Upstream + "\n  Release id: " + version.ReleaseID
	ctx.Charset = env.Charset
	rest, err := ctx.Parse(argv)
	if err != nil {
		return nil, err
	}
	if o.JSON || o.Compact {
		o.UCL = true
	}
	return rest, nil
}

// setPassword handles -P: a value starting with '/' or '.' names a file
// holding the password (trailing white space dropped) unless it cannot
// be read or is empty; no value reads the password from the terminal.
func (o *Options) setPassword(v *string, env *Env) error {
	if v == nil {
		pw, err := env.ReadPassphrase()
		if err != nil || pw == "" {
			return &exitError{"Invalid password"}
		}
		o.Password = &pw
		return nil
	}
	pw := *v
	if pw != "" && (pw[0] == '/' || pw[0] == '.') {
		if data, err := os.ReadFile(pw); err == nil && len(data) > 0 {
			end := len(data) - 1
			for end > 0 && isASCIISpace(data[end]) {
				end--
			}
			pw = string(data[:end+1])
		}
	}
	o.Password = &pw
	return nil
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// setSettings handles --settings: the value must parse as UCL (or JSON).
func (o *Options) setSettings(_ string, v *string) error {
	p := ucl.NewParser(ucl.ParserKeyLowercase)
	if err := p.AddString(*v); err != nil {
		return fmt.Errorf("Invalid JSON/UCL in settings: %s", err)
	}
	if p.Object() == nil {
		return errors.New("Failed to parse settings as JSON/UCL")
	}
	o.Settings = *v
	return nil
}
