package goption

import (
	"strings"
	"unicode"
)

// Help returns the help text GLib prints: with mainHelp and no group the
// --help text; with neither the --help-all text; with a group the
// --help-<group> text.
func (c *Context) Help(mainHelp bool, group *Group) string {
	var b strings.Builder
	rest := ""
	if c.Main != nil {
		for i := range c.Main.Entries {
			if c.Main.Entries[i].Long == "" {
				rest = c.Main.Entries[i].ArgDescription
				break
			}
		}
	}
	b.WriteString("Usage:\n  " + ProgramName())
	if c.HelpEnabled || (c.Main != nil && len(c.Main.Entries) > 0) || len(c.Groups) > 0 {
		b.WriteString(" [OPTION…]")
	}
	if rest != "" {
		b.WriteString(" " + rest)
	}
	if c.ParameterString != "" {
		b.WriteString(" " + c.ParameterString)
	}
	b.WriteString("\n\n")
	if c.Summary != "" {
		b.WriteString(c.Summary + "\n\n")
	}

	names := c.helpNames()
	maxLen := 0
	if c.HelpEnabled {
		maxLen = strWidth("-?, --help")
		if len(c.Groups) > 0 {
			maxLen = max(maxLen, strWidth("--help-all"))
		}
	}
	if c.Main != nil {
		maxLen = max(maxLen, names.maxLength(c.Main))
	}
	for _, g := range c.Groups {
		if group != nil && group != g {
			continue
		}
		if c.HelpEnabled {
			maxLen = max(maxLen, strWidth("--help-")+strWidth(g.Name))
		}
		if c.hasVisible(g, mainHelp) {
			maxLen = max(maxLen, names.maxLength(g))
		}
	}
	maxLen += 4

	if group == nil && c.HelpEnabled {
		token := byte('h')
		if c.hasShortH() {
			token = '?'
		}
		b.WriteString("Help Options:\n  -" + string(token) + ", --" + padRight("help", maxLen-4) + " Show help options\n")
		if len(c.Groups) > 0 {
			b.WriteString("  --" + padRight("help-all", maxLen) + " Show all help options\n")
		}
		for _, g := range c.Groups {
			if c.hasVisible(g, false) {
				b.WriteString("  --help-" + padRight(g.Name, maxLen-5) + " " + g.HelpDescription + "\n")
			}
		}
		b.WriteString("\n")
	}

	switch {
	case group != nil:
		if c.hasVisible(group, false) {
			b.WriteString(group.Description + "\n")
			for i := range group.Entries {
				names.printEntry(&b, maxLen, &group.Entries[i])
			}
			b.WriteString("\n")
		}
	case !mainHelp:
		for _, g := range c.Groups {
			if !c.hasVisible(g, false) {
				continue
			}
			b.WriteString(g.Description + "\n")
			for i := range g.Entries {
				if g.Entries[i].Flags&FlagInMain == 0 {
					names.printEntry(&b, maxLen, &g.Entries[i])
				}
			}
			b.WriteString("\n")
		}
	}

	if (mainHelp || group == nil) && (c.hasVisible(c.Main, true) || c.groupsHaveVisibleMain()) {
		if c.HelpEnabled || len(c.Groups) > 0 {
			b.WriteString("Application Options:\n")
		} else {
			b.WriteString("Options:\n")
		}
		if c.Main != nil {
			for i := range c.Main.Entries {
				names.printEntry(&b, maxLen, &c.Main.Entries[i])
			}
		}
		for _, g := range c.Groups {
			for i := range g.Entries {
				if g.Entries[i].Flags&FlagInMain != 0 {
					names.printEntry(&b, maxLen, &g.Entries[i])
				}
			}
		}
		b.WriteString("\n")
	}
	if c.Description != "" {
		b.WriteString(c.Description + "\n")
	}
	return b.String()
}

// helpNames records how entries are named in help output: a long name
// already used by an earlier group is shown as <group>-<name>, and a short
// name already used is not shown.
type helpNames struct {
	alias   map[*Entry]string
	noShort map[*Entry]bool
}

