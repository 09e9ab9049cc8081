-- Oracle script for the archive module (rspamd_archive): rspamadm lua
-- archive.lua; every line it prints is "<key> <value>", log messages come
-- in between (see regen.sh). Archive bytes depend on libarchive's version
-- and are not printed: what comes back out of them is.

local archive = require "archive"
local rspamd_archive = require "rspamd_archive"
local rspamd_text = require "rspamd_text"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

-- files lists what unpack gave: name=content, in order
local function files(t, trunc)
  if type(t) ~= 'table' then return show(t) end
  local parts = {}
  for i, f in ipairs(t) do
    parts[i] = tostring(f.name) .. '=' .. type(f.content) .. ':' .. tostring(f.content):sub(1, 20) ..
        ':' .. tostring(f.content and #f.content)
  end
  return '[' .. table.concat(parts, ' ') .. '] ' .. show(trunc)
end

local function unpacked(ok, ...)
  if not ok then return 'error: ' .. tostring((...)) end
  return files(...)
end

local src = {
  { name = 'a.txt', content = 'Hello' },
  { name = 'dir/b.bin', content = rspamd_text.fromstring('\0\2\3') },
  { name = 'empty', content = '' },
  { name = 12, content = 34 },
}

out('same', tostring(archive.pack == rspamd_archive.pack))
for _, fmt in ipairs({ 'zip', 'ustar', 'pax', 'cpio', '7zip', 'gnutar', 'v7tar', 'ar', 'shar', 'raw' }) do
  local ok, blob = pcall(archive.pack, fmt, src)
  if ok then
    out('pack.' .. fmt, type(blob) .. ' ' .. unpacked(pcall(archive.unpack, blob)))
  else
    out('pack.' .. fmt, 'error: ' .. tostring(blob))
  end
end
out('pack.bad', call(archive.pack, 'nosuch', src))
out('pack.nofmt', call(archive.pack))
out('pack.nofiles', call(archive.pack, 'zip'))
out('pack.entry', call(archive.pack, 'zip', { 'x' }))
out('pack.noname', call(archive.pack, 'zip', { { content = 'x' } }))
out('pack.emptyname', call(archive.pack, 'zip', { { name = '', content = 'x' } }))
out('pack.nocontent', call(archive.pack, 'zip', { { name = 'x' } }))
out('pack.badcontent', call(archive.pack, 'zip', { { name = 'x', content = {} } }))
out('pack.empty', type(archive.pack('zip', {})) .. ' ' .. unpacked(pcall(archive.unpack, archive.pack('zip', {}))))
out('pack.filter', unpacked(pcall(archive.untar, archive.pack('ustar', src, { filters = 'gzip' }))))
out('pack.filters', unpacked(pcall(archive.untar, archive.pack('ustar', src, { filters = { 'xz' } }))))
out('pack.filter.bad', call(archive.pack, 'ustar', src, { filters = 'nosuch' }))
out('pack.filters.bad', call(archive.pack, 'ustar', src, { filters = { 'gzip', 'nosuch' } }))
out('pack.option.bad', call(archive.pack, 'zip', src, { format_options = { nosuch = 'x' } }))
out('pack.option.level', unpacked(pcall(archive.unzip, archive.pack('zip', src, { zip = { ['compression-level'] = 9 } }))))
out('pack.option.store', unpacked(pcall(archive.unzip, archive.pack('zip', src, { zip = { compression = 'store' } }))))
out('pack.option.badval', call(archive.pack, 'zip', src, { zip = { compression = 'nosuch' } }))
out('pack.aes.nopw', call(archive.pack, 'zip', src, { zip = { encryption = 'aes256' } }))
local enc = archive.pack('zip', src, { password = 'pw', zip = { encryption = 'aes128' } })
out('pack.aes', unpacked(pcall(archive.unpack, enc, 'zip', 'pw')))
out('pack.aes.nopass', unpacked(pcall(archive.unpack, enc)))
out('pack.aes.wrong', unpacked(pcall(archive.unpack, enc, 'zip', 'bad')))
local zc = archive.zip_encrypt(src, 'secret')
out('zip_encrypt', unpacked(pcall(archive.unpack, zc, 'zip', 'secret')))
out('zip_encrypt.nopass', unpacked(pcall(archive.unzip, zc)))
out('zip_encrypt.emptypw', unpacked(pcall(archive.unzip, archive.zip_encrypt(src, ''))))
out('zip_encrypt.badpw', call(archive.zip_encrypt, src, 12))
out('zip', unpacked(pcall(archive.unzip, archive.zip(src))))
out('zip.extra', unpacked(pcall(archive.unzip, archive.zip(src, 'ignored'))))
out('zip.nofiles', call(archive.zip))
out('tar', unpacked(pcall(archive.untar, archive.tar(src))))
for _, c in ipairs({ 'gz', 'GZIP', 'xz', 'zst', 'bz2', 'nosuch' }) do
  out('tar.' .. c, unpacked(pcall(archive.untar, archive.tar(src, c))))
end
out('tar.asunzip', unpacked(pcall(archive.unzip, archive.tar(src))))
out('zip.asuntar', unpacked(pcall(archive.untar, archive.zip(src))))
out('unpack.format.bad', unpacked(pcall(archive.unpack, archive.zip(src), 'nosuch')))
out('unpack.garbage', unpacked(pcall(archive.unpack, 'not an archive at all')))
out('unpack.empty', unpacked(pcall(archive.unpack, '')))
out('unpack.nil', unpacked(pcall(archive.unpack)))
out('unpack.number', unpacked(pcall(archive.unpack, 12)))
-- libarchive's message for a cut archive changes with its version
out('unpack.truncated', tostring((pcall(archive.unpack, archive.zip(src):sub(1, 60)))))
local big = { { name = 'a', content = string.rep('A', 100000) }, { name = 'b', content = string.rep('B', 70000) },
  { name = 'c', content = 'ccc' } }
local bz = archive.zip(big)
out('limits.files', unpacked(pcall(archive.unpack, bz, nil, nil, { max_files = 1 })))
out('limits.filesize', unpacked(pcall(archive.unzip, bz, { max_file_size = 1000 })))
out('limits.output', unpacked(pcall(archive.unzip, bz, { max_output = 150000 })))
out('limits.output.exact', unpacked(pcall(archive.unzip, bz, { max_output = 170000 })))
out('limits.ratio', unpacked(pcall(archive.unzip, bz, { max_ratio = 10 })))
out('limits.ratio.output', unpacked(pcall(archive.unzip, bz, { max_ratio = 10, max_output = 120000 })))
out('limits.neg', unpacked(pcall(archive.unzip, bz, { max_files = -1, max_output = 'x' })))
out('limits.pos2', unpacked(pcall(archive.unpack, bz, { max_files = 2 })))
out('limits.pos3', unpacked(pcall(archive.unpack, bz, 'zip', { max_files = 2 })))
local caps = archive.supported_formats()
out('caps', type(caps.formats.read) .. ' ' .. type(caps.formats.write) .. ' ' .. type(caps.filters.read) ..
  ' ' .. type(caps.filters.write))
out('caps.formats.read', table.concat(caps.formats.read, ','))
out('caps.filters.read', table.concat(caps.filters.read, ','))
