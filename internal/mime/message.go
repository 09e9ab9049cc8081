package mime

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/archive"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/received"
	"github.com/gorspamd/rspamd/internal/text"
	"golang.org/x/crypto/blake2b"
)

// Flags are the task flags message parsing sets (rspamd_task flags).
type Flags uint32

// Task flags set while parsing, with upstream's bit values.
const (
	FlagSkip          Flags = 1 << 2
	FlagMIME          Flags = 1 << 7
	FlagSkipProcess   Flags = 1 << 11
	FlagBadUnicode    Flags = 1 << 14
	FlagBrokenHeaders Flags = 1 << 15
	FlagGTUBE         Flags = 1 << 28
)

// Options tune parsing; the zero value is rspamd's default configuration
// without the Lua hooks.
type Options struct {
	// Detector is the content type detector (lua_magic upstream).
	Detector Detector
	// MaxMessage rejects larger messages when positive.
	MaxMessage int
	// RawInput treats the message as a single non-MIME part (the scanner's
	// raw mode) and NoRawFallback refuses to fall back to it when MIME
	// parsing fails fatally (allow_raw_input = false).
	RawInput, NoRawFallback bool
	// MaxRecipients bounds the addresses kept from To, Cc, Bcc and From
	// (max_recipients); 0 means no bound.
	MaxRecipients int
	// Lang detects languages and knows the stop words (nil: none).
	Lang *text.Detector
	// Tokenizer overrides text.DefaultConfig.
	Tokenizer *text.Config
	// SkipTextAttachments leaves text attachments out of text processing
	// (check_text_attachements = false).
	SkipTextAttachments bool
	// GTUBEAll makes every GTUBE pattern count, not only the reject one
	// (gtube_patterns = "all").
	GTUBEAll bool
	// Hooks connect the other analysers.
	Hooks Hooks
}

// Message is a parsed message: the MIME structure and the values rspamd
// derives from the headers.
type Message struct {
	// Data is the message after leading whitespace and an mbox "From "
	// line are skipped.
	Data []byte
	// Headers are the message's own headers; RawHeaders is their block and
	// BodyStart the offset of the body in Data.
	Headers    *Headers
	RawHeaders []byte
	BodyStart  int
	Parts      []*Part
	TextParts  []*TextPart
	// MessageID is the cleaned Message-ID ("undef" when there is none).
	MessageID string
	// Subject is the first Subject's decoded value; HasSubject tells an
	// empty subject from none.
	Subject    string
	HasSubject bool
	FromMIME   []*mailaddr.Address
	RcptMIME   []*mailaddr.Address
	// FromEnvelope is the SMTP sender taken from Return-Path when the
	// envelope gives none.
	FromEnvelope *mailaddr.Address
	DeliverTo    string
	Received     []*received.Header
	Newlines     Newlines
	// HeadersHash is the hex BLAKE2b of the header names (the
	// "headers_hash" mempool variable); empty when there are no headers.
	HeadersHash string
	// Digest is the message digest (task:get_digest()).
	Digest [16]byte
	Flags  Flags

	// MetaWords are the words of the subject and the sender's name.
	MetaWords []text.Word
	// TotalWords is the number of text words of all text parts.
	TotalWords int
	// PartsDistance and TotalWordsVar are the "parts_distance" and
	// "total_words" variables (set when HasPartsDistance).
	PartsDistance float64
	TotalWordsVar int

	opts          *Options
	hdrLimits     headerLimits
	headersParsed bool
	messageIDSet  bool
	budget        *text.Budget
	archiveFiles  archive.Limit
	ntextNewlines int
	avgWordsLen   float64
	shortWords    float64
	wordsStatsSet bool
	distanceSet   bool
	metaSet       bool
}

// HasPartsDistance reports whether the alternative parts were compared.
func (m *Message) HasPartsDistance() bool { return m.distanceSet }

// AvgWordsLen is the "avg_words_len" variable (ok is false when unset).
func (m *Message) AvgWordsLen() (float64, bool) { return m.avgWordsLen, m.wordsStatsSet }

// ShortWords is the "short_words_cnt" variable (ok is false when unset).
func (m *Message) ShortWords() (float64, bool) { return m.shortWords, m.wordsStatsSet }

// DigestHex is the digest as task:get_digest() prints it.
func (m *Message) DigestHex() string { return hex.EncodeToString(m.Digest[:]) }

