# Build, run and test the Go rspamd. The two commands a newcomer needs are
# `make run` and `make test` (see README.md); both install what they need.

SHELL := /bin/bash
GO ?= go
BIN := bin
TOP := $(CURDIR)

# Debian packages the build and the tests need (cgo: LPeg, PCRE2, Hyperscan,
# ICU, zstd, SQLite; runtime tools: Redis for Redis-backed tests,
# curl/python3 for the oracle harness). LuaJIT is built from Debian sid's
# source package by scripts/luajit.sh (the oracle's, with Lua 5.2 compatibility).
APT_PKGS := build-essential pkg-config ca-certificates debian-archive-keyring \
	lua-lpeg-dev libpcre2-dev libhyperscan-dev libicu-dev \
	libzstd-dev libsqlite3-dev zlib1g-dev libstemmer-dev libarchive-dev \
	redis-server curl python3
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: all build deps upstream run test vet fmt-check clean
all: build

# deps installs missing Debian packages (only those missing) and Go modules,
# and builds LuaJIT into .cache/luajit (once: scripts/luajit.sh keeps a stamp).
deps: .cache/deps.stamp
	@./scripts/luajit.sh
.cache/deps.stamp: Makefile go.mod scripts/ced.sh
	@missing=$$(for p in $(APT_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "deps: apt-get install" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -qq update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq $$missing; \
	fi
	./scripts/ced.sh
	$(GO) mod download
	@mkdir -p .cache && touch $@

build: deps
	$(GO) build -o $(BIN)/ ./rspamd ./rspamc ./rspamadm

upstream: deps
	./scripts/upstream.sh

# run starts our rspamd in the foreground on the packaged default config
# (conf/), with loopback listeners and console logging. The packaged tree is
# not modified: the run-time local.d/override.d live in .run/etc, given to
# rspamd as LOCAL_CONFDIR, exactly as an operator's /etc/rspamd/local.d would.
# As root it passes -i (--insecure), since it has no unprivileged user to
# drop to, as rspamd itself requires.
RUNVARS = --var CONFDIR=$(TOP)/conf --var LOCAL_CONFDIR=$(TOP)/.run/etc \
	--var RUNDIR=$(TOP)/.run/run --var DBDIR=$(TOP)/.run/db --var LOGDIR=$(TOP)/.run/log \
	--var SHAREDIR=$(TOP) --var LUALIBDIR=$(TOP)/lualib --var PLUGINSDIR=$(TOP)/plugins \
	--var RULESDIR=$(TOP)/rules --var WWWDIR=$(TOP)/www
run: build upstream
	./scripts/runconf.sh $(TOP)/.run
	RSPAMD_LOCAL_ADDR=127.0.0.1 $(BIN)/rspamd -f $(if $(filter 0,$(shell id -u)),-i) -c $(TOP)/conf/rspamd.conf $(RUNVARS)

vet: deps
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# test runs every test: formatting, vet, unit tests beside the code, and the
# differential tests against the committed oracle goldens (no oracle needed).
# The task dumps run our rspamadm once per corpus message (about 3 minutes
# on 2 cores): the timeout leaves room for a loaded machine.
test: build upstream fmt-check vet
	$(GO) test -count=1 -timeout 30m ./...

clean:
	rm -rf $(BIN) .run

include compat-tests/compat.mk
