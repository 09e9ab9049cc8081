package ucl

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/syserr"
)

// includeParams are the arguments of the include macros.
type includeParams struct {
	checkSignature bool
	mustExist      bool
	useGlob        bool
	usePrefix      bool
	softFail       bool
	priority       uint32
	strategy       DuplicateStrategy
	parseType      ParseType
	prefix         string
	hasPrefix      bool
	target         string
}

// keyIs reports whether an argument key selects the named parameter:
// upstream compares only the key's length, so any prefix of the name works.
func keyIs(key, name string) bool {
	return len(key) <= len(name) && name[:len(key)] == key
}

func includeMacro(p *Parser, data []byte, args, _ *Object) error {
	return p.includeCommon(data, args, false, false)
}

func tryIncludeMacro(p *Parser, data []byte, args, _ *Object) error {
	return p.includeCommon(data, args, true, false)
}

func includesMacro(p *Parser, data []byte, args, _ *Object) error {
	return p.includeCommon(data, args, false, true)
}

// silent converts a handler outcome to a macro result whose message (if
// any) has already been recorded.
func silent(ok bool) error {
	if ok {
		return nil
	}
	return ErrSilent
}

func (p *Parser) includeCommon(data []byte, args *Object, defaultTry, defaultSign bool) error {
	params := includeParams{
		softFail:       defaultTry,
		checkSignature: defaultSign,
		target:         "object",
		mustExist:      !defaultTry,
	}
	allowURL := false
	if p.tracer != nil {
		var parent *Object
		if p.stack != nil {
			parent = p.stack.obj
		}
		p.tracer(p, parent, args, string(data))
	}
	if args != nil && args.typ == TypeObject {
		for param := range args.All() {
			k := param.key
			switch param.typ {
			case TypeBoolean:
				v := param.Bool()
				switch {
				case keyIs(k, "try"):
					params.mustExist = !v
				case keyIs(k, "sign"):
					params.checkSignature = v
				case keyIs(k, "glob"):
					params.useGlob = v
				case keyIs(k, "url"):
					allowURL = v
				case keyIs(k, "prefix"):
					params.usePrefix = v
				}
			case TypeString:
				switch {
				case keyIs(k, "key"):
					params.prefix, params.hasPrefix = cconv.CString(param.sv), true
				case keyIs(k, "target"):
					params.target = cconv.CString(param.sv)
				case keyIs(k, "duplicate"):
					switch cconv.CString(param.sv) {
					case "append":
						params.strategy = DuplicateAppend
					case "merge":
						params.strategy = DuplicateMerge
					case "rewrite":
						params.strategy = DuplicateRewrite
					case "error":
						params.strategy = DuplicateError
					}
				}
			case TypeArray:
				if keyIs(k, "path") {
					p.includePaths = param.Copy()
				}
			case TypeInt:
				if keyIs(k, "priority") {
					params.priority = uint32(param.iv)
				}
			}
		}
	}
	isURL := allowURL && strings.Contains(cconv.CString(string(data)), "://")
	if p.includePaths == nil {
		if isURL {
			return silent(p.includeURL(&params))
		}
		return silent(p.includeFile(data, &params))
	}
	if isURL {
		return silent(p.includeURL(&params))
	}
	found := false
	for dir := range p.includePaths.Iterate(IterateBoth) {
		if dir.typ != TypeString {
			continue
		}
		ipath := truncPath(cconv.CString(dir.sv) + "/" + cconv.CString(string(data)))
		if found = p.includeFile([]byte(ipath), &params); found && !params.useGlob {
			break
		}
	}
	if found {
		return nil
	}
	p.createErr("cannot find file: %s in search path", cconv.CString(string(data)))
	return ErrSilent
}

// includeURL fails as upstream does when built without URL support.
func (p *Parser) includeURL(params *includeParams) bool {
	p.createErr("URL support is disabled")
	if !params.mustExist {
		p.ClearError()
	}
	return !params.mustExist
}

// truncPath limits a path the way upstream's PATH_MAX buffers do.
func truncPath(s string) string {
	const pathMax = 4096
	if len(s) > pathMax-1 {
		return s[:pathMax-1]
	}
	return s
}

