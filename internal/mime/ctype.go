package mime

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/charset"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/rfc2047"
)

// CTFlags are rspamd's content type flags (enum rspamd_content_type_flags).
type CTFlags uint32

// Content type flags, with upstream's bit values.
const (
	CTBroken    CTFlags = 1 << 0
	CTMultipart CTFlags = 1 << 1
	CTText      CTFlags = 1 << 2
	CTMessage   CTFlags = 1 << 3
	CTDSN       CTFlags = 1 << 4
	CTMissing   CTFlags = 1 << 5
	CTEncrypted CTFlags = 1 << 6
	CTSMIME     CTFlags = 1 << 7
)

// ParamFlags are the flags of one Content-Type or Content-Disposition
// parameter.
type ParamFlags uint32

// Parameter flags, with upstream's bit values.
const (
	ParamRFC2231   ParamFlags = 1 << 0
	ParamPiecewise ParamFlags = 1 << 1
	ParamBroken    ParamFlags = 1 << 2
)

// Param is a parameter: for a name given several times the first one
// holds the value (the others only matter for RFC 2231 continuations).
type Param struct {
	Name  string
	Value string
	Flags ParamFlags
	id    uint32
	// pieces are the later parameters with the same name, in order.
	pieces []*Param
}

// Params are the parameters of a header, in order of first appearance.
type Params struct {
	list   []*Param
	byName map[string]*Param
	n      int
}

// maxParams bounds the parameters materialised for one header.
const maxParams = 1024

// Get returns the parameter named name (case-insensitive) or nil.
func (ps *Params) Get(name string) *Param {
	if ps == nil || ps.byName == nil {
		return nil
	}
	return ps.byName[encoding.LowerASCII(name)]
}

// Values returns the values given for the parameter's name, in order:
// its own, then those of the later parameters with the same name.
func (p *Param) Values() []string {
	vals := make([]string, 0, 1+len(p.pieces))
	vals = append(vals, p.Value)
	for _, piece := range p.pieces {
		vals = append(vals, piece.Value)
	}
	return vals
}

// List returns the parameters in order of first appearance.
func (ps *Params) List() []*Param {
	if ps == nil {
		return nil
	}
	return ps.list
}

// ContentType is a parsed Content-Type header value.
type ContentType struct {
	// Type and Subtype are lowercased.
	Type, Subtype string
	// Charset is the charset parameter as given (decoded, not lowercased).
	Charset string
	// Boundary is the boundary parameter lowercased, OrigBoundary as given.
	Boundary, OrigBoundary string
	Flags                  CTFlags
	Params                 Params
	// Raw is the header value the type was parsed from.
	Raw string
}

// Disposition is the Content-Disposition type.
type Disposition int

// Disposition types (enum rspamd_content_disposition_type).
const (
	DispositionUnknown Disposition = iota
	DispositionInline
	DispositionAttachment
)

// ContentDisposition is a parsed Content-Disposition header value (or
// one rspamd made up from Content-Type parameters).
type ContentDisposition struct {
	Type     Disposition
	Filename string
	// HasFilename distinguishes an empty file name from none.
	HasFilename bool
	Params      Params
	// Lower is the lowercased header value.
	Lower string
}

// addParam records a parameter as rspamd_content_type_add_param does:
// the name is lowercased, RFC 2231 names ("name*", "name*N", "name*N*")
// are recognised, and parameters with a known name are chained to the
// first one.
func (ps *Params) addParam(name, value []byte) bool {
	if ps.n >= maxParams {
		return false
	}
	ps.n++
	lowerASCIIInPlace(name)
	np := &Param{}
	if !maybeRFC2231(np, name, value) {
		np.Name = string(name)
		np.Value = string(value)
	}
	if ps.byName == nil {
		ps.byName = make(map[string]*Param)
	}
	k := encoding.LowerASCII(np.Name)
	if first, ok := ps.byName[k]; ok {
		first.pieces = append(first.pieces, np)
	} else {
		ps.byName[k] = np
		ps.list = append(ps.list, np)
	}
	return true
}

