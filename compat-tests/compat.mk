# Targets of the oracle harness and the differential tests (included by the
# top-level Makefile; see compat-tests/README.md). The oracle scripts need
# root: they run through sudo when make does not run as root.
#
#   make oracle         install real rspamd 4.1.5 in a Debian sid chroot (cached)
#   make oracle-start   run it on loopback with the fakedns responder
#                       (ORACLE_DNS=nxdomain|zone, ORACLE_ZONES, ORACLE_REDIS=1)
#   make oracle-stop    stop only what oracle-start started, by pid
#   make goldens        regenerate compat-tests/golden/4.1.5/checkv2 from the oracle
#   make compat         compare the oracle (and OURS_URL, when set) with the goldens

COMPAT_BIN := $(TOP)/.cache/compat
ORACLE_VARS := ORACLE_ROOT ORACLE_DNS ORACLE_ZONES ORACLE_REDIS ORACLE_WORKERS
ORACLE_ENV = $(foreach v,$(ORACLE_VARS),$(if $($(v)),$(v)='$($(v))')) ORACLE_FAKEDNS=$(COMPAT_BIN)/fakedns

.PHONY: oracle oracle-start oracle-stop compat goldens compat-tools
compat-tools:
	$(GO) build -o $(COMPAT_BIN)/ ./compat-tests/cmd/fakedns ./compat-tests/cmd/rspamd-diff

oracle:
	$(SUDO) $(if $(ORACLE_ROOT),env ORACLE_ROOT='$(ORACLE_ROOT)') compat-tests/oracle/setup.sh

oracle-start: compat-tools
	$(SUDO) env $(ORACLE_ENV) compat-tests/oracle/start.sh

oracle-stop:
	$(SUDO) $(if $(ORACLE_ROOT),env ORACLE_ROOT='$(ORACLE_ROOT)') compat-tests/oracle/stop.sh

goldens: compat-tools
	COMPAT_BIN=$(COMPAT_BIN) compat-tests/oracle/goldens.sh

compat: compat-tools
	COMPAT_BIN=$(COMPAT_BIN) compat-tests/oracle/compat.sh
