// Package expr implements rspamd's expression engine (libutil/expression.c):
// the parser that turns a line such as `A & !B | C + D > 1` into a tree of
// atoms, numbers and operators, its string form, and the evaluation with
// short-circuiting and rspamd's atom reordering.
//
// Atoms are not parsed here: the caller supplies a Config whose Parse
// function recognises one atom at the start of the remaining text (a symbol
// of a composite, a regexp of the regexp module, a token of a Lua
// rspamd_expression), and a function computing an atom's value at
// evaluation time. Everything else, including the error texts, follows
// rspamd 4.1.5 exactly.
//
// An Expr is not safe for concurrent use: like upstream, evaluation counts
// calls and now and then reorders the tree.
package expr

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// Op is an operator of an expression.
type Op int

// The operators, numbered as rspamd's enum rspamd_expression_op.
const (
	opInvalid Op = iota
	OpPlus       // +
	OpMult       // *
	OpMinus      // - (binary, followed by a space)
	OpDivide     // / (followed by a number)
	OpOr         // | || or
	OpAnd        // & && and
	OpNot        // ! not
	OpLT         // <
	OpGT         // >
	OpLE         // <=
	OpGE         // >=
	OpEQ         // == =
	OpNE         // !=
	opOpenBrace
	opCloseBrace
)

// String returns the operator as the string form of an expression shows it.
func (o Op) String() string {
	switch o {
	case OpAnd:
		return "&"
	case OpOr:
		return "|"
	case OpMult:
		return "*"
	case OpPlus:
		return "+"
	case OpMinus:
		return "-"
	case OpDivide:
		return "/"
	case OpNot:
		return "!"
	case OpGE:
		return ">="
	case OpGT:
		return ">"
	case OpLE:
		return "<="
	case OpLT:
		return "<"
	case OpEQ:
		return "=="
	case OpNE:
		return "!="
	case opOpenBrace:
		return "("
	case opCloseBrace:
		return ")"
	}
	return "???"
}

// precedence is the binding strength of an operator: higher binds tighter.
func (o Op) precedence() int {
	switch o {
	case OpNot:
		return 7
	case OpMult, OpDivide:
		return 6
	case OpPlus, OpMinus:
		return 5
	case OpGE, OpGT, OpLE, OpLT, OpEQ, OpNE:
		return 4
	case OpAnd:
		return 3
	case OpOr:
		return 2
	case opOpenBrace, opCloseBrace:
		return 1
	}
	return -1
}

func (o Op) unary() bool { return o == OpNot }

// nary operators take any number of operands: chains of them merge.
func (o Op) nary() bool {
	return o == OpPlus || o == OpMult || o == OpAnd || o == OpOr
}

func (o Op) arithmetic() bool {
	return o == OpPlus || o == OpMult || o == OpMinus || o == OpDivide
}

func (o Op) logical() bool { return o == OpNot || o == OpAnd || o == OpOr }

func (o Op) comparison() bool { return o >= OpLT && o <= OpNE }

// MaxPriority is the priority of an atom whose Config.Priority is nil or
// returns 0; cheaper atoms have lower priorities and are evaluated first.
const MaxPriority = 1024

// Atom is one operand recognised by Config.Parse.
type Atom struct {
	// Text is the atom as the string form and Expr.Atoms show it. The parser
	// continues after len(Text) bytes of the line, so a parse function
	// normally returns a prefix of the text it was given.
	Text string
	// Data is free for the parse function's own use.
	Data any

	parent *Node
}

// Parent returns the operator node the atom was first combined by, which
// is what rspamd records in atom->parent: nil for an atom standing alone
// and for an atom appended to an existing chain of an n-ary operator (the
// second B of `A & B & C` has a parent, C has none). Composites walk up
// from it to find negations before removing symbols.
func (a *Atom) Parent() *Node { return a.parent }

// Config tells the parser how to recognise atoms.
type Config struct {
	// Parse recognises the atom at the start of rest, which runs to the
	// end of the line. A nil atom, or one with empty Text, and a nil error
	// make the expression fail with "Cannot parse atom: ..."; a non-nil
	// error is returned unchanged as the expression's error.
	Parse func(rest string) (*Atom, error)
	// Priority, when set, returns how much cheaper than the most expensive
	// atoms an atom is (0 to MaxPriority); branches of logical operators
	// are reordered so cheaper ones come first.
	Priority func(*Atom) int
}

type nodeKind int

const (
	nodeOp nodeKind = iota
	nodeAtom
	nodeLimit
)

// Node is a node of the expression tree: an operator, an atom or a number.
type Node struct {
	kind     nodeKind
	op       Op
	atom     *Atom
	limit    float64
	priority int

	parent   *Node
	children []*Node
}

// Parent returns the node's parent in the tree, nil for the root.
func (n *Node) Parent() *Node { return n.parent }

// IsOp reports whether n is an operator node for op.
func (n *Node) IsOp(op Op) bool { return n.kind == nodeOp && n.op == op }

