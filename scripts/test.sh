#!/usr/bin/env bash
# This file is the one test command (`make test`, and CI through .ci/run).
#
#   1. installs what is missing (scripts/install-deps.sh --test, incl. npm packages)
#   2. builds twice: build-werror (--werror, debugoptimized) and
#      build-asan (ASan + UBSan, debug)
#   3. starts a throw-away PostgreSQL 15 (scripts/pg-test-server.sh), stopped on exit
#   4. runs the suites:
#        unit            meson test -C build-asan --suite unit   (cmocka cases counted)
#        http-sqlite     node --test tests/http/   KINERJA_TEST_DB=sqlite,   ASan binary
#        http-postgres   node --test tests/http/   KINERJA_TEST_DB=postgres, ASan binary
#        browser         node --test tests/browser/                          werror binary
#   5. prints a summary; the last line is exactly `N passed, N failed`.
#
# Exits non-zero when a test failed or a build failed (a failed build or a
# suite that could not run counts as one failure).
#
# Every suite sees KINERJA_TEST_PG_URL (the throw-away server's URL; its role
# may CREATE DATABASE), so C unit tests of the store can run on PostgreSQL too.
# Set KINERJA_TEST_SUITES="unit http-sqlite" (space-separated) to run only some.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export CMOCKA_MESSAGE_OUTPUT=STDOUT

NODE_SUITE_TIMEOUT=${NODE_SUITE_TIMEOUT:-1500}
SUITES=${KINERJA_TEST_SUITES:-unit http-sqlite http-postgres browser}

total_pass=0
total_fail=0
summary=()
LOGDIR=$(mktemp -d /tmp/kinerja-test-logs.XXXXXX)
# initialised demo databases, made once per run and copied (tests/http/demo_cache.mjs)
export KINERJA_TEST_CACHE_DIR="$LOGDIR/demo-cache"
PGDIR=""

