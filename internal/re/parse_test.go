package re

import (
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/cconv"
)

func TestParse(t *testing.T) {
	tests := []struct {
		pattern, flags string
		hasFlags       bool
		body           string
		opts           PCREFlags
		fl             Flags
		warning, err   string
	}{
		{pattern: "/abc/", body: "abc", fl: FlagRaw},
		{pattern: "/abc/i", body: "abc", opts: PCRECaseless, fl: FlagRaw},
		{pattern: "/a/b/", body: "a/b", fl: FlagRaw},
		{pattern: "/abc/imsx", body: "abc", opts: PCRECaseless | PCREMultiline | PCREDotAll | PCREExtended, fl: FlagRaw},
		{pattern: "/abc/u", body: "abc", opts: PCREUTF, fl: FlagUTF},
		{pattern: "/abc/ur", body: "abc", fl: FlagRaw},
		{pattern: "/abc/ru", body: "abc", opts: PCREUTF, fl: FlagUTF},
		{pattern: "/abc/OL", body: "abc", fl: FlagRaw | FlagNoOpt | FlagLeftmost},
		{pattern: "abc", body: "abc", fl: FlagRaw},
		{pattern: "", body: "", fl: FlagRaw},
		{pattern: "/", body: "/", fl: FlagRaw},
		{pattern: "//", body: "", fl: FlagRaw},
		{pattern: "m", body: "m", fl: FlagRaw},
		{pattern: "mabc", body: "mabc", fl: FlagRaw},
		{pattern: "m{abc}", body: "abc", fl: FlagRaw | FlagFullMatch},
		{pattern: "m{a}b}i", body: "a}b", opts: PCRECaseless, fl: FlagRaw | FlagFullMatch},
		{pattern: "m,abc,i", body: "abc", opts: PCRECaseless, fl: FlagRaw | FlagFullMatch},
		{pattern: `m\abc\`, body: `m\abc\`, fl: FlagRaw},
		{pattern: "m}}", body: "", fl: FlagRaw | FlagFullMatch},
		{pattern: "/abc", err: "pattern is not enclosed with /: /abc"},
		{pattern: "m{abc", err: "pattern is not enclosed with }: m{abc"},
		{pattern: "m{", err: "pattern is not enclosed with }: m{"},
		{pattern: "/abc/iz", body: "abc", opts: PCRECaseless, fl: FlagRaw, warning: "invalid flag 'z' in pattern /abc/iz"},
		{pattern: "/abc/zi", body: "abc", fl: FlagRaw, warning: "invalid flag 'z' in pattern /abc/zi"},
		{pattern: "/abc/i\xff", body: "abc", opts: PCRECaseless, fl: FlagRaw, warning: "invalid flag '\xff' in pattern /abc/i\xff"},
		{pattern: "abc\x00def", body: "abc", fl: FlagRaw},
		{pattern: "/abc/\x00i", body: "abc", fl: FlagRaw},
		{pattern: "abc", flags: "i", hasFlags: true, body: "abc", opts: PCRECaseless, fl: FlagRaw},
		{pattern: "/abc/", flags: "i", hasFlags: true, body: "/abc/", opts: PCRECaseless, fl: FlagRaw},
		{pattern: "/abc/i", flags: "", hasFlags: true, body: "/abc/i", fl: FlagRaw},
		{pattern: "m{ab}", flags: "", hasFlags: true, body: "m{ab}", fl: FlagRaw},
		{pattern: "abc", flags: "iz", hasFlags: true, err: "invalid regexp flag: z in pattern abc"},
		{pattern: "abc", flags: "\xff", hasFlags: true, err: "invalid regexp flag: \xff in pattern abc"},
		{pattern: "abc", flags: "i\x00z", hasFlags: true, body: "abc", opts: PCRECaseless, fl: FlagRaw},
	}
	for _, tt := range tests {
		sp, err := parse(tt.pattern, tt.flags, tt.hasFlags)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("parse(%q, %q): err %v, want %q", tt.pattern, tt.flags, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("parse(%q, %q): %v", tt.pattern, tt.flags, err)
			continue
		}
		if sp.body != tt.body || sp.opts != tt.opts || sp.flags != tt.fl || sp.warning != tt.warning {
			t.Errorf("parse(%q, %q) = %+v, want body %q opts %#x flags %#x warning %q",
				tt.pattern, tt.flags, sp, tt.body, tt.opts, tt.fl, tt.warning)
		}
	}
}

// FuzzParse checks the parser's invariants on arbitrary input: no panic,
// exactly one of raw and UTF mode, a body taken from the pattern.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"/abc/i", "m{a}b}", "m,x,", "/", "abc", "/a/zi", "m\\x\\", "\x00", "/\xff/u"} {
		f.Add(s, "", false)
		f.Add(s, "iu", true)
	}
	f.Fuzz(func(t *testing.T, pattern, flags string, hasFlags bool) {
		sp, err := parse(pattern, flags, hasFlags)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "pattern is not enclosed with ") &&
				!strings.HasPrefix(err.Error(), "invalid regexp flag: ") {
				t.Fatalf("unexpected error %q", err)
			}
			return
		}
		if (sp.flags&FlagRaw != 0) == (sp.flags&FlagUTF != 0) {
			t.Fatalf("flags %#x: raw and UTF both or neither", sp.flags)
		}
		if (sp.opts&PCREUTF != 0) != (sp.flags&FlagUTF != 0) {
			t.Fatalf("PCRE UTF option disagrees with flags %#x", sp.flags)
		}
		if !strings.Contains(cconv.CString(pattern), sp.body) || strings.IndexByte(sp.body, 0) >= 0 {
			t.Fatalf("body %q not taken from %q", sp.body, pattern)
		}
		if hasFlags && sp.body != cconv.CString(pattern) {
			t.Fatalf("explicit flags changed the body %q of %q", sp.body, pattern)
		}
	})
}
