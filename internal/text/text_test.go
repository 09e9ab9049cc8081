package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func words(ws []Word, f func(*Word) []byte) string {
	var out []string
	for i := range ws {
		out = append(out, string(f(&ws[i])))
	}
	return strings.Join(out, "|")
}

func TestTokenize(t *testing.T) {
	ws := Tokenize([]byte("Hello, World! Ｆｕｌｌ ﬁne zero\u200bwidth"), true, nil, DefaultConfig, NewBudget(), nil)
	NormalizeWords(ws)
	if got := words(ws, func(w *Word) []byte { return w.Original }); got != "Hello|World|Ｆｕｌｌ|ﬁne|zero|\u200b|width" {
		t.Errorf("original: %s", got)
	}
	// ICU breaks around U+200B; normalisation drops it from its own word.
	if got := words(ws, func(w *Word) []byte { return w.Normalized }); got != "hello|world|full|fine|zero||width" {
		t.Errorf("normalized: %s", got)
	}
	StemWords(ws, "en", nil)
	ws = Tokenize([]byte("running jumps"), true, nil, DefaultConfig, NewBudget(), nil)
	NormalizeWords(ws)
	StemWords(ws, "en", nil)
	if got := words(ws, func(w *Word) []byte { return w.Stemmed }); got != "run|jump" {
		t.Errorf("stemmed: %s", got)
	}
	// Raw mode splits on rspamd's delimiter bytes; like upstream it skips
	// the first byte and drops a word that ends the text.
	ws = Tokenize([]byte("a-b_c d.e"), false, nil, Config{}, NewBudget(), nil)
	if got := words(ws, func(w *Word) []byte { return w.Original }); got != "b|c|d" {
		t.Errorf("raw: %s", got)
	}
}

func TestDetectLanguage(t *testing.T) {
	dir := filepath.Join("..", "..", "languages")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no languages directory")
	}
	d, err := LoadDetector(dir)
	if err != nil {
		t.Fatal(err)
	}
	d.StopWordDetection = false
	for text, want := range map[string]string{
		"Быстрая коричневая лиса прыгает через ленивую собаку и убегает в лес": "ru",
		"快速的棕色狐狸跳过了懒狗。这是一个中文文本":                                                "zh-CN",
		"Der schnelle braune Fuchs springt über den faulen Hund und läuft weg": "de",
	} {
		ws := Tokenize([]byte(text), true, nil, DefaultConfig, NewBudget(), nil)
		NormalizeWords(ws)
		d.ResetStatistics()
		res, _ := d.Detect(Input{Stripped: []byte(text), Words: ws, NWords: len(ws)})
		if len(res) == 0 || res[0].Lang != want {
			t.Errorf("%q: %+v, want %s", text, res, want)
		}
	}
}

// TestNormalizeASCII checks the pure Go path for ASCII words against ICU.
func TestNormalizeASCII(t *testing.T) {
	check := func(w []byte) {
		u1, f1, _ := normalizeASCII(w)
		u2, f2, n2 := normalizeICU(w)
		if string(u1) != string(u2) || f1 != f2 || !n2 {
			t.Errorf("%q: Go %q %x, ICU %q %x %v", w, string(u1), f1, string(u2), f2, n2)
		}
	}
	for c := 0; c < 128; c++ {
		check([]byte{byte(c)})
		check([]byte{'a', byte(c), 'Z'})
	}
	check([]byte("Hello_World+42$ <=> |~ #* a.b-c"))
	long := make([]byte, 1024)
	for i := range long {
		long[i] = 'A' + byte(i%26)
	}
	check(long)
}

// TestWordBreaksICU78 checks the oracle's (ICU 78) word rules: '@' breaks
// words, which ICU 72's built-in rules do not.
func TestWordBreaksICU78(t *testing.T) {
	ws := Tokenize([]byte("write to user@example.com now"), true, nil, DefaultConfig, NewBudget(), nil)
	if got := words(ws, func(w *Word) []byte { return w.Original }); got != "write|to|user|example|com|now" {
		t.Errorf("words: %s", got)
	}
}
