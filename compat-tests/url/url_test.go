// Package urlcompat compares internal/url with goldens captured from the
// oracle (real rspamd 4.1.5) by gen.sh.
package urlcompat

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/url"
)

const goldenDir = "../golden/4.1.5/url"

// pslPath is where `make upstream` leaves Debian's public suffix list.
const pslPath = "../../.cache/upstream/public_suffix_list.dat"

var (
	scannerOnce sync.Once
	scanner     *url.Scanner
	scannerErr  error
)

func loadScanner(t *testing.T) *url.Scanner {
	t.Helper()
	scannerOnce.Do(func() {
		scanner, scannerErr = url.LoadScanner(pslPath)
	})
	if scannerErr != nil {
		t.Skipf("public suffix list missing (run make upstream): %v", scannerErr)
	}
	return scanner
}

// luaFilter is the default logic of lualib/lua_url_filter.lua
// (filter_url_string with no custom filters), which the oracle consults
// from rspamd_url.all.
func luaFilter(frag []byte, _ url.Flags) url.FilterResult {
	if len(frag) > 16384 {
		return url.FilterReject
	}
	for _, c := range frag {
		if (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f {
			return url.FilterReject
		}
	}
	if !utf8.Valid(frag) {
		return url.FilterReject
	}
	ats := bytes.Count(frag, []byte{'@'})
	if ats > 20 {
		return url.FilterReject
	}
	if first := bytes.IndexByte(frag, '@'); first >= 0 {
		userStart := 0
		if sc := bytes.Index(frag, []byte("://")); sc >= 0 {
			userStart = sc + 3
		}
		userLen := first - userStart
		switch {
		case userLen > 512:
			return url.FilterReject
		case userLen > 64:
			return url.FilterSuspicious
		}
		if ats > 1 {
			return url.FilterSuspicious
		}
	}
	return url.FilterAccept
}

// urlFields renders a URL as gen.lua's dump_url does.
func urlFields(u *url.URL) map[string]dumpValue {
	m := map[string]dumpValue{
		"text":     str(u.String(), false),
		"tostring": str(u.Tostring(), false),
		"raw":      str(u.Raw(), false),
		"user":     str(u.User(), true),
		"host":     str(u.Host(), true),
		"path":     str(u.Path(), true),
		"query":    str(u.Query(), true),
		"fragment": str(u.Fragment(), true),
		"tld":      str(u.TLD(), true),
		"flags":    num(int64(u.Flags)),
		"length":   num(int64(u.Len())),
	}
	if u.Protocol == url.ProtoUnknown {
		m["protocol"] = dumpValue{isNil: true}
	} else {
		m["protocol"] = str(u.Protocol.String(), false)
	}
	if p := u.Port(); p != 0 {
		m["port"] = num(int64(p))
	} else {
		m["port"] = dumpValue{isNil: true}
	}
	if h, ok := u.ToHTTP(); ok {
		m["to_http"] = str(h, false)
	} else {
		m["to_http"] = dumpValue{isNil: true}
	}
	if u.Len() > 0 {
		m["hash"] = luaNumber(float64(u.Hash()))
	} else {
		m["hash"] = dumpValue{isNil: true}
	}
	return m
}

func prefixed(prefix string, m map[string]dumpValue) map[string]dumpValue {
	res := map[string]dumpValue{}
	for k, v := range m {
		res[prefix+k] = v
	}
	return res
}

// knownDiffs lists golden cases that are known to differ, by dump and case
// key, with the reason; the test fails when one of them starts to match so
// that the list stays honest.
var knownDiffs = map[string]string{}

// compareDump checks every case of a golden dump with ours, which returns
// the flattened fields of a case given its input (and the oracle's fields,
// for what the case cannot be computed without, like a task's date).
func compareDump(t *testing.T, name string, ours func(input []byte, want map[string]dumpValue) map[string]dumpValue) {
	t.Helper()
	golden, keys, err := readDump(filepath.Join(goldenDir, name))
	if err != nil {
		t.Fatal(err)
	}
	cases := caseNumbers(keys)
	byCase := groupCases(golden)
	matched := 0
	for _, n := range cases {
		want := byCase[n]
		input := []byte(want["input"].s)
		delete(want, "input")
		got := ours(input, want)
		diffs := diffMaps(want, got)
		id := name + ":" + strconv.Itoa(n)
		_, known := knownDiffs[id]
		switch {
		case len(diffs) == 0 && known:
			t.Errorf("%s (%q) matches now: remove it from knownDiffs", id, input)
			matched++
		case len(diffs) == 0:
			matched++
		case !known:
			t.Errorf("%s input %q:\n  %s", id, input, strings.Join(diffs, "\n  "))
		}
	}
	t.Logf("%s: %d/%d cases match the oracle", name, matched, len(cases))
}

func TestCreate(t *testing.T) {
	sc := loadScanner(t)
	compareDump(t, "create.dump", func(input []byte, _ map[string]dumpValue) map[string]dumpValue {
		var found *url.URL
		sc.FindSingle(input, url.FindAll, func(u *url.URL, _, _ int) bool {
			found = u
			return true
		})
		if found == nil {
			return map[string]dumpValue{"url": {isNil: true}}
		}
		return prefixed("url.", urlFields(found))
	})
}

func allFields(sc *url.Scanner, input []byte) map[string]dumpValue {
	var urls []*url.URL
	sc.FindMultiple(input, url.FindAll, nil, luaFilter, func(u *url.URL, _, _ int) bool {
		urls = append(urls, u)
		return true
	})
	res := map[string]dumpValue{"count": num(int64(len(urls)))}
	for i, u := range urls {
		for k, v := range urlFields(u) {
			res["url."+strconv.Itoa(i+1)+"."+k] = v
		}
	}
	return res
}

func TestCreateAll(t *testing.T) {
	sc := loadScanner(t)
	compareDump(t, "create_all.dump", func(input []byte, _ map[string]dumpValue) map[string]dumpValue {
		return allFields(sc, input)
	})
}

func TestAll(t *testing.T) {
	sc := loadScanner(t)
	compareDump(t, "all.dump", func(input []byte, _ map[string]dumpValue) map[string]dumpValue {
		return allFields(sc, input)
	})
}

func TestTLD(t *testing.T) {
	sc := loadScanner(t)
	compareDump(t, "tld.dump", func(input []byte, _ map[string]dumpValue) map[string]dumpValue {
		tld, ok := sc.FindTLD(input)
		if !ok {
			tld = input
		}
		return map[string]dumpValue{"tld": str(string(tld), false)}
	})
}
