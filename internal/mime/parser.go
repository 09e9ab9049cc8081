package mime

import (
	"errors"
	"fmt"
	"hash/maphash"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/encoding"
	"golang.org/x/crypto/blake2b"
)

// PartType is what a part turned out to be (enum rspamd_mime_part_type).
type PartType int

// Part types, with upstream's values.
const (
	PartUndefined PartType = iota
	PartMultipart
	PartMessage
	PartText
	PartArchive
	PartImage
	PartCustomLua
)

// PartFlags are rspamd's part flags (enum rspamd_mime_part_flags).
type PartFlags uint32

// Part flags, with upstream's bit values.
const (
	PartAttachment       PartFlags = 1 << 1
	PartBadCTE           PartFlags = 1 << 4
	PartMissingCTE       PartFlags = 1 << 5
	PartNoTextExtraction PartFlags = 1 << 6
	PartComputed         PartFlags = 1 << 7
)

// Part is one MIME part of a message.
type Part struct {
	CT *ContentType
	// DetectedCT, DetectedType and DetectedExt come from the content type
	// detector (lua_magic upstream); DetectedType "text" is also set for
	// undetected parts whose declared type is text.
	DetectedCT   *ContentType
	DetectedType string
	DetectedExt  string
	CD           *ContentDisposition
	// Raw is the part body as found in the message, Parsed after transfer
	// decoding.
	Raw, Parsed []byte
	Parent      *Part
	// Headers indexes the part's headers; HeaderOrder lists them in order
	// (empty for the message's top part, which shares the message headers).
	Headers     *Headers
	HeaderOrder []*Header
	// RawHeaders is the part's header block as written.
	RawHeaders []byte
	CTE        CTE
	Flags      PartFlags
	Type       PartType
	// Number is the index of the part in Message.Parts.
	Number int
	// Children and Boundary (as written) of a multipart.
	Children []*Part
	Boundary string
	// Text is set for text parts.
	Text *TextPart
	// Specific holds what the image or archive analysers (or Lua) attach.
	Specific any
	// URLs found in this part (filled by the URL extractor).
	URLs []any
	// Digest is the keyed BLAKE2b-512 of Parsed (zero when Parsed is
	// empty).
	Digest [64]byte
}

// IsMultipart, IsMessage and IsText report the part type.
func (p *Part) IsMultipart() bool { return p != nil && p.Type == PartMultipart }

// IsMessage reports an embedded message part.
func (p *Part) IsMessage() bool { return p != nil && p.Type == PartMessage }

// IsText reports a part processed as text.
func (p *Part) IsText() bool { return p != nil && p.Type == PartText }

// Filename returns the file name from the disposition ("" if none).
func (p *Part) Filename() string {
	if p.CD == nil {
		return ""
	}
	return p.CD.Filename
}

// IsAttachment is mimepart:is_attachment(): an attachment disposition, or
// a file name on a part that is neither an image nor has a Content-Id.
func (p *Part) IsAttachment() bool {
	if p.CD != nil && p.CD.Type == DispositionAttachment {
		return true
	}
	if p.CD != nil && p.CD.Filename != "" {
		return p.Type != PartImage && p.Headers.First("Content-Id") == nil
	}
	return false
}

// EnclosingBoundary is the boundary of the multipart holding the part.
func (p *Part) EnclosingBoundary() (string, bool) {
	if p.Parent == nil || p.Parent.Type != PartMultipart {
		return "", false
	}
	return p.Parent.Boundary, true
}

// Detection is what a content type detector reports about a part.
type Detection struct {
	Ext  string // detected extension ("" if none)
	CT   string // detected content type ("" if none)
	Type string // detected type class, e.g. "text", "image", "message"
	// NoText forbids text extraction.
	NoText bool
}

// applyDetection records what the detector found in the part.
func (p *Part) applyDetection(d Detection) {
	if d.Ext != "" {
		p.DetectedExt = d.Ext
	}
	if d.CT != "" {
		p.DetectedCT = ParseContentType(d.CT)
	}
	if d.Type != "" {
		p.DetectedType = d.Type
	}
	if d.NoText {
		p.Flags |= PartNoTextExtraction
	}
}

