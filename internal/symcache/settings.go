package symcache

import (
	"slices"

	"github.com/gorspamd/rspamd/internal/logger"
)

// ProcessSettings applies a settings id to the symbols it names
// (symcache::process_settings_elt): disabled symbols forbid the id,
// enabled ones allow it (a virtual symbol lets its parent run for it).
// Symbols not registered yet get the id when they are.
func (c *Cache) ProcessSettings(elt *SettingsElt) {
	const fname = "process_settings_elt"
	for _, sym := range elt.Disabled {
		it := c.lookupMut(sym, false)
		if it == nil {
			c.pending[sym] = append(c.pending[sym], pendingOp{elt: elt})
			c.debugf(fname, "pending disable for unknown symbol %s in settings %ud (%s)", sym, elt.ID, elt.Name)
			continue
		}
		it.Forbidden.Add(elt.ID)
		if it.virtual {
			c.debugf(fname, "deny virtual symbol %s for settings %ud (%s); parent can still be executed", sym, elt.ID, elt.Name)
		} else {
			c.debugf(fname, "deny symbol %s for settings %ud (%s)", sym, elt.ID, elt.Name)
		}
	}
	for _, sym := range elt.Enabled {
		it := c.lookupMut(sym, false)
		if it == nil {
			c.pending[sym] = append(c.pending[sym], pendingOp{elt: elt, enabled: true})
			c.debugf(fname, "pending enable for unknown symbol %s in settings %ud (%s)", sym, elt.ID, elt.Name)
			continue
		}
		if !c.allowParent(fname, it, elt, "") {
			continue
		}
		it.Allowed.Add(elt.ID)
		c.debugf(fname, "allow execution of symbol %s for settings %ud (%s)", sym, elt.ID, elt.Name)
	}
}

// allowParent lets the parent of a virtual symbol run for a settings id
// that enables the symbol, unless the id disables the parent (an error).
func (c *Cache) allowParent(fname string, it *Item, elt *SettingsElt, deferred string) bool {
	if !it.virtual {
		return true
	}
	parent := c.lookupMut(it.Name, true)
	if parent == nil {
		return true
	}
	if slices.Contains(elt.Disabled, parent.Name) {
		c.logf(logger.LevelCritical, fname, "conflict in %s: cannot enable disabled symbol %s, wanted to enable symbol %s",
			elt.Name, parent.Name, it.Name)
		return false
	}
	parent.ExecOnly.Add(elt.ID)
	c.debugf(fname, "allow just execution of symbol %s for settings %ud (%s)%s", parent.Name, elt.ID, elt.Name, deferred)
	return true
}

// applyPending applies the settings ids that named a symbol before it was
// registered.
func (c *Cache) applyPending(it *Item) {
	const fname = "apply_pending_settings"
	ops, ok := c.pending[it.Name]
	if !ok {
		return
	}
	for _, op := range ops {
		elt := op.elt
		if op.enabled {
			if !c.allowParent(fname, it, elt, " (deferred)") {
				continue
			}
			it.Allowed.Add(elt.ID)
			c.debugf(fname, "allow execution of symbol %s for settings %ud (%s) (deferred)", it.Name, elt.ID, elt.Name)
			continue
		}
		it.Forbidden.Add(elt.ID)
		if it.virtual {
			c.debugf(fname, "deny virtual symbol %s for settings %ud (%s) (deferred); parent can still be executed", it.Name, elt.ID, elt.Name)
		} else {
			c.debugf(fname, "deny symbol %s for settings %ud (%s) (deferred)", it.Name, elt.ID, elt.Name)
		}
	}
	delete(c.pending, it.Name)
}
