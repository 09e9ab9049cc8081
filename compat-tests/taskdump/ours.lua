-- Runs the script named by TASKDUMP_SCRIPT (dump.lua, bench.lua) under our
-- rspamadm lua in place of the oracle's chroot: the oracle's public suffix
-- list path is mapped to TASKDUMP_PSL (the oracle's list, which the host's
-- /usr/share/publicsuffix does not hold). Used by runner_test.go.
local rspamd_url = require "rspamd_url"
local init = rspamd_url.init
rspamd_url.init = function(path)
  if path == '/usr/share/publicsuffix/effective_tld_names.dat' then
    path = os.getenv('TASKDUMP_PSL') or path
  end
  return init(path)
end
dofile(assert(os.getenv('TASKDUMP_SCRIPT'), 'TASKDUMP_SCRIPT is not set'))
