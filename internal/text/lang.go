package text

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// LangFlags are language flags (enum rspamd_language_elt_flags).
type LangFlags int

// Language flags, with upstream's bit values.
const (
	LangLatin      LangFlags = 1 << 0
	LangTier1      LangFlags = 1 << 3
	LangTier0      LangFlags = 1 << 4
	LangDiacritics LangFlags = 1 << 5
	LangASCII      LangFlags = 1 << 6
)

type category int

const (
	catLatin category = iota
	catCyrillic
	catDevanagari
	catArab
	catMax
)

// Language is one language of the detector.
type Language struct {
	Name          string
	Flags         LangFlags
	category      category
	trigramsWords int
	stopWords     int
	mean, std     float64
	occurrences   int
}

type ngramElt struct {
	lang *Language
	prob float64
}

type chain struct {
	langs []*ngramElt
}

// Detector is rspamd's language detector, loaded from a languages
// directory (the *.json trigram models and the stop_words file). Its
// statistics of detected languages change the results of later
// detections, as in upstream.
type Detector struct {
	languages map[string]*Language
	trigrams  [catMax]map[[3]rune]*chain
	stopWords [catMax]map[string][]*Language
	stop      *StopWords
	// StopWordDetection enables detection by stop words. The scanner has
	// it (Hyperscan matches them); `rspamadm lua` has not, as its matcher
	// is never compiled there.
	StopWordDetection bool

	mu               sync.Mutex
	totalOccurrences int
}

// StopWords is the set of stemmed stop words of all languages.
type StopWords struct {
	set map[string]struct{}
}

// Contains reports whether a stem is a stop word.
func (s *StopWords) Contains(w []byte) bool {
	if s == nil {
		return false
	}
	_, ok := s.set[string(w)]
	return ok
}

// StopWords returns the detector's stop word set.
func (d *Detector) StopWords() *StopWords {
	if d == nil {
		return nil
	}
	return d.stop
}

var tier1 = map[string]bool{"fr": true, "it": true, "de": true, "es": true, "nl": true,
	"pt": true, "ru": true, "pl": true, "tk": true, "th": true, "ar": true}

// unicodeLangs are the languages detected by their script alone.
var unicodeLangs = []struct {
	lang  string
	code  int
	flags LangFlags
}{
	{"el", uGreek, 0}, {"ml", uMalayalam, 0}, {"te", uTelugu, 0}, {"ta", uTamil, 0},
	{"gu", uGujarati, 0}, {"th", uThai, LangDiacritics}, {"ka", uGeorgian, 0},
	{"si", uSinhala, 0}, {"hy", uArmenian, 0}, {"ja", uJP, 0}, {"ko", uHangul, 0},
}

const (
	uLatin = 1 << iota
	uGreek
	uCyrillic
	uHebrew
	uCJK
	uJP
	uArabic
	uDevanagari
	uThai
	uArmenian
	uGeorgian
	uGujarati
	uTamil
	uTelugu
	uMalayalam
	uSinhala
	uHangul
)

// LoadDetector loads the language models from dir.
func LoadDetector(dir string) (*Detector, error) {
	d := &Detector{languages: map[string]*Language{}, StopWordDetection: true,
		stop: &StopWords{set: map[string]struct{}{}}}
	for i := range d.trigrams {
		d.trigrams[i] = map[[3]rune]*chain{}
		d.stopWords[i] = map[string][]*Language{}
	}
	stop, err := readStopWords(filepath.Join(dir, "stop_words"))
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("langdet: %w", err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("langdet: no language files in %s", dir)
	}
	for _, f := range files {
		if err := d.readFile(f, stop); err != nil {
			return nil, err
		}
	}
	for _, tr := range d.trigrams {
		for _, ch := range tr {
			ch.process()
		}
	}
	return d, nil
}

// process drops the rare languages of a trigram shared by more than three
// languages (upstream skips the element moved into a removed slot) and
// boosts the others.
func (ch *chain) process() {
	if len(ch.langs) > 3 {
		var mean, m2 float64
		for i, e := range ch.langs {
			delta := e.prob - mean
			mean += delta / float64(i+1)
			m2 += delta * (e.prob - mean)
		}
		for i := 0; i < len(ch.langs); i++ {
			if ch.langs[i].prob < mean {
				last := len(ch.langs) - 1
				ch.langs[i] = ch.langs[last]
				ch.langs = ch.langs[:last]
			}
		}
		return
	}
	for _, e := range ch.langs {
		e.prob *= 4.0
	}
}

type ucsElt struct {
	s    [3]rune
	freq int
}

func isLatinUCS(s []rune) bool {
	for _, r := range s {
		if r >= 128 || !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ') {
			return false
		}
	}
	return true
}

// langFile is the part of a language model file the detector reads.
type langFile struct {
	Type   string   `json:"type"`
	Flags  []string `json:"flags"`
	NWords []int    `json:"n_words"`
}