// maybeRFC2231 handles "name*" (encoded), "name*N" (continuation) and
// "name*N*" (encoded continuation).
func maybeRFC2231(np *Param, name, value []byte) bool {
	star := bytes.IndexByte(name, '*')
	if star < 0 {
		return false
	}
	switch {
	case star == len(name)-1:
		if v, ok := rfc2231Decode(value); ok {
			np.Value = v
			np.Flags |= ParamRFC2231
			np.Name = string(name[:len(name)-1])
		} else {
			// Upstream leaves name and value unset.
			np.Name, np.Value = "", ""
		}
	case name[len(name)-1] == '*':
		id, ok := cconv.RspamdStrtoul(name[star+1 : len(name)-1])
		if !ok {
			return false
		}
		np.Flags |= ParamPiecewise | ParamRFC2231
		np.id = uint32(id)
		np.Name = string(name[:star])
		np.Value = string(value)
	default:
		id, ok := cconv.RspamdStrtoul(name[star+1:])
		if !ok {
			return false
		}
		np.Flags |= ParamPiecewise
		np.id = uint32(id)
		np.Name = string(name[:star])
		np.Value = string(value)
	}
	return true
}

// rfc2231Decode decodes an RFC 2231 value: charset'language'percent-data
// or plain percent encoding.
func rfc2231Decode(v []byte) (string, bool) {
	q := bytes.IndexByte(v, '\'')
	if q < 0 {
		return string(urlDecode(v)), true
	}
	var cs string
	var known bool
	if q > 0 {
		cs, known = charset.Canonical(string(v[:q]))
	}
	rest := v[q+1:]
	if q2 := bytes.IndexByte(rest, '\''); q2 >= 0 {
		rest = rest[q2+1:]
	}
	data := urlDecode(rest)
	if !known {
		if charset.ValidUTF8(data) {
			cs, known = charset.UTF8, true
		} else if d, ok := charset.Detect(data); ok {
			cs, known = d, true
		}
	}
	if !known {
		return "", false
	}
	out, err := charset.TextToUTF8(data, cs)
	if err != nil {
		return "", false
	}
	return string(out), true
}

// urlDecode is rspamd_url_decode: %XX escapes and '+' as a space; a '%'
// before a non-hex character is dropped, and a '%' with one hex digit is
// dropped together with the character after it.
func urlDecode(in []byte) []byte {
	out := make([]byte, 0, len(in))
	st := 0
	var dec byte
	for _, ch := range in {
		switch st {
		case 0:
			switch ch {
			case '%':
				st = 1
			case '+':
				out = append(out, ' ')
			default:
				out = append(out, ch)
			}
		case 1:
			if v, ok := encoding.HexValue(ch); ok {
				dec = v
				st = 2
			} else {
				st = 0
				out = append(out, ch)
			}
		case 2:
			st = 0
			if v, ok := encoding.HexValue(ch); ok {
				out = append(out, dec<<4+v)
			}
		}
	}
	return out
}

// postprocess joins continuations, decodes RFC 2047 words in values and
// calls proc for every parameter (rspamd_postprocess_ct_attributes).
func (ps *Params) postprocess(proc func(*Param)) {
	for _, p := range ps.list {
		if p.Flags&ParamPiecewise != 0 {
			all := append([]*Param{p}, p.pieces...)
			slices.SortStableFunc(all, func(a, b *Param) int {
				switch {
				case a.id < b.id:
					return -1
				case a.id > b.id:
					return 1
				}
				return 0
			})
			var joined []byte
			for _, piece := range all {
				joined = append(joined, piece.Value...)
			}
			if p.Flags&ParamRFC2231 != 0 {
				if v, ok := rfc2231Decode(joined); ok {
					p.Value = v
				} else {
					p.Flags |= ParamBroken
					p.Value = string(joined)
				}
			} else {
				p.Value = string(joined)
			}
			p.pieces = nil
		}
		if p.Value != "" {
			dec, bad := rfc2047.DecodeString(p.Value)
			p.Value = dec
			if bad {
				p.Flags |= ParamBroken
			}
		}
		proc(p)
	}
}

