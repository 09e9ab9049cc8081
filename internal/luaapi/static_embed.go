package luaapi

/*
#cgo pkg-config: icu-uc
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/ucasemap.h>

enum {
	GOL_WP_CLEAN = 1,
	GOL_WP_CHINESE = 2,
	GOL_WP_STRIP = 4,
	GOL_WP_LOWER = 8,
};

// A growing UTF-8 buffer.
typedef struct {
	char *p;
	int32_t len, cap;
} gol_wp_buf;

static void gol_wp_put(gol_wp_buf *b, const char *s, int32_t n) {
	if (b->len + n > b->cap) {
		int32_t cap = b->cap ? b->cap * 2 : 64;
		while (cap < b->len + n) {
			cap *= 2;
		}
		b->p = realloc(b->p, cap);
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void gol_wp_cp(gol_wp_buf *b, UChar32 cp) {
	char tmp[U8_MAX_LENGTH];
	int32_t off = 0;
	U8_APPEND_UNSAFE(tmp, off, cp);
	gol_wp_put(b, tmp, off);
}

// BertNormalizer's control characters: categories C* but tab, LF, CR.
static int gol_wp_control(UChar32 cp) {
	if (cp == '\t' || cp == '\n' || cp == '\r') {
		return 0;
	}
	switch (u_charType(cp)) {
	case U_UNASSIGNED:
	case U_CONTROL_CHAR:
	case U_FORMAT_CHAR:
	case U_PRIVATE_USE_CHAR:
	case U_SURROGATE:
		return 1;
	}
	return 0;
}

static int gol_wp_cjk(UChar32 cp) {
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F) ||
		(cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF) ||
		(cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

static int gol_wp_punct(UChar32 cp) {
	if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
		return 1;
	}
	switch (u_charType(cp)) {
	case U_DASH_PUNCTUATION:
	case U_START_PUNCTUATION:
	case U_END_PUNCTUATION:
	case U_CONNECTOR_PUNCTUATION:
	case U_OTHER_PUNCTUATION:
	case U_INITIAL_PUNCTUATION:
	case U_FINAL_PUNCTUATION:
		return 1;
	}
	return 0;
}

// gol_wp_strip decomposes (NFD) and drops the non-spacing marks; the
// input is returned unchanged when ICU fails.
static void gol_wp_strip(gol_wp_buf *b) {
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	if (U_FAILURE(err)) {
		return;
	}
	UChar *u16 = malloc(sizeof(UChar) * (b->len + 1));
	int32_t u16len = 0;
	u_strFromUTF8(u16, b->len + 1, &u16len, b->p, b->len, &err);
	if (U_FAILURE(err)) {
		free(u16);
		return;
	}
	int32_t n = unorm2_normalize(nfd, u16, u16len, NULL, 0, &err);
	if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
		free(u16);
		return;
	}
	err = U_ZERO_ERROR;
	UChar *dec = malloc(sizeof(UChar) * (n + 1));
	n = unorm2_normalize(nfd, u16, u16len, dec, n + 1, &err);
	free(u16);
	if (U_FAILURE(err)) {
		free(dec);
		return;
	}
	gol_wp_buf out = {0};
	for (int32_t i = 0; i < n;) {
		UChar32 cp;
		U16_NEXT(dec, i, n, cp);
		if (u_charType(cp) != U_NON_SPACING_MARK) {
			gol_wp_cp(&out, cp);
		}
	}
	free(dec);
	free(b->p);
	*b = out;
}

// gol_wp_lower lowercases with the root locale (full case mapping); the
// input is returned unchanged when ICU fails.
static void gol_wp_lower(gol_wp_buf *b) {
	static UCaseMap *csm;
	UErrorCode err = U_ZERO_ERROR;
	if (csm == NULL) {
		csm = ucasemap_open("", 0, &err);
		if (U_FAILURE(err)) {
			csm = NULL;
			return;
		}
	}
	int32_t cap = b->len + 16;
	char *out = malloc(cap);
	int32_t n = ucasemap_utf8ToLower(csm, out, cap, b->p, b->len, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR) {
		err = U_ZERO_ERROR;
		cap = n;
		out = realloc(out, cap > 0 ? cap : 1);
		n = ucasemap_utf8ToLower(csm, out, cap, b->p, b->len, &err);
	}
	if (U_FAILURE(err)) {
		free(out);
		return;
	}
	free(b->p);
	b->p = out;
	b->len = n;
	b->cap = cap;
}

// gol_wp_prepare normalizes text as the BertNormalizer flags say (invalid
// UTF-8 is read as U+FFFD), then pre-tokenizes it: spans[2k], spans[2k+1]
// are the bytes of the k-th word of *out, each punctuation character a
// word of its own, whitespace between words. The caller frees *out and
// *spans.
static int32_t gol_wp_prepare(const char *in, int32_t len, int flags, char **out, int32_t *outlen,
		int32_t **spans) {
	gol_wp_buf b = {0};
	const uint8_t *s = (const uint8_t *) in;
	for (int32_t i = 0; i < len;) {
		UChar32 cp;
		U8_NEXT(s, i, len, cp);
		if (cp < 0) {
			cp = 0xFFFD;
		}
		if (flags & GOL_WP_CLEAN) {
			if (cp == 0 || cp == 0xFFFD || gol_wp_control(cp)) {
				continue;
			}
			if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || u_charType(cp) == U_SPACE_SEPARATOR) {
				cp = ' ';
			}
		}
		if ((flags & GOL_WP_CHINESE) && gol_wp_cjk(cp)) {
			gol_wp_put(&b, " ", 1);
			gol_wp_cp(&b, cp);
			gol_wp_put(&b, " ", 1);
		} else {
			gol_wp_cp(&b, cp);
		}
	}
	if ((flags & GOL_WP_STRIP) && b.len > 0) {
		gol_wp_strip(&b);
	}
	if ((flags & GOL_WP_LOWER) && b.len > 0) {
		gol_wp_lower(&b);
	}
	int32_t n = 0, word = -1;
	int32_t *sp = malloc(sizeof(int32_t) * 2 * (b.len + 1));
	const uint8_t *t = (const uint8_t *) b.p;
	for (int32_t i = 0; i < b.len;) {
		int32_t start = i;
		UChar32 cp;
		U8_NEXT(t, i, b.len, cp);
		if (cp < 0) {
			cp = 0xFFFD;
		}
		int ws = (cp >= 0x1c && cp <= 0x1f) || u_hasBinaryProperty(cp, UCHAR_WHITE_SPACE);
		int punct = !ws && gol_wp_punct(cp);
		if (ws || punct) {
			if (word >= 0) {
				sp[2 * n] = word;
				sp[2 * n + 1] = start;
				n++;
				word = -1;
			}
			if (punct) {
				sp[2 * n] = start;
				sp[2 * n + 1] = i;
				n++;
			}
		} else if (word < 0) {
			word = start;
		}
	}
	if (word >= 0) {
		sp[2 * n] = word;
		sp[2 * n + 1] = b.len;
		n++;
	}
	*out = b.p;
	*outlen = b.len;
	*spans = sp;
	return n;
}
*/
import "C"

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"syscall"
	"unsafe"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// rspamd_static_embed and rspamd{static_embed} (upstream's