// Detector guesses the real type of a decoded part (lua_magic upstream).
type Detector func(msg *Message, p *Part) (Detection, bool)

// Parse errors.
var (
	ErrNesting = errors.New("mime: nesting level is too high")
	ErrLimit   = errors.New("mime: too many parts")
	ErrTooBig  = errors.New("mime: message size exceeds configured maximum")
	errNoPart  = errors.New("mime: no part")
)

const (
	maxNested            = 64
	maxParts             = 10000
	maxBoundaryCandidate = 100000
)

// digestKey is BLAKE2b of "rspamd", the key of part digests.
var digestKey = []byte{
	0xef, 0x43, 0xae, 0x80, 0xcc, 0x8d, 0xc3, 0x4c, 0x6f, 0x1b, 0xd6, 0x18,
	0x1b, 0xae, 0x87, 0x74, 0x0c, 0xca, 0xf7, 0x8e, 0x5f, 0x2e, 0x54, 0x32,
	0xf6, 0x79, 0xb9, 0x27, 0x26, 0x96, 0x20, 0x92, 0x70, 0x07, 0x85, 0xeb,
	0x83, 0xf7, 0x89, 0xe0, 0xd7, 0x32, 0x2a, 0xd2, 0x1a, 0x64, 0x41, 0xef,
	0x49, 0xff, 0xc3, 0x8c, 0x54, 0xf9, 0x67, 0x74, 0x30, 0x1e, 0x70, 0x2e,
	0xb7, 0x12, 0x09, 0xfe,
}

func (p *Part) calcDigest() {
	if len(p.Parsed) == 0 {
		return
	}
	h, _ := blake2b.New512(digestKey)
	h.Write(p.Parsed)
	h.Sum(p.Digest[:0])
}

// boundary is a line starting with "--" somewhere in the message.
type boundary struct {
	at     int // offset of the "--"
	start  int // offset of what follows the line (or of a closing "--")
	hash   uint64
	closed uint64 // hash including the trailing "--" of a closing line
	isEnd  bool
}

// runtime is the parser state for one buffer (the message or the decoded
// body of an embedded message).
type runtime struct {
	buf        []byte
	pos        int
	boundaries []boundary
	nesting    int
	stack      int
	root       *rootState
}

type rootState struct {
	seed       maphash.Seed
	candidates int
	limitHit   bool
}

type parser struct {
	msg  *Message
	root *rootState
}

// hash is the boundary comparison key: the ASCII-lowercased line.
func (ps *parser) hash(b []byte) uint64 {
	l := make([]byte, len(b))
	copy(l, b)
	lowerASCIIInPlace(l)
	return maphash.Bytes(ps.root.seed, l)
}

func (ps *parser) checkPartLimit() error {
	if len(ps.msg.Parts) >= maxParts {
		return fmt.Errorf("%w: %d", ErrLimit, maxParts)
	}
	return nil
}

// preprocess finds every boundary-like line ("--" at a line start) in the
// part's body, as rspamd's multipattern pass does.
func (ps *parser) preprocess(top *Part, st *runtime, rawOff int) {
	var from, to int
	if rawOff >= st.pos {
		from, to = rawOff, rawOff+len(top.Raw)
		if from > 0 {
			from--
		}
	} else {
		from, to = st.pos, len(st.buf)
	}
	text := st.buf[from:to]
	for i := 0; i+2 < len(text); i++ {
		c := text[i]
		if (c != '\r' && c != '\n') || text[i+1] != '-' || text[i+2] != '-' {
			continue
		}
		if ps.boundaryCandidate(st, from, text, i+3) {
			return
		}
	}
}

