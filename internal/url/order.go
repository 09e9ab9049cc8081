package url

// WithOrder returns a view of m that shares its set, scanner, limit and
// filter but numbers the URLs it adds from order on: upstream extracts the
// URLs of a text part Lua injects (task:inject_part) with a counter of its
// own starting at 10000.
func (m *Message) WithOrder(order uint16) *Message {
	return &Message{Scanner: m.Scanner, Set: m.Set, MaxURLs: m.MaxURLs, Filter: m.Filter, order: order}
}
