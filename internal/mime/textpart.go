package mime

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/text"
)

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

// TextStats are the character statistics of a text part
// (textpart:get_stats()).
type TextStats struct {
	Lines, EmptyLines, Spaces, NonSpaces, DoubleSpaces int
	ASCII, NonASCII, Capitals, Digits                  int
}

// TextPart is a part processed as text.
type TextPart struct {
	Part  *Part
	Flags TextPartFlags
	// Raw and Parsed are the part's raw and decoded bodies.
	Raw, Parsed []byte
	// UTFRaw is the decoded body converted to UTF-8 (or kept as is when it
	// cannot be); Content is the text (UTFRaw, or the text extracted from
	// HTML); Stripped is Content with line breaks folded to spaces and
	// zero-width spaces removed.
	UTFRaw, Content, Stripped []byte
	// RealCharset is the charset the part was decoded from ("" if none).
	RealCharset string
	// HTML is what the HTML processor returned.
	HTML any
	// Exceptions are the spans the tokenizer leaves whole (URLs, line
	// breaks), sorted by position.
	Exceptions []text.Exception
	Words      []text.Word
	// wordsSet tells that at least one word was produced (upstream's
	// allocated word vector).
	wordsSet         bool
	NormalizedHashes []uint64
	Language         string
	Languages        []text.LangResult
	NWords           int
	Stats            TextStats
	// Newlines are the offsets in Stripped where line breaks were folded.
	Newlines []int
	AltPart  *TextPart
	// GTUBE is the GTUBE pattern found in the text, if any.
	GTUBE GTUBE
}

// IsEmpty, IsUTF and IsHTML report the part flags.
func (tp *TextPart) IsEmpty() bool { return tp.Flags&TextEmpty != 0 }

// IsUTF reports text converted to (or found in) UTF-8.
func (tp *TextPart) IsUTF() bool { return tp.Flags&TextUTF != 0 }

// IsHTML reports an HTML part.
func (tp *TextPart) IsHTML() bool { return tp.Flags&TextHTML != 0 }

// HasWords reports whether tokenisation produced words.
func (tp *TextPart) HasWords() bool { return tp.wordsSet }

// convert decodes the part to UTF-8 as rspamd_mime_text_part_maybe_convert
// does: valid UTF-8 and 7-bit text are kept, a declared charset is
// converted with ICU, and CED guesses a missing, unknown or wrong one.
func (tp *TextPart) convert() {
	part := tp.Part
	if has8bit(tp.Raw) {
		tp.Flags |= Text8BitRaw
	}
	content := append([]byte(nil), tp.Parsed...)
	needHeuristic, validUTF8, checked := true, false, false
	if has8bit(tp.Parsed) {
		if utf8.Valid(tp.Parsed) {
			needHeuristic, validUTF8, checked = false, true, true
		}
		tp.Flags |= Text8BitEncoded
	} else {
		needHeuristic, validUTF8, checked = false, true, true
	}
	var cs string
	realSet := false
	binary := func(c string) {
		tp.Flags &^= TextUTF
		tp.UTFRaw = content
		tp.RealCharset = c
	}
	if part.CT.Charset == "" {
		if needHeuristic {
			c, ok := charset.DetectMaybeSplit(tp.Parsed)
			if ok && encoding.EqualFoldASCII(c, charset.Binary) {
				binary(c)
				return
			}
			checked = true
			cs = c
			tp.RealCharset, realSet = c, ok
		} else if validUTF8 {
			tp.Flags |= TextUTF
			tp.UTFRaw = content
			tp.RealCharset = charset.UTF8
			return
		}
	} else {
		c, ok := charset.Canonical(part.CT.Charset)
		if !ok {
			if needHeuristic {
				c2, ok2 := charset.DetectMaybeSplit(content)
				if ok2 && encoding.EqualFoldASCII(c2, charset.Binary) {
					binary(c2)
					return
				}
				checked = true
				cs = c2
				tp.RealCharset, realSet = c2, ok2
			} else if validUTF8 {
				tp.RealCharset, realSet = charset.UTF8, true
			}
		} else {
			cs = c
			tp.RealCharset, realSet = c, true
			if c != charset.UTF8 {
				validUTF8 = false
			}
		}
	}
	if !realSet {
		tp.Flags &^= TextUTF
		tp.UTFRaw = content
		return
	}
	if validUTF8 {
		tp.Flags |= TextUTF
		tp.UTFRaw = content
		return
	}
	if part.Flags&PartComputed != 0 {
		tp.Flags &^= TextUTF
		tp.UTFRaw = content
		return
	}
	if c, isUTF := utfCheck(cs, content, !checked); isUTF {
		tp.Flags |= TextUTF
		tp.UTFRaw = content
		tp.RealCharset = charset.UTF8
		return
	} else {
		cs = c
	}
	if canon, ok := charset.Canonical(cs); ok {
		cs = canon
	}
	if encoding.EqualFoldASCII(cs, charset.Binary) {
		binary(cs)
		return
	}
	out, err := charset.ToUTF8(content, cs)
	if err != nil {
		tp.Flags &^= TextUTF
		tp.UTFRaw = content
		return
	}
	tp.Flags |= TextUTF
	tp.UTFRaw = out
	tp.RealCharset = cs
}

