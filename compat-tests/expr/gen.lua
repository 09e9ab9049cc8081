-- Expression golden generator: run inside the oracle chroot by gen.sh.
--
--   rspamadm lua -a <cases file> gen.lua
--
-- Each non-comment line of the cases file is "<mode> <expression>" (the
-- expression with \n \t \\ \xHH escapes). Then come random expressions
-- made by a fixed generator (see random_cases). Every expression is parsed
-- with rspamd_expression.create and the parse callback of its mode, then,
-- when it parses, evaluated with every input of INPUTS, with and without
-- the no-optimisation flag, recording the result, the atoms the process
-- callback was called for and the trace of process_traced. Finally it is
-- evaluated 300 more times (rspamd reorders the tree after 50 to 200
-- evaluations) and its string form printed again.
--
-- The Go test (golden_test.go) implements the same callbacks.
--
-- Output is the "<key> <value>" format of compat-tests/taskdump.

local rspamd_expression = require "rspamd_expression"
local rspamd_mempool = require "rspamd_mempool"

local fname = arg[1]
if not fname then
  io.stderr:write("usage: rspamadm lua -a <cases> gen.lua\n")
  os.exit(1)
end

local F = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/dumpfmt.lua')
local line, flush = F.buffer()

local function emit(key, v)
  line(key, F.value(v))
end

local unescape = F.unescape

-- Parse callbacks by mode. Each receives the rest of the line.
local parsers = {}

-- word: a run of letters, digits and '_'
parsers.word = function(s) return s:match('^[%w_]+') end

-- comp: composite-like atoms: an optional ~ ^ - prefix, a name with ':'
-- and '+' allowed (g:group, g+:group), an optional [options] part
parsers.comp = function(s)
  return s:match('^[~%^%-]?[%w_:%+]+%b[]') or s:match('^[~%^%-]?[%w_:%+]+')
end

-- token: everything up to white space or a parenthesis
parsers.token = function(s) return s:match('^[^%s%(%)]+') end

-- upper: a word, shown upper-cased
parsers.upper = function(s)
  local w = s:match('^[%w_]+')
  return w and w:upper()
end

-- special: a word, except ERR* raises an error, NUM* returns a number,
-- EMPTY* returns "", LONG* returns the word with "XYZ" appended
parsers.special = function(s)
  local w = s:match('^[%w_]+')
  if not w then return nil end
  if w:sub(1, 3) == 'ERR' then error('parse failure') end
  if w:sub(1, 3) == 'NUM' then return 42 end
  if w:sub(1, 5) == 'EMPTY' then return '' end
  if w:sub(1, 4) == 'LONG' then return w .. 'XYZ' end
  return w
end

-- Inputs: values of atoms by their first word; other atoms are 0.
local INPUTS = {
  {},
  { A = 1 },
  { B = 1 },
  { A = 1, B = 1 },
  { A = 1, B = 1, C = 1, D = 1, E = 1, F = 1 },
  { A = 2, B = 3, C = 0.5 },
  { A = -1, B = 1, C = -2 },
  { C = 1, D = 2, E = 3 },
  { A = 3, B = -5, C = 1 },
  { A = 0.5, D = 1, F = 1 },
  { B = 2, E = -1, F = 4 },
  { A = 1e-20, B = 7, D = -0.25 },
}

for i, inp in ipairs(INPUTS) do
  local keys = {}
  for k in pairs(inp) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do emit('input.' .. i .. '.' .. k, inp[k]) end
  if #keys == 0 then emit('input.' .. i, '') end
end

