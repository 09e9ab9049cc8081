-- Writes testdata/kann_neural.kann, a network as the neural plugin builds
-- it, trained by the oracle: rspamadm lua kann_gen.lua in the oracle, then
-- copy kann_neural.kann to testdata/ (kann.lua loads it and applies it).

local kann = require "rspamd_kann"

local x = kann.layer.input(12)
x = kann.transform.relu(x)
x = kann.layer.dense(x, 8)
x = kann.layer.layernorm(x)
x = kann.transform.gelu(x)
x = kann.layer.dropout(x, 0.25)
x = kann.layer.dense(x, 4)
x = kann.transform.relu(x)
x = kann.layer.cost(x, 1, kann.cost.ceb_neg)
local nn = kann.new.kann(x)
local ins, outs = {}, {}
for i = 1, 200 do
  local row = {}
  for j = 1, 12 do row[j] = math.sin(i * 0.37 + j * 1.3) * ((i + j) % 3) end
  ins[i] = row
  outs[i] = { (row[1] + row[5] > 0) and 1.0 or -1.0 }
end
nn:train1(ins, outs, { lr = 0.01, max_epoch = 40, mini_size = 16, frac_val = 0.2, max_drop_streak = 5 })
assert(nn:save({ filename = 'kann_neural.kann' }))
