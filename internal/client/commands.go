package client

import (
	"fmt"
	"io"
	"strings"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Kind identifies an rspamc command.
type Kind int

// Commands.
const (
	Symbols Kind = iota + 1
	LearnSpam
	LearnHam
	LearnClass
	NeuralLearn
	FuzzyAdd
	FuzzyDel
	FuzzyDelhash
	Stat
	StatReset
	Counters
	Uptime
	AddSymbol
	AddAction
)

// Command describes an rspamc command: where its request goes and
// whether it sends a message.
type Command struct {
	Kind        Kind
	Name        string
	Path        string
	Description string
	// Controller commands go to the controller (port 11334 by default),
	// the others to the normal worker (11333).
	Controller bool
	// Privileged commands may need the controller password (-P).
	Privileged bool
	// NeedInput commands send a message (a file, or stdin).
	NeedInput bool
}

// commands is upstream's command table, in its order.
var commands = []Command{
	{Symbols, "symbols", "/checkv2", "scan message and show symbols (default command)", false, false, true},
	{LearnSpam, "learn_spam", "/learnspam", "learn message as spam", true, true, true},
	{LearnHam, "learn_ham", "/learnham", "learn message as ham", true, true, true},
	{LearnClass, "learn_class", "/learnclass", "learn message as class", true, true, true},
	{NeuralLearn, "neural_learn", "/checkv2", "learn neural with a class (use neural_learn:<class>)", false, false, true},
	{FuzzyAdd, "fuzzy_add", "/fuzzyadd", "add hashes from a message to the fuzzy storage (check -f and -w options for this command)", true, true, true},
	{FuzzyDel, "fuzzy_del", "/fuzzydel", "delete hashes from a message from the fuzzy storage (check -f option for this command)", true, true, true},
	{FuzzyDelhash, "fuzzy_delhash", "/fuzzydelhash", "delete a hash from fuzzy storage (check -f option for this command)", true, true, false},
	{Stat, "stat", "/stat", "show rspamd statistics", true, false, false},
	{StatReset, "stat_reset", "/statreset", "show and reset rspamd statistics (useful for graphs)", true, true, false},
	{Counters, "counters", "/counters", "display rspamd symbols statistics", true, false, false},
	{Uptime, "uptime", "/auth", "show rspamd uptime", true, false, false},
	{AddSymbol, "add_symbol", "/addsymbol", "add or modify symbol settings in rspamd", true, true, false},
	{AddAction, "add_action", "/addaction", "add or modify action settings", true, true, false},
}

// commandNames are the names rspamc accepts on its command line;
// add_symbol and add_action are listed but cannot be selected.
var commandNames = map[string]Kind{
	"symbols": Symbols, "check": Symbols, "report": Symbols,
	"learn_spam": LearnSpam, "learn_ham": LearnHam, "learn_class": LearnClass,
	"neural_learn": NeuralLearn, "fuzzy_add": FuzzyAdd, "fuzzy_del": FuzzyDel,
	"fuzzy_delhash": FuzzyDelhash, "stat": Stat, "stat_reset": StatReset,
	"counters": Counters, "uptime": Uptime,
}

// commandOf returns the command of a kind; the table is in Kind order.
func commandOf(k Kind) Command {
	return commands[k-1]
}

// Selected is a command chosen on the command line, with the class of
// "learn_class:<class>" or "neural_learn:<class>".
type Selected struct {
	Command
	Class       string
	NeuralClass string
}

// Lookup finds the command an argument names, case-insensitively;
// "learn_class:<class>" and "neural_learn:<class>" carry a class (lowered
// too, as upstream lowers the whole argument).
func Lookup(arg string) (Selected, bool) {
	lc := encoding.LowerASCII(arg)
	if base, class, ok := strings.Cut(lc, ":"); ok && class != "" {
		switch base {
		case "learn_class":
			return Selected{Command: commandOf(LearnClass), Class: class}, true
		case "neural_learn":
			return Selected{Command: commandOf(NeuralLearn), NeuralClass: class}, true
		}
	}
	k, ok := commandNames[lc]
	if !ok {
		return Selected{}, false
	}
	return Selected{Command: commandOf(k)}, true
}

// PrintCommands writes the --commands listing.
func PrintCommands(w io.Writer) error {
	width := 0
	for _, c := range commands {
		width = max(width, len(c.Name))
	}
	var b strings.Builder
	b.WriteString("Rspamc commands summary:\n")
	for _, c := range commands {
		kind, priv := "normal", " "
		if c.Controller {
			kind = "control"
		}
		if c.Privileged {
			priv = "*"
		}
		fmt.Fprintf(&b, "  %*s (%-7s%s)\t%s\n", width, c.Name, kind, priv, c.Description)
	}
	b.WriteString("\n* is for privileged commands that may need password (see -P option)\n" +
		"control commands use port 11334 while normal use 11333 by default (see -h option)\n")
	_, err := io.WriteString(w, b.String())
	return err
}
