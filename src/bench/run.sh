#!/usr/bin/env bash
# The performance benchmark (docs/performance.md), in one command, from anywhere:
#
#   bash src/bench/run.sh
#
# It builds the application jar, starts an embedded PostgreSQL with the seed content plus
# generated articles, runs the application as in production (its own JVM started from the
# extracted jar with Spring AOT and a CDS archive, the database over TCP), saves the pages
# it serves as pre-compressed static files for nginx, loads both with the same wrk
# settings, measures uncached rendering, start-up, memory and page weights, Lighthouse
# scores (src/bench/lighthouse.sh, lighthouse@12.2.3 from npm), then how list,
# article and search latency grow with 100, 10,000 and 100,000 articles. It prints the
# tables and writes them, with two SVG charts, into docs/performance.md (between its
# "benchmark results" markers). Traffic goes to 127.0.0.1 only. About 30 minutes on 2 cores.
#
# Settings (environment): BENCH_ARTICLES (articles for the main run, 10000),
# BENCH_SCALES ("100 10000 100000"), BENCH_DURATION (of each load run, 10s),
# BENCH_SHORT (of each one-connection run, 5s), BENCH_REPEAT (one-connection runs of
# each page, taken in turn, of which the report keeps the median: 3), BENCH_WARMUP (longest JIT warm-up of the
# instance without page cache, 300s: it ends earlier once the JIT has settled),
# BENCH_APP_PORT (18080, and the next port for the instance
# without page cache), BENCH_NGINX_PORT (18090), BENCH_JAVA_OPTS (the JVM options below,
# also those of docker-compose.yml), BENCH_REPORT (0: print only, leave docs/ alone).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

ARTICLES=${BENCH_ARTICLES:-10000}
SCALES=${BENCH_SCALES:-100 10000 100000}
DURATION=${BENCH_DURATION:-10s}
SHORT=${BENCH_SHORT:-5s}
WARMUP=${BENCH_WARMUP:-300s}
APP_PORT=${BENCH_APP_PORT:-18080}
UNCACHED_PORT=$((APP_PORT + 1))
NGINX_PORT=${BENCH_NGINX_PORT:-18090}
# Serial GC: on 2 cores a parallel collector only competes with the request threads;
# a small heap keeps the process under 350 MB (docs/performance.md); it may grow to 256 MB
# under a sign-in flood (docs/security.md).
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xms128m -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m}
# glibc's malloc keeps up to 8 arenas a core for a process with many threads: 2 is
# enough for the JVM, and saves tens of MB of resident memory.
export MALLOC_ARENA_MAX=2
REPEAT=${BENCH_REPEAT:-3}
REPORT=${BENCH_REPORT:-1}
LOAD=(-t2 -c32)

# The pages measured: name, path, and the extension of its static copy. The English
# article is a generated one (every size has it): English pages list only translated
# articles, a condition of their own in each query.
PAGES=(
	"home /fr html"
	"news /fr/actualites html"
	"article /fr/actualites/visite-d-etude-de-la-delegation-interministerielle-djiboutienne-au-maroc html"
	"article-en /en/news/news-12 html"
	# The Arabic news list and the same seeded article in Arabic (V13), percent-encoded as the
	# site's links write them (/ar/الأخبار/زيارة-دراسية-…).
	"news-ar /ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1 html"
	"article-ar /ar/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%B2%D9%8A%D8%A7%D8%B1%D8%A9-%D8%AF%D8%B1%D8%A7%D8%B3%D9%8A%D8%A9-%D9%84%D9%84%D9%88%D9%81%D8%AF-%D8%A7%D9%84%D8%AC%D9%8A%D8%A8%D9%88%D8%AA%D9%8A-%D8%A7%D9%84%D9%85%D8%B4%D8%AA%D8%B1%D9%83-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D9%88%D8%B2%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8 html"
	"axis /fr/notre-travail/axes/protection-et-resilience html"
	"search /fr/recherche?q=formation+des+jeunes html"
	# Rendered for every visitor (it carries the visitor's CSRF token), never from the page cache.
	"contact /fr/contact html"
	"feed /fr/actualites/flux.atom atom"
)
SCALED=(news article article-en search)

log() { printf '\n== %s\n' "$*" >&2; }