// includeFile includes one file, or every file matching a glob pattern.
func (p *Parser) includeFile(data []byte, params *includeParams) bool {
	name := cconv.CString(string(data))
	if !params.useGlob || !strings.ContainsAny(name, "*?") {
		return p.includeFileSingle(name, params)
	}
	pattern := truncPath(name)
	matches, err := cGlob(pattern)
	if err != nil || len(matches) == 0 {
		return !params.mustExist
	}
	cnt := 0
	for _, m := range matches {
		if p.tracer != nil {
			var parent *Object
			if p.stack != nil {
				parent = p.stack.obj
			}
			p.tracer(p, parent, nil, m)
		}
		if !p.includeFileSingle(m, params) {
			if params.softFail {
				continue
			}
			return false
		}
		cnt++
	}
	if cnt == 0 && params.mustExist {
		p.createErr("cannot match any files for pattern %s", pattern)
		return false
	}
	return true
}

// includeFileSingle includes one file.
func (p *Parser) includeFileSingle(name string, params *includeParams) bool {
	if p.state == stateError {
		return false
	}
	filebuf := truncPath(name)
	real, err := realpath(filebuf)
	if err != nil {
		if params.softFail {
			return false
		}
		if !params.mustExist && !errors.Is(err, syscall.EPERM) {
			return true
		}
		p.createErr("cannot open file %s: %s", filebuf, syserr.Text(err))
		return false
	}
	if p.curFile != "" && real == p.curFile {
		if params.softFail {
			return false
		}
		p.createErr("trying to include the file %s from itself", real)
		return false
	}
	buf, ok := p.fetchFile(real, params.mustExist)
	if !ok {
		if params.softFail {
			return false
		}
		if params.mustExist || p.hasErr {
			return false
		}
		p.ClearError()
		return true
	}
	if params.checkSignature && !p.checkSignature(real) {
		return false
	}

	oldFile := p.curFile
	p.curFile = ""
	oldCurdir, hadCurdir := p.takeVariable("CURDIR")
	oldFilename, hadFilename := p.takeVariable("FILENAME")
	p.SetFileVars(real, false)
	prevState := p.state
	p.state = stateInit

	if params.usePrefix && !params.hasPrefix {
		params.prefix = filepath.Base(real)
		if ext := strings.LastIndexByte(params.prefix, '.'); ext >= 0 {
			if e := params.prefix[ext:]; e == ".conf" || e == ".ucl" {
				params.prefix = params.prefix[:ext]
			}
		}
		params.hasPrefix = true
	}
	var st *stackElt
	if params.hasPrefix {
		if p.stack == nil {
			p.createErr("Invalid include context")
			return false
		}
		nest, ok := p.prefixContainer(params)
		if !ok {
			return false
		}
		st = &stackElt{obj: nest, level: p.stack.level, flags: p.stack.flags,
			line: p.stack.line, chunk: p.chunks, next: p.stack}
		p.stack = st
		p.cur = nest
	}

	res := p.addChunk(buf, params.priority, params.strategy, params.parseType)
	if res {
		if st != nil {
			p.stack = st.next
		}
		p.popChunk()
		p.curFile = oldFile
		if hadCurdir {
			p.RemoveVariable("CURDIR")
		}
		if hadFilename {
			p.RemoveVariable("FILENAME")
		}
		if hadFilename {
			p.vars = append(p.vars, oldFilename)
		}
		if hadCurdir {
			p.vars = append(p.vars, oldCurdir)
		}
		p.state = prevState
	}
	return res
}

// takeVariable removes a variable and returns it.
func (p *Parser) takeVariable(name string) (*variable, bool) {
	for i, v := range p.vars {
		if v.name == name {
			p.vars = append(p.vars[:i:i], p.vars[i+1:]...)
			return v, true
		}
	}
	return nil, false
}

