// Package task is the message task as rspamd's libserver/task.c and
// libmime/message.c own it: the message buffer and its parsed form, the
// envelope (client address, HELO, host name, SMTP sender and recipients,
// authenticated user) with the setters the scanner protocol's request
// headers use, the task flags, the request headers, and message processing
// (Parse and Process), which runs the MIME parser, the content type
// detector, the HTML parser, URL extraction and text analysis in upstream's
// order.
//
// The results of a scan (symbols, scores, actions) belong to the scanner
// and are not kept here; the Lua side (internal/luaapi) provides the hooks
// that call upstream's Lua libraries (lua_magic, lua_content, lua_cta).
package task

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/html"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/mempool"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/text"
	"github.com/gorspamd/rspamd/internal/url"
)

// Flags are the task flags (RSPAMD_TASK_FLAG_*), with upstream's bit values.
type Flags uint32

// Task flags.
const (
	FlagMIME            Flags = 1 << 0
	FlagSkipProcess     Flags = 1 << 1
	FlagSkip            Flags = 1 << 2
	FlagPassAll         Flags = 1 << 3
	FlagNoLog           Flags = 1 << 4
	FlagNoIP            Flags = 1 << 5
	FlagProcessing      Flags = 1 << 6
	FlagGTUBE           Flags = 1 << 7
	FlagFile            Flags = 1 << 8
	FlagNoStat          Flags = 1 << 9
	FlagUnlearn         Flags = 1 << 10
	FlagAlreadyLearned  Flags = 1 << 11
	FlagLearnSpam       Flags = 1 << 12
	FlagLearnHam        Flags = 1 << 13
	FlagLearnAuto       Flags = 1 << 14
	FlagBrokenHeaders   Flags = 1 << 15
	FlagEmpty           Flags = 1 << 18
	FlagProfile         Flags = 1 << 19
	FlagGreylisted      Flags = 1 << 20
	FlagOwnPool         Flags = 1 << 21
	FlagSSL             Flags = 1 << 22
	FlagBadUnicode      Flags = 1 << 23
	FlagMessageRewrite  Flags = 1 << 24
	FlagLearnClass      Flags = 1 << 25
	flagMaxShift              = 25
	protocolFlagMaxBits       = 10
)

// ProtocolFlags are the protocol flags (RSPAMD_TASK_PROTOCOL_FLAG_*).
type ProtocolFlags uint32

// Protocol flags.
const (
	ProtoLocalClient       ProtocolFlags = 1 << 1
	ProtoMilter            ProtocolFlags = 1 << 2
	ProtoCompressed        ProtocolFlags = 1 << 3
	ProtoExtURLs           ProtocolFlags = 1 << 4
	ProtoBodyBlock         ProtocolFlags = 1 << 5
	ProtoGroups            ProtocolFlags = 1 << 6
	ProtoMultipartV3       ProtocolFlags = 1 << 7
	ProtoV3Msgpack         ProtocolFlags = 1 << 8
	ProtoAllowFileShmInput ProtocolFlags = 1 << 9
	ProtoVerbatimErrCode   ProtocolFlags = 1 << 10
)

// Stages are the processing stages a task went through
// (RSPAMD_TASK_STAGE_*); only those message processing marks are named.
type Stages uint32

// Stages.
const (
	StageReadMessage    Stages = 1 << 2
	StageProcessMessage Stages = 1 << 3
)

// flagNames are the flags task:set_flag, has_flag and get_flags know, in
// the order get_flags lists them (bit order).
var flagNames = []struct {
	flag Flags
	name string
	// settable by set_flag, listed by get_flags
	set, list bool
}{
	{FlagSkipProcess, "skip_process", true, true},
	{FlagSkip, "skip", true, true},
	{FlagPassAll, "pass_all", true, true},
	{FlagNoLog, "no_log", true, true},
	{FlagNoStat, "no_stat", true, true},
	{FlagLearnSpam, "learn_spam", true, true},
	{FlagLearnHam, "learn_ham", true, true},
	{FlagBrokenHeaders, "broken_headers", true, true},
	{FlagGreylisted, "greylisted", true, true},
	{FlagBadUnicode, "bad_unicode", false, false},
	{FlagMIME, "mime", false, false},
	{FlagMessageRewrite, "message_rewrite", true, true},
}

// FlagByName returns the flag task:has_flag knows as name; settable says
// whether task:set_flag may change it.
func FlagByName(name string) (f Flags, settable, ok bool) {
	for _, n := range flagNames {
		if n.name == name {
			return n.flag, n.set, true
		}
	}
	return 0, false, false
}

// FlagList returns the names task:get_flags lists for the task's flags,
// in upstream's order (by bit, then the protocol's milter and body_block).
func (t *Task) FlagList() []string {
	var out []string
	for i := 0; i <= flagMaxShift; i++ {
		bit := Flags(1) << i
		if t.Flags&bit == 0 {
			continue
		}
		for _, n := range flagNames {
			if n.flag == bit && n.list {
				out = append(out, n.name)
			}
		}
	}
	if t.ProtocolFlags&ProtoMilter != 0 {
		out = append(out, "milter")
	}
	if t.ProtocolFlags&ProtoBodyBlock != 0 {
		out = append(out, "body_block")
	}
	return out
}