// lua_static_embed.cxx): static token embeddings, a WordPiece tokenizer
// (BertNormalizer, Bert pre-tokenizer, greedy longest match) over a
// float32 matrix whose rows are mean-pooled. Normalization and character
// classes come from ICU as upstream's.

const staticEmbedClass = "rspamd{static_embed}"

// wordPiece is the tokenizer of a model.
type wordPiece struct {
	vocab    map[string]uint32
	prefix   string
	unkID    uint32
	maxChars int64
	flags    C.int // GOL_WP_* normalizer flags
}

// staticEmbed is the value of an rspamd{static_embed}.
type staticEmbed struct {
	tk     wordPiece
	nvocab uint32
	dim    int64
	matrix []byte // vocabulary rows of dim little-endian float32, mapped
}

func init() {
	defineClass(staticEmbedClass, staticEmbedMethods, func(rt *Runtime, c *lua.Class) {
		c.SetArgName(staticEmbedClass)
		c.SetFinalizer(func(v any) {
			if m := v.(*staticEmbed); m.matrix != nil {
				syscall.Munmap(m.matrix)
				m.matrix = nil
			}
		})
	})
	defineRegisteredLib("rspamd_static_embed", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "load", Func: rt.staticEmbedLoad}}
	})
}

// defineRegisteredLib registers a module whose loader does what
// luaL_register(L, name, funcs) does: the module's table is also the
// global name (the global's table when there is one already).
func defineRegisteredLib(name string, funcs func(rt *Runtime) []lua.Reg) {
	defineModule(name, func(rt *Runtime) lua.Function {
		regs := funcs(rt)
		return func(s *lua.State) int {
			switch s.GetGlobal(name) {
			case lua.TypeTable:
			case lua.TypeNil:
				s.Pop(1)
				s.NewTable(0, len(regs))
				s.PushValue(-1)
				s.SetGlobal(name)
			default:
				return s.Errorf("name conflict for module '%s'", name)
			}
			s.SetFuncs(-1, regs)
			return 1
		}
	})
}

