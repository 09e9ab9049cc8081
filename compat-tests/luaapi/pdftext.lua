-- Oracle script for rspamd_pdf_text: rspamadm lua pdftext.lua; every line
-- it prints is "<key> <value>", log messages come in between (see
-- regen.sh). Its first lines are the three base encodings, code by code
-- (UTF-8 in hex), and the glyph names /Differences resolve: the facts
-- internal/luaapi/pdf_glyphs.go holds.

local pdf_text = require "rspamd_pdf_text"
local rspamd_text = require "rspamd_text"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local function hexs(s)
  return (tostring(s):gsub('.', function(c) return string.format('%02x', c:byte()) end))
end

for _, e in ipairs({ 'StandardEncoding', 'WinAnsiEncoding', 'MacRomanEncoding' }) do
  local enc = pdf_text.encoding(e)
  local parts = {}
  for code = 0, 255 do
    local b = pdf_text.builder()
    b:set_encoding(enc)
    b:add_encoded(string.char(code))
    parts[#parts + 1] = hexs(b:finish())
  end
  out('enc.' .. e, table.concat(parts, ' '))
end

local names = {
  'A', 'AE', 'Aacute', 'Acircumflex', 'Adieresis', 'Agrave', 'Aring', 'Atilde', 'B', 'C', 'Ccedilla', 
  'D', 'Delta', 'E', 'Eacute', 'Ecircumflex', 'Edieresis', 'Egrave', 'Eth', 'Euro', 'F', 'G', 'H', 
  'I', 'Iacute', 'Icircumflex', 'Idieresis', 'Igrave', 'J', 'K', 'L', 'Lslash', 'M', 'N', 'Ntilde', 
  'O', 'OE', 'Oacute', 'Ocircumflex', 'Odieresis', 'Ograve', 'Omega', 'Oslash', 'Otilde', 'P', 'Q', 
  'R', 'S', 'Scaron', 'T', 'Thorn', 'U', 'Uacute', 'Ucircumflex', 'Udieresis', 'Ugrave', 'V', 'W', 
  'X', 'Y', 'Yacute', 'Ydieresis', 'Z', 'Zcaron', 'a', 'aacute', 'acircumflex', 'acute', 'adieresis', 
  'ae', 'agrave', 'ampersand', 'apple', 'approxequal', 'aring', 'asciicircum', 'asciitilde', 
  'asterisk', 'at', 'atilde', 'b', 'backslash', 'bar', 'braceleft', 'braceright', 'bracketleft', 
  'bracketright', 'breve', 'brokenbar', 'bullet', 'c', 'caron', 'ccedilla', 'cedilla', 'cent', 
  'circumflex', 'colon', 'comma', 'copyright', 'currency', 'd', 'dagger', 'daggerdbl', 'degree', 
  'dieresis', 'divide', 'dollar', 'dotaccent', 'dotlessi', 'e', 'eacute', 'ecircumflex', 'edieresis', 
  'egrave', 'eight', 'ellipsis', 'emdash', 'endash', 'equal', 'eth', 'exclam', 'exclamdown', 'f', 
  'fi', 'five', 'fl', 'florin', 'four', 'fraction', 'g', 'germandbls', 'grave', 'greater', 
  'greaterequal', 'guillemotleft', 'guillemotright', 'guilsinglleft', 'guilsinglright', 'h', 
  'hungarumlaut', 'hyphen', 'i', 'iacute', 'icircumflex', 'idieresis', 'igrave', 'infinity', 
  'integral', 'j', 'k', 'l', 'less', 'lessequal', 'logicalnot', 'lozenge', 'lslash', 'm', 'macron', 
  'mu', 'multiply', 'n', 'nbspace', 'nine', 'notequal', 'ntilde', 'numbersign', 'o', 'oacute', 
  'ocircumflex', 'odieresis', 'oe', 'ogonek', 'ograve', 'one', 'onehalf', 'onequarter', 
  'ordfeminine', 'ordmasculine', 'oslash', 'otilde', 'p', 'paragraph', 'parenleft', 'parenright', 
  'partialdiff', 'percent', 'period', 'periodcentered', 'perthousand', 'pi', 'plus', 'plusminus', 
  'product', 'q', 'question', 'questiondown', 'quotedbl', 'quotedblbase', 'quotedblleft', 
  'quotedblright', 'quoteleft', 'quoteright', 'quotesinglbase', 'quotesingle', 'r', 'radical', 
  'registered', 'ring', 's', 'scaron', 'section', 'semicolon', 'seven', 'six', 'slash', 'space', 
  'sterling', 'summation', 't', 'thorn', 'three', 'threequarters', 'tilde', 'trademark', 'two', 'u', 
  'uacute', 'ucircumflex', 'udieresis', 'ugrave', 'underscore', 'v', 'w', 'x', 'y', 'yacute', 
  'ydieresis', 'yen', 'z', 'zcaron', 'zero', 'onesuperior', 'twosuperior', 'threesuperior', 'minus', 
  'sfthyphen', 'Ohm', 'Scedilla', 'dollaroldstyle', 'periodcentered.loclCAT', 'a.sc', 'one.oldstyle', 
  '.notdef', '/eacute', 'uni00E9', 'uni00e9', 'uniD800', 'uniFFFF', 'uniFDD0', 'uni0000', 'u1F600', 
  'u1f600', 'u10FFFF', 'u110000', 'u00E9', 'uE9', 'u0000E9', 'uni00E9.alt', 'g42', 'cid7', 'index7', 
}
for _, n in ipairs(names) do
  local enc = pdf_text.encoding('WinAnsiEncoding')
  local ok = enc:set_difference(65, n)
  local b = pdf_text.builder()
  b:set_encoding(enc)
  b:add_encoded('A')
  out('name.' .. n, tostring(ok) .. ' ' .. hexs(b:finish()))
end

local function decode(enc, codes)
  local b = pdf_text.builder()
  b:set_encoding(enc)
  b:add_encoded(codes)
  return hexs(b:finish())
end

out('enc.names', show(pdf_text.encoding('/winansiencoding')) .. ' ' .. show(pdf_text.encoding('MACROMANENCODING')))
out('enc.bad', call(pdf_text.encoding, 'MacExpertEncoding'))
out('enc.empty', call(pdf_text.encoding, ''))
out('enc.slashes', call(pdf_text.encoding, '//WinAnsiEncoding'))
out('enc.nil', call(pdf_text.encoding))
out('enc.number', call(pdf_text.encoding, 12))
out('global', type(rawget(_G, 'rspamd_pdf_text')))

local enc = pdf_text.encoding('StandardEncoding')
out('diff.set', tostring(enc:set_difference(0, 'eacute')) .. ' ' .. decode(enc, '\0'))
out('diff.range', call(enc.set_difference, enc, 256, 'a'))
out('diff.neg', call(enc.set_difference, enc, -1, 'a'))
out('diff.frac', call(enc.set_difference, enc, 65.7, 'b') .. ' ' .. decode(enc, 'A'))
out('diff.noname', call(enc.set_difference, enc, 65))
out('diff.nocode', call(enc.set_difference, enc))
out('diff.strcode', call(enc.set_difference, enc, '66', 'c') .. ' ' .. decode(enc, 'B'))
out('diff.badname', call(enc.set_difference, enc, 67, 'nosuchglyph') .. ' ' .. decode(enc, 'C'))
out('diff.restore', tostring(enc:set_difference(67, 'C')) .. ' ' .. decode(enc, 'C'))
local e2 = pdf_text.encoding('WinAnsiEncoding')
out('apply', call(e2.apply_differences, e2, { 'a', 65, 'b', 'nosuch', 'd', 254, 'x', 'y', 'z', -5, 'q', 300, 'r', '70', 'e' }))
out('apply.result', decode(e2, 'ABC\254\255\0FG'))
out('apply.float', call(e2.apply_differences, e2, { 72.9, 'h', true, 'i' }) .. ' ' .. decode(e2, 'HI'))
out('apply.hole', call(e2.apply_differences, e2, { 80, 'p', nil, 'q' }) .. ' ' .. decode(e2, 'PQ'))
out('apply.notable', call(e2.apply_differences, e2, 'x'))
out('apply.empty', call(e2.apply_differences, e2, {}))
out('badself', call(e2.set_difference, pdf_text.builder(), 1, 'a'))

local b = pdf_text.builder(16)
out('b.default', decode(nil, 'A\233\174'))
b:add_string('a\\(b\\)c\\\\d \\101\\62\\5x \\nl\\rr\\tt\\bb\\ff \\q\\\r\ncont\\\nmore\r\nline\rx\ny\\')
out('b.string', hexs(b:finish()) .. ' ' .. b:len())
b:set_encoding(pdf_text.encoding('WinAnsiEncoding'))
b:add_hexstring('41 42\n4 3>zz 414')
out('b.hex', hexs(b:finish()))
b:add_hexstring('')
b:add_string('')
b:add_encoded('')
out('b.empty', b:len())
out('b.utf8', tostring(b:add_utf8('héllo')) .. ' ' .. tostring(b:add_utf8('\169')) .. ' ' ..
  tostring(b:add_utf8('\237\160\128')) .. ' ' .. tostring(b:add_utf8('\192\128')) .. ' ' ..
  tostring(b:add_utf8(rspamd_text.fromstring('ok'))) .. ' ' .. tostring(b:add_utf8('')) .. ' ' .. hexs(b:finish()))
out('b.char', call(b.add_char, b, 'ab') .. ' ' .. call(b.add_char, b, '') .. ' ' .. call(b.add_char, b, 5) .. ' ' ..
  call(b.add_char, b))
b:add_char('\0')
out('b.char.nul', hexs(b:finish()))
out('b.args', call(b.add_string, b) .. ' ' .. call(b.add_string, b, 12) .. ' ' .. call(b.add_encoded, b, {}) .. ' ' .. b:len())
out('b.setenc.bad', call(b.set_encoding, b, 'WinAnsiEncoding'))
out('b.setenc.nil', call(b.set_encoding, b, nil) .. ' ' .. decode(nil, '\233'))
out('b.builder.neg', call(function() return pdf_text.builder(-5):len() end))
out('b.builder.str', call(function() return pdf_text.builder('10'):len() end))
out('b.finish.twice', hexs(b:finish()) .. '|' .. hexs(b:finish()))

local function cm_decode(cmap_src, hex)
  local cm, err = pdf_text.cmap(cmap_src)
  if not cm then return 'nil ' .. tostring(err) end
  local bb = pdf_text.builder()
  bb:set_cmap(cm)
  bb:add_hexstring(hex)
  return cm:size() .. ' ' .. hexs(bb:finish())
end

local cmaps = {
  { 'begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0003> <0020> <0024> <0041> endbfchar 1 beginbfrange <0030> <0032> <0061> endbfrange endcmap', '0024000300300031003200330099' },
  { 'begincmap 1 beginbfchar <41> <0042> endbfchar endcmap', '4142' },
  { 'begincmap 1 beginbfchar <0041> <0042> endbfchar endcmap', '00414100' },
  { 'begincmap 2 begincodespacerange <00> <80> <8100> <FFFF> endcodespacerange 2 beginbfchar <41> <0061> <8141> <0062> endbfchar endcmap', '418141FF41' },
  { 'begincmap 1 beginbfrange <0010> <0013> <00660066> endbfrange endcmap', '0010001100120013' },
  { 'begincmap 1 beginbfrange <0010> <0012> [<0041> <00420043> <D83DDE00>] endbfrange endcmap', '001000110012' },
  { 'begincmap 1 beginbfrange <0010> <0011> [<0041> <0042> <0043>] endbfrange endcmap', '001000110012' },
  { 'begincmap 1 beginbfchar <0001> <D83DDE00> <0002> <0000> <0003> <FFFE> <0004> <DC00> endbfchar endcmap', '0001000200030004' },
  { '1 beginbfchar <0001> <0041> endbfchar', '0001' },
  { 'begincmap /Base usecmap 1 beginbfchar <0001> <0041> endbfchar endcmap', '0001' },
  { 'begincmap endcmap', '0001' },
  { '%comment begincmap\nbegincmap (a string (nested) \\) begincmap) << /dict >> 1 beginbfchar <0001> <0041> endbfchar endcmap', '0001' },
  { 'begincmap 1 beginbfrange <FFFE> <FFFF> <FFFD> endbfrange <0001> <0041> endcmap', 'FFFEFFFF' },
  { 'begincmap 1 beginbfrange <0005> <0001> <0041> endbfrange 1 beginbfchar <0009> <0041> endbfchar endcmap', '00030009' },
  { 'begincmap 1 beginbfrange <0001> <0010> <0041> <0020> <0030> <0061> endbfrange endcmap', '000200250011' },
  { 'begincmap beginbfrange <01> <03> <0041> endbfrange beginbfrange <0001> <0003> <0061> endbfrange endcmap', '0102000203' },
  { 'begincmap 1 beginbfchar <0> <0041> <123> <0042> endbfchar endcmap', '001230' },
  { 'begincmap 1 begincodespacerange <> <FF> endcodespacerange 1 beginbfchar <41> <0042> endbfchar endcmap', '41' },
  { 'begincmap 1 beginbfchar <0041> 0042 <0043> <0044> endbfchar endcmap', '00410043' },
  { 'begincmap 1 beginbfrange <0041> <0042> /name endbfrange endcmap', '0041' },
  { 'begincmap 1 beginbfchar <ZZ41> <0042> endbfchar endcmap', '41' },
  { 'begincmap 1 beginbfrange <0000> <FFFF> <0041> endbfrange endcmap', '0000FFFF' },
  { 'begincmap 1 beginbfrange <00000000> <00000002> <0041> endbfrange 1 beginbfchar <0000000001> <0043> endbfchar endcmap', '000000010000000001' },
  { '', '' },
}
for i, c in ipairs(cmaps) do
  out('cmap.' .. i, cm_decode(c[1], c[2]))
end
out('cmap.text', cm_decode(rspamd_text.fromstring(cmaps[1][1]), '0024'))
out('cmap.nil', call(pdf_text.cmap))
out('cmap.number', call(pdf_text.cmap, 12))
local cm = pdf_text.cmap(cmaps[1][1])
out('cmap.tostring', show(cm))
out('cmap.badsize', call(cm.size, b))
local bb = pdf_text.builder()
bb:set_cmap(cm)
bb:add_string('\0$\0\3\\000\\060\n\0001\\n\0002')
out('cmap.string', hexs(bb:finish()))
bb:set_encoding(pdf_text.encoding('WinAnsiEncoding'))
bb:add_encoded('\0$')
out('cmap.reset', hexs(bb:finish()))
bb:set_cmap(cm)
bb:set_cmap(nil)
bb:add_encoded('\233')
out('cmap.nil.reset', hexs(bb:finish()))
out('cmap.bad', call(bb.set_cmap, bb, pdf_text.encoding('WinAnsiEncoding')))
