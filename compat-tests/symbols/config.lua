-- config.lua: the rspamd{config} methods on the bare configuration of
-- `rspamadm lua`, their results and the messages they log, printed in a
-- stable order (rspamd 4.1.5 writes the golden config.lua.out).

local function dump(v, indent)
  indent = indent or ''
  if type(v) ~= 'table' then
    if type(v) == 'number' and v == math.floor(v) and math.abs(v) < 1e15 then
      return string.format('%d', v)
    end
    if type(v) == 'function' or type(v) == 'userdata' then
      return type(v)
    end
    return tostring(v)
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local parts = {}
  for _, k in ipairs(keys) do
    parts[#parts + 1] = tostring(k) .. '=' .. dump(v[k], indent)
  end
  return '{' .. table.concat(parts, ', ') .. '}'
end

local function show(label, ...)
  local n = select('#', ...)
  local out = {}
  for i = 1, n do out[i] = dump((select(i, ...))) end
  print(label .. ': ' .. table.concat(out, ' '))
end

local function try(label, f, ...)
  local res = { pcall(f, ...) }
  if res[1] then
    show(label, unpack(res, 2))
  else
    -- error messages carry the script's path: keep the message
    print(label .. ': error: ' .. tostring(res[2]):gsub('^[^:]*:%d+: ', ''))
  end
end

local rspamd_regexp = require 'rspamd_regexp'
local cb = function() end
local cfg = rspamd_config

show('tostring', tostring(cfg):match('^rspamd{config}') ~= nil)

-- register_symbol in all its forms
local id_normal = cfg:register_symbol({
  name = 'T_NORMAL', callback = cb, score = 2.5, group = 'tgroup', description = 'normal symbol',
  flags = 'fine,nostat', priority = 5,
})
show('normal', id_normal)
local id_virtual = cfg:register_symbol({
  name = 'T_VIRTUAL', type = 'virtual', parent = id_normal, score = -1, group = 'tgroup',
  description = 'virtual symbol', one_shot = true,
})
show('virtual', id_virtual)
try('virtual without parent', cfg.register_symbol, cfg, { name = 'T_VIRT_NOPARENT', type = 'virtual' })
local id_cb = cfg:register_symbol({ name = 'T_CALLBACK', type = 'callback', callback = cb })
show('callback', id_cb)
local id_pre = cfg:register_symbol({ name = 'T_PRE', type = 'prefilter', callback = cb, priority = 10 })
local id_post = cfg:register_symbol({ name = 'T_POST', type = 'postfilter', callback = cb, priority = 3 })
local id_idem = cfg:register_symbol({ name = 'T_IDEM', type = 'idempotent', callback = cb })
local id_conn = cfg:register_symbol({ name = 'T_CONN', type = 'connfilter', callback = cb })
show('stages', id_pre, id_post, id_idem, id_conn)
show('bad type', cfg:register_symbol({ name = 'T_BADTYPE', type = 'normal,bogus', callback = cb }))
show('augmentations', cfg:register_symbol({
  name = 'T_AUG', callback = cb, augmentations = { 'passthrough', 'timeout=3' },
}))
show('bad augmentation', cfg:register_symbol({
  name = 'T_AUG_BAD', callback = cb, augmentations = { 'timeout' },
}))
show('duplicate', cfg:register_symbol({ name = 'T_NORMAL', callback = cb }))
show('allowed ids', cfg:register_symbol({
  name = 'T_IDS', callback = cb, allowed_ids = '1,2', forbidden_ids = { 3 },
}))
show('explicit', cfg:register_symbol({
  name = 'T_EXPLICIT', callback = cb, flags = 'explicit_disable,ignore_passthrough',
}))
show('min_score', cfg:register_symbol({
  name = 'T_NOSCORE', type = 'virtual', parent = id_normal,
}))
try('no name, no callback', cfg.register_symbol, cfg, {})
try('bad arguments', cfg.register_symbol, cfg, 'x')

-- the legacy forms
show('register_virtual_symbol', cfg:register_virtual_symbol('T_LEGACY_V', 1.0, id_normal))
show('register_callback_symbol', cfg:register_callback_symbol('T_LEGACY_CB', 1.0, cb))
show('register_callback_symbol_priority', cfg:register_callback_symbol_priority('T_LEGACY_CBP', 1.0, 7, cb))
show('register_pre_filter', cfg:register_pre_filter(cb, 4))
show('register_post_filter', cfg:register_post_filter(cb, 6))
show('register_symbols', cfg:register_symbols(cb, 1.0, 'T_MULTI', 'T_MULTI_A', 'T_MULTI_B'))

-- __newindex
cfg.T_INDEX_FN = cb
cfg.T_INDEX_TBL = { callback = cb, score = 3.0, description = 'by index', group = 'tgroup2' }
show('__index', type(cfg.T_INDEX_FN), type(cfg.NO_SUCH), type(cfg.get_all_opt))

-- dependencies, conditions, enable/disable
cfg:register_dependency('T_NORMAL', 'T_CALLBACK')
try('register_dependency by id', cfg.register_dependency, cfg, id_normal, 'T_PRE')
cfg:register_dependency('T_VIRTUAL', 'T_CALLBACK', true)
cfg:register_dependency('T_NOPE', 'T_CALLBACK')
show('add_condition', cfg:add_condition('T_NORMAL', cb), cfg:add_condition('T_NOPE', cb))
try('add_condition no function', cfg.add_condition, cfg, 'T_NORMAL', 1)
show('disable_symbol', cfg:disable_symbol('T_EXPLICIT'))
show('enable_symbol', cfg:enable_symbol('T_EXPLICIT'))

-- what the cache says
for _, s in ipairs({ 'T_NORMAL', 'T_VIRTUAL', 'T_CALLBACK', 'T_PRE', 'T_POST', 'T_IDEM', 'T_CONN',
                     'T_AUG', 'T_IDS', 'T_EXPLICIT', 'T_INDEX_FN', 'T_INDEX_TBL', 'T_LEGACY_V', 'NO_SUCH' }) do
  show('flags ' .. s, cfg:get_symbol_flags(s))
  show('parent ' .. s, cfg:get_symbol_parent(s))
  show('callback ' .. s, type(cfg:get_symbol_callback(s)))
  show('stat ' .. s, cfg:get_symbol_stat(s))
end
show('set_symbol_callback', cfg:set_symbol_callback('T_NORMAL', cb), cfg:set_symbol_callback('NO_SUCH', cb))
show('get_symbols_count', cfg:get_symbols_count())
show('get_symbols_cksum', type(cfg:get_symbols_cksum()))

-- the metric
cfg:set_metric_symbol('T_METRIC', 4.0, 'metric symbol', 'tgroup', true, 2)
cfg:set_metric_symbol({ name = 'T_METRIC2', score = -2, description = 'by table', group = 'tgroup3',
                        groups = { 'extra1', 'extra2' }, one_param = true, flags = 'ignore' })
try('set_metric_symbol bad', cfg.set_metric_symbol, cfg, {})
show('get_metric_symbol', cfg:get_metric_symbol('T_METRIC'))
show('get_metric_symbol2', cfg:get_metric_symbol('T_METRIC2'))
show('get_metric_symbol none', cfg:get_metric_symbol('NO_SUCH'))
show('get_symbol', cfg:get_symbol('T_NORMAL'))
show('get_symbol none', cfg:get_symbol('NO_SUCH'))
show('get_group_symbols', cfg:get_group_symbols('tgroup'))
show('get_groups', cfg:get_groups())
show('get_groups all', cfg:get_groups(true))
cfg:set_metric_action({ action = 'reject', score = 15.0 })
cfg:set_metric_action({ action = 'add header', score = 6.0, priority = 2 })
cfg:set_metric_action({ action = 'greylist', score = 4.0 })
show('get_metric_action', cfg:get_metric_action('reject'), cfg:get_metric_action('add_header'),
  cfg:get_metric_action('no action'))
show('get_action', cfg:get_action('greylist'))
show('get_all_actions', cfg:get_all_actions())
show('set_action', cfg:set_action({ action = 'rewrite subject', score = 9 }), cfg:get_action('rewrite subject'))
try('set_action bad', cfg.set_action, cfg, 'rewrite subject', 9)
try('set_metric_action bad', cfg.set_metric_action, cfg, { score = 1 })

-- composites and settings
show('add_composite', cfg:add_composite('T_COMPOSITE', 'T_NORMAL & !T_CALLBACK'))
show('add_composite bad', cfg:add_composite('T_COMPOSITE_BAD', 'T_NORMAL &'))
show('register_settings_id', cfg:register_settings_id('tsettings',
  { symbols_enabled = { 'T_NORMAL' } }, { symbols_disabled = { 'T_CALLBACK' } }))

-- options and the rest
show('get_module_opt', cfg:get_module_opt('nosuch', 'opt'))
show('get_all_opt', cfg:get_all_opt('nosuch'))
show('get_ucl', type(cfg:get_ucl()))
show('get_mempool', tostring(cfg:get_mempool()):match('^rspamd{mempool}') ~= nil)
show('get_dns_timeout', cfg:get_dns_timeout())
show('get_dns_max_requests', cfg:get_dns_max_requests())
show('is_mime_utf8', cfg:is_mime_utf8())
show('experimental_enabled', cfg:experimental_enabled())
show('has_torch', cfg:has_torch())
show('get_api_version', cfg:get_api_version())
show('get_classifier', cfg:get_classifier('bayes'))
show('get_key', cfg:get_key('nosuch'))
show('get_maps', cfg:get_maps())
show('register_module_option', cfg:register_module_option('tmod', 'opt', 'string'))
show('promote_symbols_cache_resort', cfg:promote_symbols_cache_resort())

-- regexp scopes
show('count_regexp_scopes', cfg:count_regexp_scopes())
local re = rspamd_regexp.create_cached('/abc/i')
cfg:register_regexp({ re = re, type = 'header', header = 'Subject' })
cfg:register_regexp_scoped('tscope', { re = rspamd_regexp.create_cached('/def/'), type = 'body' })
show('scopes', cfg:count_regexp_scopes(), dump(cfg:list_regexp_scopes()))
show('find_regexp_scope', cfg:find_regexp_scope('tscope'), cfg:find_regexp_scope('nope'))
show('is_regexp_scope_loaded', cfg:is_regexp_scope_loaded('tscope'), cfg:is_regexp_scope_loaded(nil))
cfg:set_regexp_scope_loaded('tscope', true)
show('loaded', cfg:is_regexp_scope_loaded('tscope'), cfg:get_regexp_scope_flags('tscope'))
cfg:clear_regexp_scope_flags('tscope', 1)
show('cleared', cfg:get_regexp_scope_flags('tscope'))
show('remove_regexp_scope', cfg:remove_regexp_scope('tscope'), cfg:count_regexp_scopes())
try('register_regexp bad type', cfg.register_regexp, cfg, { re = re, type = 'nosuch' })
try('register_regexp no header', cfg.register_regexp, cfg, { re = re, type = 'header' })

-- hooks
cfg:add_on_load(cb)
cfg:add_post_init(cb)
cfg:add_config_unload(cb)
cfg:register_finish_script(cb)
try('add_periodic no base', cfg.add_periodic, cfg, nil, 1.0, cb)
show('add_periodic', cfg:add_periodic(rspamadm_ev_base, 0.1, function(c, ev_base, now)
  print('periodic ran: ' .. tostring(c == cfg) .. ' ' .. type(now))
  return false
end))
show('set_peak_cb', cfg:set_peak_cb(cb))
show('register_worker_script', cfg:register_worker_script('normal', cb), cfg:register_worker_script('nosuch', cb))
try('register_worker_script bad', cfg.register_worker_script, cfg, 'normal', 1)

-- selectors and replacing regexps
show('register_re_selector', cfg:register_re_selector('tsel', 'header(From)'))
show('register_re_selector bad', cfg:register_re_selector('tsel2', 'nosuchfunction()'))
show('register_re_selector_scoped', cfg:register_re_selector_scoped('tscope2', 'tsel3', 'from'))
local re2 = rspamd_regexp.create_cached('/ghi/')
cfg:register_regexp({ re = re2, type = 'body' })
show('replace_regexp', cfg:replace_regexp({ old_re = re2, new_re = rspamd_regexp.create_cached('/jkl/') }))
show('replace_regexp_scoped', cfg:replace_regexp_scoped('tscope2', { old_re = re2, new_re = re }))
cfg:set_regexp_scope_flags('tscope2', 3)
show('scope flags', cfg:get_regexp_scope_flags('tscope2'), dump(cfg:list_regexp_scopes()))

-- the symbols once more
local syms = cfg:get_symbols()
local names = {}
for k in pairs(syms) do names[#names + 1] = k end
table.sort(names)
for _, k in ipairs(names) do show('get_symbols ' .. k, syms[k]) end
local scores = cfg:get_symbols_scores()
local snames = {}
for k in pairs(scores) do snames[#snames + 1] = k end
table.sort(snames)
for _, k in ipairs(snames) do show('get_symbols_scores ' .. k, scores[k]) end
show('get_symbols_counters', type(cfg:get_symbols_counters()))

-- documentation and maps from static data
show('add_doc', cfg:add_doc(nil, 'tmodule', 'a module'), cfg:add_doc('tmodule', 'opt', 'an option', { type = 'string', default = 'x' }))
show('add_example', cfg:add_example(nil, 'tmodule', 'example module', 'tmodule { opt = "x"; }'))
show('radix_from_ucl', tostring(cfg:radix_from_ucl({ '10.0.0.0/8', '192.168.1.1' })):match('^rspamd{map}') ~= nil)
local hm = cfg:add_hash_map('static hash', { 'a', 'b' })
show('add_hash_map', hm and hm:get_key('a'), hm and hm:get_key('c'))
local km = cfg:add_kv_map('static kv', { k1 = 'v1' })
show('add_kv_map', km and km:get_key('k1'))
local rm = cfg:add_radix_map('static radix', { '127.0.0.0/8' })
show('add_radix_map', rm ~= nil)
show('add_map bad', cfg:add_map({ url = 'nosuchscheme://x', type = 'set', description = 'bad map' }))
show('get_maps', #cfg:get_maps())
