-- load.lua: rspamd_config:load_ucl, parse_rcl and init_modules read the
-- configuration into rspamadm lua's bare one, as rspamadm's Lua commands
-- do (rspamd 4.1.5 writes the golden load.lua.out).
local function sorted_keys(t)
  local r = {}
  for k in pairs(t) do r[#r + 1] = tostring(k) end
  table.sort(r)
  return r
end
local conf = rspamd_paths.CONFDIR .. '/rspamd.conf'
print('bad file:', rspamd_config:load_ucl('/nonexistent/rspamd.conf'))
local includes = 0
local ok, err = rspamd_config:load_ucl(conf, function(cur, path, args, parent)
  includes = includes + 1
end)
print('load_ucl:', ok, err, includes > 10)
print('parse_rcl:', rspamd_config:parse_rcl({ 'logging', 'worker' }))
print('dns timeout:', rspamd_config:get_dns_timeout())
print('init_modules:', rspamd_config:init_modules())
for _, state in ipairs(sorted_keys(rspamd_plugins_state)) do
  print(state .. ': ' .. table.concat(sorted_keys(rspamd_plugins_state[state]), ', '))
end
print('symbols count:', rspamd_config:get_symbols_count())
print('actions:', rspamd_config:get_metric_action('reject'))
print('module opt:', rspamd_config:get_module_opt('dkim', 'check_local'))