// Hooks connect a task to the code upstream runs in Lua while it processes
// a message. Each may be nil.
type Hooks struct {
	// Detect is lua_magic.detect_mime_part: the real type of a part.
	Detect func(t *Task, p *mime.Part) (mime.Detection, bool)
	// Content is lua_content.maybe_process_mime_part.
	Content func(t *Task, p *mime.Part)
	// CTA is lua_cta.process_html_links, called for each HTML part with
	// the part's call-to-action candidates.
	CTA func(t *Task, tp *mime.TextPart, hc *html.Content)
	// URLFilter is consulted on suspicious URLs (lua_url_filter).
	URLFilter url.Filter
}

// Env is what tasks share: the configuration and the analysers it sets up.
type Env struct {
	Cfg *cfg.Config
	// URLs is the URL scanner (the public suffix list).
	URLs *url.Scanner
	// Lang is the language detector (nil: none, every text is "en").
	Lang *text.Detector
	// Log receives the task's errors and warnings (nil: none).
	Log *slog.Logger
}

// Task is one message being processed.
type Task struct {
	Env   *Env
	Pool  *mempool.Pool
	Hooks Hooks

	Flags         Flags
	ProtocolFlags ProtocolFlags
	Stages        Stages
	// Timestamp is the task's start time (seconds since the epoch).
	Timestamp float64
	// UUID is the task's UUID v7.
	UUID string
	// QueueID is the MTA's queue id ("undef" when unknown).
	QueueID string

	// Data is the message (task->msg): after parsing, without the leading
	// whitespace and mbox "From " line the parser skips.
	Data []byte
	// FilePath is the message's file name (the Filename request header).
	FilePath string
	// Message is the parsed message (nil before Parse).
	Message *mime.Message
	// URLs is the URL set of the parsed message.
	URLs *url.Message

	// FromAddr is the client's address as the MTA reports it (IP header),
	// ClientAddr the address of the connection.
	FromAddr, ClientAddr *inet.Addr
	// Helo, Hostname, User and DeliverTo are nil when unknown.
	Helo, Hostname, User, DeliverTo *string
	// FromEnvelope is the SMTP sender (from the From request header, or
	// Return-Path); FromEnvelopeOrig the one a Lua rewrite replaced.
	FromEnvelope, FromEnvelopeOrig *mailaddr.Address
	// Rcpt are the SMTP recipients (nil when none were given).
	Rcpt []*mailaddr.Address
	// MailESMTPArgs and RcptESMTPArgs are the ESMTP arguments of MAIL FROM
	// and of each RCPT TO.
	MailESMTPArgs *ESMTPArgs
	RcptESMTPArgs []*ESMTPArgs

	// RequestHeaders are the request's HTTP headers.
	RequestHeaders RequestHeaders

	// Lua is what the Lua API keeps with the task.
	Lua any

	partURLs  map[*mime.Part]*url.TextPart
	hdrMods   map[string]*headerMods
	ctaURLs   map[*mime.TextPart][]html.CTAEntry
	htmlAttrs int
	logTag    string
	destroyed bool
}

// New returns an empty task for env, as rspamd_task_new makes one.
func New(env *Env) *Task {
	t := &Task{
		Env:           env,
		Pool:          mempool.New("task"),
		Flags:         FlagLearnAuto | FlagOwnPool | FlagMIME,
		ProtocolFlags: ProtoAllowFileShmInput,
		QueueID:       "undef",
	}
	if env != nil && env.Cfg != nil && env.Cfg.CheckAllFilters {
		t.Flags |= FlagPassAll
	}
	now := time.Now()
	t.Timestamp = float64(now.UnixNano()) / 1e9
	t.UUID = uuidV7(now)
	return t
}

// uuidV7 formats a random UUID version 7 for the time now.
func uuidV7(now time.Time) string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	ms := uint64(now.UnixMilli())
	binary.BigEndian.PutUint16(b[0:2], uint16(ms>>32))
	binary.BigEndian.PutUint32(b[2:6], uint32(ms))
	b[6] = 0x70 | b[6]&0x0f
	b[8] = 0x80 | b[8]&0x3f
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// LogTag is the task's log id: its pool's unique id, or the Log-Tag
// request header.
func (t *Task) LogTag() string {
	if t.logTag != "" {
		return t.logTag
	}
	return t.Pool.LogTag()
}

// SetMessage gives the task its message (task->msg), clearing the empty
// flag when there is one.
func (t *Task) SetMessage(data []byte) {
	t.Data = data
	if len(data) > 0 {
		t.Flags &^= FlagEmpty
	}
}

// Errors of LoadFile for files upstream does not map.
var (
	ErrNotRegular = errors.New("not a regular file")
	ErrEmptyFile  = errors.New("empty file")
)

