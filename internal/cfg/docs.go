package cfg

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/ucl"
)

// docTypeNone marks a documentation entry without a UCL type (upstream's
// UCL_NULL argument).
const docTypeNone = ucl.TypeNull

// kindDocType is the "type" a field parser gives its documentation, with
// an example for some kinds.
func kindDocType(k fieldKind, flags Flag) (typ, example string) {
	switch k {
	case kindString:
		return "string", ""
	case kindInt:
		switch {
		case flags&FlagInt16 != 0:
			return "int16", ""
		case flags&FlagInt32 != 0:
			return "int32", ""
		case flags&FlagInt64 != 0:
			return "int64", ""
		case flags&FlagIntSize != 0:
			return "size", ""
		case flags&FlagUint != 0:
			return "uint", ""
		}
		return "int", ""
	case kindDouble:
		return "double", ""
	case kindTime:
		return "time", ""
	case kindStringList:
		return "string list", `param = "str1, str2, str3" OR param = ["str1", "str2", "str3"]`
	case kindBool:
		return "bool", ""
	case kindKeypair:
		return "keypair", "keypair { pubkey = <base32_string>; privkey = <base32_string>; }"
	case kindAddr:
		return "socket address", ""
	case kindMimeAddr:
		return "email address", ""
	}
	return "", ""
}

// addDocObj adds the documentation of option name to target, as
// rspamd_rcl_add_doc_obj does: the text ("undocumented" when empty), the
// type (from typ unless it is ucl.TypeNull, else from the field kind), an
// example for some kinds, whether it is required and its default. It
// returns the new entry (nil without a target).
func addDocObj(target *ucl.Object, doc, name string, typ ucl.Type, kind fieldKind, flags Flag, def *string, required bool) *ucl.Object {
	if target == nil {
		return nil
	}
	obj := ucl.New(ucl.TypeObject)
	if doc == "" {
		doc = "undocumented"
	}
	obj.InsertKey("data", ucl.NewString(doc))
	if typ != docTypeNone {
		obj.InsertKey("type", ucl.NewString(typ.String()))
	}
	if t, example := kindDocType(kind, flags); t != "" {
		if obj.Lookup("type") == nil {
			obj.InsertKey("type", ucl.NewString(t))
		}
		if example != "" && obj.Lookup("example") == nil {
			obj.InsertKey("example", ucl.NewString(example))
		}
	}
	obj.InsertKey("required", ucl.NewBool(required))
	if def != nil {
		obj.InsertKey("default", ucl.NewString(*def))
	}
	target.InsertKey(name, obj)
	return obj
}

// AddDocByPath adds documentation under a dot-separated path of the
// documentation tree (the top when path is empty), creating the missing
// path components, as rspamd_rcl_add_doc_by_path does.
func (c *Config) AddDocByPath(path, doc, name string, typ ucl.Type, def *string, required bool) *ucl.Object {
	return c.addDocByPath(path, doc, name, typ, kindNone, 0, def, required)
}

func (c *Config) addDocByPath(path, doc, name string, typ ucl.Type, kind fieldKind, flags Flag, def *string, required bool) *ucl.Object {
	if path == "" {
		return addDocObj(c.Docs, doc, name, typ, kind, flags, def, required)
	}
	if found := c.Docs.LookupPath(path); found != nil {
		return addDocObj(found, doc, name, typ, kind, flags, def, required)
	}
	cur := c.Docs
	for _, elt := range strings.Split(path, ".") {
		if elt == "" {
			continue
		}
		if cur.Type() != ucl.TypeObject {
			c.errf("rspamd_rcl_add_doc_by_path", "Bad path while lookup for '%s' at %s", path, elt)
		}
		next := cur.Lookup(elt)
		if next == nil {
			next = ucl.New(ucl.TypeObject)
			cur.InsertKey(elt, next)
		}
		cur = next
	}
	return addDocObj(cur, doc, name, typ, kind, flags, def, required)
}
