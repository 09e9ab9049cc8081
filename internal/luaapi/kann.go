package luaapi

import (
	"bytes"
	"fmt"
	"os"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_kann, rspamd{kann_node} and rspamd{kann} (upstream's lua_kann.c)
// over kad.go: neural networks built from layers, trained, applied,
// saved and loaded in kann's format. The recurrent and convolutional
// layers, attention pooling, slice, concat and the weighted multi-class
// loss are not implemented and fail when called; applying or training
// through a PCA matrix (rspamd{tensor}) is not either.

const (
	kannNodeClass = "rspamd{kann_node}"
	kannClass     = "rspamd{kann}"
	// kannRNGClass holds the state's generator (kann's process-wide
	// one), kept in the registry under kannRNGKey.
	kannRNGClass = "rspamd{kann_rng}"
	kannRNGKey   = "rspamd_kann.rng"
)

func init() {
	defineClass(kannRNGClass, func(rt *Runtime) []lua.Reg { return nil }, nil)
	defineClass(kannNodeClass, func(rt *Runtime) []lua.Reg { return nil }, nil)
	defineClass(kannClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "save", Func: rt.kannSave},
			{Name: "train1", Func: rt.kannTrain1},
			{Name: "apply1", Func: rt.kannApply1},
			{Name: "merge_weights", Func: rt.kannMergeWeights},
			{Name: "is_compatible", Func: rt.kannIsCompatible},
		}
	}, nil)
	defineModule("rspamd_kann", kannModule)
}

// kannModule pushes the module table.
func kannModule(rt *Runtime) lua.Function {
	ints := func(s *lua.State, name string, vals []struct {
		k string
		v int64
	}) {
		s.NewTable(0, len(vals))
		for _, kv := range vals {
			s.PushInteger(kv.v)
			s.SetField(-2, kv.k)
		}
		s.SetField(-2, name)
	}
	type kv = struct {
		k string
		v int64
	}
	groups := []struct {
		name  string
		funcs []lua.Reg
	}{
		{"layer", rt.kannLayers()},
		{"transform", rt.kannTransforms()},
		{"loss", rt.kannLosses()},
		{"new", rt.kannNew()},
	}
	return func(s *lua.State) int {
		s.NewTable(0, 10)
		ints(s, "flag", []kv{{"in", kannIn}, {"cost", kannCost}, {"out", kannOut}, {"truth", kannTruth}})
		ints(s, "cost", []kv{{"ceb", kannCostCEB}, {"cem", kannCostCEM}, {"ceb_neg", kannCostCEBNeg}, {"mse", kannCostMSE}})
		ints(s, "rnn", []kv{{"norm", 0x2}, {"var_h0", 0x1}})
		for _, g := range groups {
			s.NewTable(0, len(g.funcs))
			s.SetFuncs(-1, g.funcs)
			s.SetField(-2, g.name)
		}
		s.PushFunction(rt.kannLoad)
		s.SetField(-2, "load")
		return 1
	}
}

// kadRNG returns the state's generator of kann's random values.
func (rt *Runtime) kadRNG(s *lua.State) *kadRNG {
	s.GetField(lua.RegistryIndex, kannRNGKey)
	r, ok := lua.Test[*kadRNG](s, -1, rt.Class(kannRNGClass))
	s.Pop(1)
	if !ok {
		r = newKadGlobal()
		s.PushUserdata(rt.Class(kannRNGClass), r)
		s.SetField(lua.RegistryIndex, kannRNGKey)
	}
	return r
}

// unavailable is a function of the module this build lacks.
func unavailable(name string) lua.Function {
	return func(s *lua.State) int {
		return s.Errorf("rspamd_kann.%s: not available in this build", name)
	}
}

// checkNode returns the node at narg (nil for a node that failed to
// build).
func (rt *Runtime) checkNode(s *lua.State, narg int) *kadNode {
	return lua.Check[*kadNode](s, narg, rt.Class(kannNodeClass))
}

func (rt *Runtime) checkKann(s *lua.State, narg int) *kannNet {
	return lua.Check[*kannNet](s, narg, rt.Class(kannClass))
}

