package task

import (
	"slices"
	"strings"
	"testing"

	"github.com/gorspamd/rspamd/internal/mailaddr"
	"github.com/gorspamd/rspamd/internal/mime"
	"github.com/gorspamd/rspamd/internal/url"
)

const simple = "Return-Path: <Bounce@Example.org>\r\n" +
	"Received: from mx.example.net (mx.example.net [192.0.2.1]) by mail.example.org; Mon, 01 Jan 2024 00:00:00 +0000\r\n" +
	"From: Sender Name <sender@example.net>\r\n" +
	"To: First <First@Example.com>, second@example.com\r\n" +
	"Reply-To: reply@example.net\r\n" +
	"Subject: visit http://subject.example.com/x\r\n" +
	"Date: Mon, 01 Jan 2024 00:00:00 +0000\r\n" +
	"Message-ID: <id@example.net>\r\n" +
	"Content-Type: multipart/alternative; boundary=b\r\n" +
	"\r\n" +
	"--b\r\n" +
	"Content-Type: text/plain\r\n" +
	"\r\n" +
	"Plain text with http://plain.example.com/path and more words here.\r\n" +
	"--b\r\n" +
	"Content-Type: text/html\r\n" +
	"\r\n" +
	"<html><body><p>HTML text <a href=\"http://html.example.com/\">link</a></p></body></html>\r\n" +
	"--b--\r\n"

func newTask(t *testing.T, msg string) *Task {
	t.Helper()
	tk := New(&Env{URLs: url.NewScanner(nil)})
	tk.SetMessage([]byte(msg))
	return tk
}

func TestParseAndProcess(t *testing.T) {
	tk := newTask(t, simple)
	done, err := tk.ParseAndProcess(false)
	if err != nil || !done {
		t.Fatalf("ParseAndProcess: %v %v", done, err)
	}
	msg := tk.Message
	if len(msg.Parts) != 3 || len(msg.TextParts) != 2 {
		t.Fatalf("parts %d, text parts %d", len(msg.Parts), len(msg.TextParts))
	}
	if id, _ := tk.MessageID(); id != "id@example.net" {
		t.Errorf("message id %q", id)
	}
	if tk.FromEnvelope == nil || tk.FromEnvelope.Addr != "Bounce@Example.org" {
		t.Errorf("Return-Path did not give the SMTP sender: %+v", tk.FromEnvelope)
	}
	if r, _ := tk.PrincipalRecipient(); r != "first@example.com" {
		t.Errorf("principal recipient %q", r)
	}
	if r, _ := tk.ReplySender(); r != "reply@example.net" {
		t.Errorf("reply sender %q", r)
	}
	var texts []string
	for _, u := range tk.URLs.Set.URLs() {
		texts = append(texts, u.String())
	}
	slices.Sort(texts)
	want := []string{"http://html.example.com/", "http://plain.example.com/path", "http://subject.example.com/x"}
	if !slices.Equal(texts, want) {
		t.Errorf("URLs %q, want %q", texts, want)
	}
	html := msg.TextParts[0]
	if !html.IsHTML() || len(tk.PartURLs(html.Part)) == 0 {
		t.Errorf("HTML part first with its URL: html=%v urls=%d", html.IsHTML(), len(tk.PartURLs(html.Part)))
	}
	if _, ok := tk.Pool.Variable("headers_hash"); !ok {
		t.Error("no headers_hash variable")
	}
	if _, ok := tk.Pool.Variable("parts_distance"); !ok {
		t.Error("no parts_distance variable")
	}
	if tk.Flags&FlagMIME == 0 {
		t.Error("MIME flag lost")
	}
	// as upstream, the message is parsed again but not processed
	if done, _ := tk.ParseAndProcess(false); done || len(tk.Message.TextParts) != 0 {
		t.Error("a processed message was processed again without enforce")
	}
}

func TestEmptyAndSkip(t *testing.T) {
	tk := New(nil)
	tk.Flags |= FlagEmpty
	if err := tk.Parse(); err != nil || tk.Flags&FlagSkipProcess == 0 || tk.Message != nil {
		t.Errorf("empty task: err %v flags %x", err, tk.Flags)
	}
	tk = newTask(t, simple)
	tk.Flags |= FlagSkipProcess
	if done, err := tk.ParseAndProcess(false); done || err != nil {
		t.Errorf("skip_process: processed %v err %v", done, err)
	}
	if done, _ := tk.ParseAndProcess(true); !done {
		t.Error("enforce did not process")
	}
}

func TestRawInput(t *testing.T) {
	tk := newTask(t, "not a mime message at all")
	tk.HandleRequestHeader("Raw", "yes")
	if err := tk.Parse(); err != nil {
		t.Fatal(err)
	}
	if tk.Flags&FlagMIME != 0 || tk.QueueID == "undef" || len(tk.Message.Parts) != 1 {
		t.Errorf("raw input: flags %x queue id %q parts %d", tk.Flags, tk.QueueID, len(tk.Message.Parts))
	}
}

