// Package recache is rspamd's regexp cache (upstream's libserver/re_cache):
// the regexps that rules register, grouped in scopes (the default one and
// named ones such as multimap's) and, within a scope, in classes by what
// they match (a header, the body, URLs...), each regexp stored once; the
// selectors regexps can match against; the scopes' flags; and the limit
// on the data a regexp scans.
//
// This is the configuration side: registering, deduplicating and
// replacing regexps and selectors. Matching them against a task belongs
// to the scan.
package recache

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/re"
)

// Type is what a class of regexps matches.
type Type int

// Regexp types, with upstream's values.
const (
	TypeHeader Type = iota
	TypeRawHeader
	TypeAllHeader
	TypeMimeHeader
	TypeMime
	TypeRawMime
	TypeURL
	TypeEmail
	TypeBody
	TypeSABody
	TypeSARawBody
	TypeWords
	TypeRawWords
	TypeStemWords
	TypeSelector
	TypeMax
)

var typeNames = map[string]Type{
	"header": TypeHeader, "rawheader": TypeRawHeader, "mime": TypeMime, "rawmime": TypeRawMime,
	"body": TypeBody, "message": TypeBody, "url": TypeURL, "uri": TypeURL, "email": TypeEmail,
	"allheader": TypeAllHeader, "mimeheader": TypeMimeHeader, "sabody": TypeSABody, "sarawbody": TypeSARawBody,
}

// TypeFromString reads a type name as rspamd_re_cache_type_from_string
// does (exact lower-case names, "selector" in any case); TypeMax for an
// unknown one.
func TypeFromString(s string) Type {
	if t, ok := typeNames[s]; ok {
		return t
	}
	if strings.EqualFold(s, "selector") {
		return TypeSelector
	}
	return TypeMax
}

// FlagLoaded marks a scope whose regexps are all registered and ready.
const FlagLoaded = 1 << 0

// Class is the regexps of one scope matching the same thing.
type Class struct {
	Type Type
	// Data is the class's argument: a header name or a selector name.
	Data    string
	ID      uint64
	HasUTF8 bool
	res     map[string]*re.Regexp
}

// Entry is a regexp registered in a scope.
type Entry struct {
	Regexp *re.Regexp
	Class  *Class
	// Callback is a Lua function given with the regexp, or nil.
	Callback any
}

// Scope is a set of classes of regexps.
type Scope struct {
	// Name is "" for the default scope.
	Name    string
	Flags   uint
	MaxData uint
	classes map[uint64]*Class
	entries []*Entry
	byRe    map[*re.Regexp]*Entry
	// Selectors are the selector functions by name.
	Selectors map[string]any
}

// Entries returns the scope's regexps in registration order.
func (s *Scope) Entries() []*Entry { return s.entries }

// Cache is the list of scopes of a configuration, the default one first.
type Cache struct {
	scopes []*Scope
}

// New returns a cache with the default scope, loaded.
func New() *Cache {
	return &Cache{scopes: []*Scope{newScope("", FlagLoaded)}}
}

func newScope(name string, flags uint) *Scope {
	return &Scope{Name: name, Flags: flags, classes: map[uint64]*Class{},
		byRe: map[*re.Regexp]*Entry{}, Selectors: map[string]any{}}
}

// Scope returns the scope named name ("" for the default), or nil.
func (c *Cache) Scope(name string) *Scope {
	for _, s := range c.scopes {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// scope returns a scope, creating it (unloaded, with the default scope's
// data limit) when it does not exist.
func (c *Cache) scope(name string) *Scope {
	if s := c.Scope(name); s != nil {
		return s
	}
	s := newScope(name, 0)
	s.MaxData = c.scopes[0].MaxData
	c.scopes = append(c.scopes, s)
	return s
}

// classID is rspamd_re_cache_class_id: a hash of the type and its data
// (with the terminating NUL upstream includes in header names).
func classID(t Type, data string, hasData bool) uint64 {
	h := fasthash.NewDefault(0xdeadbabe)
	var b [4]byte
	b[0], b[1], b[2], b[3] = byte(t), byte(t>>8), byte(t>>16), byte(t>>24)
	h.Write(b[:])
	if hasData {
		h.Write(append([]byte(data), 0))
	}
	return h.Sum64()
}

// Add registers r in a scope for a type and its data (hasData false for
// none), as rspamd_re_cache_add does: a regexp with the same pattern and
// flags already in the class is returned instead of r.
func (c *Cache) Add(scope string, r *re.Regexp, t Type, data string, hasData bool, callback any) *re.Regexp {
	s := c.scope(scope)
	id := classID(t, data, hasData)
	cl := s.classes[id]
	if cl == nil {
		cl = &Class{Type: t, Data: data, ID: id, res: map[string]*re.Regexp{}}
		s.classes[id] = cl
	}
	ret, ok := cl.res[r.Key()]
	if !ok {
		ret = r
		cl.res[r.Key()] = r
		e := &Entry{Regexp: r, Class: cl, Callback: callback}
		s.entries = append(s.entries, e)
		s.byRe[r] = e
	}
	if r.Flags()&re.FlagUTF != 0 {
		cl.HasUTF8 = true
	}
	return ret
}

// Replace puts with in the place of the registered regexp what.
func (c *Cache) Replace(scope string, what, with *re.Regexp) {
	s := c.Scope(scope)
	if s == nil {
		return
	}
	e := s.byRe[what]
	if e == nil {
		return
	}
	delete(s.byRe, what)
	delete(e.Class.res, what.Key())
	e.Regexp = with
	s.byRe[with] = e
	e.Class.res[with.Key()] = with
}

// AddSelector registers a selector function in a scope; it reports
// whether it replaced one of the same name.
func (c *Cache) AddSelector(scope, name string, fn any) bool {
	s := c.scope(scope)
	_, replaced := s.Selectors[name]
	s.Selectors[name] = fn
	return replaced
}

// Remove removes a named scope (the default one stays).
func (c *Cache) Remove(scope string) bool {
	if scope == "" {
		return false
	}
	for i, s := range c.scopes {
		if s.Name == scope {
			c.scopes = append(c.scopes[:i], c.scopes[i+1:]...)
			return true
		}
	}
	return false
}

// Scopes returns the scopes, the default one first.
func (c *Cache) Scopes() []*Scope { return c.scopes }

// SetLimitAll sets the data limit of every scope.
func (c *Cache) SetLimitAll(limit uint) {
	for _, s := range c.scopes {
		s.MaxData = limit
	}
}
