package taskdump

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParserScripts runs compat-tests/mimeparsers/parsers.lua, the script
// of the parser goldens, with our rspamadm lua for every topic
// (rspamd_parsers.parse_mail_address, parse_content_type, parse_smtp_date,
// rspamd_util.decode_qp) and compares its output with the oracle's.
func TestParserScripts(t *testing.T) {
	needRspamadm(t)
	dir := filepath.Join(RepoRoot(), "compat-tests", "mimeparsers")
	for _, topic := range []string{"addr", "ctype", "date", "qp"} {
		t.Run(topic, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(ParserGoldenDir(), topic+".dump"))
			if err != nil {
				t.Skip(err)
			}
			got, err := runScript("../mimeparsers/parsers.lua", topic, filepath.Join(dir, "cases", topic+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from the oracle's:\n%s", topic, firstDiff(want, got, 10))
			}
			t.Logf("%s: %d cases", topic, strings.Count(string(want), ".in "))
		})
	}
}

// TestContentScripts runs util.lua (rspamd_util's content functions:
// words, Unicode normalisation, transliteration, caseless comparison,
// spoofing checks, text quality, header encoding) and task.lua (the
// rspamd{task}, mimepart and textpart methods dump.lua does not call) with
// our rspamadm lua and compares their output with the oracle's.
func TestContentScripts(t *testing.T) {
	needRspamadm(t)
	for _, name := range []string{"util", "task"} {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(RepoRoot(), "compat-tests", "golden", "4.1.5", "contentutil", name+".dump"))
			if err != nil {
				t.Skip(err)
			}
			got, err := runScript(name + ".lua")
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("%s.lua differs from the oracle's:\n%s", name, firstDiff(want, got, 10))
			}
		})
	}
}