# --- Tools ---------------------------------------------------------------------------
missing=()
for tool in nginx wrk curl chromium npm; do
	command -v "$tool" > /dev/null || PATH="$PATH:/usr/sbin" command -v "$tool" > /dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
	log "Installing ${missing[*]}"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -q
	$sudo apt-get install -y -q "${missing[@]}"
fi
NGINX=$(PATH="$PATH:/usr/sbin" command -v nginx)
for port in "$APP_PORT" "$UNCACHED_PORT" "$NGINX_PORT"; do
	if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
		echo "Port $port is in use: set BENCH_APP_PORT / BENCH_NGINX_PORT" >&2
		exit 1
	fi
done

# --- Work directory and clean-up ------------------------------------------------------
WORK=$(mktemp -d /tmp/oim-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers run as another user
RESULTS="$WORK/results.tsv"
PIDS=()
cleanup() {
	local status=$?
	exec 3>&- 2> /dev/null || true # the database stops when its input closes
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2> /dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		wait "$pid" 2> /dev/null || true
	done
	if [ "$status" -ne 0 ]; then
		echo "Benchmark failed; logs kept in $WORK" >&2
	else
		rm -rf "$WORK"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

record() { (IFS=$'\t'; echo "$*") >> "$RESULTS"; }

# --- Build ----------------------------------------------------------------------------
log "Building the jar (tests skipped)"
./mvnw -B -q -DskipTests package dependency:build-classpath -DincludeScope=test \
	-Dmdep.outputFile="$WORK/test.classpath"
# The benchmark's own classes (src/bench/java) are compiled here, not by the build: their
# main methods would leave spring-boot:test-run with several main classes to choose from.
javac -d "$WORK/bench-classes" -cp "target/classes:$(cat "$WORK/test.classpath")" src/bench/java/ma/oim/site/bench/*.java
TEST_CP="$WORK/bench-classes:target/test-classes:target/classes:$(cat "$WORK/test.classpath")"
# The jar extracted as for production: a small launcher jar and its lib/ directory, which
# a CDS archive can map (Spring Boot reference: "Class Data Sharing").
JAR=$(ls target/oim-maroc-*.jar)
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP_JAR="$WORK/app/$(basename "$JAR")"

record machine date "$(date -u '+%Y-%m-%d %H:%M UTC')"
record machine cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
record machine cores "$(nproc)"
record machine memory "$(free -m | awk '/^Mem:/ {print $2 " MB"}')"
record machine load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
record machine java "$(java -version 2>&1 | head -1)"
record machine nginx "$("$NGINX" -v 2>&1 | cut -d/ -f2)"
record machine wrk "$(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
record machine java_opts "$JAVA_OPTS"
record machine articles "$ARTICLES"
record machine duration "$DURATION"
record machine short "$SHORT"
record machine repeat "$REPEAT"
record machine warmup "$WARMUP"
# A core's arithmetic speed at the time of the run: seconds to hash 200 MB.
record machine cpu_reference "$({ TIMEFORMAT=%R; time head -c 200M /dev/zero | sha256sum > /dev/null; } 2>&1)"

# --- Database -------------------------------------------------------------------------
mkfifo "$WORK/database.in"
java -cp "$TEST_CP" ma.oim.site.bench.BenchmarkDatabase < "$WORK/database.in" > "$WORK/database.out" \
	2> "$WORK/database.log" &
PIDS+=($!)
exec 3> "$WORK/database.in"
DB_URL=""
# Grows the database to $1 generated articles (on top of the 11 of the seed).
grow() {
	local started=$SECONDS
	log "Database: generating articles up to $1"
	echo "$1" >&3
	until grep -q "^READY $1 " "$WORK/database.out"; do
		kill -0 "${PIDS[0]}" 2> /dev/null || { cat "$WORK/database.log" >&2; exit 1; }
		sleep 1
	done
	DB_URL=$(grep "^READY $1 " "$WORK/database.out" | cut -d' ' -f3)
	record generated "$1" "$((SECONDS - started))"
}

# --- Application ----------------------------------------------------------------------
# The CDS training run: the application starts, serves each page once (and the login
# page) and stops; at exit the JVM archives every class it loaded. Instances started with
# the archive map them instead of loading and verifying them again. A training run that
# stopped once the context was refreshed (Spring Boot's -Dspring.context.exit=onRefresh)
# left out what the web server's start and the first pages load: with it the first page
# came 0.4-1.0 s later (docs/performance.md, runs 12 and 13).
train_cds() {
	log "CDS archive (training run)"
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	java $JAVA_OPTS -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" \
		-jar "$APP_JAR" --server.port="$APP_PORT" --management.server.port=0 \
		--spring.datasource.url="$DB_URL" --spring.datasource.username=postgres > "$WORK/cds-training.log" 2>&1 &
	local pid=$!
	PIDS+=("$pid")
	until curl -s -f -o /dev/null "http://127.0.0.1:$APP_PORT/fr"; do
		kill -0 "$pid" 2> /dev/null || { tail -50 "$WORK/cds-training.log" >&2; exit 1; }
		sleep 0.1
	done
	for entry in "${PAGES[@]}" "login /login html"; do
		read -r _ path _ <<< "$entry"
		curl -s -f -o /dev/null "http://127.0.0.1:$APP_PORT$path"
	done
	stop_app "$pid"
	[ -s "$WORK/app/app.jsa" ] || { tail -50 "$WORK/cds-training.log" >&2; exit 1; }
}

# start_app NAME PORT CACHE [plain]: starts the application (with Spring AOT and the CDS
# archive, unless "plain": the jar alone) and records its start-up time, both as it logs it
# and as the time from launching the JVM to the first page served. Its process id is left
# in STARTED_PID.
start_app() {
	local name=$1 port=$2 cache=$3 started
	local fast=(-Dspring.aot.enabled=true -XX:SharedArchiveFile="$WORK/app/app.jsa")
	[ "${4:-}" = plain ] && fast=()
	log "Application '$name' on port $port (page cache: $cache)"
	started=$(date +%s%N)
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	java $JAVA_OPTS "${fast[@]}" -jar "$APP_JAR" --server.port="$port" --management.server.port=0 \
		--spring.datasource.url="$DB_URL" --spring.datasource.username=postgres \
		--oim.page-cache.enabled="$cache" --oim.site.base-url="http://127.0.0.1:$APP_PORT" \
		> "$WORK/app-$name.log" 2>&1 &
	STARTED_PID=$!
	PIDS+=("$STARTED_PID")
	# Wait for the log line before asking for a page: a curl every 50 ms would take CPU
	# from the start-up it measures.
	until grep -q 'Started OimApplication' "$WORK/app-$name.log"; do
		kill -0 "$STARTED_PID" 2> /dev/null || { tail -50 "$WORK/app-$name.log" >&2; exit 1; }
		sleep 0.05
	done
	until curl -s -f -o /dev/null "http://127.0.0.1:$port/fr"; do
		sleep 0.02
	done
	local first=$((($(date +%s%N) - started) / 1000000))
	local logged
	logged=$(grep -o 'Started OimApplication in [0-9.]*' "$WORK/app-$name.log" | awk '{print $4}')
	record start "$name" "$logged" "$(awk "BEGIN {printf \"%.2f\", $first / 1000}")" "$(rss "$STARTED_PID")"
}
stop_app() {
	kill "$1"
	wait "$1" 2> /dev/null || true
}
rss() { ps -o rss= -p "$1" | tr -d ' '; }
# jit_ticks PID: CPU time of the JVM's compiler threads so far, in clock ticks (1/100 s).
# Fields are read after the thread's name, which holds a space ("C2 CompilerThre").
jit_ticks() {
	local total=0 task
	for task in /proc/"$1"/task/*; do
		if grep -q '^C[12] Compiler' "$task/comm" 2> /dev/null; then
			total=$((total + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}')))
		fi
	done
	echo "$total"
}

# load PHASE PAGE SERVER URL WRK-OPTIONS...: one wrk run, recorded.
load() {
	local phase=$1 page=$2 server=$3 url=$4 output
	shift 4
	output=$(wrk "$@" --latency -H 'Accept-Encoding: gzip' -s src/bench/result.lua "$url")
	local result
	result=$(grep '^RESULT' <<< "$output" | cut -d' ' -f2-)
	[ -n "$result" ] || { echo "$output" >&2; exit 1; }
	# shellcheck disable=SC2086 # five fields
	record load "$phase" "$page" "$server" "$*" $result
	printf '%-10s %-8s %-6s %s\n' "$phase" "$page" "$server" "$result" >&2
}
# warm_up PORT WRK-OPTIONS...: every page in turn, not measured.
warm_up() {
	local port=$1
	shift
	for entry in "${PAGES[@]}"; do
		read -r _ path _ <<< "$entry"
		wrk "$@" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path" > /dev/null
	done
}

# --- Static copies served by nginx ----------------------------------------------------
save_static_copies() {
	mkdir -p "$WORK/static" "$WORK/nginx-temp"
	for entry in "${PAGES[@]}"; do
		read -r name path ext <<< "$entry"
		local file="$WORK/static/$name.$ext"
		curl -s -f -H 'Accept-Encoding: gzip' -D "$WORK/headers" -o "$file.gz" "http://127.0.0.1:$APP_PORT$path"
		if grep -qi '^content-encoding: gzip' "$WORK/headers"; then
			gunzip -c "$file.gz" > "$file"
		else
			mv "$file.gz" "$file"
			gzip -k -9 "$file"
		fi
		touch -r "$file" "$file.gz"
		record weight "$name" "$(stat -c %s "$file")" "$(stat -c %s "$file.gz")"
	done
	chmod -R a+rX "$WORK/static"
	local page css js
	page=$(cat "$WORK/static/home.html")
	css=$(grep -o 'href="/css/[^"]*"' <<< "$page" | head -1 | cut -d'"' -f2)
	js=$(grep -o 'src="/js/[^"]*"' <<< "$page" | head -1 | cut -d'"' -f2)
	for asset in "$css" "$js"; do
		local plain gzipped
		plain=$(curl -s -f "http://127.0.0.1:$APP_PORT$asset" | wc -c)
		gzipped=$(curl -s -f -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT$asset" | wc -c)
		record weight "${asset##*/}" "$plain" "$gzipped"
	done
	cat > "$WORK/nginx.conf" <<-EOF
		worker_processes auto;
		daemon off;
		pid $WORK/nginx.pid;
		error_log $WORK/nginx-error.log;
		events { worker_connections 1024; }
		http {
		  include /etc/nginx/mime.types;
		  types { application/atom+xml atom; }
		  access_log off;
		  sendfile on;
		  tcp_nopush on;
		  gzip_static on;
		  client_body_temp_path $WORK/nginx-temp;
		  proxy_temp_path $WORK/nginx-temp;
		  fastcgi_temp_path $WORK/nginx-temp;
		  uwsgi_temp_path $WORK/nginx-temp;
		  scgi_temp_path $WORK/nginx-temp;
		  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; }
		}
	EOF
	"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
	PIDS+=($!)
	until curl -s -f -o /dev/null "http://127.0.0.1:$NGINX_PORT/home.html"; do sleep 0.1; done
}

