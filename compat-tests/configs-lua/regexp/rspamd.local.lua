function some_global_fn() return true end
config['regexp']['LUA_T1'] = {
  re = 'lua:func1 & lua:nofunc',
  functions = { func1 = function() return true end },
  score = 1.0,
}
config['regexp']['LUA_T2'] = {
  re = 'lua:func1 | From=/x/',
  functions = { func1 = function() return true end },
  re_conditions = { ['From=/x/'] = function() return true end },
  score = 1.0,
}
config['regexp']['LUA_T3'] = {
  re = 'From=/y/',
  re_conditions = { ['From=/y/'] = 'notfn' },
  score = 1.0,
}
config['regexp']['LUA_T4'] = {
  re = 'lua:g',
  functions = 'x',
  score = 1.0,
}
config['regexp']['LUA_T5'] = {
  re = 'lua:g',
  functions = { g = 5 },
  score = 1.0,
}
config['regexp']['LUA_T6'] = {
  re = 'lua:g',
  score = 1.0,
}