// boundaryCandidate records the line after "--" at text[mp:]; it reports
// true when the candidate limit stops the search.
func (ps *parser) boundaryCandidate(st *runtime, base int, text []byte, mp int) bool {
	end := len(text)
	if mp >= end {
		return false
	}
	blen := 0
	for q := mp; q < end && text[q] != '\r' && text[q] != '\n'; q++ {
		blen++
	}
	if blen == 0 {
		return false
	}
	closing := false
	bend := mp + blen - 1
	if text[bend] == '-' {
		if bend > mp+1 && text[bend-1] == '-' {
			closing = true
			bend--
			blen -= 2
		} else {
			bend++
		}
	} else {
		bend++
	}
	for bend < end {
		if text[bend] == '\r' {
			bend++
			if bend < end && text[bend] == '\n' {
				bend++
			}
		} else if text[bend] == '\n' {
			bend++
		} else if isSpace(text[bend]) {
			bend++
			continue
		}
		break
	}
	b := boundary{at: base + mp - 2, start: base + bend}
	b.hash = ps.hash(text[mp : mp+blen])
	if closing {
		b.isEnd = true
		b.closed = ps.hash(text[mp : mp+blen+2])
	}
	root := st.root
	if root.candidates >= maxBoundaryCandidate {
		if !root.limitHit {
			root.limitHit = true
			ps.msg.Flags |= FlagBrokenHeaders
		}
		return true
	}
	root.candidates++
	st.boundaries = append(st.boundaries, b)
	return false
}

// selectCT parses every Content-Type header and keeps the first one that
// parses, or a later multipart one.
func selectCT(hdrs []*Header) *ContentType {
	var sel *ContentType
	for _, h := range hdrs {
		ct := ParseContentType(h.Value)
		if ct == nil {
			continue
		}
		if sel == nil || ct.Flags&CTMultipart != 0 {
			sel = ct
		}
	}
	return sel
}

// parseMessage parses a message: the task's message when part is nil, or
// the decoded body of an embedded message part.
func (ps *parser) parseMessage(part *Part, st *runtime) error {
	if st.nesting > maxNested {
		return fmt.Errorf("%w: %d", ErrNesting, st.nesting)
	}
	msg := ps.msg
	np := &Part{}
	nst := st
	var cts []*Header
	var bodyOff int // offset of the body in nst.buf
	if part == nil {
		buf := st.buf
		hdrLen, bodyPos := findEOH(buf)
		if hdrLen > 0 && hdrLen < len(buf) {
			ps.topHeaders(buf[:hdrLen], bodyPos)
			np.Headers = msg.Headers
			cts = msg.Headers.Get("Content-Type")
		} else if hdrLen, bodyPos = headersHeuristic(buf); hdrLen > 0 && hdrLen <= len(buf) {
			ps.topHeaders(buf[:hdrLen], bodyPos)
			np.Headers = msg.Headers
			cts = msg.Headers.Get("Content-Type")
			msg.Flags |= FlagBrokenHeaders
		} else {
			bodyPos = 0
		}
		bodyOff = bodyPos
		if np.Headers == nil {
			np.Headers = msg.Headers
		}
	} else {
		nst = &runtime{buf: part.Parsed, nesting: st.nesting, root: st.root}
		st.nesting++
		buf := part.Parsed
		hdrLen, bodyPos := findEOH(buf)
		np.Headers = &Headers{}
		if hdrLen > 0 && hdrLen < len(buf) {
			np.RawHeaders = buf[:hdrLen]
			hp := parseHeaders(np.RawHeaders, false, &msg.hdrLimits)
			ps.noteHeaders(hp)
			np.Headers = hp.headers
			np.HeaderOrder = hp.headers.List
			cts = np.Headers.Get("Content-Type")
		} else {
			bodyPos = 0
		}
		bodyOff = bodyPos
	}
	np.Raw = nst.buf[bodyOff:]
	np.Parent = part
	sel := selectCT(cts)
	if sel == nil {
		sel = &ContentType{Type: "text", Subtype: "plain", Flags: CTText | CTMissing}
	}
	np.CT = sel
	if sel.Flags&(CTMultipart|CTMessage) != 0 {
		ps.preprocess(np, nst, bodyOff)
	}
	var err error
	switch {
	case sel.Flags&CTMultipart != 0:
		nst.stack++
		nst.nesting++
		np.Type = PartMultipart
		np.Boundary = sel.OrigBoundary
		err = ps.parseMultipart(np, nst, bodyOff)
	case sel.Flags&CTMessage != 0:
		nst.stack++
		nst.nesting++
		if err = ps.parseNormal(np, nst); err == nil {
			np.Type = PartMessage
			err = ps.parseMessage(np, nst)
		}
	default:
		if err = ps.parseNormal(np, nst); err == nil {
			err = ps.detect(np, nst)
		}
	}
	if err != nil {
		return err
	}
	if part != nil && st.stack > 0 {
		st.stack--
		st.nesting--
	}
	// Boundaries nobody claimed become parts of their own.
	cur := nst.pos
	endOff := len(st.buf)
	sel2 := 0
	for {
		found := -1
		for i := sel2; i < len(nst.boundaries); i++ {
			b := &nst.boundaries[i]
			if b.start > cur && b.at < endOff && !b.isEnd {
				found = i
				sel2 = i
				break
			}
		}
		if found < 0 {
			break
		}
		end := len(nst.buf)
		if len(nst.boundaries) > sel2+1 {
			end = nst.boundaries[sel2+1].at
		}
		sel2++
		start := nst.boundaries[found].start
		if end > start {
			if err := ps.multipartNode(nst, nil, start, end, false); err != nil {
				if errors.Is(err, errNoPart) {
					return nil
				}
				return err
			}
		}
	}
	return nil
}

