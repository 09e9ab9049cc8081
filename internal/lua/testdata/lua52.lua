-- The LuaJIT build itself: version, GC64, and the Lua 5.2 compatibility the
-- oracle's LuaJIT is built with (LUAJIT_ENABLE_LUA52COMPAT). Run by
-- TestLua52 here and, through `rspamadm lua`, by real rspamd; both outputs
-- must equal lua52.golden (regenerate: oracle.sh lua52).
local ffi = require "ffi"
print(jit.version, jit.version_num, jit.arch, jit.os, (jit.status()), _VERSION)
print(ffi.abi("64bit"), ffi.abi("le"), ffi.abi("fpu"), ffi.abi("gc64"), ffi.abi("win"), ffi.abi("eabi"))
print(string.byte(string.dump(function() end, true), 1, 5))
print(type(1LL), 1LL + 1, 0x10ULL, tostring(-5LL), ffi.sizeof("void *"), ffi.sizeof("long double"))

-- # honours __len on tables (5.1 ignores it); rawlen does not
local len = setmetatable({ 1, 2 }, { __len = function(t) return 42 end })
print(#len, rawlen(len), #setmetatable({}, { __len = function() return "x" end }), select("#", #len))
print(pcall(function() return #setmetatable({}, { __len = function() error("len failed") end }) end))
local ud = newproxy(true)
getmetatable(ud).__len = function() return 7 end
print(#ud, pcall(rawlen, ud))

-- pairs and ipairs honour __pairs and __ipairs
local function triple(t, k)
	if k == nil then return "a", 1 elseif k == "a" then return "b", 2 end
end
for k, v in pairs(setmetatable({ real = true }, { __pairs = function(t) return triple, t, nil end })) do print("pairs", k, v) end
for i, v in ipairs(setmetatable({ 9 }, { __ipairs = function(t) return function(_, i) if i < 3 then return i + 1, -i end end, t, 0 end })) do print("ipairs", i, v) end
for i, v in ipairs(setmetatable({}, { __index = function(t, i) if i < 3 then return i * 10 end end })) do print("ipairs via __index", i, v) end
print(pcall(pairs, setmetatable({}, { __pairs = function() error("no pairs") end })))
print(select("#", pairs(setmetatable({}, { __pairs = function() return 1, 2, 3, 4 end }))))

-- comparisons of mixed types go through __lt and __le
local lt = { __lt = function(a, b) return type(a) .. "<" .. type(b) end, __le = function(a, b) return type(a) .. "<=" .. type(b) end }
local t = setmetatable({}, lt)
print(t < 1, 1 < t, t <= "s", "s" <= t, t > 2, t >= 2)
print(pcall(function() return {} < 1 end))
print(pcall(function() return "a" < 1 end))
print(pcall(function() return 1 <= "a" end))
local onlylt = setmetatable({}, { __lt = function(a, b) return false end })
print(pcall(function() return onlylt <= 1 end))
local other = setmetatable({}, { __lt = function() return "other" end })
print(pcall(function() return t < other end), pcall(function() return other < t end))
local u = newproxy(true)
getmetatable(u).__lt = function(a, b) return "u:" .. type(a) .. type(b) end
print(u < "x", "x" < u, pcall(function() return u <= "x" end))
print(setmetatable({}, { __eq = function() return true end }) == 1, t == t, rawequal(t, t))

-- table.pack, table.unpack, rawlen, coroutine.running, package.searchers
local p = table.pack(nil, 2, nil)
print(p.n, p[1], p[2], p[3], table.pack().n, select("#", table.unpack({ 1, nil, 3 }, 1, 3)), table.unpack({ 1, 2, 3 }, 2))
print(table.unpack == unpack, pcall(table.unpack, {}, 1, 1e8))
print(rawlen({ 1, 2, 3 }), rawlen("abcd"), pcall(rawlen, 5), pcall(rawlen))
-- (rspamadm lua runs scripts in a coroutine: only the count is comparable here)
print(select("#", coroutine.running()), type((coroutine.running())))
print(coroutine.wrap(function() return select(2, coroutine.running()), coroutine.isyieldable() end)())
print(type(package.searchers), package.searchers == package.loaders, #package.searchers)
print(type(module), type(setfenv), type(getfenv), type(loadstring), type(table.maxn), type(math.pow), type(math.ldexp), type(newproxy), type(gcinfo))
print(type(table.getn), type(string.gfind), type(math.mod), type(bit32), type(math.type), type(table.move), type(table.new), type(table.clear))

-- load, loadstring, xpcall, parsing
-- (rspamadm lua replaces load with a wrapper that drops the mode: loadstring is LuaJIT's)
print(load("return 1", "=c", "t")(), load("return 2", "=c", "bt")(), loadstring("return 3", "=c", "b"))
print(loadstring("return ...", "=ls")(1, 2), load("return x", "=e", "t", { x = "env" })())
print(xpcall(function(a, b) return a + b end, debug.traceback, 2, 3))
print(type(load("local a = print\n(a)('ambiguous call ok')")))
print(pcall(load("local a = print\n(a)('ambiguous call ok')")))
print(type(load("do return 1 end return 2")), type(load("for i = 1, 2 do break; print(i) end")))
print(load("goto l; local x; ::l:: print(x)"))
print(load("::a:: ::a::"))
print("a\z
       b", "\x41\u{48}\u{20AC}", "\065\10x" == "A\nx")

-- os.execute and io.close return 5.2-style statuses
print(os.execute(), os.execute("exit 3"), os.execute("true"))
local f = io.popen("exit 5")
print(f:close())
print(io.write("") == io.stdout)

-- string.format and tostring of numbers
print(string.format("%d %d %d %d %i", 3.0, -0.0, 2^31, -2^53, 2^53 - 1))
print(pcall(string.format, "%d", 2^63), pcall(string.format, "%d", 0/0), pcall(string.format, "%d", 1e100))
print(string.format("%x %X %o %x", 255, 2^40, 8, -1))
print(string.format("%g %g %g %g %g %g", 1e20, 1e-5, 123456789, 0.1, 1/3, 2^63))
print(string.format("%.14g %.17g %.3g %10.4g| %-10g| %+g %e %.0e %E", 0.1, 0.1, 2/3, math.pi, 1.5, 2, 0, 12345, 1e-300))
print(string.format("%f %.0f %.1f %.20f %5.2f %-8.3f| %08.3f", 1/3, 2.5, 0.05, 0.1, -1.005, 1e3, -3.14159))
print(string.format("%a %A %a %.2a", 1.0, 0.5, -0.0, 1/3))
print(string.format("%s %s %s %s %s %s", 1e15, 1e16, -1e-7, 2^63, 0/0 ~= 0/0, 1e308 * 10))
print(string.format("%5s|%-5s|%.2s|%5.1s|", 1, 2.5, "abc", "xyz"), string.format("%q", 1 / 3), string.format("%q", "\r\0\127é"))
print(pcall(string.format, "%.100f", 1), pcall(string.format, "%w", 1), pcall(string.format, "%", 1), pcall(string.format, "%d"))
print(string.format("%c%c%c", 76, 117, 97), string.format("%%"), pcall(string.format, "%5%"))
-- (no subnormals: real rspamd runs with them flushed to zero)
print(tostring(1e308 * 10), tostring(-1e308 * 10), 2^-1022, 2^53 + 1, -2^63, 1e15 + 0.5, 123456789012345678, 0.1 + 0.7)
print(tonumber("0x1p4"), tonumber("0x.8"), tonumber("1e+"), tonumber(" 0x10 "), tonumber("inf"), tonumber("nan"), tonumber("1LL"), tonumber("0b101"))
print(tonumber("7fffffff", 16), tonumber("-ff", 16), tonumber("zz", 36), pcall(tonumber, "10", 99), tonumber(nil))
print(math.log(8, 2), math.log(100, 10), math.log(0), math.fmod(-6, 4), math.fmod(6, -4), -6 % 4, 6 % -4)
math.randomseed(42)
print(math.random(1, 1000), math.random(1, 1000), math.floor(math.random() * 1e6))

-- tables, strings, errors
print(pcall(table.insert, {}, 1, 2, 3), pcall(table.insert, {}), pcall(table.insert, {}, 5, 1))
print(table.remove({}), table.remove({ 1, 2 }), table.concat({ 1, 2.5, "x" }, ", ", 2, 3), table.maxn({ [3] = 1, [10.5] = 2 }))
print(pcall(table.sort, { 3, 2, 1, 5, 4, 7, 6, 9, 8, 10, 12, 11 }, function(a, b) return true end))
print(("x"):rep(3, ", "), ("ab"):rep(0, ","), ("ab"):rep(1, ","), #("x"):rep(1000, "yz"))
print(pcall(string.char, 256), pcall(string.rep, "x", -1, "sep"), ("abc"):byte(-1), ("abc"):sub(-100, 100))
print(pcall(tostring, setmetatable({}, { __tostring = function() return 1 end })))
print(type(select(2, pcall(tostring, setmetatable({}, { __tostring = function() return {} end })))))
print(pcall(error, setmetatable({}, { __tostring = function() return "tostring'd" end })))
print(pcall(setmetatable, setmetatable({}, { __metatable = "locked" }), {}), getmetatable(setmetatable({}, { __metatable = "locked" })))
print(pcall(function() local a; a.b.c = 1 end))
print(pcall(function() return ({}).x.y end))
print(pcall(function() undefinedglobal() end))
print(pcall(function() local s = "x"; s:nomethod() end))
print(pcall(function() return 1 .. {} end), pcall(function() return -{} end))
print(pcall(string.sub), pcall(("x").rep, "x"), pcall(ipairs, nil))
print(select(2, pcall(error, "lvl1", 1)), select(2, pcall(error, "lvl2", 2)))
print(debug.getinfo(1, "S").short_src, debug.getinfo(string.rep).what, debug.getinfo(1, "l").currentline)
print(string.find("a+b", "+", 1, true), pcall(string.find, "abc", "[a-"))
print(pcall(string.gsub, "abc", "(", "x"), string.gsub("hello world", "(o)", "[%1]", 1), pcall(string.gsub, "x", "x", "%2"))
print(string.gsub("abc", "", "-"), string.match("2024-01-02", "(%d+)-(%d+)-(%d+)"), string.gmatch("a,b", "[^,]+")())
print(("%d"):format(3), #"\0\0\0", ("a\0b"):upper():byte(1, -1), ("ÀÉ"):lower(), string.len("\u{10FFFF}"))
print(next({}, nil), pcall(next, {}, "nokey"), type(next), rawget({ 5 }, 1), rawequal("a", "a" .. ""))
print(collectgarbage("isrunning") == nil, type(collectgarbage("count")), collectgarbage("step") ~= nil)
