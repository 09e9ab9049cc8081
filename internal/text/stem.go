package text

/*
#cgo LDFLAGS: -lstemmer
#include <stdlib.h>
#include <libstemmer.h>
*/
import "C"

import (
	"strings"
	"sync"
	"unsafe"
)

// stemmer is a Snowball stemmer for one language; the C object is not
// safe for concurrent use.
type stemmer struct {
	mu sync.Mutex
	sb *C.struct_sb_stemmer
}

var (
	stemmersMu sync.Mutex
	stemmers   = map[string]*stemmer{} // nil value: no stemmer for the language
)

// getStemmer returns the stemmer for a language (ISO code or name), or nil.
func getStemmer(lang string) *stemmer {
	key := strings.ToLower(lang)
	stemmersMu.Lock()
	defer stemmersMu.Unlock()
	if s, ok := stemmers[key]; ok {
		return s
	}
	cl := C.CString(lang)
	defer C.free(unsafe.Pointer(cl))
	cenc := C.CString("UTF_8")
	defer C.free(unsafe.Pointer(cenc))
	sb := C.sb_stemmer_new(cl, cenc)
	var s *stemmer
	if sb != nil {
		s = &stemmer{sb: sb}
	}
	stemmers[key] = s
	return s
}

// stem returns the stem of a UTF-8 word and whether Snowball gave one.
func (s *stemmer) stem(word []byte) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var p *C.sb_symbol
	if len(word) > 0 {
		p = (*C.sb_symbol)(unsafe.Pointer(&word[0]))
	}
	r := C.sb_stemmer_stem(s.sb, p, C.int(len(word)))
	if r == nil {
		return nil, false
	}
	n := int(C.sb_stemmer_length(s.sb))
	return C.GoBytes(unsafe.Pointer(r), C.int(n)), true
}

// StemWords sets the stems of words as rspamd_stem_words does: UTF words
// are stemmed with the language's Snowball stemmer when there is one
// (their normalised form otherwise) and flagged when the stem is a stop
// word; raw text words keep their normalised form.
func StemWords(words []Word, lang string, stop *StopWords) {
	var st *stemmer
	if lang != "" {
		st = getStemmer(lang)
	}
	for i := range words {
		w := &words[i]
		if w.Flags&WordSkipped != 0 {
			continue
		}
		if w.Flags&WordStemmed != 0 {
			if len(w.Stemmed) > 0 && stop.Contains(w.Stemmed) {
				w.Flags |= WordStopWord
			}
			continue
		}
		if w.Flags&WordUTF != 0 {
			w.Stemmed = w.Normalized
			if st != nil {
				if s, ok := st.stem(w.Normalized); ok && len(s) > 0 {
					w.Stemmed = s
					w.Flags |= WordStemmed
				}
			}
			if len(w.Stemmed) > 0 && stop.Contains(w.Stemmed) {
				w.Flags |= WordStopWord
			}
		} else if w.Flags&WordText != 0 {
			w.Stemmed = w.Normalized
		}
	}
}
