-- Oracle script for the argument checks and odd calls of rspamd_regexp,
-- rspamd_trie, rspamd_expression and rspamd_upstream_list that the
-- generators of their goldens do not make. rspamadm lua misc.lua; every
-- line it prints is "<key> <value>", log messages come in between (see
-- regen.sh).

local rspamd_regexp = require "rspamd_regexp"
local rspamd_trie = require "rspamd_trie"
local rspamd_expression = require "rspamd_expression"
local rspamd_mempool = require "rspamd_mempool"
local upstream_list = require "rspamd_upstream_list"
local rspamd_text = require "rspamd_text"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

---------------------------------------------------------------- regexp
local re = rspamd_regexp.create('/a(b)?/')
out('re.create.noarg', call(rspamd_regexp.create))
out('re.create.number', call(function() return tostring(rspamd_regexp.create(12)) end))
out('re.create.flagsnum', call(function() return tostring(rspamd_regexp.create('abc', 5)) end))
out('re.create.flagsnil', call(rspamd_regexp.create, 'abc', nil))
out('re.create.three', call(function() return tostring(rspamd_regexp.create('abc', 'i', 'x')) end))
out('re.tostring', tostring(re))
out('re.search.number', call(re.search, re, 12))
out('re.search.table', call(re.search, re, {}))
out('re.search.ud', call(re.search, re, re))
out('re.search.raw3', call(re.search, re, 'xab', true))
out('re.search.text', call(re.search, re, rspamd_text.fromstring('abab'), false, true))
out('re.match.table', call(re.match, re, {}))
out('re.match.empty', call(re.match, re, ''))
out('re.matchn.nomax', call(re.matchn, re, 'aaa'))
out('re.matchn.strmax', call(re.matchn, re, 'aaa', '2'))
out('re.split.text', call(function()
  local t = re:split(rspamd_text.fromstring('xaybz'))
  local parts = {}
  for i, p in ipairs(t) do parts[i] = type(p) .. ':' .. tostring(p) end
  return table.concat(parts, ' ')
end))
out('re.split.number', call(re.split, re, 12))
out('re.split.ud', call(re.split, re, re))
out('re.set_max_hits.str', call(re.set_max_hits, re, '3'))
out('re.set_max_hits.nil', call(re.set_max_hits, re))
out('re.set_limit.str', call(re.set_limit, re, 'x'))
out('re.self', call(re.match, 'abc', 'abc'))
out('re.get_cached.flags', call(function()
  rspamd_regexp.create_cached('miscflags', 'i')
  return tostring(rspamd_regexp.get_cached('miscflags', 'i')), tostring(rspamd_regexp.get_cached('miscflags'))
end))
local d = rspamd_regexp.create('/destroy/')
d:destroy()
out('re.destroyed.pattern', call(d.get_pattern, d))
out('re.destroyed.tostring', call(tostring, d))
out('re.destroyed.max_hits', call(d.get_max_hits, d))
out('re.destroyed.set_max_hits', call(d.set_max_hits, d, 3))
out('re.destroyed.set_limit', call(d.set_limit, d, 3))
out('re.destroyed.search', call(d.search, d, 'destroy'))
out('re.destroyed.match', call(d.match, d, 'destroy'))
out('re.destroyed.matchn', call(d.matchn, d, 'destroy', 1))
out('re.destroyed.split', call(d.split, d, 'destroy'))
out('re.import.noarg', call(rspamd_regexp.import_glob))
out('re.import.number', call(function() return tostring(rspamd_regexp.import_plain(1.5)) end))

---------------------------------------------------------------- trie
local t = rspamd_trie.create({ 'ab', 'cd' })
out('trie.create.string', call(rspamd_trie.create, 'ab'))
out('trie.create.nil', call(rspamd_trie.create))
out('trie.create.numbers', call(function()
  return rspamd_trie.create({ 12, 'x', true, {} }):match('a12x')
end))
out('trie.create.flagstr', call(function() return rspamd_trie.create({ 'AB' }, '0'):match('ab') end))
out('trie.create.hash', call(function() return rspamd_trie.create({ a = 'ab', b = 'cd' }) ~= nil end))
out('trie.tostring', show(t))
out('trie.match.nil', call(t.match, t))
out('trie.match.number', call(t.match, t, 12))
out('trie.match.ud', call(t.match, t, t))
out('trie.match.text', call(t.match, t, rspamd_text.fromstring('xabcd')))
out('trie.match.cb.nil', call(t.match, t, nil, function() return 0 end))
out('trie.match.cb.error', call(t.match, t, 'abcd', function() error('boom') end))
out('trie.match.cb.ret', call(function()
  local n = 0
  local r = t:match('ababab', function() n = n + 1; return 2.9 end)
  return r, n
end))
out('trie.match.cb.string', call(function()
  local n = 0
  local r = t:match('ababab', function() n = n + 1; return '1' end)
  return r, n
end))
out('trie.match.cb.table_ud', call(t.match, t, { 'ab', t }, function() return 0 end))
out('trie.match.report', call(t.match, t, 'abcd', true))
out('trie.match.report_str', call(t.match, t, 'abcd', 'yes'))
out('trie.self', call(t.match, 'abc', 'abc'))