// tokenize appends the ids of text's subword tokens to ids.
func (tk *wordPiece) tokenize(text []byte, ids []uint32) []uint32 {
	var out *C.char
	var outlen C.int32_t
	var spans *C.int32_t
	var in *C.char
	if len(text) > 0 {
		in = (*C.char)(unsafe.Pointer(&text[0]))
	}
	n := int(C.gol_wp_prepare(in, C.int32_t(len(text)), tk.flags, &out, &outlen, &spans))
	defer C.free(unsafe.Pointer(out))
	defer C.free(unsafe.Pointer(spans))
	norm := unsafe.String((*byte)(unsafe.Pointer(out)), int(outlen))
	sp := unsafe.Slice((*int32)(unsafe.Pointer(spans)), 2*n)
	var buf []byte
	for k := range n {
		ids, buf = tk.word(norm[sp[2*k]:sp[2*k+1]], ids, buf)
	}
	return ids
}

// word appends the ids of one pre-tokenized word: the longest vocabulary
// entries from the left (continuations behind the prefix), or the
// unknown id for the whole word when a piece matches nothing.
func (tk *wordPiece) word(w string, ids []uint32, buf []byte) ([]uint32, []byte) {
	offs := make([]int, 0, len(w)+1)
	for i := range w {
		offs = append(offs, i)
	}
	offs = append(offs, len(w))
	nchars := len(offs) - 1
	if int64(nchars) > tk.maxChars {
		return append(ids, tk.unkID), buf
	}
	first := len(ids)
	for start := 0; start < nchars; {
		end, cur := nchars, int64(-1)
		for ; start < end; end-- {
			sub := w[offs[start]:offs[end]]
			if start > 0 {
				buf = append(append(buf[:0], tk.prefix...), sub...)
				sub = unsafe.String(unsafe.SliceData(buf), len(buf))
			}
			if id, ok := tk.vocab[sub]; ok {
				cur = int64(id)
				break
			}
		}
		if cur < 0 {
			return append(ids[:first], tk.unkID), buf
		}
		ids = append(ids, uint32(cur))
		start = end
	}
	return ids, buf
}