// Atom returns the atom of an atom node, nil for other nodes.
func (n *Node) Atom() *Atom { return n.atom }

func (n *Node) appendChild(c *Node) {
	c.parent = n
	n.children = append(n.children, c)
}

func (n *Node) prependChild(c *Node) {
	c.parent = n
	n.children = append([]*Node{c}, n.children...)
}

// Expr is a parsed expression.
type Expr struct {
	root       *Node
	priority   func(*Atom) int
	evals      uint
	nextResort uint
}

// Resorting happens after a random number of evaluations in this range.
const (
	minResortEvals = 50
	maxResortEvals = 150 // added to minResortEvals at most
)

func resortInterval() uint { return uint(minResortEvals + rand.IntN(maxResortEvals+1)) }

// Error is a parse error of the expression syntax itself, with rspamd's
// error code.
type Error struct {
	Code int
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

func errorf(code int, format string, args ...any) error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, args...)}
}

// Error codes rspamd sets on expression errors.
const (
	codeInvalid  = 22 // EINVAL
	codeBadNum   = 400
	codeBadAtom  = 500
	codeBraces   = 600
	codeOperands = 601
)

func isSpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isOpSymbol(c byte) bool {
	switch c {
	case '!', '&', '|', '(', ')', '>', '<', '+', '*', '-', '/', '=':
		return true
	}
	return false
}

// numberAhead reports whether s starts with an optionally signed decimal
// number ([+-]?([0-9]*\.)?[0-9]+) followed by white space, ')' or the end.
func numberAhead(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		frac := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == frac {
			return false
		}
	} else if i == start {
		return false
	}
	return i == len(s) || isSpace(s[i]) || s[i] == ')'
}

