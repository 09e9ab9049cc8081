-- Task dump: prints the content half of rspamd{task} for one message in a
-- stable, line-oriented format (see README.md in this directory).
--
-- Usage (inside the oracle chroot):
--   rspamadm lua -a /path/to/message.eml /path/to/dump.lua
--
-- Every line is "<key> <value>". Keys are dotted paths; list elements are
-- numbered from 1. Values are: nil, true, false, integers, floats (%.17g),
-- quoted strings ("..." with \\ \" \n \r \t and \xHH escapes for control
-- bytes, DEL and, when the string is not valid UTF-8, every byte >= 0x80),
-- or "!error <message>" when the accessor raised a Lua error.
-- Binary blobs are printed as <key>.len and <key>.blake2b (hex of the
-- unkeyed BLAKE2b-512 digest).

local rspamd_task = require "rspamd_task"
local rspamd_url = require "rspamd_url"
local hash = require "rspamd_cryptobox_hash"

local fname = arg[1]
if not fname then
  io.stderr:write("usage: rspamadm lua -a <message> dump.lua\n")
  os.exit(1)
end

-- The bare rspamadm config has no TLD list and no language detector: load
-- both so that URL extraction, language detection and stemming behave as
-- in the scanner with the packaged configuration.
rspamd_url.init('/usr/share/publicsuffix/effective_tld_names.dat')
rspamd_config:init_subsystem('langdet')

local F = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/dumpfmt.lua')
local quote, errmsg, text_str = F.quote, F.errmsg, F.text
local line, flush = F.buffer()

-- Objects other than rspamd{text} print as their class without the address
-- (which changes between runs); an html_tag adds its tag name.
local function object(v)
  local s = text_str(v)
  if s then return quote(s) end
  local ts = tostring(v)
  local class = ts:match('^(rspamd{[%w_]+})%(%x+%)$')
  if class == 'rspamd{html_tag}' then
    local ok, t = pcall(function() return v:get_type() end)
    if ok and t then class = class .. ' ' .. tostring(t) end
  end
  return quote(class or ts)
end

-- emit(key, f, ...) calls f(...) and prints its first result, or the error.
local function emit(key, f, ...)
  local ok, res = pcall(f, ...)
  if not ok then
    line(key, '!error ' .. errmsg(res))
    return nil
  end
  F.walk(key, res, line, object)
  return res
end

local function blob_of(v)
  if v == nil then return nil end
  if type(v) == 'string' then return v end
  return text_str(v)
end

