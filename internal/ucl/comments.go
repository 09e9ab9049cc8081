package ucl

// Comments maps objects to the comments saved before (or, for trailing
// comments, after) them. Each entry is a chain of string objects, one per
// comment; when the first one has FlagInherited the chain is printed after
// the object instead of before it.
type Comments struct {
	m map[*Object]*Object
}

func newComments() *Comments {
	return &Comments{m: make(map[*Object]*Object)}
}

// NewComments returns an empty comment table (for adding comments to an
// object tree that was not parsed with ParserSaveComments).
func NewComments() *Comments { return newComments() }

// attach appends a chain of comments to obj's comments.
func (c *Comments) attach(obj, chain *Object) {
	if c == nil {
		return
	}
	if head := c.m[obj]; head != nil {
		chainConcat(head, chain)
		return
	}
	c.m[obj] = chain
}

// Find returns the comment chain of obj, or nil.
func (c *Comments) Find(obj *Object) *Object {
	if c == nil {
		return nil
	}
	return c.m[obj]
}

// Add adds a comment line to obj.
func (c *Comments) Add(obj *Object, comment string) {
	if c != nil && obj != nil {
		c.attach(obj, NewString(comment))
	}
}

// Set replaces the comments of obj with chain.
func (c *Comments) Set(obj, chain *Object) {
	if c != nil && obj != nil {
		c.m[obj] = chain
	}
}

// Move moves the comments of from to to, reporting whether there were any.
func (c *Comments) Move(from, to *Object) bool {
	if c == nil || from == nil || to == nil {
		return false
	}
	found := c.m[from]
	if found == nil {
		return false
	}
	delete(c.m, from)
	c.attach(to, found)
	return true
}
