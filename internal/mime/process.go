package mime

import (
	"sort"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/archive"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/image"
	"github.com/gorspamd/rspamd/internal/text"
)

// URLMode is how hard the URL extractor looks in a text part.
type URLMode int

// URL extraction modes (RSPAMD_URL_FIND_*).
const (
	URLFindAll URLMode = iota
	URLFindStrict
)

// HTMLResult is what the HTML processor returns for an HTML text part.
type HTMLResult struct {
	// Content is the visible text extracted from the HTML.
	Content []byte
	// Exceptions are the spans of Content the tokenizer must keep whole.
	Exceptions []text.Exception
	// HTML is the parsed document (kept in TextPart.HTML).
	HTML any
}

// Hooks connect the analysers that live outside this package (HTML, URLs,
// images, archives, Lua content processing).
type Hooks struct {
	// HTML parses an HTML text part from its UTF-8 source.
	HTML func(msg *Message, tp *TextPart, src []byte) HTMLResult
	// URLs finds the URLs of a text part's stripped text and returns them
	// as exceptions.
	URLs func(msg *Message, tp *TextPart, mode URLMode) []text.Exception
	// SubjectURLs finds URLs in the subject.
	SubjectURLs func(msg *Message, subject string)
	// Content is lua_content.maybe_process_mime_part for undefined parts.
	Content func(msg *Message, p *Part)
	// LinkImages links the images of a message, by Content-Id, to the HTML
	// parts that show them (rspamd_images_link); it is called only when
	// some image has a Content-Id.
	LinkImages func(msg *Message, byCID map[string]*image.Image)
}

func (o *Options) tokenizer() text.Config {
	if o.Tokenizer != nil {
		return *o.Tokenizer
	}
	return text.DefaultConfig
}

type textCandidate struct {
	pos  int
	html bool
}

// canBeText reports whether a part should be processed as text and
// whether as HTML (rspamd_message_part_can_be_parsed_as_text).
func (m *Message) canBeText(p *Part) (isText, isHTML bool) {
	if (p.CT != nil && p.CT.Flags&CTText != 0) || p.DetectedType == "text" {
		isText = true
		if p.CT.Subtype == "html" || p.CT.Subtype == "xhtml" || p.DetectedExt == "html" {
			isHTML = true
		}
	}
	if isText && p.CD != nil && p.CD.Type == DispositionAttachment {
		if m.opts.SkipTextAttachments && !inAlternative(p) {
			return false, false
		}
	}
	return isText, isHTML
}

func parentWithSubtype(p *Part, subtype string) *Part {
	for ; p != nil; p = p.Parent {
		if p.CT != nil && encoding.LowerASCII(p.CT.Subtype) == subtype {
			return p
		}
	}
	return nil
}

func inAlternative(p *Part) bool {
	return p != nil && parentWithSubtype(p.Parent, "alternative") != nil
}

// Process analyses the parsed message as rspamd_message_process does:
// archives, content detection, images, text parts (charset conversion,
// HTML, URLs, words), languages, alternative parts and meta words.
func (m *Message) Process() {
	h := &m.opts.Hooks
	m.processArchives()
	if m.opts.Detector != nil {
		for _, p := range m.Parts {
			if len(p.Parsed) > 0 && ((p.DetectedType == "" && p.DetectedExt == "") || p.Type == PartArchive) {
				if d, ok := m.opts.Detector(m, p); ok {
					p.applyDetection(d)
				}
			}
		}
	}
	var cands []textCandidate
	for i, p := range m.Parts {
		if h.Content != nil && len(p.Parsed) > 0 && p.Type == PartUndefined {
			h.Content(m, p)
		}
		m.processImage(p)
		if p.Type == PartUndefined && p.Flags&PartNoTextExtraction == 0 {
			if isText, isHTML := m.canBeText(p); isText {
				cands = append(cands, textCandidate{pos: i, html: isHTML})
			}
		}
	}
	// HTML parts first, then later parts first.
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.html != b.html {
			return a.html
		}
		return a.pos > b.pos
	})
	for _, c := range cands {
		m.processText(m.Parts[c.pos], c.html)
	}
	if m.HasSubject && h.SubjectURLs != nil {
		h.SubjectURLs(m, m.Subject)
	}
	totalWords := 0
	for _, tp := range m.TextParts {
		if tp.Language == "" {
			tp.detectLanguage(m)
		}
		tp.extractWords(m)
		if tp.wordsSet {
			totalWords += tp.NWords
		}
	}
	budget := 1000000
	for _, tp := range m.TextParts {
		if budget == 0 {
			break
		}
		tp.AltPart = findAlternative(tp, &budget)
	}
	m.partsDistance()
	if totalWords > 0 && m.wordsStatsSet {
		m.avgWordsLen /= float64(totalWords)
		m.shortWords /= float64(totalWords)
	}
	m.TotalWords = totalWords
	if h.LinkImages != nil {
		if cids := m.imagesByContentID(); len(cids) > 0 {
			h.LinkImages(m, cids)
		}
	}
	m.metaWords()
}

