-- Throughput of the oracle on the URL and HTML workloads of bench_test.go:
--   rspamadm lua -a <inputs dir> bench.lua
-- (with compat-tests/lib/ at ../lib/ from its directory, as bench_test.go
-- lays it out in the oracle's chroot)
-- prints "<workload> <CPU ns per pass over all its inputs>" (CPU time, so
-- that the load of a shared machine disturbs the ratio less).
local rspamd_url = require "rspamd_url"
local rspamd_mempool = require "rspamd_mempool"

local dir = arg[1]
rspamd_url.init('/usr/share/publicsuffix/effective_tld_names.dat')

local unescape = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/dumpfmt.lua').unescape

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
