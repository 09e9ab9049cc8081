package task

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/html"
	"github.com/gorspamd/rspamd/internal/image"
	"github.com/gorspamd/rspamd/internal/inet"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/received"
	"github.com/gorspamd/rspamd/internal/text"
	"github.com/gorspamd/rspamd/internal/url"
)

// injectedURLOrder is where the URL order of an injected text part starts.
const injectedURLOrder = 10000

// maxCTAPerPart is the number of call-to-action URLs kept per HTML part
// (MAX_CTA_URLS_PER_PART).
const maxCTAPerPart = 25

// ErrMIME is returned by Parse when the message is not MIME and raw input
// is not allowed.
var ErrMIME = errors.New("cannot construct mime from stream")

// Config returns the task's configuration (defaults without one).
func (t *Task) Config() *cfg.Config {
	if t.Env != nil && t.Env.Cfg != nil {
		return t.Env.Cfg
	}
	return defaultCfg
}

var defaultCfg = cfg.New(cfg.DefaultDirs())

// staticScanner finds URLs without public suffixes, for tasks without an
// environment.
var staticScanner = sync.OnceValue(func() *url.Scanner { return url.NewScanner(nil) })

// options are the MIME parser's options for the task.
func (t *Task) options() *mime.Options {
	c := t.Config()
	o := &mime.Options{
		MaxMessage:          int(c.MaxMessage),
		RawInput:            t.Flags&FlagMIME == 0,
		NoRawFallback:       !c.AllowRawInput,
		MaxRecipients:       int(c.MaxRecipients),
		Tokenizer:           &text.Config{MinWordLen: int(c.MinWordLen), MaxWordLen: int(c.MaxWordLen), WordsDecay: int(c.WordsDecay)},
		SkipTextAttachments: !c.CheckTextAttachments,
		GTUBEAll:            c.GTUBE == cfg.GTUBEAll,
	}
	if t.Env != nil {
		o.Lang = t.Env.Lang
	}
	if t.Hooks.Detect != nil {
		o.Detector = func(msg *mime.Message, p *mime.Part) (mime.Detection, bool) {
			t.Message = msg
			return t.Hooks.Detect(t, p)
		}
	}
	o.Hooks = mime.Hooks{
		HTML:        t.processHTML,
		URLs:        t.extractURLs,
		SubjectURLs: func(_ *mime.Message, subject string) { t.URLs.ExtractSubject([]byte(subject)) },
		LinkImages:  t.linkImages,
	}
	if t.Hooks.Content != nil {
		o.Hooks.Content = func(_ *mime.Message, p *mime.Part) { t.Hooks.Content(t, p) }
	}
	return o
}

// Parse parses the task's message as rspamd_message_parse does: the MIME
// structure, the headers and what they tell (addresses, Received chain,
// Message-ID, subject), the digest. An error means the message cannot be
// used.
func (t *Task) Parse() error {
	if t.Flags&FlagEmpty != 0 {
		t.Flags |= FlagSkipProcess
		return nil
	}
	t.partURLs = nil
	t.hdrMods = nil
	t.htmlAttrs = 0
	t.ctaURLs = nil
	c := t.Config()
	var sc *url.Scanner
	if t.Env != nil {
		sc = t.Env.URLs
	}
	if sc == nil {
		sc = staticScanner()
	}
	t.URLs = url.NewMessage(sc, int(c.MaxURLs), t.Hooks.URLFilter)
	msg, err := mime.Parse(t.Data, t.options())
	if err != nil {
		if errors.Is(err, mime.ErrTooBig) || !c.AllowRawInput {
			return fmt.Errorf("%w: %w", ErrMIME, err)
		}
		return err
	}
	t.Message = msg
	t.Data = msg.Data
	if msg.Flags&mime.FlagMIME == 0 {
		t.Flags &^= FlagMIME
		t.QueueID = msg.MessageID
	}
	t.syncFlags()
	if t.FromEnvelope == nil && msg.FromEnvelope != nil {
		t.FromEnvelope = msg.FromEnvelope
	}
	if t.DeliverTo == nil && msg.DeliverTo != "" {
		d := msg.DeliverTo
		t.DeliverTo = &d
	}
	if msg.HeadersHash != "" {
		t.Pool.SetVariable("headers_hash", msg.HeadersHash, nil)
	}
	t.fixReceived()
	return nil
}

