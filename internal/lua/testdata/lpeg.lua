-- LPeg as upstream's Lua code sees it. Run by TestLPeg here (with a test
-- rspamd_text module) and by real rspamd through `rspamadm lua`; both
-- outputs must equal lpeg.golden (regenerate: oracle.sh lpeg).
local lpeg = require "lpeg"
local rspamd_text = require "rspamd_text"
local P, R, S, V, C, Ct, Cc, Cf, Cg, Cp, Cs, Cb, Cmt = lpeg.P, lpeg.R, lpeg.S, lpeg.V, lpeg.C,
  lpeg.Ct, lpeg.Cc, lpeg.Cf, lpeg.Cg, lpeg.Cp, lpeg.Cs, lpeg.Cb, lpeg.Cmt

print(lpeg.version(), rawget(_G, "lpeg"), package.loaded.lpeg == lpeg, lpeg.type(P(1)), lpeg.type(1))

-- A real grammar: arithmetic with precedence, evaluated by folding captures.
local space = S(" \t\n") ^ 0
local number = C(P"-" ^ -1 * R"09" ^ 1 * (P"." * R"09" ^ 1) ^ -1) / tonumber * space
local function tok(c) return P(c) * space end
local function fold(acc, op, v)
  if op == "+" then return acc + v elseif op == "-" then return acc - v
  elseif op == "*" then return acc * v else return acc / v end
end
local expr = P { "Exp",
  Exp = space * Cf(V"Term" * Cg(C(S"+-") * space * V"Term") ^ 0, fold),
  Term = Cf(V"Factor" * Cg(C(S"*/") * space * V"Factor") ^ 0, fold),
  Factor = number + tok"(" * V"Exp" * tok")",
}
local full = expr * -1
for _, e in ipairs({ "1 + 2 * 3", "(1 + 2) * 3", " 10 / 4 - -1 ", "2 * (3 + 4) * 5", "1 +", "" }) do
  print(e, full:match(e))
end

-- A key=value list into a table, with positions and substitutions.
local name = C(R("az", "AZ", "__") * R("az", "AZ", "09", "__") ^ 0)
local value = C((1 - S",;") ^ 0)
local pair = Cg(name * space * "=" * space * value)
local list = Cf(Ct"" * pair * (S",;" * space * pair) ^ 0, rawset)
local t = list:match("a=1, b = two;c=")
print(t.a, t.b, t.c == "", lpeg.match(Ct(Cp() * name * Cp()), "hello world")[3])
print(Cs((P"a" / "A" + 1) ^ 0):match("banana"), lpeg.match(C(P"x" ^ 0) * Cc("const", 2), "xxy"))
print(lpeg.match((Cg(C(1), "first") * (1 - Cmt(Cb("first") * C(1), function(s, i, a, b) return a == b end)) ^ 0 * Cp()), "abcda"))
print(lpeg.match(P"ab", "xxab", 3), lpeg.match(P"ab", "xxab", -2), lpeg.match(P"ab", "xxab", 10), lpeg.match(P(true), "", 1))

-- rspamd{text} subjects, as upstream's patched lpeg accepts them.
local txt = rspamd_text.fromstring("key1=val1;key2=val2")
local tt = list:match(txt)
print(tt.key1, tt.key2, lpeg.match(C(name), txt), P"val":match(txt, 6), lpeg.match(Cp() * P"key2", txt, 11))
print(full:match(rspamd_text.fromstring("6 * 7")), expr:match(rspamd_text.fromstring("")))

-- Subjects upstream rejects.
print(pcall(lpeg.match, P"1", 1))
print(pcall(lpeg.match, P"a", {}))
print(pcall(lpeg.match, P"a", nil))
print(pcall(lpeg.match, P"a"))
print(pcall(lpeg.match, P"a", io.stdout))
print(pcall(function() local r = P"a":match(io.stdout) end))
print(pcall(function() local r = lpeg.match(P"a", true) end))
print(pcall(lpeg.match, P"a", "a", "x"))
print(pcall(lpeg.P, {}))
