-- fails while running
rspamd_config:register_symbol({ name = 'BROKEN_SYM', callback = function() end })
error('broken plugin')
