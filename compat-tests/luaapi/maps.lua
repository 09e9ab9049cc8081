-- Oracle script for rspamd{map}, the map methods of rspamd{config} and
-- lualib's lua_maps, beyond compat-tests/maps/gen.lua (which covers map
-- syntaxes and sources): argument checks, get_key's argument types,
-- foreach's early stop, callback maps with opaque data, signed maps,
-- get_maps, and lua_maps' map_add_from_ucl, map_add, fill_config_maps and
-- rspamd_maybe_check_map. rspamadm lua maps.lua 2>&1 (see regen.sh);
-- every line it prints is "<key> <value>", log messages come in between.
--
-- rspamadm runs no map watchers: preload() reads the maps as a starting
-- daemon does (rspamd_map_preload, reached through the FFI in the oracle;
-- compat-tests/luaapi/maps_test.go provides LUAAPI_MAPS_PRELOAD and the
-- directory for the map files, LUAAPI_MAPS_DIR, when it runs this script).

local rspamd_ip = require "rspamd_ip"
local rspamd_text = require "rspamd_text"
local rspamd_util = require "rspamd_util"
local lua_maps = require "lua_maps"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local dir = LUAAPI_MAPS_DIR or '/tmp/gorspamd-luaapi'

local preload = LUAAPI_MAPS_PRELOAD
if not preload then
  local ffi = require "ffi"
  ffi.cdef [[ void rspamd_map_preload(void *cfg); ]]
  local srv = ffi.load('/usr/lib/rspamd/librspamd-server.so')
  preload = function()
    srv.rspamd_map_preload(ffi.cast('void**', rspamd_config)[0])
  end
end

local function write(name, data)
  local f = assert(io.open(dir .. '/' .. name, 'wb'))
  f:write(data)
  f:close()
  return dir .. '/' .. name
end

