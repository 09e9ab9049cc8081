package difftest

import (
	"reflect"
	"strings"
	"testing"
)

// baseReply is a /checkv2 reply in the oracle's layout.
const baseReply = `{"is_skipped":false,"score":7.200000,"required_score":15.0,"action":"add header",
"thresholds":{"reject":15.0,"add header":6.0,"greylist":4.0},
"symbols":{
 "DATE_IN_PAST":{"name":"DATE_IN_PAST","score":1.0,"metric_score":1.0,"description":"Message date is in the past","options":["16226"]},
 "MIME_GOOD":{"name":"MIME_GOOD","score":-0.100000,"metric_score":-0.100000,"description":"Known content-type","options":["multipart/alternative","text/plain"]},
 "R_SPF_NA":{"name":"R_SPF_NA","score":0.0,"metric_score":0.0,"description":"Missing SPF record"}},
"messages":{},"message-id":"abc@example.com","time_real":0.004232,"milter":{"remove_headers":{"X-Spam":0}}}`

func mustParse(t testing.TB, s string) *Reply {
	t.Helper()
	r, err := ParseReply([]byte(s))
	if err != nil {
		t.Fatalf("ParseReply(%.60q): %v", s, err)
	}
	return r
}

func TestCompareSame(t *testing.T) {
	a := mustParse(t, baseReply)
	// What must not count as a difference: the time fields, scores within
	// the tolerance, the order of symbols, fields and options, JSON layout
	// and number spelling, the hour counts of DATE_IN_PAST.
	b := mustParse(t, `{"time_real":9.5,"time_virtual":1,"scan_time":3,"milter":{"remove_headers":{"X-Spam":0.0}},
"message-id":"abc@example.com","messages":{},"action":"add header","score":7.209,"required_score":15,
"thresholds":{"greylist":4,"add header":6,"reject":15},"is_skipped":false,
"symbols":{"R_SPF_NA":{"name":"R_SPF_NA","score":0.0,"metric_score":0.0,"description":"Missing SPF record"},
 "MIME_GOOD":{"description":"Known content-type","score":-0.11,"metric_score":-0.1,"options":["text/plain","multipart/alternative"]},
 "DATE_IN_PAST":{"name":"DATE_IN_PAST","score":1.0,"metric_score":1.0,"description":"Message date is in the past","options":["99999"]}}}`)
	if d := Compare(a, b); len(d) != 0 {
		t.Errorf("differences found: %+v", d)
	}
	if d := Compare(a, a); len(d) != 0 {
		t.Errorf("a reply differs from itself: %+v", d)
	}
}

