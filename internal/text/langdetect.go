package text

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/fasthash"
)

// LangResult is one detected language with its score (1 for languages
// decided by script or stop words, a log2 probability for trigrams).
type LangResult struct {
	Lang string
	Prob float64
	elt  *Language
}

// Input is what language detection looks at in a text part.
type Input struct {
	// Stripped is the part's text with line breaks folded.
	Stripped []byte
	// Words are the part's words (normalised).
	Words []Word
	// NWords is the number of text words the part counts.
	NWords int
	// Seed seeds the random word sampling (the first eight bytes of the
	// part digest, little-endian).
	Seed uint64
}

const (
	shortTextLimit = 10
	defaultWords   = 80
	cutoffLimit    = -8.0
)

// block returns the few Unicode blocks the detector distinguishes.
func scriptOf(r rune) (flag int, kind int) {
	// kind: 0 latin, 1 special, 2 chinese, -1 other
	switch {
	case r <= 0xFF:
		return uLatin, 0
	case r >= 0x0590 && r <= 0x05FF:
		return uHebrew, 1
	case r >= 0x0370 && r <= 0x03FF:
		return uGreek, 1
	case r >= 0x0400 && r <= 0x04FF:
		return uCyrillic, 1
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3300 && r <= 0x33FF, r >= 0x2E80 && r <= 0x2EFF,
		r >= 0x3400 && r <= 0x4DBF, r >= 0x20000 && r <= 0x2A6DF:
		return uCJK, 2
	case r >= 0x3040 && r <= 0x30FF:
		return uJP, 1
	case r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return uHangul, 1
	case r >= 0x0600 && r <= 0x06FF:
		return uArabic, 1
	case r >= 0x0900 && r <= 0x097F:
		return uDevanagari, 1
	case r >= 0x0530 && r <= 0x058F:
		return uArmenian, 1
	case r >= 0x10A0 && r <= 0x10FF:
		return uGeorgian, 1
	case r >= 0x0A80 && r <= 0x0AFF:
		return uGujarati, 1
	case r >= 0x0C00 && r <= 0x0C7F:
		return uTelugu, 1
	case r >= 0x0B80 && r <= 0x0BFF:
		return uTamil, 1
	case r >= 0x0E00 && r <= 0x0E7F:
		return uThai, 1
	}
	return 0, -1
}

// unicodeScripts scans the letters of a text for scripts.
func unicodeScripts(text []byte) (scripts int, nchinese, nspecial int) {
	const limit = 32
	nlatin := 0
	for i := 0; i < len(text); {
		r, n := charset.DecodeRune(text[i:])
		if r < 0 {
			break
		}
		i += n
		if unicode.IsLetter(r) {
			fl, kind := scriptOf(r)
			scripts |= fl
			switch kind {
			case 0:
				nlatin++
			case 1:
				nspecial++
			case 2:
				nchinese++
			}
		}
		if nspecial > limit && nspecial > nlatin {
			break
		} else if nchinese > limit && nchinese > nlatin && nspecial > 0 {
			break
		}
	}
	return scripts, nchinese, nspecial
}

func categoryOf(scripts int) category {
	switch {
	case scripts&uCyrillic != 0:
		return catCyrillic
	case scripts&uDevanagari != 0:
		return catDevanagari
	case scripts&uArabic != 0:
		return catArab
	}
	return catLatin
}

func single(lang string, elt *Language) []LangResult {
	return []LangResult{{Lang: lang, Prob: 1.0, elt: elt}}
}

func tryUniscript(scripts, nchinese, nspecial int) []LangResult {
	for _, u := range unicodeLangs {
		if u.code&scripts == 0 {
			continue
		}
		if u.code != uJP || nchinese <= 5 || nchinese < nspecial*5 {
			return single(u.lang, nil)
		}
	}
	if scripts&uCJK != 0 {
		return single("zh-CN", nil)
	}
	return nil
}

