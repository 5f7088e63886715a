//go:build !race

package figures

// raceSlowdown stretches the time guards of tests under the race detector,
// which makes this code several times slower.
const raceSlowdown = 1
