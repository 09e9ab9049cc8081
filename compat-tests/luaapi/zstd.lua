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

local function hcall(f, ...)
  local n, r = pack(pcall(f, ...))
  if not r[1] then return 'error: ' .. tostring(r[2]) end
  local parts = {}
  for i = 2, n do parts[#parts + 1] = hex(r[i]) end
  return '(' .. (n - 1) .. ') ' .. table.concat(parts, ' ')
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
