package cfg

import (
	"math"
	"strings"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Field targets: each returns a pointer into the structure a section fills.
func cfgField[T any](f func(c *Config) *T) func(any) any {
	return func(ud any) any { return f(ud.(*Config)) }
}

// InitSections registers every section, its fields and their
// documentation (rspamd_rcl_config_init); it must run once, before Parse.
func (c *Config) InitSections() {
	m := &sectionsMap{sections: map[string]*section{}, workers: map[string]*workerParser{}, luaModulesSeen: map[string]bool{}}
	c.top = m
	c.initLogging(m)
	c.initOptions(m)
	c.initMetric(m)
	c.initWorkers(m)
	m.addSection(nil, "modules", "", handleModules, ucl.TypeObject, false, false, c.Docs, "Lua plugins to load")
	c.initClassifiers(m)
	m.addSection(nil, "composite", "name", handleComposite, ucl.TypeObject, false, true, c.Docs, "Rspamd composite symbols")
	m.addSection(nil, "composites", "", handleComposites, ucl.TypeObject, false, true, c.Docs, "Rspamd composite symbols")
	m.addSection(nil, "lua", "", handleLua, ucl.TypeString, false, true, c.Docs, "Lua files to load")
}

func (c *Config) initLogging(m *sectionsMap) {
	s := m.addSection(nil, "logging", "", handleLogging, ucl.TypeObject, false, true, c.Docs, "Configure rspamd logging")
	s.addField("log_buffer", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.LogBufSize }), "Size of log buffer in bytes (for file logging)")
	s.addField("log_urls", kindBool, 0, cfgField(func(c *Config) *bool { return &c.LogURLs }), "Write each URL found in a message to the log file")
	s.addField("debug_ip", kindUCL, 0, cfgField(func(c *Config) **ucl.Object { return &c.DebugIP }), "Enable debugging log for the specified IP addresses")
	s.addField("debug_modules", kindStringList, FlagListHash, cfgField(func(c *Config) *StringSet { return &c.DebugModules }), "Enable debugging for the specified modules")
	s.addField("log_format", kindString, 0, cfgField(func(c *Config) *string { return &c.LogFormat }), "Specify format string for the task logging output (https://rspamd.com/doc/configuration/logging.html for details)")
	s.addField("encryption_key", kindPubkey, 0, cfgField(func(c *Config) *string { return &c.LogEncryptionKey }), "Encrypt sensitive information in logs using this pubkey")
	s.addField("error_elts", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.LogErrorElts }), "Size of circular buffer for last errors (10 by default)")
	s.addField("error_maxlen", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.LogErrorEltMaxLen }), "Size of each element in error log buffer (1000 by default)")
	s.addField("task_max_elts", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.LogTaskMaxElts }), "Maximum number of elements in task log entry (7 by default)")
	s.addField("max_tag_len", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.LogMaxTagLen }), "Maximum length of log tag cannot exceed 32 (6) by default)")
	s.addField("tag_strip_policy", kindString, 0, cfgField(func(c *Config) *string { return &c.LogTagStripPolicy }), "Log tag strip policy when tag exceeds max length: 'right', 'left', 'middle' (right by default)")
	for _, d := range [][2]string{
		{"log_color", "Enable colored output (for console logging)"},
		{"log_severity", "Enable severity logging output (e.g. [error] or [warning])"},
		{"systemd", "Enable systemd compatible logging"},
		{"log_re_cache", "Write statistics of regexp processing to log (useful for hyperscan)"},
		{"log_usec", "Use microseconds resolution for timestamps"},
	} {
		c.AddDocByPath("logging", d[1], d[0], ucl.TypeBoolean, nil, false)
	}
}

