-- load.lua: loads the packaged configuration into the bare configuration
-- of `rspamadm lua` and reports how long that took and what the loaded
-- state holds. loadbench_test.go runs it with the oracle's rspamadm and
-- with ours. Output, one "name value" per line:
--   start HEAP      Lua heap (KiB) before the load, after a full GC; then
--                   the script waits for a line on stdin (the benchmark
--                   reads the process's RSS meanwhile)
--   wall SECONDS    the load's wall time (rspamd_util.get_ticks)
--   cpu SECONDS     the load's CPU time (os.clock: every thread)
--   symbols N       the symbols registered
--   loaded HEAP     Lua heap (KiB) after the load and a full GC; then it
--                   waits for a line again
local rspamd_util = require 'rspamd_util'

local function pause(stage)
  collectgarbage('collect')
  collectgarbage('collect')
  print(stage .. ' ' .. collectgarbage('count'))
  io.stdout:flush()
  io.read('*l')
end

local function check(step, ok, err)
  if not ok then
    error(step .. ' failed: ' .. tostring(err))
  end
end

pause('start')
local wall, cpu = rspamd_util.get_ticks(), os.clock()
check('load_ucl', rspamd_config:load_ucl(rspamd_paths.CONFDIR .. '/rspamd.conf'))
check('parse_rcl', rspamd_config:parse_rcl({ 'logging' }))
check('init_modules', rspamd_config:init_modules())
rspamd_config:init_subsystem('symcache')
wall, cpu = rspamd_util.get_ticks() - wall, os.clock() - cpu
print('wall ' .. wall)
print('cpu ' .. cpu)
print('symbols ' .. rspamd_config:get_symbols_count())
pause('loaded')
