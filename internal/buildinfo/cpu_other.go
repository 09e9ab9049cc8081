//go:build !amd64

package buildinfo

// cpuExtensions reports nothing: upstream only probes x86 CPUs.
func cpuExtensions() uint { return 0 }
