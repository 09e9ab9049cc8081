package rfc2047

// word is one parsed encoded word.
type word struct {
	charset string
	base64  bool
	text    []byte
}

// especials are the RFC 2047 characters a charset token cannot contain.
func isEspecial(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '@', ',', ';', ':', '"', '/', '[', ']', '?', '.', '=', '*':
		return true
	}
	return false
}

func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// parseWord parses "=?charset[*lang]?enc?text?=" as rspamd's RFC 2047
// machine does. Like the machine, it accepts a word whose text is cut short
// by a non-printable character once a '?' inside the text has been seen:
// the text then ends at the last such '?'.
func parseWord(in []byte) (word, bool) {
	var w word
	n := len(in)
	if n < 2 || in[0] != '=' || in[1] != '?' {
		return w, false
	}
	p := 2
	cs := p
	for p < n && in[p] > 0x20 && in[p] < 0x7f && !isEspecial(in[p]) {
		p++
	}
	if p == cs || p >= n {
		return w, false
	}
	w.charset = string(in[cs:p])
	if in[p] == '*' {
		// language = alpha{1,8} ("-" alpha{1,8})*
		p++
		for {
			s := p
			for p < n && p-s < 8 && isAlpha(in[p]) {
				p++
			}
			if p == s || p >= n {
				return w, false
			}
			if in[p] == '-' {
				p++
				continue
			}
			break
		}
	}
	if p >= n || in[p] != '?' {
		return w, false
	}
	p++
	if p >= n {
		return w, false
	}
	switch in[p] {
	case 'B', 'b':
		w.base64 = true
	case 'Q', 'q':
	default:
		return w, false
	}
	p++
	if p >= n || in[p] != '?' {
		return w, false
	}
	p++
	// Encoded text: printable characters without "?=", then an optional
	// "?=". The end of the text is recorded at every '?' that follows at
	// least one character of text.
	start, end := p, -1
	if p >= n || in[p] < 0x20 || in[p] > 0x7e {
		return w, false
	}
	prevQ := in[p] == '?'
	p++
	for p < n {
		c := in[p]
		if c < 0x20 || c > 0x7e {
			break
		}
		if prevQ && c == '=' {
			// "?=" cannot be text: it ends the word (a lone "?" as the
			// whole text is not a word).
			break
		}
		if c == '?' {
			end = p
			prevQ = true
		} else {
			prevQ = false
		}
		p++
	}
	if end < 0 {
		return w, false
	}
	w.text = in[start:end]
	return w, true
}
