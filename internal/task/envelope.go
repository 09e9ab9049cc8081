package task

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/mailaddr"
)

// RequestHeaders are the HTTP headers of a scan request: names are looked
// up ignoring ASCII case, each keeps its values in arrival order.
type RequestHeaders struct {
	names  []string
	values map[string][]string
}

// Add appends a value for name.
func (h *RequestHeaders) Add(name, value string) {
	key := encoding.LowerASCII(name)
	if h.values == nil {
		h.values = map[string][]string{}
	}
	if _, ok := h.values[key]; !ok {
		h.names = append(h.names, name)
	}
	h.values[key] = append(h.values[key], value)
}

// Get returns the first value of name.
func (h *RequestHeaders) Get(name string) (string, bool) {
	v := h.values[encoding.LowerASCII(name)]
	if len(v) == 0 {
		return "", false
	}
	return v[0], true
}

// Values returns every value of name.
func (h *RequestHeaders) Values(name string) []string { return h.values[encoding.LowerASCII(name)] }

// Names returns the header names in order of first arrival.
func (h *RequestHeaders) Names() []string { return h.names }

// ESMTPArgs are ESMTP parameters (KEY=VALUE): keys compare ignoring ASCII
// case and a later value replaces an earlier one.
type ESMTPArgs struct {
	keys, vals []string
}

// Set sets key to val.
func (a *ESMTPArgs) Set(key, val string) {
	for i, k := range a.keys {
		if strings.EqualFold(k, key) {
			a.keys[i], a.vals[i] = key, val
			return
		}
	}
	a.keys = append(a.keys, key)
	a.vals = append(a.vals, val)
}

// Each calls fn for every argument.
func (a *ESMTPArgs) Each(fn func(key, val string)) {
	for i, k := range a.keys {
		fn(k, a.vals[i])
	}
}

// Request header names the scanner protocol gives meaning to.
const (
	hdrDeliverTo  = "Deliver-To"
	hdrHelo       = "Helo"
	hdrHostname   = "Hostname"
	hdrFrom       = "From"
	hdrFilename   = "Filename"
	hdrFlags      = "Flags"
	hdrQueueID    = "Queue-ID"
	hdrRcpt       = "Rcpt"
	hdrRaw        = "Raw"
	hdrIP         = "IP"
	hdrPass       = "Pass"
	hdrProfile    = "Profile"
	hdrUser       = "User"
	hdrURLFormat  = "URL-Format"
	hdrLog        = "Log"
	hdrLogTag     = "Log-Tag"
	hdrMTATag     = "MTA-Tag"
	hdrMTAName    = "MTA-Name"
	hdrMilter     = "Milter"
	hdrTLSCipher  = "TLS-Cipher"
	hdrMailESMTP  = "X-Rspamd-Mail-Esmtp-Args"
	hdrRcptESMTP  = "X-Rspamd-Rcpt-Esmtp-Args"
	mtaNameVar    = "MTA-Name"
	mtaTagVar     = "MTA-Tag"
	emptySMTPPath = "<>"
)

func (t *Task) logf(level slog.Level, format string, args ...any) {
	if t.Env == nil || t.Env.Log == nil {
		return
	}
	l := t.Env.Log
	if l.Enabled(context.Background(), level) {
		l.Log(context.Background(), level, fmt.Sprintf(format, args...), "tag", t.LogTag())
	}
}

// SetEnvelopeFrom sets the SMTP sender from a From request header value
// (an empty value is the null sender "<>"); a value that does not parse
// leaves no sender and marks the headers broken.
func (t *Task) SetEnvelopeFrom(v string) {
	if v == "" {
		v = emptySMTPPath
	}
	t.FromEnvelope = mailaddr.FromSMTP(v)
	if t.FromEnvelope == nil {
		t.logf(slog.LevelError, "bad from value: '%s'", v)
		t.Flags |= FlagBrokenHeaders
	}
}