func isASCIISpacePunct(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' ||
		(c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)
}

// tryStopWords finds stop words bounded by ASCII spaces or punctuation and
// picks the language with the best rate of distinct stop words.
func (d *Detector) tryStopWords(text []byte, cat category) []LangResult {
	const (
		threshold = 4
		strong    = 10
		maxWords  = 80
	)
	found := map[*Language]map[string]struct{}{}
	var order nameOrder
	pats := d.stopWords[cat]
	lower := []byte(nil)
scan:
	for i := 0; i < len(text); {
		for i < len(text) && isASCIISpacePunct(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isASCIISpacePunct(text[j]) {
			j++
		}
		if j > i {
			lower = lower[:0]
			for k := i; k < j; {
				r, n := utf8.DecodeRune(text[k:])
				lower = utf8.AppendRune(lower, unicode.ToLower(r))
				k += n
			}
			for _, l := range pats[string(lower)] {
				set := found[l]
				if set == nil {
					set = map[string]struct{}{}
					found[l] = set
					order.Put(l.Name)
				}
				n := len(set)
				set[string(lower)] = struct{}{}
				if n > maxWords {
					break scan
				}
			}
		}
		i = j
	}
	if len(found) == 0 {
		return nil
	}
	byName := map[string]*Language{}
	for l := range found {
		byName[l.Name] = l
	}
	keys := slices.Collect(order.Keys())
	ignoreASCII, ignoreLatin := false, false
	var sel *Language
	var maxRate float64
again:
	maxRate = 2.2250738585072014e-308 // DBL_MIN
	sel = nil
	for _, name := range keys {
		l := byName[name]
		matches := len(found[l])
		if !ignoreASCII && l.Flags&LangDiacritics != 0 {
			ignoreASCII = true
			goto again
		}
		if !ignoreLatin && l.category != catLatin {
			ignoreLatin = true
			goto again
		}
		if matches < threshold {
			continue
		}
		if matches < strong {
			if ignoreASCII && l.Flags&LangASCII != 0 {
				continue
			}
			if ignoreLatin && l.category == catLatin {
				continue
			}
		}
		rate := float64(matches) / float64(l.stopWords)
		if rate > maxRate {
			maxRate, sel = rate, l
		}
	}
	if maxRate > 0 && sel != nil {
		return single(sel.Name, sel)
	}
	return nil
}

func isAlphaICU(r rune) bool { return unicode.IsLetter(r) }

// randomSelect picks nwords word indexes, one per slice of the list.
func randomSelect(words []Word, nwords int, seed *uint64) []int {
	out := make([]int, nwords)
	n := len(words)
	step := n / nwords
	rem := n % nwords
	idx := 0
	out[idx] = int(fasthash.WyRand(seed) % uint64(step+rem))
	for i := step + rem; i < n; i, idx = i+step, idx+1 {
		ntries := 0
		sel := int(fasthash.WyRand(seed)%uint64(step)) + i
		for {
			w := &words[sel]
			if len(w.Unicode) >= 2 && w.Flags&WordException == 0 &&
				isAlphaICU(w.Unicode[0]) && isAlphaICU(w.Unicode[len(w.Unicode)-1]) {
				out[idx] = sel
				break
			}
			ntries++
			coin := fasthash.WyRand(seed)
			if ntries < step {
				sel = int(coin%uint64(step)) + i
			} else if ntries < n {
				sel = int(coin % uint64(n))
			} else {
				out[idx] = sel
				break
			}
		}
	}
	return out
}

type candidate struct {
	lang string
	prob float64
	elt  *Language
}

type candidates struct {
	byName map[string]*candidate
	order  nameOrder
}

func (c *candidates) add(elt *Language, prob float64) {
	if cand, ok := c.byName[elt.Name]; ok {
		cand.prob += prob
		return
	}
	c.byName[elt.Name] = &candidate{lang: elt.Name, prob: prob, elt: elt}
	c.order.Put(elt.Name)
}

func (c *candidates) each(f func(*candidate)) {
	for k := range c.order.Keys() {
		f(c.byName[k])
	}
}

// detectWord adds the trigrams of one word (with spaces around it).
func (d *Detector) detectWord(w *Word, c *candidates, tr map[[3]rune]*chain) {
	u := w.Unicode
	for cur := 0; ; cur++ {
		var win [3]rune
		switch {
		case cur == 0:
			win = [3]rune{' ', u[0], u[1]}
		case cur+3 == len(u)+1:
			win = [3]rune{u[cur], u[cur+1], ' '}
		case cur+3 > len(u)+1:
			return
		default:
			win = [3]rune{u[cur], u[cur+1], u[cur+2]}
		}
		// Upstream also skips languages below the chain's mean, which is
		// never set (it is computed on a copy), so none is skipped.
		if ch := tr[win]; ch != nil {
			for _, e := range ch.langs {
				c.add(e.lang, e.prob)
			}
		}
	}
}

func (d *Detector) tryNgramm(in Input, cat category, c *candidates) int {
	n := min(len(in.Words), defaultWords)
	seed := in.Seed
	sel := randomSelect(in.Words, n, &seed)
	for _, i := range sel {
		if w := &in.Words[i]; len(w.Unicode) >= 3 {
			d.detectWord(w, c, d.trigrams[cat])
		}
	}
	maxProb := -math.MaxFloat64
	c.each(func(cand *candidate) {
		if math.IsNaN(cand.prob) {
			return
		}
		if cand.prob == 0 {
			cand.prob = math.NaN()
			return
		}
		cand.prob = log2(cand.prob)
		if cand.prob < cutoffLimit {
			cand.prob = math.NaN()
		} else if cand.prob > maxProb {
			maxProb = cand.prob
		}
	})
	c.each(func(cand *candidate) {
		if !math.IsNaN(cand.prob) && maxProb-cand.prob > 1 {
			cand.prob = math.NaN()
		}
	})
	live := 0
	c.each(func(cand *candidate) {
		if !math.IsNaN(cand.prob) {
			live++
		}
	})
	return live
}

type heuristic struct {
	d     *Detector
	short bool
	std   float64
}

// cmp is upstream's frequency heuristic comparison, which adjusts the
// probabilities it compares each time it is called.
func (h *heuristic) cmp(a, b *candidate) int {
	if h.d.totalOccurrences == 0 {
		return cmpProb(a, b)
	}
	total := float64(h.d.totalOccurrences)
	fa := float64(a.elt.occurrences) / total
	fb := float64(b.elt.occurrences) / total
	pa, pb := a.prob, b.prob
	if isNormal(fa) && isNormal(fb) {
		// std * (0.8 * freq) reassociated by GCC's unsafe math as the
		// oracle's binary computes it.
		k := 0.8 * h.std
		pa += fa * k
		pb += fb * k
	}
	adj := 0.8
	if h.short {
		adj = 0.8 * 2.0
	}
	if a.elt.Flags&LangTier1 != 0 {
		pa += h.std * adj
	}
	if b.elt.Flags&LangTier1 != 0 {
		pb += h.std * adj
	}
	adj = 1.2
	if h.short {
		adj = 1.2 * 16.0
	}
	if a.elt.Flags&LangTier0 != 0 {
		pa += h.std * adj
	}
	if b.elt.Flags&LangTier0 != 0 {
		pb += h.std * adj
	}
	a.prob, b.prob = pa, pb
	switch {
	case pa > pb:
		return -1
	case pb > pa:
		return 1
	}
	return 0
}

func isNormal(f float64) bool {
	return f != 0 && !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) >= 2.2250738585072014e-308
}

