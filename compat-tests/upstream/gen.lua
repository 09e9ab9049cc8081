-- Upstream list golden generator: run inside the oracle chroot by gen.sh.
--
--   rspamadm lua -a <section> -a <inputs file> gen.lua
--
-- Sections:
--   parse  each input line "<default port> <definition>" (or "<default
--          port> table <def> <def> ..." for a table of definitions) through
--          rspamd_upstream_list.create(rspamd_config, ...): the upstreams
--          (name, port, first address) and the first round-robin picks
--   hash   each input line "<definition>": get_upstream_by_hash for the
--          keys of KEYS, as the index of the chosen upstream
--   ops    each input line "<definition> | <op> <op> ...": a sequence of
--          operations (rr, ms, hash:KEY, fail:I, ok:I, sleep:SECONDS,
--          addr:I) with the upstream chosen or the watcher events they
--          caused
--
-- Output is the "<key> <value>" format of compat-tests/taskdump.

local upstream_list = require "rspamd_upstream_list"
local rspamd_util = require "rspamd_util"

local section, fname = arg[1], arg[2]
if not section or not fname then
  io.stderr:write("usage: rspamadm lua -a <section> -a <inputs> gen.lua\n")
  os.exit(1)
end

local out = {}

local function quote(s)
  local r = s:gsub('[%z\1-\31\\"\127-\255]', function(c)
    if c == '\\' then return '\\\\' end
    if c == '"' then return '\\"' end
    if c == '\n' then return '\\n' end
    if c == '\t' then return '\\t' end
    return string.format('\\x%02X', c:byte())
  end)
  return '"' .. r .. '"'
end

local function value(v)
  if v == nil then return 'nil' end
  if type(v) == 'number' then return string.format('%d', v) end
  return quote(tostring(v))
end

local function emit(key, v)
  out[#out + 1] = key .. ' ' .. value(v)
end

local function addr_str(u)
  local a = u:get_addr()
  return a and a:to_string(true) or nil
end

-- index returns the position of the upstream named like u in the list.
local function index(ups, u)
  if not u then return 0 end
  for i, x in ipairs(ups:all_upstreams()) do
    if x:get_name() == u:get_name() and x:get_port() == u:get_port() then
      return i
    end
  end
  return -1
end

-- KEYS are the hash keys: k1..k1000, then some binary and long ones.
local KEYS = {}
for i = 1, 1000 do KEYS[#KEYS + 1] = 'k' .. i end
for i = 0, 255 do KEYS[#KEYS + 1] = string.char(i) end
for i = 1, 40 do KEYS[#KEYS + 1] = string.rep('x', i * 7) .. i end

local n = 0
for line in io.lines(fname) do
  if line ~= '' and line:sub(1, 1) ~= '#' then
    n = n + 1
    local k = 'case.' .. n
    emit(k .. '.input', line)
    if section == 'parse' then
      local port, def = line:match('^(%d+) (.*)$')
      if def:sub(1, 6) == 'table ' then
        local t = {}
        for d in def:sub(7):gmatch('%S+') do t[#t + 1] = d end
        def = t
      end
      local ups = upstream_list.create(rspamd_config, def, tonumber(port))
      if not ups then
        emit(k .. '.list', nil)
      else
        local all = ups:all_upstreams()
        emit(k .. '.count', #all)
        for i, u in ipairs(all) do
          emit(k .. '.up.' .. i .. '.name', u:get_name())
          emit(k .. '.up.' .. i .. '.port', u:get_port())
          emit(k .. '.up.' .. i .. '.addr', addr_str(u))
        end
        local picks = {}
        for _ = 1, 8 do picks[#picks + 1] = index(ups, ups:get_upstream_round_robin()) end
        emit(k .. '.rr', table.concat(picks, ' '))
      end
    elseif section == 'hash' then
      local ups = assert(upstream_list.create(rspamd_config, line, 11333))
      local picks = {}
      for i, key in ipairs(KEYS) do
        picks[#picks + 1] = index(ups, ups:get_upstream_by_hash(key))
        if i % 100 == 0 then
          emit(k .. '.hash.' .. (i / 100), table.concat(picks, ' '))
          picks = {}
        end
      end
      emit(k .. '.hash.' .. math.ceil(#KEYS / 100), table.concat(picks, ' '))
    elseif section == 'ops' then
      local def, ops = line:match('^(.-) | (.*)$')
      local ups = assert(upstream_list.create(rspamd_config, def, 11333))
      local events = {}
      -- One watcher per event: the table form of add_watcher does not
      -- work in rspamd 4.1.5 (it iterates over the callback).
      for _, what in ipairs({ 'success', 'failure', 'online', 'offline' }) do
        ups:add_watcher(what, function(ev, up, errors)
          events[#events + 1] = ev .. ':' .. index(ups, up) .. ':' .. errors
        end)
      end
      local all = ups:all_upstreams()
      local j = 0
      for op in ops:gmatch('%S+') do
        j = j + 1
        local verb, a = op:match('^(%w+):?(.*)$')
        local res
        events = {}
        if verb == 'rr' then
          res = index(ups, ups:get_upstream_round_robin())
        elseif verb == 'ms' then
          res = index(ups, ups:get_upstream_master_slave())
        elseif verb == 'hash' then
          res = index(ups, ups:get_upstream_by_hash(a))
        elseif verb == 'fail' then
          all[tonumber(a)]:fail()
        elseif verb == 'failaddr' then
          all[tonumber(a)]:fail(true, 'test')
        elseif verb == 'ok' then
          all[tonumber(a)]:ok()
        elseif verb == 'addr' then
          res = addr_str(all[tonumber(a)])
        elseif verb == 'sleep' then
          os.execute('sleep ' .. a)
        end
        emit(k .. '.op.' .. j, op)
        if res ~= nil then emit(k .. '.op.' .. j .. '.res', res) end
        if #events > 0 then emit(k .. '.op.' .. j .. '.events', table.concat(events, ' ')) end
      end
    end
  end
end

io.write(table.concat(out, '\n'), '\n')
