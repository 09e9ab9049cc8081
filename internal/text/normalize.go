package text

import "unicode/utf8"

// NormalizeWords sets the normalised form of every word that is not
// skipped, as rspamd_normalize_words does: UTF words go through NFKC and
// keep their lowercased graphic characters (with flags for invisible
// characters, emoji and broken text); raw text words are ASCII-lowercased.
func NormalizeWords(words []Word) {
	for i := range words {
		w := &words[i]
		if w.Flags&WordSkipped != 0 {
			continue
		}
		NormalizeWord(w)
	}
}

// NormalizeWord normalises one word.
func NormalizeWord(w *Word) {
	if w.Flags&WordUTF != 0 {
		ucs, fl, hasNorm := normalizeUTF(w.Original)
		if fl&normBroken != 0 {
			w.Flags |= WordBrokenUnicode
		}
		if fl&normNormalised != 0 {
			w.Flags |= WordNormalised
		}
		if fl&normInvisible != 0 {
			w.Flags |= WordInvisibleSpaces
		}
		if fl&normEmoji != 0 {
			w.Flags |= WordEmoji
		}
		w.Unicode = ucs
		if hasNorm {
			b := make([]byte, 0, len(ucs))
			for _, r := range ucs {
				b = utf8.AppendRune(b, r)
			}
			w.Normalized = b
		} else {
			w.Normalized = nil
		}
		return
	}
	if w.Flags&WordText != 0 {
		b := make([]byte, len(w.Original))
		for i, c := range w.Original {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		w.Normalized = b
	}
}
