-- Oracle script for the container conversions of wrapped UCL objects
-- (lua_ucl's __newindex): rspamadm lua uclconv.lua; every line it prints
-- is "<key> <value>" (see regen.sh).

local ucl = require "ucl"

local h = dofile('helpers.lua')
local out, call = h.out, h.call

local function emit(o, how)
  return (tostring(ucl.to_format(o:unwrap(), how or 'json-compact')):gsub('\n', '|'))
end

local reply = ucl.parser()
reply:parse_string('{}')
local r = reply:get_object_wrapped()
r.t = {}
out('empty.type', r.t:type())
r.t.test = 'test'
out('arr2obj.type', r.t:type() .. ' ' .. r.t.test:unwrap() .. ' ' .. #r.t)
out('arr2obj.emit', emit(r))

r.a = { 1, 2 }
out('full.type', r.a:type() .. ' ' .. #r.a)
r.a.k = 'v'
out('full2obj', r.a:type() .. ' ' .. #r.a .. ' ' .. emit(r.a))
out('full2obj.msgpack', #tostring(ucl.to_format(r.a:unwrap(), 'msgpack')))

r.o = { x = 1 }
r.o.x = nil
out('used.obj', call(function() r.o[1] = 'a' end) .. ' ' .. r.o:type())

-- an object from a table without string keys never held a key
r.e = { [true] = 1 }
out('obj.empty.type', r.e:type())
r.e[1] = 'first'
out('obj2arr', r.e:type() .. ' ' .. #r.e .. ' ' .. emit(r.e))
r.e[2] = 'second'
out('obj2arr.append', emit(r.e))
out('obj2arr.bad', call(function() r.e[5] = 'x' end))
r.f = { [true] = 1 }
out('obj.idx2', call(function() r.f[2] = 'x' end) .. ' ' .. r.f:type())
out('obj.badval', call(function() r.f[1] = function() end end) .. ' ' .. r.f:type())
r.g = { [1.5] = 1 }
out('obj.numkey', call(function() r.g[1] = 'x' end) .. ' ' .. r.g:type())

-- an object the parser made
local p = ucl.parser()
p:parse_string('e {}')
local w = p:get_object_wrapped()
out('parsed.obj', call(function() w.e[1] = 'x' end) .. ' ' .. w.e:type())

local p3 = ucl.parser()
p3:parse_string('a []')
local w3 = p3:get_object_wrapped()
out('arr.badval', call(function() w3.a.k = function() end end) .. ' ' .. w3.a:type())
out('arr.boolkey', call(function() w3.a[true] = 1 end))
out('scalar', call(function() w3.a.k = 1; w3.a.k.x = 1 end))
