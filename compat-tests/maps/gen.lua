-- Runs one case of cases.json against rspamd 4.1.5's maps and prints its
-- results as JSON on stdout (see maps_test.go for the format). Called by
-- regen.sh inside the oracle chroot with MAPS_CASES (the cases file),
-- MAPS_CASE (the case name) and MAPS_DIR (where the case's files live).
-- Maps are loaded by rspamd_map_preload, reached through the FFI as
-- rspamadm runs no map watchers. A "@@STEP n" line precedes the log lines
-- of step n, on stderr and stdout (rspamadm logs to stderr, or to stdout
-- with -v); the results follow "@@RESULT " on stdout.
local ucl = require "ucl"
local ffi = require "ffi"
local rspamd_util = require "rspamd_util"

ffi.cdef [[
void rspamd_map_preload(void *cfg);
typedef struct { void **pdata; unsigned int len; } GPtrArray_;
struct rspamd_map_ {
  void *r; void *cfg; GPtrArray_ *backends; void *fallback_backend;
  void *read_callback; void *fin_callback; void *dtor; void **user_data;
  void *event_loop; void *wrk; char *description; char *name; uint32_t id;
  void *scheduled_check; void *tmp_dtor; void *tmp_dtor_data; void *traverse_function;
  void *on_load_function; void *on_load_ud; void *on_load_ud_dtor; void *lua_map;
  size_t nelts; uint64_t digest; double timeout; double poll_timeout; int64_t next_check;
  bool active_http, non_trivial, file_only, static_only, no_file_read, seen;
  size_t no_file_read_offset; void *shared; char tag[32];
};
struct rspamd_map_backend_ {
  int protocol; int is_signed; int is_compressed; int is_encrypted; int has_secretbox_key;
  unsigned char secretbox_key[32]; int is_fallback; void *map; void *event_loop; uint64_t id;
};
struct rspamd_lua_map_ { struct rspamd_map_ *map; int type; unsigned flags; void *data; };
]]
local srv = ffi.load('/usr/lib/rspamd/librspamd-server.so')
local cfgp = ffi.cast('void**', rspamd_config)[0]

local dir = os.getenv('MAPS_DIR')
local parser = ucl.parser()
assert(parser:parse_file(os.getenv('MAPS_CASES')))
local all = parser:get_object()
local case
for _, c in ipairs(all) do
  if c.name == os.getenv('MAPS_CASE') then
    case = c
  end
end
assert(case, 'no such case')

local function hex(s)
  return (s:gsub('.', function(c)
    return string.format('%02x', c:byte())
  end))
end

local function subst(v)
  if type(v) == 'string' then
    return (v:gsub('@DIR@', dir))
  elseif type(v) == 'table' then
    local r = {}
    for k, e in pairs(v) do
      r[k] = subst(e)
    end
    return r
  end
  return v
end

local function encode(v)
  if v == nil then
    return 'nil'
  elseif type(v) == 'boolean' then
    return v
  elseif type(v) == 'string' then
    return 's:' .. hex(v)
  elseif type(v) == 'table' then
    local r = {}
    for i, e in ipairs(v) do
      r[i] = encode(e)
    end
    return { list = r }
  end
  return 'type:' .. type(v)
end

local function content(step)
  if step.data then
    return step.data
  elseif step.b64 then
    return rspamd_util.decode_base64(step.b64)
  elseif step.gen then
    local parts = {}
    for i = 0, step.gen.n - 1 do
      parts[#parts + 1] = (step.gen.fmt:gsub('{i}', string.format('%06d', i)))
    end
    return table.concat(parts)
  end
  return ''
end

local maps, events = {}, {}

local function sorted_stats(m, reset)
  local st = m:get_stats(reset)
  local keys = {}
  for k, _ in pairs(st) do
    keys[#keys + 1] = k
  end
  table.sort(keys)
  local r = {}
  for _, k in ipairs(keys) do
    r[#r + 1] = { hex(k), st[k] }
  end
  return r
end

local ops = {}

function ops.write(step)
  local f = assert(io.open(dir .. '/' .. step.file, 'wb'))
  f:write(tostring(content(step)))
  f:close()
  return true
end

-- The maps cache directory of rspamadm (RSPAMD_DBDIR).
local cache_dir = '/var/lib/rspamd/'

function ops.write_cache(step)
  local f = assert(io.open(cache_dir .. step.name, 'wb'))
  f:write(tostring(rspamd_util.decode_base64(step.b64)))
  f:close()
  return true
end

function ops.remove_cache(step)
  os.remove(cache_dir .. step.name)
  return true
end

function ops.remove(step)
  os.remove(dir .. '/' .. step.file)
  return true
end

function ops.add(step)
  local id = step.id
  local m
  if step.fn == 'add_map' then
    local args = subst(step.args)
    if args.callback then
      if args.by_line then
        args.callback = function(k, v, _)
          events[#events + 1] = { 'line', id, hex(k), hex(v) }
        end
      else
        args.callback = function(data, _)
          events[#events + 1] = { 'data', id, hex(tostring(data)) }
        end
      end
    end
    m = rspamd_config:add_map(args)
  elseif step.fn == 'radix_from_ucl' then
    m = rspamd_config:radix_from_ucl(subst(step.data), step.desc)
  else
    m = rspamd_config[step.fn](rspamd_config, subst(step.line), step.desc)
  end
  maps[id] = m
  return m ~= nil
end

function ops.preload()
  events = {}
  srv.rspamd_map_preload(cfgp)
  local ev = events
  events = {}
  if #ev == 0 then
    return 'none'
  end
  return ev
end

function ops.get(step)
  local m = maps[step.id]
  local r = {}
  for i, k in ipairs(step.keys) do
    if type(k) == 'table' then
      if k.num then
        k = k.num
      elseif k.hex then
        k = k.hex:gsub('..', function(h) return string.char(tonumber(h, 16)) end)
      end
    end
    r[i] = encode(m:get_key(k))
  end
  return r
end

function ops.dump(step)
  local m = maps[step.id]
  local fe = {}
  m:foreach(function(k, v)
    fe[#fe + 1] = { hex(k), hex(v) }
  end)
  if #fe == 0 then
    fe = 'none'
  end
  local st = sorted_stats(m, false)
  if #st == 0 then
    st = 'none'
  end
  return { nelts = m:get_nelts(), digest = m:get_data_digest(), foreach = fe, stats = st }
end

-- dump_count summarizes a big map: counts and the first three elements.
function ops.dump_count(step)
  local m = maps[step.id]
  local n, head = 0, {}
  m:foreach(function(k, v)
    n = n + 1
    if n <= 3 then
      head[n] = { hex(k), hex(v) }
    end
  end)
  return { nelts = m:get_nelts(), digest = m:get_data_digest(), count = n, head = head }
end

function ops.counts(step)
  local m = maps[step.id]
  return { nelts = m:get_nelts(), digest = m:get_data_digest() }
end

function ops.stats(step)
  local st = sorted_stats(maps[step.id], step.reset)
  if #st == 0 then
    return 'none'
  end
  return st
end

function ops.meta(step)
  local m = maps[step.id]
  local function list(...)
    local r = {}
    for i = 1, select('#', ...) do
      r[i] = encode((select(i, ...)))
    end
    return r
  end
  return {
    uri = list(m:get_uri()),
    proto = list(m:get_proto()),
    signed = m:is_signed(),
    sign_key = list(m:get_sign_key()),
  }
end

-- internals reads struct rspamd_map (map_private.h) through the FFI: the
-- log tag, the name, the poll interval and the backend ids the controller
-- shows.
function ops.internals(step)
  local map = ffi.cast('struct rspamd_lua_map_ **', maps[step.id])[0].map
  local ids = {}
  for i = 0, map.backends.len - 1 do
    local bk = ffi.cast('struct rspamd_map_backend_ *', map.backends.pdata[i])
    ids[#ids + 1] = tostring(bk.id):gsub('ULL$', '')
  end
  return { tag = ffi.string(map.tag), name = hex((ffi.string(map.name):gsub(dir:gsub('%p', '%%%0'), '@DIR@'))),
    poll = map.poll_timeout, ids = ids }
end

function ops.set_sign_key(step)
  local ok, err = pcall(function()
    maps[step.id]:set_sign_key(step.key)
  end)
  if ok then
    return true
  end
  return 'error'
end

function ops.on_load(step)
  maps[step.id]:on_load(function()
    events[#events + 1] = { 'onload', step.id }
  end)
  return true
end

io.stdout:setvbuf('no')
local function mark(s)
  io.stderr:write(s, '\n')
  io.stdout:write(s, '\n')
end
local results = {}
for i, step in ipairs(case.steps) do
  mark(string.format('@@STEP %d', i))
  results[i] = ops[step.op](step)
end
mark('@@END')
io.stdout:write('@@RESULT ', ucl.to_format({ results = results }, 'json-compact'), '\n')
