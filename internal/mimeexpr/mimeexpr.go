// Package mimeexpr parses rspamd's mime expressions (upstream's
// libmime/mime_expressions.c), the expressions of the regexp module's
// rules: operands are regexps with a type ("From=/re/i", "/re/{url}"),
// internal functions ("has_content_part(text/html)"), global Lua
// functions named by a bare identifier and local Lua functions
// ("lua:name") taken from the rule. Parsing registers each regexp in the
// configuration's regexp cache, as upstream does; evaluating atoms against
// a task belongs to the scan.
package mimeexpr

import (
	"fmt"
	"strings"

	"github.com/gorspamd/rspamd/internal/expr"
	"github.com/gorspamd/rspamd/internal/re"
	"github.com/gorspamd/rspamd/internal/recache"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Kind is what an atom is.
type Kind int

// Atom kinds.
const (
	KindRegexp Kind = iota
	KindInternalFunction
	KindLuaFunction
	KindLocalLuaFunction
)

// RegexpAtom is a regexp operand.
type RegexpAtom struct {
	Type recache.Type
	// Text is the atom as written.
	Text   string
	Regexp *re.Regexp
	// Header is the header name of header regexps; Selector the selector
	// name of selector regexps.
	Header, Selector string
	// Test logs each result, Strong matches header names case-sensitively,
	// Multiple counts every match.
	Test, Strong, Multiple bool
}

// Arg is an argument of an internal function: a regexp when it was
// written between slashes and compiles, a string otherwise.
type Arg struct {
	Regexp *re.Regexp
	String string
}

// FunctionAtom is an internal function call.
type FunctionAtom struct {
	Name string
	Args []Arg
}

// Atom is one operand of a mime expression.
type Atom struct {
	Kind Kind
	Str  string
	Re   *RegexpAtom
	Func *FunctionAtom
	// Lua is the function of a local Lua function atom (a value the
	// configuration's UCL holds).
	Lua any
}

// Env is what parsing needs from the configuration.
type Env struct {
	// Cache receives the regexps (the default scope).
	Cache *recache.Cache
	// Rule is the rule's definition (re_conditions, functions), nil for a
	// rule given as a bare expression.
	Rule *ucl.Object
	// IsGlobalFunction tells whether a global Lua function exists.
	IsGlobalFunction func(name string) bool
	// Warnf and Errorf log the problems upstream logs while parsing
	// (msg_warn_pool, msg_err_pool); Infof its information.
	Warnf, Errorf, Infof func(format string, args ...any)
}

// Parse parses a mime expression.
func Parse(line string, env Env) (*expr.Expr, error) {
	return expr.Parse(line, expr.Config{
		Parse:    func(rest string) (*expr.Atom, error) { return env.parseAtom(rest) },
		Priority: priority,
	})
}

// parseError is an error of the mime atom parser.
type parseError struct{ msg string }

func (e *parseError) Error() string { return e.msg }

func errorf(format string, args ...any) error { return &parseError{fmt.Sprintf(format, args...)} }

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// atomEnd finds where the atom at the start of line ends and what kind it
// is, as rspamd_mime_expr_parse's state machine does.
func atomEnd(line string) (int, Kind, int, error) {
	const (
		inHeader = iota
		gotSlash
		inRegexp
		gotBackslash
		gotSecondSlash
		inFlags
		inFlagsBrace
		gotObrace
		inFunction
		inLocalFunction
		gotEbrace
		endAtom
		badAtom
	)
	state, prev := inHeader, inHeader
	kind := KindRegexp
	obraces, ebraces, localStart := 0, 0, 0
	p := 0
loop:
	for p < len(line) {
		t := line[p]
		switch state {
		case inHeader:
			switch {
			case t == '/':
				state = gotSlash
			case t == '(':
				state = gotObrace
			case !isAlnum(t) && t != '_' && t != '-' && t != '=':
				if t != ':' {
					kind = KindLuaFunction
					state = endAtom
					continue
				}
				if p == 3 && line[:3] == "lua" {
					kind = KindLocalLuaFunction
					state = inLocalFunction
					localStart = p + 1
				}
			}
			p++
		case gotSlash:
			state = inRegexp
		case inRegexp:
			if t == '\\' {
				state, prev = gotBackslash, inRegexp
			} else if t == '/' {
				state = gotSecondSlash
			}
			p++
		case gotSecondSlash:
			state = inFlags
		case inFlags:
			switch {
			case t == '{':
				state = inFlagsBrace
				p++
			case !isAlpha(t) && t != '$':
				state = endAtom
			default:
				p++
			}
		case inFlagsBrace:
			if t == '}' {
				state = inFlags
			}
			p++
		case gotBackslash:
			state = prev
			p++
		case gotObrace:
			state = inFunction
			kind = KindInternalFunction
			obraces++
		case inFunction:
			switch t {
			case '\\':
				state, prev = gotBackslash, inFunction
			case '(':
				obraces++
			case ')':
				ebraces++
				if ebraces == obraces {
					state = gotEbrace
				}
			}
			p++
		case inLocalFunction:
			if !(isAlnum(t) || t == '-' || t == '_') {
				state = endAtom
			} else {
				p++
			}
		case gotEbrace:
			state = endAtom
		case badAtom:
			return 0, 0, 0, errorf("cannot parse mime atom '%s' when reading symbol '%c' at offset %d, near %s",
				line, t, p, line[p:min(len(line), p+10)])
		case endAtom:
			break loop
		}
	}
	if p == 0 || state != gotEbrace && state != gotSecondSlash && state != inFlags && state != endAtom {
		return 0, 0, 0, errorf("incomplete or empty mime atom")
	}
	return p, kind, localStart, nil
}

// parseAtom parses the atom at the start of rest.
func (env Env) parseAtom(rest string) (*expr.Atom, error) {
	n, kind, localStart, err := atomEnd(rest)
	if err != nil {
		return nil, err
	}
	a := &Atom{Kind: kind, Str: rest[:n]}
	switch kind {
	case KindRegexp:
		if err := env.regexpAtom(a); err != nil {
			return nil, err
		}
	case KindLuaFunction:
		if env.IsGlobalFunction == nil || !env.IsGlobalFunction(a.Str) {
			return nil, errorf("no such lua function '%s'", a.Str)
		}
	case KindLocalLuaFunction:
		name := rest[localStart:n]
		if env.Rule == nil {
			return nil, errorf("no config object for '%s'", a.Str)
		}
		fns := env.Rule.Lookup("functions")
		switch {
		case fns == nil:
			return nil, errorf("no functions defined for '%s'", a.Str)
		case fns.Type() != ucl.TypeObject:
			return nil, errorf("functions is not a table for '%s'", a.Str)
		}
		fn := fns.Lookup(name)
		switch {
		case fn == nil:
			return nil, errorf("function %s is not found for '%s'", name, a.Str)
		case fn.Type() != ucl.TypeUserdata:
			return nil, errorf("function %s has invalid type for '%s'", name, a.Str)
		}
		a.Lua = fn.Userdata()
	case KindInternalFunction:
		a.Func = env.functionAtom(a.Str)
	}
	return &expr.Atom{Text: a.Str, Data: a}, nil
}

// regexpAtom parses a regexp atom, applies its condition and registers
// it in the regexp cache.
func (env Env) regexpAtom(a *Atom) error {
	ra := env.parseRegexp(a.Str)
	if ra == nil {
		return errorf("cannot parse regexp '%s'", a.Str)
	}
	a.Re = ra
	var cond any
	if env.Rule != nil {
		if conds := env.Rule.Lookup("re_conditions"); conds != nil {
			if conds.Type() != ucl.TypeObject {
				return errorf("re_conditions is not a table for '%s'", a.Str)
			}
			if fn := conds.Lookup(a.Str); fn != nil {
				if fn.Type() != ucl.TypeUserdata {
					return errorf("condition for '%s' is invalid, must be function", a.Str)
				}
				cond = fn.Userdata()
			}
		}
	}
	if cond != nil {
		env.Infof("added condition for regexp %s", a.Str)
		ra.Regexp.SetFlags(ra.Regexp.Flags() | re.FlagLeftmost)
	}
	switch ra.Type {
	case recache.TypeHeader, recache.TypeRawHeader, recache.TypeMimeHeader:
		if ra.Header == "" {
			return errorf("no header name in header regexp: '%s'", a.Str)
		}
		ra.Regexp = env.Cache.Add("", ra.Regexp, ra.Type, ra.Header, true, cond)
	case recache.TypeSelector:
		if ra.Selector == "" {
			return errorf("no selector name in selector regexp: '%s'", a.Str)
		}
		ra.Regexp = env.Cache.Add("", ra.Regexp, ra.Type, ra.Selector, true, cond)
	default:
		ra.Regexp = env.Cache.Add("", ra.Regexp, ra.Type, "", false, cond)
	}
	return nil
}

// longTypes are the {type} names of regexp atoms.
var longTypes = map[string]recache.Type{
	"body": recache.TypeBody, "part": recache.TypeMime, "mime": recache.TypeMime,
	"raw_part": recache.TypeRawMime, "raw_mime": recache.TypeRawMime, "mime_raw": recache.TypeRawMime,
	"header": recache.TypeHeader, "mime_header": recache.TypeMimeHeader, "header_mime": recache.TypeMimeHeader,
	"raw_header": recache.TypeRawHeader, "header_raw": recache.TypeRawHeader,
	"all_header": recache.TypeAllHeader, "header_all": recache.TypeAllHeader, "all_headers": recache.TypeAllHeader,
	"url": recache.TypeURL, "email": recache.TypeEmail, "sa_body": recache.TypeSABody,
	"sa_raw_body": recache.TypeSARawBody, "sa_body_raw": recache.TypeSARawBody,
	"words": recache.TypeWords, "raw_words": recache.TypeRawWords, "stem_words": recache.TypeStemWords,
	"selector": recache.TypeSelector,
}

// typeFlags are the one-letter type flags of regexp atoms.
var typeFlags = map[byte]recache.Type{
	'H': recache.TypeHeader, 'R': recache.TypeAllHeader, 'B': recache.TypeMimeHeader,
	'C': recache.TypeSABody, 'D': recache.TypeSARawBody, 'M': recache.TypeBody,
	'P': recache.TypeMime, 'Q': recache.TypeRawMime, 'U': recache.TypeURL,
	'X': recache.TypeRawHeader, '$': recache.TypeSelector,
}

// parseRegexp parses "[name=]/re/flags" (rspamd_mime_expr_parse_regexp_atom);
// nil after logging when it is not one.
func (env Env) parseRegexp(src string) *RegexpAtom {
	line := strings.TrimLeft(src, " \t\n\v\f\r")
	if line == "" {
		env.Warnf("got empty regexp")
		return nil
	}
	res := &RegexpAtom{Type: recache.TypeMax}
	start := line
	var extra string
	hasExtra := false
	if slash := strings.IndexByte(line, '/'); slash >= 0 {
		if eq := strings.LastIndexByte(line[1:slash+1], '='); eq >= 0 {
			extra, hasExtra = line[:eq+1], true
			line = line[eq+1:]
		}
	} else {
		extra, hasExtra = line, true
	}
	slash := strings.IndexByte(line, '/')
	if slash < 0 {
		env.Warnf("got no header name (eg. header=) but without corresponding regexp, %s", src)
		return nil
	}
	begin := slash + 1
	end := begin
	for end < len(line) && (line[end] != '/' || line[end-1] == '\\') {
		end++
	}
	if end == begin || end >= len(line) {
		env.Warnf("no trailing / in regexp %s", src)
		return nil
	}
	var flags strings.Builder
	p := end + 1
flags:
	for p < len(line) {
		c := line[p]
		switch {
		case strings.IndexByte("imsxuOrL", c) >= 0:
			flags.WriteByte(c)
		case c == 'o':
		case c == '{':
			brace := strings.IndexByte(line[p+1:], '}')
			if brace < 0 {
				break flags
			}
			name := strings.ToLower(line[p+1 : p+1+brace])
			t, ok := longTypes[name]
			if !ok {
				env.Warnf("invalid long regexp type: %s in '%s'", line[p+1:p+1+brace], src)
				break flags
			}
			res.Type = t
			p += brace + 2
			continue
		case c == 'T':
			res.Test = true
		case c == 'S':
			res.Strong = true
		case c == 'A':
			res.Multiple = true
		default:
			t, ok := typeFlags[c]
			if !ok {
				break flags
			}
			res.Type = t
		}
		p++
	}
	if res.Type >= recache.TypeMax {
		if !hasExtra {
			env.Errorf("could not read regexp: %s, unknown type", src)
			return nil
		}
		res.Header, res.Type = extra, recache.TypeHeader
	}
	switch res.Type {
	case recache.TypeHeader, recache.TypeRawHeader, recache.TypeMimeHeader:
		if !hasExtra {
			env.Errorf("header regexp: '%s' has no header part", src)
			return nil
		}
		res.Header = extra
	case recache.TypeSelector:
		if !hasExtra {
			env.Errorf("selector regexp: '%s' has no selector part", src)
			return nil
		}
		res.Selector = extra
	}
	res.Text = start
	r, err := re.CompileFlags(line[begin:end], flags.String())
	if err != nil {
		env.Warnf("could not read regexp: %s while reading regexp %s", src, err.Error())
		return nil
	}
	if res.Multiple {
		r.SetMaxHits(0)
	} else {
		r.SetMaxHits(1)
	}
	res.Regexp = r
	return res
}

// functionAtom reads an internal function call: its name and arguments
// (rspamd_mime_expr_parse_function_atom).
func (env Env) functionAtom(input string) *FunctionAtom {
	ob := strings.IndexByte(input, '(')
	eb := strings.LastIndexByte(input, ')')
	res := &FunctionAtom{Name: input[:ob]}
	const (
		startArg = iota
		inString
		inRegexp
		gotBackslash
		gotComma
	)
	state, prev := startArg, startArg
	c := ob + 1
	for p := ob + 1; p <= eb; {
		t := input[p]
		switch state {
		case startArg:
			switch {
			case t == '/':
				state, c = inRegexp, p
			case !isSpace(t):
				state, c = inString, p
				if t == '\'' || t == '"' {
					c = p + 1
				}
			}
			p++
		case inRegexp:
			if t == '\\' {
				state, prev = gotBackslash, inRegexp
			} else if t == ',' || p == eb {
				text := input[c:p]
				if r, err := re.Global.Create(text); err == nil {
					res.Args = append(res.Args, Arg{Regexp: r})
				} else {
					env.Warnf("cannot parse slashed argument %s as regexp: %s", text, err.Error())
					res.Args = append(res.Args, Arg{String: text})
				}
				state = gotComma
			}
			p++
		case inString:
			if t == '\\' {
				state, prev = gotBackslash, inString
			} else if t == ',' || p == eb {
				end := p
				if q := input[p-1]; q == '\'' || q == '"' {
					end = p - 1
				}
				if end < c {
					end = c
				}
				res.Args = append(res.Args, Arg{String: input[c:end]})
				state = gotComma
			}
			p++
		case gotBackslash:
			state = prev
			p++
		case gotComma:
			state = startArg
		}
	}
	return res
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// priority orders atoms for evaluation: cheap internal functions and
// header, URL and selector regexps before part regexps and expensive ones.
func priority(a *expr.Atom) int {
	ma, ok := a.Data.(*Atom)
	if !ok {
		return 0
	}
	const maxp = expr.MaxPriority
	switch ma.Kind {
	case KindInternalFunction:
		return maxp - maxp/8
	case KindLuaFunction, KindLocalLuaFunction:
		return maxp - maxp/4
	}
	switch ma.Re.Type {
	case recache.TypeHeader, recache.TypeRawHeader:
		return maxp - maxp/16
	case recache.TypeURL, recache.TypeEmail, recache.TypeSelector:
		return maxp - maxp/8
	case recache.TypeMime, recache.TypeRawMime:
		return maxp - maxp/2
	}
	return 0
}
