-- Asks the oracle what its HTML parser does with each element name read
-- from standard input (one per line), and prints one line per name:
--
--   name flags=<tag:get_flags()> len=<tag:get_content_length()>
--        extra=<url text, "image" or "-"> seen=<html:has_tag(name)>
--        dup=<html:has_property('duplicate_element')> text=<parse_html>
--        lead=<parse_html of <NAME>b<i>c</i>d>
--
-- for the document a<NAME href=... src=...>b</NAME>c sent as the text/html
-- part of a message (the last field shows whether the element, opening a
-- document, counts as head content that hides what follows it) ("tag=none" when no tag has that name: unknown names;
-- "part=image" when the content sniffer takes the part for an image).
-- internal/html/tags_test.go replays every line with the Go parser.
--
-- Regenerate tags.dump (root, oracle in /srv/oracle-sid), from this
-- directory; new names can be appended to the list first:
--
--   cp tags.lua /srv/oracle-sid/tmp/tags.lua
--   cut -d' ' -f1 tags.dump | chroot /srv/oracle-sid rspamadm lua -b /tmp/tags.lua >tags.dump.new
--   mv tags.dump.new tags.dump
local rspamd_task = require "rspamd_task"
local rspamd_util = require "rspamd_util"

local function quoted(s)
  return (string.format('%q', s):gsub('\n', 'n'))
end

local function observe(name)
  local doc = string.format('a<%s href="http://h.example/p" src="http://s.example/i.png">b</%s>c',
    name:upper(), name:upper())
  local text = 'text=' .. quoted(rspamd_util.parse_html(doc)) .. ' lead=' ..
    quoted(rspamd_util.parse_html(string.format('<%s>b<i>c</i>d', name:upper())))
  local msg = 'From: <s@example.com>\r\nTo: <r@example.org>\r\nSubject: t\r\n' ..
    'MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n' .. doc .. '\r\n'
  local ok, task = rspamd_task.load_from_string(msg, rspamd_config)
  if not ok then return 'task=none ' .. text end
  task:process_message()
  local tp = (task:get_text_parts() or {})[1]
  local html = tp and tp:get_html()
  if not html then
    task:destroy()
    return 'part=image ' .. text
  end
  local found
  html:foreach_tag('any', function(tag)
    if not found and tag:get_type() == name then found = tag end
    return false
  end)
  local res = {}
  if found then
    res[#res + 1] = 'flags=' .. table.concat(found:get_flags(), ',')
    res[#res + 1] = 'len=' .. tostring(found:get_content_length())
    local extra = found:get_extra()
    if extra == nil then
      res[#res + 1] = 'extra=-'
    elseif extra.get_text then
      res[#res + 1] = 'extra=' .. extra:get_text()
    else
      res[#res + 1] = 'extra=image'
    end
  else
    res[#res + 1] = 'tag=none'
  end
  res[#res + 1] = 'seen=' .. tostring(html:has_tag(name))
  res[#res + 1] = 'dup=' .. tostring(html:has_property('duplicate_element'))
  res[#res + 1] = text
  task:destroy()
  return table.concat(res, ' ')
end

for line in io.lines() do
  io.write(line, ' ', observe(line), '\n')
end
io.stdout:flush()