func TestRequestHeaders(t *testing.T) {
	tk := New(nil)
	names := []string{"IP", "Helo", "Hostname", "From", "Rcpt", "Rcpt", "User", "Deliver-To",
		"Queue-ID", "Flags", "Pass", "MTA-Name", "Log-Tag", "X-Rspamd-Mail-Esmtp-Args",
		"X-Rspamd-Rcpt-Esmtp-Args", "X-Custom"}
	values := []string{"192.0.2.7", "helo.example", "[192.0.2.7]", "<s@example.org>",
		"<a@example.com>, <\"j,doe\"@example.com>", "c@example.com", "user1", " <Deliver@Example.com> ",
		"Q123", "no_log,milter, bogus", "all", "mta1", "tag42", "SIZE=100", "1:NOTIFY=NEVER", "v"}
	tk.HandleRequestHeaders(names, values)
	if tk.FromAddr == nil || tk.FromAddr.String() != "192.0.2.7" || tk.Flags&FlagNoIP != 0 {
		t.Errorf("IP: %v flags %x", tk.FromAddr, tk.Flags)
	}
	if *tk.Helo != "helo.example" || *tk.Hostname != "[192.0.2.7]" || *tk.User != "user1" {
		t.Errorf("helo %q hostname %q user %q", *tk.Helo, *tk.Hostname, *tk.User)
	}
	if tk.FromEnvelope == nil || tk.FromEnvelope.Addr != "s@example.org" {
		t.Errorf("from %+v", tk.FromEnvelope)
	}
	var rcpts []string
	for _, a := range tk.Rcpt {
		rcpts = append(rcpts, a.Addr)
	}
	if !slices.Equal(rcpts, []string{"a@example.com", "j,doe@example.com", "c@example.com"}) {
		t.Errorf("rcpt %q", rcpts)
	}
	if *tk.DeliverTo != "Deliver@Example.com" || tk.QueueID != "Q123" {
		t.Errorf("deliver-to %q queue id %q", *tk.DeliverTo, tk.QueueID)
	}
	if tk.Flags&(FlagNoLog|FlagPassAll) != FlagNoLog|FlagPassAll || tk.ProtocolFlags&ProtoMilter == 0 {
		t.Errorf("flags %x protocol %x", tk.Flags, tk.ProtocolFlags)
	}
	if v, _ := tk.Pool.Variable("MTA-Name"); v != "mta1" {
		t.Errorf("MTA-Name %v", v)
	}
	if tk.LogTag() != "tag42" {
		t.Errorf("log tag %q", tk.LogTag())
	}
	var mail, rcpt []string
	tk.MailESMTPArgs.Each(func(k, v string) { mail = append(mail, k+"="+v) })
	tk.RcptESMTPArgs[1].Each(func(k, v string) { rcpt = append(rcpt, k+"="+v) })
	if !slices.Equal(mail, []string{"SIZE=100"}) || !slices.Equal(rcpt, []string{"NOTIFY=NEVER"}) || tk.RcptESMTPArgs[0] != nil {
		t.Errorf("esmtp args %q %q", mail, rcpt)
	}
	if v, ok := tk.RequestHeaders.Get("x-custom"); !ok || v != "v" {
		t.Errorf("request header %q %v", v, ok)
	}
	if got := tk.RequestHeaders.Values("rcpt"); len(got) != 2 {
		t.Errorf("rcpt header values %q", got)
	}
	if r, _ := tk.PrincipalRecipient(); r != "deliver@example.com" {
		t.Errorf("principal recipient %q", r)
	}

	bad := New(nil)
	bad.HandleRequestHeaders([]string{"From", "Rcpt"}, []string{"not an address <<", "\"unterminated"})
	if bad.Flags&FlagBrokenHeaders == 0 || bad.FromEnvelope != nil || bad.Flags&FlagNoIP == 0 {
		t.Errorf("bad envelope: flags %x from %+v", bad.Flags, bad.FromEnvelope)
	}
	empty := New(nil)
	empty.HandleRequestHeader("From", "")
	if empty.FromEnvelope == nil || empty.FromEnvelope.Flags&mailaddr.Empty == 0 {
		t.Errorf("empty From is the null sender: %+v", empty.FromEnvelope)
	}
}