// topHeaders parses the message's own header block.
func (ps *parser) topHeaders(raw []byte, bodyPos int) {
	msg := ps.msg
	msg.RawHeaders = raw
	msg.BodyStart = bodyPos
	hp := parseHeaders(raw, true, &msg.hdrLimits)
	ps.noteHeaders(hp)
	msg.Headers = hp.headers
	for _, h := range hp.headers.List {
		msg.special(h)
	}
	msg.Newlines = newlinesType(hp.newlines)
	msg.HeadersHash = headersHash(hp.headers.List)
	msg.headersParsed = true
}

func (ps *parser) noteHeaders(hp headerParse) {
	if hp.broken {
		ps.msg.Flags |= FlagBrokenHeaders
	}
	if hp.badUTF {
		ps.msg.Flags |= FlagBadUnicode
	}
}

// headersHeuristic accepts a message without an empty line as all headers
// when its first 76 bytes start like "Name: value".
func headersHeuristic(in []byte) (int, int) {
	maxLen := min(len(in), 76)
	const (
		beforeColon = iota
		colon
		spaces
		value
		bad
	)
	st := beforeColon
	for p := 0; p < maxLen; p++ {
		c := in[p]
		switch st {
		case beforeColon:
			if c == ':' {
				st = colon
			} else if c <= 0x20 || c >= 0x7f {
				st = bad
			}
		case colon:
			if isSpace(c) {
				st = spaces
			} else {
				st = value
			}
		case spaces:
			if !isSpace(c) {
				st = value
			}
		case value:
			return len(in), len(in)
		case bad:
			return -1, -1
		}
	}
	if st == value {
		return len(in), len(in)
	}
	return -1, -1
}

// multipartNode parses the part between two boundaries (or a leftover
// boundary when parent is nil).
func (ps *parser) multipartNode(st *runtime, parent *Part, start, end int, finished bool) error {
	if start >= end {
		return errNoPart
	}
	buf := st.buf
	hdrLen, bodyPos := 0, 0
	if buf[start] == '\n' || buf[start] == '\r' {
		if !finished {
			seen := false
			for _, c := range buf[start:end] {
				if isAlnum(c) {
					seen = true
					break
				}
			}
			if !seen {
				return errNoPart
			}
		}
	} else {
		hdrLen, bodyPos = findEOH(buf[start:end])
	}
	np := &Part{Parent: parent, Headers: &Headers{}}
	if parent != nil {
		parent.Children = append(parent.Children, np)
	}
	var cts []*Header
	rawOff := start
	if hdrLen > 0 && hdrLen < end-start {
		np.RawHeaders = buf[start : start+hdrLen]
		rawOff = start + bodyPos
		np.Raw = buf[rawOff:end]
		hp := parseHeaders(np.RawHeaders, false, &ps.msg.hdrLimits)
		ps.noteHeaders(hp)
		np.Headers = hp.headers
		np.HeaderOrder = hp.headers.List
		cts = np.Headers.Get("Content-Type")
	} else {
		np.Raw = buf[start:end]
	}
	sel := selectCT(cts)
	if sel == nil {
		sel = &ContentType{Type: "text", Subtype: "plain"}
	}
	np.CT = sel
	switch {
	case sel.Flags&CTMultipart != 0:
		st.nesting++
		st.stack++
		np.Type = PartMultipart
		np.Boundary = sel.OrigBoundary
		return ps.parseMultipart(np, st, rawOff)
	case sel.Flags&CTMessage != 0:
		st.nesting++
		st.stack++
		np.Type = PartMessage
		if err := ps.parseNormal(np, st); err != nil {
			return err
		}
		return ps.parseMessage(np, st)
	}
	if err := ps.parseNormal(np, st); err != nil {
		return err
	}
	return ps.detect(np, st)
}

