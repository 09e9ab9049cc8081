//go:build nohyperscan

package hyperscan

// This build has no Hyperscan (the nohyperscan tag): Available reports
// false and nothing compiles.

import "errors"

// ErrUnavailable is returned by everything in a build without Hyperscan.
var ErrUnavailable = errors.New("hyperscan: not available in this build")

// Available reports false: this build has no Hyperscan.
func Available() bool { return false }

// Version returns an empty string.
func Version() string { return "" }

// Database is never built in this build.
type Database struct{}

// Compile fails: this build has no Hyperscan.
func Compile([]Expression) (*Database, error) { return nil, ErrUnavailable }

// Serialize fails: this build has no Hyperscan.
func (*Database) Serialize() ([]byte, error) { return nil, ErrUnavailable }

// Deserialize fails: this build has no Hyperscan.
func Deserialize([]byte) (*Database, error) { return nil, ErrUnavailable }

// Scratch is never allocated in this build.
type Scratch struct{}

// NewScratch fails: this build has no Hyperscan.
func NewScratch(*Database) (*Scratch, error) { return nil, ErrUnavailable }

// Scan fails: this build has no Hyperscan.
func (*Scratch) Scan(*Database, []byte, func(id uint32, from, to uint64) bool) (bool, error) {
	return false, ErrUnavailable
}
