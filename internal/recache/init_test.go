package recache

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"

	"golang.org/x/crypto/blake2b"

	"github.com/gorspamd/rspamd/internal/logger"
)

// TestHash checks the scope digest: for one regexp, the hash of its class
// id, its id, PCRE2 options, rspamd flags, hit limit and position (0); for
// several, independent of the order they were added in and changed by
// what it covers.
func TestHash(t *testing.T) {
	c := New()
	r := compile(t, "/abc/i", "")
	c.Add("", r, TypeHeader, "From", true, nil)
	var b []byte
	b = binary.NativeEndian.AppendUint64(b, classID(TypeHeader, "From", true))
	id := blake2b.Sum512([]byte("/abc/i"))
	b = append(b, id[:]...)
	b = binary.NativeEndian.AppendUint32(b, uint32(r.PCREFlags()))
	b = binary.NativeEndian.AppendUint32(b, uint32(r.Flags()))
	b = binary.NativeEndian.AppendUint32(b, 0)
	b = binary.NativeEndian.AppendUint32(b, 0)
	sum := blake2b.Sum512(b)
	if got, want := c.Scope("").Hash(), hex.EncodeToString(sum[:32]); got != want {
		t.Errorf("one regexp: %s, want %s", got, want)
	}

	add := func(c *Cache, order []int) *Cache {
		all := []struct {
			pattern string
			t       Type
			data    string
		}{{"/a/", TypeBody, ""}, {"/b/i", TypeBody, ""}, {"/c/", TypeHeader, "To"}, {"/d/u", TypeURL, ""}, {"/e/", TypeHeader, "To"}}
		for _, i := range order {
			e := all[i]
			c.Add("", compile(t, e.pattern, ""), e.t, e.data, e.data != "", nil)
		}
		return c
	}
	h1 := add(New(), []int{0, 1, 2, 3, 4}).Scope("").Hash()
	h2 := add(New(), []int{4, 3, 2, 1, 0}).Scope("").Hash()
	if h1 != h2 || len(h1) != 64 {
		t.Errorf("order matters or bad length: %s, %s", h1, h2)
	}
	if h := add(New(), []int{0, 1, 2, 3}).Scope("").Hash(); h == h1 {
		t.Error("a regexp less: same hash")
	}
	c = add(New(), []int{0, 1, 2, 3, 4})
	c.Scope("").Entries()[0].Regexp.SetMaxHits(3)
	if c.Scope("").Hash() == h1 {
		t.Error("another hit limit: same hash")
	}
}

// TestTryLoadHyperscan checks the configuration-time load: with Hyperscan
// on, the debug line the oracle prints (module re_cache, the scope's hash
// as tag) and a failure; with Hyperscan off, nothing.
func TestTryLoadHyperscan(t *testing.T) {
	c := New()
	c.Add("", compile(t, "/a/", ""), TypeBody, "", false, nil)
	c.Add("multimap", compile(t, "/b/", ""), TypeURL, "", false, nil)
	var out bytes.Buffer
	log := logger.NewConsoleTo(logger.FlagRspamadm, "main", logger.ThresholdNotice, &out, &out)
	log.ConfigureModules([]string{"re_cache"})
	if !c.Scope("").TryLoadHyperscan(log, false) || out.Len() != 0 {
		t.Errorf("hyperscan off: %q", out.String())
	}
	if c.Scope("").TryLoadHyperscan(log, true) {
		t.Error("hyperscan on: loaded")
	}
	c.Scope("multimap").TryLoadHyperscan(log, true)
	want := "no Lua backend available for synchronous hyperscan loading\n" +
		"no Lua backend available for synchronous hyperscan loading for scope 'multimap'\n"
	if out.String() != want {
		t.Errorf("lines %q, want %q", out.String(), want)
	}
	// with rspamd's full line format: the hash as tag, module and function
	out.Reset()
	full := logger.NewConsoleTo(0, "main", logger.ThresholdNotice, &out, &out)
	full.ConfigureModules([]string{"re_cache"})
	c.Scope("").TryLoadHyperscan(full, true)
	if tail := "<" + c.Scope("").Hash()[:6]; !strings.Contains(out.String(), tail) ||
		!strings.HasSuffix(out.String(), ">; re_cache; rspamd_re_cache_load_hyperscan: no Lua backend available for synchronous hyperscan loading\n") {
		t.Errorf("full line %q", out.String())
	}
	out.Reset()
	log.ConfigureModules(nil)
	c.Scope("").TryLoadHyperscan(log, true)
	if out.Len() != 0 {
		t.Errorf("re_cache debugging off: %q", out.String())
	}
}
