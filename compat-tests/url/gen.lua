-- URL golden generator: run inside the oracle chroot by gen.sh.
--
--   rspamadm lua -a <mode> -a <inputs file> gen.lua
--
-- Modes:
--   create  every input through rspamd_url.create(pool, s)
--   all     every input through rspamd_url.all(pool, s)
--   tld     every input through rspamd_util.get_tld(s)
--   html    every input through rspamd_util.parse_html(s), and as the
--           text/html part of a message processed as a task
--   subject every input as the subject of a message processed as a task
--   body    every input as the plain text body of a message processed as a
--           task
--
-- Output is line oriented, "<key> <value>", in the format of
-- compat-tests/taskdump (quoted strings with \\ \" \n \r \t and \xHH for
-- control bytes, DEL and, in strings that are not valid UTF-8, every byte
-- >= 0x80). Case numbers follow the order of the non-comment input lines.

local rspamd_url = require "rspamd_url"
local rspamd_util = require "rspamd_util"
local rspamd_mempool = require "rspamd_mempool"
local rspamd_task = require "rspamd_task"
local rspamd_cryptobox_hash = require "rspamd_cryptobox_hash"

-- Tasks with more URLs (HTML parts with more tags) than this dump only the
-- first and last half of it in full (and an MD5 of the others).
local long_list = 100
-- Attribute names probed with tag:get_attribute, has_attribute and
-- get_numeric_attribute.
local probe_attrs = { 'href', 'src', 'style', 'class', 'id', 'hidden', 'action', 'alt',
  'title', 'aria-label', 'data-x', 'width', 'height', 'size', 'font-size', 'line-height',
  'border-width', 'opacity', 'min-width', 'max-width', 'min-height', 'max-height',
  'cellpadding', 'cellspacing', 'tabindex', 'disabled', 'checked' }

-- Text contents longer than this are dumped as their MD5.
local long_text = 65536

local function md5(s)
  local h = rspamd_cryptobox_hash.create_specific('md5')
  h:update(s)
  return h:hex()
end

local mode, fname = arg[1], arg[2]
if not mode or not fname then
  io.stderr:write("usage: rspamadm lua -a <mode> -a <inputs> gen.lua\n")
  os.exit(1)
end

rspamd_url.init('/usr/share/publicsuffix/effective_tld_names.dat')

local F = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/dumpfmt.lua')
local add_line, flush = F.buffer()

-- emit adds a "<key> <value>" line; an rspamd{text} is rendered as its
-- string.
local function emit(key, v)
  local s = type(v) == 'userdata' and F.text(v)
  add_line(key, s and F.quote(s) or F.value(v))
end

local function dump_url(k, u)
  emit(k .. '.text', u:get_text())
  emit(k .. '.tostring', tostring(u))
  emit(k .. '.raw', u:get_raw())
  emit(k .. '.protocol', u:get_protocol())
  emit(k .. '.user', u:get_user())
  emit(k .. '.host', u:get_host())
  emit(k .. '.port', u:get_port())
  emit(k .. '.path', u:get_path())
  emit(k .. '.query', u:get_query())
  emit(k .. '.fragment', u:get_fragment())
  emit(k .. '.tld', u:get_tld())
  emit(k .. '.flags', u:get_flags_num())
  emit(k .. '.length', u:get_length())
  emit(k .. '.to_http', u:to_http())
  emit(k .. '.hash', u:get_hash())
end

