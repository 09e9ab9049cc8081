package re

import (
	"fmt"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// Flags are rspamd's own regexp flags (upstream's RSPAMD_REGEXP_FLAG_*,
// with the same bit values).
type Flags uint32

// The rspamd regexp flags.
const (
	// FlagRaw: the pattern matches bytes, not UTF-8 (the default; 'r').
	FlagRaw Flags = 1 << 1
	// FlagNoOpt: 'O', do not optimise (the regexp cache keeps it out of
	// Hyperscan).
	FlagNoOpt Flags = 1 << 2
	// FlagFullMatch: the m{...} syntax; a search succeeds only if the
	// match covers the whole subject.
	FlagFullMatch Flags = 1 << 3
	// FlagPCREOnly: set by the regexp cache for patterns Hyperscan cannot
	// take.
	FlagPCREOnly Flags = 1 << 4
	// FlagDisableJIT: the pattern is matched by the PCRE2 interpreter.
	FlagDisableJIT Flags = 1 << 5
	// FlagUTF: 'u', the pattern is compiled in UTF-8 mode.
	FlagUTF Flags = 1 << 6
	// FlagLeftmost: 'L', Hyperscan's start-of-match-leftmost.
	FlagLeftmost Flags = 1 << 7
)

// PCREFlags are the PCRE2 compile options derived from the flag letters
// (PCRE2_CASELESS and friends, with PCRE2's bit values).
type PCREFlags uint32

// The PCRE2 options rspamd's flag letters set.
const (
	PCRECaseless  PCREFlags = pcreCaseless  // 'i'
	PCREMultiline PCREFlags = pcreMultiline // 'm'
	PCREDotAll    PCREFlags = pcreDotAll    // 's'
	PCREExtended  PCREFlags = pcreExtended  // 'x'
	PCREUTF       PCREFlags = pcreUTF       // 'u'
)

// spec is an rspamd regexp string taken apart: the body PCRE2 compiles and
// the options and flags the slashes and flag letters give.
type spec struct {
	body  string
	opts  PCREFlags
	flags Flags
	// warning is upstream's log line for an unknown flag letter after a
	// slash-enclosed pattern (the letter and the rest are ignored).
	warning string
}

// isPunct is g_ascii_ispunct: printable ASCII that is neither a letter, a
// digit nor a space.
func isPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')
}

// parse splits an rspamd regexp string the way rspamd_regexp_new does.
//
// Without explicit flags (hasFlags false) a pattern of two bytes or more
// may be written /body/flags or m<sep>body<sep>flags (m{body}flags, a full
// match); any other string is the body itself. Unknown flag letters there
// are logged and end flag parsing. With explicit flags the whole pattern is
// the body and an unknown letter is an error.
func parse(pattern, flags string, hasFlags bool) (spec, error) {
	pattern = cconv.CString(pattern)
	flags = cconv.CString(flags)
	sp := spec{flags: FlagRaw}
	body := pattern
	letters, strict := flags, true

	if !hasFlags && len(pattern) > 1 {
		var sep byte
		start := 0
		switch {
		case pattern[0] == '/':
			sep = '/'
		case pattern[0] == 'm' && pattern[1] != '\\' && isPunct(pattern[1]):
			start = 1
			sep = pattern[1]
			if sep == '{' {
				sep = '}'
			}
			sp.flags |= FlagFullMatch
		}
		if sep != 0 {
			last := strings.LastIndexByte(pattern, sep)
			if last <= start {
				return spec{}, fmt.Errorf("pattern is not enclosed with %s: %s", string([]byte{sep}), pattern)
			}
			body = pattern[start+1 : last]
			letters, strict = pattern[last+1:], false
		}
	}

	for i := 0; i < len(letters); i++ {
		switch c := letters[i]; c {
		case 'i':
			sp.opts |= PCRECaseless
		case 'm':
			sp.opts |= PCREMultiline
		case 's':
			sp.opts |= PCREDotAll
		case 'x':
			sp.opts |= PCREExtended
		case 'u':
			sp.flags = sp.flags&^FlagRaw | FlagUTF
			sp.opts |= PCREUTF
		case 'O':
			sp.flags |= FlagNoOpt
		case 'L':
			sp.flags |= FlagLeftmost
		case 'r':
			sp.flags = sp.flags&^FlagUTF | FlagRaw
			sp.opts &^= PCREUTF
		default:
			if strict {
				return spec{}, fmt.Errorf("invalid regexp flag: %s in pattern %s", string([]byte{c}), pattern)
			}
			sp.warning = fmt.Sprintf("invalid flag '%s' in pattern %s", string([]byte{c}), pattern)
			i = len(letters)
		}
	}
	sp.body = body
	return sp, nil
}
