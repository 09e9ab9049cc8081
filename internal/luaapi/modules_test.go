package luaapi

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Tests and fuzz targets of the config-time modules: pdf_decode.go,
// static_embed.go, archive_lua.go, zstd.go, caseless_table.go (their
// behaviour against the oracle is compat-tests/luaapi's TestModuleScripts).

func TestPDFGlyphNames(t *testing.T) {
	for _, c := range []struct {
		name string
		uc   rune
		ok   bool
	}{
		{"eacute", 'é', true}, {"/eacute", 'é', true}, {"a.sc", 'a', true}, {"one.oldstyle", '1', true},
		{"uni20AC", '€', true}, {"uni20ac", '€', true}, {"u1F600", 0x1f600, true}, {"u0000E9", 'é', true},
		{"uniD800", 0, false}, {"uniFFFF", 0, false}, {"uni0000", 0, false}, {"u10FFFF", 0, false},
		{"uE9", 0, false}, {"g42", 0, false}, {"cid7", 0, false}, {".notdef", 0, false}, {"", 0, false},
		{"uniZZZZ", 0, false},
	} {
		uc, ok := glyphNameToUnicode(c.name)
		if ok != c.ok || uc != c.uc {
			t.Errorf("%q: %U %v, want %U %v", c.name, uc, ok, c.uc, c.ok)
		}
	}
	if len(pdfGlyphNames) != 241 {
		t.Errorf("%d glyph names, upstream has 241", len(pdfGlyphNames))
	}
}

