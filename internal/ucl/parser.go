package ucl

import (
	"errors"
	"fmt"
	"path/filepath"
	"syscall"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// ParserFlags change the parser's behaviour (upstream's values).
type ParserFlags uint32

// Parser flags.
const (
	ParserKeyLowercase     ParserFlags = 1 << 0 // lowercase keys, compare them caselessly
	ParserZeroCopy         ParserFlags = 1 << 1 // accepted for compatibility; strings are always copied
	ParserNoTime           ParserFlags = 1 << 2 // time suffixes (s, min, h, d, w, y) are not parsed
	ParserNoImplicitArrays ParserFlags = 1 << 3 // repeated keys build explicit arrays
	ParserSaveComments     ParserFlags = 1 << 4 // keep comments (see Parser.Comments)
	ParserDisableMacro     ParserFlags = 1 << 5 // no macros, no variable expansion
	ParserNoFileVars       ParserFlags = 1 << 6 // do not define FILENAME and CURDIR

	// ParserSafeFlags is what upstream uses for untrusted input (and the Lua
	// binding's default).
	ParserSafeFlags = ParserNoTime | ParserNoImplicitArrays | ParserDisableMacro | ParserNoFileVars
)

// DuplicateStrategy says what happens when a key is repeated.
type DuplicateStrategy uint8

// Duplicate strategies.
const (
	// DuplicateAppend: equal priorities build an implicit array, a higher
	// priority replaces, a lower one is ignored.
	DuplicateAppend DuplicateStrategy = iota
	// DuplicateMerge: objects and arrays are merged, scalars as Append.
	DuplicateMerge
	// DuplicateRewrite: the new value always replaces the old one.
	DuplicateRewrite
	// DuplicateError: a repeated key is an error.
	DuplicateError
)

// ParseType is the format of an input chunk.
type ParseType uint8

// Input formats.
const (
	ParseUCL     ParseType = iota // UCL (and JSON)
	ParseMsgpack                  // MessagePack
	ParseCSexp                    // canonical S-expressions
	ParseAuto                     // guess from the first byte
)

// ErrorCode classifies parse errors (upstream's ucl_error_t).
type ErrorCode int

// Error codes.
const (
	ErrOK ErrorCode = iota
	ErrSyntax
	ErrIO
	ErrState
	ErrNested
	ErrUnpaired
	ErrMacro
	ErrInternal
	ErrSSL
	ErrMerge
)

// Error is a parse error. Its message is upstream's error text, byte for
// byte; it may be empty when upstream fails without a message.
type Error struct {
	Code ErrorCode
	Msg  string
}

// Error returns upstream's error text.
func (e *Error) Error() string { return e.Msg }

// maxRecursion is the include nesting limit (upstream's UCL_MAX_RECURSION).
const maxRecursion = 16

// maxNesting limits container depth in msgpack and csexp input.
const maxNesting = 1024

type parserState uint8

const (
	stateInit parserState = iota
	stateKey
	stateKeyObrace
	stateValue
	stateAfterValue
	stateMacroName
	stateMacro
	stateError
)

type chunk struct {
	data         []byte
	pos          int
	line, column uint32
	priority     uint32
	strategy     DuplicateStrategy
	parseType    ParseType
	fname        string
	next         *chunk
}

// at returns the byte at i, or 0 outside the data (upstream reads the NUL
// terminator or zero padding there).
func (c *chunk) at(i int) byte {
	if i >= 0 && i < len(c.data) {
		return c.data[i]
	}
	return 0
}

func (c *chunk) remain() int { return len(c.data) - c.pos }

// skip advances p and the chunk position by one byte, counting lines.
func (c *chunk) skip(p *int) {
	if *p >= len(c.data) {
		return
	}
	if c.data[*p] == '\n' {
		c.line++
		c.column = 0
	} else {
		c.column++
	}
	*p++
	c.pos++
}

const (
	stackHasObrace uint16 = 1 << 0
	stackAutomatic uint16 = 1 << 1
)

type stackElt struct {
	obj   *Object
	next  *stackElt
	level uint16
	flags uint16
	line  uint32
	chunk *chunk
	n     uint64 // remaining elements (msgpack containers)
}

type variable struct {
	name, value string
}

// MacroHandler handles a macro. data is the macro's value (variables
// expanded), args its parenthesised arguments parsed as UCL (nil if none)
// and top the parser's top object. A non-nil error fails the parse; its
// message becomes the parse error unless one is already set (ErrSilent
// fails without a message).
type MacroHandler func(p *Parser, data []byte, args, top *Object) error

// ErrSilent makes a macro fail without setting an error message.
var ErrSilent = errors.New("")

// VariableHandler resolves variables unknown to the parser; it gets the
// bytes after "${" and returns the replacement.
type VariableHandler func(name []byte) (string, bool)

// SpecialHandler transforms a chunk before it is parsed: when the chunk
// starts with Magic, or always with PreprocessAll.
type SpecialHandler struct {
	Magic         []byte
	PreprocessAll bool
	Handle        func(p *Parser, src []byte) ([]byte, error)
}

// IncludeTracer is told about every include: the current object, the
// macro arguments and the path (for globs, once per matched file, with nil
// args).
type IncludeTracer func(p *Parser, parent, args *Object, path string)

// Parser parses UCL, JSON, msgpack and csexp input into one object.
type Parser struct {
	state, prevState parserState
	recursion        int
	flags            ParserFlags
	defaultPriority  uint32
	errCode          ErrorCode
	err              []byte
	hasErr           bool
	top, cur         *Object
	includePaths     *Object
	curFile          string
	macros           map[string]MacroHandler
	stack            *stackElt
	chunks           *chunk
	special          []*SpecialHandler
	tracer           IncludeTracer
	vars             []*variable
	varHandler       VariableHandler
	comments         *Comments
	lastComment      *Object
}

// NewParser returns a parser with the standard macros registered.
func NewParser(flags ParserFlags) *Parser {
	p := &Parser{flags: flags}
	if flags&ParserSaveComments != 0 {
		p.comments = newComments()
	}
	if flags&ParserNoFileVars == 0 {
		p.SetFileVars("", false)
	}
	return p
}

// Flags returns the parser flags.
func (p *Parser) Flags() ParserFlags { return p.flags }

// SetDefaultPriority sets the priority of chunks added without one.
func (p *Parser) SetDefaultPriority(prio uint) { p.defaultPriority = uint32(prio) }

// DefaultPriority returns the priority of chunks added without one.
func (p *Parser) DefaultPriority() uint { return uint(p.defaultPriority) }

// RegisterMacro registers (or replaces) the macro ".name".
func (p *Parser) RegisterMacro(name string, h MacroHandler) {
	if h == nil {
		return
	}
	if p.macros == nil {
		p.macros = make(map[string]MacroHandler)
	}
	p.macros[name] = h
}

// macro returns the handler of a macro: a registered one, or one of the
// macros every parser has.
func (p *Parser) macro(name string) MacroHandler {
	if h, ok := p.macros[name]; ok {
		return h
	}
	switch name {
	case "include":
		return includeMacro
	case "try_include":
		return tryIncludeMacro
	case "includes":
		return includesMacro
	case "priority":
		return priorityMacro
	case "load":
		return loadMacro
	case "inherit":
		return inheritMacro
	}
	return nil
}

// RegisterVariable defines $name (and ${name}). Later definitions of an
// existing name replace its value; new names are appended, and lookups try
// names in definition order.
func (p *Parser) RegisterVariable(name, value string) {
	for _, v := range p.vars {
		if v.name == name {
			v.value = value
			return
		}
	}
	p.vars = append(p.vars, &variable{name: name, value: value})
}

// RemoveVariable removes a variable.
func (p *Parser) RemoveVariable(name string) {
	for i, v := range p.vars {
		if v.name == name {
			p.vars = append(p.vars[:i:i], p.vars[i+1:]...)
			return
		}
	}
}

// Variable returns the value of a variable.
func (p *Parser) Variable(name string) (string, bool) {
	for _, v := range p.vars {
		if v.name == name {
			return v.value, true
		}
	}
	return "", false
}

// SetVariableHandler sets the resolver for unknown ${VAR} references.
func (p *Parser) SetVariableHandler(h VariableHandler) { p.varHandler = h }

// AddSpecialHandler appends a chunk pre-processor; handlers run in the
// order they were added, each on the previous one's output.
func (p *Parser) AddSpecialHandler(h *SpecialHandler) { p.special = append(p.special, h) }

// SetIncludeTracer sets the function told about includes.
func (p *Parser) SetIncludeTracer(t IncludeTracer) { p.tracer = t }

// SetIncludePaths sets the directories searched for relative includes
// (like the include macro's "path" argument).
func (p *Parser) SetIncludePaths(dirs []string) {
	arr := New(TypeArray)
	for _, d := range dirs {
		arr.ArrayAppend(NewString(d))
	}
	p.includePaths = arr
}

// CurrentFile returns the file being parsed ("" for memory input).
func (p *Parser) CurrentFile() string { return p.curFile }

// Comments returns the saved comments (nil without ParserSaveComments).
func (p *Parser) Comments() *Comments { return p.comments }

// Object returns the parsed top object, or nil after an error or before
// any input.
func (p *Parser) Object() *Object {
	if p.state != stateError && p.top != nil {
		return p.top
	}
	return nil
}

// ErrorMessage returns the error text and whether there is one.
func (p *Parser) ErrorMessage() (string, bool) {
	if !p.hasErr {
		return "", false
	}
	return cconv.CString(string(p.err)), true
}

// ErrorCode returns the code of the last error.
func (p *Parser) ErrorCode() ErrorCode { return p.errCode }

// Line returns the current line of the current chunk.
func (p *Parser) Line() int {
	if p.chunks == nil {
		return 0
	}
	return int(p.chunks.line)
}

// Column returns the current column of the current chunk.
func (p *Parser) Column() int {
	if p.chunks == nil {
		return 0
	}
	return int(p.chunks.column)
}

// ClearError forgets the error message (not the error state).
func (p *Parser) ClearError() {
	if p.hasErr {
		p.err, p.hasErr = nil, false
		p.errCode = ErrOK
	}
}

// SetError records an error message unless one is set already (for macro
// handlers).
func (p *Parser) SetError(format string, args ...any) {
	p.createErr(format, args...)
}

func (p *Parser) createErr(format string, args ...any) {
	if !p.hasErr {
		p.err = fmt.Appendf(nil, format, args...)
		p.hasErr = true
	}
}

// appendErr appends to the error message, creating it if needed.
func (p *Parser) appendErr(format string, args ...any) {
	p.err = fmt.Appendf(p.err, format, args...)
	p.hasErr = true
}

// setErr records a syntax error at the current position of the current
// chunk and puts the parser in the error state.
func (p *Parser) setErr(code ErrorCode, msg string) {
	ch := p.chunks
	filename := "<unknown>"
	if p.curFile != "" {
		filename = p.curFile
	}
	if ch.pos < len(ch.data) {
		c := ch.data[ch.pos]
		if c > 0x20 && c < 0x7f {
			p.createErr("error while parsing %s: line: %d, column: %d - '%s', character: '%c'",
				filename, ch.line, ch.column, msg, c)
		} else {
			p.createErr("error while parsing %s: line: %d, column: %d - '%s', character: '0x%02x'",
				filename, ch.line, ch.column, msg, c)
		}
	} else {
		p.createErr("error while parsing %s: at the end of chunk: %s", filename, msg)
	}
	p.errCode = code
	p.state = stateError
}

// result converts the outcome of an add operation to an error.
func (p *Parser) result(ok bool) error {
	if ok {
		return nil
	}
	msg, _ := p.ErrorMessage()
	return &Error{Code: p.errCode, Msg: msg}
}

// SetFileVars defines FILENAME and CURDIR for filename (after resolving it
// when expand is set), or FILENAME "undef" and CURDIR the working
// directory when filename is "".
func (p *Parser) SetFileVars(filename string, expand bool) error {
	if filename == "" {
		wd, _ := syscall.Getwd()
		p.RegisterVariable("FILENAME", "undef")
		p.RegisterVariable("CURDIR", wd)
		return nil
	}
	real := filename
	if expand {
		r, err := realpath(filename)
		if err != nil {
			return fmt.Errorf("resolve %s: %w", filename, err)
		}
		real = r
	}
	p.curFile = real
	p.RegisterVariable("FILENAME", real)
	p.RegisterVariable("CURDIR", filepath.Dir(real))
	return nil
}

// AddChunk parses data with the default priority.
func (p *Parser) AddChunk(data []byte) error {
	return p.AddChunkFull(data, uint(p.defaultPriority), DuplicateAppend, ParseUCL)
}

// AddChunkPriority parses data with the given priority.
func (p *Parser) AddChunkPriority(data []byte, prio uint) error {
	return p.AddChunkFull(data, prio, DuplicateAppend, ParseUCL)
}

// AddString parses s with the default priority.
func (p *Parser) AddString(s string) error { return p.AddChunk([]byte(s)) }

// AddChunkFull parses data with the given priority, duplicate strategy and
// format. The result accumulates in the parser's top object.
func (p *Parser) AddChunkFull(data []byte, prio uint, strat DuplicateStrategy, pt ParseType) error {
	return p.result(p.addChunk(data, uint32(prio), strat, pt))
}

func (p *Parser) addChunk(data []byte, prio uint32, strat DuplicateStrategy, pt ParseType) bool {
	if p.state == stateError {
		p.createErr("a parser is in an invalid state")
		return false
	}
	for _, h := range p.special {
		if h.PreprocessAll || (len(data) >= len(h.Magic) && string(data[:len(h.Magic)]) == string(h.Magic)) {
			nd, err := h.Handle(p, data)
			if err != nil {
				p.createErr("call for external handler failed")
				return false
			}
			data = nd
		}
	}
	if pt == ParseAuto && len(data) > 0 {
		switch {
		case data[0]&0x80 == 0x80:
			pt = ParseMsgpack
		case data[0] == '(':
			pt = ParseCSexp
		default:
			pt = ParseUCL
		}
	}
	ch := &chunk{data: data, line: 1, priority: prio, strategy: strat, parseType: pt,
		fname: p.curFile, next: p.chunks}
	p.chunks = ch
	p.recursion++
	if p.recursion > maxRecursion {
		p.createErr("maximum include nesting limit is reached: %d", p.recursion)
		return false
	}
	if len(data) == 0 {
		if p.top == nil {
			p.top = newObject(TypeObject, uint(prio))
		}
		return true
	}
	switch pt {
	case ParseMsgpack:
		return p.parseMsgpack()
	case ParseCSexp:
		return p.parseCSexp()
	}
	return p.stateMachine()
}

// popChunk removes the current chunk after an included chunk is done.
func (p *Parser) popChunk() {
	if p.chunks != nil {
		p.chunks = p.chunks.next
		p.recursion--
	}
}

// InsertChunk parses data in the middle of the current parse, as if it
// were part of the current chunk (with its priority and strategy).
func (p *Parser) InsertChunk(data []byte) error {
	if p.top == nil || p.chunks == nil {
		return &Error{Msg: "no chunk to insert into"}
	}
	state := p.state
	p.state = stateInit
	if p.stack != nil && p.stack.next != nil {
		p.stack.level = p.stack.next.level
	}
	cur := p.chunks
	ok := p.addChunk(data, cur.priority, cur.strategy, cur.parseType)
	p.popChunk()
	p.state = state
	return p.result(ok)
}

// AddFile parses a file with the default priority.
func (p *Parser) AddFile(path string) error {
	return p.AddFileFull(path, uint(p.defaultPriority), DuplicateAppend, ParseUCL)
}

// AddFileFull parses a file; FILENAME and CURDIR are set from its real
// path and relative includes inside it are resolved by the caller's
// working directory, exactly as upstream does.
func (p *Parser) AddFileFull(path string, prio uint, strat DuplicateStrategy, pt ParseType) error {
	real, err := realpath(path)
	if err != nil {
		p.createErr("cannot open file %s: %s", path, syserr.Text(err))
		return p.result(false)
	}
	data, ok := p.fetchFile(real, true)
	if !ok {
		return p.result(false)
	}
	p.SetFileVars(real, false)
	return p.AddChunkFull(data, prio, strat, pt)
}

// CurrentObject returns the object being filled depth levels up (0 is the
// innermost), for macros that insert values; nil if that level or one
// below it is not an object.
func (p *Parser) CurrentObject(depth int) *Object {
	st := p.stack
	for i := 0; ; i++ {
		if st == nil || st.obj == nil || st.obj.typ != TypeObject {
			return nil
		}
		if i == depth {
			return st.obj
		}
		st = st.next
	}
}
