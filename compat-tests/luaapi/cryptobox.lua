-- Oracle script for the cryptobox family beyond the crypto goldens
-- (compat-tests/crypto): argument checks and error texts, random keys and
-- blobs (checked by shape and round trips), files, hash updates with Lua
-- values. rspamadm lua cryptobox.lua; every line it prints is
-- "<key> <value>", log messages come in between (see regen.sh).

local cb = require "rspamd_cryptobox"
local cbhash = require "rspamd_cryptobox_hash"
local kpmod = require "rspamd_cryptobox_keypair"
local pkmod = require "rspamd_cryptobox_pubkey"
local sboxmod = require "rspamd_cryptobox_secretbox"
local sigmod = require "rspamd_cryptobox_signature"
local rspamd_text = require "rspamd_text"
local util = require "rspamd_util"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

-- keys lists the sorted keys of a table (whose values are random)
local function keys(t)
  local k = {}
  for name in pairs(t) do k[#k + 1] = name end
  table.sort(k)
  return '{' .. table.concat(k, ',') .. '}'
end

local function hex(s)
  return (tostring(s):gsub('.', function(c) return string.format('%02x', c:byte()) end))
end

local tmp = '/tmp/gorspamd-luaapi-cryptobox'
local function write(name, data)
  local f = assert(io.open(tmp .. name, 'w'))
  f:write(data)
  f:close()
end
local function cleanup()
  for _, n in ipairs({ '.sig', '.empty', '.pk', '.pknl', '.data', '.enc', '.nosuch' }) do os.remove(tmp .. n) end
end
cleanup()

---------------------------------------------------------------- keypairs
for _, t in ipairs({ 'nil', 'encryption', 'sign', 'bad', 5 }) do
  local kp
  local res = call(function()
    if t == 'nil' then kp = kpmod.create() else kp = kpmod.create(t) end
    return kp
  end)
  out('kp.create.' .. tostring(t), res)
  if kp then
    out('kp.type.' .. tostring(t), kp:type() .. ' ' .. kp:get_type() .. ' ' .. kp:alg() .. ' ' .. kp:get_alg())
    local tt = kp:totable().keypair
    out('kp.table.' .. tostring(t), keys(tt) .. ' ' .. #tt.privkey .. ' ' .. #tt.pubkey .. ' ' .. #tt.id)
    local hx = kp:totable('hex').keypair
    out('kp.hex.' .. tostring(t), #hx.privkey .. ' ' .. #hx.pubkey .. ' ' .. tostring(hx.encoding))
    local bin = kp:totable('binary').keypair
    out('kp.binary.' .. tostring(t), #bin.privkey .. ' ' .. #bin.pubkey .. ' ' .. #bin.id .. ' ' .. tostring(bin.encoding))
    out('kp.pk.' .. tostring(t), show(kp:pk()) .. ' ' .. show(kp:pubkey()))
    -- a dump loads back into the same keypair
    local again = kpmod.load(kp:totable())
    out('kp.reload.' .. tostring(t), tostring(again and again:totable('hex').keypair.id == hx.id))
  end
end
local kex = kpmod.create()
local sign = kpmod.create('sign')
out('kp.totable.bad', call(kex.totable, kex, 'base58'))
out('kp.totable.number', call(kex.totable, kex, 5))
out('kp.totable.upper', call(function() return kex:totable('BASE64').keypair.encoding end))
out('kp.totable.false', call(function() return #kex:totable(false).keypair.privkey end))
out('kp.tostring', show(kex))
out('kp.load.garbage', call(kpmod.load, 'keypair { privkey = '))
out('kp.load.empty', call(kpmod.load, ''))
out('kp.load.nil', call(kpmod.load))
out('kp.load.number', call(kpmod.load, 5))
out('kp.load.json', call(function()
  local t = kex:totable().keypair
  return kpmod.load(string.format('{"keypair": {"privkey": "%s", "pubkey": "%s"}}', t.privkey, t.pubkey)) ~= nil
end))
do
  local t = kex:totable().keypair
  local kp = kpmod.load({ privkey = t.privkey, pubkey = t.pubkey, extensions = { foo = 'bar', n = 5, l = { 1, 2 } } })
  local ext = kp:totable().keypair.extensions
  out('kp.extensions', show(ext) .. ' ' .. tostring(ext.foo) .. ' ' .. tostring(ext.n) .. ' ' .. show(ext.l))
end

---------------------------------------------------------------- public keys
local pkb32 = kex:totable().keypair.pubkey
out('pk.create.kex', call(pkmod.create, pkb32, 'kex'))
out('pk.create.default', call(pkmod.create, pkb32))
out('pk.create.bad', call(pkmod.create, 'notbase32!'))
out('pk.create.number', call(pkmod.create, 5))
out('pk.create.nil', call(pkmod.create))
write('.pk', pkb32)
write('.pknl', pkb32 .. '\n')
write('.empty', '')
out('pk.load', call(pkmod.load, tmp .. '.pk', 'kex'))
out('pk.load.newline', call(pkmod.load, tmp .. '.pknl', 'kex'))
out('pk.load.missing', call(pkmod.load, tmp .. '.nosuch'))
-- (empty files and directories are not tried: upstream prints whatever
-- errno an earlier call left)

---------------------------------------------------------------- signatures
local msg = 'message to sign'
local sig = cb.sign_memory(sign, msg)
local spk = sign:pk()
out('sig.verify', call(cb.verify_memory, spk, sig, msg))
out('sig.verify.text', call(cb.verify_memory, spk, sig, rspamd_text.fromstring(msg)))
out('sig.verify.bad', call(cb.verify_memory, spk, sig, msg .. 'x'))
out('sig.verify.kexpk', call(cb.verify_memory, kex:pk(), sig, msg))
out('sig.verify.nodata', call(cb.verify_memory, spk, sig))
out('sig.verify.badsig', call(cb.verify_memory, spk, 'sig', msg))
out('sig.verify.badpk', call(cb.verify_memory, 'pk', sig, msg))
out('sig.sign.kex', call(cb.sign_memory, kex, msg))
out('sig.sign.text', call(function() return cb.sign_memory(sign, rspamd_text.fromstring(msg)):hex() == sig:hex() end))
out('sig.sign.nodata', call(cb.sign_memory, sign))
out('sig.sign.number', call(function() return cb.verify_memory(spk, cb.sign_memory(sign, 12345), '12345') end))
out('sig.lengths', #sig:bin() .. ' ' .. #sig:hex() .. ' ' .. #sig:base32() .. ' ' .. #sig:base64() .. ' ' ..
  #sig:base32('rfc') .. ' ' .. #sig:base32('bleach'))
out('sig.base32.bad', call(sig.base32, sig, 'nope'))
out('sig.tostring', show(sig))
out('sig.create.text', call(function() return sigmod.create(rspamd_text.fromstring(sig:bin())):hex() == sig:hex() end))
out('sig.create.short', call(sigmod.create, 'short'))
out('sig.create.nil', call(sigmod.create))
write('.data', 'file data\n')
out('sig.save', call(sig.save, sig, tmp .. '.sig'))
out('sig.save.exists', call(sig.save, sig, tmp .. '.sig'))
out('sig.save.forced', call(sig.save, sig, tmp .. '.sig', true))
out('sig.save.baddir', call(sig.save, sig, '/nonexistent/dir/x.sig'))
out('sig.load', call(function() return sigmod.load(tmp .. '.sig'):hex() == sig:hex() end))
out('sig.load.missing', call(sigmod.load, tmp .. '.nosuch'))
out('sig.load.empty', call(sigmod.load, tmp .. '.empty'))
out('sig.load.short', call(function() return sigmod.load(tmp .. '.data'):bin() end))
local fsig = cb.sign_file(sign, tmp .. '.data')
out('sig.file', call(cb.verify_file, spk, fsig, tmp .. '.data'))
out('sig.file.memory', call(cb.verify_memory, spk, fsig, 'file data\n'))
out('sig.file.missing', call(cb.sign_file, sign, tmp .. '.nosuch'))
out('sig.verify_file.missing', call(cb.verify_file, spk, fsig, tmp .. '.nosuch'))
out('sig.verify_file.empty', call(cb.verify_file, spk, fsig, tmp .. '.empty'))

---------------------------------------------------------------- encryption
local plain = 'secret payload'
for _, how in ipairs({ 'keypair', 'pubkey', 'base32' }) do
  local target = ({ keypair = kex, pubkey = kex:pk(), base32 = pkb32 })[how]
  local ok, blob = pcall(cb.encrypt_memory, target, plain)
  out('enc.' .. how, tostring(ok) .. ' ' .. (ok and (#tostring(blob) .. ' ' .. tostring(blob):sub(1, 7)) or tostring(blob)))
  if ok then
    local dok, res = cb.decrypt_memory(kex, blob)
    out('dec.' .. how, tostring(dok) .. ' ' .. tostring(res))
  end
end
out('enc.badb32', call(cb.encrypt_memory, 'bad', plain))
out('enc.number', call(cb.encrypt_memory, 5, plain))
out('enc.sig', call(cb.encrypt_memory, sig, plain))
out('enc.signkp', call(cb.encrypt_memory, sign, plain))
out('enc.nodata', call(cb.encrypt_memory, kex))
out('enc.text', call(function()
  local ok, r = cb.decrypt_memory(kex, cb.encrypt_memory(kex, rspamd_text.fromstring('t')))
  return ok, tostring(r)
end))
out('dec.signkp', call(cb.decrypt_memory, sign, cb.encrypt_memory(kex, plain)))
out('dec.short', call(cb.decrypt_memory, kex, 'ruclev1'))
out('dec.nodata', call(cb.decrypt_memory, kex))
out('dec.notkp', call(cb.decrypt_memory, 'x', 'y'))
out('enc.file', call(function()
  local blob = cb.encrypt_file(kex, tmp .. '.data')
  write('.enc', tostring(blob))
  local ok, r = cb.decrypt_file(kex, tmp .. '.enc')
  return ok, tostring(r)
end))
out('enc.file.missing', call(cb.encrypt_file, kex, tmp .. '.nosuch'))
out('enc.file.empty', call(cb.encrypt_file, kex, tmp .. '.empty'))
out('dec.file.missing', call(cb.decrypt_file, kex, tmp .. '.nosuch'))
out('dec.file.notkp', call(cb.decrypt_file, 'x', tmp .. '.enc'))

---------------------------------------------------------------- cookies
local key = '0123456789abcdef'
local c = cb.encrypt_cookie(key, 'cookie')
out('cookie', #c .. ' ' .. call(function()
  local dec, ts = cb.decrypt_cookie(key, c)
  return dec, math.abs(ts - os.time()) < 100
end))
out('cookie.hexkey', call(function()
  local dec, ts = cb.decrypt_cookie(hex(key), cb.encrypt_cookie(hex(key), 'x'))
  return dec, type(ts)
end))
out('cookie.badkey', call(cb.encrypt_cookie, 'short', 'x'))
out('cookie.badkey.dec', call(cb.decrypt_cookie, 'short', c))
out('cookie.long', call(cb.encrypt_cookie, key, string.rep('x', 16)))
out('cookie.15', call(function() return #cb.encrypt_cookie(key, string.rep('x', 15)) end))
out('cookie.nil', call(cb.encrypt_cookie, key))
out('cookie.number', call(function()
  local dec, ts = cb.decrypt_cookie(key, cb.encrypt_cookie(key, 123))
  return dec, type(ts)
end))
out('cookie.junk', call(cb.decrypt_cookie, key, 'junk'))

---------------------------------------------------------------- pbkdf
for _, alg in ipairs({ 'nil', 'catena', 'pbkdf2', 'PBKDF2-blake2b', 'Catena-Butterfly', 'scrypt' }) do
  out('pbkdf.' .. alg, call(function()
    local r
    if alg == 'nil' then r = cb.pbkdf('password') else r = cb.pbkdf('password', alg) end
    local id, salt, k = r:match('^%$(%d+)%$([^$]+)%$([^$]+)$')
    return id, #salt, #k
  end))
end
out('pbkdf.empty', call(cb.pbkdf, ''))

---------------------------------------------------------------- dkim keys
for _, a in ipairs({ { 'ed25519' }, { 'ed25519-seed' }, { 'rsa', 2048 }, { 'foo' } }) do
  out('dkim.' .. a[1], call(function()
    local priv, pub = cb.gen_dkim_keypair(a[1], a[2])
    local p = tostring(priv)
    return show(priv):match('^rspamd{text}') ~= nil, a[1] ~= 'rsa' and #p or p:sub(1, 4),
      #tostring(pub), tostring(util.decode_base64(pub)):len()
  end))
end

---------------------------------------------------------------- fast_hash64
out('fh.text', call(cb.fast_hash64, rspamd_text.fromstring('abc')))
out('fh.string', call(cb.fast_hash64, 'abc'))
out('fh.seed', call(cb.fast_hash64, 'abc', 12345))
out('fh.seedstr', call(cb.fast_hash64, 'abc', '12345'))
out('fh.number', call(cb.fast_hash64, 5))
out('fh.nil', call(cb.fast_hash64))

---------------------------------------------------------------- hashes
-- (the default BLAKE2b: upstream's copies of OpenSSL states while hashing
-- tables share and free the original state, giving garbage or a crash)
local function h(...)
  local o = cbhash.create()
  for i = 1, select('#', ...) do o:update((select(i, ...))) end
  return o:hex()
end
for _, c in ipairs({
  { 'number_int', 5 }, { 'number_neg', -5 }, { 'number_frac', 1.5 }, { 'number_big', 2 ^ 63 },
  { 'number_nan', 0 / 0 }, { 'bool_true', true }, { 'bool_false', false }, { 'string', 'abc' },
  { 'text', rspamd_text.fromstring('abc') }, { 'seq', { 'a', 'b', 'c' } }, { 'map', { a = 1, b = 'x' } },
  { 'map2', { b = 'x', a = 1 } }, { 'mixed', { 'a', k = 'v', 3 } },
  { 'nested', { { 1, { 2, { 3 } } }, x = { y = { z = true } } } }, { 'empty_table', {} }, { 'func', print },
  { 'several', 'a', 1, true, { 2 } },
}) do
  out('hash.' .. c[1], call(h, unpack(c, 2)))
end
do
  local deep = {}
  local cur = deep
  for _ = 1, 30 do cur[1] = {}; cur = cur[1] end
  cur[1] = 'bottom'
  out('hash.deep', call(h, deep))
  out('hash.nested_text', call(h, { rspamd_text.fromstring('x') }))
  out('hash.nested_text_top', call(function()
    local o = cbhash.create_specific('sha256')
    return o:update(rspamd_text.fromstring('x')):hex()
  end))
end
for _, alg in ipairs({ 'blake2', 'xxh64', 'mum' }) do -- see h; crc32 crashes upstream here
  out('hash.table.' .. alg, call(function()
    local o = cbhash.create_specific(alg)
    o:update({ 'a', k = 'v' })
    return o:hex()
  end))
end
do
  local o = cbhash.create('abc')
  local o2 = o:update('def')
  out('hash.chain', show(o2) .. ' ' .. tostring(o2:hex() == o:hex()))
  out('hash.finalized', call(o.update, o, 'x'))
  out('hash.reset', call(function() return o:reset():update('abcdef'):hex() == cbhash.create('abcdef'):hex() end))
  for _, lim in ipairs({ -1, 0, 1, 2.7, 100, '3', 'x' }) do
    out('hash.hex.' .. tostring(lim), call(o.hex, o, lim))
    out('hash.bin.' .. tostring(lim), call(function() return hex(o:bin(lim)) end))
    out('hash.b64.' .. tostring(lim), call(o.base64, o, lim))
    out('hash.b32.' .. tostring(lim), call(o.base32, o, lim))
  end
  out('hash.b32.rfc', call(o.base32, o, 'rfc'))
  out('hash.tostring', show(o))
end
out('hash.create.bad', call(cbhash.create_specific, 'sha3'))
out('hash.create.nil', call(cbhash.create_specific))
out('hash.create.number', call(cbhash.create, 5))
out('hash.create.table', call(function() return cbhash.create({}):hex() end))
out('hash.keyed.text', call(function()
  return cbhash.create_keyed('key', rspamd_text.fromstring('abc')):hex() == cbhash.create_keyed('key', 'abc'):hex()
end))
out('hash.keyed.nokey', call(cbhash.create_keyed))
out('hash.keyed.spec.bad', call(cbhash.create_specific_keyed, 'key', 'nope'))
out('hash.keyed.spec.nokey', call(cbhash.create_specific_keyed, nil, 'md5'))
out('hash.keyed.fast', call(function()
  return cbhash.create_specific_keyed('key', 'xxh64', 'abc'):hex() == cbhash.create_specific('xxh64', 'abc'):hex()
end))
out('hash.method.notahash', call(function() return cbhash.create().hex('x') end))

---------------------------------------------------------------- secretbox
local box = sboxmod.create('secret')
out('sbox.create.text', call(sboxmod.create, rspamd_text.fromstring('secret')))
out('sbox.create.empty', call(sboxmod.create, ''))
out('sbox.create.table', call(sboxmod.create, {}))
out('sbox.create.nil', call(sboxmod.create))
out('sbox.create.number', call(sboxmod.create, 12))
local enc, nonce = box:encrypt('hello')
out('sbox.random', #tostring(enc) .. ' ' .. #tostring(nonce) .. ' ' .. call(box.decrypt, box, enc, nonce))
out('sbox.text', call(function()
  return tostring(box:encrypt(rspamd_text.fromstring('x'), rspamd_text.fromstring('n'))) == tostring(box:encrypt('x', 'n'))
end))
out('sbox.nonce.long', call(box.encrypt, box, 'x', string.rep('n', 25)))
out('sbox.nonce.empty', call(box.encrypt, box, 'x', ''))
out('sbox.nonce.table', call(box.encrypt, box, 'x', {}))
out('sbox.in.table', call(box.encrypt, box, {}))
out('sbox.dec.nononce', call(box.decrypt, box, enc))
out('sbox.dec.table', call(box.decrypt, box, {}, 'n'))
out('sbox.dec.short', call(box.decrypt, box, 'x', 'n'))
out('sbox.self', call(box.encrypt, 'x', 'y'))
out('sbox.tostring', type(tostring(box)))

cleanup()
