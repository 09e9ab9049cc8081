-- Output helpers of the oracle scripts util.lua and task.lua: results
-- printed one "<key> <value>" line each in the task dump format
-- (README.md, lib/dumpfmt.lua). Userdata print as their text
-- (rspamd{text}: text "...", rspamd{url}: url "...") or their class.
local F = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/dumpfmt.lua')

local quote = F.quote
local E = { m = F.method }
local line
line, E.flush = F.buffer()

local function object(v)
  if type(v) ~= 'userdata' then return quote(type(v)) end
  local ok, s = pcall(function() return v:str() end)
  if ok then return 'text ' .. quote(s) end
  ok, s = pcall(function() return v:get_text() end)
  if ok then return 'url ' .. quote(tostring(s)) end
  return quote((tostring(v):gsub('%(0x%x+%)', '')))
end

function E.emit(key, v)
  F.walk(key, v, line, object)
end

-- run(key, f, ...) prints every result of f(...) as key.1, key.2...,
-- "(none)" when there is none, or the error without its position.
function E.run(key, f, ...)
  local res = { pcall(f, ...) }
  if not res[1] then
    return line(key, '!error ' .. F.errmsg(res[2]))
  end
  if #res == 1 then line(key, '(none)') end
  for i = 2, #res do E.emit(key .. '.' .. (i - 1), res[i]) end
end

return E
