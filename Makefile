# Wick — two commands: `make demo` and `make test`.
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libedit-dev libopenblas-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/wick

.PHONY: all deps build release demo test unit golden lint install clean bench

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
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

## Builds release and replays the autograd tutorial.
demo: release
	$(RELEASE_BIN) Examples/autograd-tutorial.py

## Everything CI checks: unit and golden tests, the release binary against the corpus, lint.
test: deps lint unit golden

unit:
	$(SWIFT) build --build-tests
	timeout 1800 $(SWIFT) test --skip-build --no-parallel

golden: release
	Scripts/check-golden.sh $(RELEASE_BIN)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/wick

clean:
	rm -rf .build

## Benchmarks side by side with PyTorch (set TORCH_PYTHON to a python with torch); never run in CI.
bench: release
	python3 Benchmarks/run.py --wick $(RELEASE_BIN)
