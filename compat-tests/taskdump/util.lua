-- Content functions of rspamd_util: runs each over a fixed list of inputs
-- and prints the results in the task dump format (README.md), one
-- "<function>.<case>" key per result.
--
--   rspamadm lua util.lua > ../golden/4.1.5/contentutil/util.dump
local rspamd_util = require "rspamd_util"
local rspamd_text = require "rspamd_text"

local E = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. 'emit.lua')
local emit, run = E.emit, E.run

local texts = {
  '', 'hello world', 'Hello, World!', 'ПРИВЕТ мир', 'пpивeт', 'paypal', 'pаypаl',
  'Ⅻ ﬁ ｆｕｌｌｗｉｄｔｈ', 'a\226\128\139b', 'soft\194\173hyphen', 'e\204\129t\195\169',
  'Ελληνικά και English', '中文 text', 'مرحبا', '😀 smile 🎉', '123 456,789',
  'double  spaces  here', 'tab\tand\nnewline', '\255\254 bad', 'abc\192', 'ABC def GHI',
  'İstanbul ıi', 'Straße STRASSE', 'ǅ title', 'a.b-c_d', '   ', 'x',
  string.rep('long word ', 20),
}

for i, s in ipairs(texts) do
  local k = tostring(i)
  run('tokenize.' .. k, rspamd_util.tokenize_text, s)
  run('normalize.' .. k, rspamd_util.normalize_utf8, s)
  run('normalize_text.' .. k, rspamd_util.normalize_utf8, rspamd_text.fromstring(s))
  run('translit.' .. k, rspamd_util.transliterate, s)
  run('spoofed1.' .. k, rspamd_util.is_utf_spoofed, s)
  run('mixed.' .. k, rspamd_util.is_utf_mixed_script, s)
  run('quality.' .. k, rspamd_util.get_text_quality, s)
  run('hdr.' .. k, rspamd_util.mime_header_encode, s)
  run('hdr_struct.' .. k, rspamd_util.mime_header_encode, s, true)
end

run('tokenize_ex', rspamd_util.tokenize_text, 'visit http://example.com now', { { 6, 18 } })
run('tokenize_text', rspamd_util.tokenize_text, rspamd_text.fromstring('one two'))
run('tokenize_nil', rspamd_util.tokenize_text, 42)

local pairs_ = {
  { 'paypal', 'pаypаl' }, { 'apple', 'аpple' }, { 'hello', 'hello' }, { 'abc', 'xyz' },
  { 'scope', 'ѕсоре' }, { 'Straße', 'STRASSE' }, { 'Résumé', 'resume' }, { 'İ', 'i' },
  { 'abc', 'ABC' }, { '', '' }, { 'a', '' },
}
for i, p in ipairs(pairs_) do
  run('spoofed2.' .. i, rspamd_util.is_utf_spoofed, p[1], p[2])
  run('caseless.' .. i, rspamd_util.strequal_caseless_utf8, p[1], p[2])
end

-- the first range asked for is the range of every later call (upstream)
run('range.1', rspamd_util.is_utf_outside_range, 'hello', 0x61, 0x7a)
run('range.2', rspamd_util.is_utf_outside_range, 'Hello', 0x61, 0x7a)
run('range.3', rspamd_util.is_utf_outside_range, 'привет', 0x430, 0x44f)
run('range.4', rspamd_util.is_utf_outside_range, 'hello', 0x430, 0x44f)

run('hdr_long', rspamd_util.mime_header_encode, string.rep('Привет ', 20))
run('hdr_long_struct', rspamd_util.mime_header_encode, string.rep('Привет, мир (test) ', 6), true)
run('hdr_parens', rspamd_util.mime_header_encode, 'Имя (comment) <user@example.com>')
run('hdr_ws', rspamd_util.mime_header_encode, 'a  \tб\r\nв  ')
run('hdr_bridge', rspamd_util.mime_header_encode, 'word-слово, next.word')

E.flush()
