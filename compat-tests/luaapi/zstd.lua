-- Oracle script for rspamd_zstd's streaming contexts: rspamadm lua
-- zstd.lua; every line it prints is "<key> <value>" (see regen.sh).

local rspamd_zstd = require "rspamd_zstd"
local rspamd_util = require "rspamd_util"
local rspamd_text = require "rspamd_text"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local function hex(t)
  if type(t) == 'userdata' then return 'text:' .. tostring(rspamd_util.encode_base32(t:str())) end
  return show(t)
end

local function pack(...)
  return select('#', ...), { ... }
end

-- rcall runs f protected: "(n) results" rendered with render, or
-- "error: message".
local function rcall(render, f, ...)
  local n, r = pack(pcall(f, ...))
  if not r[1] then return 'error: ' .. tostring(r[2]) end
  local parts = {}
  for i = 2, n do parts[#parts + 1] = render(r[i]) end
  return '(' .. (n - 1) .. ') ' .. table.concat(parts, ' ')
end

local function hcall(f, ...)
  return rcall(hex, f, ...)
end

local c = rspamd_zstd.compress_ctx()
out('ctx.tostring', (show(c):gsub('%(.*', '')))
out('c.continue', hcall(c.stream, c, 'hello'))
out('c.flush', hcall(c.stream, c, ' world', 'flush'))
out('c.end', hcall(c.stream, c, '!', 'end'))
out('c.again', hcall(c.stream, c, 'second frame', 'end'))
out('c.empty.end', hcall(c.stream, c, '', 'end'))
out('c.text', hcall(c.stream, c, rspamd_text.fromstring('txt'), 'end'))
out('c.badop', hcall(c.stream, c, 'x', 'finish'))
out('c.numop', hcall(c.stream, c, 'x', 1))
out('c.tableop', hcall(c.stream, c, 'x', {}))
out('c.boolop', hcall(c.stream, c, 'x', true))
out('c.nilop', hcall(c.stream, c, 'x', nil))
out('c.endafter', hcall(c.stream, c, 'x', 'end'))
out('c.nodata', hcall(c.stream, c))
out('c.number', hcall(c.stream, c, 12, 'end'))
out('c.badself', hcall(c.stream, rspamd_zstd.decompress_ctx(), 'x'))

local big = string.rep('abcdefghij', 30000)
local c2 = rspamd_zstd.compress_ctx()
local frame = c2:stream(big, 'end')
out('big.frame', frame:len())
local d = rspamd_zstd.decompress_ctx()
local dec = d:stream(frame)
out('big.dec', dec:len() .. ' ' .. tostring(dec == rspamd_text.fromstring(big)))

local d2 = rspamd_zstd.decompress_ctx()
local f = rspamd_zstd.compress_ctx():stream('payload', 'end')
out('d.ok', hcall(d2.stream, d2, f))
out('d.empty', hcall(d2.stream, d2, ''))
out('d.garbage', hcall(d2.stream, rspamd_zstd.decompress_ctx(), 'not a zstd frame at all'))
out('d.util', hcall(d2.stream, d2, rspamd_util.zstd_compress('util frame')))
out('d.twoframes', hcall(d2.stream, rspamd_zstd.decompress_ctx(), f .. f))
out('d.nodata', hcall(d2.stream, d2))
out('d.badself', hcall(d2.stream, c, f))

-- rspamd_util.zstd_compress / zstd_decompress: results as type, length
-- and a hash of the bytes; texts digested, strings shown. The "u.c."
-- frames are libzstd's output, which may differ between its versions
-- (the golden is the oracle's libzstd 1.5.7). Not here: a frame header
-- declaring a content size malloc refuses, on which the oracle aborts
-- in g_malloc.
local cbhash = require "rspamd_cryptobox_hash"

local function digest(v)
  if type(v) == 'userdata' then
    return 'text#' .. v:len() .. ':' .. cbhash.create(v):hex():sub(1, 16)
  end
  return show(v)
end

local function dcall(f, ...)
  return rcall(digest, f, ...)
end

-- a fixed LCG, so that the "random" input is the same everywhere
local seed = 12345
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return math.floor(seed / 65536) % n
end
local words = {}
for i = 1, 64 do
  local w = {}
  for j = 1, 2 + rand(8) do w[j] = string.char(97 + rand(26)) end
  words[i] = table.concat(w)
end
local parts, size = {}, 0
while size < 1048576 do
  local p = rand(8) == 0 and string.char(rand(256), rand(256), rand(256)) or words[1 + rand(64)]
  parts[#parts + 1] = p
  size = size + #p + 1
end
local inputs = {
  { 'empty', '' },
  { 'short', 'hello' },
  { 'rep100k', string.rep('0123456789abcdefghijklmnopqrstuvwxyz', 2845) },
  { 'prng1m', table.concat(parts, ' '):sub(1, 1048576) },
}
inputs[5] = { 'text', rspamd_text.fromstring(inputs[3][2]) }
local levels = { { 'default' }, { '1', 1 }, { '3', 3 }, { '19', 19 }, { '-5', -5 }, { '0', 0 },
  { '22', 22 }, { '100', 100 }, { '-200000', -200000 }, { '2.7', 2.7 }, { 'str3', '3' },
  { 'bool', true }, { 'table', {} }, { 'nil', nil } }
local frames = {}
for _, inp in ipairs(inputs) do
  for _, lv in ipairs(levels) do
    local key = 'u.c.' .. inp[1] .. '.' .. lv[1]
    if inp[1] ~= 'prng1m' or lv[1] == 'default' or lv[1] == '1' or lv[1] == '3' or lv[1] == '19' or lv[1] == '-5' then
      local ok, z = pcall(rspamd_util.zstd_compress, inp[2], lv[2])
      out(key, dcall(function() return z end))
      if ok and z then
        local _, back = rspamd_util.zstd_decompress(z)
        out(key .. '.back', tostring(back == (type(inp[2]) == 'string' and rspamd_text.fromstring(inp[2]) or inp[2])))
        frames[inp[1] .. '.' .. lv[1]] = z
      end
    end
  end
end
out('u.c.nil', dcall(rspamd_util.zstd_compress, nil))
out('u.c.number', dcall(rspamd_util.zstd_compress, 12))
out('u.c.table', dcall(rspamd_util.zstd_compress, {}))
out('u.c.noargs', dcall(rspamd_util.zstd_compress))

local good = frames['prng1m.default']:str()
local small = frames['rep100k.3']:str()
local streamed = rspamd_zstd.compress_ctx():stream(inputs[4][2], 'end'):str()
local function flip(s, pos)
  return s:sub(1, pos - 1) .. string.char((s:byte(pos) + 0x55) % 256) .. s:sub(pos + 1)
end
local dcases = {
  { 'good', good },
  { 'goodtext', rspamd_text.fromstring(good) },
  { 'small', small },
  { 'empty', '' },
  { 'emptyframe', frames['empty.default'] },
  { 'cut1', good:sub(1, #good - 1) },
  { 'cut3', good:sub(1, #good - 3) },
  { 'half', good:sub(1, math.floor(#good / 2)) },
  { 'smallhalf', small:sub(1, math.floor(#small / 2)) },
  { 'header', good:sub(1, 6) },
  { 'magic', good:sub(1, 4) },
  { 'onebyte', good:sub(1, 1) },
  { 'corrupt', flip(good, math.floor(#good / 2)) },
  { 'corruptsize', flip(small, 6) },
  { 'notzstd', 'not zstd at all' },
  { 'gzip', rspamd_util.gzip_compress('payload'):str() },
  { 'twoframes', small .. small },
  { 'trailing', small .. 'garbage' },
  { 'skippable', '\80\42\77\24\4\0\0\0abcd' .. small },
  { 'streamed', streamed },
  { 'streamedcut', streamed:sub(1, #streamed - 5) },
  { 'streamedsmall', rspamd_zstd.compress_ctx():stream('tiny', 'end'):str() },
  { 'number', 12 },
  { 'nil', nil },
  { 'table', {} },
}
for _, dc in ipairs(dcases) do
  out('u.d.' .. dc[1], dcall(rspamd_util.zstd_decompress, dc[2]))
end
