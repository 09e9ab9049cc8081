package cfg

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/cryptobox"

	"github.com/gorspamd/rspamd/internal/ucl"
)

// BindConf is one bind line of a worker.
type BindConf struct {
	Line    string
	Name    string
	Addrs   []BindAddr
	Systemd bool
	SSL     bool
}

// Worker is a worker section.
type Worker struct {
	Type string
	// Options is a copy of the worker's section.
	Options       *ucl.Object
	Binds         []*BindConf
	Count         int16
	RlimitNofile  int64
	RlimitMaxcore int64
	Enabled       bool
	// Params holds the values of the worker type's own options, by name,
	// as their parsers converted them.
	Params map[string]any
}

// workerFlags are the properties of a worker type that configuration
// parsing depends on.
type workerFlags uint

const (
	// workerNoStrictConfig: unknown attributes are not reported.
	workerNoStrictConfig workerFlags = 1 << iota
)

// workerOption is an option a worker type registers.
type workerOption struct {
	name  string
	kind  fieldKind
	flags Flag
	doc   string
	// custom parses kindCustom options.
	custom func(c *Config, w *Worker, obj *ucl.Object) error
}

// workerType is a worker type compiled into the daemon.
type workerType struct {
	name    string
	flags   workerFlags
	options []workerOption
}

// workerParser holds the option parsers registered for a worker type.
type workerParser struct {
	fields map[string]*field
}

// knownWorkerAttributes are the worker options every type accepts.
var knownWorkerAttributes = map[string]bool{
	"bind_socket": true, "listen": true, "bind": true, "count": true,
	"max_files": true, "max_core": true, "enabled": true,
}

// paramTarget returns a pointer to a worker parameter of type T, creating
// it with its zero value.
func paramTarget[T any](name string) func(any) any {
	return func(ud any) any {
		w := ud.(*Worker)
		if p, ok := w.Params[name].(*T); ok {
			return p
		}
		p := new(T)
		w.Params[name] = p
		return p
	}
}

// targetFor returns the parameter target of a generic option kind.
func targetFor(name string, kind fieldKind, flags Flag) func(any) any {
	switch kind {
	case kindString, kindPubkey:
		return paramTarget[string](name)
	case kindBool:
		return paramTarget[bool](name)
	case kindDouble:
		return paramTarget[float64](name)
	case kindTime:
		switch flags {
		case FlagTimeInteger:
			return paramTarget[int32](name)
		case FlagTimeUint32:
			return paramTarget[uint32](name)
		}
		return paramTarget[float64](name)
	case kindInt:
		return paramTarget[int64](name)
	case kindUCL:
		return paramTarget[*ucl.Object](name)
	case kindKeypair:
		return paramTarget[*cryptobox.Keypair](name)
	}
	return nil
}

// registerWorkerOptions registers a worker type's options and their
// documentation (workers.<type>.<option>), as each worker's init function
// does for every worker section.
func (c *Config) registerWorkerOptions(wt *workerType) *workerParser {
	wp := &workerParser{fields: map[string]*field{}}
	for _, o := range wt.options {
		o := o
		f := &field{name: o.name, kind: o.kind, flags: o.flags, target: targetFor(o.name, o.kind, o.flags)}
		if o.custom != nil {
			f.kind = kindCustom
			f.custom = func(c *Config, obj *ucl.Object, ud any) error { return o.custom(c, ud.(*Worker), obj) }
		}
		wp.fields[o.name] = f
		docs := c.Docs.Lookup("workers")
		if docs == nil {
			docs = ucl.New(ucl.TypeObject)
			c.Docs.InsertKey("workers", docs)
		}
		target := docs.Lookup(wt.name)
		if target == nil {
			target = ucl.New(ucl.TypeObject)
			docs.InsertKey(wt.name, target)
		}
		addDocObj(target, o.doc, o.name, docTypeNone, o.kind, o.flags, nil, false)
	}
	return wp
}