# --- Phases ---------------------------------------------------------------------------
# Main: the page cache on, each page loaded on nginx then on the application, in turn,
# so that both see the same background load. The RSS is sampled while it runs.
main_phase() {
	start_app main "$APP_PORT" true
	local app=$STARTED_PID
	save_static_copies
	log "Warming up the JIT (not measured)"
	warm_up "$APP_PORT" -t2 -c32 -d5s
	(while kill -0 "$app" 2> /dev/null; do rss "$app"; sleep 0.5; done) > "$WORK/rss" 2> /dev/null &
	local sampler=$!
	log "Load: wrk ${LOAD[*]} -d$DURATION, nginx then the application, page by page"
	for entry in "${PAGES[@]}"; do
		read -r name path ext <<< "$entry"
		load main "$name" nginx "http://127.0.0.1:$NGINX_PORT/$name.$ext" "${LOAD[@]}" -d"$DURATION"
		load main "$name" app "http://127.0.0.1:$APP_PORT$path" "${LOAD[@]}" -d"$DURATION"
	done
	kill "$sampler"
	record rss main "$(sort -n "$WORK/rss" | tail -1)"
	# Lighthouse on every public page type and language, once the load is over (it writes
	# its own table into docs/performance.md).
	log "Lighthouse (mobile preset)"
	LIGHTHOUSE_REPORT=$REPORT bash src/bench/lighthouse.sh "http://127.0.0.1:$APP_PORT"
	stop_app "$app"
}