func (m *Message) processText(p *Part, isHTML bool) {
	tp := &TextPart{Part: p, Raw: p.Raw, Parsed: p.Parsed}
	if p.CD != nil && p.CD.Type == DispositionAttachment && !inAlternative(p) {
		tp.Flags |= TextAttachment
	}
	if isHTML {
		tp.Flags |= TextHTML
		if len(tp.Parsed) == 0 {
			tp.Flags |= TextEmpty
		} else {
			tp.convert()
			var res HTMLResult
			if m.opts.Hooks.HTML != nil {
				res = m.opts.Hooks.HTML(m, tp, tp.UTFRaw)
			}
			tp.HTML = res.HTML
			tp.Content = res.Content
			tp.Exceptions = append(tp.Exceptions, res.Exceptions...)
			if len(tp.Content) == 0 {
				tp.Flags |= TextEmpty
			}
		}
	} else if len(tp.Parsed) == 0 {
		tp.Flags |= TextEmpty
	} else {
		tp.convert()
		tp.Content = tp.UTFRaw
	}
	m.TextParts = append(m.TextParts, tp)
	p.Type = PartText
	p.Text = tp
	if g := checkGTUBE(tp.Content, m.opts.GTUBEAll); g != GTUBENone {
		tp.GTUBE = g
		m.Flags |= FlagSkip | FlagGTUBE
		return
	}
	tp.strip(m)
	if h := m.opts.Hooks.URLs; h != nil {
		mode := URLFindAll
		if isHTML {
			mode = URLFindStrict
		} else if p.Parent != nil && p.Parent.Type == PartMultipart && len(p.Parent.Children) == 2 {
			mode = URLFindStrict
		}
		tp.Exceptions = append(tp.Exceptions, h(m, tp, mode)...)
	}
	sortExceptions(tp.Exceptions)
	tp.makeWords(m)
}

// findTextInSubtree searches root's children (skipping the exclude branch
// and embedded messages) for a non-attachment text part of the wanted
// kind.
func findTextInSubtree(root, exclude *Part, wantHTML bool, budget *int) *TextPart {
	if root == nil || root.Type != PartMultipart {
		return nil
	}
	for _, child := range root.Children {
		if *budget == 0 {
			return nil
		}
		*budget--
		if exclude != nil && isAncestor(exclude, child) {
			continue
		}
		if child.Type == PartMessage {
			continue
		}
		if child.Type == PartText && child.Text != nil {
			if child.Text.Flags&TextAttachment != 0 {
				continue
			}
			if wantHTML == child.Text.IsHTML() {
				return child.Text
			}
		}
		if child.Type == PartMultipart {
			if found := findTextInSubtree(child, nil, wantHTML, budget); found != nil {
				return found
			}
		}
	}
	return nil
}

func isAncestor(p, ancestor *Part) bool {
	for ; p != nil; p = p.Parent {
		if p == ancestor {
			return true
		}
	}
	return false
}

func findAlternative(tp *TextPart, budget *int) *TextPart {
	mp := tp.Part
	alt := parentWithSubtype(mp.Parent, "alternative")
	if alt == nil {
		return nil
	}
	branch := mp
	for branch.Parent != nil && branch.Parent != alt {
		branch = branch.Parent
	}
	return findTextInSubtree(alt, branch, !tp.IsHTML(), budget)
}

// partsDistance compares the first HTML part having an alternative with
// that alternative (the "parts_distance" and "total_words" variables).
func (m *Message) partsDistance() {
	var p1 *TextPart
	for _, tp := range m.TextParts {
		if tp.IsHTML() && tp.Flags&TextAttachment == 0 && tp.AltPart != nil {
			p1 = tp
			break
		}
	}
	if p1 == nil {
		return
	}
	p2 := p1.AltPart
	if !p1.IsEmpty() && !p2.IsEmpty() && p1.wordsSet && p2.wordsSet {
		if p1.Language != "" {
			p2.Language = p1.Language
			p2.Languages = p1.Languages
		}
		tw := len(p1.NormalizedHashes) + len(p2.NormalizedHashes)
		if tw > 0 {
			dw := wordsDistance(p1.NormalizedHashes, p2.NormalizedHashes)
			m.PartsDistance = float64(dw) / float64(tw)
			m.TotalWordsVar = tw
			m.distanceSet = true
		}
		return
	}
	h1, h2 := len(p1.NormalizedHashes) > 0, len(p2.NormalizedHashes) > 0
	if h1 != h2 {
		ne := p1
		if h2 {
			ne = p2
		}
		m.PartsDistance = 1.0
		m.TotalWordsVar = len(ne.NormalizedHashes)
		m.distanceSet = true
	}
}

