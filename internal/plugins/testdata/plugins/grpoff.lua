-- never runs
rspamd_config:register_symbol({ name = 'GRPOFF_SYM', callback = function() end })
