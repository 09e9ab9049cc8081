package url

import "sort"

// Exception is a range of a text part covered by a URL (upstream's
// RSPAMD_EXCEPTION_URL): words inside it are not tokenised as text.
type Exception struct {
	Pos, Len int
	URL      *URL
}

// SortExceptions orders exceptions as upstream's part exception list:
// upstream prepends each exception and then sorts the list stably by
// position, so equal positions come latest-first.
func SortExceptions(ex []Exception) {
	for i, j := 0, len(ex)-1; i < j; i, j = i+1, j-1 {
		ex[i], ex[j] = ex[j], ex[i]
	}
	sort.SliceStable(ex, func(i, j int) bool { return ex[i].Pos < ex[j].Pos })
}

// Message is the URL state of a message being processed: its URL set, the
// message-wide order counter, the max_urls limit and the URL filter. Text
// parts, the HTML parser and the subject add URLs through it.
type Message struct {
	Scanner *Scanner
	Set     *Set
	// MaxURLs limits the set (config max_urls; 0: no limit).
	MaxURLs int
	// Filter is consulted on suspicious user parts (nil: accept).
	Filter Filter
	order  uint16
}

// NewMessage returns the URL state of a new message.
func NewMessage(s *Scanner, maxURLs int, filter Filter) *Message {
	return &Message{Scanner: s, Set: NewSet(), MaxURLs: maxURLs, Filter: filter}
}

// NextOrder returns the next message-wide URL order.
func (m *Message) NextOrder() uint16 {
	o := m.order
	m.order++
	return o
}

// full reports whether the set reached MaxURLs.
func (m *Message) full() bool {
	return m.MaxURLs > 0 && m.Set.Len() >= m.MaxURLs
}

// TextPart receives what URL extraction finds in one text part.
type TextPart struct {
	// URLs are the part's URLs (mime_part->urls), in the order found.
	URLs []*URL
	// Exceptions are the ranges of the text covered by URLs.
	Exceptions []Exception
	// Computed marks a virtual part (e.g. text of a PDF): its URLs get the
	// content flag instead of the text flag.
	Computed bool
	// partOrder is the next order within the part.
	partOrder uint16
	urlLen    int
}

// ExtractText finds the URLs of a text part's normalised content
// (rspamd_url_text_extract): content is the part's stripped UTF-8 text,
// newlines the positions of its line breaks. Extraction stops at max_urls,
// at an e-mail without user and when URLs cover more than ten times the
// text.
func (m *Message) ExtractText(content []byte, newlines []int, how FindType, part *TextPart) {
	if len(content) == 0 {
		return
	}
	part.partOrder = 0
	part.urlLen = 0
	m.Scanner.FindMultiple(content, how, newlines, m.Filter, func(u *URL, start, end int) bool {
		ex := Exception{Pos: start, Len: end - start, URL: u}
		part.urlLen += ex.Len
		if part.urlLen > len(content)*10 {
			return false
		}
		if u.Protocol == ProtoMailto && u.user.len == 0 {
			return false
		}
		if m.full() {
			return false
		}
		if part.Computed {
			u.Flags |= FlagContent
		} else {
			u.Flags |= FlagFromText
		}
		part.URLs = append(part.URLs, u)
		if m.Set.Add(u, false, m.MaxURLs) {
			u.PartOrder = part.partOrder
			part.partOrder++
			u.Order = m.NextOrder()
		}
		part.Exceptions = append(part.Exceptions, ex)
		if u.query.len > 0 {
			m.extractQuery(u, part)
		}
		return true
	})
}

// extractQuery adds the URLs embedded in the query of a text URL
// (rspamd_url_query_callback). Upstream numbers them in a copy of the
// part's state: their part order continues the part's without advancing it.
func (m *Message) extractQuery(outer *URL, part *TextPart) {
	parent := outer.Flags
	partOrder := part.partOrder
	m.Scanner.FindInQuery(outer, FindAll, m.Filter, func(u *URL, _, _ int) bool {
		if u.Protocol == ProtoMailto && u.user.len == 0 {
			return false
		}
		if m.full() {
			return false
		}
		u.Flags |= FlagQuery | parent&PropagateMask
		part.URLs = append(part.URLs, u)
		if m.Set.Add(u, false, m.MaxURLs) {
			u.PartOrder = partOrder
			partOrder++
			u.Order = m.NextOrder()
		}
		return true
	})
}

// ExtractSubject adds the URLs of the subject (strict matching), marked as
// displayed subject URLs, and the URLs of their queries
// (rspamd_url_task_subject_callback).
func (m *Message) ExtractSubject(subject []byte) {
	m.Scanner.FindMultiple(subject, FindStrict, nil, m.Filter, func(u *URL, _, _ int) bool {
		u.Flags |= FlagHTMLDisplayed | FlagSubject
		if u.Protocol == ProtoMailto && u.user.len == 0 {
			return false
		}
		m.Set.Add(u, false, m.MaxURLs)
		if u.query.len > 0 {
			parent := u.Flags
			m.Scanner.FindInQuery(u, FindAll, m.Filter, func(q *URL, _, _ int) bool {
				if q.host.len == 0 {
					return true
				}
				q.Flags |= FlagQuery | parent&PropagateMask
				if q.Protocol == ProtoMailto && q.user.len == 0 {
					return true
				}
				m.Set.Add(q, false, m.MaxURLs)
				return true
			})
		}
		return true
	})
}

// Inject adds a URL found by other means (task:inject_url) with the URLs
// of its query, unless it is already a redirector hop; partURLs, when not
// nil, receives them as the URLs of a MIME part.
func (m *Message) Inject(u *URL, partURLs *[]*URL) {
	m.Set.Add(u, false, m.MaxURLs)
	if u.Flags&FlagRedirected == 0 && u.query.len > 0 {
		parent := u.Flags
		m.Scanner.FindInQuery(u, FindAll, m.Filter, func(q *URL, _, _ int) bool {
			q.Flags |= FlagQuery | parent&PropagateMask
			if partURLs != nil {
				*partURLs = append(*partURLs, q)
			}
			m.Set.Add(q, false, m.MaxURLs)
			return true
		})
	}
	if partURLs != nil {
		*partURLs = append(*partURLs, u)
	}
}
