-- Workloads of the Lua API benchmark (bench_test.go): each entry runs a
-- typical call n times. Loaded by the Go benchmark under our runtime, and
-- timed in the oracle by the runner bench_test.go writes.

local rspamd_regexp = require "rspamd_regexp"
local rspamd_trie = require "rspamd_trie"
local rspamd_ip = require "rspamd_ip"
local rspamd_mempool = require "rspamd_mempool"
local rspamd_expression = require "rspamd_expression"
local upstream_list = require "rspamd_upstream_list"
local cb = require "rspamd_cryptobox"
local cbhash = require "rspamd_cryptobox_hash"

local text = string.rep('The quick brown fox jumps over the lazy dog; foobar and FOOBAZ. ', 16)
local words = { 'quick', 'lazy', 'foobar', 'absent', 'dog' }

local W = {}

W.regexp_search = function(n)
  local re = rspamd_regexp.create_cached('/\\bfoo\\w*/i')
  for _ = 1, n do re:search(text) end
end

W.regexp_create_cached = function(n)
  for _ = 1, n do rspamd_regexp.create_cached('/^x-spam-[a-z]+$/i') end
end

W.trie_match = function(n)
  local t = rspamd_trie.create(words, rspamd_trie.flags.icase)
  for _ = 1, n do t:match(text) end
end

W.hash_blake2 = function(n)
  for _ = 1, n do cbhash.create(text):hex() end
end

W.hash_sha256 = function(n)
  for _ = 1, n do cbhash.create_specific('sha256', text):hex() end
end

W.fast_hash64 = function(n)
  for _ = 1, n do cb.fast_hash64(text) end
end

W.ip_parse = function(n)
  for _ = 1, n do rspamd_ip.from_string('192.168.1.1'):to_string() end
end

W.ip_octets = function(n)
  local ip = rspamd_ip.from_string('2001:db8::1')
  for _ = 1, n do ip:inversed_str_octets() end
end

W.mempool_vars = function(n)
  local pool = rspamd_mempool.create()
  for _ = 1, n do
    pool:set_variable('x', 1.5, 'str')
    pool:get_variable('x', 'double,string')
  end
  pool:destroy()
end

W.expr_process = function(n)
  local pool = rspamd_mempool.create()
  local vals = { A = 1, B = 0, C = 1 }
  local e = rspamd_expression.create('A & !B | C & (A + C > 1)', {
    function(s) return s:match('^%w+') end,
    function(atom, t) return t[atom] or 0 end,
  }, pool)
  for _ = 1, n do e:process(vals) end
  pool:destroy()
end

W.upstream_hash = function(n)
  local ups = upstream_list.create('127.0.0.1,127.0.0.2,127.0.0.3', 6379)
  for i = 1, n do ups:get_upstream_by_hash('key' .. (i % 100)) end
end

return W
