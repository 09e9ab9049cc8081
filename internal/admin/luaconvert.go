package admin

import (
	"fmt"

	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The conversion commands: the C side checks the options and builds a
// UCL object of them, lualib's rspamadm/stat_convert.lua and
// rspamadm/fuzzy_convert.lua do the work on rspamadm's Lua state.

// runConvertSubr runs a conversion script on the rspamadm state; the
// command succeeds whatever the script does, as upstream's.
func runConvertSubr(s *Session, cmd string, argv []string, obj *ucl.Object, script string) int {
	r, ok := s.Lua.(*luaRuntime)
	if !ok || r.state == nil || r.envErr != nil {
		return s.notBuilt(cmd, "the Lua runtime")
	}
	executeLuaUCLSubr(r.state, argv, obj, script, true)
	return 0
}

func runStatconvert(s *Session, argv []string) int {
	var reset bool
	var expire float64
	var config, symbolSpam, symbolHam, spamDB, hamDB, cache, host, user, pass, db *string
	rest, code, done := s.parse(argv, "statconvert - converts statistics from sqlite3 to redis", true,
		goption.Filename("config", 'c', &config, "Config file to read data from"),
		goption.Bool("reset", 'r', &reset, "Reset previous data instead of appending values"),
		goption.Double("expire", 'e', &expire, "Set expiration in seconds (can be fractional)"),
		goption.String("symbol-spam", 0, &symbolSpam, "Symbol for spam (e.g. BAYES_SPAM)"),
		goption.String("symbol-ham", 0, &symbolHam, "Symbol for ham (e.g. BAYES_HAM)"),
		goption.String("spam-db", 0, &spamDB, "Input spam file (sqlite3)"),
		goption.String("ham-db", 0, &hamDB, "Input ham file (sqlite3)"),
		goption.String("cache", 0, &cache, "Input learn cache"),
		goption.String("redis-host", 'h', &host, "Output redis ip (in format ip:port)"),
		goption.String("redis-username", 'u', &user, "Username to connect to redis"),
		goption.String("redis-password", 'p', &pass, "Password to connect to redis"),
		goption.String("redis-db", 'd', &db, "Redis database (should be numeric)"),
	)
	if done {
		return code
	}
	var obj *ucl.Object
	if config != nil {
		// the file is assumed to hold everything needed
		p := ucl.NewParser(0)
		cfgload.AddConfVariables(p, &cfgload.Options{Vars: &s.Vars})
		if err := p.AddFile(*config); err != nil {
			msg, _ := p.ErrorMessage()
			logMsg(logger.LevelCritical, "rspamadm_statconvert", "ucl parser error: %s", msg)
			return 1
		}
		obj = p.Object()
	} else {
		for _, req := range []struct {
			v    *string
			name string
		}{{spamDB, "spam-db"}, {hamDB, "ham-db"}, {host, "redis-host"}, {symbolHam, "symbol-ham"}, {symbolSpam, "symbol-spam"}} {
			if req.v == nil {
				logMsg(logger.LevelCritical, "rspamadm_statconvert", "No %s specified", req.name)
				return 1
			}
		}
		obj = statconvertObject(*spamDB, *hamDB, *host, *symbolHam, *symbolSpam, cache, db, user, pass)
	}
	obj.InsertKey("reset_previous", ucl.NewBool(reset))
	if expire != 0 {
		obj.InsertKey("expire", ucl.NewFloat(expire))
	}
	return runConvertSubr(s, "statconvert", rest, obj, "stat_convert")
}

// statconvertObject describes a conversion given on the command line: a
// bayes classifier with sqlite3 statfiles and the Redis servers.
func statconvertObject(spamDB, hamDB, host, symbolHam, symbolSpam string, cache, db, user, pass *string) *ucl.Object {
	obj := ucl.New(ucl.TypeObject)
	bayes := ucl.New(ucl.TypeObject)
	classifier := ucl.New(ucl.TypeObject)
	classifier.InsertKey("bayes", bayes)
	obj.InsertKey("classifier", classifier)
	bayes.InsertKey("backend", ucl.NewString("sqlite3"))
	if cache != nil {
		c := ucl.New(ucl.TypeObject)
		c.InsertKey("type", ucl.NewString("sqlite3"))
		c.InsertKey("file", ucl.NewString(*cache))
		bayes.InsertKey("cache", c)
	}
	statfile := func(symbol string, spam bool, db string) *ucl.Object {
		st := ucl.New(ucl.TypeObject)
		st.InsertKey("symbol", ucl.NewString(symbol))
		st.InsertKey("spam", ucl.NewBool(spam))
		st.InsertKey("db", ucl.NewString(db))
		return st
	}
	bayes.InsertKey("statfile", statfile(symbolHam, false, hamDB).AppendValue(statfile(symbolSpam, true, spamDB)))
	redis := ucl.New(ucl.TypeObject)
	obj.InsertKey("redis", redis)
	redis.InsertKey("servers", ucl.NewString(host))
	insertOptional(redis, optString{"dbname", db}, optString{"username", user}, optString{"password", pass})
	return obj
}

// optString is a string option, nil when not given, and its key.
type optString struct {
	key string
	v   *string
}

// insertOptional stores the options given into obj.
func insertOptional(obj *ucl.Object, opts ...optString) {
	for _, o := range opts {
		if o.v != nil {
			obj.InsertKey(o.key, ucl.NewString(*o.v))
		}
	}
}

func runFuzzyconvert(s *Session, argv []string) int {
	var expiry int
	var database, host, dbname, user, pass *string
	rest, code, done := s.parse(argv, "fuzzyconvert - converts fuzzy hashes from sqlite3 to redis", true,
		goption.Filename("database", 'd', &database, "Input sqlite"),
		goption.Int("expiry", 'e', &expiry, "Time in seconds after which hashes should be expired"),
		goption.String("host", 'h', &host, "Output redis ip (in format ip:port)"),
		goption.String("dbname", 'D', &dbname, "Database in redis (should be numeric)"),
		goption.String("username", 'u', &user, "Username to connect to redis"),
		goption.String("password", 'p', &pass, "Password to connect to redis"),
	)
	switch {
	case done:
		return code
	case database == nil:
		fmt.Fprint(s.Stderr, "source db is missing\n")
		return 1
	case host == nil:
		fmt.Fprint(s.Stderr, "redis host is missing\n")
		return 1
	case expiry == 0:
		fmt.Fprint(s.Stderr, "expiry is missing\n")
		return 1
	}
	obj := ucl.New(ucl.TypeObject)
	obj.InsertKey("source_db", ucl.NewString(*database))
	obj.InsertKey("redis_host", ucl.NewString(*host))
	obj.InsertKey("expiry", ucl.NewInt(int64(expiry)))
	insertOptional(obj, optString{"redis_username", user}, optString{"redis_password", pass}, optString{"redis_db", dbname})
	return runConvertSubr(s, "fuzzyconvert", rest, obj, "fuzzy_convert")
}