-- dump_task prints what the task keeps about URLs and the HTML part.
local function dump_task(k, msg)
  local ok, task = rspamd_task.load_from_string(msg, rspamd_config)
  if not ok then
    emit(k .. '.task', nil)
    return
  end
  task:process_message()
  for i, tp in ipairs(task:get_text_parts() or {}) do
    local tk = k .. '.text.' .. i
    for _, what in ipairs({ 'content', 'content_oneline' }) do
      local c = tp:get_content(what)
      if c and #c > long_text then
        emit(tk .. '.' .. what .. '_md5', md5(tostring(c)))
      else
        emit(tk .. '.' .. what, c)
      end
    end
    local html = tp:get_html()
    if html then
      local f = html:get_features()
      for _, name in ipairs({ 'flags', 'forms_count', 'forms_post_unaffiliated',
          'forms_post_affiliated', 'has_password_input', 'images_total',
          'images_external', 'images_data', 'images_tiny_external', 'tags_count',
          'max_dom_depth', 'text_visible', 'text_hidden', 'text_transparent',
          'blocks_hidden', 'blocks_transparent', 'offscreen_blocks', 'meta_refresh',
          'meta_refresh_urls' }) do
        emit(tk .. '.feature.' .. name, f[name])
      end
      local lnames = {}
      for name in pairs(f.links) do lnames[#lnames + 1] = name end
      table.sort(lnames)
      for _, name in ipairs(lnames) do emit(tk .. '.feature.links.' .. name, f.links[name]) end
      emit(tk .. '.invisible', html:get_invisible())
      for j, img in ipairs(html:get_images() or {}) do
        local ik = tk .. '.image.' .. j
        emit(ik .. '.src', img.src)
        emit(ik .. '.width', img.width)
        emit(ik .. '.height', img.height)
        emit(ik .. '.embedded', img.embedded)
        emit(ik .. '.data', img.data)
        emit(ik .. '.url', img.url and img.url:get_text() or nil)
      end
      -- long tag lists: the tags in the middle only as a digest of their
      -- type, flags, length and leaf bit
      local ntags = 0
      html:foreach_tag('any', function() ntags = ntags + 1; return false end)
      emit(tk .. '.tags', ntags)
      local mid = {}
      local nt = 0
      html:foreach_tag('any', function(tag, len, leaf)
        nt = nt + 1
        if ntags > long_list and nt > long_list / 2 and nt <= ntags - long_list / 2 then
          mid[#mid + 1] = string.format('%s|%s|%d|%s', tag:get_type() or '',
            table.concat(tag:get_flags(), ','), len, tostring(leaf))
          return false
        end
        local gk = tk .. '.tag.' .. nt
        emit(gk .. '.type', tag:get_type())
        emit(gk .. '.flags', table.concat(tag:get_flags(), ','))
        emit(gk .. '.len', len)
        emit(gk .. '.leaf', leaf)
        emit(gk .. '.content', tag:get_content())
        local st = tag:get_style()
        if st then
          emit(gk .. '.style.visible', st.visible)
          emit(gk .. '.style.transparent', st.transparent)
          emit(gk .. '.style.font_size', st.font_size)
          emit(gk .. '.style.color', st.color and table.concat(st.color, ',') or nil)
          emit(gk .. '.style.bgcolor', st.bgcolor and table.concat(st.bgcolor, ',') or nil)
        end
        local attrs = tag:get_all_attributes() or {}
        local anames = {}
        for name in pairs(attrs) do anames[#anames + 1] = name end
        table.sort(anames)
        for _, name in ipairs(anames) do emit(gk .. '.attr.' .. name, attrs[name]) end
        local unknown = tag:get_unknown_attributes() or {}
        local unames = {}
        for name in pairs(unknown) do unames[#unames + 1] = name end
        table.sort(unames)
        for _, name in ipairs(unames) do emit(gk .. '.unknown.' .. name, unknown[name]) end
        -- get_attribute, has_attribute and get_numeric_attribute of some
        -- names, when set
        for _, name in ipairs(probe_attrs) do
          local v = tag:get_attribute(name)
          if v ~= nil then emit(gk .. '.get.' .. name, v) end
          if tag:has_attribute(name) ~= (v ~= nil) then emit(gk .. '.has.' .. name, tag:has_attribute(name)) end
          local n = tag:get_numeric_attribute(name)
          if n ~= nil then emit(gk .. '.num.' .. name, n) end
        end
        emit(gk .. '.content_length', tag:get_content_length())
        emit(gk .. '.children', #(tag:get_children() or {}))
        local parent = tag:get_parent()
        emit(gk .. '.parent', parent and parent:get_type() or nil)
        local ex = tag:get_extra()
        if type(ex) == 'table' then
          emit(gk .. '.extra', 'image')
        elseif ex then
          emit(gk .. '.extra', ex:get_text())
        end
        return false
      end)
      if #mid > 0 then emit(tk .. '.tags_md5', md5(table.concat(mid, '\n'))) end
      for j, e in ipairs(tp:get_cta_urls({ with_weights = true, original = true }) or {}) do
        emit(tk .. '.cta.' .. j .. '.url', e.url:get_text())
        emit(tk .. '.cta.' .. j .. '.weight', string.format('%.4f', e.weight))
      end
    end
  end
  -- URL selections of the Lua getters (sampled above max_lua_urls, with a
  -- seed made of the task's date and digest)
  emit(k .. '.digest', task:get_digest())
  for _, sel in ipairs({
      { 'default', function() return task:get_urls() end },
      { 'sorted', function() return task:get_urls({ sort = true }) end },
      { 'emails', function() return task:get_emails() end },
      { 'filtered', function() return task:get_urls_filtered(nil, { 'image' }) end },
      { 'explicit', function()
        return task:get_urls({ flags = { 'html_displayed' }, flags_mode = 'explicit' })
      end },
    }) do
    local texts = {}
    for i, u in ipairs(sel[2]() or {}) do texts[i] = u:get_text() end
    emit(k .. '.sel.' .. sel[1] .. '.count', #texts)
    emit(k .. '.sel.' .. sel[1] .. '.md5', md5(table.concat(texts, '\n')))
  end
  -- URLs in the task's hash order
  -- max_urls = 0 lifts max_lua_urls (above it, task:get_urls samples)
  local urls = task:get_urls({ protocols = { 'http', 'https', 'mailto', 'ftp', 'file', 'telephone' },
    images = true, content = true, max_urls = 0 }) or {}
  emit(k .. '.urls', #urls)
  if #urls > 1000 then
    -- the seed of the samples
    emit(k .. '.date', task:get_date())
  end
  if #urls > long_list then
    -- long lists: every URL's text only as a digest, the first and last
    -- ones in full
    local texts = {}
    for i, u in ipairs(urls) do texts[i] = u:get_text() end
    table.sort(texts)
    emit(k .. '.urls_md5', md5(table.concat(texts, '\n')))
  end
  for i, u in ipairs(urls) do
    if #urls > long_list and i > long_list / 2 and i <= #urls - long_list / 2 then
      goto continue
    end
    local uk = k .. '.url.' .. i
    dump_url(uk, u)
    emit(uk .. '.visible', u:get_visible())
    emit(uk .. '.count', u:get_count())
    emit(uk .. '.order', u:get_order())
    emit(uk .. '.part_order', u:get_part_order())
    emit(uk .. '.query_embedded', u:get_query_embedded_urls())
    local ph = u:get_phished()
    emit(uk .. '.phished', ph and ph:get_text() or nil)
    ::continue::
  end
end

local pool = rspamd_mempool.create()
local n = 0
for line in io.lines(fname) do
  if line ~= '' and line:sub(1, 1) ~= '#' then
    n = n + 1
    local s = F.unescape(line)
    local k = 'case.' .. n
    emit(k .. '.input', s)
    if mode == 'create' then
      local u = rspamd_url.create(pool, s)
      if u then dump_url(k .. '.url', u) else emit(k .. '.url', nil) end
    elseif mode == 'all' then
      local t = rspamd_url.all(pool, s) or {}
      emit(k .. '.count', #t)
      for i, u in ipairs(t) do dump_url(k .. '.url.' .. i, u) end
    elseif mode == 'tld' then
      emit(k .. '.tld', rspamd_util.get_tld(s))
    elseif mode == 'html' then
      emit(k .. '.parse_html', rspamd_util.parse_html(s))
      dump_task(k, 'From: Sender <sender@example.com>\r\nTo: rcpt@example.org\r\n' ..
        'Subject: test\r\nMIME-Version: 1.0\r\n' ..
        'Content-Type: text/html; charset=utf-8\r\n' ..
        'Content-Transfer-Encoding: 8bit\r\n\r\n' .. s .. '\r\n')
    elseif mode == 'body' then
      dump_task(k, 'From: Sender <sender@example.com>\r\nTo: rcpt@example.org\r\n' ..
        'Subject: test\r\nMIME-Version: 1.0\r\n' ..
        'Content-Type: text/plain; charset=utf-8\r\n' ..
        'Content-Transfer-Encoding: 8bit\r\n\r\n' .. s .. '\r\n')
    elseif mode == 'subject' then
      dump_task(k, 'From: Sender <sender@example.com>\r\nTo: rcpt@example.org\r\n' ..
        'Subject: ' .. s .. '\r\nMIME-Version: 1.0\r\n' ..
        'Content-Type: text/plain; charset=utf-8\r\n\r\nbody\r\n')
    else
      io.stderr:write("unknown mode " .. mode .. "\n")
      os.exit(1)
    end
  end
end

flush()
