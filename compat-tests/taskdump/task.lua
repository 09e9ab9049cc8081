-- rspamd{task} methods dump.lua does not print (setters, variants of the
-- getters, header walks, HTML URL rewriting, call-to-action URLs, word
-- filters) on messages built here, in the task dump format (README.md).
--
--   rspamadm lua task.lua > ../golden/4.1.5/contentutil/task.dump
local rspamd_task = require "rspamd_task"
local rspamd_regexp = require "rspamd_regexp"
local rspamd_url = require "rspamd_url"

rspamd_url.init('/usr/share/publicsuffix/effective_tld_names.dat')

local E = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. 'emit.lua')
local emit, run = E.emit, E.run

local m = E.m

local msg = table.concat({
  'Return-Path: <Bounce@Example.org>',
  'Received: from mx.example.net (mx.example.net [192.0.2.1]) by mail.example.org with ESMTPS id 1; Mon, 01 Jan 2024 00:00:00 +0000',
  'From: "Sender Name" <sender@example.net>',
  'To: First <First@Example.com>, second@example.com',
  'Cc: third@example.com',
  'Reply-To: Reply <reply@example.net>',
  'Subject: =?UTF-8?B?0J/RgNC40LLQtdGC?= http://subject.example.com/',
  'Date: Mon, 01 Jan 2024 00:00:00 +0100',
  'Message-ID: <id@example.net>',
  'X-Dup: one',
  'x-dup: two',
  'Content-Type: multipart/alternative; boundary=b',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Plain words here http://plain.example.com/path and more text to read.',
  '--b',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Click <a href="http://cta.example.com/buy?x=1">here now</a> or ' ..
    '<a href="http://other.example.org/">http://shown.example.com/</a> ' ..
    '<img src="http://img.example.com/a.png" width=10 height=10>' ..
    '<img src="cid:abc"></p></body></html>',
  '--b--',
  '',
}, '\r\n')

local _, task = rspamd_task.load_from_string(msg, rspamd_config)
run('process', m(task, 'process_message'))
run('process_again', m(task, 'process_message'))
_, task = rspamd_task.load_from_string(msg, rspamd_config)
task:process_message()

for _, how in ipairs({ 'any', 'smtp', 'mime', 'envelope', 'bogus' }) do
  run('from.' .. how, m(task, 'get_from', how))
  run('rcpt.' .. how, m(task, 'get_recipients', how))
  run('has_from.' .. how, m(task, 'has_from', how))
  run('has_rcpt.' .. how, m(task, 'has_recipients', how))
