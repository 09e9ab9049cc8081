package html

import (
	"bytes"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/url"
)

// ProcessURL parses the value of an href or src attribute as upstream's
// html_process_url: trimmed, with a scheme guessed when missing, spaces
// removed, control characters percent-encoded and encoded structural
// characters decoded. Links without a scheme and without a TLD, and links
// with an unknown scheme, give nil.
func ProcessURL(s *url.Scanner, in []byte, filter url.Filter) *url.URL {
	in = url.TrimUnicodeSpace(in)
	prefix := "http://"
	noPrefix := false
	if bytes.Index(in, []byte("://")) < 0 {
		if len(in) >= len("mailto:")+1 && (bytes.HasPrefix(in, []byte("mailto:")) ||
			bytes.HasPrefix(in, []byte("tel:")) || bytes.HasPrefix(in, []byte("callto:"))) {
			// A valid but "strange" prefix.
		} else {
			benign, structural := false, false
		scan:
			for i := 0; i < len(in); i++ {
				c := in[i]
				if c&0x80 != 0 || isAlnum(c) {
					continue
				}
				if i != 0 && (c == '.' || c == '-' || c == '_' || c == '+') {
					benign = true
					continue
				}
				structural = true
				switch {
				case i == 0 && len(in) > 2 && c == '/' && in[1] == '/':
					prefix = "http:"
					noPrefix = true
				case c == '@':
					prefix = "mailto:"
					noPrefix = true
				case c == ':' && i != 0:
					noPrefix = false
				case i == 0:
					return nil
				default:
					noPrefix = true
				}
				break scan
			}
			if !structural && benign {
				noPrefix = true
			}
		}
	}
	const hexdigits = "0123456789abcdef"
	dec := make([]byte, 0, len(in)+len(prefix)+16)
	if noPrefix {
		dec = append(dec, prefix...)
	}
	badChars := false
	for i := 0; i < len(in); i++ {
		c := in[i]
		switch {
		case isSpace(c):
		case c < 0x80 && (c < 0x21 || c > 0x7e):
			dec = append(dec, '%', hexdigits[c>>4&0xf], hexdigits[c&0xf])
			badChars = true
		case c == '%' && i+2 < len(in) && isXDigit(in[i+1]) && isXDigit(in[i+2]):
			hi, _ := encoding.HexValue(in[i+1])
			lo, _ := encoding.HexValue(in[i+2])
			cp := hi<<4 | lo
			switch cp {
			case '@', ':', '|', '?', '\\', '/':
				dec = append(dec, cp)
				i += 2
			default:
				dec = append(dec, c)
			}
		default:
			dec = append(dec, c)
		}
	}
	norm, res := url.NormalizeUnicode(dec)
	var saved url.Flags
	if res&url.NormUnnormal != 0 {
		saved |= url.FlagUnnormalised
	}
	if res&url.NormZeroSpaces != 0 {
		saved |= url.FlagZWSpaces
	}
	if res&url.NormError != 0 {
		saved |= url.FlagObscured
	}
	u, err := s.Parse(norm, url.ParseHref, filter)
	if err != nil || u.Host() == "" || u.Protocol&url.ProtoUnknown != 0 {
		return nil
	}
	u.Flags |= saved
	if badChars {
		u.Flags |= url.FlagObscured
	}
	if noPrefix {
		u.Flags |= url.FlagSchemaless
		if u.TLD() == "" || u.Flags&url.FlagNoTLD != 0 {
			return nil
		}
	}
	raw := in
	if len(raw) > 0xffff/2 {
		raw = raw[:0xffff/2]
		u.Flags |= url.FlagTruncated
	}
	u.SetRaw(string(raw))
	return u
}

// isTransferProto tells http, https and ftp.
func isTransferProto(u *url.URL) bool {
	return u.Protocol&(url.ProtoHTTP|url.ProtoHTTPS|url.ProtoFTP) != 0
}

// isSubdomain reports whether one host is a subdomain of the other
// (upstream's rspamd_url_is_subdomain, quirks included).
func isSubdomain(t1, t2 string) bool {
	p1, p2 := len(t1)-1, len(t2)-1
	for p1 > 0 && t1[p1] == '.' {
		p1--
	}
	for p2 > 0 && t2[p2] == '.' {
		p2--
	}
	for p1 > 0 && p2 > 0 && t1[p1] == t2[p2] {
		p1--
		p2--
	}
	if p2 == 0 {
		return p1 > 0 && t1[p1-1] == '.'
	}
	if p1 == 0 {
		return p2 > 0 && t2[p2-1] == '.'
	}
	return false
}

