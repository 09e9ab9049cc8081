-- Oracle script for rspamd_kann: rspamadm lua kann.lua; every line it
-- prints is "<key> <value>", log messages come in between (see regen.sh).
-- kann's random generator is seeded the same in every process, so the
-- networks built here are the same bytes in both implementations. Trained
-- weights differ in the last bits (rspamd compiles kann with unsafe math
-- optimizations): the keys starting with '~' hold values compared within
-- a tolerance. testdata/kann_neural.kann is a network the oracle trained
-- (kann_gen.lua), applied here.

local kann = require "rspamd_kann"
local hash = require "rspamd_cryptobox_hash"
local rspamd_util = require "rspamd_util"
local rspamd_text = require "rspamd_text"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local function digest(t)
  local hh = hash.create_specific('sha256')
  hh:update(tostring(t))
  return #tostring(t) .. ':' .. tostring(rspamd_util.encode_base32(hh:bin()))
end

local function vec(v)
  if type(v) ~= 'table' then return show(v) end
  local parts = {}
  for i, x in ipairs(v) do parts[i] = string.format('%.9g', x) end
  return table.concat(parts, ',')
end

local function keys(t)
  local r = {}
  for k, v in pairs(t) do r[#r + 1] = k .. (type(v) == 'number' and ('=' .. v) or '') end
  table.sort(r)
  return table.concat(r, ' ')
end

out('module', keys(kann))
for _, g in ipairs({ 'flag', 'cost', 'rnn', 'layer', 'transform', 'loss', 'new' }) do
  out('module.' .. g, keys(kann[g]))
end

-- the unit test's XOR network
local inputs = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } }
local outputs = { { 0 }, { 1 }, { 1 }, { 0 } }
local t = kann.layer.input(2)
t = kann.transform.relu(t)
t = kann.transform.tanh(kann.layer.dense(t, 2))
t = kann.layer.cost(t, 1, kann.cost.mse)
local k = kann.new.kann(t)
out('xor.untrained', digest(k:save()))
local costs = {}
local niter = k:train1(inputs, outputs, { lr = 0.01, max_epoch = 500, mini_size = 80,
  cb = function(iter, train, val)
    if iter % 100 == 0 or iter < 3 then costs[#costs + 1] = iter .. '=' .. string.format('%.9g/%.9g', train, val) end
  end })
out('~xor.iters', niter .. ' ' .. table.concat(costs, ' '))
local saved = k:save()
for i, inp in ipairs(inputs) do out('~xor.apply.' .. i, vec(k:apply1(inp))) end
local k2 = kann.load(saved)
out('xor.reload', tostring(tostring(k2:save()) == tostring(saved)) .. ' ' .. tostring(vec(k2:apply1({ 1, 0 })) == vec(k:apply1({ 1, 0 }))))
out('xor.reload.text', show(kann.load(rspamd_text.fromstring(tostring(saved)))))
out('xor.file', call(k.save, k, { filename = 'xor.kann' }) .. ' ' .. tostring(tostring(kann.load({ filename = 'xor.kann' }):save()) == tostring(saved)))

-- a network as the neural plugin builds it, with validation and dropout
local function neural(n, nhidden)
  local x = kann.layer.input(n)
  x = kann.transform.relu(x)
  x = kann.layer.dense(x, nhidden)
  x = kann.layer.layernorm(x)
  x = kann.transform.gelu(x)
  x = kann.layer.dropout(x, 0.25)
  x = kann.layer.dense(x, math.floor(nhidden / 2))
  x = kann.transform.relu(x)
  x = kann.layer.cost(x, 1, kann.cost.ceb_neg)
  return kann.new.kann(x)
end
local nn = neural(12, 8)
out('neural.untrained', digest(nn:save()))
local ins, outs = {}, {}
for i = 1, 60 do
  local row = {}
  for j = 1, 12 do row[j] = math.sin(i * 0.37 + j * 1.3) * ((i + j) % 3) end
  ins[i] = row
  outs[i] = { (row[1] + row[5] > 0) and 1.0 or -1.0 }
end
out('~neural.iters', nn:train1(ins, outs, { lr = 0.01, max_epoch = 30, mini_size = 16, frac_val = 0.2, max_drop_streak = 5 }))
out('~neural.apply', vec(nn:apply1(ins[1])) .. ' ' .. vec(nn:apply1(ins[2])))
local nn2 = neural(12, 8)
out('neural.compat', tostring(nn:is_compatible(nn2)) .. ' ' .. tostring(nn:is_compatible(k)))
out('~neural.merge', call(nn2.merge_weights, nn2, nn, 0.5) .. ' ' .. vec(nn2:apply1(ins[3])))
out('neural.merge.bad', call(nn2.merge_weights, nn2, k, 0.5))
out('neural.merge.alpha', call(nn2.merge_weights, nn2, nn, 1.5))

-- a network the oracle trained and saved
local on = kann.load({ filename = 'kann_neural.kann' })
out('oracle.load', digest(on:save()))
for i = 1, 5 do out('~oracle.apply.' .. i, vec(on:apply1(ins[i]))) end
out('oracle.compat', tostring(on:is_compatible(nn)))

-- other costs and transforms
for _, c in ipairs({ 'ceb', 'cem', 'mse', 'ceb_neg' }) do
  local x = kann.layer.input(3)
  x = kann.transform.sigm(kann.layer.dense(x, 4))
  local net = kann.new.kann(kann.layer.cost(x, 2, kann.cost[c]))
  local n = net:train1({ { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 1, 1, 0 } }, { { 1, 0 }, { 0, 1 }, { 1, 0 }, { 0, 1 } },
    { max_epoch = 20, mini_size = 2, frac_val = 0 })
  out('~cost.' .. c, n .. ' ' .. vec(net:apply1({ 1, 0, 0 })))
end
local a, b = kann.layer.input(4), kann.new.weight(4, 4)
local ops = kann.transform.add(kann.transform.cmul(a, b), kann.new.bias(4))
ops = kann.transform.sub(ops, kann.transform.square(kann.transform.tanh(ops)))
ops = kann.transform.mul(ops, kann.transform.exp(kann.transform.sin(kann.transform['1minus'](ops))))
ops = kann.transform.softmax(ops)
local net = kann.new.kann(kann.layer.cost(ops, 1, kann.cost.ceb))
out('ops', digest(net:save()))
out('~ops.apply', vec(net:apply1({ 0.1, 0.2, 0.3, 0.4 })))

-- errors
out('err.input', call(kann.layer.input, 0))
out('err.input.str', call(kann.layer.input, 'x'))
out('err.dense', call(kann.layer.dense, 'x', 2))
out('err.cost.nout', call(kann.layer.cost, kann.layer.input(2), 0, 1))
out('err.new.kann', call(kann.new.kann))
out('err.new.kann.notcost', call(function() return tostring(kann.new.kann(kann.layer.input(2)) ~= nil) end))
out('err.load.garbage', show(kann.load('garbage data')))
out('err.load.empty', call(kann.load, ''))
out('err.load.none', call(kann.load))
out('err.load.nofile', call(kann.load, { filename = 'nonexistent' }))
out('err.load.nofilename', call(kann.load, {}))
out('err.save.nofilename', call(k.save, k, {}))
out('err.save.baddir', call(k.save, k, { filename = 'nodir/x.kann' }))
out('err.apply.dim', call(k.apply1, k, { 1, 2, 3 }))
out('err.apply.notable', call(k.apply1, k, 'x'))
out('err.train.args', call(k.train1, k, {}))
out('err.train.empty', call(k.train1, k, {}, {}))
out('err.train.mismatch', call(k.train1, k, { { 1, 2 } }, { { 1 }, { 2 } }))
out('err.train.indim', call(k.train1, k, { { 1, 2, 3 } }, { { 1 } }))
out('err.train.outdim', call(k.train1, k, { { 1, 2 } }, { { 1, 2 } }))
out('err.train.params', call(k.train1, k, { { 1, 2 } }, { { 1 } }, { lr = 'x' }))
out('err.badself', call(k.apply1, t, { 1, 2 }))
out('err.transform', call(kann.transform.add, kann.layer.input(2)))
out('err.mismatch', call(function() return type(kann.transform.cmul(kann.layer.input(2), kann.new.weight(3, 3))) end))