// handleLogging reads the logging section (rspamd_rcl_logging_handler).
func handleLogging(c *Config, obj *ucl.Object, _ string, _ any, sec *section) error {
	if val := obj.Lookup("type"); val != nil && val.Type() == ucl.TypeString {
		switch t := val.Str(); {
		case encoding.EqualFoldASCII(t, "file"):
			f := obj.Lookup("filename")
			if f == nil || f.Type() != ucl.TypeString {
				return errorf("filename attribute must be specified for file logging type")
			}
			c.LogType = LogFile
			c.LogFile = f.Str()
		case encoding.EqualFoldASCII(t, "syslog"):
			c.LogFacility = logger.FacilityDaemon
			c.LogType = LogSyslog
			if f := obj.Lookup("facility"); f != nil && f.Type() == ucl.TypeString {
				fac, err := logger.ParseFacility(f.Str())
				if err != nil {
					return errorf("invalid log facility: %s", f.Str())
				}
				c.LogFacility = fac
			}
		case encoding.EqualFoldASCII(t, "stderr"), encoding.EqualFoldASCII(t, "console"):
			c.LogType = LogConsole
		default:
			return errorf("invalid log type: %s", t)
		}
	} else {
		c.warnf("rspamd_rcl_logging_handler", "logging type is not specified correctly, log output to the console")
	}
	if val := obj.Lookup("level"); val != nil && val.Type() == ucl.TypeString {
		lvl, silent, err := logger.ParseLevel(val.Str())
		if err != nil {
			return errorf("invalid log level: %s", val.Str())
		}
		c.LogLevel = lvl
		c.LogSilentWorkers = silent
	}
	for _, fl := range []struct {
		keys []string
		flag logger.Flags
	}{
		{[]string{"color", "log_color"}, logger.FlagColor},
		{[]string{"severity", "log_severity"}, logger.FlagSeverity},
		{[]string{"systemd", "log_systemd"}, logger.FlagSystemd},
		{[]string{"json", "log_json"}, logger.FlagJSON},
		{[]string{"log_re_cache"}, logger.FlagReCache},
		{[]string{"usec", "log_usec"}, logger.FlagUsec},
	} {
		if val := obj.LookupAny(fl.keys...); val != nil && val.Bool() {
			c.LogFlags |= fl.flag
		}
	}
	if c.LogMaxTagLen == 0 {
		c.LogMaxTagLen = defaultLogIDLen
	}
	if c.LogTagStripPolicy == "" {
		c.LogTagStripPolicy = "right"
	}
	return c.parseDefaults(sec, obj, c)
}

