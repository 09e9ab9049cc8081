package re

import (
	"sync"

	"github.com/gorspamd/rspamd/internal/cconv"
)

// maxCacheSize is how many regexps a Cache holds; past it new regexps are
// still compiled and returned but not remembered.
const maxCacheSize = 8192

// Cache remembers compiled regexps by their Key (upstream's
// rspamd_regexp_cache). It is safe for concurrent use.
type Cache struct {
	mu sync.Mutex
	m  map[string]*Regexp
}

// Global is the process-wide cache behind rspamd_regexp.create_cached and
// get_cached.
var Global = NewCache()

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{m: make(map[string]*Regexp)}
}

// Get returns the cached regexp for a pattern and flags (flags "" when
// none were given), or nil.
func (c *Cache) Get(pattern, flags string) *Regexp {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[cacheKey(pattern, flags)]
}

// Create returns the cached regexp for pattern, compiling and remembering
// it (as Compile) on a miss.
func (c *Cache) Create(pattern string) (*Regexp, error) {
	return c.create(pattern, "", false)
}

// CreateFlags is Create for a body with separate flag letters (as
// CompileFlags).
func (c *Cache) CreateFlags(pattern, flags string) (*Regexp, error) {
	return c.create(pattern, flags, true)
}

func (c *Cache) create(pattern, flags string, hasFlags bool) (*Regexp, error) {
	key := cacheKey(pattern, flags)
	c.mu.Lock()
	r := c.m[key]
	c.mu.Unlock()
	if r != nil {
		return r, nil
	}
	r, err := compile(pattern, flags, hasFlags)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.m[key]; old != nil {
		// Another goroutine compiled it meanwhile.
		return old, nil
	}
	if len(c.m) >= maxCacheSize {
		logf(levelWarn, "rspamd_regexp_cache_create", "cannot insert regexp to the cache: maximum size is reached (%d expressions); "+
			"it might be cached regexp misuse; regexp pattern: %s", maxCacheSize, cconv.CString(pattern))
		return r, nil
	}
	c.m[key] = r
	return r, nil
}

// Remove forgets whatever regexp is cached under r's key and reports
// whether there was one.
func (c *Cache) Remove(r *Regexp) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[r.key]
	delete(c.m, r.key)
	return ok
}