// wordsDistance is a Levenshtein distance over word hashes where a
// replacement costs two.
func wordsDistance(w1, w2 []uint64) int {
	const maxWords = 8192
	s1, s2 := len(w1), len(w2)
	if s1+s2 > maxWords {
		if s1 > s2 {
			return s1 - s2
		}
		return s2 - s1
	}
	col := make([]int, s1+1)
	for y := 1; y <= s1; y++ {
		col[y] = y
	}
	for x := 1; x <= s2; x++ {
		col[0] = x
		lastdiag := x - 1
		for y := 1; y <= s1; y++ {
			old := col[y]
			eq := 0
			if w1[y-1] == w2[x-1] {
				eq = 1
			}
			col[y] = min(col[y]+1, col[y-1]+1, lastdiag+eq*2)
			lastdiag = old
		}
	}
	return col[s1]
}

// metaWords tokenises the subject and the first From display name
// (rspamd_tokenize_meta_words).
func (m *Message) metaWords() {
	add := func(s string) {
		b := []byte(s)
		utf := utf8.Valid(b)
		m.MetaWords = text.Tokenize(b, utf, nil, m.opts.tokenizer(), m.budget, m.MetaWords)
		m.metaSet = len(m.MetaWords) > 0
	}
	if m.HasSubject {
		add(m.Subject)
	}
	if len(m.FromMIME) > 0 && m.FromMIME[0].HasName {
		add(m.FromMIME[0].Name)
	}
	if !m.metaSet {
		return
	}
	lang := ""
	if len(m.TextParts) > 0 {
		lang = m.TextParts[0].Language
	}
	text.NormalizeWords(m.MetaWords)
	text.StemWords(m.MetaWords, lang, m.opts.Lang.StopWords())
	for i := range m.MetaWords {
		m.MetaWords[i].Flags |= text.WordHeader
	}
}

// processArchives lists the archives the content detector found
// (rspamd_archives_process).
func (m *Message) processArchives() {
	for _, p := range m.Parts {
		if len(p.Parsed) == 0 || p.Type == PartArchive {
			continue
		}
		if p.DetectedExt != "" {
			if a := archive.Parse(p.DetectedExt, p.Parsed, p.Filename(), &m.archiveFiles); a != nil {
				p.Type = PartArchive
				p.Specific = a
			}
		}
		if p.CT != nil && p.CT.Flags&CTText != 0 && p.Type == PartArchive && p.CT.Flags&CTMissing == 0 {
			p.CT.Flags |= CTBroken
		}
	}
}

// Archive returns the part's archive listing, if it is an archive.
func (p *Part) Archive() *archive.Archive {
	a, _ := p.Specific.(*archive.Archive)
	return a
}

// Image returns the part's image, if it is an image.
func (p *Part) Image() *image.Image {
	img, _ := p.Specific.(*image.Image)
	return img
}

// processImage reads a part the content detector calls an image
// (rspamd_images_process_mime_part_maybe).
func (m *Message) processImage(p *Part) {
	if p.Type != PartUndefined || p.DetectedType != "image" || len(p.Parsed) == 0 {
		return
	}
	img := image.Parse(p.DetectedExt, p.Parsed)
	if img == nil {
		return
	}
	img.Filename = p.Filename()
	p.Specific = img
	p.Type = PartImage
	if p.CD == nil {
		p.CD = &ContentDisposition{}
	}
}

// imagesByContentID maps the Content-Id of image parts (without angle
// brackets) to their images; a later part wins.
func (m *Message) imagesByContentID() map[string]*image.Image {
	cids := map[string]*image.Image{}
	for _, p := range m.Parts {
		img := p.Image()
		if p.Type != PartImage || img == nil {
			continue
		}
		h := p.Headers.First("Content-Id")
		if h == nil {
			continue
		}
		cid := h.Decoded
		if len(cid) > 0 && cid[0] == '<' {
			cid = cid[1:]
		}
		if len(cid) > 0 {
			if cid[len(cid)-1] == '>' {
				cid = cid[:len(cid)-1]
			}
			cids[cid] = img
		}
	}
	return cids
}
