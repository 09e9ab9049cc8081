# debapt.sh -- sourced by upstream.sh and luajit.sh: apt's own tools on a
# private sources list and state directory, so the system's apt configuration
# is not touched and root is not needed.
#
# debapt_init DIR KIND SUITE [MIRROR] prepares DIR for one line "KIND
# [signed-by=the Debian archive keyring] MIRROR SUITE main" (KIND is deb or
# deb-src; MIRROR defaults to the host's Debian mirror from apt) and sets
# MIRROR and APTOPTS, the options that make apt-get and apt-cache use DIR.
debapt_init() {
	local dir=$1 kind=$2 suite=$3
	MIRROR=${4:-$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
		awk '$2 !~ /-(security|updates|backports)$/ && $1 ~ /debian\/?$/ {print $1; exit}')}
	MIRROR=${MIRROR:-http://deb.debian.org/debian/}
	local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
	[ -r "$keyring" ] || { echo "${0##*/}: $keyring missing (apt-get install debian-archive-keyring)" >&2; return 1; }
	mkdir -p "$dir/etc/apt.conf.d" "$dir/etc/preferences.d" "$dir/etc/sources.list.d" \
		"$dir/state/lists/partial" "$dir/cache/archives/partial"
	echo "$kind [signed-by=$keyring] $MIRROR $suite main" >"$dir/etc/sources.list"
	: >"$dir/state/status"
	APTOPTS=(
		-o "Dir::Etc=$dir/etc" -o "Dir::Etc::SourceList=$dir/etc/sources.list"
		-o "Dir::Etc::SourceParts=$dir/etc/sources.list.d" -o "Dir::Etc::Parts=$dir/etc/apt.conf.d"
		-o "Dir::Etc::PreferencesParts=$dir/etc/preferences.d"
		-o "Dir::State=$dir/state" -o "Dir::State::status=$dir/state/status"
		-o "Dir::Cache=$dir/cache" -o "Acquire::Check-Valid-Until=false"
		-o "Debug::NoLocking=1" -o "APT::Sandbox::User=$(id -un)"
	)
}
