#!/usr/bin/env bash
# The lexical trigger router against minisearch (npm, BM25 in JavaScript) on the same data, in one run.
#   bash tests/bench/run-triggers-bench.sh [BUILD_DIR]
# Needs the build's bench_triggers (AWB_BUILD_BENCHMARKS=ON, Google Benchmark) and node + npm; minisearch is
# installed into BUILD_DIR/bench-node by this script. Prints a Markdown section for docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
bench="$build/tests/bench/bench_triggers"
[[ -x "$bench" ]] || { echo "build bench_triggers first (cmake --build $build --target bench_triggers)" >&2; exit 2; }

node_dir="$build/bench-node"
if [[ ! -f "$node_dir/node_modules/minisearch/package.json" ]]; then
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --no-audit --no-fund --silent minisearch@7 >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bench" --export-json "$work/data.json" --agents 1000 --prompts 10000
"$bench" --benchmark_format=json --benchmark_out="$work/ours.json" --benchmark_out_format=json >/dev/null 2>"$work/ours.err"
MINISEARCH_DIR="$node_dir" node "$root/tests/bench/minisearch-bench.cjs" "$work/data.json" 3 >"$work/minisearch.json"

node -e '
const ours = require(process.argv[1]).benchmarks;
const mini = require(process.argv[2]);
const find = (prefix) => ours.find((b) => b.name.startsWith(prefix));
const full2 = find("BM_LexicalFullMatrix/prompts:10000/agents:1000/threads:2");
const full1 = find("BM_LexicalFullMatrix/prompts:10000/agents:1000/threads:1");
const score = find("BM_LexicalScoreOnly");
const live = find("BM_LiveUpdate");
const ms = (b) => b.real_time.toFixed(b.real_time < 10 ? 2 : 0) + " ms";
const ratio2 = mini.totalMs / full2.real_time;
console.log("## Trigger routing: the lexical router against minisearch");
console.log();
console.log("Run " + new Date().toISOString().slice(0, 16) + "Z with `bash tests/bench/run-triggers-bench.sh`: the same 1,000 agents and 10,000 prompts, generated from the corpus");
console.log("by `bench_triggers --export-json`, scored by both in one run (wall time; Google Benchmark for ours).");
console.log();
console.log("| what | time | target |");
console.log("|---|---|---|");
console.log(`| lexical full matrix, 10,000 prompts × 1,000 agents, 2 threads (index + scores + decisions + calibration) | ${ms(full2)} | < 500 ms |`);
console.log(`| the same, 1 thread | ${ms(full1)} | |`);
console.log(`| scores only, index built, 2 threads | ${ms(score)} | |`);
console.log(`| live update, 500 prompts × 200 agents, one keystroke (incremental index + whole matrix, 1 thread) | ${ms(live)} | < 16 ms |`);
console.log(`| minisearch ${mini.version}: index + one search per prompt (median of ${mini.runs}) | ${mini.totalMs.toFixed(0)} ms | |`);
console.log(`| ratio minisearch / ours (2 threads) | **${ratio2.toFixed(1)}×** | ≥ 20×: ${ratio2 >= 20 ? "met" : "missed"} |`);
console.log(`| ratio minisearch / ours (1 thread) | ${(mini.totalMs / full1.real_time).toFixed(1)}× | |`);
console.log(`\nTop-1 agreement with the expected agent on this synthetic suite: ours ${(full2.accuracy * 100).toFixed(1)}%, minisearch ${(mini.accuracy * 100).toFixed(1)}% (prompts are random body snippets; the figure only shows both did comparable work).`);
' "$work/ours.json" "$work/minisearch.json"
