-- Output helpers of this directory's oracle scripts (ip.lua, mempool.lua,
-- cryptobox.lua, misc.lua): local h = dofile('helpers.lua')

local h = {}

-- out prints one "<key> <value>" line at once, so that it keeps its place
-- among the log messages when standard output and error are one file.
function h.out(k, v)
  io.stdout:write(k, ' ', v, '\n')
  io.stdout:flush()
end

-- show renders a value: strings quoted, numbers with 17 digits, tables as
-- their sorted keys and values, userdata without addresses.
function h.show(v)
  if type(v) == 'table' then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = tostring(k) .. '=' .. h.show(v[k]) end
    return '{' .. table.concat(parts, ',') .. '}'
  elseif type(v) == 'string' then
    return string.format('%q', v)
  elseif type(v) == 'number' then
    return string.format('%.17g', v)
  elseif type(v) == 'userdata' then
    return (tostring(v):gsub('%(%x+%)$', '(ptr)'):gsub('0x%x+', 'ptr'))
  end
  return tostring(v)
end

local function pack(...)
  return select('#', ...), { ... }
end

-- call runs f protected: "(n) results" or "error: message".
function h.call(f, ...)
  local n, r = pack(pcall(f, ...))
  if not r[1] then
    return 'error: ' .. tostring(r[2])
  end
  local parts = {}
  for i = 2, n do parts[#parts + 1] = h.show(r[i]) end
  return '(' .. (n - 1) .. ') ' .. table.concat(parts, ' ')
end

return h
