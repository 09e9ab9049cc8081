// Package text holds rspamd's text analysis: splitting text into words
// (ICU word boundaries with exceptions for URLs and line breaks, or raw
// delimiter splitting), word normalisation (NFKC, lowercasing, invisible
// characters), stemming with Snowball, stop words and language detection.
package text

import (
	"math"

	"github.com/gorspamd/rspamd/internal/fasthash"
)

// WordFlags are rspamd's word flags (RSPAMD_WORD_FLAG_*).
type WordFlags uint32

// Word flags, with upstream's bit values.
const (
	WordText            WordFlags = 1 << 0
	WordMeta            WordFlags = 1 << 1
	WordLuaMeta         WordFlags = 1 << 2
	WordException       WordFlags = 1 << 3
	WordHeader          WordFlags = 1 << 4
	WordUnigram         WordFlags = 1 << 5
	WordUTF             WordFlags = 1 << 6
	WordNormalised      WordFlags = 1 << 7
	WordStemmed         WordFlags = 1 << 8
	WordBrokenUnicode   WordFlags = 1 << 9
	WordStopWord        WordFlags = 1 << 10
	WordSkipped         WordFlags = 1 << 11
	WordInvisibleSpaces WordFlags = 1 << 12
	WordEmoji           WordFlags = 1 << 13
)

// Word is one token of a text.
type Word struct {
	// Original is the token as found (for an exception, the URL's TLD or
	// "!!EX!!").
	Original []byte
	// Normalized is the lowercased NFKC form (nil when unset), Stemmed the
	// stem (nil when unset).
	Normalized []byte
	Stemmed    []byte
	// Unicode holds the normalised code points (UTF words).
	Unicode []rune
	Flags   WordFlags
}

// ExceptionType says what an exception covers.
type ExceptionType int

// Exception types (enum rspamd_exception_type).
const (
	ExceptionNewline ExceptionType = iota
	ExceptionURL
	ExceptionGeneric
)

// Exception is a span of text the tokenizer must not split into words.
type Exception struct {
	Pos, Len int
	Type     ExceptionType
	// TLD is the token a URL exception becomes ("" for "!!EX!!").
	TLD string
}

// Budget bounds the words kept for a whole message.
type Budget struct {
	MaxWords, MaxBytes uint64
	Words, Bytes       uint64
	Exceeded           bool
}

// NewBudget returns rspamd's message budget: 100000 words, 1 MiB.
func NewBudget() *Budget { return &Budget{MaxWords: 100000, MaxBytes: 1 << 20} }

func (b *Budget) take(n int) bool {
	if b == nil {
		return true
	}
	if (b.MaxWords > 0 && b.Words >= b.MaxWords) || (b.MaxBytes > 0 && b.Bytes+uint64(n) > b.MaxBytes) {
		b.Exceeded = true
		return false
	}
	b.Words++
	b.Bytes += uint64(n)
	return true
}

// Config holds the tokenizer settings.
type Config struct {
	// MinWordLen and MaxWordLen bound raw words (0 disables a bound).
	MinWordLen, MaxWordLen int
	// WordsDecay starts sampling words after this many (0 disables).
	WordsDecay int
}

// DefaultConfig is rspamd's default: no minimum, 40 bytes maximum, decay
// after 600 words.
var DefaultConfig = Config{MaxWordLen: 40, WordsDecay: 600}

// delimiters are the bytes that separate raw words.
var delimiters = func() [256]bool {
	var d [256]bool
	for _, c := range []byte("\t\n\r \"#$%&()*+,-./:;<=>?@[\\]^_`{|}~") {
		d[c] = true
	}
	return d
}()

// decay implements the word sampling of long texts: a hash of the first
// words seeds a linear congruential generator whose output must stay
// below a probability derived from the text length.
type decay struct {
	on       bool
	hv, prob uint64
}

func (d *decay) skip(cfg Config, nwords int, word []byte, remain, total int) bool {
	const avgWordLen = 6.0
	if !d.on {
		if len(word) >= 8 {
			d.hv = fasthash.MumStep(d.hv, le64(word))
		}
		if cfg.WordsDecay > 0 && nwords > cfg.WordsDecay && remain < total {
			d.hv = fasthash.MumFinish(d.hv)
			p := float64(cfg.WordsDecay) / (float64(total-remain) / avgWordLen) * 10
			p = math.Floor(p) / 10.0
			if p >= 1.0 {
				d.prob = math.MaxUint64
			} else {
				d.prob = uint64(p * float64(math.MaxUint64))
			}
			return true
		}
		return false
	}
	d.hv = d.hv*2862933555777941757 + 3037000493
	return d.hv > d.prob
}

func le64(b []byte) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

var exToken = []byte("!!EX!!")

func exceptionWord(ex *Exception, words []Word, budget *Budget) []Word {
	var orig []byte
	switch ex.Type {
	case ExceptionGeneric:
		orig = exToken
	case ExceptionURL:
		if ex.TLD != "" {
			orig = []byte(ex.TLD)
		} else {
			orig = exToken
		}
	default:
		return words
	}
	if !budget.take(len(orig)) {
		return words
	}
	return append(words, Word{Original: orig, Flags: WordException})
}

