-- never runs
rspamd_config:register_symbol({ name = 'OFF_SYM', callback = function() end })
