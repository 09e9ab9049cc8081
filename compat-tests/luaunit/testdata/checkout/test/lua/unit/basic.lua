-- Each test ends in one of the runner's verdicts.
context("verdicts", function()
  local util = require 'rspamd_util'
  local mempool = require 'rspamd_mempool'
  local task = require 'rspamd_task'

  test("passes", function()
    assert_equal(1, 1)
    assert_rspamd_eq({ expect = 'a', actual = 'a' })
  end)
  test("fails an assertion", function()
    assert_equal(1, 2)
  end)
  test("calls a module function that does not exist", function()
    util.luaunit_no_such_function()
  end)
  test("calls a method that does not exist", function()
    mempool.create():luaunit_no_such_method()
  end)
  test("gives up when a function is missing", function()
    if not pcall(function() return util.luaunit_missing_too() end) then
      return
    end
    assert_true(true)
  end)
  test("probes for a function the oracle lacks too", function()
    assert_equal(util.luaunit_probe, 'there')
  end)
  test("calls a C function through the FFI", function()
    local ffi = require 'ffi'
    ffi.cdef [[ void luaunit_no_such_symbol(void); ]]
    ffi.C.luaunit_no_such_symbol()
  end)
  test("raises an error", function()
    error('boom')
  end)
  test("needs a task", function()
    local _, t = task.load_from_string('Subject: x\r\n\r\nbody', rspamd_config)
    t:process_message()
    assert_equal(t:get_subject(), 'x')
  end)
  test("is pending")
  test("asserts nothing", function() end)
end)

context("a failing before block", function()
  before(function()
    error('in before')
  end)
  test("never starts", function()
    assert_true(true)
  end)
end)
