-- Formats the doubles listed in fpconv.golden with the oracle's own printf
-- (rspamd_snprintf of rspamd 4.1.5, reached through LuaJIT's FFI on the
-- installed librspamd-server.so). Run inside the oracle by fpconv-regen.sh:
--   rspamadm lua fpconv.lua -a <cases file> -a <output file>
-- Each case line is "<bits hex> <precision> <scientific>"; precision 20 is
-- a bare %f or %g (every significant digit), any other precision N is %.Nf
-- or %.Ng. Each output line repeats the case and appends the printed text.

local ffi = require "ffi"

ffi.cdef [[
long rspamd_snprintf(char *buf, long max, const char *fmt, ...);
typedef union { uint32_t w[2]; double d; } gorspamd_bits;
]]
local C = ffi.C

local cases_path, out_path = arg[1], arg[2]
if not cases_path or not out_path then
  error("usage: rspamadm lua fpconv.lua -a <cases> -a <output>")
end

local buf = ffi.new("char[128]")
local bits = ffi.new("gorspamd_bits")

local function format(hex, prec, sci)
  -- little-endian: w[0] holds the low 32 bits
  bits.w[1] = tonumber(hex:sub(1, 8), 16)
  bits.w[0] = tonumber(hex:sub(9, 16), 16)
  local conv = sci == 1 and "g" or "f"
  local n
  if prec == 20 then
    n = C.rspamd_snprintf(buf, ffi.sizeof(buf), "%" .. conv, bits.d)
  else
    n = C.rspamd_snprintf(buf, ffi.sizeof(buf), "%.*" .. conv, ffi.new("int", prec), bits.d)
  end
  return ffi.string(buf, n)
end

local out = assert(io.open(out_path, "w"))
local count = 0
for line in io.lines(cases_path) do
  local hex, prec, sci = line:match("^(%x+) (%d+) ([01])")
  if not hex or #hex ~= 16 then
    error("bad case line: " .. line)
  end
  prec, sci = tonumber(prec), tonumber(sci)
  out:write(string.format("%s %d %d %s\n", hex, prec, sci, format(hex, prec, sci)))
  count = count + 1
end
out:close()
print(string.format("%d cases", count))
