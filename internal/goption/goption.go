// Package goption owns command-line option parsing for the three binaries.
// It reproduces GLib's GOption (option contexts, groups and entries) as
// upstream rspamd uses it: the same accepted syntax (grouped short flags,
// "--opt=value", "--opt value", "-o value", the "--" terminator), the same
// error texts ("Unknown option --x", "Missing argument for -n", ...), the
// same automatic --help/-h/-? handling and the same help layout, byte for
// byte. It is an independent implementation written from GLib's documented
// and observed behaviour.
package goption

import (
	"fmt"
	"io"
	"path"
	"sync"
)

// Arg is the type of an option's argument, as GOptionArg.
type Arg int

// Argument types. ArgNone options take no argument; the others take one
// (mandatory unless the entry is a callback with FlagOptionalArg).
const (
	ArgNone Arg = iota
	ArgString
	ArgInt
	ArgCallback
	ArgFilename
	ArgStringArray
	ArgFilenameArray
	ArgDouble
	ArgInt64
)

// Flag modifies an entry's behaviour, as GOptionFlags.
type Flag uint

// Entry flags.
const (
	// FlagHidden hides the entry from --help output.
	FlagHidden Flag = 1 << iota
	// FlagInMain shows an entry of a non-main group among the
	// application options.
	FlagInMain
	// FlagReverse makes an ArgNone entry store false instead of true.
	FlagReverse
	// FlagNoArg makes an ArgCallback entry take no argument.
	FlagNoArg
	// FlagFilename makes an ArgCallback entry's argument a file name,
	// passed through without charset conversion.
	FlagFilename
	// FlagOptionalArg makes an ArgCallback entry's argument optional.
	FlagOptionalArg
	// FlagNoAlias disables the --group-option alias of an entry.
	FlagNoAlias
	// FlagDeprecated marks the entry "(deprecated)" in help output.
	FlagDeprecated
)

// Callback receives the value of an ArgCallback entry. optionName is the
// option as written in errors ("-P" or "--password"); value is nil when
// an optional argument was not given or the entry takes none. A returned
// error aborts parsing with its message; a nil-message failure can be
// reported with ErrFailed.
type Callback func(optionName string, value *string) error

// Entry describes one option, as GOptionEntry. An entry with an empty
// Long name collects the remaining (non-option) arguments; it must be of
// type ArgStringArray, ArgFilenameArray or ArgCallback.
//
// Value must point to where the result is stored:
//   - ArgNone: *bool
//   - ArgString, ArgFilename: *string, or **string to tell "not given"
//     (nil) from an empty value
//   - ArgStringArray, ArgFilenameArray: *[]string (values are appended)
//   - ArgInt: *int (the value must fit in 32 bits, as a C int)
//   - ArgInt64: *int64
//   - ArgDouble: *float64
//   - ArgCallback: a Callback
type Entry struct {
	Long           string
	Short          byte
	Flags          Flag
	Arg            Arg
	Value          any
	Description    string
	ArgDescription string
}

func (e *Entry) noArg() bool {
	return e.Arg == ArgNone || (e.Arg == ArgCallback && e.Flags&FlagNoArg != 0)
}

func (e *Entry) optionalArg() bool {
	return e.Arg == ArgCallback && e.Flags&FlagOptionalArg != 0
}

// Group is a set of entries, as GOptionGroup. Name, Description and
// HelpDescription are used by --help-<name> output of non-main groups.
type Group struct {
	Name            string
	Description     string
	HelpDescription string
	Entries         []Entry
}

// NewGroup returns a group holding entries.
func NewGroup(name, description, helpDescription string, entries ...Entry) *Group {
	return &Group{Name: name, Description: description, HelpDescription: helpDescription, Entries: entries}
}

// Context is an option parser, as GOptionContext. Create it with
// NewContext, which enables automatic help as GLib does.
type Context struct {
	// ParameterString follows "[OPTION…]" on the usage line.
	ParameterString string
	// Summary and Description are printed before and after the options.
	Summary     string
	Description string
	// HelpEnabled makes --help, -? (and -h when no entry uses it) print
	// help: Parse then returns a *HelpRequest.
	HelpEnabled bool
	// IgnoreUnknown leaves unknown options in the returned arguments
	// instead of failing.
	IgnoreUnknown bool
	// StrictPosix stops option parsing at the first non-option argument.
	StrictPosix bool
	// Main is the main group; Groups are the additional ones.
	Main   *Group
	Groups []*Group
	// Charset is the locale charset string arguments are converted from;
	// the zero value is ASCII, the "C" locale.
	Charset Charset
}

// NewContext returns a context whose usage line shows parameterString,
// with automatic help enabled.
func NewContext(parameterString string, main *Group) *Context {
	return &Context{ParameterString: parameterString, HelpEnabled: true, Main: main}
}

// AddGroup appends a non-main group.
func (c *Context) AddGroup(g *Group) {
	c.Groups = append(c.Groups, g)
}

func (c *Context) allGroups() []*Group {
	gs := make([]*Group, 0, len(c.Groups)+1)
	if c.Main != nil {
		gs = append(gs, c.Main)
	}
	return append(gs, c.Groups...)
}

var prg struct {
	sync.Mutex
	name string
}

// ProgramName returns the program name help output shows: the base name
// of the first argv[0] parsed in this process (GLib's g_get_prgname), or
// "" before any parse.
func ProgramName() string {
	prg.Lock()
	defer prg.Unlock()
	return prg.name
}

// setProgramNameOnce records the program name from argv[0] if none is
// set yet: later parses (rspamadm's subcommands pass "rspamadm pw") keep
// the first one.
func setProgramNameOnce(argv0 string, hasArgv bool) {
	prg.Lock()
	defer prg.Unlock()
	if prg.name != "" {
		return
	}
	if !hasArgv {
		prg.name = "<unknown>"
		return
	}
	prg.name = basename(argv0)
}

// basename follows g_path_get_basename: "" gives ".", a string of slashes
// gives "/", trailing slashes are ignored.
func basename(p string) string {
	if p == "" {
		return "."
	}
	return path.Base(p)
}

// ErrorCode classifies parse errors, as GOptionError.
type ErrorCode int

// Error codes.
const (
	ErrUnknownOption ErrorCode = iota
	ErrBadValue
	ErrFailed
)

// Error is a parse failure. Its message is GLib's text, which rspamd's
// binaries print after "option parsing failed: ".
type Error struct {
	Code ErrorCode
	Msg  string
	// Err is the error a callback returned, if any.
	Err error
}

func (e *Error) Error() string { return e.Msg }

// Unwrap returns the error a callback returned.
func (e *Error) Unwrap() error { return e.Err }

func errorf(code ErrorCode, format string, args ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, args...)}
}

// HelpRequest is returned by Parse when a help option was given and help
// is enabled. Text is what GLib prints to stdout before exiting with 0.
type HelpRequest struct {
	Text string
}

func (h *HelpRequest) Error() string { return "help requested" }

// Report handles a non-nil error from Parse the way rspamd's binaries do:
// help text goes to stdout with exit code 0; anything else is printed as
// "option parsing failed: <message>" to stderr with exit code 1.
func Report(err error, stdout, stderr io.Writer) int {
	if h, ok := err.(*HelpRequest); ok {
		_, _ = io.WriteString(stdout, h.Text)
		return 0
	}
	_, _ = fmt.Fprintf(stderr, "option parsing failed: %s\n", err.Error())
	return 1
}