// prefixContainer finds or creates the object (or the array element) an
// include with a "key" or "prefix" argument fills.
func (p *Parser) prefixContainer(params *includeParams) (*Object, bool) {
	cont := p.stack.obj
	old := cont.hash.search(params.prefix)
	nest := newObject(TypeObject, uint(params.priority))
	if strings.EqualFold(params.target, "array") {
		switch {
		case old == nil:
			arr := newObject(TypeArray, uint(params.priority))
			arr.key = params.prefix
			p.insertNew(cont, arr)
			arr.ArrayAppend(nest)
		case old.typ == TypeArray:
			old.ArrayAppend(nest)
		default:
			toMultiArray(cont.hash, old, nest)
		}
		return nest, true
	}
	if old == nil {
		nest.key = params.prefix
		p.insertNew(cont, nest)
		return nest, true
	}
	if old.typ == TypeObject {
		return old, true
	}
	p.createErr("Conflicting type for key: %s, asked %s, has %s",
		params.prefix, params.target, old.typ.String())
	return nil, false
}

// checkSignature verifies path against path.sig. No public keys can be
// registered, so a present signature never verifies (as upstream without
// keys); a missing one is an open error.
func (p *Parser) checkSignature(path string) bool {
	sig := truncPath(path + ".sig")
	if _, ok := p.fetchFile(sig, true); !ok {
		return false
	}
	p.createErr("cannot verify file %s: %s", sig, "error:00000000:lib(0)::reason(0)")
	return false
}

// fetchFile reads a regular file; errors follow upstream's messages.
func (p *Parser) fetchFile(path string, mustExist bool) ([]byte, bool) {
	f, err := os.Open(path)
	if err != nil {
		p.createErr("cannot open file %s: %s", path, syserr.Text(err))
		return nil, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		if mustExist || errors.Is(err, syscall.EPERM) {
			p.createErr("cannot stat file %s: %s", path, syserr.Text(err))
		}
		return nil, false
	}
	if !st.Mode().IsRegular() {
		if mustExist {
			p.createErr("file %s is not a regular file", path)
		}
		return nil, false
	}
	if st.Size() == 0 {
		return nil, true
	}
	buf := make([]byte, st.Size())
	n, err := f.ReadAt(buf, 0)
	if err != nil && n != len(buf) {
		p.createErr("cannot mmap file %s: %s", path, syserr.Text(err))
		return nil, false
	}
	return buf, true
}

// realpath resolves a path like realpath(3): absolute, without symbolic
// links, "." or ".."; every component must exist.
func realpath(path string) (string, error) {
	if path == "" {
		return "", syscall.ENOENT
	}
	rest := path
	if rest[0] != '/' {
		wd, err := syscall.Getwd()
		if err != nil {
			return "", err
		}
		rest = wd + "/" + rest
	}
	resolved := "/"
	links := 0
	var st syscall.Stat_t
	for rest != "" {
		var comp string
		comp, rest, _ = strings.Cut(rest, "/")
		switch comp {
		case "", ".":
			continue
		case "..":
			resolved = filepath.Dir(resolved)
			continue
		}
		next := resolved + "/" + comp
		if resolved == "/" {
			next = "/" + comp
		}
		if err := syscall.Lstat(next, &st); err != nil {
			return "", err
		}
		if st.Mode&syscall.S_IFMT == syscall.S_IFLNK {
			if links++; links > 40 {
				return "", syscall.ELOOP
			}
			target, err := os.Readlink(next)
			if err != nil {
				return "", err
			}
			if strings.HasPrefix(target, "/") {
				resolved = "/"
			}
			rest = target + "/" + rest
			continue
		}
		if rest != "" && st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
			return "", syscall.ENOTDIR
		}
		resolved = next
	}
	if strings.HasSuffix(path, "/") {
		if err := syscall.Stat(resolved, &st); err == nil && st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
			return "", syscall.ENOTDIR
		}
	}
	return resolved, nil
}

// cGlob expands a pattern like glob(3) with no flags: sorted matches,
// hidden files only matched by an explicit dot.
func cGlob(pattern string) ([]string, error) {
	m, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	out := m[:0]
	for _, s := range m {
		base := filepath.Base(s)
		pbase := filepath.Base(pattern)
		if strings.HasPrefix(base, ".") && !strings.HasPrefix(pbase, ".") {
			continue
		}
		out = append(out, s)
	}
	return out, nil
}

