-- rspamd_util functions that need no task, and rspamd_int64.
io.stdout:setvbuf('no')
local util = require "rspamd_util"
local rspamd_text = require "rspamd_text"
local int64 = require "rspamd_int64"
local T = rspamd_text.fromstring

local function show(v)
  if type(v) == 'userdata' then
    return string.format('%s(%q)', tostring(getmetatable(v).class), tostring(v))
  elseif type(v) == 'table' then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local out = {}
    for _, k in ipairs(keys) do out[#out + 1] = tostring(k) .. '=' .. show(v[k]) end
    return '{' .. table.concat(out, ',') .. '}'
  elseif type(v) == 'string' then
    return string.format('%q', v)
  end
  return tostring(v)
end
local function p(...)
  local out = {}
  for i = 1, select('#', ...) do out[#out + 1] = show((select(i, ...))) end
  print(table.concat(out, ' '))
end
local function perr(f, ...)
  local ok, err = pcall(f, ...)
  print('pcall', ok, err)
end

-- encodings
local long = string.rep('The quick brown fox. ', 6)
p(util.encode_base64('hello'), util.encode_base64(T('hello')), util.encode_base64(''))
p(util.encode_base64(long, 30))
p(util.encode_base64(long, 0, 'lf'), util.encode_base64(long, -5))
perr(util.encode_base64, 'x', 0, 'bad')
perr(util.encode_base64, 1)
p(util.decode_base64('aGVsbG8='), util.decode_base64(T('aGVs bG8')), util.decode_base64('!!'), util.decode_base64(1))
p(util.encode_base32('hello'), util.encode_base32('hello', 'bleach'), util.encode_base32('hello', 'rfc'))
perr(util.encode_base32, 'x', 'bad')
p(util.decode_base32(util.encode_base32('hello')), util.decode_base32('0'), util.decode_base32('NBSWY3DP', 'rfc'))
p(util.encode_qp('caf\195\169 = ok'), util.encode_qp(long .. '\200 end ', 20))
p(util.encode_qp('trailing space \nnext\t\r\nline ', 0, 'lf'), util.encode_qp(T('x\1y'), 10, 'cr'))
p(util.encode_qp('a b', 4), util.encode_qp('ab  \ncd', 5), util.encode_qp(string.rep('=', 30), 16))
p(util.decode_qp('caf=C3=A9=20=3D'), util.decode_qp('soft=\r\nbreak=\nhere'), util.decode_qp('bad=ZZ=4'), util.decode_qp(''))
p(util.decode_qp(T('end=')), util.decode_qp('=\n'))
p(util.decode_url('a%20b+c%2'), util.decode_url(T('%41%zz')), util.decode_url(1))
p(util.decode_ascii85('87cURD]i,"Ebo80~>'), util.decode_ascii85('z!!'), util.decode_ascii85('~x'), util.decode_ascii85('\128'))

-- hashes and numbers
p(util.crc32('hello'), util.crc32(T('hello'), 2, 2), util.crc32(''))
perr(util.crc32, 'x', 3)
p(util.caseless_hash('Hello'):hex(), util.caseless_hash('hello', 1):tostring(), util.caseless_hash('HELLO', int64.fromstring('-1')):tostring(true))
p(util.caseless_hash_fast('Hello'), util.caseless_hash_fast('hello', 42))
p(util.tanh(0.5), util.tanh(-100), util.normalize_prob(0.9), util.normalize_prob(0.3, 0.2))
p(util.humanize_number(0), util.humanize_number(999), util.humanize_number(1000), util.humanize_number(1001),
  util.humanize_number(1500), util.humanize_number(1234567), util.humanize_number(-2500), util.humanize_number(10^15))
p(util.levenshtein_distance('kitten', 'sitting'), util.levenshtein_distance('ab', 'ba'), util.levenshtein_distance('abc', 'abc'),
  util.levenshtein_distance('', 'abc'), util.levenshtein_distance('abcd', 'acbd', 2), util.levenshtein_distance(T('x'), 'y'))
p(util.btc_polymod({1, 2, 3}), util.btc_polymod({}))
p(int64.fromstring('18446744073709551615'):tostring(), int64.fromstring('-5'):tostring(true), int64.fromstring('-5'):hex())
p(int64.fromstring('12'):tonumber(), int64.fromstring('x1'), int64.fromstring(''))

-- strings and unicode
p(util.strlen_utf8('żółw'), util.strlen_utf8('a\226\130b'), util.strlen_utf8(T('x\255')))
p(util.lower_utf8('ŻÓŁW Ab'), util.lower_utf8(T('ÀB')), util.lower_utf8('Aİ'), util.lower_utf8('A\255B'))
p(util.is_uppercase('ABC'), util.is_uppercase('AbC'), util.is_uppercase('A1!'), util.is_uppercase('123'),
  util.is_uppercase('ÀÉ'), util.is_uppercase('日本'), util.is_uppercase(''))
p(util.strequal_caseless('HeLLo', 'hello'), util.strequal_caseless('a', 'ab'), util.strequal_caseless(T('X'), 'x'))
p(util.get_string_stats('abc123 ÿ!'), util.is_valid_utf8('żółw'))
p(util.is_valid_utf8('ab\226\130'))
p(util.is_valid_utf8('abc\192\128x'))
p(util.is_valid_utf8('a\237\160\128'))
p(util.has_obscured_unicode('plain'))
p(util.has_obscured_unicode('zero\226\128\139width'))
p(util.has_obscured_unicode(T('a\239\187\191b')))
p(util.fold_header('Subject', 'a short value'))
p(util.fold_header('Subject', string.rep('word ', 30)))
p(util.fold_header('To', 'first@example.com, second@example.com, third@example.com, fourth@example.com', 'lf'))
p(util.fold_header('X-Long', string.rep('a', 100) .. ' ' .. string.rep('b', 100), 'cr'))
p(util.fold_header('X', 'quoted "string with, commas, inside it, very long long long long long long long long", tail'))
p(util.fold_header('X', 'a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;q;r;s;t;u;v;w;x;y;z;a;b;c;d;e;f;g;h;i;j;k;l;m', 'crlf', ';'))
p(util.fold_header('X', 'already\r\n folded value\nwithout fold'))
p(util.fold_header(T('X'), T('text args')))
p(util.to_utf8('caf\233', 'iso-8859-1'), util.to_utf8(T('\164'), 'iso-8859-15'), util.to_utf8('x', 'no-such-charset'))

-- time
p(util.time_to_string(0), util.time_to_string(1700000000.9), util.time_to_string(-1))
p(type(util.get_time()), type(util.get_ticks()), type(util.get_ticks(true)), util.get_time() > 1.7e9)
p(#util.random_hex(1), #util.random_hex(7), util.random_hex(8):match('^[0-9a-f]+$') ~= nil)
perr(util.random_hex, 0)

-- pack
p(util.pack('>I2 <I2 i1', 258, 258, -1), util.pack('z', 'ab'), util.pack('s1', 'xyz'), util.pack('c5', 'ab'))
p(util.pack('!4 b i4', 1, 2), util.pack('d', 1.5):len(), util.pack('f', 0.5), util.pack('>j', -2))
p(util.unpack('>I2 <I2 i1', util.pack('>I2 <I2 i1', 258, 258, -1)))
p(util.unpack('z s1 c2', 'ab\0\3xyzcd'))
p(util.unpack('i4', T('\1\0\0\0')), util.unpack('B', 'abc', 2), util.unpack('B', 'abc', -1))
p(util.packsize('i4 i8 !8 d'), util.packsize('b x h'))
perr(util.pack, 'i1', 200)
perr(util.pack, 'I1', -1)
perr(util.pack, 'q', 1)
perr(util.pack, 'i17', 1)
perr(util.pack, 'c', 'x')
perr(util.pack, 'z', 'a\0b')
perr(util.packsize, 's')
perr(util.unpack, 'i4', 'ab')
perr(util.unpack, 'b', 'a', 5)
perr(util.pack, 'Xi', 1)
perr(util.pack, '!3 i4', 1)
p(util.unpack('i16', string.rep('\255', 16)))
perr(util.unpack, 'i16', string.rep('\1', 16))

-- compression round trips
local data = string.rep('compress me please ', 50)
local z = util.zstd_compress(data)
p(z ~= nil, #z < #data, util.zstd_decompress(z))
p(util.zstd_decompress(util.zstd_compress(T(data), 5)))
p(util.zstd_decompress('not zstd'))
p(util.zstd_decompress(z:sub(1, #z - 3)) ~= nil)
local gz = util.gzip_compress(data)
p(gz:sub(1, 4), util.gzip_decompress(gz))
p(util.gzip_decompress(gz, 100), util.gzip_decompress(gz, 2000) and 'fits')
p(util.gzip_decompress('garbage'), util.inflate('garbage'))
perr(util.gzip_compress, 'x', 10)
perr(util.gzip_decompress, 'x', 0)
-- zlib and raw deflate streams made by zlib 1.3
p(util.inflate('\120\156\203\72\205\201\201\7\0\6\44\2\21'))
p(util.inflate('\203\72\205\201\201\7\0'))
p(util.inflate('\203\72\205\201'))

-- files
local dir = '/tmp/luaapi_util_test'
os.execute('rm -rf ' .. dir)
p(util.mkdir(dir), util.mkdir(dir), util.mkdir(dir .. '/a/b/c', true), util.mkdir(dir .. '/x/y'))
p(util.file_exists(dir), util.file_exists(dir .. '/none'))
local fd = util.create_file(dir .. '/f1')
p(type(fd), T('content'):save_in_file(fd), util.close_file(fd), util.close_file(fd))
local st_err, st = util.stat(dir .. '/f1')
p(st_err, st.size, st.type, type(st.mtime), util.stat(dir), util.stat(dir .. '/none'))
local lfd = util.lock_file(dir .. '/f1')
p(type(lfd), util.unlock_file(lfd), util.lock_file(dir .. '/none'))
p(util.create_file(dir .. '/none/f'))
util.create_file(dir .. '/f2')
p(util.glob(dir .. '/f*'), util.glob(dir .. '/f*', dir .. '/a*'), util.glob(dir .. '/none*'), util.glob(dir .. '/f*', dir .. '/zz'))
p(util.glob(dir .. '/[!a]1'), util.glob())
p(util.unlink(dir .. '/f1'), util.unlink(dir .. '/f1'))
os.execute('rm -rf ' .. dir)
p(util.umask('022'), util.umask(18))
perr(util.umask, '22')
p(type(util.get_hostname()), type(util.get_pid()), type(util.get_uptime()), type(util.get_memory_usage()), util.isatty())
