// Package cfg is rspamd's configuration model: the values the parsed
// configuration sets (options, logging, workers with their bind lines,
// plugin paths, Lua files, actions, symbol groups and symbols, composites,
// classifiers and statfiles, DNS, upstream and neighbours settings), the
// section processing that fills them from the UCL tree (upstream's rcl
// layer: the same section order, field parsers, defaults and error
// messages), the documentation strings that `rspamadm configdump -h` prints,
// and the post-load checks done in C by upstream.
//
// Loading the files (variables, includes, Jinja, the Lua transform) is the
// job of the loader package; this package works on the object it produced.
// The Lua-side parts of a configuration (the `lua` files, plugins, symbols
// registered from Lua) are reached through the LuaHooks a caller installs.
package cfg

import (
	"math"
	"runtime"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Default values of the Debian build and of rspamd_config_new.
const (
	defaultTaskTimeout    = 8.0
	defaultMapTimeout     = 300.0
	defaultMaxMapSize     = 256 * 1024 * 1024
	defaultMaxWordLen     = 40
	defaultWordsDecay     = 600
	defaultMaxMessage     = 50 * 1024 * 1024
	defaultMaxPic         = 1024 * 1024
	defaultMaxLuaHTTPResp = 256 * 1024 * 1024
	defaultMaxShots       = 100
	defaultMaxSessions    = 100
	defaultMaxWorkers     = 4
	defaultLuaGCStep      = 200
	defaultLuaGCPause     = 200
	defaultLogIDLen       = 6
	defaultBindPort       = 11333
	defaultLogFormat      = "id: <$mid>,$if_qid{ qid: <$>,}$if_ip{ ip: $,}" +
		"$if_user{ user: $,}$if_smtp_from{ from: <$>,} (default: $is_spam " +
		"($action): [$scores] [$symbols_scores_params]), len: $len, time: $time_real, " +
		"dns req: $dns_req, digest: <$digest>" +
		"$if_smtp_rcpts{ rcpts: <$>, }$if_mime_rcpt{ mime_rcpt: <$>, }"
	defaultSSLCiphers = "HIGH:!aNULL:!kRSA:!PSK:!SRP:!MD5:!RC4"
	defaultSubject    = "*** SPAM *** %s"
)

// GTUBEPolicy is the options.gtube_patterns mode.
type GTUBEPolicy int

// GTUBE pattern policies.
const (
	GTUBEDisabled GTUBEPolicy = iota
	GTUBEReject
	GTUBEAll
)

// LogType is where the log goes.
type LogType int

// Log types (upstream's order).
const (
	LogConsole LogType = iota
	LogSyslog
	LogFile
)

// Config is a loaded configuration.
type Config struct {
	// Name is the configuration file.
	Name string
	// UCL is the configuration tree (upstream's cfg_ucl_obj) and Comments
	// the comments saved while parsing it.
	UCL      *ucl.Object
	Comments *ucl.Comments
	// Docs are the documentation strings of the options, by section.
	Docs *ucl.Object
	// Checksum is the base32 BLAKE2b of the tree as loaded.
	Checksum string

	// Log receives the messages of the configuration code; nil means
	// logger.Default().
	Log *logger.Logger
	// Lua gives access to the Lua side; nil when there is none.
	Lua LuaHooks
	// Resolver resolves host names of bind lines; nil means the system's.
	Resolver Resolver

	top *sectionsMap

	// Global options.
	PidFile, TempDir, ControlSocket, URLRewriteLuaFunc string
	LocalAddrs                                         *ucl.Object
	CacheFile                                          string
	CacheReload                                        float64
	OneShot, CheckTextAttachments, CheckAllFilters     bool
	AllowRawInput, DisableHyperscan                    bool
	VectorizedHyperscan, EnableShutdownWorkaround      bool
	IgnoreReceived, SessionsCache, EnableExperimental  bool
	DisablePCREJIT, SoftRejectOnTimeout                bool
	PublicGroupsOnly                                   bool
	GTUBE                                              GTUBEPolicy
	EnableCSSParser, EnableMimeUTF, EnableURLRewrite   bool
	IncludeContentURLs                                 bool
	CompositesInvertedIndex, CompositesStatsAlways     bool
	MaxCoresSize, MaxCoresCount                        uint64
	CoresDir                                           string
	MaxMessage, MaxPicSize, MaxLuaHTTPResponse         uint64
	ImagesCacheSize                                    uint64
	TaskTimeout                                        float64
	DefaultMaxShots                                    int
	URLRewriteFoldLimit                                int
	HeartbeatsLossMax                                  int32
	HeartbeatInterval                                  float64
	CompatMessages                                     bool
	ExplicitModules                                    StringSet
	Filters                                            []string
	DynamicConf                                        string
	// DynamicData is the dynamic configuration loaded from DynamicConf.
	DynamicData                                     *ucl.Object
	MapTimeout, MapFileWatchMultiplier              float64
	MapsCacheDir                                    string
	MaxMapSize                                      uint64
	MonitoredInterval                               float64
	DisableMonitored, FIPSMode                      bool
	RRDFile, HistoryFile, StatsFile, TLDFile        string
	HSCacheDir, EventsBackend                       string
	MinWordLen, MaxWordLen, WordsDecay, HistoryRows uint32
	MaxSessionsCache                                int
	LuaGCStep, LuaGCPause, FullGCIters              uint32
	MaxLuaURLs, MaxURLs                             int32
	MaxRecipients, MaxBLASThreads, MaxOptsLen       int32
	MaxHTMLLen                                      uint64
	SSLCAPath, SSLCiphers                           string
	ZstdInputDictionary, ZstdOutputDictionary       string
	TrustedKeys                                     StringSet

	// DNS.
	DNSTimeout                     float64
	DNSRetransmits, DNSIOPerServer int32
	Nameservers                    *ucl.Object
	DNSMaxRequests                 int32
	EnableDNSSEC                   bool
	UpstreamMaxErrors              uint32
	UpstreamErrorTime              float64
	UpstreamReviveTime             float64
	UpstreamLazyResolveTime        float64
	UpstreamResolveMinInterval     float64
	Neighbours                     *ucl.Object

	// Logging.
	LogType                         LogType
	LogFacility                     int
	LogLevel                        logger.Level
	LogFile                         string
	LogSilentWorkers                bool
	LogBufSize                      int32
	DebugIP                         *ucl.Object
	LogURLs                         bool
	DebugModules                    StringSet
	LogEncryptionKey                string
	LogFlags                        logger.Flags
	LogErrorElts, LogErrorEltMaxLen uint32
	LogTaskMaxElts, LogMaxTagLen    uint32
	LogTagStripPolicy               string
	LogFormat                       string
	// LogFormatElts is LogFormat parsed by PostLoad.
	LogFormatElts []LogFormatElt

	// Metric: actions, symbols and groups.
	UnknownWeight, GrowFactor float64
	Subject                   string
	Actions                   *Actions
	// Symbols maps symbol names to their definitions, Groups lowercased
	// group names to the groups.
	Symbols     map[string]*Symbol
	Groups      map[string]*Group
	symbolOrder *ghashOrder
	groupOrder  *ghashOrder

	Workers       []*Worker
	ScriptModules []ScriptModule
	Classifiers   []*Classifier
	// ClassifierSymbols maps statfile symbols to their statfiles.
	ClassifierSymbols map[string]*Statfile
	Composites        []*Composite
	// IncludeMaps are the maps of .include_map macros.
	IncludeMaps []string
	// DynamicComposites are the map sources of composites.
	DynamicComposites []*ucl.Object

	// SymbolCache receives the symbols sections define while they are
	// parsed (registry.go); nil when nothing registers them.
	SymbolCache     SymbolRegistry
	classifierOrder *ghashOrder
}

// StringSet is a set of strings (upstream's string-list-as-hash options).
type StringSet map[string]struct{}

// Has reports whether s is in the set.
func (s StringSet) Has(v string) bool {
	_, ok := s[v]
	return ok
}

// ScriptModule is a Lua plugin file found on the module paths.
type ScriptModule struct {
	Name, Path string
}

// New returns a configuration with upstream's defaults (rspamd_config_new
// with the Debian build's directories).
func New(dirs Dirs) *Config {
	c := &Config{
		DNSTimeout:               1.0,
		DNSRetransmits:           5,
		DNSIOPerServer:           16,
		UnknownWeight:            math.NaN(),
		GrowFactor:               1.0,
		Subject:                  defaultSubject,
		TaskTimeout:              defaultTaskTimeout,
		MapTimeout:               defaultMapTimeout,
		MapFileWatchMultiplier:   1,
		MaxMapSize:               defaultMaxMapSize,
		LogLevel:                 logger.LevelWarning,
		CheckTextAttachments:     true,
		DNSMaxRequests:           64,
		HistoryRows:              200,
		LogErrorElts:             10,
		LogErrorEltMaxLen:        1000,
		LogTaskMaxElts:           7,
		CacheReload:              30.0,
		MaxLuaURLs:               1024,
		MaxURLs:                  10240,
		MaxRecipients:            1024,
		MaxBLASThreads:           1,
		MaxOptsLen:               4096,
		GTUBE:                    GTUBEReject,
		LogFormat:                defaultLogFormat,
		AllowRawInput:            true,
		WordsDecay:               defaultWordsDecay,
		MaxWordLen:               defaultMaxWordLen,
		MaxHTMLLen:               defaultMaxMessage / 5,
		LuaGCPause:               defaultLuaGCPause,
		LuaGCStep:                defaultLuaGCStep,
		HSCacheDir:               dirs.DB,
		EnableShutdownWorkaround: true,
		SSLCiphers:               defaultSSLCiphers,
		MaxMessage:               defaultMaxMessage,
		MaxPicSize:               defaultMaxPic,
		MaxLuaHTTPResponse:       defaultMaxLuaHTTPResp,
		ImagesCacheSize:          256,
		Neighbours:               ucl.New(ucl.TypeObject),
		DefaultMaxShots:          defaultMaxShots,
		MaxSessionsCache:         defaultMaxSessions,
		MapsCacheDir:             dirs.DB,
		HeartbeatInterval:        10.0,
		EnableCSSParser:          true,
		IncludeContentURLs:       true,
		CompositesInvertedIndex:  true,
		URLRewriteFoldLimit:      76,
		Docs:                     ucl.New(ucl.TypeObject),
		Actions:                  newActions(),
		Symbols:                  map[string]*Symbol{},
		Groups:                   map[string]*Group{},
		symbolOrder:              newGHashOrder(false),
		groupOrder:               newGHashOrder(true),
		ExplicitModules:          StringSet{},
		DebugModules:             StringSet{},
		TrustedKeys:              StringSet{},
		ClassifierSymbols:        map[string]*Statfile{},
		classifierOrder:          newGHashOrder(false),
	}
	return c
}

// defaultWorkerCount is the count of a worker without one: the number of
// CPUs less two, at least 1 and at most 4.
func defaultWorkerCount() int16 {
	return int16(min(defaultMaxWorkers, max(1, runtime.NumCPU()-2)))
}