// utfCheck is rspamd_mime_charset_utf_check: it reports whether text in
// charset cs can be taken as UTF-8; with contentCheck it also checks the
// bytes, guessing the real charset (returned) of invalid UTF-8 or forcing
// it valid when no guess is possible.
func utfCheck(cs string, content []byte, contentCheck bool) (string, bool) {
	if !charset.UTFCompatible(cs) {
		return cs, false
	}
	if contentCheck && !utf8.Valid(content) {
		if real, ok := charset.DetectMaybeSplit(content); ok {
			if charset.UTFCompatible(real) {
				return charset.UTF8, true
			}
			return real, false
		}
		charset.EnforceUTF8(content)
	}
	return cs, true
}

// isZeroWidth are the invisible characters removed from text.
func isZeroWidth(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0x00AD
}

const maxMessageNewlines = 100000

// strip fills Stripped and puts an exception for every line break before
// the exceptions already found.
func (tp *TextPart) strip(msg *Message) {
	if tp.IsEmpty() {
		tp.Stripped = []byte{}
		return
	}
	tp.stripNewlines(msg)
	if len(tp.Newlines) == 0 {
		return
	}
	ex := make([]text.Exception, 0, len(tp.Newlines)+len(tp.Exceptions))
	for _, pos := range tp.Newlines {
		ex = append(ex, text.Exception{Pos: pos, Type: text.ExceptionNewline})
	}
	tp.Exceptions = append(ex, tp.Exceptions...)
}

// stripNewlines folds line breaks into single spaces, drops zero-width
// spaces from UTF-8 text and counts the statistics, as
// rspamd_strip_newlines_parse does.
func (tp *TextPart) stripNewlines(msg *Message) {
	in := tp.Content
	out := make([]byte, 0, len(in))
	st := &tp.Stats
	addNewline := func() {
		if msg.ntextNewlines < maxMessageNewlines {
			tp.Newlines = append(tp.Newlines, len(out))
			msg.ntextNewlines++
		} else {
			tp.Flags |= TextNewlinesTruncated
		}
	}
	const (
		normalChar = iota
		seenCR
		seenLF
	)
	state := normalChar
	crlfAdded, urlBracket := false, false
	isUTF := tp.IsUTF()
	isHTML := tp.IsHTML()
	p, c := 0, 0
	pe := len(in)
	for p < pe {
		if isUTF && in[p] >= 0xC2 && in[p] <= 0xF4 {
			off := p
			r, n := charset.DecodeRune(in[off:])
			off += n
			if r >= 0 {
				for p < pe && off < pe {
					if !isZeroWidth(r) {
						break
					}
					msg.Flags |= FlagBadUnicode
					st.Spaces++
					if p > c {
						out = append(out, in[c:p]...)
						c = off
						p = c
					}
					r, n = charset.DecodeRune(in[off:])
					off += n
					if !isZeroWidth(r) {
						break
					}
					st.DoubleSpaces++
					p = off
					c = p
				}
			}
		}
		if p >= pe {
			break
		}
		switch in[p] {
		case '\r':
			switch state {
			case normalChar:
				state = seenCR
				if p > c {
					out = append(out, in[c:p]...)
				}
				crlfAdded = false
				c = p + 1
			case seenCR:
				if !crlfAdded {
					out = append(out, ' ')
					crlfAdded = true
					addNewline()
				}
				st.Lines++
				st.EmptyLines++
				c = p + 1
			case seenLF:
				state = seenCR
				c = p + 1
			}
			urlBracket = false
			p++
		case '\n':
			switch state {
			case normalChar:
				state = seenLF
				if p > c {
					out = append(out, in[c:p]...)
				}
				c = p + 1
				if isHTML || !urlBracket {
					out = append(out, ' ')
					addNewline()
					crlfAdded = true
				} else {
					crlfAdded = false
				}
			case seenCR:
				if !crlfAdded {
					if isHTML || !urlBracket {
						out = append(out, ' ')
						crlfAdded = true
					}
					addNewline()
				}
				c = p + 1
				state = seenLF
			case seenLF:
				if !crlfAdded {
					out = append(out, ' ')
					crlfAdded = true
					addNewline()
				}
				st.Lines++
				st.EmptyLines++
				c = p + 1
			}
			urlBracket = false
			p++
		default:
			if in[p] == '<' {
				urlBracket = true
			} else if in[p] == '>' {
				urlBracket = false
			}
			switch state {
			case normalChar:
				ch := in[p]
				if ch == ' ' {
					st.Spaces++
					if p > 0 && in[p-1] == ' ' {
						st.DoubleSpaces++
					}
				} else {
					st.NonSpaces++
					if ch&0x80 != 0 {
						st.NonASCII++
					} else {
						if ch >= 'A' && ch <= 'Z' {
							st.Capitals++
						} else if ch >= '0' && ch <= '9' {
							st.Digits++
						}
						st.ASCII++
					}
				}
				p++
			default:
				st.Lines++
				if !crlfAdded {
					addNewline()
				}
				if in[p] == ' ' {
					if !crlfAdded {
						out = append(out, ' ')
					}
					for p < pe && in[p] == ' ' {
						p++
						c++
						st.Spaces++
					}
					if p < pe && (in[p] == '\r' || in[p] == '\n') {
						st.EmptyLines++
					}
				}
				state = normalChar
			}
		}
	}
	if p > c {
		if p > pe {
			p = pe
		}
		switch state {
		case normalChar:
			out = append(out, in[c:p]...)
			for ; c < p; c++ {
				if in[c] == ' ' {
					st.Spaces++
					if c > 0 && in[c-1] == ' ' {
						st.DoubleSpaces++
					}
				} else {
					st.NonSpaces++
					if in[c]&0x80 != 0 {
						st.NonASCII++
					} else {
						st.ASCII++
					}
				}
			}
		default:
			if !crlfAdded {
				out = append(out, ' ')
				addNewline()
			}
			st.Lines++
		}
	}
	tp.Stripped = out
}

