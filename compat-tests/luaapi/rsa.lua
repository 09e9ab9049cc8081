-- Oracle script for rspamd_rsa, rspamd_rsa_privkey, rspamd_rsa_pubkey and
-- rspamd_rsa_signature: rspamadm lua rsa.lua; every line it prints is
-- "<key> <value>", log messages come in between (see regen.sh). It runs
-- in a scratch directory holding rsa_test.sec and rsa_test.pub of
-- testdata/ (a 2048 bit key pair written by openssl) and writes files
-- there. OpenSSL's error texts name the oldest
-- error of the process's queue, which upstream never clears: the test
-- compares the lines holding one up to the text.

local rsa = require "rspamd_rsa"
local pk = require "rspamd_rsa_pubkey"
local sk = require "rspamd_rsa_privkey"
local sig = require "rspamd_rsa_signature"
local hash = require "rspamd_cryptobox_hash"
local rspamd_text = require "rspamd_text"
local rspamd_util = require "rspamd_util"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

-- a public key prints as its DER: shown by its length and digest
local function kshow(v)
  if type(v) == 'userdata' and not tostring(v):find('^rspamd{') then
    local der = tostring(v)
    local hh = hash.create_specific('sha256')
    hh:update(der)
    return 'pubkey:' .. #der .. ':' .. tostring(rspamd_util.encode_base32(hh:bin()))
  end
  return show(v)
end

local function slurp(name)
  local f = io.open(name, 'rb')
  if not f then return nil end
  local d = f:read('*a')
  f:close()
  return d
end

local function digest(s)
  local hh = hash.create_specific('sha256')
  hh:update(s)
  return hh:bin()
end

local key = sk.load_file('rsa_test.sec')
local pub = pk.load('rsa_test.pub')
out('load_file', show(key))
out('load', kshow(pub))

local d = digest('hello')
local s = rsa.sign_memory(key, d)
out('sign', show(s))
out('sign.base64', s:base64())
out('sign.base64.64', s:base64(64))
out('sign.base64.64lf', s:base64(64, 'lf'))
out('sign.base64.70cr', s:base64(70, 'cr'))
out('sign.base64.70x', s:base64(70, 'x'))
out('sign.base64.neg', s:base64(-1))
out('sign.base64.str', s:base64('76'))
out('verify', call(rsa.verify_memory, pub, s, d))
out('verify.other', call(rsa.verify_memory, pub, s, digest('other')))
out('verify.short', call(rsa.verify_memory, pub, s, 'short'))
out('verify.siglen', call(rsa.verify_memory, pub, sig.create('abc'), d))
out('verify.garbage', call(rsa.verify_memory, pub, sig.create(string.rep('\255', 256)), d))
out('verify.zeros', call(rsa.verify_memory, pub, sig.create(string.rep('\0', 256)), d))
out('verify.text', call(rsa.verify_memory, pub, s, rspamd_text.fromstring(d)))
out('verify.badkey', call(rsa.verify_memory, key, s, d))
out('verify.badsig', call(rsa.verify_memory, pub, 'sig', d))
out('verify.nodata', call(rsa.verify_memory, pub, s))
out('sign.short', call(rsa.sign_memory, key, 'short'))
out('sign.long', call(rsa.sign_memory, key, string.rep('x', 64)))
out('sign.pub', call(rsa.sign_memory, pub, d))
out('sign.nodata', call(rsa.sign_memory, key))
out('sign.same', tostring(rsa.sign_memory(key, d):base64() == s:base64()))

local spem = slurp('rsa_test.sec')
out('create', show(sk.create(spem)))
out('create.bad', show(sk.create('garbage')))
out('create.nil', call(sk.create))
-- rspamd_rsa_pubkey.create with a valid key is not called: upstream
-- hands OpenSSL an uninitialised key pointer to reuse
out('pub.create.bad', kshow(pk.create('garbage')))
out('load_pem', show(sk.load_pem(spem)))
out('load_pem.text', show(sk.load_pem(rspamd_text.fromstring(spem))))
out('load_pem.prefix', show(sk.load_pem('some text before\n' .. spem)))
out('load_pem.bad', show(sk.load_pem('garbage')))
out('load_pem.ud', call(sk.load_pem, key))
out('load_pem.nil', call(sk.load_pem))
out('load_file.pub', show(sk.load_file('rsa_test.pub')))
out('load_file.none', show(sk.load_file('nonexistent')))
out('load.priv', kshow(pk.load('rsa_test.sec')))
out('load.none', kshow(pk.load('nonexistent')))

out('save.pem', call(key.save, key, 'k.pem'))
out('save.der', call(key.save, key, 'k.der', 'der'))
out('save.other', call(key.save, key, 'k.other', 'other'))
out('save.nodir', call(key.save, key, 'nodir/k.pem'))
out('save.noname', call(key.save, key))
out('save.badtype', call(key.save, key, 'k.x', {}))
local kpem, kder = slurp('k.pem'), slurp('k.der')
out('save.pem.content', kpem:sub(1, 28) .. ' ' .. #kpem .. ' ' .. tostring(kpem == slurp('k.other')))
out('save.der.len', #kder)
out('load_raw', show(sk.load_raw(kder)))
out('load_raw.text', show(sk.load_raw(rspamd_text.fromstring(kder))))
out('load_raw.bad', show(sk.load_raw('garbage')))
out('load_base64', show(sk.load_base64(rspamd_util.encode_base64(kder))))
out('load_base64.badb64', call(sk.load_base64, 'garbage!'))
out('load_base64.bad', call(sk.load_base64, 'Z2FyYmFnZQ=='))
local k2 = sk.load_raw(kder)
out('load_raw.sign', tostring(rsa.sign_memory(k2, d):base64() == s:base64()))
local k3 = sk.load_pem(kpem)
out('load_pem.saved.sign', tostring(rsa.sign_memory(k3, d):base64() == s:base64()))

out('sig.save', call(s.save, s, 's.sig'))
out('sig.save.again', call(s.save, s, 's.sig'))
out('sig.save.force', call(s.save, s, 's.sig', true))
out('sig.save.nodir', call(s.save, s, 'nodir/s.sig'))
local ls = sig.load('s.sig')
out('sig.load', show(ls) .. ' ' .. tostring(ls:base64() == s:base64()))
out('sig.load.none', show(sig.load('nonexistent')))
io.open('empty.sig', 'wb'):close()
out('sig.load.empty', show(sig.load('empty.sig')))
out('sig.create.nil', call(sig.create))
out('sig.create.num', call(function() return sig.create(12):base64() end))

out('keypair.100', call(rsa.keypair, 100))
out('keypair.5000', call(rsa.keypair, 5000))
out('keypair.nil', call(rsa.keypair, nil))
local k4, p4 = rsa.keypair()
out('keypair', show(k4) .. ' ' .. #tostring(p4))
local s4 = rsa.sign_memory(k4, d)
out('keypair.sign', #s4:base64() .. ' ' .. tostring(rsa.verify_memory(p4, s4, d)))
local k5, p5 = rsa.keypair('2048')
out('keypair.2048', #tostring(p5))
