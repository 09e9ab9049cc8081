package cfg

import (
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// CModules are the modules upstream implements in C, in the order the
// Debian build registers them.
var CModules = []string{"chartable", "dkim", "fuzzy_check", "regexp"}

//go:generate go run gen_moduledocs.go

// moduleDoc is one documentation entry a C module registers when it is
// initialised: option name under the dot-separated path, its type, its
// text and its default ("" for none). The table, cModuleDocs, is
// generated from the oracle's confighelp output.
type moduleDoc struct {
	path, name string
	typ        ucl.Type
	doc, def   string
}

// InitCModules registers the documentation of the C modules, as their
// init functions do, and checks the `filters` list (the C part of
// rspamd_init_filters): unknown names are reported, sections defined more
// than once too.
func (c *Config) InitCModules() {
	for _, d := range cModuleDocs {
		var def *string
		if d.def != "" {
			v := d.def
			def = &v
		}
		c.AddDocByPath(d.path, d.doc, d.name, d.typ, def, false)
	}
	for _, name := range c.Filters {
		known := false
		for _, m := range CModules {
			if encoding.EqualFoldASCII(m, name) {
				known = true
				c.checkDuplicateSections(m)
				break
			}
		}
		if !known {
			c.warnf("rspamd_init_filters", "requested unknown module %s", name)
		}
	}
}

// checkDuplicateSections warns when a module's section is defined several
// times (only the first one is read).
func (c *Config) checkDuplicateSections(name string) {
	sec := c.UCL.Lookup(name)
	if sec == nil || sec.Next() == nil {
		return
	}
	n := len(sec.Values())
	c.warnf("rspamd_config_check_duplicate_sections", "section '%s' is defined %ud times in the configuration, but module %s reads only the first one; the remaining sections are IGNORED; merge them into a single section (check for stray files in modules.d or duplicate includes)",
		name, uint(n), name)
}