// Parse parses a message as rspamd_message_parse does. An error is
// returned only when the message cannot be used at all; nesting and part
// limits mark it broken and keep what was parsed.
func Parse(data []byte, opts *Options) (*Message, error) {
	if opts == nil {
		opts = &Options{}
	}
	msg := &Message{opts: opts, Headers: &Headers{}, Flags: FlagMIME, budget: text.NewBudget()}
	if len(data) == 0 {
		msg.Flags |= FlagSkipProcess
		msg.MessageID = "undef"
		return msg, nil
	}
	p := skipLeading(data)
	msg.Data = p
	if opts.RawInput {
		msg.Flags &^= FlagMIME
		msg.fromData()
	} else if err := msg.parseMIME(); err != nil {
		switch {
		case errors.Is(err, ErrNesting), errors.Is(err, ErrLimit):
			msg.Flags |= FlagBrokenHeaders
		case opts.NoRawFallback:
			return nil, fmt.Errorf("cannot construct mime from stream: %w", err)
		default:
			msg.Flags &^= FlagMIME
			msg.fromData()
		}
	}
	if !msg.messageIDSet {
		msg.MessageID = "undef"
	}
	msg.computeDigest()
	return msg, nil
}

// skipLeading drops leading whitespace and an mbox "From " line.
func skipLeading(p []byte) []byte {
	for len(p) > 0 && isSpace(p[0]) {
		p = p[1:]
	}
	if len(p) > 5 && bytes.HasPrefix(p, []byte("From ")) {
		p = p[5:]
		for len(p) > 0 && p[0] != '\n' {
			p = p[1:]
		}
		for len(p) > 0 && isSpace(p[0]) {
			p = p[1:]
		}
	}
	return p
}

func (m *Message) parseMIME() error {
	if m.opts.MaxMessage > 0 && len(m.Data) > m.opts.MaxMessage {
		return fmt.Errorf("%w: %d > %d", ErrTooBig, len(m.Data), m.opts.MaxMessage)
	}
	ps := &parser{msg: m, root: &rootState{seed: maphash.MakeSeed()}}
	st := &runtime{buf: m.Data, root: ps.root}
	return ps.parseMessage(nil, st)
}

// fromData makes the whole message one part (rspamd_message_from_data
// without the request headers).
func (m *Message) fromData() {
	p := &Part{Raw: m.Data, Parsed: m.Data, Number: len(m.Parts), Headers: &Headers{}}
	p.CT = ParseContentType("application/octet-stream")
	if m.opts.Detector != nil {
		if d, ok := m.opts.Detector(m, p); ok && d.CT != "" {
			if ct := ParseContentType(d.CT); ct != nil {
				p.CT = ct
			}
		}
	}
	p.DetectedCT = p.CT
	p.CD = ParseContentDisposition("inline")
	m.Parts = append(m.Parts, p)
	p.calcDigest()
	var rnd [16]byte
	_, _ = rand.Read(rnd[:])
	m.MessageID = hex.EncodeToString(rnd[:5]) + "." + hex.EncodeToString(rnd[5:13]) + "@localhost.localdomain"
	m.messageIDSet = true
}

// digestSeedKey is the BLAKE2b of "rspamd" read as the first seed.
var digestSeed = uint64(0x4cc38dcc80ae43ef)

// computeDigest chains t1ha2 over the part digests, then the subject.
func (m *Message) computeDigest() {
	seed := digestSeed
	var lo, hi uint64
	for _, p := range m.Parts {
		lo, hi = fasthash.T1ha2x128(p.Digest[:], seed)
		seed = lo ^ hi
	}
	if m.HasSubject {
		lo, hi = fasthash.T1ha2x128([]byte(m.Subject), seed)
	}
	putLE64(m.Digest[:8], lo)
	putLE64(m.Digest[8:], hi)
}