func (c *Config) initOptions(m *sectionsMap) {
	s := m.addSection(nil, "options", "", handleOptions, ucl.TypeObject, false, true, c.Docs, "Global Rspamd options")
	str := func(name string, flags Flag, f func(c *Config) *string, doc string) {
		s.addField(name, kindString, flags, cfgField(f), doc)
	}
	boolean := func(name string, f func(c *Config) *bool, doc string) {
		s.addField(name, kindBool, 0, cfgField(f), doc)
	}
	tm := func(name string, f func(c *Config) *float64, doc string) {
		s.addField(name, kindTime, FlagTimeFloat, cfgField(f), doc)
	}
	str("cache_file", FlagStringPath, func(c *Config) *string { return &c.CacheFile }, "Path to the cache file")
	tm("cache_reload", func(c *Config) *float64 { return &c.CacheReload }, "How often cache reload should be performed")
	s.addField("dns_nameserver", kindUCL, 0, cfgField(func(c *Config) **ucl.Object { return &c.Nameservers }), "Legacy option for DNS servers used")
	tm("dns_timeout", func(c *Config) *float64 { return &c.DNSTimeout }, "Legacy option for DNS request timeout")
	s.addField("dns_retransmits", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.DNSRetransmits }), "Legacy option for DNS retransmits count")
	s.addField("dns_sockets", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.DNSIOPerServer }), "Legacy option for DNS sockets per server count")
	s.addField("dns_max_requests", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.DNSMaxRequests }), "Maximum DNS requests per task (default: 64)")
	str("control_socket", 0, func(c *Config) *string { return &c.ControlSocket }, "Path to the control socket")
	s.addField("explicit_modules", kindStringList, FlagListHash, cfgField(func(c *Config) *StringSet { return &c.ExplicitModules }), "Always load these modules even if they are not configured explicitly")
	boolean("allow_raw_input", func(c *Config) *bool { return &c.AllowRawInput }, "Allow non MIME input for rspamd")
	boolean("one_shot", func(c *Config) *bool { return &c.OneShot }, "Add all symbols only once per message")
	boolean("check_attachements", func(c *Config) *bool { return &c.CheckTextAttachments }, "Treat text attachments as normal text parts")
	str("tempdir", FlagStringPath, func(c *Config) *string { return &c.TempDir }, "Directory for temporary files")
	str("pidfile", FlagStringPath, func(c *Config) *string { return &c.PidFile }, "Path to the pid file")
	s.addField("filters", kindStringList, 0, cfgField(func(c *Config) *[]string { return &c.Filters }), "List of internal filters enabled")
	tm("map_watch_interval", func(c *Config) *float64 { return &c.MapTimeout }, "Interval for checking maps")
	s.addField("map_file_watch_multiplier", kindDouble, 0, cfgField(func(c *Config) *float64 { return &c.MapFileWatchMultiplier }), "Multiplier for map watch interval when map is file")
	str("maps_cache_dir", 0, func(c *Config) *string { return &c.MapsCacheDir }, "Directory to save maps cached data (default: $DBDIR)")
	s.addField("max_map_size", kindInt, FlagIntSize, cfgField(func(c *Config) *uint64 { return &c.MaxMapSize }), "Maximum size of a map, compressed or expanded (256Mb by default, 0 to disable the limit)")
	tm("monitoring_watch_interval", func(c *Config) *float64 { return &c.MonitoredInterval }, "Interval for checking monitored instances")
	boolean("disable_monitoring", func(c *Config) *bool { return &c.DisableMonitored }, "Disable monitoring completely")
	boolean("fips_mode", func(c *Config) *bool { return &c.FIPSMode }, "Enable FIPS 140-2 mode in OpenSSL")
	str("dynamic_conf", 0, func(c *Config) *string { return &c.DynamicConf }, "Path to the dynamic configuration")
	str("rrd", FlagStringPath, func(c *Config) *string { return &c.RRDFile }, "Path to RRD file")
	str("stats_file", FlagStringPath, func(c *Config) *string { return &c.StatsFile }, "Path to stats file")
	str("history_file", FlagStringPath, func(c *Config) *string { return &c.HistoryFile }, "Path to history file")
	boolean("check_all_filters", func(c *Config) *bool { return &c.CheckAllFilters }, "Always check all filters")
	boolean("public_groups_only", func(c *Config) *bool { return &c.PublicGroupsOnly }, "Output merely public groups everywhere")
	boolean("enable_css_parser", func(c *Config) *bool { return &c.EnableCSSParser }, "Enable CSS parser")
	boolean("enable_mime_utf", func(c *Config) *bool { return &c.EnableMimeUTF }, "Enable UTF8 mode for mime")
	boolean("enable_mime_utf8", func(c *Config) *bool { return &c.EnableMimeUTF }, "Enable UTF8 mode for mime (alias of enable_mime_utf)")
	boolean("enable_url_rewrite", func(c *Config) *bool { return &c.EnableURLRewrite }, "Enable HTML URL rewriting")
	boolean("include_content_urls", func(c *Config) *bool { return &c.IncludeContentURLs }, "Include URLs extracted from content (PDF, etc.) in URL API calls (default: true)")
	boolean("composites_inverted_index", func(c *Config) *bool { return &c.CompositesInvertedIndex }, "Use inverted index for fast composite lookup (default: true)")
	boolean("composites_stats_always", func(c *Config) *bool { return &c.CompositesStatsAlways }, "Always collect composite statistics instead of probabilistic sampling (default: false)")
	str("url_rewrite_lua_func", 0, func(c *Config) *string { return &c.URLRewriteLuaFunc }, "Lua function name for URL rewriting callback")
	s.addField("url_rewrite_fold_limit", kindInt, 0, cfgField(func(c *Config) *int { return &c.URLRewriteFoldLimit }), "Line fold limit for MIME re-encoding (default: 76)")
	boolean("enable_experimental", func(c *Config) *bool { return &c.EnableExperimental }, "Enable experimental plugins")
	boolean("disable_pcre_jit", func(c *Config) *bool { return &c.DisablePCREJIT }, "Disable PCRE JIT")
	s.addField("min_word_len", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.MinWordLen }), "Minimum length of the word to be considered in statistics/fuzzy")
	s.addField("max_word_len", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.MaxWordLen }), "Maximum length of the word to be considered in statistics/fuzzy")
	// Upstream stores max_html_len into max_word_len.
	s.addField("max_html_len", kindInt, FlagIntSize, cfgField(func(c *Config) *uint32 { return &c.MaxWordLen }), "Maximum length of the html part to be parsed")
	s.addField("words_decay", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.WordsDecay }), "Start skipping words at this amount")
	str("url_tld", FlagStringPath, func(c *Config) *string { return &c.TLDFile }, "Path to the TLD file for urls detector")
	str("tld", FlagStringPath, func(c *Config) *string { return &c.TLDFile }, "Path to the TLD file for urls detector")
	str("hs_cache_dir", FlagStringPath, func(c *Config) *string { return &c.HSCacheDir }, "Path directory where rspamd would save hyperscan cache")
	s.addField("history_rows", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.HistoryRows }), "Number of records in the history file")
	boolean("disable_hyperscan", func(c *Config) *bool { return &c.DisableHyperscan }, "Disable hyperscan optimizations for regular expressions")
	boolean("vectorized_hyperscan", func(c *Config) *bool { return &c.VectorizedHyperscan }, "Use hyperscan in vectorized mode (obsoleted, do not use)")
	str("cores_dir", FlagStringPath, func(c *Config) *string { return &c.CoresDir }, "Path to the directory where rspamd core files are intended to be dumped")
	s.addField("max_cores_size", kindInt, FlagIntSize, cfgField(func(c *Config) *uint64 { return &c.MaxCoresSize }), "Limit of joint size of all files in `cores_dir`")
	s.addField("max_cores_count", kindInt, FlagIntSize, cfgField(func(c *Config) *uint64 { return &c.MaxCoresCount }), "Limit of files count in `cores_dir`")
	s.addField("local_addrs", kindUCL, 0, cfgField(func(c *Config) **ucl.Object { return &c.LocalAddrs }), "Use the specified addresses as local ones")
	s.addField("local_networks", kindUCL, 0, cfgField(func(c *Config) **ucl.Object { return &c.LocalAddrs }), "Use the specified addresses as local ones (alias for `local_addrs`)")
	s.addField("trusted_keys", kindStringList, FlagListHash, cfgField(func(c *Config) *StringSet { return &c.TrustedKeys }), "List of trusted public keys used for signatures in base32 encoding")
	boolean("enable_shutdown_workaround", func(c *Config) *bool { return &c.EnableShutdownWorkaround }, "Enable workaround for legacy clients")
	boolean("ignore_received", func(c *Config) *bool { return &c.IgnoreReceived }, "Ignore data from the first received header")
	str("ssl_ca_path", FlagStringPath, func(c *Config) *string { return &c.SSLCAPath }, "Path to ssl CA file")
	str("ssl_ciphers", 0, func(c *Config) *string { return &c.SSLCiphers }, "List of ssl ciphers (e.g. HIGH:!aNULL:!kRSA:!PSK:!SRP:!MD5:!RC4)")
	s.addField("max_message", kindInt, FlagIntSize, cfgField(func(c *Config) *uint64 { return &c.MaxMessage }), "Maximum size of the message to be scanned (50Mb by default)")
	s.addField("max_pic", kindInt, FlagIntSize, cfgField(func(c *Config) *uint64 { return &c.MaxPicSize }), "Maximum size of the picture to be normalized (1Mb by default)")
	s.addField("max_lua_http_response", kindInt, FlagIntSize, cfgField(func(c *Config) *uint64 { return &c.MaxLuaHTTPResponse }), "Maximum size of an HTTP reply in the Lua HTTP client when no explicit max_size is set (256Mb by default, 0 to disable the limit)")
	// Upstream stores images_cache into max_pic_size.
	s.addField("images_cache", kindInt, FlagIntSize, cfgField(func(c *Config) *uint64 { return &c.MaxPicSize }), "Size of DCT data cache for images (256 elements by default)")
	str("zstd_input_dictionary", FlagStringPath, func(c *Config) *string { return &c.ZstdInputDictionary }, "Dictionary for zstd inbound protocol compression")
	str("zstd_output_dictionary", FlagStringPath, func(c *Config) *string { return &c.ZstdOutputDictionary }, "Dictionary for outbound zstd compression")
	boolean("compat_messages", func(c *Config) *bool { return &c.CompatMessages }, "Use pre 1.4 style of messages in the protocol")
	s.addField("max_shots", kindInt, 0, cfgField(func(c *Config) *int { return &c.DefaultMaxShots }), "Maximum number of hits per a single symbol (default: 100)")
	boolean("sessions_cache", func(c *Config) *bool { return &c.SessionsCache }, "Enable sessions cache to debug dangling sessions")
	s.addField("max_sessions_cache", kindInt, 0, cfgField(func(c *Config) *int { return &c.MaxSessionsCache }), "Maximum number of sessions in cache before warning (default: 100)")
	tm("task_timeout", func(c *Config) *float64 { return &c.TaskTimeout }, "Maximum time for checking a message")
	boolean("soft_reject_on_timeout", func(c *Config) *bool { return &c.SoftRejectOnTimeout }, "Emit soft reject if task timeout takes place")
	tm("check_timeout", func(c *Config) *float64 { return &c.TaskTimeout }, "Maximum time for checking a message (alias for task_timeout)")
	s.addField("lua_gc_step", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.LuaGCStep }), "Lua garbage-collector step (default: 200)")
	s.addField("lua_gc_pause", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.LuaGCPause }), "Lua garbage-collector pause (default: 200)")
	s.addField("full_gc_iters", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.FullGCIters }), "Task scanned before memory gc is performed (default: 0 - disabled)")
	tm("heartbeat_interval", func(c *Config) *float64 { return &c.HeartbeatInterval }, "Time between workers heartbeats")
	s.addField("heartbeats_loss_max", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.HeartbeatsLossMax }), "Maximum count of heartbeats to be lost before trying to terminate a worker (default: 0 - disabled)")
	s.addField("max_lua_urls", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.MaxLuaURLs }), "Maximum count of URLs to pass to Lua to avoid DoS (default: 1024)")
	s.addField("max_urls", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.MaxURLs }), "Maximum count of URLs to process to avoid DoS (default: 10240)")
	s.addField("max_recipients", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.MaxRecipients }), "Maximum count of recipients to process to avoid DoS (default: 1024)")
	s.addField("max_blas_threads", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.MaxBLASThreads }), "Maximum number of Blas threads for learning neural networks (default: 1)")
	s.addField("max_opts_len", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.MaxOptsLen }), "Maximum size of all options for a single symbol (default: 4096)")
	str("events_backend", 0, func(c *Config) *string { return &c.EventsBackend }, "Events backend to use: kqueue, epoll, select, poll or auto (default: auto)")
	reject := "reject"
	c.AddDocByPath("options", "Switch mode of gtube patterns: disable, reject, all", "gtube_patterns", ucl.TypeString, &reject, false)

	m.addSection(s, "neighbours", "name", handleNeighbour, ucl.TypeObject, false, true, c.Docs, "List of members of Rspamd cluster")

	dns := m.addSection(s, "dns", "", nil, ucl.TypeObject, false, true, nil, "Options for DNS resolver")
	dns.addField("nameserver", kindUCL, 0, cfgField(func(c *Config) **ucl.Object { return &c.Nameservers }), "List of DNS servers")
	dns.addField("server", kindUCL, 0, cfgField(func(c *Config) **ucl.Object { return &c.Nameservers }), "List of DNS servers")
	dns.addField("timeout", kindTime, FlagTimeFloat, cfgField(func(c *Config) *float64 { return &c.DNSTimeout }), "DNS request timeout")
	dns.addField("retransmits", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.DNSRetransmits }), "DNS request retransmits")
	dns.addField("sockets", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.DNSIOPerServer }), "Number of sockets per DNS server")
	dns.addField("connections", kindInt, FlagInt32, cfgField(func(c *Config) *int32 { return &c.DNSIOPerServer }), "Number of sockets per DNS server")
	dns.addField("enable_dnssec", kindBool, 0, cfgField(func(c *Config) *bool { return &c.EnableDNSSEC }), "Enable DNSSEC support in Rspamd")

	up := m.addSection(s, "upstream", "", nil, ucl.TypeObject, false, true, nil, "Upstreams configuration parameters")
	up.addField("max_errors", kindInt, FlagUint, cfgField(func(c *Config) *uint32 { return &c.UpstreamMaxErrors }), "Maximum number of errors during `error_time` to consider upstream down")
	up.addField("error_time", kindTime, FlagTimeFloat, cfgField(func(c *Config) *float64 { return &c.UpstreamErrorTime }), "Time frame to check errors")
	up.addField("revive_time", kindTime, FlagTimeFloat, cfgField(func(c *Config) *float64 { return &c.UpstreamReviveTime }), "Time before attempting to recover upstream after an error")
	up.addField("lazy_resolve_time", kindTime, FlagTimeFloat, cfgField(func(c *Config) *float64 { return &c.UpstreamLazyResolveTime }), "Time to resolve upstreams addresses in lazy mode")
	up.addField("resolve_min_interval", kindTime, FlagTimeFloat, cfgField(func(c *Config) *float64 { return &c.UpstreamResolveMinInterval }), "Minimum interval to perform resolving (60 seconds by default)")
}