// LoadFile reads the message of the task from path ("-" is the standard
// input). As upstream maps a file, a file that is empty or not a regular
// file is refused.
func (t *Task) LoadFile(path string) error {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		var st os.FileInfo
		if st, err = os.Stat(path); err != nil {
			return err
		}
		switch {
		case !st.Mode().IsRegular():
			return fmt.Errorf("%s: %w", path, ErrNotRegular)
		case st.Size() == 0:
			return fmt.Errorf("%s: %w", path, ErrEmptyFile)
		}
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return err
	}
	t.SetMessage(data)
	return nil
}

// Destroy ends the task: its pool's destructors run and later uses of
// the task are refused (Valid reports false).
func (t *Task) Destroy() {
	if t.destroyed {
		return
	}
	t.destroyed = true
	t.Pool.Destroy()
}

// Valid reports whether the task was not destroyed.
func (t *Task) Valid() bool { return !t.destroyed }

// IsSkipped reports the skip flag.
func (t *Task) IsSkipped() bool { return t.Flags&FlagSkip != 0 }

// Subject returns the message's subject and whether it has one.
func (t *Task) Subject() (string, bool) {
	if t.Message == nil || !t.Message.HasSubject {
		return "", false
	}
	return t.Message.Subject, true
}

// MessageID returns the cleaned Message-ID ("undef" when there is none)
// and false when there is no message.
func (t *Task) MessageID() (string, bool) {
	if t.Message == nil {
		return "", false
	}
	return t.Message.MessageID, true
}

// FromMIME returns the From addresses of the message (nil without a
// message).
func (t *Task) FromMIME() []*mailaddr.Address {
	if t.Message == nil {
		return nil
	}
	return t.Message.FromMIME
}

// RcptMIME returns the To, Cc and Bcc addresses of the message.
func (t *Task) RcptMIME() []*mailaddr.Address {
	if t.Message == nil {
		return nil
	}
	return t.Message.RcptMIME
}

// principalRecipientVar is the pool variable caching the principal
// recipient.
const principalRecipientVar = "principal_recipient"

// PrincipalRecipient is rspamd_task_get_principal_recipient: the pool's
// cached value, else the lowercased Deliver-To, first SMTP recipient or
// first MIME recipient that a rewrite did not replace (cached then).
func (t *Task) PrincipalRecipient() (string, bool) {
	if v, ok := t.Pool.Variable(principalRecipientVar); ok {
		if s, ok := v.(string); ok {
			return s, true
		}
	}
	cache := func(s string) (string, bool) {
		lc := encoding.LowerASCII(s)
		t.Pool.SetVariable(principalRecipientVar, lc, nil)
		return lc, true
	}
	if t.DeliverTo != nil {
		return cache(*t.DeliverTo)
	}
	for _, a := range t.Rcpt {
		if a.Flags&mailaddr.Original == 0 {
			return cache(a.Addr)
		}
	}
	for _, a := range t.RcptMIME() {
		if a.Flags&mailaddr.Original == 0 {
			return cache(a.Addr)
		}
	}
	return "", false
}

// ReplySender is task:get_reply_sender(): the first Reply-To address, else
// the first From address, else the SMTP sender.
func (t *Task) ReplySender() (string, bool) {
	if h := t.Header("Reply-To"); h != nil {
		l := mailaddr.FromMIME(h.Decoded, nil, -1)
		if len(l) == 0 {
			return "", false
		}
		return l[0].Addr, true
	}
	if from := t.FromMIME(); len(from) > 0 {
		return from[0].Addr, true
	}
	if t.FromEnvelope != nil {
		return t.FromEnvelope.Addr, true
	}
	return "", false
}

// Header returns the first message header named name (case-insensitive),
// nil when there is none or no message.
func (t *Task) Header(name string) *mime.Header {
	if t.Message == nil {
		return nil
	}
	return t.Message.Headers.First(name)
}

// Headers returns the message headers named name.
func (t *Task) Headers(name string) []*mime.Header {
	if t.Message == nil {
		return nil
	}
	return t.Message.Headers.Get(name)
}

// PartURLs returns the URLs found in a part (mime_part->urls).
func (t *Task) PartURLs(p *mime.Part) []*url.URL {
	if up := t.partURLs[p]; up != nil {
		return up.URLs
	}
	return nil
}

// AddPartURL appends u to the URLs of part p.
func (t *Task) AddPartURL(p *mime.Part, u *url.URL) {
	up := t.urlPart(p)
	up.URLs = append(up.URLs, u)
}

// urlPart returns the URL extraction state of part p.
func (t *Task) urlPart(p *mime.Part) *url.TextPart {
	if t.partURLs == nil {
		t.partURLs = map[*mime.Part]*url.TextPart{}
	}
	up := t.partURLs[p]
	if up == nil {
		up = &url.TextPart{Computed: p.IsInjected()}
		t.partURLs[p] = up
	}
	return up
}
