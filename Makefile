# webcare-sim — the commands a planner and CI need.
#   make demo   install what is missing, build (release) and run the four shipped rosters side by side (scenarios/ holds two more variants)
#   make test   install what is missing and run the test suite (built optimised: see README)
#   make test-fast     the unit and end-to-end tests without the slow statistical suites (optimised, as make test)
#   make size-check    list source files over 400 lines and Swift functions over 80 (.ci/size-check.py)
#   make import-check  every target declares what it imports and imports what it declares
#   make notebooks     regenerate notebooks-export/ from the shipped comparison
#   make report-check  render the shipped comparison's report in headless Chromium (PNG, PDF) and
#                      validate the notebooks with nbformat; says plainly what it had to skip
#   make slurm-smoke   run a sharded compare as a Slurm job array plus merge job on this machine (installs
#                      slurm-wlm and munge; starts and stops its own daemons) and compare with a local run
#   make fuzz   fuzz the scenario loader with libFuzzer for FUZZ_SECONDS (default 600); crashes land in
#               .build/fuzz/artifacts/ and belong in Tests/Fuzz/regressions/ (replayed by make test)

SWIFT ?= swift
BIN := .build/release/webcare-sim
SHIPPED := scenarios/drenthe-14-22.yaml scenarios/drenthe-09-22.yaml scenarios/twente-16h.yaml scenarios/twente-24-7.yaml
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: demo test test-fast size-check import-check deps build bench notebooks report-check results check fuzz slurm-smoke

demo: build
	$(BIN) run $(SHIPPED)

test: deps
	$(SWIFT) test -c release

# The suites tagged .statistical (long simulations judged within standard errors) are skipped when
# WEBCARE_FAST_TESTS is set; everything else runs, built as by `make test`, whose build it reuses
# (see README, "For developers": 111 s of tests against 324 s for everything).
test-fast: deps
	WEBCARE_FAST_TESTS=1 $(SWIFT) test -c release

size-check:
	.ci/size-check.py

import-check:
	.ci/import-check.py

# Engine speed: M/M/10 events per second, the 2-thread speed-up, a twente-24-7 year (see BENCHMARKS.md).
bench: build
	$(BIN) bench

# Re-baseline the committed results of the shipped scenarios (prints what changed, for the commit message).
results: build
	$(BIN) check --update

# Re-run the shipped scenarios and compare with results/: identical, equivalent (noise) or changed.
check: build
	$(BIN) check

build: deps
	$(SWIFT) build -c release --product webcare-sim

notebooks: build
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(BIN) compare $(SHIPPED) --out "$$tmp/compare" > /dev/null && \
	  $(BIN) export-notebook "$$tmp/compare/comparison.json" --out notebooks-export/shipped-comparison.ipynb

FUZZ_SECONDS ?= 600
FUZZ_BUILD := .build/fuzz

# libFuzzer through swiftc -sanitize=fuzzer, in its own build folder; the corpus starts from the
# shipped scenarios and the regression inputs, and grows in .build/fuzz/corpus between runs.
fuzz: deps
	$(SWIFT) build -c release --product loader-fuzz --build-path $(FUZZ_BUILD) -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/artifacts
	cp scenarios/*.yaml Tests/Fuzz/regressions/* $(FUZZ_BUILD)/corpus/
	$(FUZZ_BUILD)/release/loader-fuzz $(FUZZ_BUILD)/corpus -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 \
	  -timeout=20 -max_len=65536 -dict=Tests/Fuzz/scenario.dict -artifact_prefix=$(FUZZ_BUILD)/artifacts/ -print_final_stats=1

report-check: build
	BIN=$(BIN) .ci/report-check.sh

slurm-smoke: build
	BIN=$(BIN) .ci/slurm-smoke.sh

# The system libraries: GSL (libgsl-dev) and CBC (coinor-libcbc-dev, the roster's integer-program
# solver); each is installed through apt-get when pkg-config cannot find it.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists gsl; then \
	  echo "GSL not found: installing libgsl-dev and pkg-config with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libgsl-dev pkg-config; \
	fi
	@if ! pkg-config --exists cbc; then \
	  echo "CBC not found: installing coinor-libcbc-dev with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq coinor-libcbc-dev; \
	fi
