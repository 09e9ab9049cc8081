package admin

import (
	"fmt"

	"github.com/gorspamd/rspamd/internal/cfgload"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
)

func runConfigtest(s *Session, argv []string) int {
	var quiet, strict, skipTemplate bool
	var config *string
	_, code, done := s.parse(argv, "configtest - perform configuration file test", false,
		goption.Bool("quiet", 'q', &quiet, "Suppress output"),
		goption.String("config", 'c', &config, "Config file to test"),
		goption.Bool("strict", 's', &strict, "Stop on any error in config"),
		goption.Bool("skip-template", 'T', &skipTemplate, "Do not apply Jinja templates"),
	)
	if done {
		return code
	}
	l := s.loadConfig(config, skipTemplate, true, strict)
	ok := l.read && l.post
	if ok {
		ok = cfgload.Validate(l.c, l.opts)
	}
	if strict && ok {
		if n := logger.Default().Counters()[0]; n > 0 {
			if !quiet {
				fmt.Fprintf(s.Stdout, "%d errors found\n", n)
			}
			ok = false
		}
	}
	if !quiet {
		res := "OK"
		if !ok {
			res = "BAD"
		}
		fmt.Fprintf(s.Stdout, "syntax %s\n", res)
	}
	if !ok {
		return 1
	}
	return 0
}
