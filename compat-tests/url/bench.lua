-- Throughput of the oracle on the URL and HTML workloads of bench_test.go:
--   rspamadm lua -a <inputs dir> bench.lua
-- prints "<workload> <CPU ns per pass over all its inputs>" (CPU time, so
-- that the load of a shared machine disturbs the ratio less).
local rspamd_url = require "rspamd_url"
local rspamd_mempool = require "rspamd_mempool"

local dir = arg[1]
rspamd_url.init('/usr/share/publicsuffix/effective_tld_names.dat')

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

local function unescape(s)
  s = s:gsub('\\u{(%x+)}', function(h) return utf8(tonumber(h, 16)) end)
  s = s:gsub('\\x(%x%x)', function(h) return string.char(tonumber(h, 16)) end)
  return (s:gsub('\\n', '\n'):gsub('\\r', '\r'):gsub('\\t', '\t'):gsub('\\\\', '\\'))
end

local function load(name)
  local res = {}
  for line in io.lines(dir .. '/' .. name) do
    if line ~= '' and line:sub(1, 1) ~= '#' then res[#res + 1] = unescape(line) end
  end
  return res
end

local rspamd_util = require "rspamd_util"

local function bench(name, inputs, f)
  local passes = 0
  local start = os.clock()
  local now = start
  while now - start < 2.0 do
    local pool = rspamd_mempool.create()
    for _, s in ipairs(inputs) do f(pool, s) end
    pool:destroy()
    passes = passes + 1
    now = os.clock()
  end
  print(string.format('%s %d', name, math.floor((now - start) * 1e9 / passes)))
end

local urls, texts, htmls = load('urls.txt'), load('texts.txt'), load('html.txt')
bench('create', urls, function(pool, s) rspamd_url.create(pool, s) end)
bench('all', texts, function(pool, s) rspamd_url.all(pool, s) end)
bench('parse_html', htmls, function(_, s) rspamd_util.parse_html(s) end)
