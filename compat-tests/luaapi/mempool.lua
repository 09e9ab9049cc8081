-- Oracle script for rspamd_mempool and rspamd{mempool}: rspamadm lua
-- mempool.lua. Every line it prints is "<key> <value>"; log messages of
-- the run come in between (see regen.sh). Reads that go past what a
-- variable holds (upstream reads whatever memory follows) are not tried.

local rspamd_mempool = require "rspamd_mempool"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local pool = rspamd_mempool.create()
out('create', type(pool))

-- variables of every kind, read back with type lists
local sets = {
  { 'a', { 'bcd', 1, 1.01, false }, { '', 'string,double,double,bool', 'string, double double,bool' } },
  { 'num', { 42 }, { '', 'double', 'int', 'int64', 'DOUBLE', 'Double' } },
  { 'neg', { -1.5 }, { 'double', 'int64' } },
  { 'big', { 2 ^ 53 + 2 }, { 'double', 'int64' } },
  { 'int', { 7 }, { 'int,int' } },
  { 'b', { true }, { 'bool', 'int', '' } },
  { 'f', { false }, { 'bool' } },
  { 's', { 'hello' }, { '', 'string', 'STRING' } },
  { 'empty', { '' }, { '', 'string' } },
  { 'nul', { 'a\0b' }, { '', 'string' } },
  { 'two', { 'x', 'yz' }, { 'string,string', 'string' } },
  { 'bucket', { { 1, 2.5, -3 } }, { 'bucket' } },
  { 'ebucket', { {} }, { 'bucket' } },
  { 'mixed', { 1, { 4, 5 }, 'end' }, { 'double,bucket,string' } },
  { 'spec', { 1, 2 }, { ',double', ' double', 'double,', 'double,,double', 'double  double', 'unknown',
                        'unknown,double', 'double,foo,double', 'doublex' } },
}
for i, c in ipairs(sets) do
  local name, vals, types = c[1], c[2], c[3]
  out('set.' .. i, name .. ' ' .. call(pool.set_variable, pool, name, unpack(vals)))
  for j, t in ipairs(types) do
    if t == '' then
      out('get.' .. i .. '.' .. j, call(pool.get_variable, pool, name))
    else
      out('get.' .. i .. '.' .. j, show(t) .. ' ' .. call(pool.get_variable, pool, name, t))
    end
  end
  out('has.' .. i, call(pool.has_variable, pool, name))
end

-- unhandled types and no values
out('set.func', call(pool.set_variable, pool, 'func', function() end))
out('has.func', call(pool.has_variable, pool, 'func'))
out('set.none', call(pool.set_variable, pool, 'none'))
out('set.mix_func', call(pool.set_variable, pool, 'mixf', 5, function() end, 'x'))
out('get.mix_func', call(pool.get_variable, pool, 'mixf', 'double,string'))
out('set.nil', call(pool.set_variable, pool, 'nilv', nil, 3))
out('get.nil', call(pool.get_variable, pool, 'nilv', 'double'))

-- buckets
out('bucket.table', call(pool.set_bucket, pool, 'bt', 3, { 1, 2, 3, 4 }))
out('bucket.table.get', call(pool.get_variable, pool, 'bt', 'bucket'))
out('bucket.args', call(pool.set_bucket, pool, 'ba', 2, 10, 20, 30))
out('bucket.args.get', call(pool.get_variable, pool, 'ba', 'bucket'))
out('bucket.zero', call(pool.set_bucket, pool, 'bz', 0, {}))
out('bucket.neg', call(pool.set_bucket, pool, 'bn', -1, {}))
out('bucket.nonum', call(pool.set_bucket, pool, 'bx', 'x', {}))
out('bucket.short', call(pool.set_bucket, pool, 'bs', 3, { 1 }))
out('bucket.short.get', call(pool.get_variable, pool, 'bs', 'bucket'))

-- replacing, deleting, missing
out('replace.set', call(pool.set_variable, pool, 's', 'world'))
out('replace.get', call(pool.get_variable, pool, 's'))
out('missing.get', call(pool.get_variable, pool, 'nosuch'))
out('missing.get_typed', call(pool.get_variable, pool, 'nosuch', 'double'))
out('missing.has', call(pool.has_variable, pool, 'nosuch'))
out('delete', call(pool.delete_variable, pool, 's'))
out('delete.again', call(pool.delete_variable, pool, 's'))
out('delete.has', call(pool.has_variable, pool, 's'))

-- odd names
out('name.number', call(pool.set_variable, pool, 12, 'twelve'))
out('name.number.get', call(pool.get_variable, pool, '12'))
out('name.nul', call(pool.set_variable, pool, 'x\0y', 'cut'))
out('name.nul.get', call(pool.get_variable, pool, 'x'))
out('name.nil', call(pool.set_variable, pool, nil, 1))
out('get.noname', call(pool.get_variable, pool))
out('get.typenum', call(pool.get_variable, pool, 'num', 5))
out('get.typetable', call(pool.get_variable, pool, 'num', {}))

-- other methods
out('suggest_size', call(pool.suggest_size, pool))
out('stat', call(function() return pool:stat() == pool end))
out('tostring', tostring(pool):match('^rspamd{mempool}') or tostring(pool))

-- destructors, in upstream's order
local order = {}
local p2 = rspamd_mempool.create()
for i = 1, 5 do
  local r = p2:add_destructor(function() order[#order + 1] = i end)
  if i == 1 then out('dtor.ret', type(r)) end
end
out('dtor.nofunc', call(p2.add_destructor, p2, 'x'))
p2:add_destructor(function() error('boom') end)
p2:add_destructor(function() order[#order + 1] = 'after' end)
p2:destroy()
out('dtor.order', table.concat(order, ' '))

-- argument errors
out('err.self', call(pool.get_variable, 'x', 'a'))
out('err.nil', call(pool.set_variable))
out('err.create_args', type(rspamd_mempool.create('ignored', 5)))
