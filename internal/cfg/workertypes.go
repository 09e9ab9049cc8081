package cfg

import (
	"os"

	"github.com/gorspamd/rspamd/internal/cryptobox"
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The worker types of the Debian build with the options each registers.

var normalWorker = &workerType{name: "normal", options: []workerOption{
	{name: "mime", kind: kindBool, doc: "Set to `false` if this worker is intended to work with non-MIME messages"},
	{name: "encrypted_only", kind: kindBool, doc: "Allow only encrypted connections"},
	{name: "allow_file_and_shm_inputs", kind: kindBool, doc: "Accept privileged File/Path/Shm message source inputs over TCP (default: true; will become false in the next major release). Unix sockets always allow these inputs"},
	{name: "timeout", kind: kindTime, flags: FlagTimeFloat, doc: "Protocol IO timeout"},
	{name: "task_timeout", kind: kindTime, flags: FlagTimeFloat, doc: "Maximum task processing time, default: 8.0 seconds"},
	{name: "max_tasks", kind: kindInt, flags: FlagInt32, doc: "Maximum count of parallel tasks processed by a single worker process"},
	{name: "keypair", kind: kindKeypair, doc: "Encryption keypair"},
	{name: "ssl_cert", kind: kindString, doc: "Path to SSL certificate chain file"},
	{name: "ssl_key", kind: kindString, doc: "Path to SSL private key file"},
}}

var controllerWorker = &workerType{name: "controller", options: []workerOption{
	{name: "password", kind: kindString, doc: "Password for read-only commands"},
	{name: "enable_password", kind: kindString, doc: "Password for read and write commands"},
	{name: "ssl_cert", kind: kindString, doc: "Path to SSL certificate chain file"},
	{name: "ssl_key", kind: kindString, doc: "Path to SSL private key file"},
	{name: "timeout", kind: kindTime, flags: FlagTimeFloat, doc: "Protocol timeout"},
	{name: "secure_ip", kind: kindUCL, doc: "List of IP addresses that are allowed for password-less access"},
	{name: "trusted_ips", kind: kindUCL, doc: "List of IP addresses that are allowed for password-less access"},
	{name: "static_dir", kind: kindString, doc: "Directory for static files served by controller's HTTP server"},
	{name: "keypair", kind: kindKeypair, doc: "Encryption keypair"},
	{name: "task_timeout", kind: kindTime, flags: FlagTimeFloat, doc: "Maximum task processing time, default: 8.0 seconds"},
	{name: "max_auth_failures", kind: kindInt, flags: FlagInt32 | FlagUint, doc: "Authentication failures allowed from one source before it is throttled, 0 disables throttling, default: 10"},
	{name: "auth_failure_window", kind: kindTime, flags: FlagTimeFloat, doc: "Time for a source to regain all of its authentication attempts, default: 60 seconds"},
	{name: "allow_file_and_shm_inputs", kind: kindBool, doc: "Allow privileged File/Path/Shm message source inputs, which make rspamd read a local file or shared memory segment named by the client, for connections accepted over TCP; unix socket clients are always allowed to use them. Default: true, this will become false in the next major release"},
	{name: "max_connections", kind: kindInt, flags: FlagUint, doc: "Maximum number of connections served simultaneously by one controller worker, further connections are closed right after accept, 0 means unlimited, default: 0"},
	{name: "max_connections_per_source", kind: kindInt, flags: FlagUint, doc: "Maximum number of simultaneous connections from a single source address, unix socket clients are not affected, 0 means unlimited, default: 0"},
}}

var proxyWorker = &workerType{name: "rspamd_proxy", options: []workerOption{
	{name: "timeout", kind: kindTime, flags: FlagTimeFloat, doc: "IO timeout"},
	{name: "keypair", kind: kindKeypair, doc: "Server's keypair"},
	{name: "encrypted_only", kind: kindBool, doc: "Allow only encrypted connections"},
	{name: "allow_file_and_shm_inputs", kind: kindBool, doc: "Honour privileged File/Path/Shm message source inputs on TCP connections, and allow shared memory forwarding to loopback upstreams; unix socket clients and upstreams always may use them. Default: true, will become false in the next major release"},
	{name: "max_connections", kind: kindInt, flags: FlagUint, doc: "Maximum number of simultaneous connections per worker (default: 0, meaning unlimited)"},
	{name: "max_connections_per_source", kind: kindInt, flags: FlagUint, doc: "Maximum number of simultaneous connections from a single source IP per worker; unix socket clients are never counted (default: 0, meaning unlimited)"},
	{name: "ssl_cert", kind: kindString, doc: "Path to SSL certificate chain file"},
	{name: "ssl_key", kind: kindString, doc: "Path to SSL private key file"},
	{name: "upstream", kind: kindCustom, doc: "List of upstreams", custom: parseProxyUpstream},
	{name: "mirror", kind: kindCustom, flags: FlagMultiple, doc: "List of mirrors", custom: parseProxyMirror},
	{name: "script", kind: kindCustom, flags: FlagMultiple, doc: "Compare script to be executed", custom: parseProxyScript},
	{name: "max_retries", kind: kindInt, flags: FlagUint, doc: "Maximum number of retries for master connection"},
	{name: "milter", kind: kindBool, doc: "Accept milter connections, not HTTP"},
	{name: "discard_on_reject", kind: kindBool, doc: "Tell MTA to discard rejected messages silently"},
	{name: "quarantine_on_reject", kind: kindBool, doc: "Tell MTA to quarantine rejected messages"},
	{name: "spam_header", kind: kindString, doc: "Use the specific spam header (default: X-Spam)"},
	{name: "client_ca_name", kind: kindString, doc: "Allow certificates issued by this CA to be treated as client certificates"},
	{name: "reject_message", kind: kindString, doc: "Use custom rejection message"},
	{name: "quarantine_message", kind: kindString, doc: "Use custom quarantine message"},
	{name: "tempfail_message", kind: kindString, doc: "Use custom tempfail message"},
	{name: "log_tag_type", kind: kindCustom, doc: "Log tag type: session (default), queue_id, or none", custom: func(*Config, *Worker, *ucl.Object) error { return nil }},
}}

var fuzzyWorker = &workerType{name: "fuzzy", flags: workerNoStrictConfig, options: []workerOption{
	{name: "sync", kind: kindTime, flags: FlagTimeFloat, doc: "Time to perform database sync, default: 60.0 seconds"},
	{name: "expire", kind: kindTime, flags: FlagTimeFloat, doc: "Default expire time for hashes, default: DEFAULT_EXPIRE seconds"},
	{name: "delay", kind: kindTime, flags: FlagTimeFloat, doc: "Default delay time for hashes, default: not enabled"},
	{name: "tcp_timeout", kind: kindTime, flags: FlagTimeFloat, doc: "TCP connection timeout, default: 5.0 seconds"},
	{name: "allow_update", kind: kindUCL, doc: "Allow modifications from the following IP addresses"},
	{name: "allow_update_keys", kind: kindUCL, doc: "Allow modifications for those using specific public keys"},
	{name: "delay_whitelist", kind: kindUCL, doc: "Disable delay check for the following IP addresses"},
	{name: "keypair", kind: kindCustom, flags: FlagMultiple, doc: "Encryption keypair (can be repeated for different keys)", custom: parseFuzzyKeypair},
	{name: "dynamic_keys_map", kind: kindUCL, doc: "Dynamic encryption keypairs (can be repeated for different keys)"},
	{name: "forbidden_ids", kind: kindCustom, doc: "Deny specific flags by default", custom: parseFuzzyIDs},
	{name: "weak_ids", kind: kindCustom, doc: "Treat these flags as weak (i.e. they do not overwrite strong flags)", custom: parseFuzzyIDs},
	{name: "keypair_cache_size", kind: kindInt, flags: FlagUint, doc: "Size of keypairs cache, default: 512"},
	{name: "encrypted_only", kind: kindBool, doc: "Allow encrypted requests only (and forbid all unknown keys or plaintext requests)"},
	{name: "dedicated_update_worker", kind: kindBool, doc: "Use worker 0 for updates only"},
	{name: "read_only", kind: kindBool, doc: "Work in read only mode"},
	{name: "blocked", kind: kindUCL, doc: "Block requests from specific networks"},
	{name: "updates_maxfail", kind: kindInt, flags: FlagUint, doc: "Maximum number of updates to be failed before discarding"},
	{name: "skip_hashes", kind: kindUCL, doc: "Skip specific hashes from the map"},
	{name: "ratelimit_whitelist", kind: kindUCL, doc: "Skip specific addresses from rate limiting"},
	{name: "ratelimit_max_buckets", kind: kindInt, flags: FlagUint, doc: "Maximum number of leaky buckets (default: 2000)"},
	{name: "ratelimit_network_mask", kind: kindInt, flags: FlagUint, doc: "Network mask to apply for IPv4 rate addresses (default: 24)"},
	{name: "ratelimit_bucket_ttl", kind: kindTime, flags: FlagTimeInteger, doc: "Time to live for ratelimit element (default: 3600)"},
	{name: "ratelimit_rate", kind: kindDouble, doc: "Leak rate in requests per second"},
	{name: "ratelimit_burst", kind: kindDouble, doc: "Peak value for ratelimit bucket"},
	{name: "ratelimit_log_only", kind: kindBool, doc: "Don't really ban on ratelimit reaching, just log"},
}}

var hsHelperWorker = &workerType{name: "hs_helper", options: []workerOption{
	{name: "cache_dir", kind: kindString, doc: "Directory where to save hyperscan compiled expressions"},
	{name: "max_time", kind: kindTime, flags: FlagTimeFloat, doc: "Maximum time to wait for compilation of a single expression"},
	{name: "recompile", kind: kindTime, flags: FlagTimeFloat, doc: "Time between recompilation checks"},
	{name: "timeout", kind: kindTime, flags: FlagTimeFloat, doc: "Maximum time to wait for compilation of a single expression"},
	{name: "cache_backend", kind: kindString, doc: "Cache backend: file, redis, http, or lua"},
	{name: "redis", kind: kindUCL, doc: "Redis backend configuration"},
	{name: "http", kind: kindUCL, doc: "HTTP backend configuration"},
}}

// parseFlag reads a yes/no word (rspamd_config_parse_flag): 1, 0, or -1
// when it is none.
func parseFlag(s string) int {
	if s == "" {
		return -1
	}
	l := encoding.LowerASCII(s)
	switch l {
	case "y", "1", "on", "yes", "true":
		return 1
	case "n", "0", "no", "off", "false":
		return 0
	}
	return -1
}

// proxyUpstreamOrMirror validates an upstream or mirror definition of the
// proxy (rspamd_proxy_parse_upstream and rspamd_proxy_parse_mirror): the
// named sub-objects of a section named after the option itself, else one
// definition with a name, hosts and an optional key.
func proxyUpstreamOrMirror(c *Config, w *Worker, obj *ucl.Object, what string, selfScanOK bool) error {
	if obj.Type() != ucl.TypeObject {
		if obj.Type() != ucl.TypeNull {
			c.infof("rspamd_proxy_parse_"+what, "%s %s is disabled by setting it to NULL", what, cStr(obj.Key()))
			return nil
		}
		return errorf("%s option must be an object", what)
	}
	if !c.IsEnabledFromUCL(obj) {
		return nil
	}
	if obj.Lookup("name") == nil {
		if obj.Key() == what {
			var first error
			for cur := range obj.All() {
				if err := proxyUpstreamOrMirror(c, w, cur, what, selfScanOK); err != nil && first == nil {
					first = err
				}
			}
			return first
		}
		if obj.Key() == "" {
			return errorf("%s option must have some name definition", what)
		}
	}
	if k := obj.Lookup("key"); k != nil {
		if _, err := cryptobox.PublicKeyFromBase32(k.Str(), cryptobox.KEX); err != nil {
			return errorf("cannot read %s key", what)
		}
	}
	selfScan := selfScanOK && obj.Lookup("self_scan").Bool()
	hosts := obj.Lookup("hosts")
	if hosts == nil && !selfScan {
		return errorf("%s option must have some hosts definition", what)
	}
	if hosts != nil && !c.validUpstreamHosts(hosts) {
		return errorf("%s has bad hosts definition", what)
	}
	if p := obj.Lookup("parser"); p != nil && c.Lua != nil {
		if err := c.Lua.CheckProxyParser(p); err != nil {
			return err
		}
	}
	return nil
}

func parseProxyUpstream(c *Config, w *Worker, obj *ucl.Object) error {
	return proxyUpstreamOrMirror(c, w, obj, "upstream", true)
}

func parseProxyMirror(c *Config, w *Worker, obj *ucl.Object) error {
	return proxyUpstreamOrMirror(c, w, obj, "mirror", false)
}

// parseProxyScript checks a proxy compare script: a file or a Lua chunk.
func parseProxyScript(c *Config, _ *Worker, obj *ucl.Object) error {
	if obj.Type() != ucl.TypeString {
		return errorf("script option must be a string with file or lua chunk")
	}
	if c.Lua == nil {
		return nil
	}
	script := obj.Str()
	_, statErr := os.Stat(script)
	return c.Lua.CheckProxyScript(script, statErr == nil)
}

// parseFuzzyKeypair checks a fuzzy storage keypair (a keypair object, or
// an array of them).
func parseFuzzyKeypair(c *Config, w *Worker, obj *ucl.Object) error {
	switch obj.Type() {
	case ucl.TypeString, ucl.TypeObject:
		var kp *cryptobox.Keypair
		if err := parseKeypair(obj, &kp, &section{name: "worker"}); err != nil {
			return err
		}
		if kp.Type() != cryptobox.KEX {
			return errLogged
		}
	case ucl.TypeArray:
		for cur := range obj.All() {
			if err := parseFuzzyKeypair(c, w, cur); err != nil {
				c.errf("fuzzy_parse_keypair", "cannot parse keypair")
			}
		}
	}
	return nil
}

// parseFuzzyIDs checks a list of fuzzy flag ids.
func parseFuzzyIDs(_ *Config, _ *Worker, obj *ucl.Object) error {
	switch obj.Type() {
	case ucl.TypeArray:
		for cur := range obj.All() {
			if _, ok := cur.AsInt(); !ok {
				return errLogged
			}
		}
		return nil
	case ucl.TypeInt:
		return nil
	}
	return errLogged
}
