-- Replays the crypto goldens that compat-tests/crypto/vectors.lua wrote
-- through the Lua API: rspamadm lua -a <golden tsv> crypto_replay.lua
--
-- vectors.lua cannot run outside the oracle (it calls the oracle's C
-- functions through LuaJIT's FFI for key generation and the primitives),
-- but its records made with rspamd_cryptobox*, rspamd_cryptobox_hash and
-- friends carry their inputs. This script reads such a golden file and
-- prints, for every record of those kinds, the record as the Lua API
-- regenerates it from its inputs; records made from random values (blobs,
-- cookies) are checked by decryption and printed unchanged when the check
-- passes. Run on the oracle, it reproduces the golden lines exactly; the
-- Go test runs it under our runtime. Other records are skipped.

local util_b32 = require "rspamd_util".encode_base32
local cb = require "rspamd_cryptobox"
local cbhash = require "rspamd_cryptobox_hash"
local kpmod = require "rspamd_cryptobox_keypair"
local pkmod = require "rspamd_cryptobox_pubkey"
local sboxmod = require "rspamd_cryptobox_secretbox"
local sigmod = require "rspamd_cryptobox_signature"

local fname = arg[1]

local K = dofile((debug.getinfo(1, 'S').source:match('^@(.*/)') or '') .. '../lib/cryptovectors.lua')
local tohex, dump, feed = K.hex, K.dump, K.feed

local function fromhex(h)
  if h == "-" then
    return ""
  end
  return (h:gsub('..', function(x)
    return string.char(tonumber(x, 16))
  end))
end

local function b32(s)
  return tostring(util_b32(s))
end

local function out(...)
  io.write(table.concat({ ... }, "\t"), "\n")
end

-- field returns a key of a dump made with the hex encoding
local function field(d, name)
  return fromhex(fromhex(d:match(name .. "=([^,]*)")))
end

local inputs = {}
local keypairs = {} -- by kind and secret key hex
local kpload_done = false
local kpload_lines = {}

-- kpload: the cases of vectors.lua, from the keys of its "flat" and "sign"
-- records (kex_pair(1400) and sign_pair(1401)).
local function replay_kpload()
  local flat = kpload_lines.flat
  local sign = kpload_lines.sign
  local sk, pk = field(flat, "privkey"), field(flat, "pubkey")
  local ssk, spk = field(sign, "privkey"), field(sign, "pubkey")
  K.load_cases(out, sk, pk, ssk, spk)
end

-- a keypair that decrypts with sk (the public key is not checked)
local function decryptor(sk)
  return kpmod.load({ privkey = b32(fromhex(sk)), pubkey = b32(fromhex(sk)) })
end

local handlers = {}

handlers["in"] = function(f)
  inputs[f[2]] = fromhex(f[3])
  out(f[1], f[2], f[3])
end

handlers.fast_hash64 = function(f)
  local hi, lo
  if f[3] == "0" then
    hi, lo = cb.fast_hash64(inputs[f[2]])
  else
    hi, lo = cb.fast_hash64(inputs[f[2]], tonumber(f[3]))
  end
  out(f[1], f[2], f[3], string.format("%d", hi), string.format("%d", lo))
end

handlers.hash = function(f)
  local alg, key, l, chunk, method, marg = f[2], f[3], f[4], tonumber(f[5]), f[6], f[7]
  local input = inputs[l]
  local h
  if alg == "default" then
    if key == "-" then
      h = cbhash.create(input)
    else
      h = cbhash.create_keyed(fromhex(key), input)
    end
  elseif key ~= "-" then
    h = cbhash.create_specific_keyed(fromhex(key), alg, input)
  else
    h = cbhash.create_specific(alg)
    feed(h, input, chunk)
  end
  local a = nil
  if marg ~= "-" then
    a = tonumber(marg) or marg
  end
  local r = h[method](h, a)
  out(f[1], alg, key, l, f[5], method, marg, tohex(r))
end

handlers.reset = function(f)
  local alg, key = f[2], f[3]
  local h
  if key ~= "-" then
    h = cbhash.create_specific_keyed(fromhex(key), alg, "garbage")
  else
    h = cbhash.create_specific(alg, "garbage")
  end
  h:hex()
  h:reset()
  h:update(inputs[f[4]])
  out(f[1], alg, key, f[4], tohex(h:hex()))
end

handlers.kp = function(f)
  local kind, sk, pk = f[2], fromhex(f[3]), fromhex(f[4])
  local kp = kpmod.load({ keypair = { privkey = b32(sk), pubkey = b32(pk), type = kind } })
  keypairs[kind .. f[3]] = kp
  out(f[1], kind, f[3], f[4], tostring(kp:type()), tostring(kp:alg()))
end

handlers.kpdump = function(f)
  local kp = keypairs[f[2] .. f[3]]
  local enc = f[4]
  local d
  if enc == "-" then
    d = dump(kp)
  elseif enc == "true" or enc == "false" then
    d = dump(kp, enc == "true")
  else
    d = dump(kp, enc)
  end
  out(f[1], f[2], f[3], enc, d)
end

handlers.kpload = function(f)
  kpload_lines[f[2]] = f[3]
  if f[2] == "ucltext" and not kpload_done then
    kpload_done = true
    replay_kpload()
  end
end

handlers.sig = function(f)
  local ssk, msg = fromhex(f[2]), fromhex(f[3])
  local kp = kpmod.load({ privkey = b32(ssk), pubkey = b32(ssk:sub(33)), type = "sign" })
  local sig = cb.sign_memory(kp, msg)
  out(f[1], f[2], f[3], tohex(sig:bin()), tostring(sig:hex()), tostring(sig:base32()), tostring(sig:base64()),
    tostring(sig:base32("rfc")))
end

handlers.verify = function(f)
  local pub = pkmod.create(b32(fromhex(f[2])), "sign")
  local sig = sigmod.create(fromhex(f[5]))
  out(f[1], f[2], f[3], f[4], f[5], tostring(cb.verify_memory(pub, sig, fromhex(f[4]))))
end

handlers.sigcreate = function(f)
  local r = sigmod.create(fromhex(f[2]))
  out(f[1], f[2], type(r), tohex(r))
end

handlers.pubkey = function(f)
  local s = fromhex(f[3])
  local p
  if f[2] == "-" then
    p = pkmod.create(s)
  else
    p = pkmod.create(s, f[2])
  end
  out(f[1], f[2], f[3], p and "ok" or "NIL")
end

handlers.kpenc = function(f)
  local ok, res = cb.decrypt_memory(decryptor(f[2]), fromhex(f[4]))
  -- a blob of nothing is made but never decrypted (too small)
  if (ok and tohex(res) == f[3]) or (f[3] == "-" and not ok and res == "invalid size: too small") then
    out(f[1], f[2], f[3], f[4])
  else
    out(f[1], f[2], f[3], "does not decrypt: " .. tostring(ok) .. " " .. tohex(res))
  end
end

handlers.kpdec = function(f)
  local ok, res = cb.decrypt_memory(decryptor(f[2]), fromhex(f[3]))
  out(f[1], f[2], f[3], tostring(ok), tohex(res))
end

handlers.sbox = function(f)
  local box = sboxmod.create(fromhex(f[2]))
  out(f[1], f[2], f[3], f[4], tohex(box:encrypt(fromhex(f[4]), fromhex(f[3]))))
end

handlers.sboxdec = function(f)
  local box = sboxmod.create(fromhex(f[2]))
  local ok, res = box:decrypt(fromhex(f[4]), fromhex(f[3]))
  if #f == 5 then
    out(f[1], f[2], f[3], f[4], tostring(ok))
  else
    out(f[1], f[2], f[3], f[4], tostring(ok), tohex(res))
  end
end

handlers.cookie = function(f)
  local dec, ts = cb.decrypt_cookie(fromhex(f[2]), fromhex(f[4]))
  out(f[1], f[2], f[3], f[4], tohex(dec), tostring(ts))
end

for line in io.lines(fname) do
  if line:sub(1, 1) ~= "#" then
    local f = {}
    for x in (line .. "\t"):gmatch("([^\t]*)\t") do
      f[#f + 1] = x
    end
    local h = handlers[f[1]]
    if h then
      h(f)
    end
  end
end