// multipartState is the boundary walk of one multipart.
type multipartState struct {
	part      *Part
	partStart int
	hasStart  bool
	known     bool // a boundary is known (declared or guessed)
	bhash     uint64
}

func (ps *parser) parseMultipart(part *Part, st *runtime, rawOff int) error {
	if st.nesting > maxNested {
		return fmt.Errorf("%w: %d", ErrNesting, st.nesting)
	}
	if err := ps.checkPartLimit(); err != nil {
		return err
	}
	part.Number = len(ps.msg.Parts)
	ps.msg.Parts = append(ps.msg.Parts, part)
	st.nesting++
	ps.partCTE(part)
	st.pos = rawOff
	mp := &multipartState{part: part}
	if part.CT.Boundary != "" {
		mp.known = true
		mp.bhash = ps.hash([]byte(part.CT.Boundary))
	}
	err := ps.filterBoundaries(part, st, mp, rawOff)
	st.nesting--
	if st.stack > 0 {
		st.stack--
	}
	return err
}

func (ps *parser) filterBoundaries(part *Part, st *runtime, mp *multipartState, partOff int) error {
	lastOff := partOff + len(part.Raw)
	bs := st.boundaries
	left, right := 0, len(bs)
	for left < right {
		mid := left + (right-left)/2
		if bs[mid].start < partOff {
			left = mid + 1
		} else {
			right = mid
		}
	}
	sel := len(bs)
	for i := left; i < len(bs); i++ {
		cur := &bs[i]
		if cur.start < partOff {
			continue
		}
		if mp.known {
			if mp.bhash == cur.hash {
				sel = i
				break
			}
			if cur.isEnd && mp.bhash == cur.closed {
				cur.isEnd = false
				cur.hash = cur.closed
				sel = i
				break
			}
		} else {
			mp.known = true
			mp.bhash = cur.hash
			sel = i
			break
		}
	}
	enforce := false
	i := sel
	for ; i < len(bs); i++ {
		cur := &bs[i]
		if cur.at > lastOff {
			ps.msg.Flags |= FlagBrokenHeaders
			enforce = true
			break
		}
		if cur.hash == mp.bhash || (cur.closed == mp.bhash && cur.closed != 0) {
			if err := ps.boundaryFound(st, mp, cur.at, cur.start); err != nil {
				return err
			}
			if cur.closed == mp.bhash && cur.closed != 0 {
				cur.isEnd = false
				cur.hash = cur.closed
			}
			if cur.isEnd {
				if i < len(bs)-1 {
					next := &bs[i+1]
					if next.hash == mp.bhash {
						continue
					}
					if next.closed == mp.bhash && next.closed != 0 {
						next.isEnd = false
						next.hash = next.closed
						continue
					}
				}
				break
			}
		}
	}
	if enforce || (i == len(bs) && mp.known) {
		return ps.boundaryFound(st, mp, lastOff, -1)
	}
	return nil
}

// boundaryFound handles one boundary of the multipart: the first one
// starts the first part, later ones end the current part.
func (ps *parser) boundaryFound(st *runtime, mp *multipartState, at, start int) error {
	if !mp.hasStart {
		mp.hasStart = true
		mp.partStart = start
		st.pos = start
		return nil
	}
	if mp.partStart < at && mp.known {
		if err := ps.multipartNode(st, mp.part, mp.partStart, at, true); err != nil {
			return err
		}
		if start > 0 {
			mp.partStart = start
			st.pos = start
		}
	}
	return nil
}

