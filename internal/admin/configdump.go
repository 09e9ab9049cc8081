package admin

import (
	"fmt"
	"io"
	"math"

	"github.com/gorspamd/rspamd/internal/cfg"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// dumpOptions are configdump's output options.
type dumpOptions struct {
	json, compact, showHelp, showComments bool
}

func runConfigdump(s *Session, argv []string) int {
	var o dumpOptions
	var modulesState, groups, details, skipTemplate, local, override bool
	var config *string
	rest, code, done := s.parse(argv, "configdump - dumps Rspamd configuration", false,
		goption.Bool("json", 'j', &o.json, "Json output (pretty formatted)"),
		goption.Bool("compact", 'C', &o.compact, "Compacted json output"),
		goption.String("config", 'c', &config, "Config file to test"),
		goption.Bool("show-help", 'h', &o.showHelp, "Show help as comments for each option"),
		goption.Bool("show-comments", 's', &o.showComments, "Show saved comments from the configuration file"),
		goption.Bool("modules-state", 'm', &modulesState, "Show modules state only"),
		goption.Bool("groups", 'g', &groups, "Show symbols groups only"),
		goption.Bool("symbol-details", 'd', &details, "Show full symbol details only"),
		goption.Bool("skip-template", 'T', &skipTemplate, "Do not apply Jinja templates"),
		goption.Bool("local", 0, &local, "Show only local and override configuration"),
		goption.Bool("override", 0, &override, "Show only override configuration"),
	)
	if done {
		return code
	}
	l := s.loadConfig(config, skipTemplate, false, false)
	if !l.read {
		return 1
	}
	c := l.c
	switch {
	case modulesState:
		ms, ok := l.opts.Lua.(modulesStater)
		if !ok {
			return s.notBuilt("configdump", "the modules state (the Lua plugins_stats subroutine)")
		}
		if err := ms.ModulesState(c, rest, s.Stdout); err != nil {
			return 1
		}
		return 0
	case details:
		sd, _ := l.opts.Lua.(symbolDetailer)
		s.dumpSection(c, symbolDetails(c, sd), nil, o)
		return 0
	case groups:
		s.dumpSection(c, groupsObject(c), nil, o)
		return 0
	}
	if len(rest) <= 1 {
		out := c.UCL
		if local || override {
			out = filterNonDefault(c.UCL, override)
			if out == nil {
				fmt.Fprint(s.Stdout, "No non-default configuration found\n")
				return 0
			}
		}
		s.dumpSection(c, out, c.Docs, o)
		return 0
	}
	for _, path := range rest[1:] {
		obj := c.UCL.LookupPath(path)
		doc := c.Docs.LookupPath(path)
		if obj == nil {
			fmt.Fprintf(s.Stdout, "Section %s NOT FOUND\n", path)
			continue
		}
		for _, cur := range obj.Values() {
			out := cur
			if local || override {
				out = filterNonDefault(cur, override)
				if out == nil {
					fmt.Fprintf(s.Stdout, "No non-default configuration found for section %s\n", path)
					continue
				}
			}
			if !o.json && !o.compact {
				fmt.Fprintf(s.Stdout, "*** Section %s ***\n", path)
			}
			s.dumpSection(c, out, doc, o)
			if !o.json && !o.compact {
				fmt.Fprintf(s.Stdout, "\n*** End of section %s ***\n", path)
			} else {
				fmt.Fprint(s.Stdout, "\n")
			}
		}
	}
	return 0
}

// dumpSection prints obj in the chosen format with the saved comments (-s)
// and the documentation of the options as comments (-h)
// (rspamadm_dump_section_obj).
func (s *Session) dumpSection(c *cfg.Config, obj, doc *ucl.Object, o dumpOptions) {
	var comments *ucl.Comments
	if o.showComments {
		comments = c.Comments
	}
	if o.showHelp {
		if comments == nil {
			comments = ucl.NewComments()
		}
		genDocComments(obj, doc, comments)
	}
	f := ucl.FormatConfig
	switch {
	case o.json:
		f = ucl.FormatJSON
	case o.compact:
		f = ucl.FormatJSONCompact
	}
	s.Stdout.Write(ucl.EmitWith(obj, f, ucl.EmitOptions{Comments: comments, FormatFloat: AppendRspamdFloat}))
}

// AppendRspamdFloat formats a double as rspamd's UCL output does
// (rspamd_ucl_emit_fstring): integral values with one decimal, others with
// six, non-finite ones as null.
func AppendRspamdFloat(b []byte, v float64) []byte {
	switch {
	case math.IsInf(v, 0) || math.IsNaN(v):
		return append(b, "null"...)
	case v >= math.MinInt32 && v <= math.MaxInt32 && v == math.Trunc(v):
		return logger.AppendFloat(b, v, 1, false)
	}
	return logger.AppendFloat(b, v, 6, false)
}

// genDocComments adds the documentation of the options of obj as comments
// (rspamadm_gen_comments): a comment for every keyed object that has
// documentation and no comment yet, recursing into objects.
func genDocComments(obj, doc *ucl.Object, comments *ucl.Comments) {
	if obj == nil || doc == nil {
		return
	}
	if obj.Key() != "" {
		addDocComment(obj, doc, comments)
	}
	if obj.Type() != ucl.TypeObject {
		return
	}
	for cur := range obj.All() {
		curDoc := doc.Lookup(cur.Key())
		if curDoc == nil {
			continue
		}
		for _, elt := range cur.Values() {
			if comments.Find(elt) == nil {
				genDocComments(elt, curDoc, comments)
			}
		}
	}
}

// addDocComment sets the comment of obj from its documentation: its text,
// type and whether it is required (rspamadm_add_doc_elt).
func addDocComment(obj, doc *ucl.Object, comments *ucl.Comments) {
	if comments.Find(obj) != nil {
		return
	}
	comments.Add(obj, "/*")
	if elt := doc.Lookup("data"); elt != nil {
		comments.Add(obj, " * "+docString(elt))
	}
	if elt := doc.Lookup("type"); elt != nil {
		comments.Add(obj, " * Type: "+docString(elt))
	}
	if elt := doc.Lookup("required"); elt != nil {
		req := "false"
		if elt.Bool() {
			req = "true"
		}
		comments.Add(obj, " * Required: "+req)
	}
	comments.Add(obj, " */")
}

// docString prints a documentation value as upstream's %s of
// ucl_object_tostring does ("(null)" for a non-string).
func docString(o *ucl.Object) string {
	if s, ok := o.AsString(); ok {
		return s
	}
	return "(null)"
}

// filterNonDefault keeps the parts of obj set with a priority above the
// default (above 1 with override), as configdump --local/--override do;
// nil when nothing is left.
func filterNonDefault(obj *ucl.Object, override bool) *ucl.Object {
	if obj == nil {
		return nil
	}
	minPrio := uint(0)
	if override {
		minPrio = 1
	}
	t := obj.Type()
	if obj.Priority() > minPrio {
		if t == ucl.TypeObject {
			res := ucl.New(ucl.TypeObject)
			for cur := range obj.All() {
				if f := filterNonDefault(cur, override); f != nil {
					res.InsertKey(cur.Key(), f)
				}
			}
			return res
		}
		// Upstream builds a filtered copy of an array, then returns the
		// array itself.
		return obj
	}
	if t != ucl.TypeObject && t != ucl.TypeArray {
		return nil
	}
	res := ucl.New(t)
	found := false
	for cur := range obj.All() {
		f := filterNonDefault(cur, override)
		if f == nil {
			continue
		}
		found = true
		if t == ucl.TypeObject {
			res.InsertKey(cur.Key(), f)
		} else {
			res.ArrayAppend(f)
		}
	}
	if !found {
		return nil
	}
	return res
}

// groupsObject builds configdump -g's output: every group with its flags,
// limits, description and symbols.
func groupsObject(c *cfg.Config) *ucl.Object {
	out := ucl.New(ucl.TypeObject)
	for _, name := range c.GroupNames() {
		g := c.Group(name)
		if g == nil {
			continue
		}
		gr := ucl.New(ucl.TypeObject)
		gr.InsertKey("public", ucl.NewBool(g.Flags&cfg.GroupPublic != 0))
		gr.InsertKey("disabled", ucl.NewBool(g.Flags&cfg.GroupDisabled != 0))
		gr.InsertKey("one_shot", ucl.NewBool(g.Flags&cfg.GroupOneShot != 0))
		gr.InsertKey("max_score", ucl.NewFloat(g.MaxScore))
		gr.InsertKey("min_score", ucl.NewFloat(g.MinScore))
		if g.Description != "" {
			gr.InsertKey("description", ucl.NewString(g.Description))
		}
		syms := ucl.New(ucl.TypeObject)
		for _, sn := range g.SymbolNames() {
			sym := c.Symbols[sn]
			if sym == nil {
				continue
			}
			o := symbolBase(sym)
			extra := ucl.New(ucl.TypeArray)
			for _, og := range sym.Groups {
				if og.Name != name {
					extra.ArrayAppend(ucl.NewString(og.Name))
				}
			}
			o.InsertKey("extra_groups", extra)
			syms.ReplaceKey(sn, o)
		}
		gr.InsertKey("symbols", syms)
		out.ReplaceKey(name, gr)
	}
	return out
}

// symbolBase starts a symbol's description: score, description, disabled
// and one_shot.
func symbolBase(sym *cfg.Symbol) *ucl.Object {
	o := ucl.New(ucl.TypeObject)
	o.InsertKey("score", ucl.NewFloat(sym.Score))
	if sym.Description != "" {
		o.InsertKey("description", ucl.NewString(sym.Description))
	}
	o.InsertKey("disabled", ucl.NewBool(sym.Flags&cfg.SymbolDisabled != 0))
	o.InsertKey("one_shot", ucl.NewBool(sym.NShots == 1))
	return o
}

// modulesStater prints the modules' state (configdump -m).
type modulesStater interface {
	ModulesState(c *cfg.Config, args []string, w io.Writer) error
}

// symbolDetailer adds what the symbol cache knows about a symbol (its
// type and flags) to its configdump -d entry.
type symbolDetailer interface {
	SymbolDetails(c *cfg.Config, name string, obj *ucl.Object)
}

// symbolDetails builds configdump -d's output: every symbol with its
// score, description, type and flags from the symbol cache (sd, when
// there is one), groups and the other keys of its definition in the
// symbols section.
func symbolDetails(c *cfg.Config, sd symbolDetailer) *ucl.Object {
	out := ucl.New(ucl.TypeObject)
	syms := ucl.New(ucl.TypeObject)
	defs := c.UCL.Lookup("symbols")
	skip := map[string]bool{"score": true, "description": true, "disabled": true, "condition": true,
		"one_shot": true, "any_shot": true, "nshots": true, "one_param": true, "priority": true}
	for _, name := range c.SymbolNames() {
		sym := c.Symbols[name]
		o := ucl.New(ucl.TypeObject)
		o.InsertKey("score", ucl.NewFloat(sym.Score))
		if sym.Description != "" {
			o.InsertKey("description", ucl.NewString(sym.Description))
		}
		if sd != nil {
			sd.SymbolDetails(c, name, o)
		}
		o.InsertKey("disabled", ucl.NewBool(sym.Flags&cfg.SymbolDisabled != 0))
		o.InsertKey("one_shot", ucl.NewBool(sym.NShots == 1))
		if sym.Group != nil {
			if sym.Group.Name != "ungrouped" {
				o.InsertKey("group", ucl.NewString(sym.Group.Name))
			}
			extra := ucl.New(ucl.TypeArray)
			for _, g := range sym.Groups {
				if g.Name != sym.Group.Name {
					extra.ArrayAppend(ucl.NewString(g.Name))
				}
			}
			if extra.ArraySize() > 0 {
				o.InsertKey("groups", extra)
			}
		}
		if def := lookup(defs, name); def != nil {
			for cur := range def.All() {
				if !skip[cur.Key()] {
					o.InsertKey(cur.Key(), cur.Copy())
				}
			}
		}
		syms.ReplaceKey(name, o)
	}
	out.InsertKey("symbols", syms)
	return out
}

// lookup is Lookup on a possibly missing object.
func lookup(obj *ucl.Object, key string) *ucl.Object {
	if obj == nil {
		return nil
	}
	return obj.Lookup(key)
}