// pushNode pushes a node, adding the external flags at argument flags
// (a number, or a table whose values are or-ed).
func (rt *Runtime) pushNode(s *lua.State, p *kadNode, flags int) {
	if p != nil && flags > 0 {
		switch s.Type(flags) {
		case lua.TypeTable:
			s.PushNil()
			for s.Next(flags) {
				p.extFlag |= uint32(s.ToInteger(-1))
				s.Pop(1)
			}
		case lua.TypeNumber:
			p.extFlag |= uint32(s.ToInteger(flags))
		}
	}
	s.PushUserdata(rt.Class(kannNodeClass), p)
}

func (rt *Runtime) kannLayers() []lua.Reg {
	regs := []lua.Reg{
		{Name: "input", Func: func(s *lua.State) int {
			n := int32(s.CheckInteger(1))
			if n <= 0 {
				return s.Errorf("invalid arguments, nnodes required")
			}
			p := newFeed(n)
			p.extFlag |= kannIn
			rt.pushNode(s, p, 2)
			return 1
		}},
		{Name: "dense", Func: func(s *lua.State) int {
			in := rt.checkNode(s, 1)
			n := int32(s.CheckInteger(2))
			if in == nil || n <= 0 {
				return s.Errorf("invalid arguments, input + nnodes required")
			}
			rt.pushNode(s, kadDense(rt.kadRNG(s), in, n), 3)
			return 1
		}},
		{Name: "layernorm", Func: func(s *lua.State) int {
			in := rt.checkNode(s, 1)
			if in == nil {
				return s.Errorf("invalid arguments, input required")
			}
			rt.pushNode(s, kadLayernorm(rt.kadRNG(s), in), 2)
			return 1
		}},
		{Name: "dropout", Func: func(s *lua.State) int {
			in := rt.checkNode(s, 1)
			r := s.CheckNumber(2)
			if in == nil {
				return s.Errorf("invalid arguments, input + rate required")
			}
			rt.pushNode(s, kadDropoutLayer(rt.kadRNG(s), in, float32(r)), 3)
			return 1
		}},
		{Name: "cost", Func: func(s *lua.State) int {
			in := rt.checkNode(s, 1)
			n := int32(s.CheckInteger(2))
			typ := int(int32(s.CheckInteger(3)))
			if in == nil || n <= 0 {
				return s.Errorf("invalid arguments, input, nout and cost_type are required")
			}
			if typ < kannCostCEB || typ > kannCostMSE {
				return s.Errorf("invalid cost type: %d", typ)
			}
			rt.pushNode(s, kadCostLayer(rt.kadRNG(s), in, n, typ), 4)
			return 1
		}},
	}
	for _, name := range []string{"attn_pool", "rnn", "lstm", "gru", "conv2d", "conv1d", "max1d", "input3d"} {
		regs = append(regs, lua.Reg{Name: name, Func: unavailable("layer." + name)})
	}
	return regs
}

// kannOps are the operators of the transform and loss tables.
var kannOps = []struct {
	name  string
	op    uint16
	arity int
	loss  bool
}{
	{"add", opAdd, 2, false}, {"sub", opSub, 2, false}, {"mul", opMul, 2, false},
	{"cmul", opCmul, 2, false}, {"matmul", opMatmul, 2, false},
	{"square", opSquare, 1, false}, {"sigm", opSigm, 1, false}, {"tanh", opTanh, 1, false},
	{"relu", opRelu, 1, false}, {"gelu", opGelu, 1, false}, {"softmax", opSoftmax, 1, false},
	{"1minus", op1Minus, 1, false}, {"exp", opExp, 1, false}, {"log", opLog, 1, false},
	{"sin", opSin, 1, false},
	{"mse", opMSE, 2, true}, {"ce_multi", opCEMulti, 2, true}, {"ce_bin", opCEBin, 2, true},
	{"ce_bin_neg", opCEBinNeg, 2, true},
}

