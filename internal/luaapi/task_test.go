package luaapi

import (
	"strings"
	"testing"
)

// taskMessage is the message of the task tests (no upstream Lua tree is
// needed: without lua_magic, parts keep their declared types).
const taskMessage = `Return-Path: <bounce@example.org>
Received: from mx.example.net (mx.example.net [192.0.2.1]) by mail.example.org; Mon, 01 Jan 2024 00:00:00 +0000
From: "Sender Name" <sender@example.net>
To: First <first@example.com>, second@example.com
Subject: Test http://subject.example.com/
Date: Mon, 01 Jan 2024 00:00:00 +0000
Message-ID: <id@example.net>
X-Dup: one
X-Dup: two
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain; charset=utf-8

Hello world http://text.example.com/a and mail to me@example.com
--b
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="data.bin"

binary
--b--
`

func TestTaskContent(t *testing.T) {
	rt, _, _ := newConfigRuntime(t)
	rt.L.PushString(strings.ReplaceAll(taskMessage, "\n", "\r\n"))
	rt.L.SetGlobal("MSG")
	doString(t, rt, `
		local rspamd_task = require "rspamd_task"
		local ok, task = rspamd_task.load_from_string(MSG, rspamd_config)
		assert(ok and task, "load")
		assert(task:process_message() == true, "processed")
		assert(task:get_message_id() == "id@example.net")
		assert(task:get_subject() == "Test http://subject.example.com/")
		assert(task:get_date({format = 'message'}) == 1704067200, "date")
		assert(task:get_newlines_type() == "crlf")
		assert(task:get_size() == #MSG)
		assert(#task:get_digest() == 32)
		assert(task:has_flag('mime') and not task:has_flag('skip'))
		task:set_flag('no_log')
		assert(task:has_flag('no_log') and task:get_flags()[1] == 'no_log')

		assert(task:get_header('x-dup') == 'one' and task:get_header_count('X-Dup') == 2)
		assert(task:get_header('X-DUP', true) == nil, "strong")
		assert(task:has_header('Subject') and not task:has_header('Nope'))
		local full = task:get_header_full('X-Dup')
		assert(#full == 2 and full[2].value == 'two' and full[2].raw == 'X-Dup: two\r\n')
		local hdrs = task:get_headers()
		assert(hdrs[1].name == 'Return-Path' and hdrs[1].order == 0)
		local seen = 0
		task:headers_foreach(function(name, value) seen = seen + 1; return name == 'From' end)
		assert(seen == 3, "foreach stops at From")
		assert(tostring(task:get_raw_headers()):find("^Return%-Path"))

		local from = task:get_from('smtp')
		assert(from[1].addr == 'bounce@example.org', "smtp from from Return-Path")
		local mfrom = task:get_from('mime')
		assert(mfrom[1].name == 'Sender Name' and mfrom[1].flags.valid)
		local rcpt = task:get_recipients('mime')
		assert(#rcpt == 2 and rcpt[2].addr == 'second@example.com')
		assert(task:get_recipients('smtp') == nil)
		assert(task:get_principal_recipient() == 'first@example.com')
		assert(task:get_reply_sender() == 'sender@example.net')
		assert(task:set_recipients('smtp', {{addr = 'new@example.com', user = 'new', domain = 'example.com'}}))
		assert(task:get_recipients()[1].addr == 'new@example.com')
		assert(task:set_from('smtp', {addr = 'x@example.org'}))
		assert(task:get_from({'smtp', 'orig'})[1].addr == 'bounce@example.org')
		assert(task:get_from('smtp')[1].addr == 'x@example.org')

		local rcvd = task:get_received_headers()
		assert(#rcvd == 1 and rcvd[1].from_ip == '192.0.2.1' and rcvd[1].real_ip:to_string() == '192.0.2.1')

		local parts = task:get_parts()
		assert(#parts == 3 and parts[1]:is_multipart())
		assert(parts[2]:is_text() and parts[2]:get_text():get_mimepart():get_id() == 1)
		assert(parts[3]:get_filename() == 'data.bin' and parts[3]:is_attachment())
		assert(parts[3]:get_parent():get_boundary() == 'b')
		local t, st, attrs = parts[2]:get_type_full()
		assert(t == 'text' and st == 'plain' and attrs.charset == 'utf-8')
		local tp = task:get_text_parts()
		assert(tp == task:get_text_parts(), "cached table")
		assert(#tp == 1)
		assert(tp[1]:get_words_count() > 0 and #tp[1]:get_words('full') > 0)
		assert(tostring(tp[1]:get_content()):find('Hello world'))
		assert(tp[1]:get_urls_length() > 0)

		assert(task:has_urls())
		local urls = task:get_urls()
		assert(#urls == 2, "http URLs: " .. #urls)
		assert(#task:get_emails() == 1)
		assert(#parts[2]:get_urls() >= 1)
		assert(#task:get_images() == 0 and #task:get_archives() == 0)
		assert(#task:get_meta_words() > 0)

		assert(task:inject_part('text', 'extra http://injected.example.com/ words', parts[3]))
		assert(#task:get_parts(true) == 4 and #task:get_parts() == 3)
		local all = task:get_text_parts(true)
		assert(#all == 2 and all[2]:get_mimepart():is_injected())

		task:set_helo('helo.example')
		assert(task:get_helo() == 'helo.example')
		task:set_hostname('[192.0.2.5]')
		assert(task:get_hostname() == nil)
		task:set_from_ip('192.0.2.5')
		assert(task:get_from_ip():to_string() == '192.0.2.5')
		assert(task:set_user('u') == nil and task:get_user() == 'u')
		task:set_request_header('X-Req', 'v')
		assert(tostring(task:get_request_header('x-req')) == 'v')
		task:cache_set('k', {1})
		assert(task:cache_get('k')[1] == 1)
		assert(task:get_mempool():get_variable('headers_hash') ~= nil)
		task:destroy()
		assert(not pcall(task.get_size, task), "destroyed task refused")

		local empty = rspamd_task.create(rspamd_config)
		assert(empty:process_message() == nil)
		local bad, err = rspamd_task.load_from_file('/nonexistent/file')
		assert(bad == false and err == 'No such file or directory', err)
	`)
}