end
run('from.num', m(task, 'get_from', 2))
run('from.none', m(task, 'get_from'))
run('rcpt.orig', m(task, 'get_recipients', { 'mime', 'orig' }))
run('reply_sender', m(task, 'get_reply_sender'))
run('principal', m(task, 'get_principal_recipient'))
run('hdr.simple', m(task, 'get_header', 'x-dup'))
run('hdr.strong', m(task, 'get_header', 'x-dup', true))
run('hdr.raw', m(task, 'get_header_raw', 'Subject'))
run('hdr.full', m(task, 'get_header_full', 'X-Dup'))
run('hdr.full_strong', m(task, 'get_header_full', 'X-Dup', true))
run('hdr.count', m(task, 'get_header_count', 'x-DUP'))
run('hdr.count_strong', m(task, 'get_header_count', 'X-Dup', true))
run('hdr.has', m(task, 'has_header', 'Cc'))
run('hdr.missing', m(task, 'get_header', 'Nope'))
run('hdr.missing_full', m(task, 'get_header_full', 'Nope'))
run('hdr.missing_count', m(task, 'get_header_count', 'Nope'))
local walked = {}
task:headers_foreach(function(name, value)
  walked[#walked + 1] = name .. '=' .. tostring(value)
  return name == 'Cc'
end)
emit('foreach.simple', walked)
walked = {}
task:headers_foreach(function(name, value)
  walked[#walked + 1] = value
end, { full = true, regexp = rspamd_regexp.create('/^x-/i') })
emit('foreach.full_re', walked)
walked = {}
task:headers_foreach(function(name, value)
  walked[#walked + 1] = value
end, { raw = true, regexp = rspamd_regexp.create('/x-dup/i') })
emit('foreach.raw_re', walked)
run('date.msg_gmt', m(task, 'get_date', { format = 'message', gmt = true }))
run('date.num', m(task, 'get_date', 1))
run('date.bad', function() return type(task:get_date({ format = 'other' })) end)
run('flags', m(task, 'get_flags'))
run('set_flag', m(task, 'set_flag', 'skip'))
run('flags2', m(task, 'get_flags'))
run('set_flag_off', m(task, 'set_flag', 'skip', false))
run('set_flag_bad', m(task, 'set_flag', 'bad_unicode'))
run('has_flag_bad', m(task, 'has_flag', 'nonsense'))
run('has_flag_milter', m(task, 'has_flag', 'milter'))
run('queue_id', m(task, 'get_queue_id'))
run('hostname', m(task, 'get_hostname'))
run('helo', m(task, 'get_helo'))
run('user', m(task, 'get_user'))
run('ip', m(task, 'get_from_ip'))
run('set_ip', m(task, 'set_from_ip', '192.0.2.77'))
run('ip2', m(task, 'get_from_ip'))
run('set_ip_bad', m(task, 'set_from_ip', 'not an ip'))
run('set_ip_type', m(task, 'set_from_ip', 42))
run('set_user', m(task, 'set_user', 'someone'))
run('set_user2', m(task, 'set_user'))
run('set_hostname', m(task, 'set_hostname', '[192.0.2.1]'))
run('hostname2', m(task, 'get_hostname'))
run('set_helo', m(task, 'set_helo', 'helo.example'))
run('helo2', m(task, 'get_helo'))
run('set_from_smtp', m(task, 'set_from', 'smtp', { addr = 'new@example.org', name = 'New' }))
run('from_smtp2', m(task, 'get_from', 'smtp'))
run('from_smtp_orig', m(task, 'get_from', { 'smtp', 'orig' }))
run('set_from_mime', m(task, 'set_from', 'mime', { user = 'u', domain = 'example.com' }, 'alias'))
run('from_mime2', m(task, 'get_from', 'mime'))
run('from_mime_orig', m(task, 'get_from', { 'mime', 'original' }))
run('set_rcpt', m(task, 'set_recipients', 'smtp', { { addr = 'a@example.com' }, { addr = 'b@example.com' } }))
run('rcpt_smtp2', m(task, 'get_recipients', 'smtp'))
run('set_rcpt_alias', m(task, 'set_recipients', 'smtp', { { addr = 'c@example.com' } }, 'alias'))
run('rcpt_smtp3', m(task, 'get_recipients', 'smtp'))
run('rcpt_smtp3_orig', m(task, 'get_recipients', { 'smtp', 'orig' }))
run('set_rcpt_rewrite', m(task, 'set_recipients', 'mime', { { addr = 'd@example.com' } }, 'rewrite'))
run('rcpt_mime2', m(task, 'get_recipients', 'mime'))
run('digest_after', m(task, 'get_digest'))
run('principal2', m(task, 'get_principal_recipient'))
run('has_urls', m(task, 'has_urls'))
run('has_urls_emails', m(task, 'has_urls', true))
run('urls_sorted', m(task, 'get_urls', { sort = true }))
run('urls_images', m(task, 'get_urls', { images = true, sort = true }))
run('urls_filtered', m(task, 'get_urls_filtered', { 'html_displayed' }))
run('html_urls', m(task, 'get_html_urls'))
run('rewrite', m(task, 'rewrite_html_urls', function(t, url)
  if url:find('cta') then return 'http://rewritten.example.com/?u=' .. url end
  return nil
end))
run('rewrite_none', m(task, 'rewrite_html_urls', function() return nil end))
run('rewrite_bad', m(task, 'rewrite_html_urls', 42))
run('meta_stem', m(task, 'get_meta_words'))
run('meta_norm', m(task, 'get_meta_words', 'norm'))
run('meta_bad', m(task, 'get_meta_words', 'what'))
run('timeval_type', function() return type(task:get_timeval()) end)
run('request_hdr', m(task, 'get_request_header', 'X-None'))
task:set_request_header('X-Req', 'val')
run('request_hdr2', m(task, 'get_request_header', 'x-req'))

for i, tp in ipairs(task:get_text_parts()) do
  local k = 'tp.' .. i
  run(k .. '.cta', m(tp, 'get_cta_urls'))
  run(k .. '.cta_w', m(tp, 'get_cta_urls', { with_weights = true, original = true }))
  run(k .. '.filter', m(tp, 'filter_words', rspamd_regexp.create('/^[a-h]/'), 'norm'))
  run(k .. '.filter_whole', m(tp, 'filter_words', rspamd_regexp.create('/[a-h].*/'), 'norm', 2))
  run(k .. '.words_raw', m(tp, 'get_words', 'raw'))
  run(k .. '.words_bad', m(tp, 'get_words', 'bogus'))
  run(k .. '.content_bad', m(tp, 'get_content', 'bogus'))
  run(k .. '.raw_content', m(tp, 'get_raw_content'))
  run(k .. '.oneline', m(tp, 'get_content_oneline'))
  run(k .. '.alt', function() local a = tp:get_alt_part(); return a and a:is_html() end)
end

for i, p in ipairs(task:get_parts()) do
  local k = 'mp.' .. i
  run(k .. '.urls', m(p, 'get_urls'))
  run(k .. '.urls_all', m(p, 'get_urls', { protocols = { 'http', 'https', 'mailto' }, images = true }))
  run(k .. '.hdr', m(p, 'get_header', 'Content-Type'))
  run(k .. '.hdr_count', m(p, 'get_header_count', 'content-type'))
  run(k .. '.specific', m(p, 'get_specific'))
  run(k .. '.is_specific', m(p, 'is_specific'))
  run(k .. '.detected_full', function() return { p:get_detected_type_full() } end)
  run(k .. '.children', function()
    local ch = p:get_children()
    if not ch then return nil end
    local r = {}
    for j, c in ipairs(ch) do r[j] = c:get_id() end
    return r
  end)
end
local parts = task:get_parts()
run('set_specific_text', m(parts[2], 'set_specific', { a = 1 }))
run('set_specific_multi', m(parts[1], 'set_specific', 'x'))
run('inject_bad', m(task, 'inject_part', 'image', 'x'))
run('inject_empty', m(task, 'inject_part', 'text', {}))
run('inject', m(task, 'inject_part', 'text', { 'a http://inj.example.com/ ', 'b' }, parts[3]))
run('injected_urls', function()
  local r = {}
  for _, u in ipairs(task:get_urls({ content = true, sort = true })) do
    r[#r + 1] = u:get_text() .. ' ' .. tostring(u:get_order())
  end
  return r
end)

local _, mt = rspamd_task.load_from_string(msg, rspamd_config)
mt:process_message()
local function names(t)
  local r = {}
  for i, h in ipairs(t) do r[i] = h.name .. ':' .. tostring(h.value) .. ':' .. tostring(h.raw) end
  return r
end
run('mod.rm_first', m(mt, 'modify_header', 'X-Dup', { remove = { 1 } }))
run('mod.dup_plain', m(mt, 'get_header_full', 'X-Dup'))
run('mod.dup_modified', m(mt, 'get_header_full', 'X-Dup', false, true))
run('mod.add', m(mt, 'modify_header', 'X-Dup', { add = { { 0, 'zero' }, { -1, 'last\r\n\tfolded' }, { 5, 'far' } } }))
run('mod.dup_modified2', m(mt, 'get_header_full', 'X-Dup', false, true))
run('mod.add_new', m(mt, 'modify_header', 'X-New', { add = { { 1, 'new value' }, { 0, '' }, { -2, 'neg' }, { 'x', 'bad' } } }))
run('mod.new_plain', m(mt, 'get_header', 'X-New'))
run('mod.new_modified', m(mt, 'get_header', 'X-New', false, true))
run('mod.new_count', m(mt, 'get_header_count', 'x-new', false, true))
run('mod.add_only', m(mt, 'modify_header', 'Cc', { add = { { 1, 'extra@example.com' } } }))
run('mod.cc_modified', m(mt, 'get_header_full', 'Cc', false, true))
run('mod.rm_all', m(mt, 'modify_header', 'Subject', { remove = { 0 } }))
run('mod.subject', m(mt, 'get_header', 'Subject', false, true))
run('mod.rm_neg', m(mt, 'modify_header', 'X-Dup', { remove = { -1, 7 } }))
run('mod.dup_modified3', m(mt, 'get_header_full', 'X-Dup', false, true))
run('mod.rm_empty', m(mt, 'modify_header', 'To', { remove = {} }))
run('mod.to_modified', m(mt, 'get_header', 'To', false, true))
run('mod.bad', m(mt, 'modify_header', 'To', 'x'))
run('mod.headers', function() return names(mt:get_headers()) end)
run('mod.headers_modified', function() return names(mt:get_headers(true)) end)
local walked = {}
mt:headers_foreach(function(name, value) walked[#walked + 1] = name .. '=' .. tostring(value) end)
emit('mod.foreach', walked)

local empty = rspamd_task.create(rspamd_config)
run('empty.process', m(empty, 'process_message'))
run('empty.parts', m(empty, 'get_parts'))
run('empty.text_parts', m(empty, 'get_text_parts'))
run('empty.urls', m(empty, 'get_urls'))
run('empty.from', m(empty, 'get_from'))
run('empty.subject', m(empty, 'get_subject'))
run('empty.headers', m(empty, 'get_headers'))
run('empty.header', m(empty, 'get_header', 'From'))
run('empty.digest', m(empty, 'get_digest'))
run('empty.newlines', m(empty, 'get_newlines_type'))
run('empty.rawbody', m(empty, 'get_rawbody'))
run('empty.received', m(empty, 'get_received_headers'))
run('empty.size', m(empty, 'get_size'))
run('create_nocfg', rspamd_task.create)

local _, raw = rspamd_task.load_from_string('just some text without headers http://raw.example.com/', rspamd_config)
run('raw.process', m(raw, 'process_message'))
run('raw.mime', m(raw, 'has_flag', 'mime'))
run('raw.parts', function() return #raw:get_parts() end)
run('raw.text_parts', function() return #raw:get_text_parts() end)
run('raw.msgid_len', function() return #raw:get_message_id() end)
run('raw.rawbody', m(raw, 'get_rawbody'))
task:destroy()
run('destroyed', m(task, 'get_size'))

E.flush()