// GTUBE is the action a GTUBE test pattern asks for.
type GTUBE int

// GTUBE patterns.
const (
	GTUBENone GTUBE = iota
	GTUBEReject
	GTUBEAddHeader
	GTUBERewriteSubject
	GTUBENoAction
)

var gtubePatterns = [][]byte{
	[]byte("XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"),
	[]byte("YJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"),
	[]byte("ZJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"),
	[]byte("AJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"),
}

// checkGTUBE looks for a GTUBE pattern in texts of 69 to 8192 bytes. With
// all set (gtube_patterns = "all") every pattern counts, otherwise only
// the reject one; the first occurrence in the text wins.
func checkGTUBE(content []byte, all bool) GTUBE {
	if len(content) < len(gtubePatterns[0])+1 || len(content) > 8*1024 {
		return GTUBENone
	}
	best, bestPos := GTUBENone, -1
	for i, pat := range gtubePatterns {
		if i > 0 && !all {
			break
		}
		if pos := bytes.Index(content, pat); pos >= 0 && (bestPos < 0 || pos < bestPos) {
			best, bestPos = GTUBE(i+1), pos
		}
	}
	return best
}

// makeWords tokenises the stripped text (rspamd_mime_part_create_words).
func (tp *TextPart) makeWords(msg *Message) {
	words := text.Tokenize(tp.Stripped, tp.IsUTF(), tp.Exceptions, msg.opts.tokenizer(), msg.budget, nil)
	if msg.budget.Exceeded {
		tp.Flags |= TextWordsTruncated
	}
	if len(words) > 0 {
		tp.wordsSet = true
		text.NormalizeWords(words)
	}
	tp.Words = words
}

const wordsHashSeed = 0xdeadbabe

// extractWords stems the words and computes their hashes and counts
// (rspamd_mime_part_extract_words).
func (tp *TextPart) extractWords(msg *Message) {
	if !tp.wordsSet {
		return
	}
	text.StemWords(tp.Words, tp.Language, msg.opts.Lang.StopWords())
	totalLen, shortLen := 0, 0
	for i := range tp.Words {
		w := &tp.Words[i]
		if len(w.Stemmed) > 0 {
			tp.NormalizedHashes = append(tp.NormalizedHashes, fasthash.XXHash3(w.Stemmed, wordsHashSeed))
			totalLen += len(w.Stemmed)
			if len(w.Stemmed) <= 3 {
				shortLen++
			}
			if w.Flags&text.WordText != 0 && w.Flags&text.WordSkipped == 0 {
				tp.NWords++
			}
		}
		if w.Flags&(text.WordBrokenUnicode|text.WordNormalised|text.WordInvisibleSpaces) != 0 {
			msg.Flags |= FlagBadUnicode
		}
	}
	if len(tp.Words) > 0 {
		msg.avgWordsLen += float64(totalLen)
		msg.shortWords += float64(shortLen)
		msg.wordsStatsSet = true
	}
}

// detectLanguage sets the part language
// (rspamd_mime_part_detect_language).
func (tp *TextPart) detectLanguage(msg *Message) {
	if tp.IsEmpty() || !tp.wordsSet || len(tp.Words) == 0 || msg.opts.Lang == nil {
		return
	}
	var seed uint64
	for i := 7; i >= 0; i-- {
		seed = seed<<8 | uint64(tp.Part.Digest[i])
	}
	langs, ok := msg.opts.Lang.Detect(text.Input{Stripped: tp.Stripped, Words: tp.Words, NWords: tp.NWords, Seed: seed})
	tp.Languages = langs
	if ok && len(langs) > 0 {
		tp.Language = langs[0].Lang
	} else {
		tp.Language = "en"
	}
}

// sortExceptions orders exceptions by position, keeping the order of
// equal ones.
func sortExceptions(ex []text.Exception) {
	sort.SliceStable(ex, func(i, j int) bool { return ex[i].Pos < ex[j].Pos })
}
