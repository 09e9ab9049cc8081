package luaapi

import (
	"errors"

	"github.com/gorspamd/rspamd/internal/expr"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_expression and rspamd{expr} (upstream's lua_expression.c) over
// internal/expr: expressions whose atoms a Lua callback recognises and
// another one evaluates.

const exprClass = "rspamd{expr}"

// luaExpr is the value of an rspamd{expr}. Its callbacks live in the
// registry until its memory pool is destroyed.
type luaExpr struct {
	e          *expr.Expr
	parseRef   lua.Ref
	processRef lua.Ref // lua.NoRef: the callback is passed to process
	released   bool    // the pool is gone, and the references with it
}

func init() {
	defineClass(exprClass, exprMethods, nil)
	defineLib("rspamd_expression", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "create", Func: rt.exprCreate}}
	})
}

// errLuaAtom is the error of a parse callback that does not return a
// string.
var errLuaAtom = errors.New("cannot parse lua atom")

// exprCreate is rspamd_expression.create(line, {parse, process} or parse,
// pool): the expression, or nil and an error message.
func (rt *Runtime) exprCreate(s *lua.State) int {
	fail := func(msg string) int {
		s.PushNil()
		s.PushString(msg)
		return 2
	}
	if s.Type(1) != lua.TypeString || (s.Type(2) != lua.TypeTable && s.Type(2) != lua.TypeFunction) {
		return fail("bad arguments")
	}
	pool := rt.MempoolArg(s, 3)
	line, _ := s.ToString(1)
	le := &luaExpr{processRef: lua.NoRef}
	if s.IsTable(2) {
		s.PushInteger(1)
		if s.GetTable(2) != lua.TypeFunction {
			s.Pop(1)
			return fail("bad parse callback")
		}
		s.PushInteger(2)
		switch s.GetTable(2) {
		case lua.TypeFunction:
			le.processRef = s.Ref()
		case lua.TypeNil:
			s.Pop(1)
		default:
			s.Pop(2)
			return fail("bad process callback")
		}
		le.parseRef = s.Ref()
	} else {
		s.PushValue(2)
		le.parseRef = s.Ref()
	}
	release := func() {
		if !le.released {
			le.released = true
			s.Main().Unref(le.parseRef)
			if le.processRef != lua.NoRef {
				s.Main().Unref(le.processRef)
			}
		}
	}
	e, err := expr.Parse(line, expr.Config{Parse: func(rest string) (*expr.Atom, error) {
		s.PushRef(le.parseRef)
		s.PushString(rest)
		if err := s.PCall(1, 1); err != nil {
			rt.log().Logf(logger.LevelInfo, "", "", false, "lua_atom_parse", "callback call failed: %s", err.Error())
			return nil, nil
		}
		defer s.Pop(1)
		if s.Type(-1) != lua.TypeString {
			return nil, errLuaAtom
		}
		tok, _ := s.ToString(-1)
		return &expr.Atom{Text: tok}, nil
	}})
	if err != nil {
		release()
		return fail(err.Error())
	}
	le.e = e
	pool.AddDestructor(release, 0)
	s.PushUserdata(rt.Class(exprClass), le)
	s.PushNil()
	return 2
}

func exprMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *luaExpr {
		return lua.Check[*luaExpr](s, 1, rt.Class(exprClass))
	}
	toString := func(s *lua.State) int {
		if le := check(s); le.e != nil {
			s.PushString(le.e.String())
		} else {
			s.PushNil()
		}
		return 1
	}
	return []lua.Reg{
		{Name: "to_string", Func: toString},
		{Name: "__tostring", Func: toString},
		{Name: "atoms", Func: func(s *lua.State) int {
			le := check(s)
			if le.e == nil {
				s.PushNil()
				return 1
			}
			atoms := le.e.Atoms()
			s.NewTable(len(atoms), 0)
			for i, a := range atoms {
				s.PushString(a.Text)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "process", Func: func(s *lua.State) int {
			le := check(s)
			value, flags := rt.exprCallback(s, le, false)
			s.PushNumber(le.e.Process(value, flags))
			return 1
		}},
		{Name: "process_traced", Func: func(s *lua.State) int {
			le := check(s)
			value, flags := rt.exprCallback(s, le, true)
			res, trace := le.e.ProcessTraced(value, flags)
			s.PushNumber(res)
			s.NewTable(len(trace), 0)
			for i, a := range trace {
				s.PushString(a.Text)
				s.RawSetInt(-2, i+1)
			}
			return 2
		}},
	}
}

// exprCallback sets up an evaluation as upstream's process and
// process_traced do, stack slots included: the callback is the one given to
// create, pushed on the stack, or argument 2; the data passed to each call
// is the stack slot after the callback's argument position (3, or 2 with a
// callback from create, which is then the callback itself when no data was
// given), when that slot holds a value or always for process_traced, even
// if it is one of the values each call pushes (upstream's traceback
// handler, the callback's copy, the atom); the flags come from the slot
// after it.
func (rt *Runtime) exprCallback(s *lua.State, le *luaExpr, traced bool) (func(*expr.Atom) float64, expr.Flags) {
	cbPos, dataPos := 2, 3
	if le.processRef == lua.NoRef {
		if !s.IsFunction(2) {
			s.Raisef("expression process is called with no callback function")
		}
	} else {
		if le.released {
			s.PushNil()
		} else {
			s.PushRef(le.processRef)
		}
		cbPos, dataPos = s.GetTop(), 2
	}
	withData := traced || !s.IsNoneOrNil(dataPos)
	var flags expr.Flags
	if s.IsNumber(dataPos + 1) {
		flags = expr.Flags(s.ToInteger(dataPos + 1))
	}
	value := func(a *expr.Atom) float64 {
		top := s.GetTop()
		defer s.SetTop(top)
		if withData && dataPos > top {
			// the data slot is one of the values pushed for the call
			s.PushFunction(luaTraceback)
		}
		s.PushValue(cbPos)
		s.PushString(a.Text)
		nargs := 1
		if withData {
			s.PushValue(dataPos)
			nargs = 2
		}
		if err := s.PCall(nargs, 1); err != nil {
			rt.log().Logf(logger.LevelInfo, "", "", false, "lua_atom_process", "expression process callback failed: %s", luaErrorDetail(err))
			return 0
		}
		return s.ToNumber(-1)
	}
	return value, flags
}

// luaTraceback is upstream's rspamd_lua_traceback as a Lua function: the
// error message on top of the stack followed by the frames of the stack.
func luaTraceback(s *lua.State) int {
	msg, ok := s.ToString(-1)
	if !ok {
		msg = "unknown error"
	}
	s.PushString(msg + "; trace:" + s.Traceback(1))
	return 1
}
