-- rspamd{html} and rspamd{html_tag} without a task (from
-- rspamd_parsers.parse_html_content), rspamd_util.parse_html,
-- rspamd_parsers.parse_html and rspamd_util.decode_html_entities.
io.stdout:setvbuf('no')
local util = require "rspamd_util"
local parsers = require "rspamd_parsers"
local mempool = require "rspamd_mempool"
local rspamd_text = require "rspamd_text"
local T = rspamd_text.fromstring
local pool = mempool.create()

local function show(v)
  if type(v) == 'userdata' then
    local mt = getmetatable(v)
    local class = mt and mt.class or '?'
    if class == 'rspamd{html_tag}' then
      return string.format('tag(%s)', tostring(v:get_type()))
    elseif class == 'rspamd{html}' or class == 'rspamd{mempool}' then
      return class
    end
    return string.format('%s(%q)', tostring(class), tostring(v))
  elseif type(v) == 'table' then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local out = {}
    for _, k in ipairs(keys) do out[#out + 1] = tostring(k) .. '=' .. show(v[k]) end
    return '{' .. table.concat(out, ',') .. '}'
  elseif type(v) == 'string' then
    return string.format('%q', v)
  end
  return tostring(v)
end
local function p(...)
  local out = {}
  for i = 1, select('#', ...) do out[#out + 1] = show((select(i, ...))) end
  print(table.concat(out, ' '))
end
local function perr(f, ...)
  local ok, err = pcall(f, ...)
  print('pcall', ok, show(err))
end

print('-- parse_html')
for _, s in ipairs({
  '<p>Hello &amp; <b>world</b></p>',
  '<html><head><title>T</title><style>p{color:red}</style></head><body><p>a</p><div>b<br>c</div></body></html>',
  'plain text, no tags', '', '<a href="http://example.com/">link</a> after',
  '<p style="display:none">hidden</p><p>shown</p>', '<script>var x = 1;</script>text',
  '<table><tr><td>1</td><td>2</td></tr></table>', '<!-- comment -->x<![CDATA[y]]>',
  '<p>unclosed <b>bold <i>italic', '&lt;&gt;&amp;&quot;&#39;&#x263A;&nbsp;&copy;&bogus;',
}) do
  p('parse_html', s, util.parse_html(s), parsers.parse_html(s))
end
p('parse_html text', util.parse_html(T('<b>x</b>')))
p('parse_html other', util.parse_html(nil), util.parse_html(5), util.parse_html({}))
perr(util.parse_html, pool)

print('-- decode_html_entities')
for _, s in ipairs({
  'a &lt; b &#x41; &nbsp;x', '&amp;amp;', '&#0;&#65;&#x10FFFF;&#x110000;&#xD800;', '&notit; &not',
  '&AElig;&Aacute;&aacute', 'no entities', '&', '&#', '&#x', '&;', '  spaces  &amp;  ',
}) do
  p('decode', s, util.decode_html_entities(s))
end
p('decode text', util.decode_html_entities(T('&lt;x&gt;')))
p('decode other', util.decode_html_entities(''), util.decode_html_entities(nil), util.decode_html_entities(5))
perr(util.decode_html_entities, pool)

print('-- parse_html_content')
perr(parsers.parse_html_content, '<b>x</b>')
perr(parsers.parse_html_content, '<b>x</b>', 'pool')
perr(parsers.parse_html_content, pool, pool)
p('content nil', parsers.parse_html_content(nil, pool))
p('content empty', parsers.parse_html_content('', pool))

local doc = '<html><head><title>t</title><base href="http://base.example.com/"></head>' ..
  '<body bgcolor="#ffffff"><a href="http://example.com/x?y=1">link <b>text</b></a>' ..
  '<img src="http://example.com/i.png" width=10 height="20" alt="pic">' ..
  '<img src="data:image/png;base64,iVBORw0KGgo=">' ..
  '<img src="cid:part1@example.com" width="5">' ..
  '<div style="color:red;display:none">hid</div>' ..
  '<p class=x id="y" data-y=1 unknownattr=z hidden>para</p>' ..
  '<font size="3" color="blue">f</font><span style="font-size:12px;opacity:0.5">s</span>' ..
  '<table cellpadding=2 cellspacing="3" border-width=1><tr><td width="50%">c</td></tr></table>' ..
  '<form action="http://evil.example.net/post" method=post><input type=password tabindex=2></form>' ..
  '<unknowntag foo=bar>u</unknowntag><link rel="icon" href="http://example.com/favicon.ico">' ..
  '<a href="mailto:someone@example.org">mail</a><a href="javascript:alert(1)">js</a>' ..
  '<a href="www.example.com">www</a><a>empty</a></body></html>'

local hc = parsers.parse_html_content(doc, pool)
local hct = parsers.parse_html_content(T(doc), pool)
p('content', hc, hct)
for _, name in ipairs({ 'a', 'img', 'table', 'html', 'nonsense', 'A', 'unknowntag', 'base', 'title', 'br' }) do
  p('has_tag', name, hc:has_tag(name))
end
for _, name in ipairs({ 'no_html', 'bad_start', 'bad_element', 'bad_elements', 'xml', 'unknown_element',
    'unknown_elements', 'duplicate_element', 'duplicate_elements', 'unbalanced', 'data_urls', 'bad' }) do
  p('has_property', name, hc:has_property(name))
end
perr(hc.has_tag, hc)
perr(hc.has_tag, pool, 'a')
perr(hc.has_property, hc)
p('invisible', hc:get_invisible())
p('features', hc:get_features())
for i, img in ipairs(hc:get_images()) do
  p('image', i, img)
  p('image tag', i, img.tag:get_content(), img.tag:get_content_length(), img.tag:get_parent())
end

local function dump_tag(label, tag, len, leaf)
  p(label, 'type', tag:get_type(), len, leaf)
  p(label, 'flags', tag:get_flags())
  p(label, 'content', tag:get_content(), tag:get_content_length())
  local st = tag:get_style()
  if st == tag then p(label, 'style', 'self') else p(label, 'style', st) end
  p(label, 'extra', tag:get_extra())
  p(label, 'all', tag:get_all_attributes())
  p(label, 'unknown', tag:get_unknown_attributes())
  p(label, 'children', tag:get_children())
  p(label, 'parent', tag:get_parent())
  for _, name in ipairs({ 'href', 'src', 'class', 'id', 'hidden', 'width', 'height', 'size', 'color',
      'font-size', 'opacity', 'cellpadding', 'cellspacing', 'border-width', 'tabindex', 'data-y',
      'unknownattr', 'foo', 'style', 'action', 'type', 'alt', 'rel' }) do
    local v, h, n = tag:get_attribute(name), tag:has_attribute(name), tag:get_numeric_attribute(name)
    if v ~= nil or h or n ~= nil then p(label, 'attr', name, v, h, n) end
  end
end

local n = 0
hc:foreach_tag('any', function(tag, len, leaf)
  n = n + 1
  dump_tag('tag ' .. n, tag, len, leaf)
  return false
end)
hc:foreach_tag({ 'a', 'img' }, function(tag) p('a/img', tag) end)
hc:foreach_tag({ 'a', 'any' }, function(tag) p('a/any', tag) end)
hc:foreach_tag('a', function(tag) p('stop', tag); return true end)
hc:foreach_tag('a', function(tag) p('number', tag); return 0 end)
hc:foreach_tag('a', function(tag) error('boom') end)
perr(hc.foreach_tag, hc, { 5 }, function(tag) p('five', tag) end)
perr(hc.foreach_tag, hc, 'nonsense', function() end)
perr(hc.foreach_tag, hc, 'A', function() end)
perr(hc.foreach_tag, hc, 'a')
perr(hc.foreach_tag, hc, 5, function() end)
perr(hc.foreach_tag, hc, {}, function() end)
perr(hc.foreach_tag, hc, { 'a', {} }, function() end)
perr(hc.foreach_tag, hc)
hc:foreach_tag('p', function(tag)
  perr(tag.get_attribute, tag)
  perr(tag.has_attribute, tag)
  perr(tag.get_numeric_attribute, tag)
  perr(tag.get_type, hc)
  p('style extra args', tag:get_style('x'))
  return true
end)

print('-- broken documents')
for _, s in ipairs({
  '<p>unclosed <b>bold <i>italic', '</p>stray</div>', '<?xml version="1.0"?><html><body>x</body></html>',
  '<title>a</title><title>b</title>', '<<<>>>', '<a href=http://a.com/>x</a><a href = "http://b.com/" >y',
  '<div style="display:none"><a href="http://hidden.example.com/">h</a></div>',
  '<img src="http://example.com/1x1.gif" width=1 height=1>',
}) do
  local c = parsers.parse_html_content(s, pool)
  local props = {}
  for _, name in ipairs({ 'no_html', 'bad_element', 'xml', 'unknown_element', 'duplicate_element',
      'unbalanced', 'data_urls' }) do
    if c:has_property(name) then props[#props + 1] = name end
  end
  local tags = {}
  c:foreach_tag('any', function(tag, len, leaf)
    tags[#tags + 1] = string.format('%s[%s]%d%s', tostring(tag:get_type()),
      table.concat(tag:get_flags(), ','), len, leaf and '.' or '')
  end)
  p('doc', s, table.concat(props, ','), table.concat(tags, ' '), c:get_invisible())
  p('doc features', c:get_features())
end
