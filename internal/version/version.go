// Package version holds the upstream rspamd release this project reproduces
// and the identifiers the binaries print about themselves.
package version

const (
	// Upstream is the rspamd release whose behaviour, outputs and data formats
	// this project matches. Every "version" output reports it, so that
	// scripts which parse version strings keep working.
	Upstream = "4.1.5"
	// Major, Minor and Patch are the components of Upstream.
	Major = 4
	Minor = 1
	Patch = 5
	// ReleaseID is printed where upstream prints its git id or "release".
	ReleaseID = "release"
	// DebianRevision is the Debian package revision `make upstream` extracts.
	DebianRevision = "4.1.5-1"
)
