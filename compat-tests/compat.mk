# Targets of the oracle harness and the differential tests (included by the
# top-level Makefile). Filled in by the oracle harness work.
.PHONY: oracle oracle-start oracle-stop compat
