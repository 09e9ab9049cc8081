-- Helpers shared by crypto/vectors.lua, which writes the crypto goldens in
-- the oracle, and luaapi/crypto_replay.lua, which regenerates their records
-- through the Lua API. Loaded from the scripts'
-- sibling lib/ (see lib/dumpfmt.lua).
local util = require "rspamd_util"
local kpmod = require "rspamd_cryptobox_keypair"

local K = {}

-- hex renders a value as lowercase hex: "NIL" for nil, "-" when empty.
function K.hex(s)
  if s == nil then
    return "NIL"
  end
  s = tostring(s)
  if #s == 0 then
    return "-"
  end
  return (s:gsub('.', function(c)
    return string.format('%02x', c:byte())
  end))
end

-- feed updates a hash with s in pieces of chunk bytes.
function K.feed(h, s, chunk)
  local pos = 1
  while pos <= #s do
    h:update(s:sub(pos, pos + chunk - 1))
    pos = pos + chunk
  end
end

-- dump renders a keypair's totable(enc) (totable() without enc) as
-- name=hex fields.
function K.dump(kp, enc)
  local t
  if enc == nil then
    t = kp:totable()
  else
    t = kp:totable(enc)
  end
  local k = t.keypair
  local fields = {}
  for _, name in ipairs({ "pubkey", "privkey", "id", "encoding", "algorithm", "type" }) do
    fields[#fields + 1] = name .. "=" .. K.hex(k[name])
  end
  return table.concat(fields, ",")
end

-- load_cases loads keypairs given in every way rspamd_cryptobox_keypair.load
-- accepts or rejects, from a key exchange pair (sk, pk) and a signing pair
-- (ssk, spk), and calls rec("kpload", case, dump or "NIL") for each.
function K.load_cases(rec, sk, pk, ssk, spk)
  local b = function(x)
    return tostring(util.encode_base32(x))
  end
  local hx = K.hex
  local b64 = function(x)
    return tostring(util.encode_base64(x))
  end
  local cases = {
    { "flat", { privkey = b(sk), pubkey = b(pk) } },
    { "nested", { keypair = { privkey = b(sk), pubkey = b(pk) } } },
    { "aliases1", { secret = b(sk), public = b(pk) } },
    { "aliases2", { private_key = b(sk), public_key = b(pk) } },
    { "aliases3", { secret_key = b(sk), pubkey = b(pk) } },
    { "aliases4", { private = b(sk), pubkey = b(pk) } },
    { "hex", { privkey = hx(sk), pubkey = hx(pk), encoding = "hex" } },
    { "HEX", { privkey = hx(sk), pubkey = hx(pk), encoding = "HEX" } },
    { "base64", { privkey = b64(sk), pubkey = b64(pk), encoding = "base64" } },
    { "badenc", { privkey = b(sk), pubkey = b(pk), encoding = "foo" } },
    { "binary", { privkey = sk, pubkey = pk, encoding = "binary" } },
    { "sign", { privkey = b(ssk), pubkey = b(spk), type = "sign" } },
    { "SIGN", { privkey = b(ssk), pubkey = b(spk), type = "SIGN" } },
    { "signkex", { privkey = b(ssk), pubkey = b(spk) } },
    { "kexsign", { privkey = b(sk), pubkey = b(pk), type = "sign" } },
    { "badtype", { privkey = b(sk), pubkey = b(pk), type = "foo" } },
    { "nopub", { privkey = b(sk) } },
    { "nopriv", { pubkey = b(pk) } },
    { "shortsk", { privkey = b(sk:sub(1, 31)), pubkey = b(pk) } },
    { "longsk", { privkey = b(sk .. "x"), pubkey = b(pk) } },
    { "badb32", { privkey = b(sk):upper(), pubkey = b(pk) } },
    { "hexshort", { privkey = hx(sk):sub(1, 62), pubkey = hx(pk), encoding = "hex" } },
    { "hexodd", { privkey = hx(sk) .. "0", pubkey = hx(pk), encoding = "hex" } },
    { "numpub", { privkey = b(sk), pubkey = 5 } },
    { "ext", { privkey = b(sk), pubkey = b(pk), extensions = { foo = "bar" } } },
    { "mismatch", { privkey = b(sk), pubkey = b(spk) } },
  }
  for _, c in ipairs(cases) do
    local kp = kpmod.load(c[2])
    rec("kpload", c[1], kp and K.dump(kp, "hex") or "NIL")
  end
  -- the same from UCL text
  local kp = kpmod.load(string.format('keypair { privkey = "%s"; pubkey = "%s"; }', b(sk), b(pk)))
  rec("kpload", "ucltext", kp and K.dump(kp, "hex") or "NIL")
end

return K