func putLE64(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

// newlinesType picks the most frequent line break of the header block;
// ties go to CR, then LF.
func newlinesType(counts [3]int) Newlines {
	best, sel := 0, NewlinesCR
	for i := NewlinesCR; i <= NewlinesCRLF; i++ {
		if counts[i] > best {
			best, sel = counts[i], i
		}
	}
	return sel
}

// headersHash is the "headers_hash" mempool variable. Upstream means to
// hash every header name but walks the list through the wrong link, so
// only the last header counts (and not when its flags are exactly
// "received").
func headersHash(list []*Header) string {
	h, _ := blake2b.New512(nil)
	if n := len(list); n > 0 {
		if last := list[n-1]; last.Name != "" && last.Flags != HeaderReceived {
			h.Write([]byte(last.Name))
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// special applies the meaning of well-known top-level headers, in order,
// as rspamd_mime_header_check_special does.
func (m *Message) special(h *Header) {
	maxRcpt := m.opts.MaxRecipients
	switch encoding.LowerASCII(h.Name) {
	case "received":
		if r := received.Parse(h.Decoded); r != nil {
			m.Received = append(m.Received, r)
			h.Flags |= HeaderReceived
		}
	case "to":
		m.RcptMIME = mailaddr.FromMIME(h.Value, m.RcptMIME, maxRcpt)
		h.Flags |= HeaderTo | HeaderRcpt | HeaderUnique
	case "cc":
		m.RcptMIME = mailaddr.FromMIME(h.Value, m.RcptMIME, maxRcpt)
		h.Flags |= HeaderCc | HeaderRcpt | HeaderUnique
	case "bcc":
		m.RcptMIME = mailaddr.FromMIME(h.Value, m.RcptMIME, maxRcpt)
		h.Flags |= HeaderBcc | HeaderRcpt | HeaderUnique
	case "from":
		m.FromMIME = mailaddr.FromMIME(h.Value, m.FromMIME, maxRcpt)
		h.Flags |= HeaderFrom | HeaderSender | HeaderUnique
	case "message-id":
		h.Flags = HeaderMessageID | HeaderUnique
		h.Decoded = string(bytes.TrimFunc(StripComments([]byte(h.Decoded)), func(r rune) bool {
			return r < utf8.RuneSelf && isSpace(byte(r))
		}))
		if id, ok := cleanMessageID(h.Decoded); ok {
			m.MessageID = id
			m.messageIDSet = true
		}
	case "subject":
		if !m.HasSubject {
			m.Subject = h.Decoded
			m.HasSubject = true
		}
		h.Flags = HeaderSubject | HeaderUnique
	case "return-path":
		if m.FromEnvelope == nil {
			m.FromEnvelope = mailaddr.FromSMTP(h.Decoded)
		}
		h.Flags = HeaderReturnPath | HeaderUnique
	case "delivered-to":
		if m.DeliverTo == "" {
			m.DeliverTo = h.Decoded
		}
		h.Flags = HeaderDeliveredTo
	case "date", "sender", "in-reply-to", "content-type", "content-transfer-encoding", "references":
		h.Flags = HeaderUnique
	}
}

// cleanMessageID strips the angle brackets and replaces non-graphic
// characters with '?'.
func cleanMessageID(s string) (string, bool) {
	p, end := 0, len(s)
	if p < end && s[p] == '<' {
		p++
	}
	if end <= p {
		return "", false
	}
	if s[end-1] == '>' {
		end--
	}
	b := []byte(s[p:end])
	for i, c := range b {
		if c <= 0x20 || c >= 0x7f {
			b[i] = '?'
		}
	}
	return string(b), true
}

// StripComments removes parenthesised comments (with backslash escapes)
// as rspamd_strip_smtp_comments_inplace does.
func StripComments(in []byte) []byte {
	const (
		normal = iota
		obrace
		comment
		quotedCopy
		quotedIgnore
	)
	out := make([]byte, 0, len(in))
	st, next := normal, normal
	ob, eb := 0, 0
	for _, t := range in {
		switch st {
		case normal:
			switch t {
			case '(':
				st = obrace
			case '\\':
				st, next = quotedCopy, normal
			default:
				out = append(out, t)
			}
		case obrace:
			ob++
			switch t {
			case '(':
				ob++
			case ')':
				eb++
				if ob == eb {
					ob, eb = 0, 0
					st = normal
				}
			case '\\':
				st, next = quotedIgnore, comment
			default:
				st = comment
			}
		case comment:
			switch t {
			case '(':
				st = obrace
			case ')':
				eb++
				if ob == eb {
					ob, eb = 0, 0
					st = normal
				}
			case '\\':
				st, next = quotedIgnore, comment
			}
		case quotedCopy:
			out = append(out, t)
			st = next
		case quotedIgnore:
			st = next
		}
	}
	return out
}
