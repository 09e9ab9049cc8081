-- Output helpers of the oracle scripts util.lua and task.lua: results
-- printed one "<key> <value>" line each in the task dump format
-- (README.md). Userdata print as their text (rspamd{text}: text "...",
-- rspamd{url}: url "...") or their class.
local rspamd_util = require "rspamd_util"

local E = { out = {} }

function E.quote(s)
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

local function line(key, value)
  E.out[#E.out + 1] = key .. ' ' .. value
end

function E.emit(key, v)
  local tv = type(v)
  if tv == 'nil' or tv == 'boolean' then
    line(key, tostring(v))
  elseif tv == 'number' then
    if v == math.floor(v) and math.abs(v) < 2^53 then
      line(key, string.format('%d', v))
    else
      line(key, string.format('%.17g', v))
    end
  elseif tv == 'string' then
    line(key, E.quote(v))
  elseif tv == 'table' then
    local keys = sorted_keys(v)
    if #keys == 0 then line(key, '{}') end
    for _, k in ipairs(keys) do
      local sub = v[k]
      if sub == nil then sub = v[tonumber(k)] end
      E.emit(key .. '.' .. tostring(k), sub)
    end
  elseif tv == 'userdata' then
    local ok, s = pcall(function() return v:str() end)
    if ok then return line(key, 'text ' .. E.quote(s)) end
    ok, s = pcall(function() return v:get_text() end)
    if ok then return line(key, 'url ' .. E.quote(tostring(s))) end
    line(key, E.quote((tostring(v):gsub('%(0x%x+%)', ''))))
  else
    line(key, E.quote(tv))
  end
end

-- run(key, f, ...) prints every result of f(...) as key.1, key.2...,
-- "(none)" when there is none, or the error without its position.
function E.run(key, f, ...)
  local res = { pcall(f, ...) }
  if not res[1] then
    return line(key, '!error ' .. E.quote((tostring(res[2]):gsub('^[^:]*:%d+: ', ''))))
  end
  if #res == 1 then line(key, '(none)') end
  for i = 2, #res do E.emit(key .. '.' .. (i - 1), res[i]) end
end

-- m(obj, name, ...) is a function calling obj:name(...).
function E.m(obj, name, ...)
  local args = { ... }
  return function() return obj[name](obj, unpack(args)) end
end

function E.flush()
  io.write(table.concat(E.out, '\n'), '\n')
end

return E
