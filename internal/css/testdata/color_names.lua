-- Prints the color the oracle gives each name on standard input, as the
-- value of a <font color="..."> attribute (a plain look-up of the name, no
-- case folding): "r g b a", or "-" when the name is not a color. gen_colors.go
-- runs it with: rspamadm lua -b -e "$(cat color_names.lua)" < names
local parsers = require "rspamd_parsers"
local mempool = require "rspamd_mempool"

local pool = mempool.create()
for name in io.lines() do
  local html = parsers.parse_html_content('<font color="' .. name .. '">x</font>', pool)
  local color
  html:foreach_tag('font', function(tag)
    local st = tag:get_style()
    if type(st) == 'table' and st.color then
      color = table.concat(st.color, ' ')
    end
    return true
  end)
  io.write(color or '-', '\n')
end
io.stdout:flush()
