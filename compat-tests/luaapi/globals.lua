-- Globals the C core sets: package.path and cpath, rspamd_paths,
-- rspamd_env, rspamd_version in every form, rspamd_actions,
-- rspamd_plugins_state and the legacy tables.
io.stdout:setvbuf('no')
local function sorted(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end
-- (LuaJIT's own default directory differs between LuaJIT builds)
print((package.path:gsub('/luajit%-[^/]*/', '/luajit-X/')))
print(package.cpath)
for _, k in ipairs(sorted(rspamd_paths)) do print('path', k, rspamd_paths[k]) end
for _, k in ipairs(sorted(rspamd_env)) do
  local v = rspamd_env[k]
  if k == 'hostname' then v = (v == require('rspamd_util').get_hostname()) end
  if k:match('^[A-Z_]+$') and k ~= 'LUAAPI_TEST' then v = '<environment>' end
  print('env', k, type(rspamd_env[k]), v)
end
print(string.format('%x', rspamd_env.ver_num))
for _, k in ipairs(sorted(rspamd_actions)) do print('action', k, rspamd_actions[k]) end
for _, k in ipairs(sorted(rspamd_plugins_state)) do print('state', k, type(rspamd_plugins_state[k]), next(rspamd_plugins_state[k])) end
print(type(rspamd_plugins), next(rspamd_plugins))
for _, name in ipairs({'config', 'metrics', 'composites', 'classifiers', 'rspamd_classifiers'}) do
  print(name, type(_G[name]), next(_G[name]))
end
print(rspamd_version())
for _, form in ipairs({'short', 'main', 'major', 'minor', 'patch', 'id', 'MAIN', 'Id', 'bogus', ''}) do
  print(form, rspamd_version(form))
end
print(string.format('%x', rspamd_version('num')), string.format('%x', rspamd_version('num', 'major')))
for _, v in ipairs({'4.1', '4.1.0', '4.1.9', '4.0', '4.2', '3.9', '5', '4', '4-1', '4_2', 'x', '40.1', '-1'}) do
  print('cmp', v, rspamd_version('cmp', v))
end
-- (an empty version makes upstream read past its split array: not tested)
print(pcall(rspamd_version, 'cmp'))
print(pcall(rspamd_version, 'cmp', 4.1))
print(rspamd_version(1), rspamd_version(nil), rspamd_version({}))
