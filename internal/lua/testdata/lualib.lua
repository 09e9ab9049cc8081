-- Pure-Lua upstream lualib modules (no rspamd_* C module needed beyond the
-- test rspamd_text stub), loaded through package.path. Run by TestLualib
-- here and by real rspamd (`rspamadm lua`, lualib on its own path); both
-- outputs must equal lualib.golden (regenerate: oracle.sh lualib).
local argparse = require "argparse"
local parser = argparse("prog", "A test program")
parser:option("-n --num", "A number"):convert(tonumber):default("1")
parser:flag("-v --verbose", "Talk more")
parser:argument("input", "Input file"):args("?")
local args = parser:parse({ "-n", "5", "-v", "file.eml" })
print(args.num, args.verbose, args.input)
print(parser:pparse({ "--bogus" }))
print((parser:get_usage()))

local fun = require "fun"
local odd = fun.filter(function(x) return x % 2 == 1 end, fun.range(1, 9))
print(table.concat(fun.totable(fun.map(function(x) return x * 2 end, odd)), ","))
print(fun.sum(fun.range(100)), fun.foldl(function(acc, x) return acc .. x end, "", fun.iter("abc")))
print(table.concat(fun.totable(fun.take_n(3, fun.zip(fun.range(5), fun.duplicate("x")))), ","))

local re = require "lpegre"
local list = re.compile([[ list <- {| item (',' item)* |}  item <- { [a-z]+ } ]])
print(table.concat(list:match("foo,bar,baz"), "|"))
print(re.find("the number 423 is odd", "[0-9]+"), re.gsub("hello world", "%w+", "<%0>"))
print(re.match("2024-01-15", "{%d+} '-' {%d+} '-' {%d+}"))

local lexer = require "lua_lexer"
local toks = {}
for _, tok in ipairs(lexer.lex_to_table("local x = 1 -- hi\nreturn x")) do
  toks[#toks + 1] = tok[1] .. ":" .. tok[2]:gsub("\n", "\\n") .. "@" .. tok[3]
end
print(table.concat(toks, " "))

local T = require "lua_shape/core"
local lpeg = require "lpeg"
local schema = T.table({
  name = T.string({ lpeg = lpeg.R("az") ^ 1 * -1 }),
  port = T.integer({ min = 1, max = 65535 }):optional(),
})
print((schema:check({ name = "abc", port = 25 })))
local ok, err = schema:check({ name = "ABC" })
print(ok, T.format_error(err))
ok, err = schema:check({ name = "abc", port = 0 })
print(ok, T.format_error(err))
ok, err = T.string():check(5)
print(ok, T.format_error(err))

local mime_types = require "lua_mime_types"
print(mime_types.full_extensions_map["pdf"] ~= nil, type(mime_types.reversed_extensions_map))
local magic_types = require "lua_magic/types"
print(type(magic_types.pdf), magic_types.pdf and magic_types.pdf.type)
