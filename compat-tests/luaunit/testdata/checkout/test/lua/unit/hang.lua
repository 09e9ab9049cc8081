context("hang", function()
  test("never returns", function()
    while true do end
  end)
end)
