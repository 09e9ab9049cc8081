-- Runs every UCL golden case through the oracle's libucl (rspamd's Lua
-- "ucl" module) and writes the results. Invoked by gen.sh inside the
-- oracle chroot: rspamadm lua /tmp/uclgold/gen.lua
local ucl = require "ucl"

local base = '/tmp/uclgold'
local cases = base .. '/cases'

local function readall(path)
  local f = assert(io.open(path, 'rb'))
  local s = f:read('*a')
  f:close()
  return s
end

-- Paths inside outputs are replaced so that goldens do not depend on
-- where the cases live.
local function subst(s)
  if not s then return s end
  local r = s:gsub(cases:gsub('%p', '%%%0'), '@CASES@')
  return r
end

local function section(out, name, data)
  out:write(string.format('== %s %d\n', name, #data))
  out:write(data)
  out:write('\n')
end

-- Variables every parser gets (order matters: $AB must see A first).
local vars = {
  {'A', 'a-value'}, {'AB', 'ab-value'}, {'CONFDIR', '/etc/rspamd'},
  {'EMPTY', ''}, {'WITH_SPACE', 'x y'},
}

local function run(name, method, flags)
  local p = ucl.parser(flags)
  for _, v in ipairs(vars) do p:register_variable(v[1], v[2]) end
  local path = cases .. '/' .. name
  local ok, err = true, nil
  if method == 'file' then
    ok, err = p:parse_file(path)
  elseif method == 'multi' then
    local data = readall(path)
    for piece in (data .. '\n%%\n'):gmatch('(.-)\n%%%%\n') do
      ok, err = p:parse_string(piece)
      if not ok then break end
    end
  else
    local ptype = nil
    if method ~= 'string' then ptype = method end
    ok, err = p:parse_string(readall(path), ptype)
  end
  local out = assert(io.open(string.format('%s/out/%s.%s.%d', base, name, method, flags), 'wb'))
  section(out, 'result', ok and 'ok' or 'fail')
  if not ok then section(out, 'error', err and subst(err) or '(nil)') end
  local o = p:get_object_wrapped()
  if o then
    for _, f in ipairs({'json', 'json-compact', 'config', 'yaml'}) do
      section(out, f, subst(o:tostring(f)))
    end
    local m = ucl.to_format({o}, 'msgpack')
    section(out, 'msgpack', m:sub(2))
  end
  out:close()
end

for line in io.lines(base .. '/cases.txt') do
  if not line:match('^%s*#') and line:match('%S') then
    local words = {}
    for w in line:gmatch('%S+') do words[#words + 1] = w end
    for i = 3, #words do run(words[1], words[2], tonumber(words[i])) end
  end
end

-- The packaged configuration (prepared by gen.sh: Jinja expressions
-- replaced by their defaults, conftree/ overlaid) parsed as rspamd's loader
-- would before templating and section processing. gen.sh keeps only hashes.
local conf = base .. '/conf'
local f = io.open(conf .. '/rspamd.conf', 'rb')
if f then
  f:close()
  local p = ucl.parser(0)
  p:register_variable('CONFDIR', conf)
  p:register_variable('LOCAL_CONFDIR', conf)
  local ok, err = p:parse_file(conf .. '/rspamd.conf')
  local out = assert(io.open(base .. '/conftree/result', 'wb'))
  out:write(ok and 'ok' or ('fail: ' .. tostring(err)))
  out:close()
  local o = p:get_object_wrapped()
  if o then
    for _, fmt in ipairs({'json', 'json-compact', 'config', 'yaml'}) do
      out = assert(io.open(base .. '/conftree/' .. fmt, 'wb'))
      out:write(o:tostring(fmt))
      out:close()
    end
  end
end
