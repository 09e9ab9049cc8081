package luaapi

import (
	"testing"
)

// TestFFIExports resolves the exported C functions through LuaJIT's FFI in
// our runtime, as upstream's unit tests do, and checks their effect.
func TestFFIExports(t *testing.T) {
	t.Cleanup(func() { processURLs.Store(nil) })
	rt := newRuntime(t)
	err := rt.L.DoString(`
		local ffi = require "ffi"
		ffi.cdef[[
		void rspamd_url_init (const char *tld_file);
		void rspamd_fast_utf8_library_init (unsigned flags);
		typedef struct rspamd_inet_addr_s rspamd_inet_addr_t;
		bool rspamd_parse_inet_address (rspamd_inet_addr_t **target,
			const char *src, size_t len);
		void rspamd_inet_address_free (rspamd_inet_addr_t *addr);
		]]
		local util = require "rspamd_util"
		local rspamd_url = require "rspamd_url"
		assert(util.get_tld("www.example.co.uk") == "www.example.co.uk", "static scanner: " .. util.get_tld("www.example.co.uk"))
		ffi.C.rspamd_url_init("testdata/psl.dat")
		assert(util.get_tld("www.example.co.uk") == "example.co.uk", "after init: " .. util.get_tld("www.example.co.uk"))
		local u = rspamd_url.create("http://www.example.co.uk/x")
		assert(u:get_tld() == "example.co.uk", "url tld: " .. tostring(u:get_tld()))
		ffi.C.rspamd_url_init(nil)
		assert(util.get_tld("www.example.co.uk") == "www.example.co.uk", "after init(NULL)")

		ffi.C.rspamd_fast_utf8_library_init(3)

		for _, c in ipairs({
			{"192.168.1.1", true}, {"256.1.1.1", false}, {"/tmp/socket", true},
			{"[fe80::1%5]", true}, {"IPv6[:::1]", false}, {"", false},
			{"1.2.3.4:25", true}, {"[::192.168.0.0.1]", false},
		}) do
			local ip = ffi.new("rspamd_inet_addr_t* [1]")
			local res = ffi.C.rspamd_parse_inet_address(ip, c[1], #c[1])
			assert(res == c[2], "parse " .. c[1] .. ": " .. tostring(res))
			assert((ip[0] ~= nil) == c[2], "target of " .. c[1])
			if res then ffi.C.rspamd_inet_address_free(ip[0]) end
		end
		ffi.C.rspamd_inet_address_free(nil)
	`)
	if err != nil {
		t.Fatal(err)
	}
	if rt.URLScanner().HasTLD() {
		t.Error("rspamd_url_init(NULL) left public suffixes")
	}
}