func TestCompareKinds(t *testing.T) {
	tests := []struct {
		name    string
		from    string // replaced in baseReply
		to      string
		want    Diff
		wantOut string // the report line
	}{
		{"action", `"action":"add header"`, `"action":"reject"`,
			Diff{Kind: KindAction, A: `"add header"`, B: `"reject"`},
			`action: A "add header", B "reject"`},
		{"score", `"score":7.200000,`, `"score":7.25,`,
			Diff{Kind: KindScore, A: "7.2", B: "7.25"},
			`score: A 7.2, B 7.25`},
		{"field", `"message-id":"abc@example.com"`, `"message-id":"other@example.com"`,
			Diff{Kind: KindField, Field: "message-id", A: `"abc@example.com"`, B: `"other@example.com"`},
			`field message-id: A "abc@example.com", B "other@example.com"`},
		{"field only in A", `"messages":{},`, ``,
			Diff{Kind: KindField, Field: "messages", A: `{}`, B: `(absent)`},
			`field messages: A {}, B (absent)`},
		{"missing symbol", `"R_SPF_NA":{"name":"R_SPF_NA","score":0.0,"metric_score":0.0,"description":"Missing SPF record"}`,
			`"R_SPF_ALLOW":{"name":"R_SPF_ALLOW","score":-0.2,"options":["+ip4:192.0.2.1"]}`,
			Diff{Kind: KindOnlyA, Symbol: "R_SPF_NA", A: "score 0"},
			`symbol R_SPF_NA: only in A (score 0)`},
		{"symbol score", `"score":-0.100000,"metric_score"`, `"score":-0.2,"metric_score"`,
			Diff{Kind: KindSymScore, Symbol: "MIME_GOOD", A: "-0.1", B: "-0.2"},
			`symbol MIME_GOOD: score A -0.1, B -0.2`},
		{"symbol options", `["multipart/alternative","text/plain"]`, `["text/plain","text/html"]`,
			Diff{Kind: KindSymOptions, Symbol: "MIME_GOOD", A: `["multipart/alternative","text/plain"]`, B: `["text/plain","text/html"]`},
			`symbol MIME_GOOD: options A ["multipart/alternative","text/plain"], B ["text/plain","text/html"]`},
		{"symbol options repeated", `["multipart/alternative","text/plain"]`, `["multipart/alternative","text/plain","text/plain"]`,
			Diff{Kind: KindSymOptions, Symbol: "MIME_GOOD", A: `["multipart/alternative","text/plain"]`, B: `["multipart/alternative","text/plain","text/plain"]`},
			`symbol MIME_GOOD: options A ["multipart/alternative","text/plain"], B ["multipart/alternative","text/plain","text/plain"]`},
		{"symbol options missing", `,"options":["multipart/alternative","text/plain"]`, ``,
			Diff{Kind: KindSymOptions, Symbol: "MIME_GOOD", A: `["multipart/alternative","text/plain"]`, B: `[]`},
			`symbol MIME_GOOD: options A ["multipart/alternative","text/plain"], B []`},
		{"symbol field", `"description":"Known content-type"`, `"description":"Known content type"`,
			Diff{Kind: KindSymField, Symbol: "MIME_GOOD", Field: "description", A: `"Known content-type"`, B: `"Known content type"`},
			`symbol MIME_GOOD: description A "Known content-type", B "Known content type"`},
	}
	a := mustParse(t, baseReply)
	rep := newReport("A", "B")
	for _, tt := range tests {
		mutated := strings.Replace(baseReply, tt.from, tt.to, 1)
		if mutated == baseReply {
			t.Fatalf("%s: mutation does not apply", tt.name)
		}
		got := Compare(a, mustParse(t, mutated))
		want := []Diff{tt.want}
		if tt.name == "missing symbol" { // symbols come sorted by name
			want = []Diff{{Kind: KindOnlyB, Symbol: "R_SPF_ALLOW", B: `score -0.2, options ["+ip4:192.0.2.1"]`}, tt.want}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, want)
		}
		if line := rep.describe(tt.want); line != tt.wantOut {
			t.Errorf("%s: report line\n got %s\nwant %s", tt.name, line, tt.wantOut)
		}
	}
}

func TestCompareSymbolScoreTolerance(t *testing.T) {
	a := mustParse(t, baseReply)
	for _, tc := range []struct {
		score string
		same  bool
	}{{"-0.11", true}, {"-0.09", true}, {"-0.111", false}, {"-0.08", false}} {
		b := mustParse(t, strings.Replace(baseReply, `"score":-0.100000,`, `"score":`+tc.score+`,`, 1))
		if got := len(Compare(a, b)) == 0; got != tc.same {
			t.Errorf("MIME_GOOD -0.1 vs %s: same=%v, want %v", tc.score, got, tc.same)
		}
	}
}

func TestParseReplyErrorReplies(t *testing.T) {
	// An error reply has neither action nor score: it compares unequal to a
	// scan result, and equal to the same error.
	e := mustParse(t, `{"error":"Message has zero length"}`)
	if d := Compare(e, mustParse(t, `{"error":"Message has zero length"}`)); len(d) != 0 {
		t.Errorf("same error replies differ: %+v", d)
	}
	d := Compare(mustParse(t, baseReply), e)
	kinds := map[Kind]int{}
	for _, x := range d {
		kinds[x.Kind]++
	}
	if kinds[KindAction] != 1 || kinds[KindOnlyA] != 3 || kinds[KindField] < 3 {
		t.Errorf("scan vs error reply: %+v", d)
	}
	for _, bad := range []string{``, `[]`, `{"score":"high"}`, `{"symbols":{"X":1}}`, `{"action":1}`, `{"symbols":{"X":{"options":[1]}}}`} {
		if _, err := ParseReply([]byte(bad)); err == nil {
			t.Errorf("ParseReply(%q): no error", bad)
		}
	}
}

func FuzzParseReply(f *testing.F) {
	f.Add([]byte(baseReply))
	f.Add([]byte(`{"error":"x"}`))
	f.Add([]byte(`{"symbols":{"A":{"score":null,"options":null}},"score":null}`))
	base := mustParse(f, baseReply)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseReply(data)
		if err != nil {
			return
		}
		if d := Compare(r, r); len(d) != 0 {
			t.Errorf("reply differs from itself: %+v", d)
		}
		Compare(base, r)
	})
}