func (c *Config) initWorkers(m *sectionsMap) {
	s := m.addSection(nil, "worker", "type", handleWorker, ucl.TypeObject, false, true, c.Docs, "Workers common options")
	wf := func(f func(w *Worker) any) func(any) any {
		return func(ud any) any { return f(ud.(*Worker)) }
	}
	s.addField("count", kindInt, FlagInt16, wf(func(w *Worker) any { return &w.Count }), "Number of workers to spawn")
	s.addField("max_files", kindInt, FlagInt64, wf(func(w *Worker) any { return &w.RlimitNofile }), "Maximum number of opened files per worker")
	s.addField("max_core", kindInt, FlagInt64, wf(func(w *Worker) any { return &w.RlimitMaxcore }), "Max size of core file in bytes")
	s.addField("enabled", kindBool, 0, wf(func(w *Worker) any { return &w.Enabled }), "Enable or disable a worker (true by default)")
}

// workerTypes are the worker types of the Debian build.
var workerTypes = map[string]*workerType{}

func init() {
	for _, wt := range []*workerType{normalWorker, controllerWorker, proxyWorker, fuzzyWorker, hsHelperWorker} {
		workerTypes[wt.name] = wt
	}
}

// handleWorker reads a worker section (rspamd_rcl_worker_handler).
func handleWorker(c *Config, obj *ucl.Object, key string, _ any, sec *section) error {
	wt, ok := workerTypes[key]
	if !ok {
		c.errf("rspamd_rcl_worker_handler", "unknown worker type: %s", key)
		return errLogged
	}
	w := &Worker{Type: key, Options: obj.Copy(), Count: defaultWorkerCount(), Enabled: true, Params: map[string]any{}}
	wp := c.registerWorkerOptions(wt)
	if val := obj.LookupAny("bind_socket", "listen", "bind"); val != nil {
		for cur := range val.Iterate(ucl.IterateBoth) {
			line, ok := cur.AsString()
			if !ok {
				continue
			}
			if !c.parseBindLine(w, line) {
				return errorf("cannot parse bind line: %s", line)
			}
		}
	}
	if err := c.parseDefaults(sec, obj, w); err != nil {
		return err
	}
	if obj.Type() == ucl.TypeObject {
		for cur := range obj.Iterate(ucl.IterateExplicit) {
			f, ok := wp.fields[cur.Key()]
			if !ok {
				if wt.flags&workerNoStrictConfig == 0 && !knownWorkerAttributes[cur.Key()] {
					c.warnf("rspamd_rcl_worker_handler", "unknown worker attribute: %s; worker type: %s", cur.Key(), key)
				}
				continue
			}
			if err := c.parseFieldValues(f, cur, w, sec); err != nil {
				return err
			}
		}
	}
	c.Workers = append([]*Worker{w}, c.Workers...)
	return nil
}

// parseBindLine parses a bind line (rspamd_parse_bind_line): an optional
// " ssl" suffix, "systemd:NAME" or a host specification.
func (c *Config) parseBindLine(w *Worker, str string) bool {
	b := &BindConf{Line: str}
	line := str
	if n := len(line); n > 4 && line[n-4] == ' ' && strings.EqualFold(line[n-3:], "ssl") {
		b.SSL = true
		line = line[:n-4]
		b.Line = line
	}
	if name, ok := strings.CutPrefix(line, "systemd:"); ok {
		b.Systemd = true
		// Upstream takes the name from the original line.
		name = str[len("systemd:"):]
		if name == "" {
			c.errf("rspamd_parse_bind_line", "cannot parse bind line: %s", str)
			return false
		}
		b.Name = str
		b.Addrs = []BindAddr{{Unix: name}}
		w.Binds = append([]*BindConf{b}, w.Binds...)
		return true
	}
	addrs, _, name, ok := c.ParseHostPort(line, defaultBindPort, true)
	if !ok {
		c.errf("rspamd_parse_bind_line", "cannot parse bind line: %s", str)
		return false
	}
	b.Addrs, b.Name = addrs, name
	w.Binds = append([]*BindConf{b}, w.Binds...)
	return true
}