func TestPDFBuilder(t *testing.T) {
	win, _ := pdfBaseEncoding("/winansiencoding")
	b := &pdfTextBuilder{enc: &pdfEncoding{base: win}}
	b.addString(`caf\351 \(x\)\5\62x long\` + "\r\nline\\")
	b.addHexString("636166 E9 4")
	if got, want := string(b.buf), "café (x)2x longlinecafé@"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, ok := pdfBaseEncoding("MacExpertEncoding"); ok {
		t.Error("MacExpertEncoding is known")
	}
}

func TestPDFCMap(t *testing.T) {
	cm, ok := parseCMap("begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange " +
		"2 beginbfchar <0003> <0020> <0024> <0041> endbfchar 1 beginbfrange <0030> <0032> <0061> endbfrange " +
		"1 beginbfrange <0040> <0041> <00660066> endbfrange endcmap")
	if !ok {
		t.Fatal("the cmap does not parse")
	}
	b := &pdfTextBuilder{cmap: cm}
	b.addHexString("00240003003000310032003300400041")
	if got, want := string(b.buf), "A abcfffg"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if cm.size() != 7 {
		t.Errorf("size %d, want 7", cm.size())
	}
	for _, bad := range []string{"", "begincmap endcmap", "1 beginbfchar <01> <0041> endbfchar",
		"begincmap /B usecmap 1 beginbfchar <01> <0041> endbfchar endcmap"} {
		if _, ok := parseCMap(bad); ok {
			t.Errorf("%q parses", bad)
		}
	}
}

// FuzzPDFCMap parses random CMap programs and decodes random codes
// through them: no panic, valid UTF-8 out.
func FuzzPDFCMap(f *testing.F) {
	f.Add("begincmap 1 begincodespacerange <00> <80> <8100> <FFFF> endcodespacerange 1 beginbfchar <41> <0061> endbfchar endcmap", "\x41\x81\x41")
	f.Add("begincmap 1 beginbfrange <0010> <0012> [<0041> <00420043> <D83DDE00>] endbfrange endcmap", "\x00\x10\x00\x12")
	f.Add("begincmap 1 beginbfrange <0000> <FFFF> <00660066> endbfrange (x\\)) << % c\n endcmap", "\xff\xff")
	f.Fuzz(func(t *testing.T, program, codes string) {
		cm, ok := parseCMap(program)
		if !ok {
			return
		}
		b := &pdfTextBuilder{cmap: cm}
		b.decode(codes)
		b.addString(codes)
		b.addHexString(codes)
		if !utf8.Valid(b.buf) {
			t.Fatalf("invalid UTF-8 %q", b.buf)
		}
		if cm.size() < 0 {
			t.Fatal("negative size")
		}
	})
}

// FuzzPDFString decodes random literal and hex strings through an
// encoding with random differences: no panic, valid UTF-8 out.
func FuzzPDFString(f *testing.F) {
	f.Add(`caf\351 \(x\)\5\62x\`, "uni20AC")
	f.Add("a\r\nb\\\r\nc\\777", "g42")
	f.Fuzz(func(t *testing.T, raw, glyph string) {
		enc := &pdfEncoding{base: &pdfBaseEncodings[2]}
		for i := 0; i < len(raw); i++ {
			enc.setDifference(raw[i], glyph)
		}
		b := &pdfTextBuilder{enc: enc}
		b.addString(raw)
		b.addHexString(raw)
		if !utf8.Valid(b.buf) {
			t.Fatalf("invalid UTF-8 %q", b.buf)
		}
	})
}

// testEmbedModel writes a small model directory and loads it.
func testEmbedModel(t testing.TB, normalizer string) *staticEmbed {
	dir := t.TempDir()
	vocab := "[PAD]\n[UNK]\nhello\nworld\nun\n##aff\n##able\n,\n中\n##ly"
	config := `{"dim": 2, "vocab_size": 10, "pooling": "mean", "unk_id": 1, "normalizer": ` + normalizer +
		`, "matrix": "m.f32", "matrix_dtype": "float32"}`
	for name, data := range map[string]string{"config.json": config, "vocab.txt": vocab, "m.f32": strings.Repeat("\x00\x00\x80\x3f", 20)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m, err := loadStaticEmbed(dir)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestWordPiece(t *testing.T) {
	m := testEmbedModel(t, `{"lowercase": true, "strip_accents": null, "handle_chinese_chars": true, "clean_text": true}`)
	for in, want := range map[string][]uint32{
		"Héllo, WORLD":  {2, 7, 3},
		"unaffable":     {4, 5, 6},
		"worldly":       {3, 9},
		"hello中world":   {2, 8, 3},
		"hello zzz":     {2, 1},
		"hel\x00lo":     {2},
		"hel\xfflo":     {2},
		" \t\n ":        nil,
		"unaffablezzz ": {1},
	} {
		if got := m.tk.tokenize([]byte(in), nil); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", in, got, want)
		}
	}
	if _, err := loadStaticEmbed(t.TempDir()); err == nil || !strings.HasPrefix(err.Error(), "missing config.json") {
		t.Errorf("empty directory: %v", err)
	}
}

// FuzzWordPiece tokenizes random text with each normalizer: no panic,
// ids within the vocabulary.
func FuzzWordPiece(f *testing.F) {
	f.Add([]byte("Héllo, WORLD 中 \x00\xff İ"))
	f.Add([]byte("unaffable worldly \u0301\u0301"))
	models := []*staticEmbed{
		testEmbedModel(f, "null"),
		testEmbedModel(f, `{"lowercase": true}`),
		testEmbedModel(f, `{"lowercase": false, "strip_accents": true, "clean_text": false}`),
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		for _, m := range models {
			for _, id := range m.tk.tokenize(text, nil) {
				if id >= m.nvocab {
					t.Fatalf("%q: id %d", text, id)
				}
			}
		}
	})
}

// TestModulesFromLua drives the modules through Lua: a caseless table, a
// zstd stream and an archive round trip.
func TestModulesFromLua(t *testing.T) {
	rt := newRuntime(t)
	err := rt.L.DoString(`
		local ct = require("rspamd_caseless_table").from_table({["Content-Type"] = "a", ["X"] = {"b", "c"}})
		assert(ct["content-type"] == "a" and ct.x == "b" and #ct == 2 and ct.__len == nil)
		ct["CONTENT-TYPE"] = nil
		assert(#ct == 1 and tostring(ct) == "rspamd{caseless_table: 1 entries}")
		local z = require "rspamd_zstd"
		local c, d = z.compress_ctx(), z.decompress_ctx()
		local frame = c:stream("hello ") .. c:stream("world", "end")
		assert(tostring(d:stream(frame)) == "hello world")
		local a = require "archive"
		local files = a.unzip(a.zip({{name = "x.txt", content = "data"}}))
		assert(#files == 1 and files[1].name == "x.txt" and tostring(files[1].content) == "data")
		local u = require "ucl"
		local p = u.parser() p:parse_string("{}")
		local w = p:get_object_wrapped()
		w.t = {} w.t.k = "v"
		assert(w.t:type() == "object")
	`)
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzArchiveUnpack unpacks random input with every format libarchive
// reads: no panic, errors as Lua errors.
func FuzzArchiveUnpack(f *testing.F) {
	rt := newRuntime(f)
	s := rt.L
	if err := s.DoString(`local a = require "archive"
		seed = a.zip({{name = "a", content = string.rep("x", 100)}, {name = "b", content = "y"}})
		unpack = function(data) return pcall(a.unpack, data, nil, nil, {max_output = 65536, max_files = 16}) end`); err != nil {
		f.Fatal(err)
	}
	s.GetGlobal("seed")
	seed, _ := rt.ToBytes(s, -1)
	f.Add(bytes.Clone(seed))
	s.Pop(1)
	f.Add([]byte("not an archive"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s.GetGlobal("unpack")
		s.PushBytes(data)
		if err := s.PCall(1, 0); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzKannLoad loads random network data: no panic when what loads is
// applied to an input, saved and loaded again.
func FuzzKannLoad(f *testing.F) {
	rt := newRuntime(f)
	s := rt.L
	if err := s.DoString(`local kann = require "rspamd_kann"
		local x = kann.layer.input(3)
		x = kann.layer.dropout(kann.transform.gelu(kann.layer.layernorm(kann.layer.dense(x, 4))), 0.5)
		seed = tostring(kann.new.kann(kann.layer.cost(x, 2, kann.cost.cem)):save())`); err != nil {
		f.Fatal(err)
	}
	s.GetGlobal("seed")
	seed, _ := s.ToBytes(-1)
	s.Pop(1)
	f.Add(seed)
	f.Add([]byte("KAN\x01\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := loadKann(data)
		if err != nil {
			return
		}
		if out := k.find(kannOut); out > 0 {
			if in := k.feedDim(kannIn); in > 0 && in < 1<<16 {
				k.apply(make([]float32, in), out)
			}
		}
		var b bytes.Buffer
		if err := k.save(&b); err != nil {
			t.Fatal(err)
		}
		loadKann(b.Bytes())
	})
}

// TestKannXOR trains the XOR network of upstream's unit test.
func TestKannXOR(t *testing.T) {
	rt := newRuntime(t)
	err := rt.L.DoString(`
		local kann = require "rspamd_kann"
		local x = kann.layer.input(2)
		x = kann.transform.tanh(kann.layer.dense(kann.transform.relu(x), 2))
		local k = kann.new.kann(kann.layer.cost(x, 1, kann.cost.mse))
		local ins, outs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, {{0}, {1}, {1}, {0}}
		assert(k:train1(ins, outs, {lr = 0.01, max_epoch = 500, mini_size = 80}) == 500)
		k = kann.load(k:save())
		for i, inp in ipairs(ins) do
			assert(math.floor(k:apply1(inp)[1] + 0.5) == outs[i][1], "xor " .. i)
		end
	`)
	if err != nil {
		t.Fatal(err)
	}
}
