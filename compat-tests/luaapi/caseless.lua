-- Oracle script for rspamd_caseless_table: rspamadm lua caseless.lua; every
-- line it prints is "<key> <value>" (see regen.sh).

local ct = require "rspamd_caseless_table"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local function sorted_pairs(t)
  local r = {}
  for k, v in t:each() do r[#r + 1] = tostring(k) .. '=' .. show(v) end
  table.sort(r)
  return table.concat(r, ',')
end

local t = ct.from_table({ ['Content-Type'] = 'text/html', ['X-A'] = { 'a1', 'a2' }, [1] = 'skip',
  ['x-b'] = 3 })
out('from_table.len', #t)
out('from_table.tostring', tostring(t))
out('from_table.index', show(t['content-TYPE']))
out('from_table.multi', show(t['x-a']))
out('from_table.get_all.multi', show(t:get_all('X-a')))
out('from_table.get_all.single', show(t:get_all('CONTENT-type')))
out('from_table.get_all.none', show(t:get_all('none')))
out('from_table.get_all.number', call(t.get_all, t, 1))
out('from_table.numkey', show(t[1]))
out('from_table.each', sorted_pairs(t))
out('from_table.to_table.keys', (function()
  local r = {}
  for k in pairs(t:to_table()) do if k ~= 'x-b' and k ~= 'X-B' then r[#r + 1] = k end end
  table.sort(r)
  return table.concat(r, ',')
end)())
out('from_table.to_table.multi', show(t:to_table()['X-A']))
out('has_key.number', call(t.has_key, t, 1))
out('has_key.yes', call(t.has_key, t, 'x-A'))
out('index.method', type(t.each))
out('index.meta', show(t.__len))
out('index.class', show(t.class))
out('newindex.number', call(function() t[1] = 'x' end))
out('newindex.bool', call(function() t[true] = 'x' end))
t['CONTENT-TYPE'] = 'text/plain'
out('newindex.overwrite', show(t:to_table()['Content-Type']) .. ' ' .. #t)
t['none'] = nil
out('newindex.delete_missing', #t)
t['content-type'] = nil
out('newindex.delete', #t .. ' ' .. show(t['Content-Type']))
t['New'] = false
out('newindex.false', #t .. ' ' .. show(t['new']) .. ' ' .. show(t:has_key('NEW')))
out('create', call(function() return tostring(ct.create('x')) end))
out('from_table.nil', call(ct.from_table))
out('from_table.string', call(ct.from_table, 'x'))
out('method.bad_self', call(t.each, 'x'))
out('method.no_self', call(t.has_key))
out('pairs', call(function()
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end))
local big = ct.create()
big[string.rep('A', 300)] = 1
out('long', show(big[string.rep('a', 300)]) .. ' ' .. show(big:to_table()[string.rep('A', 300)]))
local utf = ct.create()
utf['ÄB'] = 1
out('nonascii', show(utf['äb']) .. ' ' .. show(utf['Äb']))