// partCTE sets the transfer encoding from the headers, or inherits the
// parent's when the header is missing.
func (ps *parser) partCTE(p *Part) {
	hdrs := p.Headers.Get("Content-Transfer-Encoding")
	if len(hdrs) == 0 {
		if p.Parent != nil && p.Parent.CTE != CTEUnknown && p.Parent.Flags&PartMissingCTE == 0 {
			p.CTE = p.Parent.CTE
			return
		}
		p.Flags |= PartMissingCTE
		return
	}
	for _, h := range hdrs {
		v := h.Value
		if len(v) > 127 {
			v = v[:127]
		}
		if cte := parseCTE(encoding.LowerASCII(v)); cte != CTEUnknown {
			p.CTE = cte
			return
		}
	}
}

// partCD sets the disposition from the headers or from the file name
// parameters of Content-Type.
func (ps *parser) partCD(p *Part) {
	fromCT := func(cd *ContentDisposition) {
		if p.CT == nil {
			return
		}
		prm := p.CT.Params.Get("name")
		if prm == nil {
			prm = p.CT.Params.Get("filename")
		}
		if prm != nil {
			cd.Type = DispositionAttachment
			cd.Filename = prm.Value
			cd.HasFilename = true
		}
	}
	hdrs := p.Headers.Get("Content-Disposition")
	if len(hdrs) == 0 {
		cd := &ContentDisposition{Type: DispositionInline}
		fromCT(cd)
		p.CD = cd
		return
	}
	var cd *ContentDisposition
	for _, h := range hdrs {
		cd = ParseContentDisposition(h.Value)
		if cd != nil {
			if cd.Filename == "" {
				fromCT(cd)
			}
			break
		}
		if p.CT != nil {
			cd = &ContentDisposition{Type: DispositionInline}
			fromCT(cd)
		}
	}
	p.CD = cd
}

func (ps *parser) parseNormal(p *Part, st *runtime) error {
	if err := ps.checkPartLimit(); err != nil {
		return err
	}
	ps.partCTE(p)
	ps.partCD(p)
	switch p.CTE {
	case CTE7Bit, CTE8Bit, CTEUnknown:
		if p.CT != nil && p.CT.Flags&CTMissing != 0 && p.CTE != CTE7Bit {
			// Upstream means "8-bit and not UTF-8" but tests
			// !rspamd_fast_utf8_validate(), which returns 0 for valid
			// UTF-8: it is 8-bit valid UTF-8 that loses the text type.
			if has8bit(p.Raw) && utf8.Valid(p.Raw) {
				p.CT.Flags &^= CTText
				p.CT.Flags |= CTBroken
			}
		}
		p.Parsed = p.Raw
	case CTEQP:
		p.Parsed = decodeQP(p.Raw)
	case CTEBase64:
		p.Parsed, _ = encoding.DecodeBase64(p.Raw)
	case CTEUUE:
		if out, ok := decodeUUE(p.Raw); ok {
			p.Parsed = out
		} else {
			if p.CT != nil {
				p.CT.Flags |= CTBroken
			}
			p.CTE = CTE8Bit
			n := min(len(p.Raw), max(16, len(p.Raw)/4*3+12))
			p.Parsed = p.Raw[:n]
		}
	}
	p.Number = len(ps.msg.Parts)
	ps.msg.Parts = append(ps.msg.Parts, p)
	p.calcDigest()
	return nil
}

// detect runs the content type detector on a decoded part and parses the
// part as a message when it finds one.
func (ps *parser) detect(p *Part, st *runtime) error {
	promote := false
	if ps.msg.opts.Detector != nil {
		if d, ok := ps.msg.opts.Detector(ps.msg, p); ok {
			p.applyDetection(d)
			promote = d.Type == "message" || encoding.LowerASCII(d.Ext) == "eml"
		}
	}
	if p.DetectedType == "" && p.CT != nil && p.CT.Flags&CTText != 0 {
		p.DetectedType = "text"
	}
	if promote {
		st.nesting++
		st.stack++
		p.Type = PartMessage
		return ps.parseMessage(p, st)
	}
	return nil
}

func has8bit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
