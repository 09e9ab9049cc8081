package ucl

import "testing"

func TestArrayToObject(t *testing.T) {
	a := New(TypeArray)
	a.ArrayAppend(NewInt(1))
	a.ArrayAppend(NewInt(2))
	if !a.ArrayToObject() {
		t.Fatal("an array did not convert")
	}
	if a.Type() != TypeObject || a.Lookup("x") != nil {
		t.Fatalf("converted array: type %s", a.Type())
	}
	a.InsertKey("x", NewString("y"))
	if got := a.Lookup("x").StringForced(); got != "y" {
		t.Fatalf("x = %q", got)
	}
	// upstream keeps the count of the dropped elements
	if a.Len() != 3 {
		t.Fatalf("len %d, upstream has 3", a.Len())
	}
	if a.ArrayToObject() {
		t.Fatal("an object converted as an array")
	}
}

func TestEmptyObjectToArray(t *testing.T) {
	o := New(TypeObject)
	if !o.EmptyObjectToArray() || o.Type() != TypeArray {
		t.Fatal("an empty object did not become an array")
	}
	used := New(TypeObject)
	used.InsertKey("k", NewInt(1))
	used.DeleteKey("k")
	if used.EmptyObjectToArray() {
		t.Fatal("an object that held a key became an array (upstream keeps it)")
	}
	if NewInt(1).EmptyObjectToArray() {
		t.Fatal("a number became an array")
	}
}