// ParseContentType parses a Content-Type value as rspamd_content_type_parse
// does; it returns nil when there is no type at all.
func ParseContentType(in string) *ContentType {
	buf := []byte(in)
	if i := bytes.IndexByte(buf, 0); i >= 0 {
		// Upstream copies the value with rspamd_strlcpy, which stops at
		// the NUL, but parses the original length: the bytes after it are
		// the fresh (zeroed) pool memory.
		clear(buf[i:])
		in = in[:i]
	}
	ct := &ContentType{Raw: in}
	parseCTValue(ct, buf)
	if ct.Type == "" {
		return nil
	}
	ct.Params.postprocess(func(p *Param) {
		found := false
		if strings.EqualFold(p.Name, "charset") {
			found = true
			ct.Charset = p.Value
		}
		if strings.EqualFold(p.Name, "boundary") {
			found = true
			ct.Boundary = encoding.LowerASCII(p.Value)
			ct.OrigBoundary = p.Value
		}
		if !found && !strings.EqualFold(p.Name, "name") {
			p.Value = lowerUTF8Inplace(p.Value)
		}
	})
	if ct.Subtype == "" {
		ct.Flags |= CTBroken
		switch {
		case ct.Type == "text":
			// Content-Type: text, taken as text/plain later on.
		case ct.Type == "html":
			ct.Type, ct.Subtype = "text", "html"
		case ct.Type == "application":
			ct.Subtype = "octet-stream"
		}
	} else {
		if ct.Subtype == "alternate" {
			ct.Flags |= CTBroken
			ct.Subtype = "alternative"
		}
		if strings.Contains(ct.Subtype, "pkcs7-mime") {
			ct.Flags |= CTSMIME
		}
	}
	switch ct.Type {
	case "multipart":
		ct.Flags |= CTMultipart
		if ct.Subtype == "encrypted" {
			ct.Flags |= CTEncrypted
		}
	case "text":
		ct.Flags |= CTText
	case "message":
		if ct.Subtype == "delivery-status" || strings.Contains(ct.Subtype, "notification") {
			ct.Flags |= CTText | CTDSN
		} else {
			ct.Flags |= CTMessage
		}
	}
	return ct
}

// parseCTValue is the Content-Type state machine of rspamd's
// rspamd_content_type_parser.
func parseCTValue(ct *ContentType, in []byte) {
	const (
		stType = iota
		stSubtype
		stAfterSubtype
		stParamName
		stParamAfterName
		stParamValue
		stParamValueAfterQuote
		stSpace
		stQuoted
		stComment
	)
	var typ, sub []byte
	haveType, haveSub := false, false
	obraces, ebraces, qlen := 0, 0, 0
	pnameStart, pnameEnd := -1, -1
	eqsign := false
	p, c := 0, 0
	end := len(in)
	st, next := stSpace, stType
	add := func(vs, ve int) {
		if pnameStart >= 0 && pnameEnd > pnameStart {
			if !ct.Params.addParam(in[pnameStart:pnameEnd], in[vs:ve]) {
				ct.Flags |= CTBroken
			}
		}
	}
	for p < end {
		switch st {
		case stType:
			if isSpace(in[p]) || in[p] == ';' {
				typ, haveType = in[c:p], true
				st = stAfterSubtype
			} else if in[p] == '/' {
				typ, haveType = in[c:p], true
				st, next = stSpace, stSubtype
				p++
			} else {
				p++
			}
		case stSubtype:
			if isSpace(in[p]) || in[p] == ';' {
				sub, haveSub = in[c:p], true
				st = stAfterSubtype
			} else {
				p++
			}
		case stAfterSubtype:
			if in[p] == ';' || isSpace(in[p]) {
				p++
			} else if in[p] == '(' {
				c = p
				st, next = stComment, stParamName
				obraces, ebraces = 1, 0
				pnameStart, pnameEnd = -1, -1
				eqsign = false
				p++
			} else {
				c = p
				st = stParamName
				pnameStart, pnameEnd = -1, -1
				eqsign = false
			}
		case stParamName:
			if in[p] == '=' {
				pnameStart, pnameEnd = c, p
				st = stParamAfterName
				eqsign = true
				p++
			} else if isSpace(in[p]) {
				pnameStart, pnameEnd = c, p
				st = stParamAfterName
			} else {
				p++
			}
		case stParamAfterName:
			if isSpace(in[p]) {
				p++
			} else if in[p] == '=' {
				if eqsign {
					c = p
					eqsign = false
					st = stParamValue
				} else {
					eqsign = true
				}
				p++
			} else if eqsign {
				st = stParamValue
				c = p
			} else {
				c = p
				st = stParamName
				pnameStart, pnameEnd = -1, -1
			}
		case stParamValue:
			switch {
			case in[p] == '"':
				p++
				c = p
				st, next = stQuoted, stParamValueAfterQuote
			case isSpace(in[p]):
				add(c, p)
				st, next = stSpace, stParamName
				pnameStart, pnameEnd = -1, -1
			case in[p] == '(':
				add(c, p)
				obraces, ebraces = 1, 0
				p++
				st, next = stComment, stParamName
				pnameStart, pnameEnd = -1, -1
			case in[p] == ';':
				add(c, p)
				p++
				st, next = stSpace, stParamName
				pnameStart, pnameEnd = -1, -1
			default:
				p++
			}
		case stParamValueAfterQuote:
			add(c, c+qlen)
			if in[p] == '"' {
				p++
				if p == end {
					st = stSpace
					break
				}
				if in[p] == ';' {
					p++
					st, next = stSpace, stParamName
					pnameStart, pnameEnd = -1, -1
					continue
				}
			}
			switch {
			case isSpace(in[p]):
				st, next = stSpace, stParamName
				pnameStart, pnameEnd = -1, -1
			case in[p] == '(':
				obraces, ebraces = 1, 0
				p++
				st, next = stComment, stParamName
				pnameStart, pnameEnd = -1, -1
			default:
				st = stParamName
				pnameStart, pnameEnd = -1, -1
				c = p
			}
		case stQuoted:
			if in[p] == '\\' {
				if p+1 < end {
					p += 2
				} else {
					p++
				}
			} else if in[p] == '"' {
				qlen = p - c
				st = next
			} else {
				p++
			}
		case stComment:
			if in[p] == '(' {
				obraces++
				p++
			} else if in[p] == ')' {
				ebraces++
				p++
				if ebraces == obraces && p < end {
					if isSpace(in[p]) {
						st = stSpace
					} else {
						c = p
						st = next
					}
				}
			} else {
				p++
			}
		case stSpace:
			if isSpace(in[p]) {
				p++
			} else if in[p] == '(' {
				obraces, ebraces = 1, 0
				p++
				st = stComment
			} else {
				c = p
				st = next
			}
		}
	}
	switch st {
	case stType:
		typ, haveType = in[c:p], true
	case stSubtype:
		sub, haveSub = in[c:p], true
	case stParamValue:
		if pnameStart >= 0 && pnameEnd > pnameStart {
			if p > c && in[p-1] == ';' {
				p--
			}
			add(c, p)
		}
	case stParamValueAfterQuote:
		add(c, c+qlen)
	}
	if haveType && len(typ) > 0 {
		ct.Type = encoding.LowerASCII(string(typ))
		if haveSub && len(sub) > 0 {
			ct.Subtype = encoding.LowerASCII(string(sub))
		}
	}
}

