#!/usr/bin/env bash
# This file starts and stops a throw-away PostgreSQL 15 server for the tests.
#
#   scripts/pg-test-server.sh start DIR   prints the URL and writes it to DIR/url
#   scripts/pg-test-server.sh stop DIR    stops the server and removes DIR
#
# The cluster lives in DIR/data, listens only on 127.0.0.1 at a free port, keeps
# its Unix socket in DIR, and runs without fsync (speed over durability: it is
# thrown away).  PostgreSQL refuses to run as root, so when root the server runs
# as the `postgres` user (DIR is made theirs); otherwise it runs as yourself.
#
# URL printed: postgresql://kinerja@127.0.0.1:PORT/kinerja_test
#   Role `kinerja` (LOGIN CREATEDB, no password: trust on loopback) owns the
#   database `kinerja_test`.  Tests make extra fresh databases through it:
#       psql "$URL" -v ON_ERROR_STOP=1 -c 'CREATE DATABASE k_abc'
#       psql "$URL" -c 'DROP DATABASE IF EXISTS k_abc WITH (FORCE)'
#   and reach one by replacing the path: postgresql://kinerja@127.0.0.1:PORT/k_abc
#
# Env: PG_BINDIR (default /usr/lib/postgresql/15/bin), KEEP_PG_DIR=1 keeps DIR on stop.
set -euo pipefail

PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
MARK=.kinerja-pg-test

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
cmd=$1
dir=$2

# Run a command as the server's owner.
as_owner() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

port_in_use() {
	ss -Hltn "sport = :$1" 2>/dev/null | grep -q . && return 0
	# Fallback when ss is missing or says nothing: can we connect?
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
	local p tries=0
	while (( tries++ < 200 )); do
		p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
		port_in_use "$p" || { echo "$p"; return 0; }
	done
	echo "pg-test-server: no free port found" >&2
	return 1
}

start() {
	[[ -x $PG_BINDIR/initdb ]] || {
		echo "pg-test-server: $PG_BINDIR/initdb not found (install the postgresql package)" >&2
		exit 1
	}
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	if [[ -d $dir/data ]]; then
		echo "pg-test-server: $dir/data already exists; stop it first" >&2
		exit 1
	fi
	: >"$dir/$MARK"
	if [[ $(id -u) -eq 0 ]]; then
		chown -R postgres: "$dir"
		chmod 0700 "$dir"
	fi

	as_owner "$PG_BINDIR/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
		--locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
		echo "pg-test-server: initdb failed:" >&2
		cat "$dir/initdb.log" >&2
		exit 1
	}
	as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<-'EOF'
	# throw-away test cluster: trust on the socket and on loopback only
	local all all trust
	host  all all 127.0.0.1/32 trust
	EOF

	local port attempt
	for attempt in 1 2 3; do
		port=$(pick_port)
		as_owner tee "$dir/data/postgresql.auto.conf" >/dev/null <<-EOF
		listen_addresses = '127.0.0.1'
		port = $port
		unix_socket_directories = '$dir'
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		max_connections = 200
		shared_buffers = 128MB
		log_min_messages = warning
		EOF
		if as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
			start >/dev/null 2>&1; then
			break
		fi
		if (( attempt == 3 )); then
			echo "pg-test-server: server did not start:" >&2
			tail -n 30 "$dir/server.log" >&2 || true
			exit 1
		fi
	done

	as_owner psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
		-c 'CREATE ROLE kinerja LOGIN CREATEDB' \
		-c 'CREATE DATABASE kinerja_test OWNER kinerja' >/dev/null

	local url="postgresql://kinerja@127.0.0.1:$port/kinerja_test"
	echo "$url" | as_owner tee "$dir/url" >/dev/null
	echo "$port" | as_owner tee "$dir/port" >/dev/null
	# Readable by the test runner even when it is someone else than the owner.
	chmod 0755 "$dir" 2>/dev/null || true
	echo "$url"
}

stop() {
	[[ -d $dir ]] || return 0
	dir=$(cd "$dir" && pwd)
	if [[ -f $dir/data/postmaster.pid ]]; then
		as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop \
			>/dev/null 2>&1 || true
	fi
	if [[ ${KEEP_PG_DIR:-0} != 1 ]]; then
		if [[ -f $dir/$MARK ]]; then
			rm -rf -- "$dir"
		else
			echo "pg-test-server: $dir was not made by this script; not removing it" >&2
		fi
	fi
}

case "$cmd" in
start) start ;;
stop) stop ;;
*) usage ;;
esac
