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

local F = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/dumpfmt.lua')
local quote = F.quote

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

local function line(key, text)
  print(key .. ' ' .. text)
end

local function object(v)
  return quote(F.text(v) or tostring(v))
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
for l in io.lines(cases) do
  if l ~= '' and l:sub(1, 1) ~= '#' then
    n = n + 1
    local input = unquote(l)
    line(n .. '.in', quote(input))
    local ok, res = pcall(f, input)
    if ok then
      F.walk(n .. '.out', res, line, object)
    else
      line(n .. '.out', '!error ' .. F.errmsg(res))
    end
  end
end
