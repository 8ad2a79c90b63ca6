# Thin wrapper for the two README commands:
#   make run    install what is missing, build, create a demo database once, serve
#   make test   the whole test suite (scripts/test.sh); last line: N passed, N failed
# Also: make deps | build | bench | clean

BUILD ?= build

.PHONY: all run test build deps bench clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	@test -f $(BUILD)/build.ninja || meson setup $(BUILD)
	meson compile -C $(BUILD)

run: build
	@test -e data/kinerja.db || ./$(BUILD)/kinerja init --demo
	./$(BUILD)/kinerja serve

test:
	bash scripts/test.sh

bench: build
	@bash scripts/install-deps.sh --test
	@set -e; found=0; for f in bench/*.sh; do \
		[ -e "$$f" ] || continue; found=1; echo "==> $$f"; bash "$$f"; \
	done; [ $$found = 1 ] || echo "no benchmarks in bench/"

# Removes build output only; data/ (the database) is kept.
clean:
	rm -rf build build-werror build-asan
