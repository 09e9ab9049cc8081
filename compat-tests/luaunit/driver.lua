-- The luaunit driver: runs one file of upstream's Lua unit tests
-- (test/lua/unit/*.lua of an rspamd checkout) with the checkout's telescope
-- framework and writes what happened to a results file, one JSON object
-- per line. It runs as `rspamadm lua -a ... driver.lua` in the oracle and
-- in our runtime alike; the Go runner reads the results.
--
-- arg[1] the checkout's test/lua directory
-- arg[2] the unit test file
-- arg[3] the results file
-- arg[4] a Lua pattern test names must match ("" for every test)
--
-- Records:
--   {"kind":"start","index":N,...}               before each test
--   {"kind":"test","index":N,...}                 each test's outcome
--   {"kind":"file","load_error":...,"tests":N}    after the file has loaded
--   {"kind":"done"}                               at the end
--
-- Differences from upstream's tests.lua, all for reporting: each test runs
-- on its own (a failing `before` block fails that test instead of ending
-- the run), a file that fails to load still runs the tests it registered,
-- and two observers record, without changing what code sees, which
-- functions a test looked up and did not find and whether it used
-- rspamd_task.

local test_dir, file, result_path, pattern = arg[1], arg[2], arg[3], arg[4]
if pattern == '' then
  pattern = nil
end

-- rspamd-test has none of the globals `rspamadm lua` adds (some tests
-- check what happens without them)
for _, name in ipairs({ 'rspamadm', 'rspamadm_session', 'rspamadm_ev_base', 'rspamadm_dns_resolver' }) do
  rawset(_G, name, nil)
end

package.path = package.path .. ';' .. test_dir .. '/?.lua;' .. test_dir .. '/unit/?.lua'

local out = assert(io.open(result_path, 'w'))

local function json_string(s)
  s = tostring(s)
  s = s:gsub('[%c"\\\128-\255]', function(c)
    local b = c:byte()
    if c == '"' then
      return '\\"'
    elseif c == '\\' then
      return '\\\\'
    elseif c == '\n' then
      return '\\n'
    elseif c == '\t' then
      return '\\t'
    end
    -- other control characters and raw bytes (the Go side decodes \u00XX
    -- back into the byte)
    return string.format('\\u%04x', b)
  end)
  return '"' .. s .. '"'
end

local function json_value(v)
  local t = type(v)
  if t == 'table' then
    local parts = {}
    for i, e in ipairs(v) do
      parts[i] = json_value(e)
    end
    return '[' .. table.concat(parts, ',') .. ']'
  elseif t == 'number' or t == 'boolean' then
    return tostring(v)
  end
  return json_string(v)
end

-- emit writes a record given as a list of key, value pairs.
local function emit(...)
  local kv = { ... }
  local parts = {}
  for i = 1, #kv, 2 do
    if kv[i + 1] ~= nil then
      parts[#parts + 1] = json_string(kv[i]) .. ':' .. json_value(kv[i + 1])
    end
  end
  out:write('{' .. table.concat(parts, ',') .. '}\n')
  out:flush()
end

-- Observer 1: lookups of names a module or class does not have. The
-- modules are rspamd's preloaded ones, the classes the rspamd{...}
-- metatables whose __index is the metatable itself; a lookup that finds
-- nothing still returns nil, so code sees no difference.
local misses, seen = {}, {}
local function note(owner, key)
  if type(key) ~= 'string' then
    return
  end
  local name = owner .. '\t' .. key
  if not seen[name] and #misses < 200 then
    seen[name] = true
    misses[#misses + 1] = name
  end
end

-- luaunit_stubbed (set by our runner only) names the modules our runtime
-- lacks: every lookup in them that reaches their __index is a miss.
local stubbed = rawget(_G, 'luaunit_stubbed') or {}
local preload_names = {}
for name in pairs(package.preload) do
  if type(name) == 'string' and (name:match('^rspamd_') or name == 'ucl' or name == 'archive' or stubbed[name]) then
    preload_names[#preload_names + 1] = name
  end
end
table.sort(preload_names)
for _, name in ipairs(preload_names) do
  local ok, mod = pcall(require, name)
  if ok and type(mod) == 'table' then
    local mt = getmetatable(mod)
    if mt == nil then
      setmetatable(mod, { __index = function(_, k)
        note(name, k)
      end })
    elseif stubbed[name] and type(mt.__index) == 'function' then
      local stub = mt.__index
      mt.__index = function(t, k)
        note(name, k)
        return stub(t, k)
      end
    end
  end
end

for _, mt in pairs(debug.getregistry()) do
  if type(mt) == 'table' then
    local class = rawget(mt, 'class')
    if type(class) == 'string' and class:match('^rspamd{') and rawget(mt, '__index') == mt
        and getmetatable(mt) == nil then
      setmetatable(mt, { __index = function(_, k)
        note(class, k)
      end })
    end
  end
end

-- Observer 2: whether a test used rspamd_task (it then needs a message and
-- a scan).
local task_used = false
do
  local ok, real = pcall(require, 'rspamd_task')
  if ok and type(real) == 'table' then
    package.loaded.rspamd_task = setmetatable({}, { __index = function(_, k)
      task_used = true
      return real[k]
    end })
  end
end

local telescope = require 'telescope'
require 'rspamd_assertions'

local status_names = {}
for name, code in pairs(telescope.status_codes) do
  status_names[code] = name
end

local contexts = {}
local load_ok, load_err = pcall(telescope.load_contexts, file, contexts)
local load_used_task = task_used
local load_misses = misses

-- context_path names a test's contexts, outermost first, joined by " / ".
local function context_path(i)
  local names = {}
  local p = contexts[i].parent
  while p and p ~= 0 do
    table.insert(names, 1, contexts[p].name)
    p = contexts[p].parent
  end
  return table.concat(names, ' / ')
end

local ntests = 0
for _, c in ipairs(contexts) do
  if c.test then
    ntests = ntests + 1
  end
end
emit('kind', 'file', 'load_error', (not load_ok) and tostring(load_err) or nil,
    'uses_task', load_used_task, 'misses', load_misses, 'tests', ntests)

for i, c in ipairs(contexts) do
  if c.test and (not pattern or tostring(c.name):match(pattern)) then
    misses, seen, task_used = {}, {}, false
    emit('kind', 'start', 'index', i, 'context', context_path(i), 'name', c.name)
    local ok, results = pcall(telescope.run, contexts, nil, function(t)
      return t == c
    end)
    local status, message, trace, assertions
    if not ok then
      -- a before or after block failed
      status, message = 'err', tostring(results)
    else
      local r = results[i] or {}
      status = status_names[r.status_code] or 'err'
      assertions = r.assertions_invoked
      if type(r.message) == 'table' then
        message, trace = r.message[1], r.message[2]
      elseif r.message ~= nil then
        message = r.message
      end
      if message ~= nil then
        message = tostring(message)
      end
    end
    emit('kind', 'test', 'index', i, 'context', context_path(i), 'name', c.name,
        'status', status, 'assertions', assertions, 'message', message,
        'traceback', trace, 'uses_task', task_used, 'misses', misses)
  end
end

emit('kind', 'done')
out:close()
