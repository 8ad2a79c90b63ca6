#!/usr/bin/env bash
# This file installs what kinerja needs on a Debian 12 machine.
#
#   scripts/install-deps.sh          packages to build and run kinerja
#   scripts/install-deps.sh --test   also the test-only ones (PostgreSQL server,
#                                    Chromium, Node.js + npm, wrk) and the npm
#                                    packages of package.json (playwright-core,
#                                    @axe-core/playwright) into ./node_modules
#
# Only missing packages are installed (checked with dpkg-query); `apt-get update`
# runs once, and only when something is missing.  Uses sudo when not root.
# Idempotent, and prints nothing when everything is already present.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

with_test=0
for arg in "$@"; do
	case "$arg" in
	--test) with_test=1 ;;
	-h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "install-deps: unknown argument: $arg" >&2; exit 2 ;;
	esac
done
if [[ "${KINERJA_DEPS_TEST:-0}" == 1 ]]; then with_test=1; fi

base_pkgs=(
	build-essential pkg-config meson ninja-build
	libmicrohttpd-dev libsqlite3-dev sqlite3 libpq-dev
	libjansson-dev libsodium-dev libcsv-dev libcmocka-dev libmagic-dev
	libhpdf-dev libxlsxwriter-dev libcurl4-openssl-dev libzip-dev libpng-dev libgsl-dev libjs-bootstrap5 libjs-chart.js fonts-dejavu-core
	curl ca-certificates
)
test_pkgs=(postgresql chromium wrk poppler-utils)

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
	if ! command -v sudo >/dev/null 2>&1; then
		echo "install-deps: not root and sudo is missing" >&2
		exit 1
	fi
	SUDO=(sudo)
fi

is_installed() {
	[[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

wanted=("${base_pkgs[@]}")
if (( with_test )); then
	wanted+=("${test_pkgs[@]}")
	# Node.js and npm may come from elsewhere (e.g. NodeSource's nodejs, which
	# bundles npm and conflicts with Debian's npm): install Debian's only when
	# the command is missing.  Debian 12's nodejs 18 is recent enough.
	command -v node >/dev/null 2>&1 || wanted+=(nodejs)
	command -v npm >/dev/null 2>&1 || wanted+=(npm)
fi

missing=()
for p in "${wanted[@]}"; do
	is_installed "$p" || missing+=("$p")
done

if (( ${#missing[@]} )); then
	echo "install-deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	"${SUDO[@]}" apt-get update -qq
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
	echo "install-deps: done"
fi

if (( with_test )); then
	# npm packages for the browser tests.  Skip when node_modules was installed
	# from exactly this lockfile (stamp holds the lockfile's checksum).
	cd "$ROOT"
	stamp=node_modules/.kinerja-lock.sha256
	if [[ -f package-lock.json ]]; then
		sum=$(sha256sum package-lock.json | cut -d' ' -f1)
		if [[ ! -f $stamp || $(cat "$stamp") != "$sum" ]]; then
			echo "install-deps: npm ci"
			npm ci --no-audit --no-fund --loglevel=error >/dev/null
			echo "$sum" >"$stamp"
		fi
	elif [[ -f package.json ]]; then
		echo "install-deps: npm install (no package-lock.json)"
		npm install --no-audit --no-fund --loglevel=error >/dev/null
	fi
fi
