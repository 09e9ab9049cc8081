package mailaddr

import (
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
)

// luaAddress is lua_push_email_address's table for a.
func luaAddress(a *Address) taskdump.Table {
	t := taskdump.Table{
		"raw": a.Raw, "addr": a.Addr, "domain": a.Domain, "user": a.User,
	}
	// lua_pushstring stops at the first NUL; a missing name is "".
	name, _, _ := strings.Cut(a.Name, "\x00")
	t["name"] = name
	flags := taskdump.Table{}
	for _, f := range FlagNames {
		if a.Flags&f.Flag != 0 {
			flags[f.Name] = true
		}
	}
	t["flags"] = flags
	return t
}

// TestGoldenParseMailAddress compares FromMIME with
// rspamd_parsers.parse_mail_address over compat-tests/mimeparsers/cases.
func TestGoldenParseMailAddress(t *testing.T) {
	cases, err := taskdump.ReadParserGolden("addr")
	if err != nil {
		t.Skip(err)
	}
	bad := 0
	for _, c := range cases {
		list := []any{}
		for _, a := range FromMIME(c.Input, nil, 10240) {
			list = append(list, luaAddress(a))
		}
		got := taskdump.Lines("out", list)
		if strings.Join(got, "\n") != strings.Join(c.Lines, "\n") {
			bad++
			t.Errorf("case %d %q:\n got: %s\nwant: %s", c.Index, c.Input,
				strings.Join(got, "\n      "), strings.Join(c.Lines, "\n      "))
		}
	}
	t.Logf("parse_mail_address: %d/%d cases match", len(cases)-bad, len(cases))
}