func lowerASCIIInPlace(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// lowerUTF8Inplace is rspamd_str_lc_utf8 applied to a value whose length
// the caller keeps: characters are lowercased in place, a lowercase form
// longer than the original is ignored, and when one is shorter the tail
// keeps the original bytes past the new end (upstream ignores the new
// length).
func lowerUTF8Inplace(s string) string {
	b := []byte(s)
	d := 0
	for i := 0; i < len(b); {
		r, n := charset.DecodeRune(b[i:])
		if r < 0 {
			// Upstream skips ill-formed bytes without writing.
			d += n
			i += n
			continue
		}
		var tmp [4]byte
		ln := utf8.EncodeRune(tmp[:], unicode.ToLower(r)) // u_tolower
		if ln <= n {
			copy(b[d:], tmp[:ln])
			d += ln
		} else {
			// A longer lowercase form is ignored: the cursor moves on
			// without writing.
			d += n
		}
		i += n
	}
	return string(b)
}

// ParseContentDisposition parses a Content-Disposition value as
// rspamd_content_disposition_parse does; it returns nil when the value has
// neither a recognisable type nor a parameter. An unknown type counts as
// an attachment.
func ParseContentDisposition(in string) *ContentDisposition {
	cd := &ContentDisposition{}
	if !parseDispositionValue([]byte(in), cd) {
		return nil
	}
	if cd.Type == DispositionUnknown {
		cd.Type = DispositionAttachment
	}
	lc := in
	if i := strings.IndexByte(lc, 0); i >= 0 {
		lc = lc[:i]
	}
	cd.Lower = encoding.LowerASCII(lc)
	cd.Params.postprocess(func(p *Param) {
		if strings.EqualFold(p.Name, "filename") {
			cd.Filename = p.Value
			cd.HasFilename = true
		}
	})
	return cd
}

//go:generate sh -c "ragel -Z -T0 -I ../ragel -o disposition_rl.go disposition.rl && gofmt -w disposition_rl.go"
