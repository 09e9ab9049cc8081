package cfg

import (
	"errors"
	"fmt"

	"github.com/gorspamd/rspamd/internal/ucl"
)

// Flag modifies how a field is parsed (upstream's RSPAMD_CL_FLAG_* bits).
type Flag uint32

// Field flags.
const (
	FlagTimeFloat    Flag = 1 << 0
	FlagTimeTimeval  Flag = 1 << 1
	FlagTimeTimespec Flag = 1 << 2
	FlagTimeInteger  Flag = 1 << 3
	FlagTimeUint32   Flag = 1 << 4
	FlagInt16        Flag = 1 << 5
	FlagInt32        Flag = 1 << 6
	FlagInt64        Flag = 1 << 7
	FlagUint         Flag = 1 << 8
	FlagIntSize      Flag = 1 << 9
	FlagStringPath   Flag = 1 << 10
	FlagBoolInverse  Flag = 1 << 11
	FlagListHash     Flag = 1 << 12
	FlagMultiple     Flag = 1 << 13
	FlagSignKey      Flag = 1 << 14
)

// fieldKind selects a field parser (upstream's default handlers).
type fieldKind int

const (
	kindNone fieldKind = iota
	kindString
	kindInt
	kindDouble
	kindTime
	kindStringList
	kindBool
	kindUCL
	kindKeypair
	kindPubkey
	kindAddr
	kindMimeAddr
	kindCustom
)

// Error is a configuration error with upstream's message.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func errorf(format string, args ...any) error {
	return &Error{Msg: fmt.Sprintf(format, args...)}
}

// errLogged fails a parse whose reason has been logged already (upstream
// returns FALSE without setting an error).
var errLogged = errors.New("configuration error (logged)")

// field is one option of a section parsed by a generic parser.
type field struct {
	name  string
	kind  fieldKind
	flags Flag
	// target returns a pointer to the value in the structure the section
	// fills (a *Config, *Group, *Worker options...).
	target func(ud any) any
	// custom parses kindCustom fields.
	custom func(c *Config, obj *ucl.Object, ud any) error
}

// sectionHandler processes one object of a section: obj is the object,
// key its name (from the key attribute or the nested key), ud what the
// parent passed down.
type sectionHandler func(c *Config, obj *ucl.Object, key string, ud any, sec *section) error

// section is a configuration section (rspamd_rcl_section).
type section struct {
	top        *sectionsMap
	name       string
	keyAttr    string
	defaultKey string
	handler    sectionHandler
	typ        ucl.Type
	required   bool
	strictType bool
	subs       map[string]*section
	fields     []*field
	doc        *ucl.Object
}

// sectionsMap is the set of top-level sections in parsing order.
type sectionsMap struct {
	sections map[string]*section
	order    []*section
	// workers maps worker types to their option parsers.
	workers map[string]*workerParser
	// luaModulesSeen are the plugin file names added so far.
	luaModulesSeen map[string]bool
}

// addSection adds a section to the top map (parent nil) or to a parent
// section, with its documentation entry under docTarget (or, when nil,
// under the parent's documentation).
func (m *sectionsMap) addSection(parent *section, name, keyAttr string, h sectionHandler, typ ucl.Type,
	required, strict bool, docTarget *ucl.Object, doc string) *section {
	s := &section{top: m, name: name, keyAttr: keyAttr, handler: h, typ: typ, required: required, strictType: strict,
		subs: map[string]*section{}}
	switch {
	case docTarget != nil:
		s.doc = addDocObj(docTarget, doc, name, typ, kindNone, 0, nil, false)
	case parent != nil && parent.doc != nil:
		s.doc = addDocObj(parent.doc, doc, name, typ, kindNone, 0, nil, false)
	}
	if parent != nil {
		parent.subs[name] = s
	} else {
		m.sections[name] = s
		m.order = append(m.order, s)
	}
	return s
}

