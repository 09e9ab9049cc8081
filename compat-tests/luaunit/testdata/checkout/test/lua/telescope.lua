-- A stand-in for the telescope framework of upstream's checkouts, written
-- for the runner's tests: the parts driver.lua uses (load_contexts, run,
-- status_codes, make_assertion) with the same shapes.
local M = {}

M.status_codes = { err = 2, fail = 4, pass = 8, pending = 16, unassertive = 32 }

local assertions = {}

function M.make_assertion(name, message, check)
  assertions['assert_' .. name] = function(...)
    assertions.count = (assertions.count or 0) + 1
    if not check(...) then
      local text = type(message) == 'function' and message(nil, ...) or message
      error({ 'Assert failed: ' .. text, debug.traceback() })
    end
  end
end

M.make_assertion('equal', 'values to be equal', function(a, b) return a == b end)
M.make_assertion('true', 'value to be true', function(a) return a == true end)

function M.load_contexts(file, contexts)
  local current = 0
  local env = setmetatable({}, { __index = _G })
  function env.context(name, body)
    table.insert(contexts, { parent = current, name = name, context = true })
    local saved = current
    current = #contexts
    body()
    current = saved
  end
  function env.test(name, body)
    table.insert(contexts, { parent = current, name = name, test = body or true })
  end
  function env.before(body)
    contexts[current].before = body
  end
  local chunk = assert(loadfile(file))
  setfenv(chunk, env)()
  return contexts
end

function M.run(contexts, _, keep)
  local results = {}
  for i, c in ipairs(contexts) do
    if c.test and keep(c) then
      local p = c.parent
      while p ~= 0 do
        if contexts[p].before then
          contexts[p].before()
        end
        p = contexts[p].parent
      end
      if type(c.test) ~= 'function' then
        results[i] = { status_code = M.status_codes.pending, assertions_invoked = 0 }
      else
        local env = setmetatable({}, { __index = _G })
        for k, v in pairs(assertions) do
          env[k] = v
        end
        assertions.count = 0
        setfenv(c.test, env)
        local ok, err = xpcall(c.test, debug.traceback)
        local r = { assertions_invoked = assertions.count }
        if ok then
          r.status_code = assertions.count > 0 and M.status_codes.pass or M.status_codes.unassertive
        elseif type(err) == 'table' then
          r.status_code, r.message = M.status_codes.fail, err
        else
          r.status_code, r.message = M.status_codes.err, { err, debug.traceback() }
        end
        results[i] = r
      end
    end
  end
  return results
end

return M
