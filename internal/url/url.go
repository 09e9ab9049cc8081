// Package url parses, normalises and extracts URLs and e-mail addresses
// exactly as rspamd 4.1.5 does (libserver/url.c): the tolerant URL state
// machines with every flag upstream assigns, percent-decoding, IDN
// nameprep, numeric (decimal, octal, hexadecimal) IP hosts, eTLD+1
// computation with the public suffix list, URL and e-mail extraction from
// text with upstream's matcher tables and boundary heuristics, URLs
// embedded in query strings, and the URL set of a message with its
// deduplication and ordering semantics.
package url

import (
	"strconv"

	"github.com/zeebo/xxh3"

	"github.com/gorspamd/rspamd/internal/encoding"
)

// Flags are the RSPAMD_URL_FLAG_* bits of a URL.
type Flags uint32

// URL flags, bit-compatible with upstream.
const (
	FlagPhished Flags = 1 << iota
	FlagNumeric
	FlagObscured
	FlagRedirected
	FlagHTMLDisplayed
	FlagFromText
	FlagSubject
	FlagHostEncoded
	FlagSchemaEncoded
	FlagPathEncoded
	FlagQueryEncoded
	FlagMissingSlashes
	FlagIDN
	FlagHasPort
	FlagHasUser
	FlagSchemaless
	FlagUnnormalised
	FlagZWSpaces
	FlagDisplayURL
	FlagImage
	FlagQuery
	FlagContent
	FlagNoTLD
	FlagTruncated
	FlagRedirectTarget
	FlagInvisible
	FlagSpecial
)

// MaxFlagShift is upstream's RSPAMD_URL_MAX_FLAG_SHIFT: url:get_flags()
// lists the flags below this bit only.
const MaxFlagShift = 26

// PropagateMask lists the flags an outer URL passes to the URLs found in
// its query string.
const PropagateMask = FlagFromText | FlagContent | FlagSubject | FlagInvisible

// suspiciousFlags make a new URL replace an equal one already in a set.
const suspiciousFlags = FlagPhished | FlagObscured | FlagZWSpaces

var flagNames = [...]string{
	"phished", "numeric", "obscured", "redirected", "html_displayed", "text",
	"subject", "host_encoded", "schema_encoded", "path_encoded",
	"query_encoded", "missing_slashes", "idn", "has_port", "has_user",
	"schemaless", "unnormalised", "zw_spaces", "url_displayed", "image",
	"query", "content", "no_tld", "truncated", "redirect_target", "invisible",
	"special",
}

// FlagName returns the name of the lowest flag set in f ("" for none).
func FlagName(f Flags) string {
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			return n
		}
	}
	return ""
}

// FlagFromName returns the flag called name.
func FlagFromName(name string) (Flags, bool) {
	for i, n := range flagNames {
		if n == name {
			return 1 << i, true
		}
	}
	return 0, false
}

// Names lists the names of the flags in f below MaxFlagShift, in bit order.
func (f Flags) Names() []string {
	var res []string
	for i := 0; i < MaxFlagShift; i++ {
		if f&(1<<i) != 0 {
			res = append(res, flagNames[i])
		}
	}
	return res
}

// Protocol is a URL scheme class.
type Protocol uint8

// Protocols, bit-compatible with upstream.
const (
	ProtoFile      Protocol = 1 << 0
	ProtoFTP       Protocol = 1 << 1
	ProtoHTTP      Protocol = 1 << 2
	ProtoHTTPS     Protocol = 1 << 3
	ProtoMailto    Protocol = 1 << 4
	ProtoTelephone Protocol = 1 << 5
	ProtoUnknown   Protocol = 1 << 7
)

// String returns the protocol name upstream uses ("unknown" for others).
func (p Protocol) String() string {
	switch p {
	case ProtoHTTP:
		return "http"
	case ProtoHTTPS:
		return "https"
	case ProtoFTP:
		return "ftp"
	case ProtoFile:
		return "file"
	case ProtoMailto:
		return "mailto"
	case ProtoTelephone:
		return "telephone"
	}
	return "unknown"
}

