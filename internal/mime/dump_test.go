package mime

import (
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/gorspamd/rspamd/compat-tests/taskdump"
	"github.com/gorspamd/rspamd/internal/archive"
	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/maildate"
	"github.com/gorspamd/rspamd/internal/received"
	"github.com/gorspamd/rspamd/internal/text"
	"golang.org/x/crypto/blake2b"
)

// dumper prints a parsed message in the format of dump.lua, for the
// properties this package owns, so that sections can be compared with the
// oracle's dumps line by line.
type dumper struct {
	lines []string
}

func (d *dumper) raw(key, val string) { d.lines = append(d.lines, key+" "+val) }
func (d *dumper) str(key, v string)   { d.raw(key, taskdump.Quote(v)) }
func (d *dumper) num(key string, v int64) {
	d.raw(key, strconv.FormatInt(v, 10))
}
func (d *dumper) boolean(key string, v bool) { d.raw(key, strconv.FormatBool(v)) }
func (d *dumper) null(key string)            { d.raw(key, "nil") }
func (d *dumper) empty(key string)           { d.raw(key, "{}") }

func (d *dumper) blob(key string, b []byte) {
	sum := blake2b.Sum512(b)
	d.num(key+".len", int64(len(b)))
	d.str(key+".blake2b", hex.EncodeToString(sum[:]))
}

// table prints a string-keyed table of strings with sorted keys.
func (d *dumper) table(key string, kv map[string]string) {
	if len(kv) == 0 {
		d.empty(key)
		return
	}
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		d.str(key+"."+k, kv[k])
	}
}

func (d *dumper) header(key string, h *Header) {
	d.str(key+".decoded", h.Decoded)
	d.boolean(key+".empty_separator", h.EmptySeparator())
	d.str(key+".name", h.Name)
	d.num(key+".order", int64(h.Order))
	if len(h.Raw) > 0 {
		d.str(key+".raw", string(h.Raw))
	}
	if h.HasSeparator {
		d.str(key+".separator", h.Separator)
	}
	d.boolean(key+".tab_separated", h.TabSeparated())
	d.str(key+".value", h.Value)
}

func (d *dumper) headers(key string, list []*Header) {
	if len(list) == 0 {
		d.empty(key)
		return
	}
	for i, h := range list {
		d.header(key+"."+strconv.Itoa(i+1), h)
	}
}

