package cfg

import (
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// The dynamic configuration ($DBDIR/rspamd_dynamic, options.dynamic_conf):
// a JSON array of {metric, symbols: [{name, value}], actions: [{name,
// value}]} objects that the controller edits and the workers apply on top
// of the configuration, with priority 3.

// dynamicPriority is the priority dynamic scores and thresholds get.
const dynamicPriority = 3

// logDynamic logs a message of the dynamic configuration code (upstream
// logs them without a module).
func (c *Config) logDynamic(level logger.Level, function, format string, args ...any) {
	c.logger().Logf(level, "", "", false, function, format, args...)
}

// LoadDynamic parses the content of the dynamic configuration map and
// applies it (json_config_fin_cb); problems are logged.
func (c *Config) LoadDynamic(data []byte) {
	const fn = "json_config_fin_cb"
	p := ucl.NewParser(0)
	if err := p.AddChunk(data); err != nil {
		c.logDynamic(logger.LevelCritical, fn, "cannot load json data: parse error %s", err.Error())
		return
	}
	top := p.Object()
	if top.Type() != ucl.TypeArray {
		c.logDynamic(logger.LevelCritical, fn, "loaded json is not an array")
		return
	}
	c.applyDynamic(top)
	c.DynamicData = top
}

// applyDynamic applies the scores and thresholds of a dynamic
// configuration (apply_dynamic_conf); elements without symbols or actions
// get empty lists.
func (c *Config) applyDynamic(top *ucl.Object) {
	const fn = "apply_dynamic_conf"
	for elt := range top.All() {
		if elt.Type() != ucl.TypeObject {
			c.logDynamic(logger.LevelCritical, fn, "loaded json array element is not an object")
			continue
		}
		if m := elt.Lookup("metric"); m == nil || m.Type() != ucl.TypeString {
			c.logDynamic(logger.LevelCritical, fn, "loaded json metric object element has no 'metric' attribute")
			continue
		}
		if syms := elt.Lookup("symbols"); syms != nil && syms.Type() == ucl.TypeArray {
			for s := range syms.All() {
				n, v := s.Lookup("name"), s.Lookup("value")
				if n == nil || v == nil {
					c.logDynamic(logger.LevelInfo, fn, "json symbol object has no mandatory 'name' and 'value' attributes")
					continue
				}
				c.AddSymbol(n.Str(), v.Float(), "", "", 0, dynamicPriority, c.DefaultMaxShots)
			}
		} else {
			elt.InsertKey("symbols", ucl.New(ucl.TypeArray))
		}
		if acts := elt.Lookup("actions"); acts != nil && acts.Type() == ucl.TypeArray {
			for a := range acts.All() {
				n, v := a.Lookup("name"), a.Lookup("value")
				if n == nil || v == nil {
					c.logDynamic(logger.LevelInfo, fn, "json action object has no mandatory 'name' and 'value' attributes")
					continue
				}
				name := n.Str()
				if _, ok := ActionFromString(name); !ok {
					c.logDynamic(logger.LevelCritical, fn, "unknown action: %s", cStr(name))
					continue
				}
				score := math.NaN()
				if v.Type() != ucl.TypeNull {
					score = v.Float()
				}
				def := ucl.New(ucl.TypeObject)
				def.InsertKey("score", ucl.NewFloat(score))
				def.InsertKey("priority", ucl.NewFloat(dynamicPriority))
				c.SetActionScore(name, def)
			}
		} else {
			elt.InsertKey("actions", ucl.New(ucl.TypeArray))
		}
	}
}

// dynamicMetric returns the element of metric in the dynamic
// configuration, creating it when create is set.
func (c *Config) dynamicMetric(metric string, create bool) *ucl.Object {
	if c.DynamicData == nil {
		c.DynamicData = ucl.New(ucl.TypeArray)
	}
	for cur := range c.DynamicData.All() {
		if cur.Type() == ucl.TypeObject {
			if n := cur.Lookup("metric"); n != nil && n.Type() == ucl.TypeString && n.Str() == metric {
				return cur
			}
		}
	}
	if !create {
		return nil
	}
	m := ucl.New(ucl.TypeObject)
	m.InsertKey("metric", ucl.NewString(metric))
	m.InsertKey("actions", ucl.New(ucl.TypeArray))
	m.InsertKey("symbols", ucl.New(ucl.TypeArray))
	c.DynamicData.ArrayAppend(m)
	return m
}

// dynamicElt finds the {name, value} element called name in arr.
func dynamicElt(arr *ucl.Object, name string) *ucl.Object {
	for cur := range arr.All() {
		if cur.Type() == ucl.TypeObject {
			if n := cur.Lookup("name"); n != nil && n.Type() == ucl.TypeString && n.Str() == name {
				return cur
			}
		}
	}
	return nil
}

// setDynamic sets name to value in the list (symbols or actions) of
// metric and applies the dynamic configuration.
func (c *Config) setDynamic(metric, list, name string, value float64) bool {
	if c.DynamicConf == "" {
		c.logDynamic(logger.LevelInfo, "add_dynamic_"+list, "dynamic conf is disabled")
		return false
	}
	if arr := c.dynamicMetric(metric, true).Lookup(list); arr != nil {
		if elt := dynamicElt(arr, name); elt != nil {
			elt.Lookup("value").SetFloat(value)
		} else {
			n := ucl.New(ucl.TypeObject)
			n.InsertKey("name", ucl.NewString(name))
			n.InsertKey("value", ucl.NewFloat(value))
			arr.ArrayAppend(n)
		}
	}
	c.applyDynamic(c.DynamicData)
	return true
}

// removeDynamic deletes name from the list of metric.
func (c *Config) removeDynamic(metric, list, name string) bool {
	if c.DynamicConf == "" {
		c.logDynamic(logger.LevelInfo, "remove_dynamic_"+list, "dynamic conf is disabled")
		return false
	}
	m := c.dynamicMetric(metric, false)
	if m == nil {
		return false
	}
	arr := m.Lookup(list)
	if arr == nil {
		return false
	}
	elt := dynamicElt(arr, name)
	if elt == nil || arr.ArrayDelete(elt) == nil {
		return false
	}
	c.applyDynamic(c.DynamicData)
	return true
}

// AddDynamicSymbol sets a symbol's score in the dynamic configuration.
func (c *Config) AddDynamicSymbol(metric, symbol string, value float64) bool {
	return c.setDynamic(metric, "symbols", symbol, value)
}

// RemoveDynamicSymbol removes a symbol's score from the dynamic
// configuration.
func (c *Config) RemoveDynamicSymbol(metric, symbol string) bool {
	return c.removeDynamic(metric, "symbols", symbol)
}

// AddDynamicAction sets an action's threshold in the dynamic configuration.
func (c *Config) AddDynamicAction(metric string, action ActionType, value float64) bool {
	return c.setDynamic(metric, "actions", action.String(), value)
}

// RemoveDynamicAction removes an action's threshold from the dynamic
// configuration.
func (c *Config) RemoveDynamicAction(metric string, action ActionType) bool {
	return c.removeDynamic(metric, "actions", action.String())
}

// DumpDynamic writes the dynamic configuration as JSON to its file,
// replacing it atomically and keeping its permissions
// (dump_dynamic_config).
func (c *Config) DumpDynamic() error {
	if c.DynamicConf == "" || c.DynamicData == nil {
		return fmt.Errorf("cannot save dynamic conf as it is not specified")
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(c.DynamicConf); err == nil {
		mode = st.Mode().Perm()
	}
	dir := filepath.Dir(c.DynamicConf)
	f, err := os.CreateTemp(dir, "rconf-")
	if err != nil {
		return fmt.Errorf("mkstemp error: %w", err)
	}
	if _, err := f.Write(ucl.Emit(c.DynamicData, ucl.FormatJSON)); err != nil {
		f.Close()
		os.Remove(f.Name())
		return fmt.Errorf("cannot emit ucl object: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot emit ucl object: %w", err)
	}
	if err := os.Rename(f.Name(), c.DynamicConf); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("rename error: %w", err)
	}
	if err := os.Chmod(c.DynamicConf, mode); err != nil {
		c.logDynamic(logger.LevelWarning, "dump_dynamic_config", "chmod failed: %s", syserr.Text(err))
	}
	return nil
}
