-- never runs
rspamd_config:register_symbol({ name = 'UNCONFIGURED_SYM', callback = function() end })
