package html

import (
	"bytes"
	"sort"
	"strings"
)

// RewriteCandidate is a link attribute that task:rewrite_html_urls can
// replace: its tag, attribute ("href" or "src"), value and raw location
// in the parsed input.
type RewriteCandidate struct {
	Tag    *Tag
	Attr   string
	URL    string
	Offset int
	Len    int
}

// attrSpan returns the raw location of the first attribute of a kind.
func (t *Tag) attrSpan(k attrKind) (value string, offset, length int, ok bool) {
	for _, a := range t.Attrs {
		if a.kind == k {
			return a.Value, a.offset, a.len, a.len > 0
		}
	}
	return "", 0, 0, false
}

// RewriteCandidates lists the href and src attributes of links, images and
// <base> that a URL rewriter may replace (data: and cid: URLs excluded),
// as upstream's enumerate_rewrite_candidates.
func (hc *Content) RewriteCandidates() []RewriteCandidate {
	var res []RewriteCandidate
	for _, t := range hc.Tags {
		if t.Flags&(markXML|markVirtual|markBroken) != 0 {
			continue
		}
		if t.Flags&elemLink == 0 && t.ID != tagA && t.ID != tagImg && t.ID != tagLink && t.ID != tagBase {
			continue
		}
		attr := "href"
		v, off, l, ok := t.attrSpan(attrHref)
		if !ok {
			attr = "src"
			if v, off, l, ok = t.attrSpan(attrSrc); !ok {
				continue
			}
		}
		if v == "" || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "cid:") {
			continue
		}
		res = append(res, RewriteCandidate{Tag: t, Attr: attr, URL: v, Offset: off, Len: l})
	}
	return res
}

// RewritePatch replaces Len raw bytes at Offset with a URL.
type RewritePatch struct {
	Offset, Len int
	URL         string
}

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// ApplyRewrite applies patches to the HTML they were computed on, encoding
// the new URLs for attribute values; it reports false when patches
// overlap.
func ApplyRewrite(orig []byte, patches []RewritePatch) ([]byte, bool) {
	sort.SliceStable(patches, func(i, j int) bool { return patches[i].Offset < patches[j].Offset })
	for i := 1; i < len(patches); i++ {
		if patches[i-1].Offset+patches[i-1].Len > patches[i].Offset {
			return nil, false
		}
	}
	var out bytes.Buffer
	pos := 0
	for _, p := range patches {
		if p.Offset > pos && p.Offset <= len(orig) {
			out.Write(orig[pos:p.Offset])
		}
		out.WriteString(attrEscaper.Replace(p.URL))
		pos = p.Offset + p.Len
	}
	if pos < len(orig) {
		out.Write(orig[pos:])
	}
	return out.Bytes(), true
}
