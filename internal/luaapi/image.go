package luaapi

import (
	"github.com/gorspamd/rspamd/internal/image"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd{image} (upstream's lua_task.c image methods) over internal/image:
// an image attachment the content analysis recognised.

const imageClass = "rspamd{image}"

func init() {
	defineClass(imageClass, imageMethods, nil)
}

// PushImage pushes img as an rspamd{image}.
func (rt *Runtime) PushImage(s *lua.State, img *image.Image) {
	s.PushUserdata(rt.Class(imageClass), img)
}

func imageMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *image.Image { return lua.Check[*image.Image](s, 1, rt.Class(imageClass)) }
	integer := func(get func(img *image.Image) int64) lua.Function {
		return func(s *lua.State) int {
			s.PushInteger(get(check(s)))
			return 1
		}
	}
	return []lua.Reg{
		{Name: "get_width", Func: integer(func(img *image.Image) int64 { return int64(img.Width) })},
		{Name: "get_height", Func: integer(func(img *image.Image) int64 { return int64(img.Height) })},
		{Name: "get_type", Func: func(s *lua.State) int {
			s.PushString(check(s).Type.String())
			return 1
		}},
		{Name: "get_filename", Func: func(s *lua.State) int {
			s.PushString(check(s).Filename)
			return 1
		}},
		{Name: "get_size", Func: integer(func(img *image.Image) int64 { return int64(img.Size) })},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}
