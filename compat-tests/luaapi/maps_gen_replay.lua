-- Test-only wrapper: runs compat-tests/maps/gen.lua (the generator of the
-- maps goldens, written for the oracle's rspamadm lua) under our runtime,
-- for maps_test.go. gen.lua reaches rspamd_map_preload and struct
-- rspamd_map through the LuaJIT FFI in librspamd-server.so; here a stand-in
-- ffi module hands those calls to the Go functions the test provides:
--   LUAAPI_MAPS_PRELOAD()       preloads the maps of rspamd_config
--   LUAAPI_MAPS_INTERNALS(map)  the map's tag, name, poll interval and
--                               backend ids (decimal strings)
-- and LUAAPI_MAPS_CACHE is the maps cache directory, which gen.lua fixes
-- to the oracle's /var/lib/rspamd/.
local preload, internals = LUAAPI_MAPS_PRELOAD, LUAAPI_MAPS_INTERNALS

io.stdout.setvbuf = function() end
-- gen.lua writes its step marks to both streams; standard output has them
io.stderr = {
  write = function(self) return self end,
  flush = function() end,
}

package.loaded.ffi = {
  cdef = function() end,
  load = function()
    return { rspamd_map_preload = function() preload() end }
  end,
  cast = function(ctype, v)
    if ctype == 'struct rspamd_lua_map_ **' then
      local tag, name, poll, ids = internals(v)
      local pdata = {}
      for i, id in ipairs(ids) do
        pdata[i - 1] = { id = id }
      end
      return { [0] = { map = { tag = tag, name = name, poll_timeout = poll,
        backends = { len = #ids, pdata = pdata } } } }
    elseif ctype == 'struct rspamd_map_backend_ *' then
      return v
    end
    return { [0] = v }
  end,
  string = function(s) return s end,
}

local f = assert(io.open('../maps/gen.lua'))
local src = f:read('*a')
f:close()
local n
src, n = src:gsub("local cache_dir = '/var/lib/rspamd/'",
    function() return string.format('local cache_dir = %q', LUAAPI_MAPS_CACHE) end)
assert(n == 1, 'gen.lua: no cache_dir to replace')
assert(load(src, '@gen.lua'))()
