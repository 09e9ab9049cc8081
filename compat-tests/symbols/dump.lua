-- dump.lua: runs inside the oracle (real rspamd 4.1.5) in place of
-- lualib/plugins_stats.lua (configdump -m), after the configuration and
-- every module are loaded and the symbol cache initialised. It prints the
-- modules' state as plugins_stats does, then writes the symbol cache as
-- upstream's C++ structures hold it (read through LuaJIT's FFI, with the
-- layout of the Debian amd64 build) to $SYMDUMP_OUT.init.json, runs
-- symcache::validate and writes it again to $SYMDUMP_OUT.validated.json.
-- Every offset is checked against upstream's own accessors before use.
local ffi = require "ffi"
local ucl = require "ucl"

ffi.cdef [[
struct rspamd_config_prefix {
  char *rspamd_user; char *rspamd_group; void *cfg_pool; char *cfg_name; char *pid_file;
  char *temp_dir; char *control_socket_path; char *url_rewrite_lua_func; const void *local_addrs;
  double unknown_weight; double grow_factor; void *symbols; const char *subject; void *groups; void *actions;
  int b[21];
  size_t max_cores_size; size_t max_cores_count; char *cores_dir; size_t max_message; size_t max_pic_size;
  size_t max_lua_http_response; size_t images_cache_size; double task_timeout; int default_max_shots;
  int url_rewrite_fold_limit; int32_t heartbeats_loss_max; double heartbeat_interval;
  int log_type; int log_facility; int log_level; char *log_file; int log_buffered; int log_silent_workers;
  uint32_t log_buf_size; const void *debug_ip_map; int log_urls; void *debug_modules; void *log_encryption_key;
  unsigned log_flags; unsigned log_error_elts; unsigned log_error_elt_maxlen; unsigned log_task_max_elts;
  unsigned log_max_tag_len; char *log_tag_strip_policy_str; void *log_pipes; int compat_messages;
  void *script_modules; void *explicit_modules; void *filters; void *workers; void *rcl_top_section;
  void *cfg_ucl_obj; void *config_comments; void *doc_strings; void *c_modules; void *composites_manager;
  void *classifiers; void *statfiles; void *classifiers_symbols; void *cfg_params; char *dynamic_conf;
  void *current_dynamic_conf; int clock_res; void *maps; double map_timeout; double map_file_watch_multiplier;
  char *maps_cache_dir; size_t max_map_size; double monitored_interval; int disable_monitored; int fips_mode;
  void *cache; char *cache_filename; double cache_reload_time; char *checksum; void *lua_state;
};
struct cxx_string { const char *p; size_t len; union { char buf[16]; size_t cap; } u; };
struct cxx_vector { char *begin; char *end; char *cap; };
struct item_stat { float tc_mean; float tc_stddev; uint64_t tc_number; double avg_time; double weight;
  unsigned hits; uint64_t total_hits; float fc_mean; float fc_stddev; uint64_t fc_number;
  double avg_frequency; double stddev_frequency; };
int rspamd_symcache_find_symbol(void *cache, const char *name);
int rspamd_symcache_item_flags(void *item);
const char *rspamd_symcache_item_name(void *item);
uint64_t rspamd_symcache_get_cksum(void *cache);
unsigned int rspamd_symcache_stats_symbols_count(void *cache);
bool _ZN6rspamd8symcache8symcache8validateEb(void *self, bool strict);
]]

local C = ffi.C
local u8 = ffi.typeof("uint8_t *")
local function at(p, off, ct) return ffi.cast(ct, ffi.cast(u8, p) + off) end
local function ptr(p, off) return at(p, off, "void **")[0] end
local function i32(p, off) return at(p, off, "int32_t *")[0] end
local function u32(p, off) return at(p, off, "uint32_t *")[0] end
local function str(p, off)
  local s = at(p, off, "struct cxx_string *")
  return ffi.string(s.p, s.len)
end
local function vec(p, off, esize)
  local v = at(p, off, "struct cxx_vector *")
  local n = tonumber(v["end"] - v.begin) / esize
  assert(n == math.floor(n) and n >= 0, "bad vector at " .. off)
  return v.begin, n
end
local function check(cond, what) if not cond then error("layout check failed: " .. what) end end

local cache

-- symcache object: vptr, items_by_symbol, items_by_id, items_by_order,
-- cur_order_gen, the stage vectors, ...
local OFF_BY_SYMBOL, OFF_BY_ID, OFF_ORDER = 8, 64, 120
local stage_names = { "connfilter", "prefilter", "filter", "postfilter", "composite", "idempotent", "classifier", "virtual" }
local OFF_STAGES = 144
local OFF_CKSUM, OFF_NSTATS = 432, 448