// kannOpFuncs returns the functions of the transform (loss: false) or
// loss table.
func (rt *Runtime) kannOpFuncs(loss bool) []lua.Reg {
	var regs []lua.Reg
	for _, o := range kannOps {
		if o.loss != loss {
			continue
		}
		o := o
		regs = append(regs, lua.Reg{Name: o.name, Func: func(s *lua.State) int {
			x := rt.checkNode(s, 1)
			if o.arity == 1 {
				if x == nil {
					return s.Errorf("invalid arguments for %s, input required", o.name)
				}
				rt.pushNode(s, newOp(o.op, nil, x), 0)
				return 1
			}
			y := rt.checkNode(s, 2)
			if x == nil || y == nil {
				return s.Errorf("invalid arguments for %s, 2 inputs required", o.name)
			}
			rt.pushNode(s, newOp(o.op, nil, x, y), 0)
			return 1
		}})
	}
	return regs
}

func (rt *Runtime) kannTransforms() []lua.Reg {
	regs := rt.kannOpFuncs(false)
	for _, name := range []string{"slice", "concat"} {
		regs = append(regs, lua.Reg{Name: name, Func: unavailable("transform." + name)})
	}
	return regs
}

func (rt *Runtime) kannLosses() []lua.Reg {
	return append(rt.kannOpFuncs(true), lua.Reg{Name: "ce_multi_weighted", Func: unavailable("loss.ce_multi_weighted")})
}

func (rt *Runtime) kannNew() []lua.Reg {
	return []lua.Reg{
		{Name: "scalar", Func: func(s *lua.State) int {
			flag := s.CheckInteger(1)
			x := s.CheckNumber(2)
			rt.pushNode(s, newLeaf(rt.kadRNG(s), uint8(flag), float32(x)), 3)
			return 1
		}},
		{Name: "weight", Func: func(s *lua.State) int {
			rows, cols := int32(s.CheckInteger(1)), int32(s.CheckInteger(2))
			if rows <= 0 || cols <= 0 {
				return s.Errorf("invalid arguments for new.weight")
			}
			rt.pushNode(s, newLeaf(rt.kadRNG(s), kadVar, 0, rows, cols), 3)
			return 1
		}},
		{Name: "bias", Func: func(s *lua.State) int {
			n := int32(s.CheckInteger(1))
			if n <= 0 {
				return s.Errorf("invalid arguments for new.bias")
			}
			rt.pushNode(s, newLeaf(rt.kadRNG(s), kadVar, 0, n), 2)
			return 1
		}},
		{Name: "leaf", Func: func(s *lua.State) int {
			dim := s.CheckInteger(1)
			if dim < 1 || dim >= kadMaxDim || !s.IsTable(2) {
				return s.Errorf("invalid arguments for new.leaf, dim and vector of elements are required")
			}
			d := make([]int32, dim)
			for i := range d {
				s.RawGetInt(2, i+1)
				d[i] = int32(s.ToInteger(-1))
				s.Pop(1)
				if d[i] <= 0 {
					return s.Errorf("invalid arguments for new.leaf, dim and vector of elements are required")
				}
			}
			rt.pushNode(s, newLeaf(rt.kadRNG(s), 0, 0, d...), 3)
			return 1
		}},
		{Name: "weight_conv2d", Func: unavailable("new.weight_conv2d")},
		{Name: "weight_conv1d", Func: unavailable("new.weight_conv1d")},
		{Name: "kann", Func: func(s *lua.State) int {
			cost := rt.checkNode(s, 1)
			if cost == nil {
				return s.Errorf("invalid arguments for new.kann, cost node is required")
			}
			s.PushUserdata(rt.Class(kannClass), newKann(cost))
			return 1
		}},
	}
}

// kannSave is ann:save([{filename = ...}]): the network as text, or true
// once written to the file.
func (rt *Runtime) kannSave(s *lua.State) int {
	k := rt.checkKann(s, 1)
	if k == nil {
		return s.Errorf("invalid arguments")
	}
	if s.IsTable(2) {
		s.GetField(2, "filename")
		if !s.IsString(-1) {
			return s.Errorf("invalid arguments: missing filename")
		}
		name, _ := s.ToString(-1)
		f, err := os.Create(cconv.CString(name))
		if err != nil {
			return s.Errorf("cannot open %s for writing: %s", cconv.CString(name), errText(err))
		}
		err = k.save(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return s.Errorf("cannot write %s: %s", cconv.CString(name), errText(err))
		}
		s.PushBool(true)
		return 1
	}
	var b bytes.Buffer
	k.save(&b)
	rt.PushOwnedText(s, b.Bytes())
	return 1
}