// AddEnvelopeRcpts adds the SMTP recipients of a Rcpt request header
// value: a comma separated list where commas inside double quotes do not
// count (rspamd_protocol_process_recipients).
func (t *Task) AddEnvelopeRcpts(v string) {
	const (
		skipSpaces = iota
		quoted
		normal
	)
	add := func(s string) {
		if a := mailaddr.FromSMTP(s); a != nil {
			t.Rcpt = append(t.Rcpt, a)
		} else {
			t.logf(slog.LevelError, "bad rcpt address: '%s'", s)
			t.Flags |= FlagBrokenHeaders
		}
	}
	state, start := skipSpaces, -1
	p := 0
	for p < len(v) {
		c := v[p]
		switch state {
		case skipSpaces:
			switch {
			case isSpace(c):
				p++
			case c == '"':
				start = p
				p++
				state = quoted
			default:
				state = normal
				start = p
			}
		case quoted:
			switch c {
			case '"':
				state = normal
				p++
			case '\\':
				p += 2
			default:
				p++
			}
		case normal:
			switch {
			case c == '"':
				state = quoted
				p++
			case c == ',' && start >= 0 && p > start:
				add(v[start:p])
				start = -1
				p++
				state = skipSpaces
			default:
				p++
			}
		}
	}
	if start >= 0 && p > start {
		switch state {
		case normal:
			add(v[start:])
		case quoted:
			t.logf(slog.LevelError, "bad state when parsing rcpt address: '%s'", v[start:])
			t.Flags |= FlagBrokenHeaders
		}
	}
}

// SetFromIP sets the client address from an IP request header value; it
// reports whether the value parsed.
func (t *Task) SetFromIP(v string) bool {
	a, err := inet.Parse(v, 0)
	if err != nil {
		t.logf(slog.LevelError, "bad ip value: '%s'", v)
		return false
	}
	t.FromAddr = &a
	return true
}

// escapeBraces drops leading whitespace and '<' and trailing whitespace,
// and a closing '>' when an opening one was dropped
// (rspamd_protocol_escape_braces).
func escapeBraces(v string) string {
	i := 0
	obrace := false
	for i < len(v) && (isSpace(v[i]) || v[i] == '<') {
		if v[i] == '<' {
			obrace = true
		}
		i++
	}
	s := v[i:]
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if obrace && len(s) > 0 && s[len(s)-1] == '>' {
		s = s[:len(s)-1]
	}
	return s
}

// handleFlags applies a Flags request header value: comma separated
// names of task and protocol flags.
func (t *Task) handleFlags(v string) {
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimLeft(f, " \t\r\n\v\f")
		if f == "" {
			continue
		}
		switch f {
		case "pass_all":
			t.Flags |= FlagPassAll
		case "no_log":
			t.Flags |= FlagNoLog
		case "skip":
			t.Flags |= FlagSkip
		case "skip_process":
			t.Flags |= FlagSkipProcess
		case "no_stat":
			t.Flags |= FlagNoStat
		case "ssl":
			t.Flags |= FlagSSL
		case "profile":
			t.Flags |= FlagProfile
		case "milter":
			t.ProtocolFlags |= ProtoMilter
		case "zstd":
			t.ProtocolFlags |= ProtoCompressed
		case "ext_urls":
			t.ProtocolFlags |= ProtoExtURLs
		case "body_block":
			t.ProtocolFlags |= ProtoBodyBlock
		case "groups":
			t.ProtocolFlags |= ProtoGroups
		default:
			t.logf(slog.LevelWarn, "unknown flag: %s", f)
		}
	}
}