func TestEscapeBraces(t *testing.T) {
	for in, want := range map[string]string{
		"<a@b>": "a@b", " \t<a@b> ": "a@b", "a@b>": "a@b>", "<<a@b>": "a@b", "a@b": "a@b", "<>": "",
	} {
		if got := escapeBraces(in); got != want {
			t.Errorf("escapeBraces(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFlags(t *testing.T) {
	tk := New(nil)
	if got := tk.FlagList(); len(got) != 0 {
		t.Errorf("new task lists %q", got)
	}
	tk.Flags |= FlagPassAll | FlagSkip | FlagBadUnicode
	tk.ProtocolFlags |= ProtoMilter | ProtoBodyBlock
	if got, want := strings.Join(tk.FlagList(), ","), "skip,pass_all,milter,body_block"; got != want {
		t.Errorf("FlagList %q, want %q", got, want)
	}
	if f, settable, ok := FlagByName("bad_unicode"); !ok || settable || f != FlagBadUnicode {
		t.Error("bad_unicode is readable, not settable")
	}
	if _, _, ok := FlagByName("nonsense"); ok {
		t.Error("unknown flag found")
	}
	tk.Destroy()
	if tk.Valid() {
		t.Error("a destroyed task is valid")
	}
}

func TestFixReceived(t *testing.T) {
	tk := newTask(t, simple)
	tk.HandleRequestHeaders([]string{"IP", "Hostname", "User"}, []string{"198.51.100.9", "client.example", "u"})
	if err := tk.Parse(); err != nil {
		t.Fatal(err)
	}
	r := tk.Message.Received
	if len(r) != 2 || r[0].RealIP != "198.51.100.9" || r[0].RealHostname != "client.example" {
		t.Fatalf("no artificial Received in front: %+v", r[0])
	}
	tk = newTask(t, simple)
	tk.HandleRequestHeaders(nil, nil)
	if err := tk.Parse(); err != nil {
		t.Fatal(err)
	}
	if tk.FromAddr == nil || tk.FromAddr.String() != "192.0.2.1" || *tk.Hostname != "mx.example.net" {
		t.Errorf("client not taken from Received: %v", tk.FromAddr)
	}
}

func TestInjectAndDigest(t *testing.T) {
	tk := newTask(t, simple)
	if _, err := tk.ParseAndProcess(false); err != nil {
		t.Fatal(err)
	}
	before := tk.Message.Digest
	tk.UpdateDigest([]byte("x@example.com"))
	if tk.Message.Digest == before {
		t.Error("UpdateDigest changed nothing")
	}
	tp := tk.InjectText([]byte("injected http://injected.example.com/ text"), tk.Message.Parts[1])
	urls := tk.PartURLs(tp.Part)
	if len(urls) != 1 || urls[0].Order != injectedURLOrder || urls[0].Flags&url.FlagContent == 0 {
		t.Fatalf("injected part URLs %v", urls)
	}
	u := tk.URLs.Scanner
	var found *url.URL
	u.FindSingle([]byte("http://other.example.com/?u=http://inner.example.com/"), url.FindAll, func(x *url.URL, _, _ int) bool {
		found = x
		return true
	})
	tk.InjectURL(found, tk.Message.Parts[1])
	if n := len(tk.PartURLs(tk.Message.Parts[1])); n != 3 {
		t.Errorf("injected URL and its query URL on the part: %d", n)
	}
	if tk.Message.Parts[len(tk.Message.Parts)-1].Type != mime.PartText {
		t.Error("injected part is not text")
	}
}

func TestModifyHeader(t *testing.T) {
	tk := newTask(t, simple)
	if err := tk.Parse(); err != nil {
		t.Fatal(err)
	}
	values := func(list []*mime.Header) string {
		var v []string
		for _, h := range list {
			v = append(v, h.Value+"|"+string(h.Raw))
		}
		return strings.Join(v, ",")
	}
	tk.ModifyHeader("to", nil, false, []HeaderAdd{{Order: 0, Value: "new@example.com"}, {Order: -1, Value: "a\r\n b"}}, true)
	// the chain starts with the first To only; raw forms are cut short
	want := "new@example.com|To: new@example,First <First@Example.com>, second@example.com|To: First <First@Example.com>, second@example.com\r\n,a b|To: a"
	if got := values(tk.ModifiedHeaders("TO")); got != want {
		t.Errorf("modified To:\n got %q\nwant %q", got, want)
	}
	if len(tk.Headers("To")) != 1 {
		t.Error("the message's headers changed")
	}
	tk.ModifyHeader("To", []int64{1, -1}, true, nil, false)
	if got := values(tk.ModifiedHeaders("To")); got != "First <First@Example.com>, second@example.com|To: First <First@Example.com>, second@example.com\r\n" {
		t.Errorf("after removals: %q", got)
	}
	n := len(tk.Message.Headers.List)
	tk.ModifyHeader("X-New", nil, false, []HeaderAdd{{Order: 3, Value: "v"}}, true)
	if len(tk.Message.Headers.List) != n+1 || tk.Headers("X-New") != nil || len(tk.ModifiedHeaders("x-new")) != 1 {
		t.Error("a new name gets a placeholder and a chain")
	}
	last := tk.Message.Headers.List[n]
	if last.Flags&HeaderNonExisting == 0 || len(tk.ModifiedChain(last)) != 1 {
		t.Errorf("placeholder %+v", last)
	}
	if unfold("a\r\n\tb\nc\r") != "a b\nc" {
		t.Errorf("unfold %q", unfold("a\r\n\tb\nc\r"))
	}
}