// modelPath joins a model directory and a file name as std::filesystem's
// operator/ does.
func modelPath(dir, name string) string {
	if dir == "" || strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// jsonField returns the field key of obj when present and not null,
// failing when it is not of type t.
func jsonField(obj *ucl.Object, key string, t ucl.Type, what string) (*ucl.Object, error) {
	v := obj.Lookup(key)
	if v == nil || v.Type() == ucl.TypeNull {
		return nil, nil
	}
	if v.Type() != t {
		return nil, fmt.Errorf("field '%s' must be %s", key, what)
	}
	return v, nil
}

func jsonBool(obj *ucl.Object, key string, dst *bool) error {
	v, err := jsonField(obj, key, ucl.TypeBoolean, "a boolean")
	if v != nil {
		*dst = v.Bool()
	}
	return err
}

func jsonInt(obj *ucl.Object, key string, dst *int64) error {
	v, err := jsonField(obj, key, ucl.TypeInt, "an integer")
	if v != nil {
		*dst = v.Int()
	}
	return err
}

func jsonString(obj *ucl.Object, key string, dst *string) error {
	v, err := jsonField(obj, key, ucl.TypeString, "a string")
	if v != nil {
		*dst = v.Str()
	}
	return err
}

// parseJSONFile parses a JSON (UCL) file.
func parseJSONFile(path string) (*ucl.Object, error) {
	p := ucl.NewParser(ucl.ParserNoFileVars)
	if err := p.AddFile(path); err != nil {
		msg, _ := p.ErrorMessage()
		return nil, fmt.Errorf("cannot parse %s: %s", path, msg)
	}
	return p.Object(), nil
}

// parseNormalizer reads the BertNormalizer flags of a tokenizer.json
// normalizer section or of config.json's frozen flags; null (or nothing)
// normalizes nothing, and strip_accents follows lowercase unless given.
func (tk *wordPiece) parseNormalizer(obj *ucl.Object) error {
	tk.flags = 0
	if obj == nil || obj.Type() == ucl.TypeNull {
		return nil
	}
	if obj.Type() != ucl.TypeObject {
		return errors.New("'normalizer' must be an object or null")
	}
	var typ string
	if err := jsonString(obj, "type", &typ); err != nil {
		return err
	}
	if typ != "" && typ != "BertNormalizer" {
		return fmt.Errorf("unsupported normalizer type '%s' (only BertNormalizer is supported)", typ)
	}
	clean, chinese, lower := true, true, true
	if err := jsonBool(obj, "clean_text", &clean); err != nil {
		return err
	}
	if err := jsonBool(obj, "handle_chinese_chars", &chinese); err != nil {
		return err
	}
	if err := jsonBool(obj, "lowercase", &lower); err != nil {
		return err
	}
	strip := lower
	if err := jsonBool(obj, "strip_accents", &strip); err != nil {
		return err
	}
	for _, f := range []struct {
		on   bool
		flag C.int
	}{{clean, C.GOL_WP_CLEAN}, {chinese, C.GOL_WP_CHINESE}, {strip, C.GOL_WP_STRIP}, {lower, C.GOL_WP_LOWER}} {
		if f.on {
			tk.flags |= f.flag
		}
	}
	return nil
}

// loadVocab reads vocab.txt: token i on line i (a final newline ends the
// last line); an empty line keeps its id but matches nothing.
func (m *staticEmbed) loadVocab(path string) error {
	content, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("cannot open vocab file %s", path)
	}
	content = bytes.TrimSuffix(content, []byte("\n"))
	m.tk.vocab = make(map[string]uint32, bytes.Count(content, []byte("\n"))+1)
	id := uint32(0)
	for line := range bytes.SplitSeq(content, []byte("\n")) {
		if len(line) > 0 {
			if _, dup := m.tk.vocab[string(line)]; dup {
				return fmt.Errorf("duplicate token '%s' in vocab file %s", line, path)
			}
			m.tk.vocab[string(line)] = id
		}
		id++
	}
	if len(m.tk.vocab) == 0 {
		return fmt.Errorf("empty vocab file %s", path)
	}
	m.nvocab = id
	return nil
}