func (d *Detector) readFile(path string, stop map[string][]string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("langdet: %w", err)
	}
	var lf langFile
	if err := json.Unmarshal(data, &lf); err != nil {
		return fmt.Errorf("langdet: %s: %w", path, err)
	}
	freqs, err := orderedFreqs(data)
	if err != nil {
		return fmt.Errorf("langdet: %s: %w", path, err)
	}
	name := filepath.Base(path)
	name = name[:strings.IndexByte(name, '.')]
	l := &Language{Name: name}
	if len(lf.NWords) != 3 {
		return nil
	}
	l.trigramsWords = lf.NWords[2]
	switch lf.Type {
	case "latin":
		l.category = catLatin
	case "cyrillic":
		l.category = catCyrillic
	case "arab":
		l.category = catArab
	case "devanagari":
		l.category = catDevanagari
	default:
		return nil
	}
	for _, f := range lf.Flags {
		switch f {
		case "diacritics":
			l.Flags |= LangDiacritics
		case "ascii":
			l.Flags |= LangASCII
		}
	}
	if words, ok := stop[name]; ok {
		st := getStemmer(name)
		for _, w := range words {
			key := strings.ToLower(w)
			d.stopWords[l.category][key] = append(d.stopWords[l.category][key], l)
			l.stopWords++
			saved := []byte(w)
			if st != nil {
				if s, ok := st.stem([]byte(w)); ok {
					saved = s
				}
			}
			d.stop.set[string(saved)] = struct{}{}
		}
	}
	if tier1[name] {
		l.Flags |= LangTier1
	}
	if name == "en" {
		l.Flags |= LangTier0
	}
	var ngramms []*ucsElt
	var mean, m2 float64
	totalLatin, totalNgramms := 0, 0
	for i, kv := range freqs {
		delta := float64(kv.freq) - mean
		mean += delta / float64(i+1)
		m2 += delta * (float64(kv.freq) - mean)
		rs := []rune(kv.key)
		if len(rs) != 3 {
			continue
		}
		e := &ucsElt{}
		for j := range rs {
			e.s[j] = unicode.ToLower(rs[j])
		}
		ngramms = append(ngramms, e)
		if isLatinUCS(e.s[:]) {
			totalLatin++
		}
		e.freq = kv.freq
		totalNgramms++
	}
	l.std = math.Sqrt(m2 / float64(len(freqs)-1))
	l.mean = mean
	if totalLatin >= totalNgramms/3 {
		l.Flags |= LangLatin
	}
	total := 0
	for _, e := range ngramms {
		if l.Flags&LangLatin == 0 && isLatinUCS(e.s[:]) {
			e.freq = 0
			continue
		}
		total += e.freq
	}
	sort.SliceStable(ngramms, func(i, j int) bool { return ngramms[i].freq > ngramms[j].freq })
	htb := d.trigrams[l.category]
	// Upstream is built with -funsafe-math-optimizations: GCC turns the
	// divisions by total into multiplications by its reciprocal (seen in
	// the oracle's librspamd-server.so), which rounds differently.
	rtotal := 1.0 / float64(total)
	for _, e := range ngramms {
		if e.freq <= 0 {
			continue
		}
		prob := float64(e.freq) * rtotal
		ch := htb[e.s]
		if ch == nil {
			htb[e.s] = &chain{langs: []*ngramElt{{lang: l, prob: prob}}}
			continue
		}
		found := false
		for _, ne := range ch.langs {
			if ne.lang.Name == l.Name {
				ne.prob += prob
				found = true
				break
			}
		}
		if !found {
			ch.langs = append(ch.langs, &ngramElt{lang: l, prob: prob})
		}
	}
	if _, dup := d.languages[name]; dup {
		return fmt.Errorf("langdet: duplicate language %s", name)
	}
	d.languages[name] = l
	for _, u := range unicodeLangs {
		if u.lang == name && u.flags != 0 {
			l.Flags |= u.flags
		}
	}
	return nil
}

type keyFreq struct {
	key  string
	freq int
}

// orderedFreqs returns the "freq" object of a model in file order.
func orderedFreqs(data []byte) ([]keyFreq, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k, _ := t.(string)
		if k != "freq" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		var out []keyFreq
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			vt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			n, _ := vt.(json.Number).Int64()
			out = append(out, keyFreq{key: kt.(string), freq: int(n)})
		}
		return out, nil
	}
	return nil, fmt.Errorf("no freq object")
}

// readStopWords reads the stop_words file, a UCL object of string arrays
// (JSON with trailing commas).
func readStopWords(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("langdet: %w", err)
	}
	out := map[string][]string{}
	var lang string
	var list []string
	inLang := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch c {
		case '"':
			j := i + 1
			var sb []byte
			for j < len(data) && data[j] != '"' {
				if data[j] == '\\' && j+1 < len(data) {
					j++
				}
				sb = append(sb, data[j])
				j++
			}
			if inLang {
				list = append(list, string(sb))
			} else {
				lang = string(sb)
			}
			i = j
		case '[':
			inLang = true
			list = nil
		case ']':
			inLang = false
			out[lang] = list
		}
	}
	return out, nil
}