// handleOptions reads the options section (rspamd_rcl_options_handler).
func handleOptions(c *Config, obj *ucl.Object, _ string, _ any, sec *section) error {
	if dns := obj.Lookup("dns"); dns != nil {
		if err := c.parseDefaults(sec.subs["dns"], dns, c); err != nil {
			return err
		}
	}
	if up := obj.LookupAny("upstream", "upstreams"); up != nil {
		if err := c.parseDefaults(sec.subs["upstream"], up, c); err != nil {
			return err
		}
	}
	if n := obj.Lookup("neighbours"); n != nil {
		for _, cur := range n.Values() {
			if err := c.processSection(sec.subs["neighbours"], c, cur); err != nil {
				return err
			}
		}
	}
	if g := obj.Lookup("gtube_patterns"); g != nil && g.Type() == ucl.TypeString {
		switch p := encoding.LowerASCII(g.Str()); p {
		case "all":
			c.GTUBE = GTUBEAll
		case "reject":
			c.GTUBE = GTUBEReject
		case "disabled", "disable":
			c.GTUBE = GTUBEDisabled
		default:
			return errorf("invalid GTUBE patterns policy: %s", p)
		}
	} else if e := obj.Lookup("enable_test_patterns"); e != nil && e.Bool() {
		c.GTUBE = GTUBEAll
	}
	return c.parseDefaults(sec, obj, c)
}