// kannLoad is rspamd_kann.load(data or {filename = ...}): the network,
// nil when the data is not one.
func (rt *Runtime) kannLoad(s *lua.State) int {
	var data []byte
	switch {
	case s.IsTable(1):
		s.GetField(1, "filename")
		if !s.IsString(-1) {
			return s.Errorf("invalid arguments: missing filename")
		}
		name, _ := s.ToString(-1)
		b, err := os.ReadFile(cconv.CString(name))
		if err != nil {
			return s.Errorf("invalid arguments or cannot open file")
		}
		data = b
	case s.IsString(1):
		data, _ = s.ToBytes(1)
	case s.IsUserdata(1):
		t, ok := lua.Test[*Text](s, 1, rt.Class(textClass))
		if !ok {
			return s.Errorf("invalid arguments")
		}
		data = t.Data
	default:
		return s.Errorf("invalid arguments or cannot open file")
	}
	k, err := loadKann(data)
	if err != nil {
		if err != errKannFormat || (len(data) >= 4 && string(data[:4]) == kannMagic) {
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_kann_load", "cannot load ANN: %s", err.Error())
		}
		s.PushNil()
		return 1
	}
	s.PushUserdata(rt.Class(kannClass), k)
	return 1
}

// tableFloats reads the array at idx as float32 values.
func tableFloats(s *lua.State, idx, n int) []float32 {
	out := make([]float32, n)
	for i := range out {
		s.RawGetInt(idx, i+1)
		out[i] = float32(s.ToNumber(-1))
		s.Pop(1)
	}
	return out
}

// keepDefault makes a table argument leave its destination alone when
// absent (RSPAMD_LUA_PARSE_ARGUMENTS_IGNORE_MISSING).
func keepDefault(a tableArg) tableArg {
	a.missing = func() {}
	return a
}

// kannTrain1 is ann:train1(inputs, outputs[, params]): trains on the
// rows and returns the number of epochs run.
func (rt *Runtime) kannTrain1(s *lua.State) int {
	k := rt.checkKann(s, 1)
	if k == nil || !s.IsTable(2) || !s.IsTable(3) {
		return s.Errorf("invalid arguments: kann, inputs, outputs and optional params are expected")
	}
	n := s.ObjLen(2)
	nIn, nOut := k.feedDim(kannIn), k.feedDim(kannTruth)
	if nIn <= 0 {
		return s.Errorf("invalid inputs count: %d", nIn)
	}
	if nOut <= 0 {
		return s.Errorf("invalid outputs count: %d", nOut)
	}
	if n != s.ObjLen(3) || n == 0 {
		return s.Errorf("invalid dimensions: outputs size must be equal to inputs and non zero")
	}
	lr, fracVal := 0.001, 0.1
	miniSize, maxEpoch, maxDrop := int64(64), int64(25), int64(10)
	cb := lua.RefNil
	var pca any
	if s.IsTable(4) {
		if err := rt.parseTableArgs(s, 4,
			keepDefault(argNumber("lr", &lr, false)),
			keepDefault(argInt("mini_size", &miniSize)),
			keepDefault(argInt("max_epoch", &maxEpoch)),
			keepDefault(argInt("max_drop_streak", &maxDrop)),
			keepDefault(argNumber("frac_val", &fracVal, false)),
			keepDefault(argFunc("cb", &cb)),
			keepDefault(argUserdata("pca", "rspamd{tensor}", &pca)),
		); err != nil {
			return s.Errorf("invalid params: %s", err.Error())
		}
	}
	if cb != lua.RefNil {
		defer s.Unref(cb)
	}
	if pca != nil {
		return s.Errorf("invalid params: training through a PCA matrix is not available in this build")
	}
	if miniSize <= 0 {
		return s.Errorf("invalid params: mini_size must be positive")
	}
	xs, ys := make([][]float32, n), make([][]float32, n)
	for i := range n {
		s.RawGetInt(2, i+1)
		if m := s.ObjLen(-1); m != nIn {
			return s.Errorf("invalid params at pos %d: bad input dimension %d; %d expected", i+1, m, nIn)
		}
		xs[i] = tableFloats(s, s.GetTop(), nIn)
		s.Pop(1)
		s.RawGetInt(3, i+1)
		if m := s.ObjLen(-1); m != nOut {
			return s.Errorf("invalid params at pos %d: bad output dimension %d; %d expected", i+1, m, nOut)
		}
		ys[i] = tableFloats(s, s.GetTop(), nOut)
		s.Pop(1)
	}
	p := trainParams{lr: float32(lr), miniSize: int(miniSize), maxEpoch: int(maxEpoch),
		maxDropStreak: int(maxDrop), fracVal: float32(fracVal)}
	if cb != lua.RefNil {
		p.cb = func(epoch int, trainCost, valCost float32) {
			top := s.GetTop()
			defer s.SetTop(top)
			s.PushRef(cb)
			s.PushInteger(int64(epoch))
			s.PushNumber(float64(trainCost))
			s.PushNumber(float64(valCost))
			if err := s.PCall(3, 0); err != nil {
				rt.log().Logf(logger.LevelCritical, "", "", false, "lua_kann_train_cb", "cannot run lua train callback: %s", err.Error())
			}
		}
	}
	s.PushInteger(int64(k.train(rt.kadRNG(s), p, xs, ys)))
	return 1
}

