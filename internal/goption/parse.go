package goption

import (
	"fmt"
	"strings"
)

// parser holds the state of one Parse call.
type parser struct {
	c    *Context
	argv []string
	// removed marks arguments consumed by options; rewritten holds the
	// replacement of a short-option cluster whose unknown letters are
	// kept (IgnoreUnknown).
	removed   []bool
	rewritten map[int]string
	// undo restores destinations changed so far, for a failed parse.
	undo []func()
}

// Parse parses argv (argv[0] is the program) and returns the arguments
// left: argv[0] followed by the non-option arguments, and unknown options
// when IgnoreUnknown is set. A "--" is dropped unless an argument after it
// starts with '-'. On error, destinations keep their previous values and
// err is an *Error (or a *HelpRequest when help was asked for).
// Callbacks run during parsing, in argument order.
func (c *Context) Parse(argv []string) ([]string, error) {
	if len(argv) > 0 {
		setProgramNameOnce(argv[0], true)
	} else {
		setProgramNameOnce("", false)
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	p := &parser{c: c, argv: argv, removed: make([]bool, len(argv)), rewritten: map[int]string{}}
	if err := p.run(); err != nil {
		for i := len(p.undo) - 1; i >= 0; i-- {
			p.undo[i]()
		}
		return nil, err
	}
	rest := make([]string, 0, len(argv))
	for i, a := range argv {
		if i > 0 && p.removed[i] {
			continue
		}
		if r, ok := p.rewritten[i]; ok {
			a = r
		}
		rest = append(rest, a)
	}
	return rest, nil
}

// validate checks that every entry's Value fits its Arg type: a mismatch
// is a programming error reported before anything is parsed.
func (c *Context) validate() error {
	for _, g := range c.allGroups() {
		for i := range g.Entries {
			e := &g.Entries[i]
			ok := false
			switch e.Arg {
			case ArgNone:
				_, ok = e.Value.(*bool)
			case ArgString, ArgFilename:
				switch e.Value.(type) {
				case *string, **string:
					ok = true
				}
			case ArgStringArray, ArgFilenameArray:
				_, ok = e.Value.(*[]string)
			case ArgInt:
				_, ok = e.Value.(*int)
			case ArgInt64:
				_, ok = e.Value.(*int64)
			case ArgDouble:
				_, ok = e.Value.(*float64)
			case ArgCallback:
				_, ok = e.Value.(Callback)
			}
			if e.Long == "" && e.Arg != ArgStringArray && e.Arg != ArgFilenameArray && e.Arg != ArgCallback {
				ok = false
			}
			if !ok {
				return fmt.Errorf("goption: entry %q: value %T does not fit argument type %d", e.Long, e.Value, e.Arg)
			}
		}
	}
	return nil
}

func (c *Context) hasShortH() bool {
	for _, g := range c.allGroups() {
		for i := range g.Entries {
			if g.Entries[i].Short == 'h' {
				return true
			}
		}
	}
	return false
}

func (p *parser) run() error {
	c := p.c
	stopParsing := false
	hasUnknown := false
	separator := 0
	for i := 1; i < len(p.argv); i++ {
		a := p.argv[i]
		if len(a) > 1 && a[0] == '-' && !stopParsing {
			parsed := false
			if a[1] == '-' {
				name := a[2:]
				if name == "" {
					separator = i
					stopParsing = true
					continue
				}
				if err := p.helpLong(name); err != nil {
					return err
				}
				var err error
				i, parsed, err = p.longInGroups(i, name)
				if err != nil {
					return err
				}
				if parsed {
					continue
				}
				if c.IgnoreUnknown {
					continue
				}
			} else {
				var err error
				i, parsed, err = p.shortCluster(i)
				if err != nil {
					return err
				}
			}
			if !parsed {
				hasUnknown = true
				if !c.IgnoreUnknown {
					return errorf(ErrUnknownOption, "Unknown option %s", p.argv[i])
				}
			}
			continue
		}
		if c.StrictPosix {
			stopParsing = true
		}
		parsed := false
		if c.Main != nil {
			var err error
			if parsed, err = p.remaining(c.Main, i); err != nil {
				return err
			}
		}
		if !parsed && (hasUnknown || strings.HasPrefix(a, "-")) {
			separator = 0
		}
	}
	if separator > 0 {
		p.removed[separator] = true
	}
	return nil
}

// helpLong handles --help, --help-all and --help-<group>.
func (p *parser) helpLong(name string) error {
	c := p.c
	if !c.HelpEnabled {
		return nil
	}
	switch {
	case name == "help":
		return &HelpRequest{Text: c.Help(true, nil)}
	case name == "help-all":
		return &HelpRequest{Text: c.Help(false, nil)}
	case strings.HasPrefix(name, "help-"):
		for _, g := range c.Groups {
			if name[5:] == g.Name {
				return &HelpRequest{Text: c.Help(false, g)}
			}
		}
	}
	return nil
}

// longInGroups tries a long option in the main group, then the other
// groups, then as --<group>-<option>.
func (p *parser) longInGroups(i int, name string) (int, bool, error) {
	c := p.c
	for _, g := range c.allGroups() {
		ni, parsed, err := p.long(g, i, name, false)
		if err != nil || parsed {
			return ni, parsed, err
		}
	}
	if dash := strings.IndexByte(name, '-'); dash > 0 {
		for _, g := range c.Groups {
			if strings.HasPrefix(g.Name, name[:dash]) {
				ni, parsed, err := p.long(g, i, name[dash+1:], true)
				if err != nil || parsed {
					return ni, parsed, err
				}
			}
		}
	}
	return i, false, nil
}

// long matches name against the long names of g. As GLib, an option
// taking an argument gets the text after '=' or else the next argument,
// whatever it looks like; an optional argument is only taken from the
// next argument when that does not start with '-'.
func (p *parser) long(g *Group, i int, name string, aliased bool) (int, bool, error) {
	parsed := false
	for j := range g.Entries {
		if i >= len(p.argv) {
			return i, parsed, nil
		}
		e := &g.Entries[j]
		if aliased && e.Flags&FlagNoAlias != 0 {
			continue
		}
		optName := "--" + e.Long
		if e.noArg() && name == e.Long {
			err := p.apply(e, nil, optName)
			p.removed[i] = true
			return i, true, err
		}
		l := len(e.Long)
		if !strings.HasPrefix(name, e.Long) || (len(name) != l && name[l] != '=') {
			continue
		}
		p.removed[i] = true
		var value *string
		switch {
		case len(name) > l:
			v := name[l+1:]
			value = &v
		case i < len(p.argv)-1:
			next := p.argv[i+1]
			if e.optionalArg() && strings.HasPrefix(next, "-") {
				return i, true, p.apply(e, nil, optName)
			}
			value = &next
			p.removed[i+1] = true
			i++
		case e.optionalArg():
			return i, true, p.apply(e, nil, optName)
		default:
			return i, parsed, errorf(ErrBadValue, "Missing argument for %s", optName)
		}
		if err := p.apply(e, value, optName); err != nil {
			return i, parsed, err
		}
		parsed = true
	}
	return i, parsed, nil
}

// shortCluster parses "-abc": each letter is an option; letters taking
// an argument take the next command-line argument (only one per
// cluster). It returns the index of the last argument consumed.
func (p *parser) shortCluster(i int) (int, bool, error) {
	c := p.c
	letters := p.argv[i][1:]
	hasH := c.hasShortH()
	newI := i
	parsed := false
	kept := make([]byte, 0, len(letters))
	for j := 0; j < len(letters); j++ {
		ch := letters[j]
		if c.HelpEnabled && (ch == '?' || (ch == 'h' && !hasH)) {
			return i, false, &HelpRequest{Text: c.Help(true, nil)}
		}
		parsed = false
		for _, g := range c.allGroups() {
			var err error
			if parsed, err = p.short(g, i, &newI, ch); err != nil {
				return i, false, err
			}
			if parsed {
				break
			}
		}
		if c.IgnoreUnknown {
			if !parsed {
				kept = append(kept, ch)
			}
			continue
		}
		if !parsed {
			break
		}
	}
	switch {
	case c.IgnoreUnknown && len(kept) == 0:
		p.removed[i] = true
		return newI, parsed, nil
	case c.IgnoreUnknown:
		p.rewritten[i] = "-" + string(kept)
		return newI, parsed, nil
	case parsed:
		p.removed[i] = true
		return newI, true, nil
	}
	return i, false, nil
}

// short applies the entries of g whose short name is ch.
func (p *parser) short(g *Group, i int, newI *int, ch byte) (bool, error) {
	parsed := false
	for j := range g.Entries {
		e := &g.Entries[j]
		if e.Short != ch {
			continue
		}
		optName := "-" + string(ch)
		var value *string
		if !e.noArg() {
			if *newI > i {
				return parsed, errorf(ErrFailed, "Error parsing option %s", optName)
			}
			switch {
			case i < len(p.argv)-1:
				next := p.argv[i+1]
				if !e.optionalArg() || !strings.HasPrefix(next, "-") {
					value = &next
					p.removed[i+1] = true
					*newI = i + 1
				}
			case !e.optionalArg():
				return parsed, errorf(ErrBadValue, "Missing argument for %s", optName)
			}
		}
		if err := p.apply(e, value, optName); err != nil {
			return parsed, err
		}
		parsed = true
	}
	return parsed, nil
}

// remaining hands a non-option argument to the entry with an empty long
// name, if the group has one.
func (p *parser) remaining(g *Group, i int) (bool, error) {
	for j := range g.Entries {
		e := &g.Entries[j]
		if e.Long != "" {
			continue
		}
		p.removed[i] = true
		v := p.argv[i]
		return true, p.apply(e, &v, "")
	}
	return false, nil
}

// apply stores value into e's destination.
func (p *parser) apply(e *Entry, value *string, optName string) error {
	// String values are converted from the locale charset; file names are
	// taken as they are.
	text := func() (string, error) {
		if e.Arg == ArgString || e.Arg == ArgStringArray {
			return p.c.Charset.toUTF8(*value)
		}
		return *value, nil
	}
	switch e.Arg {
	case ArgNone:
		set(p, e.Value.(*bool), e.Flags&FlagReverse == 0)
	case ArgString, ArgFilename:
		v, err := text()
		if err != nil {
			return err
		}
		switch dst := e.Value.(type) {
		case *string:
			set(p, dst, v)
		case **string:
			set(p, dst, &v)
		}
	case ArgStringArray, ArgFilenameArray:
		v, err := text()
		if err != nil {
			return err
		}
		dst := e.Value.(*[]string)
		set(p, dst, append(append([]string(nil), *dst...), v))
	case ArgInt:
		return parseInto(p, e.Value.(*int), parseInt, optName, *value)
	case ArgInt64:
		return parseInto(p, e.Value.(*int64), parseInt64, optName, *value)
	case ArgDouble:
		return parseInto(p, e.Value.(*float64), parseDouble, optName, *value)
	case ArgCallback:
		return p.callback(e, value, optName)
	}
	return nil
}

// set stores v into dst, remembering the previous value for a failed
// parse.
func set[T any](p *parser, dst *T, v T) {
	prev := *dst
	p.undo = append(p.undo, func() { *dst = prev })
	*dst = v
}

// parseInto parses a numeric argument and stores it into dst.
func parseInto[T any](p *parser, dst *T, parse func(string, string) (T, error), optName, arg string) error {
	v, err := parse(optName, arg)
	if err != nil {
		return err
	}
	set(p, dst, v)
	return nil
}

func (p *parser) callback(e *Entry, value *string, optName string) error {
	var data *string
	switch {
	case value == nil && e.Flags&FlagOptionalArg != 0, e.Flags&FlagNoArg != 0:
	case e.Flags&FlagFilename != 0:
		v := *value
		data = &v
	default:
		// A value that does not convert fails the option, except for an
		// optional argument, which GLib then passes as absent.
		v, err := p.c.Charset.toUTF8(*value)
		switch {
		case err == nil:
			data = &v
		case e.Flags&FlagOptionalArg == 0:
			return err
		}
	}
	err := e.Value.(Callback)(optName, data)
	switch e := err.(type) {
	case nil:
		return nil
	case *Error:
		if e.Msg == "" {
			return errorf(ErrFailed, "Error parsing option %s", optName)
		}
		return e
	}
	return &Error{Code: ErrFailed, Msg: err.Error(), Err: err}
}

// ErrCallbackFailed is returned by a callback to fail without a message
// of its own: parsing then reports "Error parsing option <name>".
var ErrCallbackFailed = &Error{Code: ErrFailed}
