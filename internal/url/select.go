package url

import (
	"encoding/binary"
	"math"
	"slices"

	"github.com/gorspamd/rspamd/internal/fasthash"
)

// FlagsMode is how a Selection applies its flags.
type FlagsMode int

const (
	// FlagsIncludeAny keeps URLs whose flags are all in Include (the
	// default of task:get_urls).
	FlagsIncludeAny FlagsMode = iota
	// FlagsIncludeExplicit keeps URLs that have every flag of Include
	// (flags_mode = "explicit").
	FlagsIncludeExplicit
	// FlagsExcludeInclude keeps URLs with no flag of Exclude and, unless
	// Include is all ones, one flag of Include (task:get_urls_filtered).
	FlagsExcludeInclude
)

// Selection chooses URLs as the Lua URL getters (task:get_urls,
// get_emails, get_urls_filtered, mimepart:get_urls) do, once their
// arguments are read (upstream's lua_tree_url_callback and
// lua_url_adjust_skip_prob).
type Selection struct {
	// Protocols is the mask of accepted protocols; a URL is kept when all
	// its protocol bits are in it.
	Protocols Protocol
	Mode      FlagsMode
	Include   Flags
	Exclude   Flags
	// MaxURLs (max_lua_urls; 0: no limit) makes Select sample the URLs
	// when there are more.
	MaxURLs int
	// Sort orders the URLs with Compare (after keeping the first MaxURLs
	// of them when sampling).
	Sort bool
}

// Keep reports whether the protocol and flags of u pass the selection.
func (sel *Selection) Keep(u *URL) bool {
	if u.Protocol&sel.Protocols != u.Protocol {
		return false
	}
	switch sel.Mode {
	case FlagsIncludeAny:
		return u.Flags&sel.Include == u.Flags
	case FlagsIncludeExplicit:
		return u.Flags&sel.Include == sel.Include
	default:
		if u.Flags&sel.Exclude != 0 {
			return false
		}
		return sel.Include == ^Flags(0) || u.Flags&sel.Include != 0
	}
}

// Select returns the URLs of urls (a message's URL set in its order, or a
// part's URL list) that the selection keeps. When there are more than
// MaxURLs, each kept URL is skipped with the probability 1 - MaxURLs/n,
// drawn from a generator seeded with the task's timestamp and message
// digest, so that a task gets the same sample every time.
func (sel *Selection) Select(urls []*URL, timestamp float64, digest [16]byte) []*URL {
	skip := 0.0
	var seed uint64
	n := len(urls)
	if sel.MaxURLs > 0 && n > sel.MaxURLs {
		skip = 1 - float64(sel.MaxURLs)/float64(n)
		seed = uint64(binary.LittleEndian.Uint32(digest[:4])) |
			uint64(math.Float32bits(float32(timestamp)))<<32
		n = sel.MaxURLs
	}
	if sel.Sort {
		// glibc's qsort is a merge sort: stable.
		urls = slices.Clone(urls[:n])
		slices.SortStableFunc(urls, Compare)
	}
	var res []*URL
	for _, u := range urls {
		if !sel.Keep(u) {
			continue
		}
		if skip > 0 && fasthash.WyRandDouble(&seed) < skip {
			continue
		}
		res = append(res, u)
	}
	return res
}