# Without the page cache, at one connection: what a page costs to render (the first
# visitor after a publication) and how that cost grows with the archive. One instance,
# warmed up once (a JVM compiles its hot code in the first minutes), measured at each size.
uncached_phase() {
	local size=$1
	if [ -z "${UNCACHED_PID:-}" ]; then
		start_app uncached "$UNCACHED_PORT" false
		UNCACHED_PID=$STARTED_PID
		# Measured once the JIT has compiled what the pages run: a round of every page in
		# which the compiler threads used under 3% of a core, or after $WARMUP. Until then
		# they take the second core from the requests measured.
		log "Warming up the JIT without page cache until it settles, at most $WARMUP (not measured)"
		local started=$SECONDS round_ticks share
		while :; do
			round_ticks=$(jit_ticks "$UNCACHED_PID")
			warm_up "$UNCACHED_PORT" -t2 -c2 -d2s
			share=$((($(jit_ticks "$UNCACHED_PID") - round_ticks) * 100 / (2 * ${#PAGES[@]} * 100)))
			echo "JIT warm-up: ${share}% of a core compiling in the last round" >&2
			((share < 3 || SECONDS - started >= ${WARMUP%s})) && break
		done
		record machine warmup_taken "$((SECONDS - started)) s (compiler threads then at ${share}% of a core)"
	else
		warm_up "$UNCACHED_PORT" -t1 -c1 -d2s
	fi
	# Each page $REPEAT times, in turn: the report keeps the median run, so that a burst
	# of the machine's neighbours during one run does not decide a figure.
	for _ in $(seq "$REPEAT"); do
		for entry in "${PAGES[@]}"; do
			read -r name path _ <<< "$entry"
			if [ "$size" = "$ARTICLES" ]; then
				load uncached "$name" app "http://127.0.0.1:$UNCACHED_PORT$path" -t1 -c1 -d"$SHORT"
			fi
			if [[ " ${SCALED[*]} " == *" $name "* ]] && [[ " $SCALES " == *" $size "* ]]; then
				load "scale-$size" "$name" app "http://127.0.0.1:$UNCACHED_PORT$path" -t1 -c1 -d"$SHORT"
			fi
		done
	done
	if [[ " $SCALES " == *" $size "* ]]; then
		local search
		search=$(printf '%s\n' "${PAGES[@]}" | grep '^search ')
		read -r _ path _ <<< "$search"
		load "scale-$size" search-32 app "http://127.0.0.1:$UNCACHED_PORT$path" "${LOAD[@]}" -d"$SHORT"
	fi
}

# Start-up, on a quiet machine (before any other instance runs: a JVM that served load
# keeps compiling for a while), three times each way.
startup_phase() {
	log "Start-up: waiting up to 3 minutes for a quiet machine (load average under 1)"
	for _ in $(seq 36); do
		awk '{exit !($1 < 1)}' /proc/loadavg && break
		sleep 5
	done
	record machine load_at_startup "$(cut -d' ' -f1-3 /proc/loadavg)"
	for run in 1 2 3; do
		start_app "plain-$run" "$APP_PORT" true plain
		stop_app "$STARTED_PID"
		start_app "fast-$run" "$APP_PORT" true
		stop_app "$STARTED_PID"
	done
}

SIZES=$(printf '%s\n' $SCALES "$ARTICLES" | sort -n -u)
for size in $SIZES; do
	grow "$size"
	if [ ! -f "$WORK/app/app.jsa" ]; then
		train_cds
		startup_phase
	fi
	if [ "$size" = "$ARTICLES" ]; then
		# The instance without cache waits, idle, while the main one is loaded.
		main_phase
	fi
	uncached_phase "$size"
done
stop_app "$UNCACHED_PID"
record machine load_after "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- Report ---------------------------------------------------------------------------
log "Results"
if [ "$REPORT" = 1 ]; then
	java -cp "$TEST_CP" ma.oim.site.bench.BenchmarkReport "$RESULTS" docs/performance.md docs/performance-throughput.svg \
		docs/performance-scaling.svg
else
	java -cp "$TEST_CP" ma.oim.site.bench.BenchmarkReport "$RESULTS"
fi
