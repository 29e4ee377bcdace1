# SPDX-License-Identifier: GPL-3.0-or-later
# The two set-up commands of the README: `make run` and `make test`.
# Each installs what is missing with apt (through sudo when not root), configures, builds, then runs.

PACKAGES := cmake ninja-build g++ clang libclang-rt-14-dev make pkg-config ccache \
            qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql postgresql libgl-dev \
            qtkeychain-qt6-dev \
            libvalijson-dev libphonenumber-dev libsodium-dev libhttp-parser-dev shared-mime-info \
            librsvg2-bin qt6-l10n-tools qt6-tools-dev dpkg-dev file \
            desktop-file-utils appstream groff-base clazy nodejs python3 \
            fonts-dejavu-core fonts-noto-core fonts-noto-mono fonts-noto-color-emoji

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: run test test-asan fuzz bench clazy package test-package translations deps build build-asan build-release format format-check clean

run: build
	./build/wabench

test: build
	cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

test-asan: build-asan
	cd build-asan && QT_QPA_PLATFORM=offscreen \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

# The libFuzzer targets of the sanitizer build, FUZZ_SECONDS each (findings fail it).
FUZZ_SECONDS ?= 60
fuzz: build-asan
	tools/fuzz build-asan $(FUZZ_SECONDS)

bench: build
	QT_QPA_PLATFORM=offscreen ./build/tests/bench_core
	QT_QPA_PLATFORM=offscreen ./build/tests/bench_composer
	QT_QPA_PLATFORM=offscreen ./build/tests/bench_webhooks
	./build/tests/bench_lists
	QT_QPA_PLATFORM=offscreen tools/with-postgres $(CURDIR)/build/bench-postgres sh -c \
	  './build/tests/bench_history && ./build/tests/bench_workspace 20000'

# Qt's own checks (clazy, levels 0 and 1) over the dev build's compilation database; no second build.
clazy: build
	tools/clazy build

# The .deb (build-release/wabench_<version>_<arch>.deb), from a release build without the tests.
package: build-release
	cd build-release && cpack -G DEB

# Installs that .deb with apt, checks it, runs it, removes it: this changes the machine (CI runs it).
test-package: package
	packaging/test-deb build-release

deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	@[ -f build/CMakeCache.txt ] || cmake --preset dev >/dev/null
	cmake --build build -j $(JOBS)

build-asan: deps
	@[ -f build-asan/CMakeCache.txt ] || cmake --preset asan >/dev/null
	cmake --build build-asan -j $(JOBS)

build-release: deps
	@[ -f build-release/CMakeCache.txt ] || cmake --preset release >/dev/null
	cmake --build build-release -j $(JOBS)

# Rewrites translations/*.ts from the sources (lupdate); the translations_up_to_date test checks it was run.
translations: deps
	@[ -f build/CMakeCache.txt ] || cmake --preset dev >/dev/null
	cmake --build build --target translations

format:
	git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf build build-asan build-release