-- blob prints the length and BLAKE2b-512 of binary content.
local function blob(key, f, ...)
  local ok, res = pcall(f, ...)
  if not ok then
    line(key, '!error ' .. errmsg(res))
    return
  end
  local s = blob_of(res)
  if s == nil then
    line(key, 'nil')
    return
  end
  line(key .. '.len', F.number(#s))
  line(key .. '.blake2b', quote(hash.create(s):hex()))
end

local call = F.method

local res, task = rspamd_task.load_from_file(fname, rspamd_config)
if not res then
  io.stderr:write("cannot load " .. fname .. "\n")
  os.exit(1)
end
emit('task.process_message', call(task, 'process_message'))

-- task
emit('task.size', call(task, 'get_size'))
emit('task.digest', call(task, 'get_digest'))
emit('task.message_id', call(task, 'get_message_id'))
emit('task.subject', call(task, 'get_subject'))
emit('task.date', call(task, 'get_date', { format = 'message', gmt = true }))
emit('task.newlines', call(task, 'get_newlines_type'))
for _, fl in ipairs({ 'broken_headers', 'bad_unicode', 'mime', 'skip',
                      'skip_process', 'no_log', 'no_stat', 'pass_all' }) do
  emit('task.flag.' .. fl, call(task, 'has_flag', fl))
end
emit('task.raw_headers', call(task, 'get_raw_headers'))
blob('task.rawbody', call(task, 'get_rawbody'))
blob('task.content', call(task, 'get_content'))
local pool = task:get_mempool()
emit('task.var.headers_hash', call(pool, 'get_variable', 'headers_hash'))
emit('task.var.parts_distance', call(pool, 'get_variable', 'parts_distance', 'double'))
emit('task.var.total_words', call(pool, 'get_variable', 'total_words', 'int'))
emit('task.var.avg_words_len', call(pool, 'get_variable', 'avg_words_len', 'double'))
emit('task.var.short_words_cnt', call(pool, 'get_variable', 'short_words_cnt', 'double'))

-- headers, in message order
emit('hdr', call(task, 'get_headers'))
emit('hdrcount.received', call(task, 'get_header_count', 'Received'))

-- addresses
emit('addr.from.smtp', call(task, 'get_from', 'smtp'))
emit('addr.from.mime', call(task, 'get_from', 'mime'))
emit('addr.rcpt.smtp', call(task, 'get_recipients', 'smtp'))
emit('addr.rcpt.mime', call(task, 'get_recipients', 'mime'))
emit('addr.reply_sender', call(task, 'get_reply_sender'))
emit('addr.principal_recipient', call(task, 'get_principal_recipient'))

-- received headers
emit('rcvd', call(task, 'get_received_headers'))

-- mime parts, including the virtual ones Lua injected (task:inject_part,
-- e.g. the text lua_content extracts from PDF): those come last, are
-- "is_injected" and all have id 0, so they are matched by order instead.
local parts = task:get_parts(true) or {}
local part_index, injected_parts = {}, {}
for i, p in ipairs(parts) do
  if p:is_injected() then
    injected_parts[#injected_parts + 1] = i
  elseif part_index[p:get_id()] == nil then
    part_index[p:get_id()] = i
  end
end

local text_index, injected_texts = {}, {}
local tparts = task:get_text_parts(true) or {}
-- text_part_ref[i] is the part index of text part i.
local text_part_ref = {}
for i, tp in ipairs(tparts) do
  local mp = tp:get_mimepart()
  if mp then
    if mp:is_injected() then
      injected_texts[#injected_texts + 1] = i
      text_part_ref[i] = injected_parts[#injected_texts]
    else
      if text_index[mp:get_id()] == nil then text_index[mp:get_id()] = i end
      text_part_ref[i] = part_index[mp:get_id()]
    end
  end
end
-- injected part index -> text index
local injected_text_of = {}
for n, pi in ipairs(injected_parts) do injected_text_of[pi] = injected_texts[n] end

local function part_ref(p)
  if p == nil then return nil end
  return part_index[p:get_id()]
end

for i, p in ipairs(parts) do
  local k = 'part.' .. i
  emit(k .. '.id', call(p, 'get_id'))
  emit(k .. '.type', function() local t, s = p:get_type(); return { t, s } end)
  emit(k .. '.type_full', function() local _, _, a = p:get_type_full(); return a end)
  emit(k .. '.detected_type', function() local t, s = p:get_detected_type(); return { t, s } end)
  emit(k .. '.detected_ext', call(p, 'get_detected_ext'))
  emit(k .. '.cte', call(p, 'get_cte'))
  emit(k .. '.filename', call(p, 'get_filename'))
  emit(k .. '.boundary', call(p, 'get_boundary'))
  emit(k .. '.enclosing_boundary', call(p, 'get_enclosing_boundary'))
  emit(k .. '.parent', function() return part_ref(p:get_parent()) end)
  emit(k .. '.children', function()
    local ch = p:get_children()
    if not ch then return nil end
    local r = {}
    for j, c in ipairs(ch) do r[j] = part_ref(c) end
    return r
  end)
  for _, m in ipairs({ 'is_multipart', 'is_message', 'is_text', 'is_image',
                       'is_archive', 'is_attachment', 'is_broken', 'is_injected' }) do
    emit(k .. '.' .. m, call(p, m))
  end
  emit(k .. '.text', function()
    if p:is_injected() then return injected_text_of[i] end
    return text_index[p:get_id()]
  end)
  emit(k .. '.length', call(p, 'get_length'))
  emit(k .. '.digest', call(p, 'get_digest'))
  emit(k .. '.raw_headers', call(p, 'get_raw_headers'))
  emit(k .. '.headers', call(p, 'get_headers'))
  blob(k .. '.content', call(p, 'get_content'))
  blob(k .. '.raw_content', call(p, 'get_raw_content'))
end

-- text parts
for i, tp in ipairs(tparts) do
  local k = 'text.' .. i
  emit(k .. '.part', function() return text_part_ref[i] end)
  emit(k .. '.alt', function()
    local alt = tp:get_alt_part()
    if not alt then return nil end
    return part_ref(alt:get_mimepart())
  end)
  for _, m in ipairs({ 'is_html', 'is_empty', 'is_utf', 'has_8bit', 'has_8bit_raw',
                       'get_charset', 'get_language', 'get_length', 'get_raw_length',
                       'get_lines_count', 'get_words_count', 'get_urls_length' }) do
    emit(k .. '.' .. m:gsub('^get_', ''), call(tp, m))
  end
  emit(k .. '.languages', call(tp, 'get_languages'))
  emit(k .. '.stats', call(tp, 'get_stats'))
  for _, ct in ipairs({ 'content', 'content_oneline', 'raw_parsed', 'raw_utf', 'raw' }) do
    emit(k .. '.c.' .. ct, call(tp, 'get_content', ct))
  end
  emit(k .. '.words', call(tp, 'get_words', 'full'))
  local html = tp:get_html()
  if html then
    local hk = 'html.' .. i
    emit(hk .. '.features', call(html, 'get_features'))
    for _, prop in ipairs({ 'no_html', 'bad_start', 'xml', 'unknown_element',
                            'duplicate_element', 'unbalanced', 'data_urls',
                            'bad_element', 'unknown_elements' }) do
      emit(hk .. '.prop.' .. prop, call(html, 'has_property', prop))
    end
    emit(hk .. '.invisible', call(html, 'get_invisible'))
    emit(hk .. '.images', function()
      local imgs = html:get_images() or {}
      local r = {}
      for j, im in ipairs(imgs) do
        local e = {}
        for kk, vv in pairs(im) do
          e[kk] = vv
        end
        r[j] = e
      end
      return r
    end)
    local ntag = 0
    pcall(function()
      html:foreach_tag('any', function(tag, content_len, is_leaf)
        ntag = ntag + 1
        local tk = hk .. '.tag.' .. ntag
        emit(tk .. '.type', call(tag, 'get_type'))
        emit(tk .. '.flags', call(tag, 'get_flags'))
        emit(tk .. '.content_length', function() return content_len end)
        emit(tk .. '.leaf', function() return is_leaf end)
        emit(tk .. '.content', call(tag, 'get_content'))
        emit(tk .. '.style', call(tag, 'get_style'))
        emit(tk .. '.attributes', call(tag, 'get_all_attributes'))
        emit(tk .. '.extra', function()
          local e = tag:get_extra()
          if e == nil then return nil end
          if type(e) == 'table' then
            local r = {}
            for kk, vv in pairs(e) do
              r[kk] = vv
            end
            return r
          end
          return e
        end)
        return false
      end)
    end)
  end
end

-- urls and emails
local function dump_url(k, u)
  emit(k .. '.text', call(u, 'get_text'))
  emit(k .. '.raw', call(u, 'get_raw'))
  emit(k .. '.table', call(u, 'to_table'))
  emit(k .. '.flags', call(u, 'get_flags'))
  emit(k .. '.flags_num', call(u, 'get_flags_num'))
  emit(k .. '.tld', call(u, 'get_tld'))
  emit(k .. '.visible', call(u, 'get_visible'))
  emit(k .. '.count', call(u, 'get_count'))
  emit(k .. '.order', call(u, 'get_order'))
  emit(k .. '.part_order', call(u, 'get_part_order'))
  emit(k .. '.phished', function()
    local ph = u:get_phished()
    if ph then return ph:get_text() end
    return nil
  end)
  emit(k .. '.redirected', function()
    local r = u:get_redirected()
    if r then return r:get_text() end
    return nil
  end)
  emit(k .. '.query_embedded', call(u, 'get_query_embedded_urls'))
end

-- every URL of the message (all protocols, images and content URLs too),
-- sorted by text then flags as the task keeps them in a hash
local urls = task:get_urls({ protocols = { 'http', 'https', 'mailto', 'ftp', 'file', 'telephone' },
                             images = true, content = true }) or {}
local keyed = {}
for _, u in ipairs(urls) do
  keyed[#keyed + 1] = { key = tostring(u:get_text()) .. '\0' .. string.format('%012d', u:get_flags_num()), u = u }
end
table.sort(keyed, function(a, b) return a.key < b.key end)
emit('task.has_urls', call(task, 'has_urls'))
for i, e in ipairs(keyed) do dump_url('url.' .. i, e.u) end

-- images and archives
for i, img in ipairs(task:get_images() or {}) do
  local k = 'img.' .. i
  for _, m in ipairs({ 'get_type', 'get_width', 'get_height', 'get_filename', 'get_size' }) do
    emit(k .. '.' .. m:gsub('^get_', ''), call(img, m))
  end
end
for i, a in ipairs(task:get_archives() or {}) do
  local k = 'arch.' .. i
  for _, m in ipairs({ 'get_type', 'get_filename', 'get_size', 'is_encrypted',
                       'is_obfuscated', 'is_unreadable', 'is_truncated', 'get_files_full' }) do
    emit(k .. '.' .. m:gsub('^get_', ''), call(a, m))
  end
end

-- words built from the subject, names and URLs for statistics
emit('meta.words', call(task, 'get_meta_words', 'full'))

flush()