---------------------------------------------------------------- expression
local pool = rspamd_mempool.create()
local function word(s) return s:match('^%w+') end
local vals = { A = 1, B = 0, C = 2 }
local function proc(atom, arg)
  return (arg and arg[atom]) or vals[atom] or 0
end
out('expr.bad.line', call(rspamd_expression.create, 5, word, pool))
out('expr.bad.cb', call(rspamd_expression.create, 'A', 5, pool))
out('expr.bad.pool', call(rspamd_expression.create, 'A', word, 5))
out('expr.bad.poolnil', call(rspamd_expression.create, 'A', word))
out('expr.bad.parse', call(rspamd_expression.create, 'A', { 5 }, pool))
out('expr.bad.process', call(rspamd_expression.create, 'A', { word, 5 }, pool))
out('expr.empty.table', call(rspamd_expression.create, 'A', {}, pool))
out('expr.parse.error', call(rspamd_expression.create, 'A & B', function() error('x') end, pool))
out('expr.parse.number', call(rspamd_expression.create, 'A & B', function() return 5 end, pool))
out('expr.parse.nil', call(rspamd_expression.create, 'A & B', function() return nil end, pool))
out('expr.syntax', call(rspamd_expression.create, 'A & (B', word, pool))
local e = rspamd_expression.create('A & B | C', { word, proc }, pool)
out('expr.tostring', tostring(e) .. ' ' .. e:to_string())
out('expr.atoms', show(e:atoms()))
out('expr.process', call(e.process, e))
out('expr.process.arg', call(e.process, e, { B = 1, C = 0 }))
out('expr.process.flags', call(e.process, e, nil, 1))
out('expr.traced', call(e.process_traced, e))
out('expr.traced.arg', call(e.process_traced, e, { A = 1, B = 1, C = 0 }))
local f = rspamd_expression.create('A + B > 0', word, pool)
out('expr.nocb', call(f.process, f))
out('expr.nocb.func', call(f.process, f, proc))
out('expr.nocb.func.arg', call(f.process, f, proc, { A = 0, B = 0 }))
out('expr.nocb.traced', call(f.process_traced, f, proc))
out('expr.nocb.traced.arg', call(f.process_traced, f, function(a, arg) return arg == nil and 1 or 0 end))
out('expr.cb.error', call(f.process, f, function() error('cb failure') end))
out('expr.cb.string', call(f.process, f, function() return '1' end))
out('expr.self', call(e.process, 'x'))
local g = rspamd_expression.create('A', { word, proc }, pool)
pool:destroy()
out('expr.after_destroy', call(g.process, g))
out('expr.after_destroy.str', call(g.to_string, g))

---------------------------------------------------------------- upstreams
out('ups.create.nil', call(upstream_list.create))
out('ups.create.number', call(upstream_list.create, 5))
out('ups.create.bad', call(upstream_list.create, rspamd_config, 'bad host name with spaces::::'))
out('ups.create.cfg', call(function() return #upstream_list.create(rspamd_config, '127.0.0.1'):all_upstreams() end))
out('ups.create.badcfg', call(upstream_list.create, pool, '127.0.0.1'))
out('ups.create.table', call(function()
  local u = upstream_list.create({ '127.0.0.1:1', ':::bad', '127.0.0.2', {} }, 53)
  local names = {}
  for i, x in ipairs(u:all_upstreams()) do names[i] = x:get_name() .. ':' .. x:get_port() end
  return table.concat(names, ' ')
end))
out('ups.create.port', call(function()
  local u = upstream_list.create('127.0.0.1', 70000)
  return u:all_upstreams()[1]:get_port()
end))
local u = upstream_list.create('127.0.0.1:10,127.0.0.2:20', 5)
out('ups.tostring', show(u))
local first = u:all_upstreams()[1]
out('ups.up.tostring', show(first))
out('ups.up.addr', call(function() return first:get_addr():to_string(true) end))
out('ups.up.fail', call(first.fail, first, true, 'reason'))
out('ups.up.fail.str', call(first.fail, first, 'reason'))
out('ups.up.ok', call(first.ok, first))
out('ups.hash.nokey', call(u.get_upstream_by_hash, u))
out('ups.hash.number', call(function() return u:get_upstream_by_hash(12):get_name() end))
out('ups.watch.bad', call(u.add_watcher, u, 'success'))
-- (an unknown event name alone makes upstream abort on an assertion)
out('ups.watch.number', call(u.add_watcher, u, 5, function() end))
out('ups.self', call(u.get_upstream_round_robin, 'x'))
out('ups.up.self', call(first.get_name, 'x'))
