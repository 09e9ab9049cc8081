-- Times rspamd's message parsing (rspamd_task.load_from_string and
-- task:process_message(), which includes HTML, URL and language
-- processing) over a list of messages; prints "bytes nanoseconds" for one
-- pass over all of them (the best of several passes).
--
--   rspamadm lua -a <list file> bench.lua
local rspamd_task = require "rspamd_task"
local rspamd_util = require "rspamd_util"
local rspamd_url = require "rspamd_url"

rspamd_url.init('/usr/share/publicsuffix/effective_tld_names.dat')
rspamd_config:init_subsystem('langdet')

local msgs, bytes = {}, 0
for path in io.lines(arg[1]) do
  local f = assert(io.open(path, 'rb'))
  local s = f:read('*a')
  f:close()
  msgs[#msgs + 1] = s
  bytes = bytes + #s
end

local function pass()
  for _, s in ipairs(msgs) do
    local ok, task = rspamd_task.load_from_string(s, rspamd_config)
    if ok then
      task:process_message()
      task:destroy()
    end
  end
end

pass()
local best = math.huge
local start = rspamd_util.get_ticks()
repeat
  local t0 = rspamd_util.get_ticks()
  pass()
  local el = rspamd_util.get_ticks() - t0
  if el < best then best = el end
until rspamd_util.get_ticks() - start > 5
print(string.format('%d %.0f', bytes, best * 1e9))
