-- registers a symbol with a virtual child and a dependency
local id = rspamd_config:register_symbol({
  name = 'GOOD_SYM',
  callback = function() end,
  flags = 'fine',
})
rspamd_config:register_symbol({
  name = 'GOOD_CHILD',
  type = 'virtual',
  parent = id,
  score = -1.0,
  group = 'test',
})
rspamd_config:register_dependency('GOOD_SYM', 'R_MIXED_CHARSET')
