package ucl

import (
	"fmt"
	"strings"
	"testing"
)

// An object stored again under another key (as lua_cfg_transform does
// with fuzzy_check's max_score through a wrapped object) is listed under
// both places with its new key, and found by that key only, as libucl
// does (rspamd 4.1.5 prints {"hits_limit":10,"flag":1,"hits_limit":10}).
func TestInsertKeyAlias(t *testing.T) {
	for _, n := range []int{0, mapThreshold} {
		var src, want strings.Builder
		want.WriteString("{")
		for i := range n {
			fmt.Fprintf(&src, "k%d = %d;", i, i)
			fmt.Fprintf(&want, `"k%d":%d,`, i, i)
		}
		src.WriteString("max_score = 10; flag = 1;")
		want.WriteString(`"hits_limit":10,"flag":1,"hits_limit":10}`)
		p := NewParser(0)
		if err := p.AddChunk([]byte(src.String())); err != nil {
			t.Fatal(err)
		}
		obj := p.Object()
		obj.InsertKey("hits_limit", obj.Lookup("max_score"))
		if obj.DeleteKey("max_score") {
			t.Errorf("%d keys: max_score still found", n)
		}
		if got := string(Emit(obj, FormatJSONCompact)); got != want.String() {
			t.Errorf("%d keys: %s, want %s", n, got, want.String())
		}
		if v := obj.Lookup("hits_limit"); v == nil || v.Int() != 10 || v.Next() != nil {
			t.Errorf("%d keys: hits_limit %v", n, v)
		}
	}
}