// addField registers a generically parsed option of a section and its
// documentation.
func (s *section) addField(name string, kind fieldKind, flags Flag, target func(any) any, doc string) *field {
	f := &field{name: name, kind: kind, flags: flags, target: target}
	for _, old := range s.fields {
		if old.name == name {
			// Upstream's map keeps the first registration.
			return old
		}
	}
	s.fields = append(s.fields, f)
	if s.doc != nil {
		addDocObj(s.doc, doc, name, docTypeNone, kind, flags, nil, false)
	}
	return f
}

// processSection runs a section's handler on obj (rspamd_rcl_process_section):
// a section with a key attribute whose values are all objects is a set of
// named sections; otherwise the key comes from the key attribute.
func (c *Config) processSection(sec *section, ud any, obj *ucl.Object) error {
	nested := sec.keyAttr != ""
	if nested {
		for cur := range obj.Iterate(ucl.IterateExplicit) {
			if cur.Type() != ucl.TypeObject {
				nested = false
				break
			}
		}
	}
	if nested {
		for cur := range obj.Iterate(ucl.IterateExplicit) {
			if err := sec.handler(c, cur, cur.Key(), ud, sec); err != nil {
				return err
			}
		}
		return nil
	}
	key := ""
	if sec.keyAttr != "" {
		cur := obj.Lookup(sec.keyAttr)
		switch {
		case cur == nil && sec.defaultKey == "":
			return errorf("required attribute '%s' is missing for section '%s', current key: %s",
				sec.keyAttr, sec.name, cStr(obj.Key()))
		case cur == nil:
			c.infof("rspamd_rcl_process_section", "using default key '%s' for mandatory field '%s' for section '%s'",
				sec.defaultKey, sec.keyAttr, sec.name)
			key = sec.defaultKey
		case cur.Type() != ucl.TypeString:
			return errorf("required attribute %s is not a string for section %s", sec.keyAttr, sec.name)
		default:
			key = cur.Str()
		}
	}
	return sec.handler(c, obj, key, ud, sec)
}

// cStr prints a possibly missing C string as rspamd's printf does.
func cStr(s string) string {
	if s == "" {
		return "(null)"
	}
	return s
}

// parseDefaults parses the generic fields of a section from obj into ud
// (rspamd_rcl_section_parse_defaults).
func (c *Config) parseDefaults(sec *section, obj *ucl.Object, ud any) error {
	if obj.Type() != ucl.TypeObject {
		return errorf("default configuration must be an object for section %s (actual type is %s)",
			sec.name, obj.Type())
	}
	for _, f := range sec.fields {
		if found := obj.Lookup(f.name); found != nil {
			if err := c.parseFieldValues(f, found, ud, sec); err != nil {
				return err
			}
		}
	}
	return nil
}

// parseFieldValues parses the first value of found, or every value of its
// implicit array for fields that may be repeated.
func (c *Config) parseFieldValues(f *field, found *ucl.Object, ud any, sec *section) error {
	for _, cur := range found.Values() {
		if err := c.parseField(f, cur, ud, sec); err != nil {
			return err
		}
		if f.flags&FlagMultiple == 0 {
			break
		}
	}
	return nil
}

// Parse processes the configuration tree (rspamd_rcl_parse): every known
// section in order, ignoring unknown ones.
func (c *Config) Parse() error {
	obj := c.UCL
	if obj.Type() != ucl.TypeObject {
		return errorf("top configuration must be an object")
	}
	for _, sec := range c.top.order {
		found := obj.Lookup(sec.name)
		if found == nil {
			if sec.required {
				return errorf("required section %s is missing", sec.name)
			}
			continue
		}
		if sec.strictType && sec.typ != found.Type() {
			return errorf("object in section %s has invalid type", sec.name)
		}
		for _, cur := range found.Values() {
			if sec.handler != nil {
				if err := c.processSection(sec, c, cur); err != nil {
					return err
				}
			} else {
				_ = c.parseDefaults(sec, cur, c)
			}
		}
	}
	return nil
}

// ParseSection processes one top-level section's object ahead of Parse
// (the logging section is read early so that the logger can be set up).
func (c *Config) ParseSection(name string, obj *ucl.Object) error {
	sec, ok := c.top.sections[name]
	if !ok {
		return errorf("unknown section %s", name)
	}
	return c.processSection(sec, c, obj)
}
