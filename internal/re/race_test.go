//go:build race

package re

// raceEnabled: sync.Pool drops items at random under the race detector.
const raceEnabled = true
