-- Oracle script for rspamd_ip and rspamd{ip}: rspamadm lua ip.lua
-- Every line it prints is "<key> <value>"; log messages of the run come in
-- between (see regen.sh). Ports upstream leaves uninitialised ("1.2.3.4:",
-- "[::1]:", overlong digits) are not tried.

local rspamd_ip = require "rspamd_ip"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local inputs = {
  '127.0.0.1', '1.2.3.4', '255.255.255.255', '0.0.0.0', '1..2.3', '...', '1.2.3', '1.2.3.4.5',
  '256.1.1.1', '01.02.03.004', '1.2.3.4:25', '1.2.3.4:70000', '1.2.3.4:25x',
  '1.2.3.4:99999999999999999999', '1.2.3.4:0x10', '1:2', ':25', '1.2.3.4 ', ' 1.2.3.4', '::1', '::', '::ffff:1.2.3.4',
  '::ffff:0:0', '::1.2.3.4', '::0.1.2.3', '::0.0.1.2', '2001:db8::1', '2001:DB8:0:0:1:0:0:1',
  '2001:db8::1:0:0:1', 'fe80::1%eth0', 'IPv6:2001:db8::2', 'ipv6:::1', '[::1]', '[::1]:80',
  '[1.2.3.4]', '[::1', ':::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  '1::2::3', '12345::1', 'g::1', '1:2:3:4:5:6:1.2.3.4', '::ffff:1.2.3', 'fe80::', 'fec0::1', 'fc00::1',
  'ff02::1', '10.0.0.1', '192.168.1.1', '127.255.255.254', '/var/run/rspamd.sock', './sock',
  '/tmp/x mode=0666', '/tmp/y,mode=0', '/tmp/z owner=nosuchuser', '/tmp/w owner=root', '/tmp/v group=root',
  '', 'localhost', 'example.com', '1.2.3.4\0junk', '1.2.3.4:2\0', '::1\0',
}

for i, s in ipairs(inputs) do
  local k = 'ip.' .. i
  out(k .. '.input', show(s))
  local ip = rspamd_ip.from_string(s)
  out(k .. '.valid', call(ip.is_valid, ip))
  if ip:is_valid() then
    out(k .. '.str', call(ip.to_string, ip))
    out(k .. '.pretty', call(ip.to_string, ip, true))
    out(k .. '.tostring', tostring(ip))
    out(k .. '.version', call(ip.get_version, ip))
    out(k .. '.port', call(ip.get_port, ip))
    out(k .. '.table', call(ip.to_table, ip))
    out(k .. '.number', call(ip.to_number, ip))
    out(k .. '.octets', call(ip.str_octets, ip))
    out(k .. '.inversed', call(ip.inversed_str_octets, ip))
    out(k .. '.local', call(ip.is_local, ip))
    out(k .. '.local_noladdrs', call(ip.is_local, ip, false))
    for _, m in ipairs({ -1, 0, 1, 7, 8, 16, 24, 31, 32, 33, 64, 100, 127, 128, 129, 1.9 }) do
      local masked = ip:apply_mask(m)
      out(k .. '.mask.' .. m, masked and tostring(masked) or 'nil')
    end
    out(k .. '.copy', tostring(ip:copy()))
    out(k .. '.from_ip', tostring(rspamd_ip.from_ip(ip)))
  else
    out(k .. '.str', call(ip.to_string, ip))
    out(k .. '.version', call(ip.get_version, ip))
    out(k .. '.port', call(ip.get_port, ip))
    out(k .. '.table', call(ip.to_table, ip))
    out(k .. '.number', call(ip.to_number, ip))
    out(k .. '.octets', call(ip.str_octets, ip))
    out(k .. '.local', call(ip.is_local, ip))
    out(k .. '.mask', call(ip.apply_mask, ip, 8))
    out(k .. '.copy_valid', call(function() return ip:copy():is_valid() end))
  end
end

-- comparisons
local pairs_ = {
  { '1.2.3.4', '1.2.3.4' }, { '1.2.3.4', '1.2.3.5' }, { '1.2.3.5', '1.2.3.4' }, { '1.2.3.4:1', '1.2.3.4:2' },
  { '1.2.3.4:256', '1.2.3.4:1' }, { '1.2.3.4:1', '1.2.3.4:256' }, { '::1', '1.2.3.4' }, { '1.2.3.4', '::1' },
  { '/a', '1.2.3.4' }, { '1.2.3.4', '/a' }, { '/a', '/b' }, { '/a', '/a' }, { '::1', '::2' }, { '::2', '::1' },
  { '::ffff:1.2.3.4', '1.2.3.4' }, { '[::1]:80', '::1' },
}
for i, p in ipairs(pairs_) do
  local a, b = rspamd_ip.from_string(p[1]), rspamd_ip.from_string(p[2])
  out('cmp.' .. i, show(p[1]) .. ' ' .. show(p[2]) .. ' eq=' .. tostring(a == b) .. ' lt=' ..
    call(function() return a < b end))
end
local bad = rspamd_ip.from_string('bad')
local good = rspamd_ip.from_string('1.2.3.4')
out('cmp.invalid_eq', tostring(bad == good) .. ' ' .. tostring(bad == rspamd_ip.from_string('bad')))

-- argument errors
out('err.from_string_nil', call(rspamd_ip.from_string))
out('err.from_string_table', call(rspamd_ip.from_string, {}))
out('err.from_string_number', call(function() return tostring(rspamd_ip.from_string(12)) end))
out('err.to_string_self', call(good.to_string, 'x'))
out('err.eq_other', call(function() return good.__eq ~= nil end))
out('err.from_ip_string', call(rspamd_ip.from_ip, '1.2.3.4'))
out('err.fromstring_alias', tostring(rspamd_ip.fromstring('5.6.7.8')))
out('err.fromip_alias', tostring(rspamd_ip.fromip(good)))
out('err.methods', call(function()
  return good:tostring(), tostring(good:totable()[1]), good:tonumber()
end))