// kannApply1 is ann:apply1(inputs): the outputs for one input row.
func (rt *Runtime) kannApply1(s *lua.State) int {
	k := rt.checkKann(s, 1)
	if k == nil {
		return s.Errorf("invalid arguments: rspamd{kann} expected")
	}
	if !s.IsTable(2) {
		return s.Errorf("invalid arguments: 1D rspamd{tensor} expected")
	}
	n := s.ObjLen(2)
	nIn := k.feedDim(kannIn)
	if nIn <= 0 {
		return s.Errorf("invalid inputs count: %d", nIn)
	}
	if s.IsUserdata(3) {
		return s.Errorf("invalid params: pca matrix expected")
	}
	if n != nIn {
		return s.Errorf("invalid params: bad input dimension %d; %d expected", n, nIn)
	}
	vec := tableFloats(s, 2, n)
	out := k.find(kannOut)
	if out <= 0 {
		return s.Errorf("invalid ANN: output layer is missing or is at the input pos")
	}
	res, err := k.apply(vec, out)
	if err != nil {
		return s.Errorf("invalid ANN: %s", err.Error())
	}
	s.NewTable(len(res), 0)
	for i, v := range res {
		s.PushNumber(float64(v))
		s.RawSetInt(-2, i+1)
	}
	return 1
}

// kannMergeWeights is ann:merge_weights(other, alpha): the weights moved
// towards other's by alpha.
func (rt *Runtime) kannMergeWeights(s *lua.State) int {
	k, other := rt.checkKann(s, 1), rt.checkKann(s, 2)
	alpha := s.CheckNumber(3)
	if k == nil || other == nil {
		return s.Errorf("invalid arguments: two kann objects required")
	}
	if alpha < 0 || alpha > 1 {
		return s.Errorf("alpha must be between 0.0 and 1.0, got %s", fmt.Sprintf("%.14g", alpha))
	}
	if !k.compatible(other) {
		s.PushBool(false)
		s.PushString("incompatible ANN architectures")
		return 2
	}
	k.mergeWeights(other, float32(alpha))
	s.PushBool(true)
	return 1
}

func (rt *Runtime) kannIsCompatible(s *lua.State) int {
	k, other := rt.checkKann(s, 1), rt.checkKann(s, 2)
	if k == nil || other == nil {
		return s.Errorf("invalid arguments: two kann objects required")
	}
	s.PushBool(k.compatible(other))
	return 1
}
