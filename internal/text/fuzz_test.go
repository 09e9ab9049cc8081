package text

import "testing"

func FuzzTokenize(f *testing.F) {
	f.Add([]byte("The quick brown fox, jumps! Привет мир 世界 😀 zero\u200bwidth"), true)
	f.Add([]byte("raw \xff\xfe bytes"), false)
	f.Fuzz(func(t *testing.T, data []byte, utf bool) {
		ex := []Exception{{Pos: len(data) / 2, Len: 1, Type: ExceptionURL, TLD: "com"}}
		words := Tokenize(data, utf, ex, DefaultConfig, NewBudget(), nil)
		NormalizeWords(words)
		StemWords(words, "en", nil)
	})
}