// priorityMacro sets the priority of the rest of the current chunk.
func priorityMacro(p *Parser, data []byte, args, _ *Object) error {
	prio := uint32(255)
	found := false
	if args != nil && args.typ == TypeObject {
		for param := range args.All() {
			if param.typ == TypeInt && keyIs(param.key, "priority") {
				prio = uint32(param.iv)
				found = true
			}
		}
	}
	if len(data) > 0 {
		value := cconv.CString(string(data))
		v, n, _ := cconv.Strtol(value, 10)
		if n != len(value) {
			p.createErr("Invalid priority value in macro: %s", value)
			return ErrSilent
		}
		prio = uint32(v)
		found = true
	}
	if !found {
		p.createErr("Unable to parse priority macro")
		return ErrSilent
	}
	p.chunks.priority = prio
	return nil
}

// loadMacro loads a file's content as a string or integer value under a
// key of the current object.
func loadMacro(p *Parser, data []byte, args, _ *Object) error {
	tryLoad, multiline := false, false
	target, prefix := "string", ""
	var prio uint
	var flags StringFlags
	if args != nil && args.typ == TypeObject {
		for param := range args.All() {
			k := param.key
			switch param.typ {
			case TypeBoolean:
				switch {
				case keyIs(k, "try"):
					tryLoad = param.Bool()
				case keyIs(k, "multiline"):
					multiline = param.Bool()
				case keyIs(k, "escape"):
					if param.Bool() {
						flags |= StringEscape
					}
				case keyIs(k, "trim"):
					if param.Bool() {
						flags |= StringTrim
					}
				}
			case TypeString:
				switch {
				case keyIs(k, "key"):
					prefix = cconv.CString(param.sv)
				case keyIs(k, "target"):
					target = cconv.CString(param.sv)
				}
			case TypeInt:
				if keyIs(k, "priority") {
					prio = uint(uint32(param.iv))
				}
			}
		}
	}
	if prefix == "" {
		p.createErr("No Key specified in load macro")
		return ErrSilent
	}
	if len(data) == 0 {
		p.createErr("Unable to parse load macro")
		return ErrSilent
	}
	buf, ok := p.fetchFile(cconv.CString(string(data)), !tryLoad)
	if !ok {
		if tryLoad {
			p.ClearError()
			return nil
		}
		return ErrSilent
	}
	if p.stack == nil {
		p.createErr("Invalid load context")
		return ErrSilent
	}
	cont := p.stack.obj
	if cont.Lookup(prefix) != nil {
		p.createErr("Key %s already exists", prefix)
		return ErrSilent
	}
	var obj *Object
	switch {
	case strings.EqualFold(target, "string"):
		if len(buf) == 0 {
			return nil
		}
		obj = FromString(buf, flags)
		if multiline {
			obj.flags |= FlagMultiline
		}
	case strings.EqualFold(target, "int"):
		v, _, _ := cconv.Strtol(cconv.CString(string(buf)), 10)
		obj = NewInt(v)
	default:
		return nil
	}
	obj.SetPriority(prio)
	cont.InsertKey(prefix, obj)
	return nil
}

// inheritMacro copies the keys of a top-level object into the current one.
func inheritMacro(p *Parser, data []byte, args, top *Object) error {
	parent := top.Lookup(string(data))
	if parent == nil || parent.typ != TypeObject {
		p.createErr("Unable to find inherited object %s", cconv.CString(string(data)))
		return ErrSilent
	}
	if p.stack == nil || p.stack.obj == nil || p.stack.obj.typ != TypeObject {
		p.createErr("Invalid inherit context")
		return ErrSilent
	}
	target := p.stack.obj
	replace := false
	if cur := args.Lookup("replace"); cur != nil {
		replace = cur.Bool()
	}
	for cur := range parent.All() {
		if !replace && target.Lookup(cur.key) != nil {
			continue
		}
		cp := cur.Copy()
		if !replace {
			cp.flags |= FlagInherited
		}
		target.InsertKey(cp.key, cp)
	}
	return nil
}