local calls
local function process(atom, input)
  calls[#calls + 1] = atom
  local key = atom:match('[%w_]+')
  return key and input[key] or 0
end

local pool = rspamd_mempool.create()
local n = 0

local function run(mode, line)
  n = n + 1
  local k = 'case.' .. n
  emit(k .. '.mode', mode)
  emit(k .. '.expr', line)
  local e, err = rspamd_expression.create(line, { parsers[mode], process }, pool)
  if not e then
    emit(k .. '.error', err)
    return
  end
  emit(k .. '.string', e:to_string())
  for j, a in ipairs(e:atoms()) do emit(k .. '.atoms.' .. j, a) end
  for i, inp in ipairs(INPUTS) do
    for _, flags in ipairs({ 0, 1 }) do
      local ek = k .. '.eval.' .. i .. '.' .. flags
      calls = {}
      local r = e:process(inp, flags)
      emit(ek .. '.result', r)
      emit(ek .. '.calls', table.concat(calls, ' '))
      calls = {}
      local _, trace = e:process_traced(inp, flags)
      emit(ek .. '.trace', table.concat(trace, ' '))
    end
  end
  calls = {}
  for _ = 1, 300 do e:process(INPUTS[5]) end
  emit(k .. '.string_after', e:to_string())
end

for l in io.lines(fname) do
  if l ~= '' and l:sub(1, 1) ~= '#' then
    local mode, line = l:match('^(%S+) (.*)$')
    if not mode or not parsers[mode] then
      io.stderr:write('bad case line: ' .. l .. '\n')
      os.exit(1)
    end
    run(mode, unescape(line))
  end
end

-- random_cases makes expressions with a fixed linear congruential
-- generator, so the same expressions come out on every run.
local seed = 20240415
local function rnd(m)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return math.floor(seed / 65536) % m
end

local function pick(t) return t[rnd(#t) + 1] end

local ATOMS = { 'A', 'B', 'C', 'D', 'E', 'F' }
local COMP_ATOMS = { 'A', 'B', '-C', '~D', '^E', 'g:F', 'A[x,y]', 'g+:B' }
local NUMS = { '0', '1', '2', '3', '0.5', '1.25', '-1', '.5', '10' }
local LOGIC = { ' & ', ' | ', ' && ', ' || ', '&', '|', ' and ', ' or ', ' AND ' }
local ARITH = { ' + ', ' - ', ' * ', ' / ', '+', '*' }
local CMP = { ' > ', ' >= ', ' < ', ' <= ', ' == ', ' = ', ' != ', '>', '<=' }
local NOT = { '!', '! ', 'not ', '!!' }

local gen
local function operand(depth, atoms)
  local r = rnd(10)
  if depth > 0 and r < 3 then
    return '(' .. gen(depth - 1, atoms) .. ')'
  elseif r < 4 then
    return pick(NOT) .. pick(atoms)
  end
  return pick(atoms)
end

local function arith(depth, atoms)
  local s = operand(depth, atoms)
  for _ = 1, rnd(4) do
    if rnd(4) == 0 then
      s = s .. pick(ARITH) .. pick(NUMS)
    else
      s = s .. pick(ARITH) .. operand(depth, atoms)
    end
  end
  return s
end

gen = function(depth, atoms)
  local r = rnd(6)
  if r == 0 then
    return arith(depth, atoms) .. pick(CMP) .. pick(NUMS)
  elseif r == 1 then
    return arith(depth, atoms) .. pick(CMP) .. operand(depth, atoms)
  end
  local s = operand(depth, atoms)
  for _ = 1, rnd(5) do
    s = s .. pick(LOGIC) .. operand(depth, atoms)
  end
  return s
end

local SOUP = { 'A', 'B', 'C', '1', '0.5', '-1', '&', '|', '!', '+', '-', '*',
  '/', '>', '<', '=', '(', ')', ' ', ' ', ' ', 'and', 'or', 'not', '-A',
  '/2', '\t', '>=', '!=' }

for _ = 1, 700 do
  local mode = pick({ 'word', 'word', 'comp', 'token' })
  run(mode, gen(2, mode == 'comp' and COMP_ATOMS or ATOMS))
end
for _ = 1, 400 do
  local parts = {}
  for i = 1, rnd(9) + 1 do parts[i] = pick(SOUP) end
  run(pick({ 'word', 'comp', 'token' }), table.concat(parts))
end

flush()
