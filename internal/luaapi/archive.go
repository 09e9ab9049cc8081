package luaapi

import (
	"github.com/gorspamd/rspamd/internal/archive"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd{archive} (upstream's lua_task.c archive methods) over
// internal/archive: the listing of an archive attachment.

const archiveClass = "rspamd{archive}"

func init() {
	defineClass(archiveClass, archiveMethods, nil)
}

// PushArchive pushes a as an rspamd{archive}.
func (rt *Runtime) PushArchive(s *lua.State, a *archive.Archive) {
	s.PushUserdata(rt.Class(archiveClass), a)
}

func archiveMethods(rt *Runtime) []lua.Reg {
	check := func(s *lua.State) *archive.Archive {
		return lua.Check[*archive.Archive](s, 1, rt.Class(archiveClass))
	}
	flag := func(f archive.Flags) lua.Function {
		return func(s *lua.State) int {
			s.PushBool(check(s).Flags&f != 0)
			return 1
		}
	}
	// files is what get_files lists: every file, or the first n when a
	// count is given (a negative count, unsigned upstream, means all).
	files := func(s *lua.State, a *archive.Archive) []*archive.File {
		if s.IsNumber(2) {
			if n := s.ToInteger(2); n >= 0 && n < int64(len(a.Files)) {
				return a.Files[:n]
			}
		}
		return a.Files
	}
	return []lua.Reg{
		{Name: "get_type", Func: func(s *lua.State) int {
			s.PushString(check(s).Type.String())
			return 1
		}},
		{Name: "get_files", Func: func(s *lua.State) int {
			list := files(s, check(s))
			s.NewTable(len(list), 0)
			for i, f := range list {
				s.PushString(f.Name)
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "get_files_full", Func: func(s *lua.State) int {
			list := files(s, check(s))
			s.NewTable(len(list), 0)
			for i, f := range list {
				s.NewTable(0, 4)
				s.PushString(f.Name)
				s.SetField(-2, "name")
				s.PushInteger(int64(f.CompressedSize))
				s.SetField(-2, "compressed_size")
				s.PushInteger(int64(f.UncompressedSize))
				s.SetField(-2, "uncompressed_size")
				s.PushBool(f.Flags&archive.FileEncrypted != 0)
				s.SetField(-2, "encrypted")
				s.RawSetInt(-2, i+1)
			}
			return 1
		}},
		{Name: "is_encrypted", Func: flag(archive.Encrypted)},
		{Name: "is_obfuscated", Func: flag(archive.HasObfuscated)},
		{Name: "is_unreadable", Func: flag(archive.CannotRead)},
		{Name: "is_truncated", Func: flag(archive.FilesTruncated)},
		{Name: "get_size", Func: func(s *lua.State) int {
			s.PushInteger(int64(check(s).Size))
			return 1
		}},
		{Name: "get_filename", Func: func(s *lua.State) int {
			s.PushString(check(s).Name)
			return 1
		}},
		{Name: "__tostring", Func: lua.ClassTostring},
	}
}