func (c *Context) helpNames() helpNames {
	n := helpNames{alias: map[*Entry]string{}, noShort: map[*Entry]bool{}}
	seenLong := map[string]bool{}
	var seenShort [256]bool
	if c.Main != nil {
		for i := range c.Main.Entries {
			e := &c.Main.Entries[i]
			seenLong[e.Long] = true
			if seenShort[e.Short] {
				n.noShort[e] = true
			}
			seenShort[e.Short] = true
		}
	}
	for _, g := range c.Groups {
		for i := range g.Entries {
			e := &g.Entries[i]
			if seenLong[e.Long] && e.Flags&FlagNoAlias == 0 {
				n.alias[e] = g.Name + "-" + e.Long
			} else {
				seenLong[e.Long] = true
			}
			if seenShort[e.Short] && e.Flags&FlagNoAlias == 0 {
				n.noShort[e] = true
			} else {
				seenShort[e.Short] = true
			}
		}
	}
	return n
}

func (n helpNames) long(e *Entry) string {
	if a, ok := n.alias[e]; ok {
		return a
	}
	return e.Long
}

func (n helpNames) short(e *Entry) byte {
	if n.noShort[e] {
		return 0
	}
	return e.Short
}

func (n helpNames) maxLength(g *Group) int {
	m := 0
	for i := range g.Entries {
		e := &g.Entries[i]
		if e.Flags&FlagHidden != 0 {
			continue
		}
		l := strWidth(n.long(e))
		if n.short(e) != 0 {
			l += 4
		}
		if !e.noArg() && e.ArgDescription != "" {
			l += 1 + strWidth(e.ArgDescription)
		}
		if e.Flags&FlagDeprecated != 0 {
			l += 3 + strWidth("deprecated")
		}
		m = max(m, l)
	}
	return m
}

func (n helpNames) printEntry(b *strings.Builder, maxLen int, e *Entry) {
	if e.Flags&FlagHidden != 0 || e.Long == "" {
		return
	}
	s := "  --" + n.long(e)
	if sh := n.short(e); sh != 0 {
		s = "  -" + string(sh) + ", --" + n.long(e)
	}
	if e.ArgDescription != "" {
		s += "=" + e.ArgDescription
	}
	if e.Flags&FlagDeprecated != 0 {
		s += " (deprecated)"
	}
	// C's "%*s" with a negative width pads to its absolute value.
	pad := maxLen + 4 - strWidth(s)
	if pad < 0 {
		pad = -pad
	}
	b.WriteString(s + strings.Repeat(" ", pad) + " " + e.Description + "\n")
}

// hasVisible reports whether g has an entry help would list, among the
// application options (mainEntries) or in its own section.
func (c *Context) hasVisible(g *Group, mainEntries bool) bool {
	if g == nil {
		return false
	}
	reject := FlagHidden
	if !mainEntries {
		reject |= FlagInMain
	}
	for i := range g.Entries {
		e := &g.Entries[i]
		if mainEntries && g != c.Main && e.Flags&FlagInMain == 0 {
			continue
		}
		if e.Long == "" {
			continue
		}
		if e.Flags&reject == 0 {
			return true
		}
	}
	return false
}

func (c *Context) groupsHaveVisibleMain() bool {
	for _, g := range c.Groups {
		if c.hasVisible(g, true) {
			return true
		}
	}
	return false
}

// padRight pads s with spaces to width columns, as "%-*s".
func padRight(s string, width int) string {
	if w := strWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// strWidth is the number of terminal columns s takes: combining marks and
// format characters take none, East Asian wide characters two.
func strWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || r == 0x200B:
		case isWide(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

// wideRanges are the main East Asian Wide and Fullwidth blocks.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x2E80, 0x303E},
	{0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
	{0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19},
	{0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
	{0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}

func isWide(r rune) bool {
	for _, rg := range wideRanges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}