// handleNeighbour reads one neighbour (rspamd_rcl_neighbours_handler).
func handleNeighbour(c *Config, obj *ucl.Object, key string, _ any, _ *section) error {
	if key == "" {
		return errorf("missing name for neighbour")
	}
	host := obj.Lookup("host")
	if host == nil || host.Type() != ucl.TypeString {
		return errorf("missing host for neighbour: %s", cStr(obj.Key()))
	}
	neigh := ucl.New(ucl.TypeObject)
	neigh.InsertKey("host", host.Copy())
	h := host.Str()
	hasPort := false
	if i := strings.LastIndexByte(h, ':'); i >= 0 && i+1 < len(h) && h[i+1] >= '0' && h[i+1] <= '9' {
		hasPort = true
	}
	url := ""
	if !strings.Contains(h, "://") {
		url = "http://"
	}
	url += h
	if !hasPort {
		url += ":11334"
	}
	if path := obj.Lookup("path"); path == nil {
		url += "/"
	} else {
		url += path.Str()
	}
	neigh.InsertKey("url", ucl.NewString(url))
	c.Neighbours.InsertKey(key, neigh)
	return nil
}

func (c *Config) initMetric(m *sectionsMap) {
	s := m.addSection(nil, "actions", "", handleActions, ucl.TypeObject, false, true, c.Docs, "Actions configuration")
	s.addField("unknown_weight", kindDouble, 0, cfgField(func(c *Config) *float64 { return &c.UnknownWeight }), "Accept unknown symbols with the specified weight")
	s.addField("grow_factor", kindDouble, 0, cfgField(func(c *Config) *float64 { return &c.GrowFactor }), "Multiply the subsequent symbols by this number (does not affect symbols with score less or equal to zero)")
	s.addField("subject", kindString, 0, cfgField(func(c *Config) *string { return &c.Subject }), "Rewrite subject with this value")

	g := m.addSection(nil, "group", "name", handleGroup, ucl.TypeObject, false, true, c.Docs, "Symbol groups configuration")
	m.addSection(g, "symbols", "name", handleSymbol, ucl.TypeObject, false, true, c.Docs, "Symbols configuration")
	grp := func(f func(g *Group) *float64) func(any) any {
		return func(ud any) any { return f(ud.(*Group)) }
	}
	g.addField("max_score", kindDouble, 0, grp(func(g *Group) *float64 { return &g.MaxScore }), "Maximum score that could be reached by this symbols group")
	g.addField("min_score", kindDouble, 0, grp(func(g *Group) *float64 { return &g.MinScore }), "Maximum negative score that could be reached by this symbols group")
}

