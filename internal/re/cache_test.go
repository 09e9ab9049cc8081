package re

import (
	"fmt"
	"testing"
)

func TestCache(t *testing.T) {
	c := NewCache()
	a, err := c.Create("/abc/i")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := c.Create("/abc/i")
	if a != b || c.Get("/abc/i", "") != a {
		t.Fatal("the cache does not share")
	}
	// The key is the flags followed by the pattern, as upstream's id.
	f, _ := c.CreateFlags("xyz", "i")
	if c.Get("ixyz", "") != f || c.Get("xyz", "i") != f {
		t.Fatal("flags+pattern key")
	}
	if !c.Remove(a) || c.Get("/abc/i", "") != nil || c.Remove(a) {
		t.Fatal("Remove")
	}
	if _, err := c.Create("/a(/"); err == nil || c.Get("/a(/", "") != nil {
		t.Fatal("a bad pattern was cached")
	}
}

func TestCacheLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles 8193 regexps")
	}
	rec := record(t)
	c := NewCache()
	for i := 0; i < maxCacheSize; i++ {
		if _, err := c.Create(fmt.Sprintf("/x%d/", i)); err != nil {
			t.Fatal(err)
		}
	}
	r, err := c.Create("/over/")
	if err != nil || r == nil || c.Get("/over/", "") != nil {
		t.Fatalf("over the limit: %v %v", r, err)
	}
	want := "WARN cannot insert regexp to the cache: maximum size is reached (8192 expressions); " +
		"it might be cached regexp misuse; regexp pattern: /over/"
	if len(rec.msgs) == 0 || rec.msgs[len(rec.msgs)-1] != want {
		t.Fatalf("logs end with %q", rec.msgs[len(rec.msgs)-1:])
	}
}
