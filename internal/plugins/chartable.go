package plugins

import (
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/symcache"
)

// Chartable is the context of the chartable module (upstream's
// plugins/chartable.cxx): mixed scripts in words and URLs.
type Chartable struct {
	Symbol, URLSymbol string
	Threshold         float64
	MaxWordLen        int64
}

// configChartable reads the chartable section and registers its two
// symbols.
func (l *loader) configChartable(bool) bool {
	m := &Chartable{Symbol: "R_MIXED_CHARSET", URLSymbol: "R_MIXED_CHARSET_URL", Threshold: 0.1, MaxWordLen: 10}
	l.modules().Chartable = m
	if !l.isModuleEnabled("chartable") {
		return true
	}
	if v := l.moduleOpt("chartable", "symbol"); v != nil {
		m.Symbol, _ = v.AsString()
	}
	if v := l.moduleOpt("chartable", "url_symbol"); v != nil {
		m.URLSymbol, _ = v.AsString()
	}
	if v := l.moduleOpt("chartable", "threshold"); v != nil {
		t, ok := v.AsFloat()
		if !ok {
			l.logf(logger.LevelWarning, "chartable_module_config", "invalid numeric value")
			t = 0.1
		}
		m.Threshold = t
	}
	if v := l.moduleOpt("chartable", "max_word_len"); v != nil {
		m.MaxWordLen = v.Int()
	} else {
		// upstream resets the threshold when max_word_len is absent
		m.Threshold = 0.1
	}
	l.c.Cache.AddSymbol(m.Symbol, 0, &Handler{Module: "chartable", Name: "symbol", Data: m}, symcache.FlagNormal, -1)
	l.c.Cache.AddSymbol(m.URLSymbol, 0, &Handler{Module: "chartable", Name: "url", Data: m}, symcache.FlagNormal, -1)
	l.logf(logger.LevelInfo, "chartable_module_config", "init internal chartable module")
	return true
}
