-- Decodes each line of standard input with the oracle's HTML entity decoder
-- (rspamd_util.decode_html_entities) and prints the result as lowercase hex,
-- one line per input line ("-" for an empty result). gen_entities.go runs
-- it with: rspamadm lua -b -e "$(cat decode_entities.lua)" < probes
local util = require "rspamd_util"

for line in io.lines() do
  local out = util.decode_html_entities(line)
  local s = out and tostring(out) or ''
  if #s == 0 then
    io.write('-\n')
  else
    io.write((s:gsub('.', function(c) return string.format('%02x', c:byte()) end)), '\n')
  end
end
io.stdout:flush()