// isOperation reports whether an operator starts at line[p]: `-` only when
// a space follows (`-SYM` is an atom), `/` only before a number (`/re/` is
// an atom), and no operator character before ':'.
func isOperation(line string, p int) bool {
	c := line[p]
	if !isOpSymbol(c) {
		return false
	}
	if p+1 >= len(line) {
		return true
	}
	next := line[p+1]
	switch {
	case next == ':':
		return false
	case c == '/':
		t := p + 1
		for t < len(line) && isSpace(line[t]) {
			t++
		}
		return numberAhead(line[t:])
	case c == '-':
		return isSpace(next)
	}
	return true
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// scanOp reads the operator at line[p] and returns it with the position
// after it.
func scanOp(line string, p int) (Op, int) {
	rest := line[p:]
	// pick is the operator of one or two characters: long when the next
	// character is next, short otherwise.
	pick := func(next byte, long, short Op) (Op, int) {
		if len(rest) > 1 && rest[1] == next {
			return long, p + 2
		}
		return short, p + 1
	}
	switch rest[0] {
	case '!':
		return pick('=', OpNE, OpNot)
	case '&':
		return pick('&', OpAnd, OpAnd)
	case '|':
		return pick('|', OpOr, OpOr)
	case '=':
		return pick('=', OpEQ, OpEQ)
	case '+':
		return OpPlus, p + 1
	case '*':
		return OpMult, p + 1
	case '/':
		return OpDivide, p + 1
	case '-':
		return OpMinus, p + 1
	case '(':
		return opOpenBrace, p + 1
	case ')':
		return opCloseBrace, p + 1
	case '>':
		return pick('=', OpGE, OpGT)
	case '<':
		return pick('=', OpLE, OpLT)
	case 'o', 'O':
		if len(rest) >= 3 && hasPrefixFold(rest, "or") {
			return OpOr, p + 2
		}
	case 'a', 'A':
		if len(rest) >= 4 && hasPrefixFold(rest, "and") {
			return OpAnd, p + 3
		}
	case 'n', 'N':
		if len(rest) >= 4 && hasPrefixFold(rest, "not") {
			return OpNot, p + 3
		}
	}
	return opInvalid, p
}

// parser holds the state of the shunting-yard parse.
type parser struct {
	ops      []Op
	operands []*Node
}

func (ps *parser) topOp() Op {
	if len(ps.ops) == 0 {
		return opInvalid
	}
	return ps.ops[len(ps.ops)-1]
}

func (ps *parser) popOp() Op {
	op := ps.topOp()
	if op != opInvalid {
		ps.ops = ps.ops[:len(ps.ops)-1]
	}
	return op
}

func (ps *parser) popOperand() *Node {
	if len(ps.operands) == 0 {
		return nil
	}
	n := ps.operands[len(ps.operands)-1]
	ps.operands = ps.operands[:len(ps.operands)-1]
	return n
}

// apply builds the node of op from the operands on the stack.
func (ps *parser) apply(op Op) error {
	if op.unary() {
		a := ps.popOperand()
		if a == nil {
			return errorf(codeInvalid, "no operand to unary '%s' operation", op)
		}
		res := &Node{kind: nodeOp, op: op}
		res.appendChild(a)
		if a.atom != nil {
			a.atom.parent = res
		}
		ps.operands = append(ps.operands, res)
		return nil
	}
	a2 := ps.popOperand()
	a1 := ps.popOperand()
	if a2 == nil {
		return errorf(codeInvalid, "no left operand to '%s' operation", op)
	}
	if a1 == nil {
		return errorf(codeInvalid, "no right operand to '%s' operation", op)
	}
	if op.nary() {
		// Chains of the same n-ary operator become one node.
		if a1.IsOp(op) {
			a1.appendChild(a2)
			ps.operands = append(ps.operands, a1)
			return nil
		}
		if a2.IsOp(op) {
			a2.prependChild(a1)
			ps.operands = append(ps.operands, a2)
			return nil
		}
	}
	res := &Node{kind: nodeOp, op: op}
	res.appendChild(a1)
	res.appendChild(a2)
	for _, a := range res.children {
		if a.atom != nil {
			a.atom.parent = res
		}
	}
	ps.operands = append(ps.operands, res)
	return nil
}

// pushOp handles an operator token other than a parenthesis: operators on
// the stack that bind strictly tighter are applied first (so operators of
// equal precedence group to the right, as in rspamd: A - B - C is
// A - (B - C)).
func (ps *parser) pushOp(op Op) error {
	for {
		top := ps.topOp()
		if top == opInvalid || top == opOpenBrace || op.precedence() >= top.precedence() {
			break
		}
		ps.popOp()
		if err := ps.apply(top); err != nil {
			return err
		}
	}
	ps.ops = append(ps.ops, op)
	return nil
}

// closeBrace applies operators back to the matching '('.
func (ps *parser) closeBrace() error {
	for {
		op := ps.popOp()
		switch op {
		case opInvalid:
			return errorf(codeBraces, "Braces mismatch")
		case opOpenBrace:
			return nil
		}
		if err := ps.apply(op); err != nil {
			return err
		}
	}
}

type parseState int

const (
	stateAtom parseState = iota
	stateOp
	stateLimit
	stateSpaces
)

// Parse parses an expression.
func Parse(line string, cfg Config) (*Expr, error) {
	var ps parser
	p, end := 0, len(line)
	limStart := 0
	state := stateAtom

	for p < end {
		switch state {
		case stateAtom:
			rest := line[p:]
			switch {
			case isSpace(line[p]):
				state = stateSpaces
				continue
			case isOperation(line, p):
				state = stateOp
				continue
			// Like upstream, a keyword needs one more byte after its space.
			case len(rest) > len("and ")+1 && (hasPrefixFold(rest, "and ") || hasPrefixFold(rest, "not ")),
				len(rest) > len("or ")+1 && hasPrefixFold(rest, "or "):
				state = stateOp
				continue
			}
			if top := ps.topOp(); top.arithmetic() || top.comparison() {
				if numberAhead(rest) {
					limStart = p
					state = stateLimit
					continue
				}
			}
			atom, err := cfg.Parse(rest)
			if err != nil {
				return nil, err
			}
			if atom == nil || atom.Text == "" {
				return nil, errorf(codeBadAtom,
					"Cannot parse atom: callback function failed to parse '%s'", cconv.CString(rest))
			}
			p += len(atom.Text)
			ps.operands = append(ps.operands, &Node{kind: nodeAtom, atom: atom})
		case stateLimit:
			c := line[p]
			if (isDigit(c) || c == '-' || c == '.') && p < end-1 {
				p++
				continue
			}
			if p == end-1 && isDigit(c) {
				p++
			}
			if p == limStart {
				return nil, errorf(codeBadNum, "Empty number")
			}
			// Only a well-formed number reaches here (numberAhead), so the
			// only possible error is a range one, where strtod's value is
			// what ParseFloat returns too.
			v, _ := strconv.ParseFloat(line[limStart:p], 64)
			ps.operands = append(ps.operands, &Node{kind: nodeLimit, limit: v})
			state = stateSpaces
		case stateOp:
			op, next := scanOp(line, p)
			var err error
			switch op {
			case opInvalid:
				err = errorf(codeBadAtom, "Bad operator %c", line[p])
			case opOpenBrace:
				ps.ops = append(ps.ops, op)
			case opCloseBrace:
				err = ps.closeBrace()
			default:
				err = ps.pushOp(op)
			}
			if err != nil {
				return nil, err
			}
			p = next
			state = stateSpaces
		case stateSpaces:
			if isSpace(line[p]) {
				p++
			}
			if p < end && isOperation(line, p) {
				state = stateOp
			} else {
				state = stateAtom
			}
		}
	}

	for {
		op := ps.popOp()
		if op == opInvalid {
			break
		}
		if op == opOpenBrace {
			return nil, errorf(codeBraces, "Braces mismatch")
		}
		if err := ps.apply(op); err != nil {
			return nil, err
		}
	}
	if len(ps.operands) != 1 {
		return nil, errorf(codeOperands, "Operators mismatch: %d elts in stack", len(ps.operands))
	}

	e := &Expr{root: ps.operands[0], priority: cfg.Priority, nextResort: resortInterval()}
	e.reorder()
	return e, nil
}