// loadStaticEmbed loads and checks a model directory; any departure from
// the supported subset fails.
func loadStaticEmbed(dir string) (*staticEmbed, error) {
	m := &staticEmbed{tk: wordPiece{prefix: "##", maxChars: 100}}
	configPath := modelPath(dir, "config.json")
	vocabPath := modelPath(dir, "vocab.txt")
	tokenizerPath := modelPath(dir, "tokenizer.json")
	exists := func(p string) bool {
		_, err := os.Stat(p)
		return err == nil
	}
	if !exists(configPath) {
		return nil, fmt.Errorf("missing config.json in %s", dir)
	}
	if !exists(vocabPath) {
		return nil, fmt.Errorf("missing vocab.txt in %s", dir)
	}
	config, err := parseJSONFile(configPath)
	if err != nil {
		return nil, err
	}
	if err := m.loadVocab(vocabPath); err != nil {
		return nil, err
	}
	unkID := int64(-1)
	var unkToken string
	if exists(tokenizerPath) {
		tok, err := parseJSONFile(tokenizerPath)
		if err != nil {
			return nil, err
		}
		if err := m.tk.parseNormalizer(tok.Lookup("normalizer")); err != nil {
			return nil, err
		}
		if pre := tok.Lookup("pre_tokenizer"); pre != nil && pre.Type() != ucl.TypeNull {
			if pre.Type() != ucl.TypeObject {
				return nil, errors.New("'pre_tokenizer' must be an object or null")
			}
			var typ string
			if err := jsonString(pre, "type", &typ); err != nil {
				return nil, err
			}
			if typ != "BertPreTokenizer" && typ != "Whitespace" && typ != "WhitespaceSplit" {
				return nil, fmt.Errorf("unsupported pre_tokenizer type '%s'", typ)
			}
		}
		model := tok.Lookup("model")
		if model == nil || model.Type() != ucl.TypeObject {
			return nil, errors.New("missing 'model' section in tokenizer.json")
		}
		var typ string
		if err := jsonString(model, "type", &typ); err != nil {
			return nil, err
		}
		if typ != "WordPiece" {
			return nil, fmt.Errorf("unsupported model type '%s' (only WordPiece is supported)", typ)
		}
		if err := jsonString(model, "unk_token", &unkToken); err != nil {
			return nil, err
		}
		if unkToken == "" {
			return nil, errors.New("missing 'unk_token' in tokenizer.json model")
		}
		if err := jsonString(model, "continuing_subword_prefix", &m.tk.prefix); err != nil {
			return nil, err
		}
		if err := jsonInt(model, "max_input_chars_per_word", &m.tk.maxChars); err != nil {
			return nil, err
		}
	} else {
		if err := m.tk.parseNormalizer(config.Lookup("normalizer")); err != nil {
			return nil, err
		}
		for _, f := range []error{
			jsonString(config, "continuing_subword_prefix", &m.tk.prefix),
			jsonInt(config, "max_input_chars_per_word", &m.tk.maxChars),
			jsonInt(config, "unk_id", &unkID),
			jsonString(config, "unk_token", &unkToken),
		} {
			if f != nil {
				return nil, f
			}
		}
	}
	if unkID < 0 {
		if unkToken == "" {
			return nil, errors.New("missing 'unk_id' (or 'unk_token') in model config")
		}
		id, ok := m.tk.vocab[unkToken]
		if !ok {
			return nil, fmt.Errorf("unk_token '%s' is not in the vocab", unkToken)
		}
		unkID = int64(id)
	}
	if unkID >= int64(m.nvocab) {
		return nil, fmt.Errorf("unk_id %d is out of vocab range (%d)", unkID, m.nvocab)
	}
	m.tk.unkID = uint32(unkID)
	if m.tk.maxChars <= 0 {
		return nil, errors.New("'max_input_chars_per_word' must be positive")
	}
	declared := int64(-1)
	if err := jsonInt(config, "vocab_size", &declared); err != nil {
		return nil, err
	}
	if declared >= 0 && declared != int64(m.nvocab) {
		return nil, fmt.Errorf("vocab_size mismatch: config declares %d, vocab.txt has %d tokens", declared, m.nvocab)
	}
	if err := jsonInt(config, "dim", &m.dim); err != nil {
		return nil, err
	}
	if m.dim <= 0 {
		return nil, errors.New("missing or invalid 'dim' in config.json")
	}
	var pooling, matrixName, dtype string
	if err := jsonString(config, "pooling", &pooling); err != nil {
		return nil, err
	}
	if pooling != "mean" {
		return nil, fmt.Errorf("unsupported pooling '%s' (only \"mean\" is supported)", pooling)
	}
	if err := jsonString(config, "matrix", &matrixName); err != nil {
		return nil, err
	}
	if matrixName == "" {
		return nil, errors.New("missing 'matrix' file name in config.json")
	}
	if err := jsonString(config, "matrix_dtype", &dtype); err != nil {
		return nil, err
	}
	if dtype != "float32" {
		return nil, fmt.Errorf("unsupported matrix_dtype '%s' (only float32 is supported)", dtype)
	}
	return m, m.mapMatrix(modelPath(dir, matrixName))
}

