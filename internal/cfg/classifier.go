package cfg

import (
	"strings"

	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// Classifier is a classifier section.
type Classifier struct {
	// Type is the classifier algorithm ("bayes"); Name its unique name.
	Type, Name, Backend     string
	MinTokens, MaxTokens    int32
	MinTokenHits, MinLearns uint32
	MinProbStrength         float64
	// Statfiles in upstream's list order (the last defined first).
	Statfiles []*Statfile
	// Labels maps statfile labels to their statfiles.
	Labels map[string][]*Statfile
	// ClassLabels maps class names to backend labels.
	ClassLabels map[string]string
	// ClassNames are the classes of an explicit multi-class classifier.
	ClassNames []string
	Multiclass bool
	// Tokenizer is the tokenizer name ("" for the default) and
	// TokenizerOpts its options.
	Tokenizer     string
	TokenizerOpts *ucl.Object
	Opts          *ucl.Object
}

// Statfile is a statfile of a classifier.
type Statfile struct {
	Symbol, Label, Class string
	IsSpam               bool
	// Converted is set when the class came from the legacy spam flag or
	// the symbol name.
	Converted  bool
	ClassIndex int
	Opts       *ucl.Object
	Classifier *Classifier
}

func (c *Config) initClassifiers(m *sectionsMap) {
	s := m.addSection(nil, "classifier", "type", handleClassifier, ucl.TypeObject, false, true, c.Docs, "Classifier options")
	s.defaultKey = "bayes"
	cl := func(f func(cl *Classifier) any) func(any) any {
		return func(ud any) any { return f(ud.(*Classifier)) }
	}
	s.addField("min_tokens", kindInt, FlagInt32, cl(func(x *Classifier) any { return &x.MinTokens }), "Minimum count of tokens (words) to be considered for statistics")
	s.addField("min_token_hits", kindInt, FlagUint, cl(func(x *Classifier) any { return &x.MinTokenHits }), "Minimum number of hits for a token to be considered")
	s.addField("min_prob_strength", kindDouble, 0, cl(func(x *Classifier) any { return &x.MinProbStrength }), "Use only tokens with probability in [0.5 - MPS, 0.5 + MPS]")
	s.addField("max_tokens", kindInt, FlagInt32, cl(func(x *Classifier) any { return &x.MaxTokens }), "Maximum count of tokens (words) to be considered for statistics")
	s.addField("min_learns", kindInt, FlagUint, cl(func(x *Classifier) any { return &x.MinLearns }), "Minimum number of learns for each statfile to use this classifier")
	s.addField("backend", kindString, 0, cl(func(x *Classifier) any { return &x.Backend }), "Statfiles engine")
	s.addField("name", kindString, 0, cl(func(x *Classifier) any { return &x.Name }), "Name of classifier")
	m.addSection(s, "class_labels", "", handleClassLabels, ucl.TypeObject, false, true, s.doc, "Class to backend label mapping for multi-class classification")
	st := m.addSection(s, "statfile", "symbol", handleStatfile, ucl.TypeObject, true, true, s.doc, "Statfiles options")
	sf := func(f func(st *Statfile) any) func(any) any {
		return func(ud any) any { return f(ud.(*statfileData).st) }
	}
	st.addField("label", kindString, 0, sf(func(x *Statfile) any { return &x.Label }), "Statfile unique label")
	st.addField("class", kindString, 0, sf(func(x *Statfile) any { return &x.Class }), "Class name for multi-class classification")
	st.addField("spam", kindBool, 0, sf(func(x *Statfile) any { return &x.IsSpam }), "DEPRECATED: Sets if this statfile contains spam samples (use 'class' instead)")
}

// statfileData is what a statfile section is parsed into.
type statfileData struct {
	cl *Classifier
	st *Statfile
}

// handleClassLabels is the class_labels subsection handler.
func handleClassLabels(c *Config, obj *ucl.Object, _ string, ud any, _ *section) error {
	cl := ud.(*Classifier)
	if obj.Type() != ucl.TypeObject {
		return errorf("class_labels must be an object")
	}
	if !c.parseClassLabels(obj, cl) {
		return errorf("invalid class_labels configuration")
	}
	return nil
}

// parseClassLabels reads a class name to label map
// (rspamd_config_parse_class_labels).
func (c *Config) parseClassLabels(obj *ucl.Object, cl *Classifier) bool {
	if obj.Type() != ucl.TypeObject {
		return false
	}
	if cl.ClassLabels == nil {
		cl.ClassLabels = map[string]string{}
	}
	fail := func(format string, args ...any) bool {
		c.logger().Logf(logger.LevelCritical, "", "", false, "rspamd_config_parse_class_labels", format, args...)
		cl.ClassLabels = nil
		return false
	}
	for cur := range obj.All() {
		name, label := cur.Key(), cur.Str()
		if name != "" && label != "" {
			if len(name) > 32 {
				return fail("class name '%s' is too long (max 32 characters)", name)
			}
			for i := 0; i < len(name); i++ {
				ch := name[i]
				if !(ch == '_' || ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
					return fail("class name '%s' contains invalid character '%c'", name, ch)
				}
			}
			// Upstream looks the label up among the class names.
			if _, dup := cl.ClassLabels[label]; dup {
				return fail("backend label '%s' is used by multiple classes", label)
			}
		}
		cl.ClassLabels[name] = label
	}
	return len(cl.ClassLabels) > 0
}

// handleStatfile reads a statfile (rspamd_rcl_statfile_handler).
func handleStatfile(c *Config, obj *ucl.Object, key string, ud any, sec *section) error {
	d := ud.(*statfileData)
	st := &Statfile{Symbol: key, Classifier: d.cl}
	d.st = st
	if err := c.parseDefaults(sec, obj, d); err != nil {
		return err
	}
	cl := d.cl
	cl.Statfiles = append([]*Statfile{st}, cl.Statfiles...)
	if st.Label != "" {
		cl.Labels[st.Label] = append(cl.Labels[st.Label], st)
	}
	c.ClassifierSymbols[st.Symbol] = st
	c.classifierOrder.insert(st.Symbol)
	st.Opts = obj
	classVal, spamVal := obj.Lookup("class"), obj.Lookup("spam")
	const fn = "rspamd_rcl_statfile_handler"
	switch {
	case classVal != nil && spamVal != nil:
		c.warnf(fn, "statfile %s has both 'class' and 'spam' fields, using 'class' field", st.Symbol)
	case classVal == nil && spamVal == nil:
		c.infof(fn, "statfile %s has no explicit 'class' or 'spam' setting, trying to guess by symbol", st.Symbol)
		sym := encoding.LowerASCII(st.Symbol)
		switch {
		case strings.Contains(sym, "spam"):
			st.IsSpam, st.Class, st.Converted = true, "spam", true
		case strings.Contains(sym, "ham"):
			st.IsSpam, st.Class, st.Converted = false, "ham", true
		default:
			return errorf("cannot guess class setting from %s, please specify 'class' field", st.Symbol)
		}
		c.infof(fn, "guessed that statfile with symbol %s has class '%s'", st.Symbol, st.Class)
	case classVal == nil:
		st.Class = "ham"
		if st.IsSpam {
			st.Class = "spam"
		}
		st.Converted = true
	default:
		st.IsSpam = st.Class == "spam"
	}
	return nil
}

// handleClassifier reads a classifier (rspamd_rcl_classifier_handler).
func handleClassifier(c *Config, obj *ucl.Object, key string, _ any, sec *section) error {
	cl := &Classifier{Type: key, MinProbStrength: 0.05, MinTokenHits: 2, Labels: map[string][]*Statfile{}}
	if err := c.parseDefaults(sec, obj, cl); err != nil {
		c.errf("rspamd_rcl_classifier_handler", "fatal configuration error, cannot parse statfile definition")
	} else {
		if cl.Type == "" {
			cl.Type = "bayes"
		}
		if cl.Name == "" {
			cl.Name = cl.Type
		}
		for cur := range obj.All() {
			switch k := cur.Key(); {
			case encoding.EqualFoldASCII(k, "statfile"):
				for _, v := range cur.Values() {
					if err := c.processSection(sec.subs["statfile"], &statfileData{cl: cl}, v); err != nil {
						return err
					}
				}
			case encoding.EqualFoldASCII(k, "tokenizer"):
				switch cur.Type() {
				case ucl.TypeString:
					cl.Tokenizer = cur.Str()
				case ucl.TypeObject:
					if n := cur.LookupAny("name", "type"); n != nil {
						cl.Tokenizer, cl.TokenizerOpts = n.Str(), cur
					}
				}
			case encoding.EqualFoldASCII(k, "class_labels"):
				if cur.Type() != ucl.TypeObject {
					return errorf("class_labels must be an object")
				}
				if !c.parseClassLabels(cur, cl) {
					return errorf("invalid class_labels configuration")
				}
			}
		}
	}
	for _, cond := range []string{"learn_condition", "classify_condition"} {
		val := obj.Lookup(cond)
		if val == nil {
			continue
		}
		for _, cur := range val.Values() {
			if cur.Type() != ucl.TypeString || c.Lua == nil {
				continue
			}
			if err := c.Lua.CompileFunction(cur.Str(), cond); err != nil {
				return err
			}
		}
	}
	cl.Opts = obj
	if err := c.validateClasses(cl); err != nil {
		return err
	}
	c.Classifiers = append([]*Classifier{cl}, c.Classifiers...)
	c.setClassNames(cl)
	return nil
}

// validateClasses checks the classes of a classifier
// (rspamd_config_validate_class_config).
func (c *Config) validateClasses(cl *Classifier) error {
	if len(cl.Statfiles) == 0 {
		return errorf("classifier has no statfiles defined")
	}
	seen := map[string]bool{}
	for _, st := range cl.Statfiles {
		if st.Class == "" {
			if st.IsSpam {
				st.Class = "spam"
			} else {
				st.Class = "ham"
			}
			c.logger().Logf(logger.LevelInfo, "", "", false, "rspamd_config_migrate_binary_config",
				"migrated statfile '%s' from is_spam=%s to class='%s'", st.Symbol, map[bool]string{true: "true", false: "false"}[st.IsSpam], st.Class)
		}
		seen[st.Class] = true
	}
	if len(seen) < 2 {
		return errorf("classifier must have at least 2 classes, found %dd", len(seen)) // g_set_error prints %ud as %u and "d"
	}
	if len(seen) > 20 {
		c.logger().Logf(logger.LevelWarning, "", "", false, "rspamd_config_validate_class_config",
			"classifier has %ud classes, performance may be degraded above 20 classes", uint(len(seen)))
	}
	return nil
}

// setClassNames lists the classes of an explicitly multi-class classifier
// in statfile order and flags genuinely multi-class ones.
func (c *Config) setClassNames(cl *Classifier) {
	explicit := false
	for _, st := range cl.Statfiles {
		if st.Class != "" && !st.Converted {
			explicit = true
			break
		}
	}
	if !explicit {
		return
	}
	cl.ClassNames = nil
	for _, st := range cl.Statfiles {
		if st.Class == "" {
			continue
		}
		idx := -1
		for i, n := range cl.ClassNames {
			if n == st.Class {
				idx = i
				break
			}
		}
		if idx < 0 {
			idx = len(cl.ClassNames)
			cl.ClassNames = append(cl.ClassNames, st.Class)
		}
		st.ClassIndex = idx
		switch st.Class {
		case "spam", "S", "ham", "H":
		default:
			cl.Multiclass = true
		}
	}
}
