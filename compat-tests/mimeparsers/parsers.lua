-- Parser goldens: runs one of rspamd's small MIME parsers over a list of
-- inputs and prints the results in the task dump format
-- (../taskdump/README.md).
--
-- Usage (inside the oracle chroot):
--   rspamadm lua -a <topic> -a <cases file> parsers.lua
--
-- Topics: addr (rspamd_parsers.parse_mail_address), ctype
-- (rspamd_parsers.parse_content_type), date (rspamd_parsers.parse_smtp_date),
-- qp (rspamd_util.decode_qp). The cases file holds one quoted string per line
-- (same quoting as the output); lines starting with # are comments. Case N
-- prints "N.in <input>" then its result under "N.out".

local rspamd_util = require "rspamd_util"
local rspamd_parsers = require "rspamd_parsers"
local rspamd_mempool = require "rspamd_mempool"

local topic, cases = arg[1], arg[2]
if not topic or not cases then
  io.stderr:write("usage: rspamadm lua -a <topic> -a <cases> parsers.lua\n")
  os.exit(1)
end

local function quote(s)
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

local unesc = { n = '\n', r = '\r', t = '\t', ['\\'] = '\\', ['"'] = '"' }
local function unquote(q)
  local body = q:match('^"(.*)"$')
  if not body then error('bad case line: ' .. q) end
  local res, i = {}, 1
  while i <= #body do
    local c = body:sub(i, i)
    if c ~= '\\' then
      res[#res + 1] = c
      i = i + 1
    else
      local e = body:sub(i + 1, i + 1)
      if e == 'x' then
        res[#res + 1] = string.char(tonumber(body:sub(i + 2, i + 3), 16))
        i = i + 4
      else
        res[#res + 1] = unesc[e] or error('bad escape \\' .. e)
        i = i + 2
      end
    end
  end
  return table.concat(res)
end

local function fmt_number(v)
  if v ~= v then return 'nan' end
  if v == math.huge then return 'inf' end
  if v == -math.huge then return '-inf' end
  if v == math.floor(v) and math.abs(v) < 2^53 then
    return string.format('%d', v)
  end
  return string.format('%.17g', v)
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

local function emit(key, v)
  local tv = type(v)
  if tv == 'nil' then
    print(key .. ' nil')
  elseif tv == 'boolean' then
    print(key .. ' ' .. tostring(v))
  elseif tv == 'number' then
    print(key .. ' ' .. fmt_number(v))
  elseif tv == 'string' then
    print(key .. ' ' .. quote(v))
  elseif tv == 'table' then
    local keys = sorted_keys(v)
    if #keys == 0 then print(key .. ' {}') end
    for _, k in ipairs(keys) do
      local sub = v[k]
      if sub == nil then sub = v[tonumber(k)] end
      emit(key .. '.' .. tostring(k), sub)
    end
  elseif tv == 'userdata' then
    local ok, s = pcall(function() return v:str() end)
    print(key .. ' ' .. quote(ok and s or tostring(v)))
  else
    print(key .. ' ' .. quote(tostring(v)))
  end
end

local pool = rspamd_mempool.create()
local run = {
  addr = function(s) return rspamd_parsers.parse_mail_address(s) end,
  ctype = function(s) return rspamd_parsers.parse_content_type(s, pool) end,
  date = function(s)
    local t, err = rspamd_parsers.parse_smtp_date(s)
    if t == nil then return { err = err } end
    return t
  end,
  qp = function(s) return rspamd_util.decode_qp(s) end,
}
local f = run[topic]
if not f then
  io.stderr:write("unknown topic " .. topic .. "\n")
  os.exit(1)
end

local n = 0
for line in io.lines(cases) do
  if line ~= '' and line:sub(1, 1) ~= '#' then
    n = n + 1
    local input = unquote(line)
    print(n .. '.in ' .. quote(input))
    local ok, res = pcall(f, input)
    if ok then
      emit(n .. '.out', res)
    else
      print(n .. '.out !error ' .. quote((tostring(res):gsub('^[^:]*:%d+: ', ''))))
    end
  end
end
