package lua

import (
	"strings"
	"testing"
)

// FuzzLoad feeds arbitrary source to LuaJIT's parser through Load: it must
// compile or return a syntax error, leaving the stack balanced.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		"return 1 + 2", "local t = {1, 2, [3] = 'x'} return #t", "x = = 1",
		"for i = 1, 10 do end", "goto l ::l::", "return [[long\nstring]]",
		"local s = 'unfinished", "function f(...) return select('#', ...) end",
		"return 0x1p4, 1e308, 123LL, 0x10ULL, 1i", "--[==[ comment ]==] return",
	} {
		f.Add(seed)
	}
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	f.Fuzz(func(t *testing.T, code string) {
		if strings.HasPrefix(code, "\x1b") {
			return // LuaJIT bytecode is trusted input, not fuzzed
		}
		err := s.Load(code, "=fuzz")
		if err == nil {
			if s.Type(-1) != TypeFunction {
				t.Fatalf("Load pushed a %v", s.Type(-1))
			}
			s.Pop(1)
		} else if le, ok := err.(*Error); !ok || (le.Kind != ErrSyntax && le.Kind != ErrMemory) {
			t.Fatalf("unexpected error %#v", err)
		}
		if s.GetTop() != 0 {
			t.Fatalf("stack not balanced: %d", s.GetTop())
		}
	})
}
