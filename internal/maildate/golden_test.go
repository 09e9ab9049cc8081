package maildate

import (
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
)

// TestGoldenParseSMTPDate compares Parse with rspamd_parsers.parse_smtp_date
// over compat-tests/mimeparsers/cases/date.txt.
func TestGoldenParseSMTPDate(t *testing.T) {
	cases, err := taskdump.ReadParserGolden("date")
	if err != nil {
		t.Skip(err)
	}
	bad := 0
	for _, c := range cases {
		var got []string
		// Lua strings end in a NUL the C parser sees; so does Parse's
		// error character past the end.
		if ts, err := Parse(c.Input); err != nil {
			got = taskdump.Lines("out", taskdump.Table{"err": err.Error()})
		} else {
			got = taskdump.Lines("out", float64(ts))
		}
		if strings.Join(got, "\n") != strings.Join(c.Lines, "\n") {
			bad++
			t.Errorf("case %d %q:\n got: %s\nwant: %s", c.Index, c.Input,
				strings.Join(got, "\n      "), strings.Join(c.Lines, "\n      "))
		}
	}
	t.Logf("parse_smtp_date: %d/%d cases match", len(cases)-bad, len(cases))
}