// idnHost returns the host (or the eTLD+1) of a URL, converted to Unicode
// when it holds punycode.
func idnHost(u *url.URL, tld bool) string {
	s := u.Host()
	if tld {
		s = u.TLD()
	}
	if len(s) > 4 && indexFold(s, "xn--") >= 0 {
		if uni, ok := url.IDNToUnicode(s); ok {
			if max := len(s)*2 + 1; len(uni) > max {
				uni = uni[:max]
			}
			return uni
		}
	}
	return s
}

// queryTargetsDisplay tells a single-target redirector whose (nested) leaf
// URL has the displayed domain.
func queryTargetsDisplay(s *url.Scanner, href *url.URL, dispTLD string, filter url.Filter) bool {
	if dispTLD == "" {
		return false
	}
	var leaf *url.URL
	cur := href
	consumed := false
	for depth := 0; depth < url.QueryMaxNesting; depth++ {
		if cur.Query() == "" {
			consumed = true
			break
		}
		count := 0
		var single *url.URL
		s.EachQueryURL(cur, url.FindAll, filter, func(q *url.URL, _, _ int) bool {
			if !isTransferProto(q) || q.TLD() == "" {
				return true
			}
			count++
			single = q
			return true
		})
		if count == 0 {
			consumed = true
			break
		}
		if count != 1 {
			return false
		}
		leaf, cur = single, single
	}
	if !consumed || leaf == nil {
		return false
	}
	leafTLD := idnHost(leaf, true)
	return encoding.EqualFoldASCII(leafTLD, dispTLD) || isSubdomain(leafTLD, dispTLD) || isSubdomain(dispTLD, leafTLD)
}

// urlIsPhished compares a link with the URL its text displays
// (html_url_is_phished); it returns the displayed URL.
func urlIsPhished(s *url.Scanner, href *url.URL, text []byte, filter url.Filter) *url.URL {
	text = url.TrimUnicodeSpace(text)
	if len(text) <= 4 {
		return nil
	}
	str, pos, _, ok := s.Find(text, url.FindAll)
	if !ok || str == nil {
		return nil
	}
	if pos > 0 {
		return nil
	}
	disp, err := s.Parse(str, url.ParseText, filter)
	if err != nil {
		if len(text) > 4 && encoding.EqualFoldASCII(string(text[:4]), "http") && bytes.Contains(text, []byte("://")) {
			href.Flags |= url.FlagPhished | url.FlagObscured
		}
		return nil
	}
	disp.Flags |= url.FlagHTMLDisplayed
	href.Flags |= url.FlagDisplayURL
	if isTransferProto(disp) == isTransferProto(href) {
		if !encoding.EqualFoldASCII(idnHost(disp, false), idnHost(href, false)) &&
			disp.TLD() != "" && href.TLD() != "" {
			dispTok, hrefTok := idnHost(disp, true), idnHost(href, true)
			if !encoding.EqualFoldASCII(dispTok, hrefTok) && !isSubdomain(dispTok, hrefTok) &&
				!queryTargetsDisplay(s, href, dispTok, filter) {
				href.Flags |= url.FlagPhished
				disp.Flags |= url.FlagHTMLDisplayed
				href.Linked = disp
			}
		}
	}
	return disp
}

// checkDisplayedURL records the visible text of a link and checks the URL
// it displays (html_check_displayed_url).
func (ps *htmlParser) checkDisplayedURL(visible []byte, offset int, u *url.URL) {
	if len(visible) == 0 {
		return
	}
	buf := append([]byte(nil), visible...)
	vis := url.TrimUnicodeSpace(buf)
	start := visibleStart(buf, vis)
	disp := urlIsPhished(ps.opts.Scanner, u, vis, ps.filter)
	if ps.opts.Part != nil && disp != nil {
		ps.opts.Part.Exceptions = append(ps.opts.Part.Exceptions,
			url.Exception{Pos: offset, Len: len(vis), URL: u})
	}
	if disp != nil && ps.set() != nil {
		if t := ps.set().AddOrReturn(disp, ps.maxURLs()); t != nil {
			if t.Flags&url.FlagFromText != 0 {
				if t.Flags&url.FlagDisplayURL == 0 {
					t.Flags |= disp.Flags
				}
				t.Flags &^= url.FlagFromText
			}
			t.Count++
		}
	}
	// Upstream normalises the trimmed text in place and reads it back as a
	// C string: the bytes after the normalised text up to the end of the
	// untrimmed copy (trailing spaces included) follow it.
	norm, _ := url.NormalizeUnicode(vis)
	rest := buf[start+len(norm):]
	v := string(norm) + string(rest)
	u.Visible = &v
}

// visibleStart returns the offset of the trimmed text vis in buf.
func visibleStart(buf, vis []byte) int {
	if len(vis) == 0 {
		return len(buf)
	}
	for i := range buf {
		if &buf[i] == &vis[0] {
			return i
		}
	}
	return 0
}