// ProtocolFromString is the inverse of Protocol.String.
func ProtocolFromString(s string) Protocol {
	switch s {
	case "http":
		return ProtoHTTP
	case "https":
		return ProtoHTTPS
	case "mailto":
		return ProtoMailto
	case "ftp":
		return ProtoFTP
	case "file":
		return ProtoFile
	case "telephone":
		return ProtoTelephone
	}
	return ProtoUnknown
}

// NoOrder marks an unset URL order (upstream's (uint16_t)-1).
const NoOrder = 0xffff

// hashSeed is upstream's fixed rspamd_hash_seed().
const hashSeed = 0xabf9727ba290690b

// span is a component of the normalised URL string.
type span struct{ off, len int }

// of returns the component text; empty components may have stale offsets.
func (s span) of(str string) string {
	if s.len <= 0 || s.off < 0 || s.off+s.len > len(str) {
		return ""
	}
	return str[s.off : s.off+s.len]
}

// URL is a parsed URL. Its accessors return the normalised components, as
// upstream's rspamd_url does.
type URL struct {
	str string
	raw string

	// Flags are the URL flags (RSPAMD_URL_FLAG_*).
	Flags Flags
	// Protocol is the scheme class.
	Protocol Protocol

	protoLen int
	user     span
	host     span
	data     span
	query    span
	fragment span
	tld      span

	port uint16

	// Count is the number of occurrences in the message.
	Count int
	// Order is the position of the URL in the message, NoOrder if unset.
	Order uint16
	// PartOrder is the position of the URL in its part, NoOrder if unset.
	PartOrder uint16

	// Visible is the displayed text of an HTML link (nil if none).
	Visible *string
	// Linked is the URL this one is linked to (displayed, phished or
	// redirected URL, or the URL whose query held this one).
	Linked *URL
	// QueryEmbedded is the number of URLs found in this URL's query.
	QueryEmbedded int
}

// String returns the normalised URL text (url:get_text()).
func (u *URL) String() string { return u.str }

// Raw returns the URL as it was found (url:get_raw()).
func (u *URL) Raw() string { return u.raw }

// Len returns the length of the normalised text.
func (u *URL) Len() int { return len(u.str) }

// Scheme returns the scheme as written in the normalised text.
func (u *URL) Scheme() string { return u.str[:u.protoLen] }

// User returns the user part ("" if none).
func (u *URL) User() string { return u.user.of(u.str) }

// Host returns the host ("" if none).
func (u *URL) Host() string { return u.host.of(u.str) }

// Path returns the path without its leading slash ("" if none).
func (u *URL) Path() string { return u.data.of(u.str) }

// Query returns the query without '?' ("" if none).
func (u *URL) Query() string { return u.query.of(u.str) }

// Fragment returns the fragment without '#' ("" if none).
func (u *URL) Fragment() string { return u.fragment.of(u.str) }

// TLD returns the effective second level domain of the host ("" if none);
// url:get_tld() returns this value.
func (u *URL) TLD() string { return u.tld.of(u.str) }

// Port returns the explicit port, 0 if the URL has none.
func (u *URL) Port() uint16 {
	if u.Flags&FlagHasPort != 0 {
		return u.port
	}
	return 0
}

// DefaultPort returns the explicit port or the default one for the scheme
// (443 for https, 80 otherwise), as rspamd_url_get_port does.
func (u *URL) DefaultPort() uint16 {
	if u.Flags&FlagHasPort != 0 {
		return u.port
	}
	if u.Protocol == ProtoHTTPS {
		return 443
	}
	return 80
}

// Hash returns the 64-bit hash upstream uses for URL sets (url:get_hash()).
func (u *URL) Hash() uint64 {
	if len(u.str) == 0 {
		return 0
	}
	return xxh3.HashStringSeed(u.str, hashSeed)
}

// HostHash returns the hash of the host, used by host sets.
func (u *URL) HostHash() uint64 {
	if u.host.len == 0 {
		return 0
	}
	return xxh3.HashStringSeed(u.Host(), hashSeed)
}

