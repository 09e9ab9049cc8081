-- The "<key> <value>" dump format of compat-tests/taskdump (README.md
-- there), shared by the oracle scripts that print it (taskdump/dump.lua,
-- taskdump/emit.lua, mimeparsers/parsers.lua, expr/gen.lua), and the
-- escapes of their inputs files (expr/gen.lua, url/bench.lua). A script
-- loads it from its own directory's sibling lib/, which the regenerate
-- scripts copy next to it in the oracle chroot (lib/oracle_lua.sh):
--
--   local F = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/dumpfmt.lua')
local rspamd_util = require "rspamd_util"

local F = {}

-- quote renders a string as "..." with \\ \" \n \r \t and \xHH escapes
-- for control bytes, DEL and, when s is not valid UTF-8, every byte >= 0x80.
function F.quote(s)
  local valid = rspamd_util.is_valid_utf8(s)
  local r = s:gsub('[%z\1-\31\\"\127-\255]', function(c)
    local b = c:byte()
    if c == '\\' then return '\\\\' end
    if c == '"' then return '\\"' end
    if c == '\n' then return '\\n' end
    if c == '\r' then return '\\r' end
    if c == '\t' then return '\\t' end
    if b < 32 or b == 127 or (b >= 128 and not valid) then
      return string.format('\\x%02X', b)
    end
    return c
  end)
  return '"' .. r .. '"'
end

-- number renders integers below 2^53 with %d, nan and the infinities by
-- name, other numbers with %.17g.
function F.number(v)
  if v ~= v then return 'nan' end
  if v == math.huge then return 'inf' end
  if v == -math.huge then return '-inf' end
  if v == math.floor(v) and math.abs(v) < 2^53 then
    return string.format('%d', v)
  end
  return string.format('%.17g', v)
end

-- value renders a scalar: nil and booleans by name, numbers, and anything
-- else as its quoted tostring.
function F.value(v)
  local tv = type(v)
  if tv == 'nil' or tv == 'boolean' then return tostring(v) end
  if tv == 'number' then return F.number(v) end
  return F.quote(tostring(v))
end

-- errmsg quotes an error without its "file:line: " prefix, so that dumps
-- do not depend on where the script was run from.
function F.errmsg(e)
  return F.quote((tostring(e):gsub('^[^:]*:%d+: ', '')))
end

-- sorted_keys returns the keys of t: numbers in order, then the others
-- as strings in order.
local function sorted_keys(t)
  local nums, strs = {}, {}
  for k in pairs(t) do
    if type(k) == 'number' then nums[#nums + 1] = k else strs[#strs + 1] = tostring(k) end
  end
  table.sort(nums)
  table.sort(strs)
  local res = {}
  for _, k in ipairs(nums) do res[#res + 1] = k end
  for _, k in ipairs(strs) do res[#res + 1] = k end
  return res
end

-- walk calls line(key, text) for v: once for a scalar, for every element
-- of a table under key.<element key> (recursively; "{}" for an empty
-- one). Userdata, functions and threads are rendered by other(v).
function F.walk(key, v, line, other)
  local tv = type(v)
  if tv == 'table' then
    local keys = sorted_keys(v)
    if #keys == 0 then line(key, '{}') end
    for _, k in ipairs(keys) do
      local sub = v[k]
      if sub == nil then sub = v[tonumber(k)] end
      F.walk(key .. '.' .. tostring(k), sub, line, other)
    end
  elseif tv == 'nil' or tv == 'boolean' or tv == 'number' or tv == 'string' then
    line(key, F.value(v))
  else
    line(key, other(v))
  end
end

-- text returns the string of an rspamd{text} (nil for other values).
function F.text(v)
  local ok, s = pcall(function() return v:str() end)
  if ok and type(s) == 'string' then return s end
  return nil
end

-- utf8 encodes a code point.
local function utf8(cp)
  if cp < 0x80 then return string.char(cp) end
  if cp < 0x800 then
    return string.char(0xC0 + math.floor(cp / 0x40), 0x80 + cp % 0x40)
  end
  if cp < 0x10000 then
    return string.char(0xE0 + math.floor(cp / 0x1000),
      0x80 + math.floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
  end
  return string.char(0xF0 + math.floor(cp / 0x40000),
    0x80 + math.floor(cp / 0x1000) % 0x40,
    0x80 + math.floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
end

-- unescape reads a line of an inputs file: \n \r \t \\ \xHH and \u{H...}
-- (a code point in UTF-8) are escapes, other backslashes stand for
-- themselves.
function F.unescape(s)
  local res, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    if c == '\\' and i < #s then
      local n = s:sub(i + 1, i + 1)
      if n == 'n' then res[#res + 1] = '\n'; i = i + 2
      elseif n == 'r' then res[#res + 1] = '\r'; i = i + 2
      elseif n == 't' then res[#res + 1] = '\t'; i = i + 2
      elseif n == '\\' then res[#res + 1] = '\\'; i = i + 2
      elseif n == 'x' then
        res[#res + 1] = string.char(tonumber(s:sub(i + 2, i + 3), 16)); i = i + 4
      elseif n == 'u' then
        local close = s:find('}', i + 3, true)
        res[#res + 1] = utf8(tonumber(s:sub(i + 3, close - 1), 16)); i = close + 1
      else
        res[#res + 1] = c; i = i + 1
      end
    else
      res[#res + 1] = c; i = i + 1
    end
  end
  return table.concat(res)
end

-- method returns a function calling obj:name(...).
function F.method(obj, name, ...)
  local args = { ... }
  return function() return obj[name](obj, unpack(args)) end
end

-- buffer returns a line function collecting "<key> <text>" lines and a
-- flush function writing them, one per line.
function F.buffer()
  local out = {}
  return function(key, text)
    out[#out + 1] = key .. ' ' .. text
  end, function()
    io.write(table.concat(out, '\n'), '\n')
  end
end

return F
