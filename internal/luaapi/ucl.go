package luaapi

import (
	"runtime"
	"strings"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/lua"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The ucl module (libucl's lua_ucl.c) over internal/ucl: ucl.parser(),
// ucl.to_format/to_json/to_config, ucl.null, the conversions between Lua
// values and UCL objects, and wrapped objects (tables holding a UCL object
// at [0], with at/type/pairs/ipairs/len/tostring/unwrap methods) through
// which Lua edits a configuration in place.

const (
	uclParserClass = "ucl.parser.meta"
	uclNullClass   = "ucl.null.meta"
	uclRefClass    = "ucl.object.ref" // the userdata at [0] of a wrapped object
	uclIterClass   = "ucl.object.iter"

	uclObjectMeta   = "ucl.object.meta" // metatable of wrapped objects
	uclTypeObject   = "ucl.type.object" // metatables of converted tables
	uclTypeArray    = "ucl.type.array"
	uclTypeImplicit = "ucl.type.impl_array"
	uclCallerKey    = "ucl.func.caller"
)

// Push flags.
const (
	uclAllowArray = 1 << 0 // repeated keys become arrays
	uclConvertNil = 1 << 1 // null becomes false instead of ucl.null
)

// uclFunc is a Lua function stored in a UCL object (as a userdata object).
type uclFunc struct {
	ref lua.Ref
}

// uclIter walks a snapshot of a wrapped object.
type uclIter struct {
	elts []*ucl.Object
	pos  int
}

func init() {
	defineClass(uclParserClass, uclParserMethods, nil)
	defineClass(uclRefClass, func(*Runtime) []lua.Reg { return nil }, nil)
	defineClass(uclIterClass, func(*Runtime) []lua.Reg {
		return []lua.Reg{{Name: "__tostring", Func: func(s *lua.State) int {
			s.PushString(uclIterClass)
			return 1
		}}}
	}, nil)
	defineClass(uclNullClass, func(*Runtime) []lua.Reg {
		return []lua.Reg{{Name: "__tostring", Func: func(s *lua.State) int {
			s.PushString("null")
			return 1
		}}}
	}, func(rt *Runtime, c *lua.Class) {
		s := rt.L
		// like libucl's metatable: no __index, so loggers print nothing
		s.PushMetatable(c)
		s.PushNil()
		s.RawSetField(-2, "__index")
		s.Pop(1)
		s.PushUserdata(c, struct{}{})
		rt.uclNull = s.ToPointer(-1)
		s.SetField(lua.RegistryIndex, "ucl.null")
		rt.uclMetatables()
	})
	defineModule("ucl", func(rt *Runtime) lua.Function {
		return func(s *lua.State) int {
			s.NewTable(0, 5)
			s.SetFuncs(-1, []lua.Reg{
				{Name: "parser", Func: rt.uclNewParser},
				{Name: "to_json", Func: rt.uclToJSON},
				{Name: "to_config", Func: rt.uclToConfig},
				{Name: "to_format", Func: rt.uclToFormat},
			})
			s.GetField(lua.RegistryIndex, "ucl.null")
			s.SetField(-2, "null")
			return 1
		}
	})
}

// uclMetatables creates the plain metatables of converted tables and of
// wrapped objects.
func (rt *Runtime) uclMetatables() {
	s := rt.L
	tostring := func(s *lua.State) int { return rt.uclObjectTostring(s) }
	for _, name := range []string{uclTypeObject, uclTypeArray, uclTypeImplicit} {
		s.NewTable(0, 3)
		s.PushFunction(tostring)
		s.SetField(-2, "__tostring")
		s.PushFunction(tostring)
		s.SetField(-2, "tostring")
		s.PushString(name)
		s.SetField(-2, "class")
		s.SetField(lua.RegistryIndex, name)
	}
	s.NewTable(0, 8)
	s.SetFuncs(-1, []lua.Reg{
		{Name: "__index", Func: rt.uclIndex},
		{Name: "__newindex", Func: rt.uclNewIndex},
		{Name: "__ipairs", Func: rt.uclIpairs},
		{Name: "__pairs", Func: rt.uclPairs},
		{Name: "at", Func: rt.uclIndex},
		{Name: "__len", Func: rt.uclLen},
		{Name: "__tostring", Func: tostring},
	})
	s.PushString(uclObjectMeta)
	s.SetField(-2, "class")
	s.SetField(lua.RegistryIndex, uclObjectMeta)
	// a constant chunk: only running out of memory makes it fail, and
	// stored functions then emit "null"
	if s.Load(uclFuncCaller, "=ucl") == nil && s.PCall(0, 1) == nil {
		s.SetField(lua.RegistryIndex, uclCallerKey)
	}
}

// setMeta sets registry[name] as the metatable of the value on top.
func setMeta(s *lua.State, name string) {
	s.GetField(lua.RegistryIndex, name)
	s.SetMetatable(-2)
}

// PushUCL pushes obj converted to Lua values as ucl_object_push_lua does:
// objects become tables, arrays sequences, null ucl.null; with allowArray a
// value with repeated keys (an implicit array) becomes a sequence.
func (rt *Runtime) PushUCL(s *lua.State, obj *ucl.Object, allowArray bool) {
	flags := 0
	if allowArray {
		flags = uclAllowArray
	}
	rt.pushUCL(s, obj, flags)
}

// PushUCLFilterNil is PushUCL with null converted to false
// (ucl_object_push_lua_filter_nil).
func (rt *Runtime) PushUCLFilterNil(s *lua.State, obj *ucl.Object, allowArray bool) {
	flags := uclConvertNil
	if allowArray {
		flags |= uclAllowArray
	}
	rt.pushUCL(s, obj, flags)
}

func (rt *Runtime) pushUCL(s *lua.State, obj *ucl.Object, flags int) {
	s.CheckStack(4)
	switch obj.Type() {
	case ucl.TypeObject:
		if flags&uclAllowArray != 0 && obj.Next() != nil {
			rt.pushUCLArray(s, obj, flags)
			return
		}
		s.NewTable(0, obj.Len())
		for cur := range obj.All() {
			s.PushString(cur.Key())
			rt.pushUCL(s, cur, flags|uclAllowArray)
			s.SetTable(-3)
		}
		setMeta(s, uclTypeObject)
	case ucl.TypeArray:
		rt.pushUCLArray(s, obj, flags)
	default:
		rt.pushUCLScalar(s, obj, flags)
	}
}

func (rt *Runtime) pushUCLArray(s *lua.State, obj *ucl.Object, flags int) {
	i := 1
	if obj.Type() == ucl.TypeArray {
		s.NewTable(obj.Len(), 0)
		for cur := range obj.Iterate(ucl.IterateBoth) {
			rt.pushUCL(s, cur, flags&^uclAllowArray)
			s.RawSetInt(-2, i)
			i++
		}
		setMeta(s, uclTypeArray)
		return
	}
	vals := obj.Values()
	s.NewTable(len(vals), 0)
	for _, cur := range vals {
		rt.pushUCL(s, cur, flags&^uclAllowArray)
		s.RawSetInt(-2, i)
		i++
	}
	setMeta(s, uclTypeImplicit)
}

func (rt *Runtime) pushUCLScalar(s *lua.State, obj *ucl.Object, flags int) {
	if flags&uclAllowArray != 0 && obj.Next() != nil {
		rt.pushUCLArray(s, obj, flags)
		return
	}
	switch obj.Type() {
	case ucl.TypeBoolean:
		s.PushBool(obj.Bool())
	case ucl.TypeString:
		s.PushString(obj.Str())
	case ucl.TypeInt:
		s.PushInteger(obj.Int())
	case ucl.TypeFloat, ucl.TypeTime:
		s.PushNumber(obj.Float())
	case ucl.TypeNull:
		if flags&uclConvertNil != 0 {
			s.PushBool(false)
		} else {
			s.GetField(lua.RegistryIndex, "ucl.null")
		}
	case ucl.TypeUserdata:
		if f, ok := obj.Userdata().(*uclFunc); ok {
			s.PushRef(f.ref)
		} else {
			s.PushNil()
		}
	default:
		s.PushNil()
	}
}

// PushUCLWrapped pushes obj as a wrapped object: a table whose methods
// read and modify obj itself (ucl_object_push_lua_unwrapped).
func (rt *Runtime) PushUCLWrapped(s *lua.State, obj *ucl.Object) {
	s.CheckStack(4)
	s.NewTable(1, 9)
	s.PushUserdata(rt.Class(uclRefClass), obj)
	s.RawSetInt(-2, 0)
	s.SetFuncs(-1, []lua.Reg{
		{Name: "at", Func: rt.uclIndex},
		{Name: "type", Func: rt.uclType},
		{Name: "pairs", Func: rt.uclPairs},
		{Name: "ipairs", Func: rt.uclIpairs},
		{Name: "len", Func: rt.uclLen},
		{Name: "tostring", Func: rt.uclObjectTostring},
		{Name: "unwrap", Func: rt.uclUnwrap},
		{Name: "tolua", Func: rt.uclUnwrap},
		{Name: "validate", Func: rt.uclValidate},
	})
	setMeta(s, uclObjectMeta)
}

// wrapped returns the object of a wrapped table at idx (nil otherwise).
func (rt *Runtime) wrapped(s *lua.State, idx int) *ucl.Object {
	if !s.IsTable(idx) {
		return nil
	}
	s.RawGetInt(idx, 0)
	defer s.Pop(1)
	obj, ok := lua.Test[*ucl.Object](s, -1, rt.Class(uclRefClass))
	if !ok {
		return nil
	}
	return obj
}

// ToUCL converts the Lua value at idx to a UCL object as
// ucl_object_lua_import does (nil for values that have no UCL form).
func (rt *Runtime) ToUCL(s *lua.State, idx int) *ucl.Object {
	return rt.uclImport(s, idx, ucl.StringRaw)
}

func (rt *Runtime) uclImport(s *lua.State, idx int, flags ucl.StringFlags) *ucl.Object {
	idx = s.AbsIndex(idx)
	if s.Type(idx) == lua.TypeTable {
		return rt.uclFromTable(s, idx, flags)
	}
	return rt.uclFromElt(s, idx, flags)
}

// metaField pushes the metatable field name of the value at idx (raw) and
// reports whether it is not nil; nothing is pushed otherwise.
func metaField(s *lua.State, idx int, name string) bool {
	if !s.GetMetatable(idx) {
		return false
	}
	if s.RawGetField(-1, name) == lua.TypeNil {
		s.Pop(2)
		return false
	}
	s.Remove(-2)
	return true
}

func (rt *Runtime) uclFromTable(s *lua.State, idx int, flags ucl.StringFlags) *ucl.Object {
	s.CheckStack(6)
	isArray, implicit, foundMT := true, false, false
	max := 0
	if metaField(s, idx, "class") {
		if name, ok := s.ToStringView(-1); ok {
			switch name {
			case uclTypeObject:
				isArray, foundMT = false, true
			case uclTypeArray:
				foundMT = true
				max = s.ObjLen(idx)
			case uclTypeImplicit:
				implicit, foundMT = true, true
				max = s.ObjLen(idx)
			}
		}
		s.Pop(1)
	}
	if !foundMT {
		s.PushNil()
		for s.Next(idx) {
			if s.Type(-2) == lua.TypeNumber {
				n := s.ToNumber(-2)
				// upstream compares with an int cast
				if n >= -(1<<31) && n < 1<<31 && n == float64(int32(n)) {
					if int(n) > max {
						max = int(n)
					}
				} else {
					isArray = false
				}
			} else {
				isArray = false
			}
			s.Pop(1)
		}
	}
	if isArray {
		var top *ucl.Object
		if !implicit {
			top = ucl.New(ucl.TypeArray)
		}
		for i := 1; i <= max; i++ {
			s.PushInteger(int64(i))
			s.GetTable(idx)
			if obj := rt.uclFromElt(s, s.GetTop(), flags); obj != nil {
				if implicit {
					top = top.AppendValue(obj)
				} else {
					top.ArrayAppend(obj)
				}
			}
			s.Pop(1)
		}
		return top
	}
	top := ucl.New(ucl.TypeObject)
	s.PushNil()
	for s.Next(idx) {
		var key string
		switch s.Type(-2) {
		case lua.TypeString, lua.TypeNumber:
			key, _ = s.ToString(-2)
		default:
			s.Pop(1)
			continue
		}
		if obj := rt.uclFromElt(s, s.GetTop(), flags); obj != nil {
			top.InsertKey(key, obj)
		}
		s.Pop(1)
	}
	return top
}

func (rt *Runtime) uclFromElt(s *lua.State, idx int, flags ucl.StringFlags) *ucl.Object {
	idx = s.AbsIndex(idx)
	switch t := s.Type(idx); t {
	case lua.TypeString:
		b, _ := s.ToBytesView(idx)
		return ucl.FromString(b, flags)
	case lua.TypeNumber:
		n := s.ToNumber(idx)
		if float64(cInt64(n)) == n {
			return ucl.NewInt(cInt64(n))
		}
		return ucl.NewFloat(n)
	case lua.TypeBoolean:
		return ucl.NewBool(s.ToBool(idx))
	case lua.TypeUserdata:
		if s.ToPointer(idx) == rt.uclNull {
			return ucl.NewNull()
		}
		// upstream reads any userdata as a text
		if txt, ok := lua.Test[*Text](s, idx, rt.Class(textClass)); ok {
			obj := ucl.FromString(txt.Data, 0)
			if txt.Binary {
				obj.SetFlags(obj.Flags() | ucl.FlagBinary)
			}
			return obj
		}
		return ucl.FromString(nil, 0)
	case lua.TypeTable:
		if obj := rt.wrapped(s, idx); obj != nil {
			return obj
		}
		return rt.uclFromTable(s, idx, flags)
	case lua.TypeFunction:
		s.PushValue(idx)
		f := &uclFunc{ref: s.Ref()}
		main := s.Main()
		runtime.AddCleanup(f, func(ref lua.Ref) {
			main.Post(func(s *lua.State) { s.Unref(ref) })
		}, f.ref)
		return ucl.NewUserdata(f, f.emitter(rt))
	}
	return nil
}

// uclFuncCaller is the Lua function the emitters of stored functions go
// through (registry[uclCallerKey]): it calls its argument protected and
// returns the first result, or the error value when the call fails, as
// lua_pcall leaves it.
const uclFuncCaller = `local pcall = pcall
return function(f)
  local _, r = pcall(f)
  return r
end`

// emitter returns the text function of a stored function's userdata
// object (lua_ucl_userdata_emitter): the function's result, or its error,
// as a string; a value that is not a string or a number leaves the text of
// the previous call, "null" before any.
func (f *uclFunc) emitter(rt *Runtime) func() (string, bool) {
	var last string
	var have bool
	return func() (string, bool) {
		s := rt.L
		top := s.GetTop()
		defer s.SetTop(top)
		s.GetField(lua.RegistryIndex, uclCallerKey)
		s.PushRef(f.ref)
		if err := s.PCall(1, 1); err != nil {
			return last, have
		}
		if str, ok := s.ToString(-1); ok {
			last, have = str, true
		}
		return last, have
	}
}

// uclFormat converts a format name as lua_ucl_str_to_emit_type does
// (unknown names give compact JSON).
func uclFormat(name string) ucl.Format {
	switch strings.ToLower(name) {
	case "json":
		return ucl.FormatJSON
	case "yaml":
		return ucl.FormatYAML
	case "config", "ucl":
		return ucl.FormatConfig
	}
	return ucl.FormatJSONCompact
}

func pushEmitted(s *lua.State, obj *ucl.Object, f ucl.Format) {
	s.PushBytes(ucl.Emit(obj, f))
}

func (rt *Runtime) uclToJSON(s *lua.State) int {
	f := ucl.FormatJSON
	if s.GetTop() > 1 && s.ToBool(2) {
		f = ucl.FormatJSONCompact
	}
	obj := rt.ToUCL(s, 1)
	if obj == nil {
		s.PushNil()
		return 1
	}
	pushEmitted(s, obj, f)
	return 1
}

func (rt *Runtime) uclToConfig(s *lua.State) int {
	obj := rt.ToUCL(s, 1)
	if obj == nil {
		s.PushNil()
		return 1
	}
	pushEmitted(s, obj, ucl.FormatConfig)
	return 1
}

func (rt *Runtime) uclToFormat(s *lua.State) int {
	f := ucl.FormatJSON
	sort := false
	if s.GetTop() > 1 {
		switch s.Type(2) {
		case lua.TypeNumber:
			n := int(s.ToNumber(2))
			if n < 0 || n >= int(ucl.FormatYAML) {
				s.PushNil()
				return 1
			}
			f = ucl.Format(n)
		case lua.TypeString:
			name, _ := s.ToString(2)
			switch strings.ToLower(name) {
			case "json":
				f = ucl.FormatJSON
			case "json-compact":
				f = ucl.FormatJSONCompact
			case "yaml":
				f = ucl.FormatYAML
			case "config", "ucl":
				f = ucl.FormatConfig
			case "msgpack", "messagepack":
				f = ucl.FormatMsgpack
			}
		}
		if s.Type(3) == lua.TypeBoolean {
			sort = s.ToBool(3)
		}
	}
	obj := rt.ToUCL(s, 1)
	if obj == nil {
		s.PushNil()
		return 1
	}
	if sort && obj.Type() == ucl.TypeObject {
		obj.SortKeys(ucl.SortRecursive)
	}
	pushEmitted(s, obj, f)
	return 1
}

func (rt *Runtime) uclNewParser(s *lua.State) int {
	flags := ucl.ParserSafeFlags
	if s.GetTop() >= 1 {
		flags = ucl.ParserFlags(uint32(int64(s.ToNumber(1))))
	}
	s.PushUserdata(rt.Class(uclParserClass), ucl.NewParser(flags))
	return 1
}

func parseTypeArg(s *lua.State, narg int) ucl.ParseType {
	if s.Type(narg) != lua.TypeString {
		return ucl.ParseUCL
	}
	name, _ := s.ToString(narg)
	switch strings.ToLower(name) {
	case "msgpack":
		return ucl.ParseMsgpack
	case "sexp", "csexp":
		return ucl.ParseCSexp
	case "auto":
		return ucl.ParseAuto
	}
	return ucl.ParseUCL
}

// pushParseResult pushes true, or false and the parser's error.
func pushParseResult(s *lua.State, p *ucl.Parser, err error) int {
	if err == nil {
		s.PushBool(true)
		return 1
	}
	s.PushBool(false)
	if msg, ok := p.ErrorMessage(); ok {
		s.PushString(msg)
	} else {
		s.PushNil()
	}
	return 2
}

func uclParserMethods(rt *Runtime) []lua.Reg {
	parser := func(s *lua.State) *ucl.Parser {
		return lua.Check[*ucl.Parser](s, 1, rt.Class(uclParserClass))
	}
	return []lua.Reg{
		{Name: "parse_file", Func: func(s *lua.State) int {
			p := parser(s)
			file := s.CheckString(2)
			return pushParseResult(s, p, p.AddFile(cconv.CString(file)))
		}},
		{Name: "parse_string", Func: func(s *lua.State) int {
			p := parser(s)
			data := s.CheckBytes(2)
			pt := parseTypeArg(s, 3)
			return pushParseResult(s, p, p.AddChunkFull(data, 0, ucl.DuplicateAppend, pt))
		}},
		{Name: "parse_text", Func: func(s *lua.State) int {
			p := parser(s)
			var data []byte
			switch s.Type(2) {
			case lua.TypeUserdata:
				if t, ok := lua.Test[*Text](s, 2, rt.Class(textClass)); ok {
					data = t.Data
				}
			case lua.TypeString:
				data, _ = s.ToBytesView(2)
			default:
				return s.Errorf("invalid argument as input, expected userdata or a string")
			}
			pt := parseTypeArg(s, 3)
			return pushParseResult(s, p, p.AddChunkFull(data, 0, ucl.DuplicateAppend, pt))
		}},
		{Name: "register_variable", Func: func(s *lua.State) int {
			p := parser(s)
			name := s.CheckString(2)
			value := s.CheckString(3)
			p.RegisterVariable(cconv.CString(name), cconv.CString(value))
			s.PushBool(true)
			return 1
		}},
		{Name: "register_variables", Func: func(s *lua.State) int {
			p := parser(s)
			if s.Type(2) != lua.TypeTable {
				return s.Errorf("invalid arguments")
			}
			s.PushNil()
			for s.Next(2) {
				s.PushValue(-2)
				name := s.CheckString(-1)
				value := s.CheckString(-2)
				p.RegisterVariable(cconv.CString(name), cconv.CString(value))
				s.Pop(2)
			}
			s.PushBool(true)
			return 1
		}},
		{Name: "get_object", Func: func(s *lua.State) int {
			p := parser(s)
			if obj := p.Object(); obj != nil {
				rt.PushUCL(s, obj, false)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "get_object_wrapped", Func: func(s *lua.State) int {
			p := parser(s)
			if obj := p.Object(); obj != nil {
				rt.PushUCLWrapped(s, obj)
			} else {
				s.PushNil()
			}
			return 1
		}},
		{Name: "validate", Func: func(s *lua.State) int {
			p := parser(s)
			if p.Object() == nil {
				s.PushBool(false)
				s.PushString("invalid parser or empty top object")
				return 2
			}
			switch s.Type(2) {
			case lua.TypeTable, lua.TypeString:
			default:
				s.PushBool(false)
				s.PushString("invalid schema argument")
				return 2
			}
			return pushNoSchema(s)
		}},
	}
}

func (rt *Runtime) uclUnwrap(s *lua.State) int {
	if obj := rt.wrapped(s, 1); obj != nil {
		rt.PushUCL(s, obj, true)
	} else {
		s.PushNil()
	}
	return 1
}

func (rt *Runtime) uclObjectTostring(s *lua.State) int {
	obj := rt.wrapped(s, 1)
	switch obj.Type() {
	case ucl.TypeArray, ucl.TypeObject:
		f := ucl.FormatJSONCompact
		if s.GetTop() > 1 && s.Type(2) == lua.TypeString {
			name, _ := s.ToString(2)
			f = uclFormat(name)
		}
		pushEmitted(s, obj, f)
	case ucl.TypeNull:
		s.PushNil()
	default:
		rt.pushUCLScalar(s, obj, 0)
	}
	return 1
}

func (rt *Runtime) uclValidate(s *lua.State) int {
	obj := rt.wrapped(s, 1)
	schema := rt.wrapped(s, 2)
	if obj == nil || schema == nil || schema.Type() != ucl.TypeObject {
		s.PushBool(false)
		s.PushString("invalid object or schema")
		return 2
	}
	return pushNoSchema(s)
}

// pushNoSchema returns the failure of a validation: internal/ucl has no
// JSON schema validator yet.
func pushNoSchema(s *lua.State) int {
	s.PushBool(false)
	s.PushString("validation error: schema validation is not supported")
	return 2
}

func (rt *Runtime) uclIndex(s *lua.State) int {
	obj := rt.wrapped(s, 1)
	switch s.Type(2) {
	case lua.TypeString:
		if obj.Type() != ucl.TypeObject {
			return s.Errorf("cannot index non-object: %s", obj.Type())
		}
		key, _ := s.ToString(2)
		if elt := obj.Lookup(cconv.CString(key)); elt != nil {
			rt.PushUCLWrapped(s, elt)
		} else {
			s.PushNil()
		}
		return 1
	case lua.TypeNumber:
		if obj.Type() != ucl.TypeArray {
			return s.Errorf("cannot index non-array: %s", obj.Type())
		}
		// upstream adds one to the Lua index before its 0-based lookup
		i := s.ToInteger(2) + 1
		if elt := obj.ArrayIndex(int(uint32(i))); i >= 0 && elt != nil {
			rt.PushUCLWrapped(s, elt)
		} else {
			s.PushNil()
		}
		return 1
	}
	return s.Errorf("invalid index type: %s", s.TypeName(2))
}

// uclValueArg returns the object to store for the value at idx: a wrapped
// object itself, or the value converted.
func (rt *Runtime) uclValueArg(s *lua.State, idx int) *ucl.Object {
	if obj := rt.wrapped(s, idx); obj != nil {
		return obj
	}
	return rt.ToUCL(s, idx)
}

func (rt *Runtime) uclNewIndex(s *lua.State) int {
	obj := rt.wrapped(s, 1)
	kt := s.Type(2)
	switch obj.Type() {
	case ucl.TypeObject:
		switch kt {
		case lua.TypeString:
			key, _ := s.ToString(2)
			val := rt.uclValueArg(s, 3)
			if obj.Lookup(key) != nil {
				if val != nil {
					obj.ReplaceKey(key, val)
				} else {
					obj.DeleteKey(key)
				}
			} else if val != nil {
				obj.InsertKey(key, val)
			}
			return 0
		case lua.TypeNumber:
			// index 1 of an object that never had a key makes it an
			// array
			if s.ToInteger(2) == 1 && obj.EmptyObjectToArray() {
				val := rt.uclValueArg(s, 3)
				if val == nil {
					return s.Errorf("invalid value type: %s", s.TypeName(3))
				}
				obj.ArrayAppend(val)
				return 0
			}
		}
		return s.Errorf("invalid index type for an object: %s", kt)
	case ucl.TypeArray:
		if kt == lua.TypeString {
			// a string key makes an array an object (whatever it held)
			obj.ArrayToObject()
			key, _ := s.ToString(2)
			val := rt.uclValueArg(s, 3)
			if val == nil {
				return s.Errorf("invalid value type: %s", s.TypeName(3))
			}
			obj.InsertKey(key, val)
			return 0
		}
		if kt != lua.TypeNumber {
			return s.Errorf("invalid index type for an array: %s", kt)
		}
		i := s.ToInteger(2)
		val := rt.uclValueArg(s, 3)
		if val == nil {
			return s.Errorf("invalid value type: %s", s.TypeName(3))
		}
		n := int64(obj.ArraySize())
		switch {
		case i == n+1:
			obj.ArrayAppend(val)
		case i >= 1 && i <= n:
			obj.ArrayReplaceIndex(int(i-1), val)
		default:
			return s.Errorf("invalid index for array: %d", int32(i))
		}
		return 0
	}
	return s.Errorf("invalid index type: %s (obj type: %s)", kt, obj.Type())
}

func (rt *Runtime) uclType(s *lua.State) int {
	s.PushString(rt.wrapped(s, 1).Type().String())
	return 1
}

func (rt *Runtime) uclLen(s *lua.State) int {
	s.PushInteger(int64(rt.wrapped(s, 1).Len()))
	return 1
}

// uclIterNext is the iterator of pairs and ipairs: the key (string, or the
// next index for ipairs, or -1 for pairs over arrays) and the wrapped value.
func (rt *Runtime) uclIterNext(s *lua.State) int {
	it := lua.Check[*uclIter](s, 1, rt.Class(uclIterClass))
	if it.pos >= len(it.elts) {
		s.PushNil()
		return 1
	}
	cur := it.elts[it.pos]
	it.pos++
	if key := cur.Key(); key != "" {
		s.PushString(key)
	} else if s.Type(2) == lua.TypeNumber {
		if i := s.ToInteger(2); i >= 0 {
			s.PushInteger(i + 1)
		} else {
			s.PushValue(2)
		}
	} else {
		s.PushNumber(-1)
	}
	rt.PushUCLWrapped(s, cur)
	return 2
}

func (rt *Runtime) uclIterate(s *lua.State, obj *ucl.Object, start int64) int {
	var elts []*ucl.Object
	for cur := range obj.Iterate(ucl.IterateBoth) {
		elts = append(elts, cur)
	}
	s.PushFunction(rt.uclIterNext)
	s.PushUserdata(rt.Class(uclIterClass), &uclIter{elts: elts})
	s.PushInteger(start)
	return 3
}

func (rt *Runtime) uclPairs(s *lua.State) int {
	obj := rt.wrapped(s, 1)
	t := obj.Type()
	if obj != nil && (t == ucl.TypeArray || t == ucl.TypeObject || obj.Next() != nil) {
		return rt.uclIterate(s, obj, -1)
	}
	return s.Errorf("invalid object type for pairs: %s", t)
}

func (rt *Runtime) uclIpairs(s *lua.State) int {
	obj := rt.wrapped(s, 1)
	t := obj.Type()
	if obj != nil && (t == ucl.TypeArray || obj.Next() != nil) {
		return rt.uclIterate(s, obj, 0)
	}
	return s.Errorf("invalid object type for ipairs: %s", t)
}