// Tostring returns the string form url:tostring() gives: user@host for
// e-mails, otherwise the text with control characters and spaces
// percent-encoded.
func (u *URL) Tostring() string {
	if u.Protocol == ProtoMailto {
		return u.User() + "@" + u.Host()
	}
	extra := 0
	for i := 0; i < len(u.str); i++ {
		if u.str[i] <= 0x20 {
			extra++
		}
	}
	if extra == 0 {
		return u.str
	}
	const hexdigits = "0123456789ABCDEF"
	b := make([]byte, 0, len(u.str)+2*extra)
	for i := 0; i < len(u.str); i++ {
		c := u.str[i]
		if c <= 0x20 {
			b = append(b, '%', hexdigits[c>>4], hexdigits[c&0xf])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

// ToHTTP returns the URL suitable for an HTTP request (url:to_http()):
// without fragment and user. It reports false for e-mails.
func (u *URL) ToHTTP() (string, bool) {
	if u.Protocol == ProtoMailto {
		return "", false
	}
	if u.user.len == 0 {
		n := len(u.str) - u.fragment.len
		if u.fragment.len > 0 {
			for n > 0 && u.str[n-1] == '#' {
				n--
			}
		}
		return u.str[:n], true
	}
	b := make([]byte, 0, len(u.str))
	b = append(b, u.str[:u.protoLen]...)
	b = append(b, "://"...)
	b = append(b, u.Host()...)
	if p := u.Port(); p > 0 {
		b = append(b, ':')
		b = strconv.AppendUint(b, uint64(p), 10)
	}
	b = append(b, '/')
	b = append(b, u.Path()...)
	if u.query.len > 0 {
		b = append(b, '?')
		b = append(b, u.Query()...)
	}
	return string(b), true
}

// Compare orders URLs as upstream's rspamd_url_cmp (used by sorted
// url lists): by protocol, then e-mails by host (case-insensitively) and
// user, other URLs by text.
func Compare(a, b *URL) int {
	if a.Protocol != b.Protocol {
		return int(a.Protocol) - int(b.Protocol)
	}
	if a.Protocol&ProtoMailto != 0 {
		ah, bh := a.Host(), b.Host()
		n := min(len(ah), len(bh))
		if r := lcCmp(ah[:n], bh[:n]); r != 0 {
			return r
		}
		if len(ah) != len(bh) {
			return len(ah) - len(bh)
		}
		au, bu := a.User(), b.User()
		if len(au) != len(bu) || len(au) == 0 {
			return len(au) - len(bu)
		}
		return cmpBytes(au, bu)
	}
	n := min(len(a.str), len(b.str))
	if r := cmpBytes(a.str[:n], b.str[:n]); r != 0 || len(a.str) == len(b.str) {
		return r
	}
	return len(a.str) - len(b.str)
}

func cmpBytes(a, b string) int {
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

// lcCmp compares ASCII case-insensitively, returning the difference of the
// first differing bytes.
func lcCmp(a, b string) int {
	for i := 0; i < len(a); i++ {
		ca, cb := encoding.LowerASCIIByte(a[i]), encoding.LowerASCIIByte(b[i])
		if ca != cb {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

// equalURLs is the equality of URL sets: same protocol and text, e-mails
// compared by host and user case-insensitively.
func equalURLs(a, b *URL) bool {
	if a.Protocol != b.Protocol || len(a.str) != len(b.str) {
		return false
	}
	if a.Protocol&ProtoMailto != 0 {
		if a.host.len != b.host.len || a.host.len == 0 {
			return false
		}
		if lcCmp(a.Host(), b.Host()) != 0 {
			return false
		}
		if a.user.len != b.user.len || a.user.len == 0 {
			return false
		}
		return lcCmp(a.User(), b.User()) == 0
	}
	return a.str == b.str
}

// SetRaw replaces the raw text of the URL (HTML links keep the attribute
// value as it was written).
func (u *URL) SetRaw(raw string) { u.raw = raw }