func cmpProb(a, b *candidate) int {
	switch {
	case a.prob > b.prob:
		return -1
	case b.prob > a.prob:
		return 1
	}
	return 0
}

// msort is GLib's g_qsort_with_data (a top-down merge sort), whose exact
// sequence of comparisons matters with a comparison that has side effects.
func msort(a []*candidate, cmp func(x, y *candidate) int) {
	if len(a) <= 1 {
		return
	}
	tmp := make([]*candidate, len(a))
	msortRec(a, tmp, cmp)
}

func msortRec(b, tmp []*candidate, cmp func(x, y *candidate) int) {
	n := len(b)
	if n <= 1 {
		return
	}
	n1 := n / 2
	b1, b2 := b[:n1], b[n1:]
	msortRec(b1, tmp, cmp)
	msortRec(b2, tmp, cmp)
	i, j, k := 0, 0, 0
	for i < len(b1) && j < len(b2) {
		if cmp(b1[i], b2[j]) <= 0 {
			tmp[k] = b1[i]
			i++
		} else {
			tmp[k] = b2[j]
			j++
		}
		k++
	}
	k += copy(tmp[k:], b1[i:])
	copy(b, tmp[:k])
}

// Detect detects the languages of a text part as
// rspamd_language_detector_detect does (without fastText). It returns the
// languages, best first, and whether detection succeeded; the caller falls
// back to "en" otherwise.
func (d *Detector) Detect(in Input) ([]LangResult, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	scripts, nchinese, nspecial := unicodeScripts(in.Stripped)
	var langs []LangResult
	ret := false
	if r := tryUniscript(scripts, nchinese, nspecial); r != nil {
		langs, ret = r, true
	}
	cat := categoryOf(scripts)
	if !ret && d.StopWordDetection {
		if r := d.tryStopWords(in.Stripped, cat); r != nil {
			langs, ret = r, true
		}
	}
	heuristicApplied := false
	if !ret {
		var c *candidates
		multiple := false
		var h heuristic
		if len(in.Words) < shortTextLimit {
			switch cat {
			case catCyrillic:
				langs = single("ru", nil)
			case catDevanagari:
				langs = single("hi", nil)
			case catArab:
				langs = single("ar", nil)
			default:
				langs = single("en", nil)
			}
		} else {
			c = &candidates{byName: map[string]*candidate{}}
			c.order.Resize(32)
			switch live := d.tryNgramm(in, cat, c); {
			case live == 0:
				langs = single("en", nil)
				c = nil
			case live > 1:
				multiple = true
			}
			if multiple {
				var mean, std float64
				n := 0
				c.each(func(cand *candidate) {
					if !math.IsNaN(cand.prob) {
						mean += cand.prob
						n++
					}
				})
				if n > 0 {
					mean /= float64(n)
					c.each(func(cand *candidate) {
						if !math.IsNaN(cand.prob) {
							std += math.Abs(cand.prob - mean)
						}
					})
					std /= float64(n)
				}
				if n > 0 && std/math.Abs(mean) < 0.25 {
					heuristicApplied = true
					h = heuristic{d: d, std: std, short: in.NWords < defaultWords/2}
				}
			}
		}
		if c != nil {
			var res []*candidate
			c.each(func(cand *candidate) {
				if !math.IsNaN(cand.prob) {
					res = append(res, cand)
				}
			})
			if len(res) > 0 {
				if heuristicApplied {
					msort(res, h.cmp)
				} else {
					msort(res, cmpProb)
				}
				langs = langs[:0]
				for _, cand := range res {
					langs = append(langs, LangResult{Lang: cand.lang, Prob: cand.prob, elt: cand.elt})
				}
				ret = true
			} else if langs == nil {
				langs = single("en", nil)
			}
		}
	}
	if len(langs) > 0 && !heuristicApplied && langs[0].elt != nil {
		langs[0].elt.occurrences++
		d.totalOccurrences++
	}
	return langs, ret
}

// ResetStatistics forgets the languages detected so far (a new process
// starts with none).
func (d *Detector) ResetStatistics() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.totalOccurrences = 0
	for _, l := range d.languages {
		l.occurrences = 0
	}
}
