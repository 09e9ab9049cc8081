-- Stand-in for upstream's rspamd_assertions: one rspamd-style assertion.
local telescope = require 'telescope'
telescope.make_assertion('rspamd_eq', 'values to be equal (rspamd)', function(t)
  return t.expect == t.actual
end)
