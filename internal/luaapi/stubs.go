package luaapi

import (
	"github.com/gorspamd/rspamd/internal/lua"
)

// stubData fills the data fields of a stubbed module that the Lua tree
// reads when it loads.
var stubData = map[string]func(s *lua.State){
	// rspamd_spf: the flags and policies of SPF results, and config, which
	// the spf plugin calls as it loads (the library's options are read by
	// the SPF resolver, which this build does not have yet)
	"rspamd_spf": func(s *lua.State) {
		setInts(s, "flags", map[string]int64{"temp_fail": 1, "perm_fail": 2, "na": 4, "plusall": 8, "cached": 4096})
		setInts(s, "policy", map[string]int64{"fail": 0, "soft_fail": 1, "pass": 2, "neutral": 3})
		s.PushFunction(func(s *lua.State) int {
			if !s.IsTable(1) {
				return s.Errorf("invalid arguments")
			}
			return 0
		})
		s.SetField(-2, "config")
	},
	// rspamd_tensor.has_blas: the Debian build has no BLAS
	"rspamd_tensor": func(s *lua.State) {
		s.PushFunction(func(s *lua.State) int {
			s.PushBool(false)
			return 1
		})
		s.SetField(-2, "has_blas")
	},
}

// setInts sets t[name] = a table of integers for the table on top.
func setInts(s *lua.State, name string, vals map[string]int64) {
	s.NewTable(0, len(vals))
	for k, v := range vals {
		s.PushInteger(v)
		s.SetField(-2, k)
	}
	s.SetField(-2, name)
}

// upstreamModules are the modules every rspamd Lua state can require
// (rspamd_lua_init's preloads besides lpeg, bit and ucl).
var upstreamModules = []string{
	"archive", "rspamd_archive", "rspamd_caseless_table", "rspamd_cdb", "rspamd_cryptobox",
	"rspamd_cryptobox_hash", "rspamd_cryptobox_keypair", "rspamd_cryptobox_pubkey",
	"rspamd_cryptobox_secretbox", "rspamd_cryptobox_signature", "rspamd_dns", "rspamd_expression",
	"rspamd_fasttext", "rspamd_http", "rspamd_int64", "rspamd_ip", "rspamd_kann", "rspamd_logger",
	"rspamd_mempool", "rspamd_parsers", "rspamd_pdf_text", "rspamd_redis", "rspamd_regexp",
	"rspamd_resolver", "rspamd_rsa", "rspamd_rsa_privkey", "rspamd_rsa_pubkey", "rspamd_rsa_signature",
	"rspamd_spf", "rspamd_sqlite3", "rspamd_static_embed", "rspamd_task", "rspamd_tcp", "rspamd_tensor",
	"rspamd_text", "rspamd_trie", "rspamd_udp", "rspamd_upstream_list", "rspamd_url", "rspamd_util",
	"rspamd_xmlrpc", "rspamd_zstd",
}

// StubMissingModules preloads, for each upstream module this build does
// not implement yet, a module whose functions fail with "<module>.<name>:
// not available in this build": the Lua tree requires such modules when
// it loads (plugins keep the functions they call on messages), so the
// configuration loads, and a call fails clearly.
func (rt *Runtime) StubMissingModules() {
	s := rt.L
	top := s.GetTop()
	defer s.SetTop(top)
	s.GetGlobal("package")
	s.GetField(-1, "preload")
	preload := s.GetTop()
	for _, name := range upstreamModules {
		if s.GetField(preload, name) != lua.TypeNil {
			s.Pop(1)
			continue
		}
		s.Pop(1)
		mod := name
		s.PushFunction(func(s *lua.State) int {
			s.NewTable(0, 0)
			if fill := stubData[mod]; fill != nil {
				fill(s)
			}
			s.NewTable(0, 1)
			s.PushFunction(func(s *lua.State) int {
				key, _ := s.ToString(2)
				fn := mod + "." + key
				s.PushFunction(func(s *lua.State) int {
					return s.Errorf("%s: not available in this build", fn)
				})
				return 1
			})
			s.SetField(-2, "__index")
			s.SetMetatable(-2)
			return 1
		})
		s.SetField(preload, name)
	}
}
