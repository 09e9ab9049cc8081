-- Asks the oracle about charset labels, for gen_aliases.go, which runs it as
--   rspamadm lua -b [-a aliases] -e "$(cat charset_labels.lua)"
-- With the argument "aliases" it prints every alias of every converter of
-- the oracle's ICU, one per line. Otherwise, for each label on standard
-- input (lowercased, trimmed) it prints what rspamd_mime_detect_charset
-- resolves it to and what ICU alone does, tab-separated ("-" for unknown).
-- The label is given with a leading '"', which rspamd trims, so that one
-- that starts with "cp-" or "ibm-" keeps its dashes: the answer is that for
-- the label as a key of rspamd's substitution table. ICU alone is asked as
-- rspamd asks it after that table: the converter's canonical name under
-- the MIME standard, else IANA, else ICU's own, else its first alias.
local ffi = require "ffi"
local mempool = require "rspamd_mempool"

ffi.cdef [[
typedef struct { size_t len; const char *begin; } gorspamd_ftok;
const char *rspamd_mime_detect_charset(const gorspamd_ftok *in, void *pool);
]]

-- ICU's functions carry its major version in their names
local icu
for v = 99, 50, -1 do
  local name = 'ucnv_getAlias_' .. v
  ffi.cdef('const char *' .. name .. '(const char *alias, uint16_t n, int *err);')
  if pcall(function() return ffi.C[name] end) then
    icu = v
    break
  end
end
assert(icu, 'ICU not found in the oracle')
ffi.cdef((string.gsub([[
const char *ucnv_getCanonicalName_V(const char *alias, const char *standard, int *err);
int32_t ucnv_countAvailable_V(void);
const char *ucnv_getAvailableName_V(int32_t n);
uint16_t ucnv_countAliases_V(const char *alias, int *err);
]], 'V', icu)))
local function C(name) return ffi.C[name .. '_' .. icu] end
local err = ffi.new('int[1]')

if arg and arg[1] == 'aliases' then
  for i = 0, C('ucnv_countAvailable')() - 1 do
    local conv = C('ucnv_getAvailableName')(i)
    err[0] = 0
    for n = 0, C('ucnv_countAliases')(conv, err) - 1 do
      err[0] = 0
      local a = C('ucnv_getAlias')(conv, n, err)
      if a ~= nil then io.write(ffi.string(a), '\n') end
    end
  end
  io.stdout:flush()
  return
end

local function icu_resolve(label)
  for _, std in ipairs({ 'MIME', 'IANA', '' }) do
    err[0] = 0
    local r = C('ucnv_getCanonicalName')(label, std, err)
    if r ~= nil then
      return ffi.string(r)
    end
  end
  err[0] = 0
  local r = C('ucnv_getAlias')(label, 0, err)
  return r ~= nil and ffi.string(r) or '-'
end

local pool = ffi.cast('void **', mempool.create())[0]
local tok = ffi.new('gorspamd_ftok')
for label in io.lines() do
  local quoted = '"' .. label
  tok.len, tok.begin = #quoted, quoted
  local r = ffi.C.rspamd_mime_detect_charset(tok, pool)
  io.write(r ~= nil and ffi.string(r) or '-', '\t', icu_resolve(label), '\n')
end
io.stdout:flush()
