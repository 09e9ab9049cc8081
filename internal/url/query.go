package url

import "strings"

// QueryMaxNesting bounds how deep URLs nested in the queries of URLs found
// in queries are followed (RSPAMD_URL_QUERY_MAX_NESTING).
const QueryMaxNesting = 5

// EachQueryURL calls fn for every URL embedded in the query of u, one level
// only (rspamd_url_query_foreach_embedded): the raw query is split on '&'
// and ';', and each parameter value (or the whole parameter when the part
// before '=' looks like a URL rather than a key) is percent-decoded and
// searched.
func (s *Scanner) EachQueryURL(u *URL, how FindType, filter Filter, fn FoundFunc) {
	q := strings.IndexByte(u.raw, '?')
	if q < 0 {
		return
	}
	query := u.raw[q+1:]
	if frag := strings.IndexByte(query, '#'); frag >= 0 {
		query = query[:frag]
	}
	var dec []byte // one buffer for the decoded values, reused
	c := 0
	for p := 0; p <= len(query); p++ {
		if p < len(query) && query[p] != '&' && query[p] != ';' {
			continue
		}
		if p > c {
			param := query[c:p]
			value := param
			if eq := strings.IndexByte(param, '='); eq >= 0 && strings.IndexAny(param[:eq], ":/") < 0 {
				value = param[eq+1:]
			}
			if len(value) > 0 {
				dec = append(dec[:0], value...)
				n := Decode(dec, dec)
				s.FindMultiple(dec[:n], how, nil, filter, fn)
			}
		}
		c = p + 1
	}
}

// FindInQuery calls fn for every URL embedded in the query of u and, up to
// QueryMaxNesting levels, in the queries of those URLs
// (rspamd_url_find_in_query). The number of URLs found in each query is
// recorded in QueryEmbedded.
func (s *Scanner) FindInQuery(u *URL, how FindType, filter Filter, fn FoundFunc) {
	s.findInQueryDepth(u, how, filter, fn, 0)
}

func (s *Scanner) findInQueryDepth(u *URL, how FindType, filter Filter, fn FoundFunc, depth int) {
	count := 0
	s.EachQueryURL(u, how, filter, func(inner *URL, start, end int) bool {
		count++
		ret := fn(inner, start, end)
		if ret && depth+1 < QueryMaxNesting && inner.query.len > 0 {
			s.findInQueryDepth(inner, how, filter, fn, depth+1)
		}
		return ret
	})
	if count > 0 {
		u.QueryEmbedded = min(count, 0xffff)
	}
}
