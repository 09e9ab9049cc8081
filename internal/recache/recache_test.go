package recache

import (
	"testing"

	"github.com/gorspamd/rspamd/internal/re"
)

func compile(t *testing.T, pattern, flags string) *re.Regexp {
	t.Helper()
	r, err := re.CompileFlags(pattern, flags)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTypeFromString(t *testing.T) {
	for in, want := range map[string]Type{
		"header": TypeHeader, "rawheader": TypeRawHeader, "mime": TypeMime, "rawmime": TypeRawMime,
		"body": TypeBody, "message": TypeBody, "url": TypeURL, "uri": TypeURL, "email": TypeEmail,
		"allheader": TypeAllHeader, "mimeheader": TypeMimeHeader, "sabody": TypeSABody, "sarawbody": TypeSARawBody,
		"selector": TypeSelector, "SeLeCtOr": TypeSelector,
		"Header": TypeMax, "words": TypeMax, "": TypeMax,
	} {
		if got := TypeFromString(in); got != want {
			t.Errorf("TypeFromString(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestAdd(t *testing.T) {
	c := New()
	a := compile(t, "abc", "i")
	if got := c.Add("", a, TypeHeader, "From", true, nil); got != a {
		t.Fatal("first regexp not kept")
	}
	// the same pattern and flags in the same class: the first one
	if got := c.Add("", compile(t, "abc", "i"), TypeHeader, "From", true, "cb"); got != a {
		t.Error("duplicate registered")
	}
	// other flags, another header, another type: new entries
	b := compile(t, "abc", "")
	if c.Add("", b, TypeHeader, "From", true, nil) != b {
		t.Error("other flags deduplicated")
	}
	if r := compile(t, "abc", "i"); c.Add("", r, TypeHeader, "To", true, nil) != r {
		t.Error("other header deduplicated")
	}
	if r := compile(t, "abc", "i"); c.Add("", r, TypeBody, "", false, nil) != r {
		t.Error("other type deduplicated")
	}
	u := compile(t, "é", "u")
	c.Add("", u, TypeBody, "", false, nil)
	s := c.Scope("")
	if len(s.Entries()) != 5 || s.Flags != FlagLoaded {
		t.Fatalf("%d entries, flags %d", len(s.Entries()), s.Flags)
	}
	e := s.Entries()
	if e[0].Class != e[1].Class || e[0].Class == e[2].Class || e[3].Class != e[4].Class {
		t.Error("classes")
	}
	if e[0].Class.HasUTF8 || !e[4].Class.HasUTF8 || e[0].Callback != nil {
		t.Error("class UTF-8 mark or callback")
	}
	if classID(TypeBody, "", false) == classID(TypeBody, "", true) || classID(TypeHeader, "a", true) == classID(TypeHeader, "b", true) {
		t.Error("class ids collide")
	}
}

func TestScopes(t *testing.T) {
	c := New()
	c.SetLimitAll(100)
	r := compile(t, "x", "")
	c.Add("multimap", r, TypeURL, "", false, nil)
	s := c.Scope("multimap")
	if s == nil || s.Flags != 0 || s.MaxData != 100 || len(s.Entries()) != 1 {
		t.Fatalf("named scope %+v", s)
	}
	if len(c.Scope("").Entries()) != 0 {
		t.Error("named scope's regexp in the default scope")
	}
	if c.AddSelector("multimap", "sel", 1) || !c.AddSelector("multimap", "sel", 2) || s.Selectors["sel"] != 2 {
		t.Error("selectors")
	}
	c.SetLimitAll(5)
	if c.Scope("").MaxData != 5 || s.MaxData != 5 {
		t.Error("SetLimitAll")
	}
	if len(c.Scopes()) != 2 || c.Scopes()[0].Name != "" {
		t.Error("scope order")
	}
	if c.Remove("") || !c.Remove("multimap") || c.Remove("multimap") || c.Scope("multimap") != nil {
		t.Error("Remove")
	}
}

func TestReplace(t *testing.T) {
	c := New()
	a, b := compile(t, "a", ""), compile(t, "b", "")
	c.Add("", a, TypeBody, "", false, nil)
	c.Replace("", a, b)
	c.Replace("nope", a, b)
	c.Replace("", a, b) // a is no longer there
	e := c.Scope("").Entries()
	if len(e) != 1 || e[0].Regexp != b {
		t.Fatalf("entries %v", e)
	}
	// the replacement deduplicates now, the replaced pattern does not
	if c.Add("", compile(t, "b", ""), TypeBody, "", false, nil) != b {
		t.Error("replacement not found")
	}
	if r := compile(t, "a", ""); c.Add("", r, TypeBody, "", false, nil) != r {
		t.Error("replaced regexp still registered")
	}
}
