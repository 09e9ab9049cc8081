package fasthash

// MumStep is mum_hash_step: one step of the incremental mum-hash state
// (used by the tokenizer's word decay).
func MumStep(h, key uint64) uint64 { return mumStep(h, key) }

// MumFinish is mum_hash_finish.
func MumFinish(h uint64) uint64 { return mumFinish(h) }
