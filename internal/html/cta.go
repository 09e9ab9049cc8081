package html

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/css"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/url"
)

// Call-to-action heuristics (upstream's html_cta.cxx): every link gets a
// weight from its tag, styles, text and position.

func trimASCII[S ~string | ~[]byte](s S) S {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// tokenMatch tells whether a space separated attribute value holds token
// (or, with partial, a chunk containing it).
func tokenMatch(attr, token string, partial bool) bool {
	attr = trimASCII(attr)
	pos := 0
	for pos < len(attr) {
		for pos < len(attr) && isSpace(attr[pos]) {
			pos++
		}
		if pos >= len(attr) {
			break
		}
		end := pos
		for end < len(attr) && !isSpace(attr[end]) {
			end++
		}
		chunk := attr[pos:end]
		if (partial && strings.Contains(chunk, token)) || (!partial && chunk == token) {
			return true
		}
		pos = end + 1
	}
	return false
}

func attrContainsAny(t *Tag, k attrKind, tokens []string, partial bool) bool {
	v, ok := t.attr(k)
	if !ok {
		return false
	}
	for _, tok := range tokens {
		if tokenMatch(v, tok, partial) {
			return true
		}
	}
	return false
}

var (
	buttonishTokens = []string{"btn", "button", "cta", "call-to-action", "submit", "primary",
		"confirm", "action", "purchase", "buy", "signup", "sign-up", "apply"}
	negativeTokens = []string{"logo", "footer", "header", "nav", "menu", "social",
		"tracking", "pixel", "unsubscribe", "legal", "copyright"}
	serviceRelTokens = []string{"alternate", "canonical", "dns-prefetch", "icon", "manifest",
		"preconnect", "prefetch", "preload", "stylesheet"}
	ctaKeywords = []string{"buy", "purchase", "order", "checkout", "pay", "confirm", "verify",
		"update", "login", "log in", "sign in", "sign up", "signup", "register",
		"download", "upgrade", "continue", "next", "open", "submit", "apply",
		"approve", "activate", "subscribe"}
)

func (hc *Content) ctaLabel(t *Tag) string {
	if c := trimASCII(hc.TagContent(t)); len(c) > 0 {
		return string(c)
	}
	if v, ok := t.attr(attrTitle); ok {
		if v = trimASCII(v); v != "" {
			return v
		}
	}
	if v, ok := t.Attribute("aria-label"); ok {
		if v = trimASCII(v); v != "" {
			return v
		}
	}
	if v, ok := t.attr(attrAlt); ok {
		if v = trimASCII(v); v != "" {
			return v
		}
	}
	return ""
}

func effectivelyHidden(t *Tag) bool {
	for cur := t; cur != nil; cur = cur.Parent {
		if (cur.Block != nil && !cur.Block.Visible()) || cur.Flags&markIgnore != 0 {
			return true
		}
	}
	return false
}

func isServiceLink(t *Tag, u *url.URL) bool {
	if t.Flags&(markXML|markVirtual|markComment|markIgnore|elemHead) != 0 {
		return true
	}
	switch t.ID {
	case tagLink, tagScript, tagStyle, tagMeta, tagBase, tagImg:
		return true
	}
	if t.Block != nil && !t.Block.Visible() {
		return true
	}
	if u.Flags&url.FlagImage != 0 {
		return true
	}
	if t.ID == tagA {
		if attrContainsAny(t, attrRel, serviceRelTokens, false) {
			return true
		}
		if t.Parent != nil && t.Parent.Flags&elemHead != 0 {
			return true
		}
	}
	return false
}

func semanticBase(t *Tag, u *url.URL) float32 {
	switch t.ID {
	case tagButton:
		return 0.9
	case tagInput:
		base := float32(0.35)
		if v, ok := t.attr(attrType); ok {
			switch encoding.LowerASCII(trimASCII(v)) {
			case "submit", "button", "send":
				base = 0.85
			case "image":
				base = 0.75
			case "reset":
				base = 0.25
			}
		}
		return base
	case tagForm:
		return 0.8
	case tagA:
		base := float32(0.35)
		if attrContainsAny(t, attrClass, buttonishTokens, true) || attrContainsAny(t, attrID, buttonishTokens, true) {
			base = 0.75
		}
		if v, ok := t.attr(attrRole); ok {
			switch encoding.LowerASCII(trimASCII(v)) {
			case "button", "tab", "menuitem":
				base = max(base, 0.7)
			}
		}
		if u.Protocol == url.ProtoMailto {
			base = min(base, 0.4)
		}
		return base
	case tagArea:
		return 0.3
	}
	if t.Flags&elemLink != 0 {
		return 0.2
	}
	return 0
}

func visualBonus(t *Tag) float32 {
	b := t.Block
	if b == nil || !b.Visible() {
		return 0
	}
	var bonus float32
	switch b.Display {
	case css.DisplayBlock:
		bonus += 0.12
	case css.DisplayTableRow:
		bonus += 0.05
	}
	if b.Width > 0 && b.Height > 0 {
		area := int(b.Width) * int(b.Height)
		switch {
		case area >= 6000:
			bonus += 0.2
		case area >= 2000:
			bonus += 0.12
		case area >= 400:
			bonus += 0.06
		}
	}
	switch {
	case b.FontSize >= 16:
		bonus += 0.08
	case b.FontSize >= 13:
		bonus += 0.04
	}
	return bonus
}

func textBonus(lowered string) float32 {
	if lowered == "" {
		return 0
	}
	var bonus float32
	for _, kw := range ctaKeywords {
		if strings.Contains(lowered, kw) {
			bonus += 0.18
			break
		}
	}
	if strings.IndexByte(lowered, '!') >= 0 {
		bonus += 0.03
	}
	if len(lowered) <= 18 && len(lowered) >= 3 {
		bonus += 0.04
	}
	return bonus
}

func ctaPenalty(t *Tag, u *url.URL, lowered, original string) float32 {
	var penalty float32
	if lowered == "" {
		penalty += 0.35
	} else {
		alpha, graph := 0, 0
		for i := 0; i < len(lowered); i++ {
			c := lowered[i]
			if isSpace(c) {
				continue
			}
			graph++
			if isAlpha(c) {
				alpha++
			}
		}
		if graph > 0 && alpha == 0 {
			penalty += 0.25
		}
		if len(original) > 80 {
			penalty += 0.1
		}
	}
	if b := t.Block; b != nil {
		if b.Width > 0 && b.Height > 0 {
			area := int(b.Width) * int(b.Height)
			switch {
			case area <= 64:
				penalty += 0.25
			case area <= 150:
				penalty += 0.15
			}
		}
		if b.FontSize > 0 && b.FontSize <= 9 {
			penalty += 0.08
		}
		if b.Transparent() {
			penalty += 0.2
		}
	}
	if attrContainsAny(t, attrClass, negativeTokens, true) || attrContainsAny(t, attrID, negativeTokens, true) {
		penalty += 0.2
	}
	if u.Flags&url.FlagInvisible != 0 {
		penalty += 0.3
	}
	switch u.Protocol {
	case url.ProtoMailto:
		penalty += 0.15
	case url.ProtoFTP:
		penalty += 0.05
	}
	return penalty
}

func (hc *Content) ctaWeight(t *Tag, u *url.URL) float32 {
	if isServiceLink(t, u) || effectivelyHidden(t) {
		return 0
	}
	base := semanticBase(t, u)
	if base <= 0 {
		return 0
	}
	label := trimASCII(hc.ctaLabel(t))
	lowered := encoding.LowerASCII(label)
	var order float32
	if u.Order == 0 {
		order = 0.1
	} else {
		order = max(0, 0.06/(1+float32(u.Order)))
	}
	if u.Linked != nil && u.Linked != u {
		order += 0.12
	}
	w := base + visualBonus(t) + textBonus(lowered) + order - ctaPenalty(t, u, lowered, label)
	return min(max(w, 0), 1)
}

// computeCTAWeights gives every link of the HTML its call-to-action
// weight, keeping the largest of a URL's links.
func (ps *htmlParser) computeCTAWeights() {
	hc := ps.hc
	for _, t := range hc.Tags {
		u := t.URL
		if u == nil {
			continue
		}
		w := hc.ctaWeight(t, u)
		if w <= 0 {
			continue
		}
		if hc.buttonWeights == nil {
			hc.buttonWeights = map[*url.URL]float32{}
		}
		if old, ok := hc.buttonWeights[u]; !ok || w > old {
			hc.buttonWeights[u] = w
		}
	}
}

// negScale is upstream's -CTA_WEIGHT_SCALE computed in unsigned int and
// converted to float.
const negScale = float32(1<<32 - 1000)

// CTAEntry is a call-to-action URL of a text part with its weight.
type CTAEntry struct {
	URL    *url.URL
	Weight float32
	pri    uint32
}

// CTAURLs selects the part's top call-to-action URLs, as upstream's
// rspamd_html_process_cta_urls keeps them: a min-heap of at most max
// entries, returned in heap order.
func (hc *Content) CTAURLs(partURLs []*url.URL, maxCTA int) []CTAEntry {
	var heap []CTAEntry
	for _, u := range partURLs {
		if u == nil || (u.Protocol != url.ProtoHTTP && u.Protocol != url.ProtoHTTPS) ||
			u.Flags&(url.FlagInvisible|url.FlagImage|url.FlagHTMLDisplayed) != 0 {
			continue
		}
		w := hc.ButtonWeight(u)
		if w <= 0 && u.Flags&url.FlagQuery != 0 {
			anc := u
			for hop := 0; hop < url.QueryMaxNesting; hop++ {
				if anc.Linked == nil || anc.Linked == anc {
					break
				}
				anc = anc.Linked
				if w = hc.ButtonWeight(anc); w > 0 {
					break
				}
			}
		}
		if w <= 0 {
			continue
		}
		e := CTAEntry{URL: u, Weight: w, pri: uint32(w * negScale)}
		if len(heap) < maxCTA {
			heap = append(heap, e)
			heapSwim(heap, len(heap)-1)
		} else if len(heap) > 0 && w > heap[0].Weight {
			heap[0] = heap[len(heap)-1]
			heap = heap[:len(heap)-1]
			if len(heap) > 0 {
				heapSink(heap, 0)
			}
			heap = append(heap, e)
			heapSwim(heap, len(heap)-1)
		}
	}
	return heap
}

func heapSwim(h []CTAEntry, i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if h[parent].pri <= h[i].pri {
			break
		}
		h[parent], h[i] = h[i], h[parent]
		i = parent
	}
}

func heapSink(h []CTAEntry, i int) {
	for 2*i+1 < len(h) {
		l, r := 2*i+1, 2*i+2
		m := l
		if r < len(h) && h[r].pri < h[l].pri {
			m = r
		}
		if h[i].pri <= h[m].pri {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}