// syncFlags copies the flags message parsing and processing set to the
// task's.
func (t *Task) syncFlags() {
	for _, f := range []struct {
		m mime.Flags
		t Flags
	}{
		{mime.FlagBrokenHeaders, FlagBrokenHeaders}, {mime.FlagBadUnicode, FlagBadUnicode},
		{mime.FlagSkipProcess, FlagSkipProcess}, {mime.FlagSkip, FlagSkip}, {mime.FlagGTUBE, FlagGTUBE},
	} {
		if t.Message.Flags&f.m != 0 {
			t.Flags |= f.t
		}
	}
}

// fixReceived is rspamd_received_maybe_fix_task: when the top Received
// header does not show the client the MTA reported, an artificial one is
// prepended; when no client address was given, the top header provides
// it.
func (t *Task) fixReceived() {
	msg := t.Message
	if len(msg.Received) == 0 {
		return
	}
	top := msg.Received[0]
	c := t.Config()
	correct := false
	if top.RealIP == "" || c.IgnoreReceived {
		correct = true
	} else if t.Flags&FlagNoIP == 0 && t.FromAddr != nil {
		if top.Addr == nil {
			correct = true
		} else if a, err := inet.Parse(top.Addr.String(), 0); err != nil || a.Compare(*t.FromAddr, false) != 0 {
			correct = true
		}
	}
	if correct && t.Flags&FlagNoIP == 0 && t.FromAddr != nil {
		r := &received.Header{Flags: received.Artificial, RealIP: t.FromAddr.String()}
		if t.Flags&FlagSSL != 0 {
			r.Flags |= received.SSL
		}
		if t.User != nil {
			r.Flags |= received.Authenticated
		}
		if v, ok := t.Pool.Variable("MTA-Name"); ok {
			if s, ok := v.(string); ok {
				r.ByHostname = s
			}
		}
		if ip, ok := received.ParseIP([]byte(t.FromAddr.String())); ok {
			r.Addr = ip
		}
		if t.Hostname != nil {
			r.RealHostname = *t.Hostname
			r.FromHostname = *t.Hostname
		}
		msg.Received = append([]*received.Header{r}, msg.Received...)
		return
	}
	if !correct && t.Flags&FlagNoIP != 0 && !c.IgnoreReceived {
		if top.RealIP != "" {
			if a, err := inet.Parse(top.RealIP, inet.ParseNoUnix); err == nil {
				t.FromAddr = &a
			} else {
				t.FromAddr = nil
			}
		}
		if top.RealHostname != "" {
			h := top.RealHostname
			t.Hostname = &h
		}
	}
}

// Process analyses the parsed message as rspamd_message_process does:
// archives, content detection, Lua content extraction, images, text parts
// (HTML parts first) with URL extraction, subject URLs, languages and
// words, alternative parts and meta words. It marks the task's process
// stage.
func (t *Task) Process() {
	if t.Message == nil {
		return
	}
	t.Message.Process()
	t.syncFlags()
	t.Stages |= StageProcessMessage
	msg := t.Message
	if msg.HasPartsDistance() {
		t.Pool.SetVariable("parts_distance", msg.PartsDistance, nil)
		t.Pool.SetVariable("total_words", uint32(msg.TotalWordsVar), nil)
	}
	if v, ok := msg.AvgWordsLen(); ok {
		t.Pool.SetVariable("avg_words_len", v, nil)
	}
	if v, ok := msg.ShortWords(); ok {
		t.Pool.SetVariable("short_words_cnt", v, nil)
	}
}

// ParseAndProcess is task:process_message(): it parses the message and,
// unless told not to process (skip_process) or already processed, unless
// enforce, processes it. It reports whether the message was processed.
func (t *Task) ParseAndProcess(enforce bool) (bool, error) {
	if err := t.Parse(); err != nil {
		return false, err
	}
	if enforce || (t.Flags&FlagSkipProcess == 0 && t.Stages&StageProcessMessage == 0) {
		t.Process()
		return true, nil
	}
	return false, nil
}

