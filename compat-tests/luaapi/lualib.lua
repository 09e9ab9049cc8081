-- needs: lualib
-- Upstream lualib modules that only need the core API load, and
-- lua_util.jinja_template renders the packaged configuration as rspamd
-- does when it reads it (jinja_template(text, rspamd_env, false)).
io.stdout:setvbuf('no')
local lua_util = require "lua_util"
local ucl = require "ucl"
print(type(lua_util), type(lua_util.jinja_template), type(require "lua_cfg_utils"))
print(table.concat(lua_util.str_split('a,b,,c', ','), '|'), lua_util.str_trim('  x y  '), lua_util.round(2.567, 2))
print(lua_util.jinja_template("HELLO {= FOO =} {= BAR =}!", {FOO = 'LUA', BAR = 'WORLD'}))
print(lua_util.jinja_template("{= env.LUAAPI_TEST =} {= paths.CONFDIR =} {% if env.ver_major == '4' %}four{% endif %}", {}))
print(lua_util.jinja_template("{{ x }} {% for i in range(3) %}{= i =}{% endfor %}", {x = 1}, true))
print(ucl.to_format(lua_util.override_defaults({a = 1, b = {c = 2}}, {b = {d = 3}}), 'json-compact', true))
print(lua_util.table_cmp({1, {2}}, {1, {2}}), lua_util.shallowcopy({1})[1], lua_util.list_to_hash({'x'}).x)

local confdir = LUAAPI_CONFDIR or rspamd_paths.CONFDIR
for _, name in ipairs({'rspamd.conf', 'modules.d/mid.conf', 'modules.d/mime_types.conf', 'modules.d/rbl.conf',
                       'modules.d/whitelist.conf', 'modules.d/phishing.conf', 'modules.d/known_senders.conf',
                       'modules.d/multimap.conf'}) do
  local f = assert(io.open(confdir .. '/' .. name))
  local text = f:read('*a')
  f:close()
  print('==== ' .. name)
  print(lua_util.jinja_template(text, rspamd_env, false))
  print('==== with environment')
  local env = lua_util.shallowcopy(rspamd_env)
  env.LOCAL_ADDR = '127.0.0.1'
  env.LOG_TYPE = 'console'
  print(lua_util.jinja_template(text, env, false))
end