local function find_cache()
  local cfg = ffi.cast("struct rspamd_config_prefix **", rspamd_config)[0]
  check(#ffi.string(cfg.checksum) > 20, "checksum")
  cache = cfg.cache
  check(at(cache, OFF_CKSUM, "uint64_t *")[0] == C.rspamd_symcache_get_cksum(cache), "cksum")
  check(at(cache, OFF_NSTATS, "uint64_t *")[0] == C.rspamd_symcache_stats_symbols_count(cache), "stats count")
end

-- cache_item: the weak pointer of enable_shared_from_this, st, cd,
-- symbol, id, last_count, type, flags, internal_flags, priority, order,
-- frequency_peaks, the variant specific, three id lists, augmentations,
-- deps, rdeps
local I_ST, I_ID, I_TYPE, I_FLAGS, I_INTERNAL, I_PRIO, I_ORDER = 16, 64, 80, 84, 88, 92, 96
local I_SPECIFIC, I_SPECIFIC_IDX = 104, 168
local I_ALLOWED, I_EXEC_ONLY, I_FORBIDDEN = 176, 200, 224
local I_AUGS, I_DEPS, I_RDEPS = 248, 304, 360
local types = { [0] = "connfilter", "prefilter", "filter", "postfilter", "idempotent", "classifier", "composite", "virtual" }

local function item_name(item) return ffi.string(C.rspamd_symcache_item_name(item)) end

local function ids(item, off)
  local b = at(item, off, "uint8_t *")
  local out = {}
  local n, data
  if bit.band(b[0], 1) ~= 0 then
    n = bit.rshift(b[0], 1)
    data = at(item, off + 4, "uint32_t *")
  else
    local ind = ffi.cast("uint8_t *", ptr(item, off))
    n = ffi.cast("size_t *", ind)[0]
    data = ffi.cast("uint32_t *", ind + 16)
  end
  for i = 0, tonumber(n) - 1 do out[#out + 1] = tonumber(data[i]) end
  return out
end

local function deps(item, off)
  local b, n = vec(item, off, 56)
  local out = {}
  for i = 0, n - 1 do
    local e = b + i * 56
    local dep_item = ffi.cast("void **", e + 8)[0]
    out[#out + 1] = {
      symbol = str(e, 16),
      item = dep_item ~= nil and item_name(dep_item) or "",
      vsrc = ffi.cast("int32_t *", e + 48)[0],
      hard = ffi.cast("uint8_t *", e + 52)[0] ~= 0,
    }
  end
  return out
end

local function augs(item)
  local b, n = vec(item, I_AUGS, 80)
  local out = {}
  for i = 0, n - 1 do
    local e = b + i * 80
    local idx = ffi.cast("uint8_t *", e + 32 + 32)[0]
    local a = { name = str(e, 0), kind = "none", weight = ffi.cast("int32_t *", e + 72)[0] }
    if idx == 1 then
      a.kind, a.string = "string", str(e, 32)
    elseif idx == 2 then
      a.kind, a.number = "number", ffi.cast("double *", e + 32)[0]
    end
    out[#out + 1] = a
  end
  return out
end

local function dump_item(item)
  local name = item_name(item)
  check(i32(item, I_ID) == C.rspamd_symcache_find_symbol(cache, name), "id of " .. name)
  check(i32(item, I_FLAGS) == C.rspamd_symcache_item_flags(item), "flags of " .. name)
  local virtual = at(item, I_SPECIFIC_IDX, "uint8_t *")[0] == 1
  local children, conditions, parent_id = {}, 0, -1
  if virtual then
    parent_id = i32(item, I_SPECIFIC)
  else
    local b, n = vec(item, I_SPECIFIC + 16, 8)
    for i = 0, n - 1 do children[#children + 1] = item_name(ffi.cast("void **", b)[i]) end
    local _, nc = vec(item, I_SPECIFIC + 40, 16)
    conditions = nc
  end
  local st = ffi.cast("struct item_stat *", ptr(item, I_ST))
  return {
    name = name, id = i32(item, I_ID), type = types[i32(item, I_TYPE)],
    flags = tonumber(u32(item, I_FLAGS)), priority = i32(item, I_PRIO), order = tonumber(u32(item, I_ORDER)),
    virtual = virtual, parent_id = parent_id, children = children, deps = deps(item, I_DEPS),
    rdeps = deps(item, I_RDEPS), conditions = conditions, allowed_ids = ids(item, I_ALLOWED),
    exec_only_ids = ids(item, I_EXEC_ONLY), forbidden_ids = ids(item, I_FORBIDDEN),
    augmentations = augs(item), weight = st.weight,
    enabled = bit.band(i32(item, I_INTERNAL), 1) ~= 0,
  }
end

local function names_of(base, n, esize, off)
  local out = {}
  for i = 0, n - 1 do out[#out + 1] = item_name(ffi.cast("void **", base + i * esize + off)[0]) end
  return out
end

local function dump()
  local d = { items = {}, stages = {} }
  local b, n = vec(cache, OFF_BY_SYMBOL, 24)
  for i = 0, n - 1 do
    local item = ffi.cast("void **", b + i * 24 + 16)[0]
    -- the key is a std::string_view: length, then pointer
    check(ffi.string(ffi.cast("const char **", b + i * 24 + 8)[0], ffi.cast("size_t *", b + i * 24)[0]) ==
        item_name(item), "key of item " .. i)
    d.items[#d.items + 1] = dump_item(item)
  end
  local ord = ptr(cache, OFF_ORDER)
  local ob, on = vec(ord, 0, 16)
  d.order = names_of(ob, on, 16, 0)
  for i, sname in ipairs(stage_names) do
    local sb, sn = vec(cache, OFF_STAGES + (i - 1) * 24, 8)
    d.stages[sname] = names_of(sb, sn, 8, 0)
  end
  d.cksum = tostring(C.rspamd_symcache_get_cksum(cache)):gsub("ULL$", "")
  d.stats_count = tonumber(C.rspamd_symcache_stats_symbols_count(cache))
  return d
end

local function write(suffix, d)
  local f = assert(io.open(os.getenv("SYMDUMP_OUT") .. suffix, "w"))
  f:write(ucl.to_format(d, "json"))
  f:close()
end

return function(args, res)
  local stats = dofile(os.getenv("SYMDUMP_STATS"))
  stats(args, res)
  find_cache()
  write(".init.json", dump())
  C._ZN6rspamd8symcache8symcache8validateEb(cache, false)
  write(".validated.json", dump())
end
