#!/usr/bin/env bash
# Load benchmark of the web app. Generates ARTICLES synthetic articles from the seeds, ingests them with the CLI
# (Release), adds SYNTHETIC_EVENTS events and as many positions straight into the store, starts the Release build
# of the site on 127.0.0.1, and runs wrk for DURATION against /healthz and the filtered timeline, first with the
# output cache (the site's default) and then with it turned off, so every request renders from the database.
# Everything stays on the loopback interface; each wrk run is bounded in time.
#
#   benchmarks/load/run.sh                      # 10,000 articles + 100,000 events, 20 s per run
#   ARTICLES=1000 DURATION=5s benchmarks/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES=${ARTICLES:-10000}
SYNTHETIC_EVENTS=${SYNTHETIC_EVENTS:-100000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-5099}
TIMELINE=${TIMELINE:-"/?topic=chemical_weapons&from=2013-01-01&to=2013-12-31"}
WORK=${WORK:-$(mktemp -d /tmp/diplomacy-load.XXXXXX)}
BUILD_ARGS=(-c Release ${ARTIFACTS:+--artifacts-path "$ARTIFACTS"})

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
echo "Working in $WORK"

if [ ! -f "$WORK/load.db" ]; then
  python3 benchmarks/load/generate_articles.py --seeds seeds --out "$WORK/articles" --count "$ARTICLES"
  dotnet publish src/Diplomacy.Cli "${BUILD_ARGS[@]}" -o "$WORK/cli" >/dev/null
  start=$(date +%s)
  dotnet "$WORK/cli/diplomacy.dll" ingest --db "$WORK/load.db" "$WORK/articles" | tail -n 12
  echo "Ingested $ARTICLES articles in $(( $(date +%s) - start )) s"
  if [ "$SYNTHETIC_EVENTS" -gt 0 ]; then
    python3 benchmarks/load/add_synthetic_events.py --db "$WORK/load.db" --events "$SYNTHETIC_EVENTS" --positions "$SYNTHETIC_EVENTS"
  fi
fi
python3 - "$WORK/load.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print("Store:", ", ".join(f"{t} {db.execute(f'SELECT COUNT(*) FROM {t}').fetchone()[0]}" for t in ("Articles", "Events", "Positions", "Quotes")))
PY

dotnet publish src/Diplomacy.Web "${BUILD_ARGS[@]}" -o "$WORK/web" >/dev/null
mkdir -p "$WORK/no-seeds"

serve() {
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Diplomacy="Data Source=$WORK/load.db" Content__Seeds="$WORK/no-seeds" \
  OutputCache__Seconds="$1" Serilog__MinimumLevel__Default=Warning \
    dotnet "$WORK/web/Diplomacy.Web.dll" >"$WORK/web-$1.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "The site did not start; see $WORK/web-$1.log" >&2
  return 1
}

measure() {
  local label=$1 path=$2
  curl -fs -o /dev/null "http://127.0.0.1:$PORT$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path" >"$WORK/wrk.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
  printf '| %-40s | %10s | %8s |\n' "$label" "$rps" "$p99"
}

trap '[ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true' EXIT
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, timeline = $TIMELINE"
printf '| %-40s | %10s | %8s |\n' "endpoint" "requests/s" "p99"
printf '|%s|%s|%s|\n' "------------------------------------------" "------------" "----------"
for seconds in 60 0; do
  serve "$seconds"
  mode=$([ "$seconds" -gt 0 ] && echo "output cache on" || echo "output cache off")
  measure "/healthz ($mode)" /healthz
  measure "filtered timeline ($mode)" "$TIMELINE"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
done
