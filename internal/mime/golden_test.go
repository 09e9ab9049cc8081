package mime

import (
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
)

func checkParserGolden(t *testing.T, topic, what string, f func(in string) []string) {
	t.Helper()
	cases, err := taskdump.ReadParserGolden(topic)
	if err != nil {
		t.Skip(err)
	}
	bad := 0
	for _, c := range cases {
		got := f(c.Input)
		if strings.Join(got, "\n") != strings.Join(c.Lines, "\n") {
			bad++
			t.Errorf("case %d %q:\n got: %s\nwant: %s", c.Index, c.Input,
				strings.Join(got, "\n      "), strings.Join(c.Lines, "\n      "))
		}
	}
	t.Logf("%s: %d/%d cases match", what, len(cases)-bad, len(cases))
}

// luaContentType is the table lua_parsers_parse_content_type builds.
func luaContentType(ct *ContentType) any {
	if ct == nil {
		return nil
	}
	tb := taskdump.Table{}
	if ct.Type != "" {
		tb["type"] = ct.Type
	}
	if ct.Subtype != "" {
		tb["subtype"] = ct.Subtype
	}
	if ct.Charset != "" {
		tb["charset"] = ct.Charset
	}
	if ct.OrigBoundary != "" {
		tb["boundary"] = ct.OrigBoundary
	}
	for _, p := range ct.Params.List() {
		vals := []any{p.Value}
		for _, piece := range p.pieces {
			vals = append(vals, piece.Value)
		}
		tb[p.Name] = vals
	}
	return tb
}

// TestGoldenParseContentType compares ParseContentType with
// rspamd_parsers.parse_content_type.
func TestGoldenParseContentType(t *testing.T) {
	checkParserGolden(t, "ctype", "parse_content_type", func(in string) []string {
		return taskdump.Lines("out", luaContentType(ParseContentType(in)))
	})
}

// TestGoldenDecodeQP compares DecodeQP with rspamd_util.decode_qp.
func TestGoldenDecodeQP(t *testing.T) {
	checkParserGolden(t, "qp", "decode_qp", func(in string) []string {
		out := DecodeQP([]byte(in))
		if len(out) == 0 {
			return taskdump.Lines("out", nil)
		}
		return taskdump.Lines("out", string(out))
	})
}
