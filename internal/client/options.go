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
	ctx := goption.NewContext("- run rspamc client", goption.NewGroup("", "", "",
		goption.String("connect", 'h', &o.Connect, "Specify host and port"),
		goption.Func("password", 'P', goption.FlagOptionalArg,
			func(_ string, v *string) error { return o.setPassword(v, env) }, "Specify control password"),
		goption.String("classifier", 'c', &o.Classifier, "Classifier to learn spam or ham"),
		goption.Int("weight", 'w', &o.Weight, "Weight for fuzzy operations"),
		goption.Int("flag", 'f', &o.Flag, "Flag for fuzzy operations"),
		goption.Bool("pass-all", 'p', &o.PassAll, "Pass all filters"),
		goption.Bool("verbose", 'v', &o.Verbose, "More verbose output"),
		goption.String("ip", 'i', &o.IP, "Emulate that message was received from specified ip address"),
		goption.String("user", 'u', &o.User, "Emulate that message was received from specified authenticated user"),
		goption.String("deliver", 'd', &o.Deliver, "Emulate that message is delivered to specified user (for LDA/statistics)"),
		goption.String("from", 'F', &o.From, "Emulate that message has specified SMTP FROM address"),
		goption.Strings("rcpt", 'r', &o.Rcpts, "Emulate that message has specified SMTP RCPT address"),
		goption.String("helo", 0, &o.Helo, "Imitate SMTP HELO passing from MTA"),
		goption.String("hostname", 0, &o.Hostname, "Imitate hostname passing from MTA"),
		goption.Double("timeout", 't', &o.Timeout, "Time in seconds to wait for a reply"),
		goption.String("bind", 'b', &o.Bind, "Bind to specified ip address"),
		goption.Bool("commands", 0, &o.Commands, "List available commands"),
		goption.Bool("human", 'R', &o.Human, "Output human readable report"),
		goption.Bool("json", 'j', &o.JSON, "Output json reply"),
		goption.Bool("compact", 0, &o.Compact, "Output compact json reply"),
		goption.Bool("headers", 0, &o.Headers, "Output HTTP headers"),
		goption.Bool("raw", 0, &o.Raw, "Input is a raw file, not an email file"),
		goption.Bool("ucl", 0, &o.UCL, "Output ucl reply from rspamd"),
		goption.Int("max-requests", 'n', &o.MaxRequests, "Maximum count of parallel requests to rspamd"),
		goption.Bool("extended-urls", 0, &o.ExtendedURLs, "Output urls in extended format"),
		goption.String("key", 0, &o.Key, "Use specified pubkey to encrypt request"),
		goption.String("exec", 'e', &o.Exec, "Execute the specified command and pass output to it"),
		goption.Bool("mime", 'm', &o.Mime, "Write mime body of message with headers instead of just a scan's result"),
		goption.Strings("header", 0, &o.Header, "Add custom HTTP header to query (can be repeated)"),
		goption.Strings("metadata-header", 0, &o.MetadataHeader, "Add custom field to v3 metadata headers as KEY=VALUE or KEY:VALUE (can be repeated)"),
		goption.Strings("exclude", 0, &o.Exclude, "Exclude specific glob patterns in file names (can be repeated)"),
		goption.String("sort", 0, &o.Sort, "Sort output in a specific order (name, weight, frequency, hits)"),
		goption.Bool("empty", 'E', &o.Empty, "Allow empty input instead of reading from stdin"),
		goption.String("fuzzy-symbol", 'S', &o.FuzzySymbol, "Learn the specified fuzzy symbol"),
		goption.Bool("compressed", 'z', &o.Compressed, "Enable zstd compression"),
		goption.Bool("profile", 0, &o.Profile, "Profile symbols execution time"),
		goption.Filename("dictionary", 'D', &o.Dictionary, "Use dictionary to compress data"),
		goption.Bool("skip-images", 0, &o.SkipImages, "Skip images when learning/unlearning fuzzy"),
		goption.Bool("skip-attachments", 0, &o.SkipAttachments, "Skip attachments when learning/unlearning fuzzy"),
		goption.Bool("protocol-v3", 0, &o.ProtocolV3, "Use v3 multipart protocol (structured metadata, multipart response)"),
		goption.Bool("msgpack", 0, &o.Msgpack, "Use msgpack for v3 metadata and response (requires --protocol-v3)"),
		goption.String("user-agent", 'U', &o.UserAgent, `Use specific User-Agent instead of "rspamc"`),
		goption.Filename("files-list", 0, &o.FilesList, "Read one or more newline separated filenames to scan from file"),
		goption.String("queue-id", 0, &o.QueueID, "Set Queue-ID header for the request"),
		goption.String("log-tag", 0, &o.LogTag, "Set Log-Tag header for the request"),
		goption.Filename("output-body", 0, &o.OutputBody, "Save rewritten message body to file"),
		goption.Func("settings", 0, 0, o.setSettings, "Set Settings header as JSON/UCL for the request"),
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
