-- rspamd_url and rspamd{url} without a task: create, all, init, every
-- method, the argument errors, and rspamd_util.get_tld.
io.stdout:setvbuf('no')
local url = require "rspamd_url"
local util = require "rspamd_util"
local mempool = require "rspamd_mempool"
local rspamd_text = require "rspamd_text"
local T = rspamd_text.fromstring
local pool = mempool.create()

local function show(v)
  if type(v) == 'userdata' then
    local mt = getmetatable(v)
    local class = mt and mt.class or '?'
    if class == 'rspamd{mempool}' then return class end
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

local methods = { 'get_length', 'get_host', 'get_port', 'get_user', 'get_path', 'get_query',
  'get_fragment', 'get_text', 'get_tld', 'get_raw', 'get_protocol', 'to_table', 'is_phished',
  'is_redirected', 'is_obscured', 'is_html_displayed', 'is_subject', 'get_phished',
  'get_redirected', 'get_visible', 'get_count', 'get_query_embedded_urls', 'get_hash',
  'get_flags', 'get_flags_num', 'get_order', 'get_part_order', 'to_http' }

local function dump(label, u)
  if not u then
    p(label, u)
    return
  end
  p(label, 'tostring', tostring(u))
  for _, m in ipairs(methods) do
    p(label, m, u[m](u))
  end
end

print('-- module')
p('flags', url.flags)
local fns = {}
for k, v in pairs(url) do fns[#fns + 1] = k .. ':' .. type(v) end
table.sort(fns)
p('module', table.concat(fns, ' '))

print('-- create without a public suffix list')
for _, s in ipairs({
  'http://user:pw@www.Example.co.uk:8080/p/a%20b/../c?q=1&r=%41#frag',
  'Look at www.example.com/path now',
  'mailto:User@Example.COM?subject=hi',
  'some.one@example.org',
  'ftp://ftp.example.net/file.txt',
  'http://1.2.3.4/', 'http://0x7f.1/', 'http://[::1]:81/x',
  'https://xn--80ak6aa92e.com/', 'http://пример.рф/путь',
  'tel:+1-555-0100', 'file:///etc/passwd',
  'http://a.com/#', 'http://u@a.com/#', 'http://u@a.com:81/x?y#z',
  'http://a.com/a b', 'http://a.com/a%20b', 'http://a.com/%00x',
  'no url here', '', 'http://', 'http://a', 'www.',
}) do
  dump('create ' .. string.format('%q', s), url.create(s))
end
dump('create pool', url.create(pool, 'see http://example.com/ now'))
dump('create pool text', url.create(pool, T('see http://example.com/ now')))
dump('create flags', url.create(pool, 'http://x.com', { 'phished', 'image', 'redirect_target' }))
p('create none pool text', url.create(pool, T('no url here')))
p('create none pool', url.create(pool, 'no url'))
p('create none flags', url.create(pool, 'no url', { 'phished' }))
p('create none pool pool', url.create(pool, 'no url', pool))
p('create flags ignored', url.create('http://x.com', { 'bad' }))
perr(url.create, T('no url here'))
perr(url.create, pool, 1)
perr(url.create, 1)
perr(url.create, {})
perr(url.create)
perr(url.create, pool, 'http://x.com', { 'bad' })
perr(url.create, pool, 'http://x.com', { 'phished', 5 })

print('-- redirections')
local u = url.create(pool, 'http://x.com/')
p('set string', u:set_redirected('http://y.com/a', pool), u:get_flags_num(), u:get_redirected(),
  u:get_phished(), u:is_redirected())
p('set url', u:set_redirected(url.create('http://z.com'), pool), u:get_redirected())
perr(u.set_redirected, u, 'http://y.com/a')
perr(u.set_redirected, u, 'http://y.com/a', 5)
perr(u.set_redirected, u, 5, pool)
perr(u.set_redirected, u, url.create('http://z.com'))
perr(u.set_redirected, u, url.create('http://z.com'), 'pool')
perr(u.set_redirected, pool, 'http://y.com', pool)

print('-- comparisons')
local a1, a2, b = url.create('http://a.com'), url.create('http://a.com'), url.create('http://b.com')
p('eq', a1 == a2, a1 == b, rawequal(a1, a2))
p('lt', a1 < b, b < a1, a1 < a2, a1 <= b)
p('mail', url.create('mailto:x@A.com') == url.create('mailto:x@a.com'))
perr(function() return a1 < pool end)
perr(function() return a1 < 1 end)
perr(u.get_text, pool)
perr(u.get_text)
perr(u.get_flags, 1)
perr(u.get_order, 'x')
p('text as text', u:get_text(true), u:get_text(false), u:get_text(1))
local sorted = { url.create('mailto:b@x.com'), url.create('https://b.com'), url.create('http://b.com'),
  url.create('mailto:a@x.com'), url.create('ftp://a.com'), url.create('http://a.com') }
table.sort(sorted, function(x, y) return tostring(x) < tostring(y) end)
p('sorted', sorted)

print('-- all')
for _, s in ipairs({
  'http://a.com/ www.foo.com mailto:a@b.com and x@y.org',
  'text with http://example.com/?u=http%3A%2F%2Fevil.com%2F and ftp.example.org',
  'https://legit.com' .. string.rep('a', 70) .. '@evil.com/',
  'http://a@b@c.com/', 'nothing', '',
}) do
  local t = url.all(pool, s)
  local texts = {}
  for i, x in ipairs(t) do texts[i] = x:get_text() .. '|' .. x:get_flags_num() end
  p('all', s, #t, table.concat(texts, ' '))
end
p('all number', #url.all(pool, 12345))
perr(url.all, pool)
perr(url.all, 1, 'x')
perr(url.all, 'x', 'y')
perr(url.all, pool, T('http://a.com'))

print('-- get_tld')
for _, h in ipairs({ 'www.example.co.uk', 'example.com', 'com', 'a.b.c.kawasaki.jp', '', 'x' }) do
  p('get_tld', h, util.get_tld(h))
end
perr(util.get_tld)
perr(util.get_tld, {})

print('-- init')
perr(url.init)
url.init('/nonexistent/effective_tld_names.dat')
url.init('/usr/share/publicsuffix/effective_tld_names.dat')
for _, h in ipairs({ 'www.example.co.uk', 'example.com', 'com', 'a.b.c.kawasaki.jp', 'city.kawasaki.jp',
    'www.test.ck', 'foo.bar.ck', '', 'x', 'WWW.EXAMPLE.CO.UK', 'example.com.' }) do
  p('get_tld', h, util.get_tld(h))
end
dump('create with a public suffix list', url.create('http://user@www.Example.co.uk/x'))
p('tld', url.create('http://a.b.c.kawasaki.jp/'):get_tld(), url.create('www.example.com'):get_tld())
for _, s in ipairs({
  'Look at www.example.com and example.co.uk/path, or mail me at user@example.org.',
  'bare hosts: example.net, test.invalid, foo.bar.baz.museum',
}) do
  local t = url.all(pool, s)
  local texts = {}
  for i, x in ipairs(t) do texts[i] = x:get_text() .. '|' .. x:get_flags_num() end
  p('all', s, #t, table.concat(texts, ' '))
end