-- all returns every result of a call, shown
local function all(...)
  local parts = {}
  for i = 1, select('#', ...) do
    parts[#parts + 1] = show((select(i, ...)))
  end
  return '(' .. select('#', ...) .. ') ' .. table.concat(parts, ' ')
end

local function sorted_stats(m)
  local st = m:get_stats()
  local keys = {}
  for k in pairs(st) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. '=' .. st[k] end
  return table.concat(parts, ',')
end

local function elements(m, is_text)
  local parts = {}
  m:foreach(function(k, v)
    parts[#parts + 1] = show(k) .. '=' .. show(v)
  end, is_text)
  return table.concat(parts, ' ')
end

local hash_file = write('hash.txt', 'foo\nBar baz\n# comment\nqux 1 2\n"quoted key" v\n')
local set_file = write('set.txt', 'alpha\nbeta gamma\n')
local radix_file = write('radix.txt', '10.0.0.0/8 ten\n192.168.1.1\n::1 lo6\n2001:db8::/32 doc\n')
local re_file = write('re.txt', '/^foo/i first\n/bar$/ second\n/o+/ third\n')
local glob_file = write('glob.txt', '*.example.com ex\nfoo?.org q\n*.com com\n')
local cb_file = write('cb.txt', 'line1 v1\n# c\nline2\n')
local signed_file = write('signed.txt', 'signed1\nsigned2 v\n')
write('signed.txt.sig', tostring(rspamd_util.decode_base64(
    'kSnV5Jfzk0jgmHMuVarvnSjCfz+N+Ez+5jmJmxbjdQPRb6W3Qgs4YVmwYxrqsUE0P+iUrN7ITA6rfMJzvaQ6AA==')))
local signed_key = 'f4ig917xqc5wun1i9qbsfgxp46xb7abmg4e5p46tj8dzjdwiidnb'
local other_key = '1dybxrstexm7jebyktiw7pw5zhc3muxci8ycsd6qpx1f9w6abb7y'

---------------------------------------------------------------- adding maps
local events = {}
local function event(s)
  events[#events + 1] = s
end

local hash = rspamd_config:add_map { type = 'hash', url = hash_file, description = 'hash map' }
local map_t = rspamd_config:add_map { type = 'map', url = hash_file }
local set = rspamd_config:add_map { type = 'set', url = set_file, description = 'set map' }
local radix = rspamd_config:add_map { type = 'radix', url = radix_file }
local re = rspamd_config:add_map { type = 'regexp', url = re_file }
local re_multi = rspamd_config:add_map { type = 'regexp_multi', url = re_file }
local glob = rspamd_config:add_map { type = 'glob', url = glob_file }
local glob_multi = rspamd_config:add_map { type = 'glob_multi', url = glob_file }
local two = rspamd_config:add_map { type = 'set', url = { set_file, 'file://' .. hash_file } }
local static = rspamd_config:add_map { type = 'hash', url = { url = 'static', data = { 's1 v1', 's2' } } }
local cb_whole = rspamd_config:add_map { url = cb_file, callback = function(data, m)
  event('whole ' .. show(data) .. ' ' .. show(m))
end }
local cb_lines = rspamd_config:add_map { type = 'callback', url = cb_file, by_line = true, opaque_data = true,
  callback = function(k, v, m)
    event('line ' .. show(k) .. ' ' .. show(tostring(k)) .. ' ' .. show(tostring(v)) .. ' ' .. show(m))
  end }
local cb_opaque = rspamd_config:add_map { type = 'callback', url = cb_file, opaque_data = true,
  callback = function(data)
    event('opaque ' .. show(data) .. ' ' .. show(tostring(data)))
  end }
local cb_error = rspamd_config:add_map { url = cb_file, callback = function()
  error('callback failure')
end }
local line_radix = rspamd_config:add_radix_map(radix_file, 'line radix')
local line_set = rspamd_config:add_hash_map(set_file)
local line_kv = rspamd_config:add_kv_map('file://' .. hash_file, 'kv')
local ucl_radix = rspamd_config:radix_from_ucl({ '1.2.3.4', '5.6.0.0/16 v' }, 'ucl radix')
local ucl_radix_str = rspamd_config:radix_from_ucl('7.7.7.7')
local signed = rspamd_config:add_map { type = 'set', url = 'sign+key=' .. signed_key .. '+file://' .. signed_file }
local signed_bad = rspamd_config:add_map { type = 'set', url = 'sign+key=' .. other_key .. '+' .. signed_file }
local signed_later = rspamd_config:add_map { type = 'set', url = 'sign+' .. signed_file }

out('add.tostring', show(hash))
out('add.nil_results', show(map_t == nil) .. ' ' .. show(glob_multi == nil) .. ' ' .. show(ucl_radix_str == nil))

out('add.err.noargs', call(rspamd_config.add_map, rspamd_config))
out('add.err.notable', call(rspamd_config.add_map, rspamd_config, 'x'))
out('add.err.notype', call(rspamd_config.add_map, rspamd_config, { url = set_file }))
out('add.err.badtype', call(rspamd_config.add_map, rspamd_config, { type = 'nope', url = set_file }))
out('add.err.desc_type', call(rspamd_config.add_map, rspamd_config, { type = 'set', url = set_file, description = {} }))
out('add.err.cb_type', call(rspamd_config.add_map, rspamd_config, { type = 'callback', url = set_file, callback = 1 }))
out('add.bad_url', call(rspamd_config.add_map, rspamd_config, { type = 'set', url = 'bogus' }))
out('add.number_url', call(rspamd_config.add_map, rspamd_config, { type = 'set', url = 42 }))
out('add.missing_file', call(function()
  return rspamd_config:add_map { type = 'set', url = dir .. '/missing.txt' }:get_uri()
end))
out('add.cb_bad_url', call(rspamd_config.add_map, rspamd_config, { url = 'bogus', callback = function() end }))
out('add.not_config', call(rspamd_config.add_map, {}, { type = 'set', url = set_file }))
out('radix_map.noarg', call(rspamd_config.add_radix_map, rspamd_config))
out('radix_map.bad', call(rspamd_config.add_radix_map, rspamd_config, 'bogus', 'bad radix'))
out('hash_map.bad', call(rspamd_config.add_hash_map, rspamd_config, 'bogus'))
out('kv_map.bad', call(rspamd_config.add_kv_map, rspamd_config, 'bogus', 12))
out('radix_from_config.missing', call(rspamd_config.radix_from_config, rspamd_config, 'options', 'local_addrs'))
out('radix_from_config.noarg', call(rspamd_config.radix_from_config, rspamd_config, 'options'))
out('radix_from_ucl.nil', call(rspamd_config.radix_from_ucl, rspamd_config))
out('radix_from_ucl.empty', call(function() return rspamd_config:radix_from_ucl({}):get_uri() end))
out('radix_from_ucl.number', call(function() return rspamd_config:radix_from_ucl(5):get_uri() end))

---------------------------------------------------------------- before loading
out('before.get_key', show(hash:get_key('foo')) .. ' ' .. show(set:get_key('alpha')) .. ' ' ..
    show(radix:get_key('10.0.0.1')) .. ' ' .. show(re:get_key('foo')) .. ' ' .. show(re_multi:get_key('foo')))
out('before.nelts', hash:get_nelts() .. ' ' .. radix:get_nelts())
out('before.digest', hash:get_data_digest())
out('before.foreach', elements(hash))
out('before.stats', sorted_stats(hash))

hash:on_load(function() event('on_load hash') end)
set:on_load(function() event('on_load set') end)
set:on_load(function() event('on_load set 2') end)
radix:on_load(function() error('on_load failure') end)

preload()
for i, e in ipairs(events) do
  out('preload.event' .. i, e)
end
events = {}

---------------------------------------------------------------- get_key
local hash_keys = { 'foo', 'FOO', 'bar', 'qux', 'quoted key', 'alpha', 's1', 'missing', '' }
for _, m in ipairs({ { 'hash', hash }, { 'set', set }, { 'line_kv', line_kv }, { 'line_set', line_set },
                     { 'static', static }, { 'two', two } }) do
  local parts = {}
  for _, k in ipairs(hash_keys) do
    parts[#parts + 1] = show(m[2]:get_key(k))
  end
  parts[#parts + 1] = show(m[2]:get_key(rspamd_text.fromstring('foo')))
  out('get_key.' .. m[1], table.concat(parts, ' '))
end
out('get_key.hash.number', call(hash.get_key, hash, 1))
out('get_key.hash.nil', call(hash.get_key, hash))
out('get_key.hash.table', call(hash.get_key, hash, {}))
out('get_key.hash.bool', call(hash.get_key, hash, true))
out('get_key.hash.ip', call(hash.get_key, hash, rspamd_ip.from_string('1.2.3.4')))
out('get_key.set.ip_method', call(function() return set:get_key(rspamd_ip.from_string('1.2.3.4')) end))
out('get_key.hash.nul', call(hash.get_key, hash, 'foo\0bar'))

local radix_keys = { '10.1.2.3', '192.168.1.1', '192.168.1.2', '::1', '2001:db8::5', '::ffff:10.0.0.1',
                     'bogus', '', '10.1.2.3 ' }
for _, m in ipairs({ { 'radix', radix }, { 'line_radix', line_radix }, { 'ucl_radix', ucl_radix } }) do
  local parts = {}
  for _, k in ipairs(radix_keys) do
    parts[#parts + 1] = show(m[2]:get_key(k))
  end
  out('get_key.' .. m[1], table.concat(parts, ' '))
end
out('get_key.radix.ip', call(radix.get_key, radix, rspamd_ip.from_string('10.9.9.9')))
out('get_key.radix.ip6', call(radix.get_key, radix, rspamd_ip.from_string('2001:db8::1')))
out('get_key.radix.ip_invalid', call(radix.get_key, radix, rspamd_ip.from_string('bogus')))
out('get_key.radix.number', call(radix.get_key, radix, 0x0A000001))
out('get_key.radix.number_zero', call(radix.get_key, radix, 0))
out('get_key.radix.number_neg', call(radix.get_key, radix, -1))
out('get_key.radix.number_frac', call(radix.get_key, radix, 167772161.7))
out('get_key.radix.text', call(radix.get_key, radix, rspamd_text.fromstring('10.0.0.1')))
out('get_key.radix.table', call(radix.get_key, radix, {}))
out('get_key.radix.nil', call(radix.get_key, radix))
out('get_key.ucl_radix.number', call(ucl_radix.get_key, ucl_radix, 0x05060708))

for _, k in ipairs({ 'foobar', 'FOO', 'xbar', 'zzz', 'oo' }) do
  out('get_key.re.' .. k, show(re:get_key(k)) .. ' ' .. show(re_multi:get_key(k)))
end
for _, k in ipairs({ 'a.example.com', 'foo1.org', 'x.com', 'example.com', 'foo12.org' }) do
  out('get_key.glob.' .. k, show(glob:get_key(k)) .. ' ' .. show(glob_multi:get_key(k)))
end
out('get_key.re.text', show(re:get_key(rspamd_text.fromstring('foo'))))
out('get_key.re.number', call(re.get_key, re, 12))
out('get_key.callback', all(cb_whole:get_key('line1')))
out('get_key.bad_self', call(hash.get_key, 'x', 'foo'))
out('get_key.signed', show(signed:get_key('signed1')) .. ' ' .. show(signed_bad:get_key('signed1')) .. ' ' ..
    show(signed_later:get_key('signed1')))

---------------------------------------------------------------- content
for _, m in ipairs({ { 'hash', hash }, { 'set', set }, { 'radix', radix }, { 're', re }, { 're_multi', re_multi },
                     { 'glob', glob }, { 'two', two }, { 'static', static }, { 'line_radix', line_radix },
                     { 'ucl_radix', ucl_radix }, { 'cb_whole', cb_whole }, { 'signed', signed } }) do
  local name, map = m[1], m[2]
  out('content.' .. name .. '.nelts', map:get_nelts())
  out('content.' .. name .. '.digest', map:get_data_digest())
  out('content.' .. name .. '.foreach', elements(map))
  out('content.' .. name .. '.stats', sorted_stats(map))
  out('content.' .. name .. '.uri', all(map:get_uri()))
  out('content.' .. name .. '.proto', all(map:get_proto()))
  out('content.' .. name .. '.signed', all(map:is_signed()) .. ' ' .. all(map:get_sign_key()))
end
out('content.text_foreach', elements(hash, true))
out('content.stats_reset', show(hash:get_stats(true).foo) .. ' ' .. show(hash:get_stats().foo))

---------------------------------------------------------------- foreach
local seen = {}
local function collect(ret)
  return function(k, v)
    seen[#seen + 1] = tostring(k) .. '=' .. tostring(v)
    return ret
  end
end
local function foreach_case(name, ret, ...)
  seen = {}
  local r = call(hash.foreach, hash, collect(ret), ...)
  out('foreach.' .. name, r:gsub('function: 0x%x+', 'function') .. ' [' .. table.concat(seen, ' ') .. ']')
end
foreach_case('nil', nil)
foreach_case('true', true)
foreach_case('false', false)
foreach_case('number', 1)
foreach_case('true.text_false', true, false)
foreach_case('true.text_true', true, true)
foreach_case('string', 'x', 'x')
out('foreach.error', call(hash.foreach, hash, function() error('boom') end):gsub('function: 0x%x+', 'function'))
out('foreach.nofunc', call(hash.foreach, hash, 1))
out('foreach.radix_text', call(function()
  local parts = {}
  radix:foreach(function(k, v) parts[#parts + 1] = tostring(k) .. '=' .. tostring(v) .. ':' .. type(k) end, true)
  return table.concat(parts, ' ')
end))
out('foreach.callback_map', call(cb_whole.foreach, cb_whole, function() return nil end):gsub('function: 0x%x+',
    'function'))

---------------------------------------------------------------- other methods
out('sign.set_get', call(function()
  signed_later:set_sign_key(signed_key)
  return signed_later:get_sign_key(), signed_later:is_signed()
end))
out('sign.set_bad', call(signed_later.set_sign_key, signed_later, 'bogus'))
out('sign.set_nil', call(signed_later.set_sign_key, signed_later))
out('sign.set_number', call(signed_later.set_sign_key, signed_later, 12))
out('sign.two_backends', call(function()
  two:set_sign_key(other_key)
  return two:get_sign_key()
end))
out('set_callback.hash', call(hash.set_callback, hash, function() end))
out('set_callback.nofunc', call(cb_whole.set_callback, cb_whole, 1))
out('set_callback.ok', call(cb_whole.set_callback, cb_whole, function(data)
  event('replaced ' .. show(data))
end))
out('set_callback.bad_self', call(hash.set_callback, 1, function() end))
out('on_load.nofunc', call(hash.on_load, hash))
out('trigger_hs', call(re.trigger_hyperscan_compilation, re))
out('digest.bad_self', call(hash.get_data_digest, {}))

preload()
for i, e in ipairs(events) do
  out('reload.event' .. i, e)
end
events = {}
out('reload.signed_later', show(signed_later:get_key('signed1')))
out('reload.two', show(two:get_key('alpha')) .. ' ' .. two:get_nelts())

local maps = rspamd_config:get_maps()
out('get_maps.count', #maps)
local uris = {}
for i, m in ipairs(maps) do
  uris[i] = show(m:get_uri()) .. ':' .. show(rawequal(m, hash))
end
out('get_maps.uris', table.concat(uris, ' '))

---------------------------------------------------------------- lua_maps
local function lm(name, ...)
  local ok, m = pcall(lua_maps.map_add_from_ucl, ...)
  if not ok then
    out('lua_maps.' .. name, 'error: ' .. tostring(m))
    return nil
  end
  local kind = type(m)
  if kind == 'table' and type(m.__data) == 'userdata' then
    kind = 'map ' .. show(m.__data:get_uri())
  elseif kind == 'table' and type(m.__data) == 'table' then
    kind = 'table'
  end
  out('lua_maps.' .. name, kind)
  return m
end

local lm_nil = lm('nil', nil, 'set', 'nil map')
local lm_empty_str = lm('empty_string', '', 'set', 'empty string map')
local lm_file = lm('file', hash_file, 'set', 'file map')
local lm_file_again = lm('file_again', hash_file, 'set', 'file map again')
out('lua_maps.file_cached', show(rawequal(lm_file, lm_file_again)))
local lm_file_hash = lm('file_hash', hash_file, 'hash', 'file map as hash')
local lm_re = lm('prefix_re', 're;' .. re_file, 'set', 'prefixed')
local lm_glob = lm('prefix_glob', 'glob;' .. glob_file, 'set', 'prefixed')
local lm_radix = lm('prefix_radix', 'radix;' .. radix_file, 'set', 'prefixed')
local lm_ipnet = lm('prefix_ipnet', 'ipnet;' .. radix_file, 'hash', 'prefixed')
local lm_cb = lm('callback_type', 'set;' .. set_file, 'callback', 'prefixed callback')
local lm_ips = lm('ip_list', { '10.0.0.0/8', '192.168.0.1' }, 'radix', 'inline ips')
local lm_ip_files = lm('ip_files', { radix_file }, 'radix', 'radix files')
local lm_set_list = lm('set_list', { 'a@example.com', 'b@example.com', 42 }, 'set', 'inline set')
local lm_hash_list = lm('hash_list', { 'k1 v1 more', 'k2' }, 'hash', 'inline hash')
local lm_file_list = lm('file_list', { set_file, 'file://' .. hash_file }, 'set', 'file list')
local lm_re_list = lm('re_list', { '/^abc/', '/def$/ val' }, 'regexp', 'inline re')
local lm_re_files = lm('re_files', { re_file }, 'regexp', 're files')
local lm_mixed = lm('mixed_prefix', { 'set;' .. set_file, 'radix;' .. radix_file }, 'hash', 'mixed')
local lm_empty = lm('empty_table', {}, 'set', 'empty table map')
local lm_numbers = lm('numbers_only', { 1, 2 }, 'set', 'numbers')
local lm_obj = lm('object', { url = set_file, name = 'named' }, 'set', 'object map')
local lm_obj_prefix = lm('object_prefix', { url = 'radix;' .. radix_file }, 'set', 'object prefixed')
local lm_obj_static = lm('object_static', { url = 'static', data = { 'x1', 'x2' } }, 'set', 'object static')
local lm_bad = lm('bad_url', 'bogus', 'set', 'bad')
-- (external maps with a backend need rspamd_url, and the log line of a
-- bad one prints a table in pairs order, which varies from run to run)
lm('external_nobackend', { external = true }, 'set', 'external without backend')

preload()

local probes = { 'foo', 'alpha', 'a@example.com', 'k1', 'k2', '10.1.1.1', '192.168.0.1', 'abcd', 'foobar',
                 'x1', 'x.com' }
for _, m in ipairs({ { 'file', lm_file }, { 'file_hash', lm_file_hash }, { 'prefix_re', lm_re },
                     { 'prefix_glob', lm_glob }, { 'prefix_radix', lm_radix }, { 'prefix_ipnet', lm_ipnet },
                     { 'ip_list', lm_ips }, { 'ip_files', lm_ip_files }, { 'set_list', lm_set_list },
                     { 'hash_list', lm_hash_list }, { 'file_list', lm_file_list }, { 're_list', lm_re_list },
                     { 're_files', lm_re_files }, { 'mixed_prefix', lm_mixed }, { 'empty_table', lm_empty },
                     { 'object', lm_obj }, { 'object_prefix', lm_obj_prefix },
                     { 'object_static', lm_obj_static } }) do
  local name, map = m[1], m[2]
  if map then
    local parts = {}
    for _, k in ipairs(probes) do
      parts[#parts + 1] = show(map:get_key(k))
    end
    out('lua_maps.get_key.' .. name, table.concat(parts, ' '))
    local elts = {}
    local ok, ret = pcall(map.foreach, map, function(k, v)
      elts[#elts + 1] = show(k) .. '=' .. show(v)
      return true
    end)
    table.sort(elts)
    out('lua_maps.foreach.' .. name, show(ok) .. ' ' .. show(type(ret)) .. ' ' .. table.concat(elts, ' '))
  end
end
out('lua_maps.index', call(function() return lm_file['foo'], lm_set_list['a@example.com'] end))
out('lua_maps.callback', call(function()
  local r = {}
  lm_file:get_key('foo', function(found, value, code, task)
    r[#r + 1] = show(found) .. ',' .. show(value) .. ',' .. show(code) .. ',' .. show(task)
  end)
  lm_file:get_key('nope', function(found, value, code, task)
    r[#r + 1] = show(found) .. ',' .. show(value) .. ',' .. show(code) .. ',' .. show(task)
  end, 'ctx')
  return table.concat(r, ' ')
end))
out('lua_maps.on_load', call(function()
  lm_file:on_load(function() event('lua_maps on_load') end)
  return true
end))
out('lua_maps.map_add.missing', call(lua_maps.map_add, 'some_module', 'some_option', 'set', 'module map'))

local opts = { a = set_file, b = { 'x', 'y' }, d = 'bogus' }
out('fill_config_maps.ok', call(lua_maps.fill_config_maps, 'mod', opts, {
  a = { type = 'set', description = 'A map' },
  b = { type = 'hash' },
  c = { optional = true },
}))
out('fill_config_maps.result', show(opts.a_orig) .. ' ' .. show(type(opts.a)) .. ' ' .. show(opts.b_orig) .. ' ' ..
    show(opts.b:get_key('x')))
out('fill_config_maps.required', call(lua_maps.fill_config_maps, 'mod', {}, { c = { type = 'set' } }))
out('fill_config_maps.bad', call(lua_maps.fill_config_maps, 'mod', opts, { d = { type = 'set' } }))

rspamd_maps = { named = set }
for _, c in ipairs({ { 'map:named', 'alpha' }, { 'map://named', 'omega' }, { 'map:other', 'x' },
                     { 'plain', 'PLAIN' }, { 'x', { 'y', 'X' } } }) do
  out('maybe_check_map.' .. c[1], call(lua_maps.rspamd_maybe_check_map, c[1], c[2]))
end

preload()
for i, e in ipairs(events) do
  out('final.event' .. i, e)
end
out('final.get_maps', #rspamd_config:get_maps())