// handleActions reads the actions section (rspamd_rcl_actions_handler).
func handleActions(c *Config, obj *ucl.Object, _ string, _ any, sec *section) error {
	for cur := range obj.Iterate(ucl.IterateBoth) {
		switch cur.Type() {
		case ucl.TypeNull:
			c.MaybeDisableAction(cur.Key(), cur.Priority())
		case ucl.TypeObject, ucl.TypeFloat, ucl.TypeInt:
			isField := false
			for _, f := range sec.fields {
				if f.name == cur.Key() {
					isField = true
					break
				}
			}
			if isField {
				continue
			}
			if !c.SetActionScore(cur.Key(), cur) {
				return errorf("invalid action definition for: '%s'", cStr(cur.Key()))
			}
		}
	}
	return c.parseDefaults(sec, obj, c)
}

// boolAttr reads an optional boolean attribute of a group or symbol.
func boolAttr(obj *ucl.Object, attr, key string) (val, found bool, err error) {
	elt := obj.Lookup(attr)
	if elt == nil {
		return false, false, nil
	}
	if elt.Type() != ucl.TypeBoolean {
		return false, true, errorf("%s attribute is not boolean for symbol: '%s'", attr, key)
	}
	return elt.Bool(), true, nil
}

// handleGroup reads a symbols group (rspamd_rcl_group_handler).
func handleGroup(c *Config, obj *ucl.Object, key string, _ any, sec *section) error {
	g := c.groupByName(key)
	if g == nil {
		g = c.NewGroup(key)
	}
	if err := c.parseDefaults(sec, obj, g); err != nil {
		return err
	}
	if !math.IsNaN(g.MaxScore) && g.MaxScore < 0 {
		c.errf("rspamd_rcl_group_handler", "group %s has negative max_score which is broken, use min_score if required", g.Name)
		return errLogged
	}
	if !math.IsNaN(g.MinScore) && g.MinScore > 0 {
		c.errf("rspamd_rcl_group_handler", "group %s has positive min_score which is broken, use max_score if required", g.Name)
		return errLogged
	}
	for _, a := range []struct {
		name  string
		flag  GroupFlags
		onSet bool
	}{
		{"one_shot", GroupOneShot, true},
		{"disabled", GroupDisabled, true},
		{"enabled", GroupDisabled, false},
		{"public", GroupPublic, true},
		{"private", GroupPublic, false},
	} {
		v, found, err := boolAttr(obj, a.name, key)
		if err != nil {
			return err
		}
		if found && v == a.onSet {
			g.Flags |= a.flag
		}
	}
	if d := obj.Lookup("description"); d != nil {
		g.Description = d.Str()
	}
	if syms := obj.Lookup("symbols"); syms != nil && syms.Type() == ucl.TypeObject {
		return c.processSection(sec.subs["symbols"], g, syms)
	}
	return nil
}