// mapMatrix maps the matrix file read-only, shared between processes.
func (m *staticEmbed) mapMatrix(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot open matrix file %s: %s", path, errText(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("cannot stat matrix file %s: %s", path, errText(err))
	}
	expected := uint64(m.nvocab) * uint64(m.dim) * 4
	if uint64(st.Size()) != expected {
		return fmt.Errorf("matrix size mismatch in %s: %d bytes, expected %d (%d rows x %d dim x 4)",
			path, st.Size(), expected, m.nvocab, m.dim)
	}
	if expected > math.MaxInt {
		return fmt.Errorf("cannot mmap matrix file %s: %s", path, errText(syscall.ENOMEM))
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(expected), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("cannot mmap matrix file %s: %s", path, errText(err))
	}
	m.matrix = data
	return nil
}

// row returns element d of the row of token id.
func (m *staticEmbed) row(id uint32, d int) float32 {
	off := (int(id)*int(m.dim) + d) * 4
	return math.Float32frombits(binary.LittleEndian.Uint32(m.matrix[off:]))
}

func (rt *Runtime) staticEmbedLoad(s *lua.State) int {
	dir := cconv.CString(s.CheckString(1))
	m, err := loadStaticEmbed(dir)
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_static_embed_load", "cannot load static embedding model from %s: %s", dir, err.Error())
		s.PushNil()
		s.PushString(err.Error())
		return 2
	}
	s.PushUserdata(rt.Class(staticEmbedClass), m)
	return 1
}

// collectIDs tokenizes argument idx: a table of words (strings or
// numbers, each tokenized on its own) or a string or text.
func (rt *Runtime) collectIDs(s *lua.State, m *staticEmbed, idx int) []uint32 {
	var ids []uint32
	if s.IsTable(idx) {
		n := s.ObjLen(idx)
		for i := 1; i <= n; i++ {
			s.RawGetInt(idx, i)
			switch s.Type(-1) {
			case lua.TypeString:
				if w, _ := s.ToBytesView(-1); len(w) > 0 {
					ids = m.tk.tokenize(w, ids)
				}
			case lua.TypeNumber:
				w, _ := s.ToString(-1)
				ids = m.tk.tokenize([]byte(w), ids)
			}
			s.Pop(1)
		}
		return ids
	}
	text, ok := rt.textOrString(s, idx)
	if !ok {
		s.Raisef("invalid arguments")
	}
	return m.tk.tokenize(text, ids)
}

func staticEmbedMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *staticEmbed {
		return lua.Check[*staticEmbed](s, 1, rt.Class(staticEmbedClass))
	}
	integer := func(get func(m *staticEmbed) int64) lua.Function {
		return func(s *lua.State) int {
			s.PushInteger(get(check(s)))
			return 1
		}
	}
	return []lua.Reg{
		{Name: "tokenize", Func: func(s *lua.State) int {
			m := check(s)
			text, ok := rt.textOrString(s, 2)
			if !ok {
				return s.Errorf("invalid arguments")
			}
			ids := m.tk.tokenize(text, nil)
			s.NewTable(len(ids), 0)
			for i, id := range ids {
				s.PushInteger(int64(id))
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "get_sentence_vector", Func: func(s *lua.State) int {
			m := check(s)
			ids := rt.collectIDs(s, m, 2)
			acc := make([]float64, m.dim)
			for _, id := range ids {
				for d := range acc {
					acc[d] += float64(m.row(id, d))
				}
			}
			if len(ids) > 0 {
				inv := 1.0 / float64(len(ids))
				for d := range acc {
					acc[d] *= inv
				}
			}
			s.NewTable(len(acc), 0)
			for d, v := range acc {
				s.PushNumber(v)
				s.RawSetInt(-2, d+1)
			}
			s.PushInteger(int64(len(ids)))
			return 2
		}},
		{Name: "get_token_vectors", Func: rt.staticEmbedTokenVectors},
		{Name: "get_dimension", Func: integer(func(m *staticEmbed) int64 { return m.dim })},
		{Name: "get_vocab_size", Func: integer(func(m *staticEmbed) int64 { return int64(m.nvocab) })},
		{Name: "get_unk_id", Func: integer(func(m *staticEmbed) int64 { return int64(m.tk.unkID) })},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}

// staticEmbedTokenVectors is model:get_token_vectors(words[, opts]): the
// matrix row of each token (opts.max_tokens keeps the first ones), as a
// table of tables or (opts.raw) as packed float32 text, and their count.
func (rt *Runtime) staticEmbedTokenVectors(s *lua.State) int {
	m := lua.Check[*staticEmbed](s, 1, rt.Class(staticEmbedClass))
	maxTokens := int64(-1)
	raw := false
	if !s.IsNoneOrNil(3) {
		if !s.IsTable(3) {
			return s.Errorf("'opts' must be a table")
		}
		s.GetField(3, "max_tokens")
		if !s.IsNil(-1) {
			if s.Type(-1) != lua.TypeNumber {
				return s.Errorf("'max_tokens' must be a positive integer")
			}
			n := s.ToNumber(-1)
			if n != math.Trunc(n) || n <= 0 || n >= math.MaxInt64 {
				return s.Errorf("'max_tokens' must be a positive integer")
			}
			maxTokens = int64(n)
		}
		s.Pop(1)
		s.GetField(3, "raw")
		if !s.IsNil(-1) {
			if s.Type(-1) != lua.TypeBoolean {
				return s.Errorf("'raw' must be a boolean")
			}
			raw = s.ToBool(-1)
		}
		s.Pop(1)
	}
	ids := rt.collectIDs(s, m, 2)
	if maxTokens > 0 && int64(len(ids)) > maxTokens {
		ids = ids[:maxTokens]
	}
	rowBytes := int(m.dim) * 4
	if raw {
		out := make([]byte, 0, len(ids)*rowBytes)
		for _, id := range ids {
			out = append(out, m.matrix[int(id)*rowBytes:int(id+1)*rowBytes]...)
		}
		rt.PushOwnedText(s, out)
	} else {
		s.NewTable(len(ids), 0)
		for i, id := range ids {
			s.NewTable(int(m.dim), 0)
			for d := range int(m.dim) {
				s.PushNumber(float64(m.row(id, d)))
				s.RawSetInt(-2, d+1)
			}
			s.RawSetInt(-2, i+1)
		}
	}
	s.PushInteger(int64(len(ids)))
	return 2
}