func (d *dumper) address(key string, a *mailaddr.Address) {
	d.str(key+".addr", a.Addr)
	d.str(key+".domain", a.Domain)
	names := []string{}
	for _, f := range mailaddr.FlagNames {
		if a.Flags&f.Flag != 0 {
			names = append(names, f.Name)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		d.empty(key + ".flags")
	}
	for _, n := range names {
		d.boolean(key+".flags."+n, true)
	}
	d.str(key+".name", a.Name)
	d.str(key+".raw", a.Raw)
	d.str(key+".user", a.User)
}

func (d *dumper) addressList(key string, list []*mailaddr.Address, nilIfEmpty bool) {
	if list == nil || (nilIfEmpty && len(list) == 0) {
		d.null(key)
		return
	}
	if len(list) == 0 {
		d.empty(key)
		return
	}
	for i, a := range list {
		d.address(key+"."+strconv.Itoa(i+1), a)
	}
}

// dumpMessage prints the sections of msg that this package produces.
func dumpMessage(msg *Message) *taskdump.Dump {
	d := &dumper{}
	d.num("task.size", int64(len(msg.Data)))
	d.str("task.digest", msg.DigestHex())
	d.str("task.message_id", msg.MessageID)
	if msg.HasSubject {
		d.str("task.subject", msg.Subject)
	} else {
		d.null("task.subject")
	}
	var date int64
	if h := msg.Headers.First("Date"); h != nil {
		if t, err := maildate.Parse(h.Decoded); err == nil {
			date = t
		}
	}
	d.num("task.date", date)
	d.str("task.newlines", msg.Newlines.String())
	d.boolean("task.flag.broken_headers", msg.Flags&FlagBrokenHeaders != 0)
	d.boolean("task.flag.bad_unicode", msg.Flags&FlagBadUnicode != 0)
	d.boolean("task.flag.mime", msg.Flags&FlagMIME != 0)
	d.boolean("task.flag.skip", msg.Flags&FlagSkip != 0)
	d.boolean("task.flag.skip_process", msg.Flags&FlagSkipProcess != 0)
	d.str("task.raw_headers", string(msg.RawHeaders))
	if len(msg.RawHeaders) > 0 {
		d.blob("task.rawbody", msg.Data[len(msg.RawHeaders):])
	} else {
		d.blob("task.rawbody", msg.Data)
	}
	d.blob("task.content", msg.Data)
	if msg.HeadersHash != "" {
		d.str("task.var.headers_hash", msg.HeadersHash)
	} else {
		d.null("task.var.headers_hash")
	}
	d.headers("hdr", msg.Headers.List)
	d.num("hdrcount.received", int64(len(msg.Headers.Get("Received"))))

	if msg.FromEnvelope != nil {
		d.address("addr.from.smtp.1", msg.FromEnvelope)
	} else {
		d.null("addr.from.smtp")
	}
	d.addressList("addr.from.mime", msg.FromMIME, true)
	d.null("addr.rcpt.smtp")
	d.addressList("addr.rcpt.mime", msg.RcptMIME, false)
	var replyTo string
	replySet := false
	if h := msg.Headers.First("Reply-To"); h != nil {
		if l := mailaddr.FromMIME(h.Decoded, nil, -1); len(l) > 0 {
			replyTo, replySet = l[0].Addr, true
		}
	} else if len(msg.FromMIME) > 0 {
		replyTo, replySet = msg.FromMIME[0].Addr, true
	} else if msg.FromEnvelope != nil {
		replyTo, replySet = msg.FromEnvelope.Addr, true
	}
	if replySet {
		d.str("addr.reply_sender", replyTo)
	} else {
		d.null("addr.reply_sender")
	}
	pr, prSet := "", false
	if msg.DeliverTo != "" {
		pr, prSet = msg.DeliverTo, true
	} else {
		for _, a := range msg.RcptMIME {
			if a.Flags&mailaddr.Original == 0 {
				pr, prSet = a.Addr, true
				break
			}
		}
	}
	if prSet {
		d.str("addr.principal_recipient", pr)
	} else {
		d.null("addr.principal_recipient")
	}

	if len(msg.Received) == 0 {
		d.empty("rcvd")
	}
	for i, r := range msg.Received {
		k := "rcvd." + strconv.Itoa(i+1)
		if r.ByHostname != "" {
			d.str(k+".by_hostname", r.ByHostname)
		}
		d.boolean(k+".flags.artificial", r.Flags&received.Artificial != 0)
		d.boolean(k+".flags.authenticated", r.Flags&received.Authenticated != 0)
		d.boolean(k+".flags.ssl", r.Flags&received.SSL != 0)
		d.boolean(k+".flags.utf8", r.Flags&received.UTF8 != 0)
		if r.For != "" {
			d.str(k+".for", r.For)
		}
		if r.FromHostname != "" {
			d.str(k+".from_hostname", r.FromHostname)
		}
		if r.RealIP != "" {
			d.str(k+".from_ip", r.RealIP)
		}
		d.str(k+".proto", r.Flags.Proto())
		d.str(k+".raw", r.Raw)
		if r.RealHostname != "" {
			d.str(k+".real_hostname", r.RealHostname)
		}
		if r.Addr != nil {
			d.str(k+".real_ip", r.Addr.String())
		}
		d.num(k+".timestamp", r.Timestamp)
	}

	index := map[*Part]int{}
	for i, p := range msg.Parts {
		index[p] = i + 1
	}
	textIndex := map[*Part]int{}
	for i, tp := range msg.TextParts {
		textIndex[tp.Part] = i + 1
	}
	for i, p := range msg.Parts {
		k := "part." + strconv.Itoa(i+1)
		d.num(k+".id", int64(p.Number))
		if p.CT != nil {
			if p.CT.Subtype != "" {
				d.str(k+".type.1", p.CT.Type)
				d.str(k+".type.2", p.CT.Subtype)
			} else {
				d.str(k+".type.1", p.CT.Type)
				d.str(k+".type.2", "")
			}
			d.table(k+".type_full", typeFull(p.CT))
		} else {
			d.empty(k + ".type")
			d.null(k + ".type_full")
		}
		d.str(k+".cte", p.CTE.String())
		if fn := p.Filename(); fn != "" {
			d.str(k+".filename", fn)
		} else {
			d.null(k + ".filename")
		}
		if p.Type == PartMultipart {
			d.str(k+".boundary", p.Boundary)
		} else if b, ok := p.EnclosingBoundary(); ok {
			d.str(k+".boundary", b)
		} else {
			d.null(k + ".boundary")
		}
		if b, ok := p.EnclosingBoundary(); ok {
			d.str(k+".enclosing_boundary", b)
		} else {
			d.null(k + ".enclosing_boundary")
		}
		if p.Parent != nil {
			d.num(k+".parent", int64(index[p.Parent]))
		} else {
			d.null(k + ".parent")
		}
		if p.Type == PartMultipart && len(p.Children) > 0 {
			for j, c := range p.Children {
				// dump.lua finds parts by id (part_number): a child that
				// never made it into the list keeps id 0.
				ref := index[c]
				if ref == 0 && c.Number < len(msg.Parts) {
					ref = index[msg.Parts[c.Number]]
				}
				d.num(k+".children."+strconv.Itoa(j+1), int64(ref))
			}
		} else {
			d.null(k + ".children")
		}
		d.boolean(k+".is_multipart", p.Type == PartMultipart)
		d.boolean(k+".is_message", p.Type == PartMessage)
		d.boolean(k+".is_text", p.Type == PartText)
		d.boolean(k+".is_image", p.Type == PartImage)
		d.boolean(k+".is_archive", p.Type == PartArchive)
		d.boolean(k+".is_attachment", p.IsAttachment())
		d.boolean(k+".is_broken", p.CT != nil && p.CT.Flags&CTBroken != 0)
		d.boolean(k+".is_injected", p.IsInjected())
		if ti, ok := textIndex[p]; ok {
			d.num(k+".text", int64(ti))
		} else {
			d.null(k + ".text")
		}
		d.num(k+".length", int64(len(p.Parsed)))
		d.str(k+".digest", hex.EncodeToString(p.Digest[:]))
		d.str(k+".raw_headers", string(p.RawHeaders))
		d.headers(k+".headers", p.HeaderOrder)
		d.blob(k+".content", p.Parsed)
		d.blob(k+".raw_content", p.Raw)
	}
	for i, tp := range msg.TextParts {
		d.textPart("text."+strconv.Itoa(i+1), tp, index)
	}
	if msg.HasPartsDistance() {
		d.float("task.var.parts_distance", msg.PartsDistance)
		d.num("task.var.total_words", int64(msg.TotalWordsVar))
	} else {
		d.null("task.var.parts_distance")
		d.null("task.var.total_words")
	}
	if v, ok := msg.AvgWordsLen(); ok {
		d.float("task.var.avg_words_len", v)
	} else {
		d.null("task.var.avg_words_len")
	}
	if v, ok := msg.ShortWords(); ok {
		d.float("task.var.short_words_cnt", v)
	} else {
		d.null("task.var.short_words_cnt")
	}
	ni, na := 0, 0
	for _, p := range msg.Parts {
		if img := p.Image(); p.Type == PartImage && img != nil {
			ni++
			k := "img." + strconv.Itoa(ni)
			d.str(k+".type", img.Type.String())
			d.num(k+".width", int64(img.Width))
			d.num(k+".height", int64(img.Height))
			d.str(k+".filename", img.Filename)
			d.num(k+".size", int64(img.Size))
		}
		if a := p.Archive(); p.Type == PartArchive && a != nil {
			na++
			k := "arch." + strconv.Itoa(na)
			d.str(k+".type", a.Type.String())
			d.str(k+".filename", a.Name)
			d.num(k+".size", int64(a.Size))
			d.boolean(k+".is_encrypted", a.Flags&archive.Encrypted != 0)
			d.boolean(k+".is_obfuscated", a.Flags&archive.HasObfuscated != 0)
			d.boolean(k+".is_unreadable", a.Flags&archive.CannotRead != 0)
			d.boolean(k+".is_truncated", a.Flags&archive.FilesTruncated != 0)
			if len(a.Files) == 0 {
				d.empty(k + ".files_full")
			}
			for j, f := range a.Files {
				fk := k + ".files_full." + strconv.Itoa(j+1)
				d.num(fk+".compressed_size", int64(f.CompressedSize))
				d.boolean(fk+".encrypted", f.Flags&archive.FileEncrypted != 0)
				d.str(fk+".name", f.Name)
				d.num(fk+".uncompressed_size", int64(f.UncompressedSize))
			}
		}
	}
	d.words("meta.words", msg.MetaWords, len(msg.MetaWords) > 0)
	dump, err := taskdump.Parse([]byte(strings.Join(d.lines, "\n")))
	if err != nil {
		panic(err)
	}
	return dump
}

func (d *dumper) float(key string, v float64) { d.raw(key, taskdump.FormatNumber(v)) }

func (d *dumper) optStr(key string, v []byte, set bool) {
	if !set {
		d.null(key)
		return
	}
	d.str(key, string(v))
}

var wordFlagNames = []struct {
	f    text.WordFlags
	name string
}{
	{text.WordNormalised, "normalised"}, {text.WordBrokenUnicode, "broken_unicode"},
	{text.WordUTF, "utf"}, {text.WordText, "text"}, {text.WordHeader, "header"},
	{text.WordMeta | text.WordLuaMeta, "meta"}, {text.WordStopWord, "stop_word"},
	{text.WordInvisibleSpaces, "invisible_spaces"}, {text.WordStemmed, "stemmed"},
}

func (d *dumper) words(key string, words []text.Word, set bool) {
	if !set || len(words) == 0 {
		d.empty(key)
		return
	}
	for i, w := range words {
		k := key + "." + strconv.Itoa(i+1)
		d.str(k+".1", string(w.Stemmed))
		d.str(k+".2", string(w.Normalized))
		d.str(k+".3", string(w.Original))
		n := 0
		for _, f := range wordFlagNames {
			if w.Flags&f.f != 0 {
				n++
				d.str(k+".4."+strconv.Itoa(n), f.name)
			}
		}
		if n == 0 {
			d.empty(k + ".4")
		}
	}
}

func (d *dumper) textPart(k string, tp *TextPart, index map[*Part]int) {
	d.num(k+".part", int64(index[tp.Part]))
	if tp.AltPart != nil {
		d.num(k+".alt", int64(index[tp.AltPart.Part]))
	} else {
		d.null(k + ".alt")
	}
	empty := tp.IsEmpty()
	d.boolean(k+".is_html", tp.IsHTML())
	d.boolean(k+".is_empty", empty)
	d.boolean(k+".is_utf", !empty && tp.IsUTF())
	d.boolean(k+".has_8bit", tp.Flags&Text8BitEncoded != 0)
	d.boolean(k+".has_8bit_raw", tp.Flags&Text8BitRaw != 0)
	d.optStr(k+".charset", []byte(tp.RealCharset), tp.RealCharset != "")
	d.optStr(k+".language", []byte(tp.Language), tp.Language != "")
	if empty {
		d.num(k+".length", 0)
	} else {
		d.num(k+".length", int64(len(tp.Content)))
	}
	d.num(k+".raw_length", int64(len(tp.Raw)))
	if empty {
		d.num(k+".lines_count", 0)
	} else {
		d.num(k+".lines_count", int64(tp.Stats.Lines))
	}
	if empty || !tp.HasWords() {
		d.num(k+".words_count", 0)
	} else {
		d.num(k+".words_count", int64(tp.NWords))
	}
	if len(tp.Languages) == 0 {
		d.empty(k + ".languages")
	}
	for i, l := range tp.Languages {
		lk := k + ".languages." + strconv.Itoa(i+1)
		d.str(lk+".code", l.Lang)
		d.float(lk+".prob", l.Prob)
	}
	st := tp.Stats
	d.num(k+".stats.ascii_characters", int64(st.ASCII))
	d.num(k+".stats.capital_letters", int64(st.Capitals))
	d.num(k+".stats.double_spaces", int64(st.DoubleSpaces))
	d.num(k+".stats.empty_lines", int64(st.EmptyLines))
	d.num(k+".stats.lines", int64(st.Lines))
	d.boolean(k+".stats.newlines_truncated", tp.Flags&TextNewlinesTruncated != 0)
	d.num(k+".stats.non_ascii_characters", int64(st.NonASCII))
	d.num(k+".stats.non_spaces", int64(st.NonSpaces))
	d.num(k+".stats.numeric_characters", int64(st.Digits))
	d.num(k+".stats.spaces", int64(st.Spaces))
	d.optStr(k+".c.content", tp.Content, !empty)
	d.optStr(k+".c.content_oneline", tp.Stripped, !empty)
	d.optStr(k+".c.raw_parsed", tp.Parsed, len(tp.Parsed) > 0)
	d.optStr(k+".c.raw_utf", tp.UTFRaw, len(tp.UTFRaw) > 0)
	d.optStr(k+".c.raw", tp.Raw, len(tp.Raw) > 0)
	d.words(k+".words", tp.Words, !empty && tp.HasWords())
}

// typeFull is mimepart:get_type_full()'s third result.
func typeFull(ct *ContentType) map[string]string {
	kv := map[string]string{}
	if ct.Charset != "" {
		kv["charset"] = ct.Charset
	}
	if ct.Boundary != "" {
		kv["boundary"] = ct.Boundary
	}
	for _, p := range ct.Params.List() {
		if p.Name != "" && p.Value != "" {
			kv[p.Name] = p.Value
		}
	}
	return kv
}
