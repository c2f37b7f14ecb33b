#!/usr/bin/env bash
# Build the seeds, the dev corpus and the first 2,000 bench articles (sorted by name) and print the sha256 of
# graph.ttl and graph.trig of each: a refactor commit must leave these lines unchanged.
#   benchmarks/same_bytes.sh [> before.txt]   then, after the change:   benchmarks/same_bytes.sh | diff before.txt -
# Env: KG (default .venv/bin/kg), SHARED (default /work/shared), JOBS (default 1; the output is the same for any N).
set -euo pipefail
cd "$(dirname "$0")/.."
KG=${KG:-.venv/bin/kg}
SHARED=${SHARED:-/work/shared}
JOBS=${JOBS:-1}
out=$(mktemp -d "${TMPDIR:-/tmp}/same-bytes-XXXXXX")
trap 'rm -rf "$out"' EXIT

build() {  # name, inputs...
    local name=$1; shift
    "$KG" build --jobs "$JOBS" --no-html --format ttl,trig --out "$out/$name" "$@" >/dev/null 2>"$out/$name.log" || {
        local rc=$?; [ "$rc" -eq 3 ] || { cat "$out/$name.log" >&2; exit "$rc"; }; }
    for f in graph.ttl graph.trig; do
        printf '%s  %s/%s\n' "$(sha256sum <"$out/$name/$f" | cut -d' ' -f1)" "$name" "$f"
    done
}

build seeds seeds
build dev "$SHARED/corpus/dev"
mapfile -t bench < <(find "$SHARED/corpus/bench" -maxdepth 1 -type f -printf '%f\n' | LC_ALL=C sort | head -n 2000)
build bench2000 "${bench[@]/#/$SHARED/corpus/bench/}"