cleanup() {
	if [[ -n $PGDIR ]]; then
		bash "$ROOT/scripts/pg-test-server.sh" stop "$PGDIR" || true
	fi
	rm -rf "$LOGDIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say() { printf '\n==> %s\n' "$*"; }

# record NAME PASSED FAILED [NOTE]: adds to the totals and prints the suite's line.
record() {
	local line
	line=$(printf '%-14s pass %4d  fail %4d%s' "$1" "$2" "$3" "${4:+  ($4)}")
	total_pass=$((total_pass + $2))
	total_fail=$((total_fail + $3))
	summary+=("$line")
	printf '%s\n' "$line"
}

want() { [[ " $SUITES " == *" $1 "* ]]; }

# ---------------------------------------------------------------- deps

say "dependencies"
if ! bash "$ROOT/scripts/install-deps.sh" --test; then
	record deps 0 1 "scripts/install-deps.sh --test failed"
fi

# ---------------------------------------------------------------- builds

# build DIR MESON-SETUP-OPTIONS...: sets up DIR once, then compiles it.
build() {
	local dir=$1; shift
	local log="$LOGDIR/$dir.log"
	say "build $dir"
	if [[ ! -f $dir/build.ninja ]]; then
		rm -rf "$dir"
		if ! meson setup "$dir" "$@" >"$log" 2>&1; then
			tail -n 80 "$log"
			record "$dir" 0 1 "meson setup failed"
			return 1
		fi
	fi
	if ! meson compile -C "$dir" >>"$log" 2>&1; then
		# from ninja's first FAILED: line on (the compiler's messages), else the end
		if grep -q '^FAILED: ' "$log"; then
			sed -n '/^FAILED: /,$p' "$log" | head -n 150
		else
			tail -n 60 "$log"
		fi
		record "$dir" 0 1 "compile failed"
		return 1
	fi
	echo "$dir: ok"
}

werror_ok=0
asan_ok=0
build build-werror --werror --buildtype=debugoptimized && werror_ok=1
build build-asan --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false && asan_ok=1

# ---------------------------------------------------------------- PostgreSQL

# Only the ASan-built suites use it (unit tests of the store may too).
PG_URL=""
if (( asan_ok )); then
	say "PostgreSQL test server"
	PGDIR=$(mktemp -d /tmp/kinerja-pg.XXXXXX)
	if PG_URL=$(bash "$ROOT/scripts/pg-test-server.sh" start "$PGDIR"); then
		export KINERJA_TEST_PG_URL=$PG_URL
		echo "listening: $PG_URL"
	else
		PG_URL=""
		echo "PostgreSQL test server did not start"
	fi
fi

# ---------------------------------------------------------------- unit

# Counts cmocka cases in meson's testlog.json: each `[ RUN      ]` is a case,
# `[       OK ]` a pass, `[  SKIPPED ]` a skip, the rest failures.  A test
# program that failed without a failing case (crash, leak report at exit,
# setup error) counts one more failure; a program without cmocka output
# counts as one test.  Prints "PASSED FAILED SKIPPED".
count_unit() {
	local py
	py=$(command -v /usr/bin/python3 || command -v python3)
	"$py" - "$1" <<-'EOF'
	import json, re, sys
	p = f = s = 0
	try:
	    lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
	except OSError:
	    lines = []
	for line in lines:
	    if not line.strip():
	        continue
	    t = json.loads(line)
	    out = t.get("stdout") or ""
	    ok = t.get("result") in ("OK", "EXPECTEDFAIL")
	    if t.get("result") == "SKIP":
	        s += 1
	        continue
	    runs = len(re.findall(r"^\[ RUN      \] ", out, re.M))
	    oks = len(re.findall(r"^\[       OK \] ", out, re.M))
	    skips = len(re.findall(r"^\[  SKIPPED \] (?!\d+ test\(s\))", out, re.M))
	    if runs == 0:
	        p, f = (p + 1, f) if ok else (p, f + 1)
	        continue
	    bad = max(0, runs - oks - skips)
	    if not ok and bad == 0:
	        bad = 1
	    p += oks
	    f += bad
	    s += skips
	print(p, f, s)
	EOF
}

if want unit; then
	say "suite unit (meson test -C build-asan --suite unit)"
	if (( asan_ok )); then
		rm -f build-asan/meson-logs/testlog.json
		meson test -C build-asan --suite unit --print-errorlogs -t 3 >"$LOGDIR/unit.log" 2>&1
		rc=$?
		# meson's own per-test lines and summary; full output only for failures
		grep -vE '^\[( RUN      |       OK )\]' "$LOGDIR/unit.log" | tail -n 300
		read -r up uf us < <(count_unit build-asan/meson-logs/testlog.json)
		if (( rc != 0 && uf == 0 )); then
			uf=1
		fi
		if (( up + uf == 0 )); then
			record unit 0 0 "no unit tests defined"
		else
			record unit "$up" "$uf" "${us} skipped"
		fi
	else
		record unit 0 0 "not run: build-asan failed"
	fi
fi

# ---------------------------------------------------------------- node suites

# run_node NAME DIR VAR=VALUE...: runs node --test on the *.test.{mjs,js,cjs}
# files under DIR with the given environment; counts TAP's "# pass"/"# fail".
run_node() {
	local name=$1 dir=$2; shift 2
	say "suite $name (node --test $dir/)"
	local files=()
	mapfile -t files < <(find "$dir" -type f \( -name '*.test.mjs' -o -name '*.test.js' -o -name '*.test.cjs' \) 2>/dev/null | sort)
	if (( ${#files[@]} == 0 )); then
		record "$name" 0 0 "skipped: no test files in $dir/"
		return
	fi
	local tap="$LOGDIR/$name.tap"
	env "$@" timeout --kill-after=30 "$NODE_SUITE_TIMEOUT" \
		node --test --test-reporter=spec --test-reporter-destination=stdout \
		--test-reporter=tap --test-reporter-destination="$tap" "${files[@]}"
	local rc=$?
	local pass fail cancelled
	pass=$(grep -E '^# pass [0-9]+' "$tap" 2>/dev/null | tail -n 1 | awk '{print $3}')
	fail=$(grep -E '^# fail [0-9]+' "$tap" 2>/dev/null | tail -n 1 | awk '{print $3}')
	cancelled=$(grep -E '^# cancelled [0-9]+' "$tap" 2>/dev/null | tail -n 1 | awk '{print $3}')
	if [[ -z $pass || -z $fail ]]; then
		local why="node --test exited $rc without a summary"
		(( rc == 124 || rc == 137 )) && why="timed out after ${NODE_SUITE_TIMEOUT}s"
		record "$name" "${pass:-0}" $(( ${fail:-0} + 1 )) "$why"
		return
	fi
	fail=$((fail + ${cancelled:-0}))
	if (( rc != 0 && fail == 0 )); then
		record "$name" "$pass" 1 "node --test exited $rc"
		return
	fi
	record "$name" "$pass" "$fail"
}

ASAN_BIN="$ROOT/build-asan/kinerja"
WERROR_BIN="$ROOT/build-werror/kinerja"

if want http-sqlite; then
	if (( asan_ok )); then
		run_node http-sqlite tests/http KINERJA_BIN="$ASAN_BIN" KINERJA_TEST_DB=sqlite
	else
		record http-sqlite 0 0 "not run: build-asan failed"
	fi
fi

if want http-postgres; then
	if (( ! asan_ok )); then
		record http-postgres 0 0 "not run: build-asan failed"
	elif [[ -z $PG_URL ]]; then
		record http-postgres 0 1 "not run: PostgreSQL test server did not start"
	else
		run_node http-postgres tests/http KINERJA_BIN="$ASAN_BIN" KINERJA_TEST_DB=postgres \
			KINERJA_TEST_PG_URL="$PG_URL"
	fi
fi

if want browser; then
	if (( werror_ok )); then
		run_node browser tests/browser KINERJA_BIN="$WERROR_BIN" KINERJA_TEST_DB=sqlite
	else
		record browser 0 0 "not run: build-werror failed"
	fi
fi

# ---------------------------------------------------------------- summary

say "summary"
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
(( total_fail == 0 ))
