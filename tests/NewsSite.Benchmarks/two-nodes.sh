#!/usr/bin/env bash
# Throughput of one node against two behind nginx, both on PostgreSQL and Redis (the production layout of the README),
# on this machine. Needs wrk, nginx, postgresql and redis-server (apt-get install -y wrk nginx-light postgresql
# redis-server). Prints one table: req/s, p50 and p99 for a cached article page and an uncached render, at c64.
#   bash tests/NewsSite.Benchmarks/two-nodes.sh [seconds]
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
work=$(mktemp -d /tmp/newssite-nodes-bench.XXXXXX)
source .ci/services
services_start >/dev/null || exit 1
cleanup() {
  pkill -f "NewsSite.Web.dll --urls http://127.0.0.1:5[12]0" 2>/dev/null
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  services_stop
  rm -rf "$work"
}
trap cleanup EXIT

rid=linux-$([ "$(uname -m)" = aarch64 ] && echo arm64 || echo x64)   # published as for production (ReadyToRun)
dotnet publish src/NewsSite.Web -c Release -r "$rid" -o "$work/site" >/dev/null || exit 1
psql "host=127.0.0.1 port=${NEWSSITE_PG_PORT:-55432} user=newssite dbname=postgres" -qc "CREATE DATABASE bench" || exit 1
connection="$NEWSSITE_TEST_POSTGRES;Database=bench;Max Auto Prepare=50;No Reset On Close=true"

node() {   # node PORT CACHE
  mkdir -p "$work/n$1"
  (cd "$work/site" && env ASPNETCORE_ENVIRONMENT=Production NewsSite__Database__Provider=Postgres \
    "ConnectionStrings__News=$connection" "ConnectionStrings__Redis=$NEWSSITE_TEST_REDIS" \
    NewsSite__PublicBaseUrl=http://127.0.0.1:5080 NewsSite__KnownProxies__0=127.0.0.1 NewsSite__SeedSampleContent=true \
    NewsSite__Admin__Email=chief@bench.example NewsSite__Admin__Password=Bench-Chief-2026 NewsSite__Caching__Enabled="$2" \
    NewsSite__KeysPath="$work/keys" NewsSite__Media__Path="$work/media" NewsSite__Media__CardsPath="$work/n$1/cards" \
    Serilog__MinimumLevel__Default=Warning Serilog__WriteTo__File__Args__path="$work/n$1/site-.log" \
    dotnet NewsSite.Web.dll --urls "http://127.0.0.1:$1" >"$work/n$1/out.log" 2>&1 &)
  for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$1/health/ready" && return 0; sleep 0.5; done
  echo "node $1 did not start:" >&2; cat "$work/n$1/out.log" >&2; exit 1
}

balancer() {   # balancer PORT... : nginx on 5080 in front of these nodes
  local servers=""
  for port in "$@"; do servers+="server 127.0.0.1:$port; "; done
  cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream news { $servers keepalive 64; }
  server {
    listen 127.0.0.1:5080;
    location / {
      proxy_pass http://news; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
  if [ -f "$work/nginx.pid" ]; then nginx -c "$work/nginx.conf" -s reload 2>/dev/null; sleep 1; else nginx -c "$work/nginx.conf"; fi
}

measure() {   # measure LABEL
  wrk -t2 -c64 -d3s "http://127.0.0.1:5080$article" >/dev/null
  wrk -t2 -c64 -d"${seconds}s" --latency "http://127.0.0.1:5080$article" >"$work/wrk.txt"
  printf "| %s | %s | %s | %s |\n" "$1" "$(awk '/Requests\/sec/ {printf "%d", $2}' "$work/wrk.txt")" \
    "$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")" "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
}

stop_nodes() { pkill -f "NewsSite.Web.dll --urls http://127.0.0.1:5[12]0"; sleep 1; }

node 5101 true
article=$(curl -s http://127.0.0.1:5101/ | grep -o 'href="/articles/[0-9]*/[^"]*"' | head -n 1 | cut -d'"' -f2)
echo "| article page, c64 | req/s | p50 | p99 |"
echo "| --- | ---: | ---: | ---: |"
balancer 5101;       measure "cached, one node"
node 5102 true;      balancer 5101 5102; measure "cached, two nodes"
stop_nodes
node 5101 false;     balancer 5101; measure "uncached render, one node"
node 5102 false;     balancer 5101 5102; measure "uncached render, two nodes"
