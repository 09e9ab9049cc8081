-- Oracle script for rspamd_static_embed: rspamadm lua staticembed.lua;
-- every line it prints is "<key> <value>", log messages come in between
-- (see regen.sh). It runs in a scratch directory and writes its model
-- directories there (m1, m2, ...).

local se = require "rspamd_static_embed"
local rspamd_util = require "rspamd_util"
local rspamd_text = require "rspamd_text"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local function write_file(path, content)
  local f = assert(io.open(path, 'wb'))
  f:write(content)
  f:close()
end

local vocab_list = { '[PAD]', '[UNK]', 'hello', 'world', 'un', '##aff', '##able', ',', '中', '##ly',
  'i̇', 'i', 'istanbul', 'e', 'é', 'ß', 'ss', 'straße', 'strasse', '.', '!', '##s', 'a', '##b', '##c',
  'abc', '12', '3', '##3', 'ﬁ', 'fi', '€', '-', '—', '¿', '«', '»', '_', 'x', '##x', 'ǆ', 'ω', 'σ', 'ς' }
local vocab = table.concat(vocab_list, '\n')

local n = 0
local function make_model(opts)
  opts = opts or {}
  n = n + 1
  local dir = 'm' .. n
  assert(rspamd_util.mkdir(dir))
  if opts.config ~= false then
    write_file(dir .. '/config.json', opts.config or string.format([[{
      "dim": 3, "vocab_size": %d, "pooling": "mean", "unk_id": 1,
      "continuing_subword_prefix": "##",
      "normalizer": %s,
      "matrix": "matrix.f32", "matrix_dtype": "float32" %s
    }]], opts.vocab_size or #vocab_list, opts.normalizer or [[{"lowercase": true, "strip_accents": null,
      "handle_chinese_chars": true, "clean_text": true}]], opts.extra or ''))
  end
  if opts.vocab ~= false then
    write_file(dir .. '/vocab.txt', opts.vocab or vocab)
  end
  if opts.tokenizer then
    write_file(dir .. '/tokenizer.json', opts.tokenizer)
  end
  local rows = {}
  for i = 0, (opts.rows or #vocab_list) - 1 do
    rows[#rows + 1] = rspamd_util.pack('<fff', i / 3, -i * 1.5, i * i / 7)
  end
  write_file(dir .. '/matrix.f32', opts.matrix or table.concat(rows))
  return dir
end

local function load(opts)
  local m, err = se.load(make_model(opts))
  if m then return m end
  return 'error: ' .. tostring(err)
end

local m = se.load(make_model())
out('load', show(m))
out('dim', m:get_dimension() .. ' ' .. m:get_vocab_size() .. ' ' .. m:get_unk_id())

local inputs = {
  'hello world', 'Hello, World!', 'unaffable', 'worldly', 'HÉLLO', 'héllo', 'İstanbul', 'ISTANBUL', 'İ',
  'STRASSE', 'Straße', 'ß', 'ẞ', 'ﬁ', 'ﬁx', 'abc', 'abcx', 'ab', 'a\tb\nc', 'a\194\160b', 'a\226\128\131b',
  'a\226\128\139b', 'a\239\187\191b', 'a\0b', 'a\1b', 'x\31x', 'x\28x', 'x\226\128\168x', '12 3', '123', '1233',
  '€5', '—', 'a-b', 'a_b', '¿x?', '«x»', '中文', '中x中', '\240\160\128\128', 'x\237\160\128x', 'x\255x',
  'x\226\130x', 'x\195', 'ǅ', 'Ǆ', 'ΟΔΟΣ', 'ωσ', 'e\204\129', 'x\204\129', 'x\204\129\204\129', '\204\129',
  string.rep('x', 101), string.rep('x', 100), string.rep('é', 101), '', '   ', '\t\n', 'x\u{85}x',
}
for i, s in ipairs(inputs) do
  out('tok.' .. i, table.concat(m:tokenize(s), ','))
end
out('tok.text', table.concat(m:tokenize(rspamd_text.fromstring('Hello, world')), ','))
out('tok.number', call(m.tokenize, m, 12))
out('tok.nil', call(m.tokenize, m))
out('tok.table', call(m.tokenize, m, {}))

local function vec(v)
  local parts = {}
  for i, x in ipairs(v) do parts[i] = string.format('%.17g', x) end
  return table.concat(parts, ',')
end
local v, cnt = m:get_sentence_vector({ 'hello', 'unaffable', 12, 'zzz', '', {}, 'x' })
out('sv.table', vec(v) .. ' ' .. cnt)
v, cnt = m:get_sentence_vector('Hello, unaffable world.')
out('sv.string', vec(v) .. ' ' .. cnt)
v, cnt = m:get_sentence_vector(rspamd_text.fromstring('abc abcx'))
out('sv.text', vec(v) .. ' ' .. cnt)
v, cnt = m:get_sentence_vector({})
out('sv.empty', vec(v) .. ' ' .. cnt)
out('sv.number', call(m.get_sentence_vector, m, 12))
out('sv.nil', call(m.get_sentence_vector, m))
local tv, tn = m:get_token_vectors('hello unaffable')
local rows = {}
for i, r in ipairs(tv) do rows[i] = vec(r) end
out('tv', table.concat(rows, ' ') .. ' ' .. tn)
local raw, rn = m:get_token_vectors('hello unaffable', { raw = true, max_tokens = 2 })
out('tv.raw', type(raw) .. ' ' .. raw:len() .. ' ' .. rn .. ' ' .. tostring(rspamd_util.encode_base32(raw:str())))
out('tv.raw.false', type((m:get_token_vectors('x', { raw = false }))))
out('tv.opts.str', call(m.get_token_vectors, m, 'x', 'opts'))
out('tv.opts.maxstr', call(m.get_token_vectors, m, 'x', { max_tokens = '2' }))
out('tv.opts.max0', call(m.get_token_vectors, m, 'x', { max_tokens = 0 }))
out('tv.opts.maxneg', call(m.get_token_vectors, m, 'x', { max_tokens = -1 }))
out('tv.opts.maxfrac', call(m.get_token_vectors, m, 'x', { max_tokens = 1.5 }))
out('tv.opts.raw1', call(m.get_token_vectors, m, 'x', { raw = 1 }))
out('tv.opts.nil', call(function() local _, c = m:get_token_vectors('x', nil); return c end))
out('badself', call(m.tokenize, 'x', 'y'))

-- normalizer variants
out('norm.null', table.concat(load({ normalizer = 'null' }):tokenize('Héllo 中x İ'), ','))
out('norm.nolower', table.concat(load({ normalizer = '{"lowercase": false}' }):tokenize('Héllo héllo'), ','))
out('norm.strip', table.concat(load({ normalizer = '{"lowercase": false, "strip_accents": true}' }):tokenize('Héllo héllo'), ','))
out('norm.nochinese', table.concat(load({ normalizer = '{"handle_chinese_chars": false}' }):tokenize('中x中'), ','))
out('norm.noclean', table.concat(load({ normalizer = '{"clean_text": false}' }):tokenize('a\0b a\tb x\255x'), ','))
out('norm.type', load({ normalizer = '{"type": "Lowercase"}' }))
out('norm.badtype', load({ normalizer = '{"type": 5}' }))
out('norm.badbool', load({ normalizer = '{"lowercase": "yes"}' }))
out('norm.notobj', load({ normalizer = '[1]' }))
out('norm.maxchars', table.concat(load({ extra = ', "max_input_chars_per_word": 3' }):tokenize('abc abcx'), ','))
out('norm.maxchars0', load({ extra = ', "max_input_chars_per_word": 0' }))
out('norm.prefix', table.concat(load({ extra = ', "continuing_subword_prefix": "@@"' }):tokenize('unaffable'), ','))

-- load errors
out('err.noconfig', load({ config = false }))
out('err.novocab', load({ vocab = false }))
out('err.badjson', load({ config = '{"dim": ' }))
out('err.dupvocab', load({ vocab = 'a\nb\na' }))
out('err.emptyvocab', load({ vocab = '\n' }))
out('err.vocabnl', show(se.load(make_model({ vocab = vocab .. '\n' }))))
out('err.vocabsize', load({ vocab_size = 3 }))
out('err.matrix', load({ matrix = 'abc' }))
out('err.dim', load({ config = '{"vocab_size": 44, "pooling": "mean", "unk_id": 1, "matrix": "matrix.f32", "matrix_dtype": "float32"}' }))
out('err.dimstr', load({ config = '{"dim": "3", "unk_id": 1}' }))
out('err.dimfloat', load({ config = '{"dim": 3.5, "unk_id": 1}' }))
out('err.pooling', load({ config = '{"dim": 3, "unk_id": 1, "pooling": "max"}' }))
out('err.nopooling', load({ config = '{"dim": 3, "unk_id": 1}' }))
out('err.nomatrix', load({ config = '{"dim": 3, "unk_id": 1, "pooling": "mean"}' }))
out('err.dtype', load({ config = '{"dim": 3, "unk_id": 1, "pooling": "mean", "matrix": "matrix.f32", "matrix_dtype": "float16"}' }))
out('err.matrixfile', load({ config = '{"dim": 3, "unk_id": 1, "pooling": "mean", "matrix": "none.f32", "matrix_dtype": "float32"}' }))
out('err.nounk', load({ config = '{"dim": 3, "pooling": "mean"}' }))
out('err.unktoken', show(se.load(make_model({ config = '{"dim": 3, "unk_token": "[UNK]", "pooling": "mean", "matrix": "matrix.f32", "matrix_dtype": "float32"}' }))))
out('err.unktoken.missing', load({ config = '{"dim": 3, "unk_token": "nope"}' }))
out('err.unkrange', load({ config = '{"dim": 3, "unk_id": 44}' }))
out('err.nodir', show(se.load('nosuchdir')))
out('err.noarg', call(se.load))

-- tokenizer.json
local tj = [[{"normalizer": {"type": "BertNormalizer", "lowercase": true},
  "pre_tokenizer": {"type": "%s"},
  "model": {"type": "%s", "unk_token": "%s", "continuing_subword_prefix": "##", "max_input_chars_per_word": 100}}]]
out('tj.ok', table.concat(load({ tokenizer = tj:format('Whitespace', 'WordPiece', '[UNK]') }):tokenize('Héllo'), ','))
out('tj.split', show(se.load(make_model({ tokenizer = tj:format('WhitespaceSplit', 'WordPiece', '[UNK]') }))))
out('tj.pre', load({ tokenizer = tj:format('Metaspace', 'WordPiece', '[UNK]') }))
out('tj.model', load({ tokenizer = tj:format('Whitespace', 'Unigram', '[UNK]') }))
out('tj.unk', load({ tokenizer = tj:format('Whitespace', 'WordPiece', '') }))
out('tj.unkmissing', load({ tokenizer = tj:format('Whitespace', 'WordPiece', 'nope') }))
out('tj.nomodel', load({ tokenizer = '{"normalizer": null}' }))
out('tj.prenull', show(se.load(make_model({ tokenizer = '{"pre_tokenizer": null, "model": {"type": "WordPiece", "unk_token": "[UNK]"}}' }))))
out('tj.prebad', load({ tokenizer = '{"pre_tokenizer": 5, "model": {"type": "WordPiece", "unk_token": "[UNK]"}}' }))
out('tj.bad', load({ tokenizer = '{' }))
