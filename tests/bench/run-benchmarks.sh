#!/usr/bin/env bash
# Runs the benchmarks and writes a report.
#   bash tests/bench/run-benchmarks.sh [BUILD_DIR] [REPORT]
# Needs hyperfine and GNU time (installer/debian-packages.txt lists both).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
report="${2:-$build/benchmarks.md}"
shared="${AWB_SHARED_DIR:-$root/../shared}"
awb="$build/bin/awb"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The corpus replicated to 10,000 files, 500 to a folder.
mapfile -t files < <(find "$shared/corpus" -name '*.md' | sort)
n=${#files[@]}
for ((k = 0; k < 10000; k++)); do
    d="$work/lib/d$((k / 500))"
    [[ -d "$d" ]] || mkdir -p "$d"
    cp "${files[$((k % n))]}" "$d/a$k.md"
done
bytes=$(find "$work/lib" -name '*.md' -print0 | xargs -0 cat | wc -c)
sync

cat >"$work/floor.sh" <<FLOOR
find "$work/lib" -name '*.md' -print0 | xargs -0 cat > /dev/null
FLOOR
hyperfine -N --warmup 3 --runs 20 --export-json "$work/lint.json" \
    --command-name "read floor (find | xargs cat)" "bash $work/floor.sh" \
    --command-name "awb lint" "$awb lint --quiet $work/lib" >"$work/hyperfine.txt" 2>&1 || true

peak_kb=$(/usr/bin/time -f '%M' "$awb" lint --quiet "$work/lib" 2>&1 >/dev/null | tail -1)
inproc="$("$build/tests/bench/bench_agentreader" --benchmark_format=console 2>/dev/null | grep -E '^BM_' || true)"

node -e '
const r = require(process.argv[1]).results;
const [floor, lint] = r;
const ms = (x) => (x.mean * 1000).toFixed(1) + " ms ± " + (x.stddev * 1000).toFixed(1);
console.log(`| read floor (find + cat) | ${ms(floor)} |`);
console.log(`| awb lint (whole process) | ${ms(lint)} |`);
console.log(`| ratio awb lint / floor | ${(lint.mean / floor.mean).toFixed(2)}x |`);
' "$work/lint.json" >"$work/table.md"

{
    echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); corpus replicated to 10,000 files ($((bytes / 1048576)) MiB)."
    echo
    echo "| what | time |"
    echo "|---|---|"
    cat "$work/table.md"
    echo "| awb lint peak memory | $((peak_kb / 1024)) MiB |"
    echo
    echo "In process (bench_agentreader, one thread):"
    echo
    echo '```'
    echo "$inproc"
    echo '```'
} >"$report"
cat "$report"
