package text

import (
	"github.com/gorspamd/rspamd/internal/fasthash"
	"github.com/gorspamd/rspamd/internal/khash"
)

// hashSeed is rspamd_hash_seed().
const hashSeed = 0xabf9727ba290690b

// strOps keys upstream's language candidate tables: rspamd_str_hash (XXH3
// of the string with rspamd's seed, truncated to 32 bits) and equality.
type strOps struct{}

func (strOps) Hash(s string) uint32   { return uint32(fasthash.Default([]byte(s), hashSeed)) }
func (strOps) Equal(a, b string) bool { return a == b }

// nameOrder holds language names in the order upstream's khash of
// candidates iterates them, which decides ties and the order of floating
// point sums.
type nameOrder = khash.Table[string, struct{}, strOps]