// handleSymbol reads a symbol of a group (rspamd_rcl_symbol_handler).
func handleSymbol(c *Config, obj *ucl.Object, key string, ud any, _ *section) error {
	g, _ := ud.(*Group)
	var flags SymbolFlags
	nshots := 0
	for _, a := range []struct {
		name string
		set  func(v bool)
	}{
		{"one_shot", func(v bool) {
			if v {
				nshots = 1
			}
		}},
		{"any_shot", func(v bool) {
			if v {
				nshots = -1
			}
		}},
		{"one_param", func(v bool) {
			if v {
				flags |= SymbolOneParam
			}
		}},
		{"ignore", func(v bool) {
			if v {
				flags |= SymbolIgnoreMetric
			}
		}},
		{"enabled", func(v bool) {
			if !v {
				flags |= SymbolDisabled
			}
		}},
	} {
		v, found, err := boolAttr(obj, a.name, key)
		if err != nil {
			return err
		}
		if found {
			a.set(v)
		}
	}
	isNumber := func(o *ucl.Object) bool { return o.Type() == ucl.TypeFloat || o.Type() == ucl.TypeInt }
	if elt := obj.Lookup("nshots"); elt != nil {
		if !isNumber(elt) {
			return errorf("nshots attribute is not numeric for symbol: '%s'", key)
		}
		nshots = int(int32(elt.Int()))
	}
	score := math.NaN()
	if elt := obj.LookupAny("score", "weight"); elt != nil {
		if !isNumber(elt) {
			return errorf("score attribute is not numeric for symbol: '%s'", key)
		}
		score = elt.Float()
	}
	var prio uint
	if elt := obj.Lookup("priority"); elt != nil {
		if !isNumber(elt) {
			return errorf("priority attribute is not numeric for symbol: '%s'", key)
		}
		prio = uint(uint32(elt.Int()))
	} else {
		prio = obj.Priority() + 1
	}
	desc := ""
	if elt := obj.Lookup("description"); elt != nil {
		desc = elt.Str()
	}
	group := ""
	if g != nil {
		group = g.Name
	}
	c.AddSymbol(key, score, desc, group, flags, prio, nshots)
	if elt := obj.Lookup("groups"); elt != nil {
		for cur := range elt.Iterate(ucl.IterateBoth) {
			c.AddSymbolGroup(key, cur.Str())
		}
	}
	return nil
}
