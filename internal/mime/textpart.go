package mime

// TextPartFlags are rspamd's text part flags.
type TextPartFlags uint32

// Text part flags, with upstream's bit values.
const (
	TextUTF               TextPartFlags = 1 << 0
	TextEmpty             TextPartFlags = 1 << 1
	TextHTML              TextPartFlags = 1 << 2
	Text8BitRaw           TextPartFlags = 1 << 3
	Text8BitEncoded       TextPartFlags = 1 << 4
	TextAttachment        TextPartFlags = 1 << 5
	TextNewlinesTruncated TextPartFlags = 1 << 6
	TextWordsTruncated    TextPartFlags = 1 << 7
)

// TextPart is a part processed as text.
type TextPart struct {
	Part  *Part
	Flags TextPartFlags
}
