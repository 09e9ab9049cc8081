-- Golden generator for the regexp layer (rspamd_regexp, rspamd_trie).
-- Run by gen.sh inside the oracle chroot with `rspamadm -v lua`; each case
-- prints one "@@CASE <json>" line, and the log lines the oracle emits while
-- running a case precede it. Strings in the JSON are hex encoded.
local rspamd_regexp = require "rspamd_regexp"
local rspamd_trie = require "rspamd_trie"
local rspamd_text = require "rspamd_text"

local function hex(s)
  return (s:gsub('.', function(c) return string.format('%02x', c:byte()) end))
end

local function is_seq(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true
end

local function json(v)
  local tv = type(v)
  if v == nil then return 'null'
  elseif tv == 'boolean' then return tostring(v)
  elseif tv == 'number' then return string.format('%d', v)
  elseif tv == 'string' then return '"' .. hex(v) .. '"'
  elseif tv == 'userdata' then return '"' .. hex(tostring(v)) .. '"'
  elseif tv == 'table' then
    local parts = {}
    if is_seq(v) then
      for i = 1, #v do parts[#parts + 1] = json(v[i]) end
      return '[' .. table.concat(parts, ',') .. ']'
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    for _, k in ipairs(keys) do
      parts[#parts + 1] = '"' .. tostring(k) .. '":' .. json(v[k])
    end
    return '{' .. table.concat(parts, ',') .. '}'
  end
  return '"?' .. tv .. '"'
end

-- Fields holding identifiers rather than data are written as they are.
local plain_keys = {op = true, fname = true, step = true}

local function emit(case)
  local keys = {}
  for k in pairs(case) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do
    local v = case[k]
    if plain_keys[k] then v = '"' .. v .. '"' else v = json(v) end
    parts[#parts + 1] = '"' .. k .. '":' .. v
  end
  io.stdout:write('@@CASE {' .. table.concat(parts, ',') .. '}\n')
  io.stdout:flush()
end

-- create(pattern[, flags]) exactly as a Lua caller would write it.
local function create(pat, flags)
  if flags then return rspamd_regexp.create(pat, flags) end
  return rspamd_regexp.create(pat)
end

io.stdout:write('@@BEGIN\n')
io.stdout:flush()

---------------------------------------------------------------- compile
local compile_cases = {
  {'/abc/'}, {'/abc/i'}, {'/abc/imsxuOLr'}, {'/abc/ru'}, {'/abc/ur'}, {'abc'}, {''}, {'/'}, {'//'},
  {'///'}, {'/a/b/'}, {'/abc'}, {'abc/'}, {'m{abc}'}, {'m{abc'}, {'m/abc/i'}, {'m,abc,'},
  {'m\\abc\\'}, {'mabc'}, {'m{a}b}'}, {'m'}, {'m{'}, {'m{}'}, {'m}}'}, {'/abc/z'}, {'/abc/iz'},
  {'/abc/zi'}, {'/abc/i\255'}, {'a(b'}, {'/a(b/'}, {'/[a-/'}, {'/(?<n>a)(?<n>b)/'}, {'/\\/'},
  {'/a{2,1}/'}, {'/(?<=a+)b/'}, {'/\\x{100}/'}, {'/\\x{100}/u'}, {'/\\p{L}/u'}, {'/\\p{L}/'},
  {'/\\C/u'}, {'/a\\/b/'}, {'/(?i)abc/'}, {'/*/'}, {'/+a/'}, {'/a**/'}, {'/[[:foo:]]/'},
  {'/\\k<x>/'}, {'/(?P<1a>x)/'}, {'/\\g{-5}/'}, {'/a\\0b/'}, {'abc\0def'}, {'/abc/\0i'},
  {'/(a)\\2/'}, {'/(?<!a*)b/'}, {'/[z-a]/'}, {'/\\/u'}, {'/(?z)/'}, {'/a)/'}, {'/\255/u'},
  {'/\\xff/u'}, {'/é/u'}, {'/é/'}, {'/(?|(a)|(b))/'}, {'/a{99999999}/'}, {'/\\N{U+41}/'},
  {'abc', 'i'}, {'abc', ''}, {'/abc/', 'i'}, {'abc', 'z'}, {'abc', 'iz'}, {'abc', '\255'},
  {'/abc/i', 'u'}, {'a(b', 'i'}, {'m{ab}', ''}, {'abc', 'imsxuOLr'}, {'(', 'u'},
}
for _, c in ipairs(compile_cases) do
  local re = create(c[1], c[2])
  emit({op = 'compile', pat = c[1], flags = c[2], res = re and re:get_pattern() or nil,
        str = re and tostring(re) or nil})
end

---------------------------------------------------------------- matching
local patterns = {
  '/a/', '/^a/', '/a$/', '/a$/m', '/^a/m', '/\\ba\\w*/', '/(a)(b)?/', '/(a)|(b)/', '/(?<=a)b/',
  '/a*/', '/./', '/./s', '/\\R/', '/$/', '/(\\d+)-(\\d+)/', '/é/', '/é/u', '/./u', '/\\w+/u',
  '/\\w+/', '/[а-я]+/ui', '/(?i)ABC/', '/abc/i', 'm{ab}', 'm{a.*}', '/(a)(b)/u', '/\\s+/', '/,\\s*/',
  '/b*/', '/(x)?y/', '/(?:a|(b))c/', '/a(?=b)/', '/\\Ba/', '/\\x85/', '/^$/m', '/a.c/s',
  '/a+?/', '/(?:(a)|b)+/', 'abc', '/\\xd0/',
}
local subjects = {
  '', 'a', 'aaa', 'abc', 'ab ab', 'xbxa', 'a\r\na\na\ra', '\r\n\133', 'Привет мир', 'é\255',
  'ABC abc', '12-34 56-78', 'a, b,c,,d', 'cbc ac bc xy y', 'a\0b\0',
}
for _, p in ipairs(patterns) do
  local re = create(p)
  for _, s in ipairs(subjects) do
    emit({op = 'search', pat = p, subj = s, res = re:search(s)})
    emit({op = 'search', pat = p, subj = s, cap = true, res = re:search(s, false, true)})
    emit({op = 'search', pat = p, subj = s, raw = true, cap = true, res = re:search(s, true, true)})
    emit({op = 'match', pat = p, subj = s, res = re:match(s)})
    emit({op = 'match', pat = p, subj = s, raw = true, res = re:match(s, true)})
    emit({op = 'matchn', pat = p, subj = s, max = -1, res = re:matchn(s, -1)})
    emit({op = 'matchn', pat = p, subj = s, max = 0, res = re:matchn(s, 0)})
    emit({op = 'matchn', pat = p, subj = s, max = 2, raw = true, res = re:matchn(s, 2, true)})
    emit({op = 'split', pat = p, subj = s, res = re:split(s)})
  end
end

-- rspamd{text} subjects
for _, p in ipairs({'/,\\s*/', '/(a)|(b)/', '/b*/', 'm{ab}'}) do
  local re = create(p)
  for _, s in ipairs({'a, b,c,,d', 'xbxa', 'ab', 'abba'}) do
    local t = rspamd_text.fromstring(s)
    emit({op = 'search', pat = p, subj = s, text = true, cap = true, res = re:search(t, false, true)})
    emit({op = 'match', pat = p, subj = s, text = true, res = re:match(t)})
    emit({op = 'matchn', pat = p, subj = s, text = true, max = -1, res = re:matchn(t, -1)})
    emit({op = 'split', pat = p, subj = s, text = true, res = re:split(t)})
  end
end

-- set_limit
for _, lim in ipairs({-1, 0, 1, 2, 3, 100}) do
  for _, p in ipairs({'/a/', '/a$/', 'm{aa}', '/b/'}) do
    local re = create(p)
    re:set_limit(lim)
    for _, s in ipairs({'aaaa', 'aa', 'ab'}) do
      emit({op = 'search', pat = p, subj = s, limit = lim, res = re:search(s)})
      emit({op = 'matchn', pat = p, subj = s, limit = lim, max = -1, res = re:matchn(s, -1)})
      emit({op = 'split', pat = p, subj = s, limit = lim, res = re:split(s)})
    end
  end
end

-- max hits
do
  local re = create('/maxhits/')
  local r = {re:get_max_hits(), re:set_max_hits(5), re:get_max_hits(), re:set_max_hits(0), re:get_max_hits()}
  emit({op = 'maxhits', pat = '/maxhits/', res = r})
end

-- resource limits: backtracking, JIT stack, heap
for _, c in ipairs({
  {'/(a+)+b/', string.rep('a', 30)},
  {'/(a+)+b/', string.rep('a', 20) .. 'b'},
  {'/(?:a|b)*c/', string.rep('ab', 50000) .. 'c'},
  {'/(a|b)*c/', string.rep('ab', 50000) .. 'c'},
  {'/(a|b)*c/', string.rep('ab', 5000) .. 'c'},
  {'/(?:(a)|b)*c/u', string.rep('ab', 50000) .. 'c'},
  {'/^(\\w+\\s?)*$/', string.rep('word ', 30) .. '!'},
  {'/(x+x+)+y/', string.rep('x', 25)},
}) do
  local re = create(c[1])
  emit({op = 'match', pat = c[1], subj = c[2], res = re:match(c[2])})
  emit({op = 'matchn', pat = c[1], subj = c[2], max = -1, res = re:matchn(c[2], -1)})
end

---------------------------------------------------------------- import
local import_cases = {
  '*.example.com', 'a-b[a-z]?+', 'привет*', 'a.b', 'x', '', '/abc/', 'm{a}', 'a b\tc', 'a\vb',
  'a\0b', 'é', '{a,b}', 'a\\*b', '(a|b)^$#,', 'user@domain', '100%', '?', '*', 'a\1b', '/a/i',
  '/a/z', 'ab*cd?ef+', '[abc]', 'xn--d1acufc',
}
for _, s in ipairs(import_cases) do
  local g = rspamd_regexp.import_glob(s)
  emit({op = 'glob', pat = s, res = g and g:get_pattern() or nil})
  local gi = rspamd_regexp.import_glob(s, 'i')
  emit({op = 'glob', pat = s, flags = 'i', res = gi and gi:get_pattern() or nil})
  local pl = rspamd_regexp.import_plain(s)
  emit({op = 'plain', pat = s, res = pl and pl:get_pattern() or nil})
  local pu = rspamd_regexp.import_plain(s, 'u')
  emit({op = 'plain', pat = s, flags = 'u', res = pu and pu:get_pattern() or nil})
end
for _, c in ipairs({{'*.example.com', 'mail.example.com'}, {'*.example.com', 'example.com'},
    {'привет*', 'привет мир'}, {'a?c', 'abc'}, {'a?c', 'ac'}, {'a+', 'aa'}, {'ab*', 'AB'}}) do
  for _, fl in ipairs({'u', 'i'}) do
    local g = rspamd_regexp.import_glob(c[1], fl)
    local res = nil
    if g then res = g:match(c[2]) end
    emit({op = 'globmatch', pat = c[1], flags = fl, subj = c[2], res = res})
  end
end

---------------------------------------------------------------- cache
do
  local a = rspamd_regexp.create_cached('/cached/i')
  a:set_max_hits(7)
  local b = rspamd_regexp.create_cached('/cached/i')
  local c = rspamd_regexp.get_cached('/cached/i')
  emit({op = 'cache', step = 'shared', res = {b:get_max_hits(), c and c:get_max_hits() or -1}})
  local d = rspamd_regexp.create_cached('cachedflags', 'i')
  d:set_max_hits(3)
  local e = rspamd_regexp.get_cached('icachedflags')
  emit({op = 'cache', step = 'keyconcat', res = {e and e:get_pattern() or false, e and e:get_max_hits() or -1,
    e and e:match('CACHEDFLAGS') or false}})
  emit({op = 'cache', step = 'miss', res = {rspamd_regexp.get_cached('/never/') == nil}})
  local f = rspamd_regexp.create('/cached/i')
  emit({op = 'cache', step = 'create_not_cached', res = {f:get_max_hits()}})
  a:destroy()
  emit({op = 'cache', step = 'destroyed', res = {rspamd_regexp.get_cached('/cached/i') == nil,
    a:get_pattern() == nil, b:get_max_hits()}})
  local g = rspamd_regexp.create_cached('/cached/i')
  emit({op = 'cache', step = 'recreated', res = {g:get_max_hits()}})
  emit({op = 'cache', step = 'bad', res = {rspamd_regexp.create_cached('/bad(/') == nil,
    rspamd_regexp.get_cached('/bad(/') == nil}})
end

---------------------------------------------------------------- trie
local tf = rspamd_trie.flags
emit({op = 'trie_flags', res = {tf.glob, tf.re, tf.icase, tf.utf8, tf.tld, tf.dot_all,
  tf.single_match, tf.no_start, tf.som}})
emit({op = 'trie_hs', res = rspamd_trie.has_hyperscan()})

local trie_sets = {
  {'aab', 'ab', 'bcd'},
  {'*.example.com', 'test?'},
  {'a.b', 'c+d'},
  {'foo', 'FOO', 'foo'},
  {'com', 'co.uk', '*.org'},
  {'\\d+', 'a.*b'},
  {'ab', 'b', 'abc', 'c'},
  {'привет', 'МИР'},
  {'(', 'a'},
  {''},
  {'a$', '^b'},
  {'(?<=a)b', 'x'},
}
local trie_flags = {
  {'default', nil},
  {'plain', 0},
  {'icase', tf.icase},
  {'re', tf.re},
  {'re_icase', tf.re + tf.icase},
  {'glob', tf.glob},
  {'glob_utf8', tf.glob + tf.utf8},
  {'tld', tf.tld},
  {'single', tf.single_match},
  {'no_start', tf.no_start},
  {'re_single', tf.re + tf.single_match},
  {'re_som_single', tf.re + tf.som + tf.single_match},
  {'re_dotall', tf.re + tf.dot_all},
  {'utf8_icase', tf.utf8 + tf.icase},
}
local trie_texts = {
  'aabcd ab', 'mail.example.com test1 TEST2', 'a.b c+d cd', 'foo FOO fOo', 'x.com y.co.uk z.org w.comx',
  '123 a x b\nb', 'abc', 'привет МИР мир', 'a(b', 'ab\nb', '',
}
for si, pats in ipairs(trie_sets) do
  for _, fl in ipairs(trie_flags) do
    local t
    if fl[2] then t = rspamd_trie.create(pats, fl[2]) else t = rspamd_trie.create(pats) end
    emit({op = 'trie_create', set = si, pats = pats, flags = fl[2], fname = fl[1], res = t ~= nil})
    if t then
      for _, s in ipairs(trie_texts) do
        emit({op = 'trie_match', set = si, pats = pats, flags = fl[2], fname = fl[1], subj = s,
              res = t:match(s)})
        emit({op = 'trie_match', set = si, pats = pats, flags = fl[2], fname = fl[1], subj = s,
              start = true, res = t:match(s, true)})
        local calls = {}
        local found = t:match(s, function(idx, pos)
          calls[#calls + 1] = {idx, pos}
          if #calls >= 3 then return 1 end
          return 0
        end, true)
        emit({op = 'trie_cb', set = si, pats = pats, flags = fl[2], fname = fl[1], subj = s,
              res = {found, calls}})
      end
      -- A table of subjects only works with a callback (upstream's table
      -- mode crashes on it); the callback then sees start offsets whatever
      -- argument 4 says, as report_start is read from the wrong stack slot.
      local calls = {}
      local found = t:match({trie_texts[1], rspamd_text.fromstring(trie_texts[4]), 12}, function(idx, pos)
        calls[#calls + 1] = {idx, pos}
        return 0
      end)
      emit({op = 'trie_cb', set = si, pats = pats, flags = fl[2], fname = fl[1], subj = 'table',
            multi = {trie_texts[1], trie_texts[4], '12'}, res = {found, calls}})
    end
  end
end

io.stdout:write('@@END\n')
io.stdout:flush()