// Tokenize splits text into words as rspamd_tokenize_text does: with ICU
// word boundaries when utf is true (the text must be valid UTF-8),
// otherwise by delimiter bytes. Exceptions must be sorted by position.
// Words are appended to words.
func Tokenize(text []byte, utf bool, exceptions []Exception, cfg Config, budget *Budget, words []Word) []Word {
	if text == nil {
		return words
	}
	if utf {
		return tokenizeUTF(text, exceptions, cfg, budget, words)
	}
	return tokenizeRaw(text, exceptions, cfg, budget, words)
}

func tokenizeRaw(text []byte, exceptions []Exception, cfg Config, budget *Budget, words []Word) []Word {
	var dec decay
	n := len(text)
	// tokBegin is the token start; -1 before the first call.
	tokBegin, tokLen := -1, 0
	cur := -1
	exi := 0
	var tokFlags WordFlags
	l := 0
	next := func() bool {
		var ex *Exception
		if exi < len(exceptions) {
			ex = &exceptions[exi]
		}
		if tokBegin < 0 || cur < 0 {
			tokBegin, tokLen = 0, 0
			if ex != nil && ex.Pos == 0 {
				tokBegin, tokLen = ex.Len, ex.Len
				tokFlags = WordException
			}
			cur = tokBegin
		}
		tokLen = 0
		pos := cur
		if pos >= n {
			return false
		}
		remain := n - pos
		p := cur
		for {
			if ex != nil && ex.Pos == pos {
				exi++
				cur = p + ex.Len
				return true
			}
			pos++
			p++
			remain--
			if !(remain > 0 && delimiters[text[p]]) {
				break
			}
		}
		tokBegin = p
		for remain > 0 && !delimiters[text[p]] {
			if ex != nil && ex.Pos == pos {
				exi++
				cur = p + ex.Len
				return true
			}
			tokLen++
			pos++
			remain--
			p++
		}
		if remain == 0 {
			return false
		}
		l = tokLen
		tokFlags = WordText
		cur = p
		return true
	}
	for next() {
		if l == 0 || (cfg.MinWordLen > 0 && l < cfg.MinWordLen) || (cfg.MaxWordLen > 0 && l > cfg.MaxWordLen) {
			tokBegin = cur
			continue
		}
		w := text[tokBegin : tokBegin+tokLen]
		if tokLen > 0 && dec.skip(cfg, len(words), w, cur, n) {
			if !dec.on {
				dec.on = true
			} else {
				tokBegin = cur
				continue
			}
		}
		if !budget.take(tokLen) {
			break
		}
		words = append(words, Word{Original: w, Flags: tokFlags})
		tokBegin = cur
	}
	return words
}

func (d *decay) skipUTF(cfg Config, nwords int, word []byte, p, total int) bool {
	return d.skip(cfg, nwords, word, p, total)
}

func tokenizeUTF(text []byte, exceptions []Exception, cfg Config, budget *Budget, words []Word) []Word {
	var dec decay
	breaks := wordBreaks(text)
	if len(breaks) == 0 {
		return words
	}
	bi := 0
	nextBreak := func() int {
		bi++
		if bi >= len(breaks) {
			return -1
		}
		return breaks[bi]
	}
	n := len(text)
	valid := func(start, finish int) bool {
		if start >= n || finish > n || start >= finish {
			return false
		}
		return javaIDPart(text, start, finish)
	}
	exi := 0
	last := breaks[0]
	p := last
	for p != -1 {
	startOver:
		var tok []byte
		var tokFlags WordFlags
		if p > last {
			if exi < len(exceptions) {
				ex := &exceptions[exi]
				switch {
				case ex.Pos >= last && ex.Pos <= p:
					restart := false
					for exi < len(exceptions) && exceptions[exi].Pos <= last {
						ex = &exceptions[exi]
						last += ex.Len
						words = exceptionWord(ex, words, budget)
						if last > p {
							for last > p && p != -1 {
								p = nextBreak()
							}
							exi++
							restart = true
							break
						}
						exi++
					}
					if restart {
						if p == -1 {
							return words
						}
						goto startOver
					}
					if exi < len(exceptions) && exceptions[exi].Pos >= last && exceptions[exi].Pos <= p {
						ex = &exceptions[exi]
						if valid(last, ex.Pos) {
							tok = text[last:ex.Pos]
							tokFlags = WordText | WordUTF
						}
						last = ex.Pos + ex.Len
						words = exceptionWord(ex, words, budget)
						if last > p {
							for last > p && p != -1 {
								p = nextBreak()
							}
							exi++
							if p == -1 {
								return words
							}
							goto startOver
						}
						exi++
					} else if p > last {
						if valid(last, p) {
							tok = text[last:p]
							tokFlags = WordText | WordUTF
						}
					}
				case ex.Pos < last:
					for exi < len(exceptions) && exceptions[exi].Pos <= last {
						exi++
					}
					if valid(last, p) {
						tok = text[last:p]
						tokFlags = WordText | WordUTF
					}
				default:
					if valid(last, p) {
						tok = text[last:p]
						tokFlags = WordText | WordUTF
					}
				}
			} else if valid(last, p) {
				tok = text[last:p]
				tokFlags = WordText | WordUTF
			}
			if len(tok) > 0 && dec.skipUTF(cfg, len(words), tok, p, n) {
				if !dec.on {
					dec.on = true
				} else {
					tok = nil
				}
			}
		}
		if len(tok) > 0 {
			if !budget.take(len(tok)) {
				return words
			}
			words = append(words, Word{Original: tok, Flags: tokFlags})
		}
		last = p
		p = nextBreak()
	}
	return words
}