// processHTML parses an HTML text part (rspamd_message_process_html_text_part):
// its URLs go to the message's set and the part's list, the top
// call-to-action URLs are kept and the Lua CTA hook runs.
func (t *Task) processHTML(msg *mime.Message, tp *mime.TextPart, src []byte) mime.HTMLResult {
	c := t.Config()
	up := t.urlPart(tp.Part)
	from := ""
	if len(msg.FromMIME) > 0 {
		from = msg.FromMIME[0].Domain
	}
	hc := html.Parse(src, &html.Options{
		Scanner:    t.URLs.Scanner,
		Message:    t.URLs,
		Part:       up,
		AllowCSS:   c.EnableCSSParser,
		MaxHTMLLen: int(c.MaxHTMLLen),
		FromDomain: from,
		AttrsCount: &t.htmlAttrs,
	})
	if len(up.URLs) > 0 {
		if t.ctaURLs == nil {
			t.ctaURLs = map[*mime.TextPart][]html.CTAEntry{}
		}
		t.ctaURLs[tp] = hc.CTAURLs(up.URLs, maxCTAPerPart)
	}
	tp.HTML = hc
	if t.Hooks.CTA != nil {
		t.Hooks.CTA(t, tp, hc)
	}
	return mime.HTMLResult{Content: hc.Parsed, HTML: hc}
}

// CTAURLs returns the call-to-action URLs of an HTML text part.
func (t *Task) CTAURLs(tp *mime.TextPart) []html.CTAEntry { return t.ctaURLs[tp] }

// extractURLs finds the URLs of a text part's normalised text
// (rspamd_url_text_extract) and puts every URL exception of the part (the
// HTML parser's and these) in front of its newline exceptions, latest
// first, as upstream's prepended exception list has them.
func (t *Task) extractURLs(_ *mime.Message, tp *mime.TextPart, mode mime.URLMode) []text.Exception {
	up := t.urlPart(tp.Part)
	how := url.FindAll
	if mode == mime.URLFindStrict {
		how = url.FindStrict
	}
	m := t.URLs
	if tp.Part.IsInjected() {
		m = m.WithOrder(injectedURLOrder)
	}
	m.ExtractText(tp.Stripped, tp.Newlines, how, up)
	ex := make([]text.Exception, 0, len(up.Exceptions)+len(tp.Exceptions))
	for i := len(up.Exceptions) - 1; i >= 0; i-- {
		e := up.Exceptions[i]
		te := text.Exception{Pos: e.Pos, Len: e.Len, Type: text.ExceptionURL}
		if e.URL != nil {
			te.TLD = e.URL.TLD()
		}
		ex = append(ex, te)
	}
	tp.Exceptions = append(ex, tp.Exceptions...)
	return nil
}

// linkImages links the cid: images of the HTML parts with the message's
// image parts (rspamd_images_link).
func (t *Task) linkImages(msg *mime.Message, byCID map[string]*image.Image) {
	for _, tp := range msg.TextParts {
		if hc, ok := tp.HTML.(*html.Content); ok && hc != nil {
			hc.LinkEmbeddedImages(byCID)
		}
	}
}

// InjectText adds a virtual text part with content, as
// task:inject_part('text', content, original) does; its URLs are numbered
// from 10000, as upstream numbers them.
func (t *Task) InjectText(content []byte, original *mime.Part) *mime.TextPart {
	tp := t.Message.InjectTextPart(content, original)
	t.syncFlags()
	return tp
}

// InjectURL adds a URL found by Lua (task:inject_url) to the message's set,
// with the URLs of its query, and to the URLs of part p when not nil.
func (t *Task) InjectURL(u *url.URL, p *mime.Part) {
	if p == nil {
		t.URLs.Inject(u, nil)
		return
	}
	up := t.urlPart(p)
	t.URLs.Inject(u, &up.URLs)
}

// UpdateDigest mixes b into the message digest, as a rewrite of an address
// does (rspamd_message_update_digest).
func (t *Task) UpdateDigest(b []byte) {
	d := &t.Message.Digest
	lo, hi := fasthash.T1ha2x128(b, binary.LittleEndian.Uint64(d[:8]))
	binary.LittleEndian.PutUint64(d[:8], lo)
	binary.LittleEndian.PutUint64(d[8:], hi)
}