// HandleRequestHeaders applies the request headers of a scan request as
// rspamd_protocol_handle_headers does: the envelope (IP, Helo, Hostname,
// From, Rcpt, User, Deliver-To, Queue-ID), flags and MTA details, and
// keeps every header as a request header. A task without an IP header is
// marked as having none. Settings headers are left to the scanner.
func (t *Task) HandleRequestHeaders(names, values []string) {
	hasIP := false
	for i, name := range names {
		if t.HandleRequestHeader(name, values[i]) {
			hasIP = true
		}
	}
	if !hasIP {
		t.Flags |= FlagNoIP
	}
}

// HandleRequestHeader applies one request header (see
// HandleRequestHeaders); it reports whether it set the client address.
func (t *Task) HandleRequestHeader(name, v string) bool {
	hasIP := false
	is := func(n string) bool { return strings.EqualFold(name, n) }
	switch {
	case is(hdrDeliverTo):
		if v != "" {
			d := escapeBraces(v)
			t.DeliverTo = &d
		}
	case is(hdrHelo):
		h := v
		t.Helo = &h
	case is(hdrHostname):
		h := v
		t.Hostname = &h
	case is(hdrFrom):
		t.SetEnvelopeFrom(v)
	case is(hdrFilename):
		t.FilePath = v
	case is(hdrFlags):
		t.handleFlags(v)
	case is(hdrQueueID):
		t.QueueID = v
	case is(hdrRcpt):
		t.AddEnvelopeRcpts(v)
	case is(hdrRaw):
		if strings.EqualFold(v, "yes") {
			t.Flags &^= FlagMIME
		}
	case is(hdrIP):
		hasIP = t.SetFromIP(v)
	case is(hdrPass):
		if strings.EqualFold(v, "all") {
			t.Flags |= FlagPassAll
		}
	case is(hdrProfile):
		t.Flags |= FlagProfile
	case is(hdrUser):
		u := v
		t.User = &u
	case is(hdrURLFormat):
		if strings.EqualFold(v, "extended") {
			t.ProtocolFlags |= ProtoExtURLs
		}
	case is(hdrLog):
		if strings.EqualFold(v, "no") {
			t.Flags |= FlagNoLog
		}
	case is(hdrLogTag):
		if utf8.ValidString(v) {
			t.logTag = truncate(v, maxLogTag)
		}
	case is(hdrMTATag):
		t.Pool.SetVariable(mtaTagVar, v, nil)
	case is(hdrMTAName):
		t.Pool.SetVariable(mtaNameVar, v, nil)
	case is(hdrMilter):
		t.ProtocolFlags |= ProtoMilter
	case is(hdrTLSCipher):
		t.Flags |= FlagSSL
	case is(hdrMailESMTP):
		if k, val, ok := strings.Cut(v, "="); ok && k != "" {
			if t.MailESMTPArgs == nil {
				t.MailESMTPArgs = &ESMTPArgs{}
			}
			t.MailESMTPArgs.Set(k, val)
		}
	case is(hdrRcptESMTP):
		t.addRcptESMTPArg(v)
	}
	t.RequestHeaders.Add(name, v)
	return hasIP
}

// addRcptESMTPArg applies an "IDX:KEY=VALUE" header value.
func (t *Task) addRcptESMTPArg(v string) {
	idxs, kv, ok := strings.Cut(v, ":")
	if !ok || idxs == "" {
		return
	}
	idx, err := strconv.Atoi(idxs)
	if err != nil || idx < 0 {
		return
	}
	k, val, ok := strings.Cut(kv, "=")
	if !ok || k == "" {
		return
	}
	for len(t.RcptESMTPArgs) <= idx {
		t.RcptESMTPArgs = append(t.RcptESMTPArgs, nil)
	}
	if t.RcptESMTPArgs[idx] == nil {
		t.RcptESMTPArgs[idx] = &ESMTPArgs{}
	}
	t.RcptESMTPArgs[idx].Set(k, val)
}

// maxLogTag is the longest log tag a pool keeps (MEMPOOL_UID_LEN - 1).
const maxLogTag = 31

// truncate cuts s to at most n bytes.
func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
