# Wick — two commands: `make demo` and `make test`.
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libedit-dev libopenblas-dev pkg-config libzmq3-dev graphviz
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/wick

## The opt-in MKL backend (docs/fidelity.md): `make WICK_BLAS=mkl` (also with `demo`, `golden`,
## `fidelity`) installs oneMKL from PyPI, the version PyTorch's CPU wheel names, into a virtual
## environment under .build-mkl and builds there with it; products and the VML functions then give
## the wheel's bits. `make test-mkl` runs its tests. The default stays OpenBLAS and the C library.
WICK_BLAS ?= openblas
MKL_VERSION := 2024.2.0
MKL_VENV := .build-mkl/mkl-venv
MKL_LIBRARY := $(CURDIR)/$(MKL_VENV)/lib/libmkl_rt.so.2
ifeq ($(WICK_BLAS),mkl)
  RELEASE_BIN := .build-mkl/release/wick
  BLAS_BUILD := WICK_MKL_LIBRARY=$(MKL_LIBRARY)
  BLAS_SCRATCH := --scratch-path .build-mkl
  BLAS_DEPS := $(MKL_LIBRARY)
else ifneq ($(WICK_BLAS),openblas)
  $(error WICK_BLAS must be openblas (the default) or mkl, not '$(WICK_BLAS)')
endif

# Fuzzing (Fuzz/README.md): libFuzzer with AddressSanitizer, linked by lld (gold fails on
# SwiftPM's `--defsym main=...` next to libFuzzer's own `main`).
FUZZ_SECONDS ?= 60
FUZZ_SCRATCH := .build-fuzz
FUZZ_BIN := $(FUZZ_SCRATCH)/release/WickFuzz
FUZZ_RUN := Fuzz/corpus-run
FUZZ_BUILD_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
FUZZ_OPTIONS := -dict=Fuzz/python.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1
SANITIZER_ENV := LSAN_OPTIONS=suppressions=$(CURDIR)/Scripts/lsan-suppressions.txt:print_suppressions=0

.PHONY: all deps build release demo test unit golden kernel-test lint install clean bench fuzz fuzz-build sanitize fidelity \
  test-mkl

all: release

## Installs the system packages the build needs, only when missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

## The release binary carries the Swift runtime inside (no /opt/swift needed where it is
## installed) and starts faster: about 20% fewer instructions before the first line runs.
release: deps $(BLAS_DEPS)
	$(BLAS_BUILD) $(SWIFT) build -c release --static-swift-stdlib $(BLAS_SCRATCH)

## MKL from PyPI without its dependencies: Wick runs MKL's sequential layer, which needs neither
## Intel's OpenMP nor TBB.
$(MKL_LIBRARY):
	python3 -m venv $(MKL_VENV)
	$(MKL_VENV)/bin/pip install -q --disable-pip-version-check --no-deps mkl==$(MKL_VERSION)

## The MKL backend's tests (Tests/MKLTests, skipped in every other build) against the release
## build `make WICK_BLAS=mkl` makes; not part of `make test`.
MKL_TEST_FLAGS := -c release --static-swift-stdlib --scratch-path .build-mkl
test-mkl: deps $(MKL_LIBRARY)
	WICK_MKL_LIBRARY=$(MKL_LIBRARY) $(SWIFT) build $(MKL_TEST_FLAGS) --build-tests
	WICK_MKL_LIBRARY=$(MKL_LIBRARY) $(SWIFT) test $(MKL_TEST_FLAGS) --skip-build --filter MKLTests

## Builds release and replays the autograd tutorial.
demo: release
	$(RELEASE_BIN) Examples/autograd-tutorial.py

## Everything CI checks: unit and golden tests, the release binary against the corpus, lint,
## and a one-minute fuzzing run that fails on any crash, hang or runaway memory.
test: deps lint unit golden kernel-test fuzz

unit:
	$(SWIFT) build --build-tests
	timeout 1800 $(SWIFT) test --skip-build --no-parallel

golden: release
	Scripts/check-golden.sh $(RELEASE_BIN)

## The Jupyter kernel end to end: the real jupyter_client and nbclient (from PyPI, into a scratch
## virtual environment in $(KERNEL_VENV), never the system's Python) drive the release binary.
KERNEL_VENV := .build-venv
KERNEL_PYTHON_PACKAGES := jupyter_client nbclient nbformat jupyter_core

$(KERNEL_VENV)/.installed:
	python3 -m venv $(KERNEL_VENV)
	$(KERNEL_VENV)/bin/pip install -q --disable-pip-version-check $(KERNEL_PYTHON_PACKAGES)
	touch $@

kernel-test: release $(KERNEL_VENV)/.installed
	timeout 600 $(KERNEL_VENV)/bin/python -W ignore Tests/KernelEndToEnd/kernel_e2e.py --wick $(RELEASE_BIN)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

## Fuzzes lexer, parser and interpreter for FUZZ_SECONDS (default 60) from the golden scripts,
## the examples and past findings; a crashing input lands in $(FUZZ_RUN)/artifacts/.
fuzz: fuzz-build
	mkdir -p $(FUZZ_RUN)/corpus $(FUZZ_RUN)/artifacts
	cp Tests/Fixtures/golden/cases/*.py Examples/*.py Tests/Fixtures/fuzz-regressions/*.py $(FUZZ_RUN)/corpus/
	ASAN_OPTIONS=detect_leaks=0:$${ASAN_OPTIONS:-} $(FUZZ_BIN) $(FUZZ_OPTIONS) -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_RUN)/artifacts/ $(FUZZ_RUN)/corpus

fuzz-build: deps
	$(SWIFT) build -c release --product WickFuzz --scratch-path $(FUZZ_SCRATCH) $(FUZZ_BUILD_FLAGS)

## The unit tests and the golden corpus under AddressSanitizer (swiftc on Linux has no
## -sanitize=undefined; see docs/security.md). MemoryReleaseTests measure the process's memory,
## which ASan's quarantine of freed blocks inflates, so they are skipped. Not part of `make test`.
sanitize: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	$(SANITIZER_ENV) timeout 3600 $(SWIFT) test --skip-build --scratch-path .build-asan --no-parallel \
	  --skip MemoryReleaseTests
	$(SANITIZER_ENV) Scripts/check-golden.sh .build-asan/debug/wick

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/wick

clean:
	rm -rf .build .build-fuzz .build-asan .build-mkl $(KERNEL_VENV) $(FUZZ_RUN)

## Benchmarks side by side with PyTorch (set TORCH_PYTHON to a python with torch, IPYKERNEL_PYTHON
## to one with ipykernel and torch for the kernel start-up row); never run in CI.
bench: release $(KERNEL_VENV)/.installed
	python3 Benchmarks/run.py --wick $(RELEASE_BIN) --kernel-python $(KERNEL_VENV)/bin/python

## The differential harness (Scripts/fidelity.py): every op under Wick and under PyTorch on seeded
## random inputs, bit by bit, as a table per op and dtype (docs/fidelity.md). Needs a Python with
## torch in $(TORCH_PYTHON); never run in CI. FIDELITY_CASES=200 for a quick look.
TORCH_PYTHON ?= python3
FIDELITY_CASES ?= 2000
fidelity: release
	python3 Scripts/fidelity.py --wick $(RELEASE_BIN) --python $(TORCH_PYTHON) --cases $(FIDELITY_CASES) \
	  --markdown .build/fidelity-table.md
