#!/usr/bin/env bash
# SSE decoding with JSON decoding of each event: bench_sse (SseDecoder + JsonView, and
# SseDecoder + QJsonDocument) beside eventsource-parser + JSON.parse (npm) on the same generated
# ~50 MB Anthropic stream, in one run. Prints a Markdown section for docs/benchmarks.md.
#   bash tests/bench/run-sse-bench.sh [BUILD_DIR]
# Needs the build's bench_sse (AWB_BUILD_BENCHMARKS=ON, Google Benchmark) and node + npm;
# eventsource-parser is installed into BUILD_DIR/bench-node by this script.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
bench="$build/tests/bench/bench_sse"
[[ -x "$bench" ]] || { echo "build bench_sse first (cmake --build $build --target bench_sse)" >&2; exit 2; }

node_dir="$build/bench-node"
if [[ ! -f "$node_dir/node_modules/eventsource-parser/package.json" ]]; then
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --no-audit --no-fund --silent eventsource-parser@3 >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AWB_SSE_STREAM="$work/stream.sse"

# bench_sse writes the stream on its first run; node then reads the same file.
"$bench" --benchmark_format=json --benchmark_out="$work/ours.json" --benchmark_out_format=json >/dev/null 2>"$work/ours.err"
node "$root/tests/bench/bench_sse.cjs" "$node_dir" "$AWB_SSE_STREAM" >"$work/node.json"

node -e '
const ours = require(process.argv[1]).benchmarks;
const js = require(process.argv[2]);
const find = (prefix) => ours.find((b) => b.name.startsWith(prefix));
const mb = (b) => (b.bytes_per_second / 1e6).toFixed(0);
const ms = (b, key) => b[key].toFixed(0);
const row = (what, b) => console.log(`| ${what} | ${mb(b)} MB/s | ${ms(b, "cpu_time")} ms | ${ms(b, "real_time")} ms |`);
console.log(`## SSE decoding (${(js.bytes / 1e6).toFixed(0)} MB Anthropic stream, ${js.events} events)`);
console.log();
console.log("Run " + new Date().toISOString().slice(0, 16) + "Z with `bash tests/bench/run-sse-bench.sh`. Throughput per CPU second (the machine is shared,");
console.log("so wall time varies more); 16 KiB chunks as a socket read hands them out.");
console.log();
console.log("| decoder | throughput | CPU per pass | wall per pass |");
console.log("|---|---|---|---|");
row("SseDecoder + JsonView (what the Anthropic client runs)", find("BM_SseDecodeWithJson"));
row("SseDecoder + QJsonDocument per event", find("BM_SseDecodeWithQJsonDocument"));
row("SseDecoder alone (framing only)", find("BM_SseDecodeOnly"));
console.log(`| eventsource-parser ${js.version} + JSON.parse (node ${js.node}) | ${js.mbPerCpuSecond.toFixed(0)} MB/s | ${js.medianCpuMs.toFixed(0)} ms | ${js.medianWallMs.toFixed(0)} ms |`);
const client = find("BM_SseDecodeWithJson");
const tree = find("BM_SseDecodeWithQJsonDocument");
const r = (b) => (b.bytes_per_second / 1e6 / js.mbPerCpuSecond);
const wall = js.medianWallMs / client.real_time;
console.log();
console.log("| ratio (per CPU second) | | target |");
console.log("|---|---|---|");
console.log(`| SseDecoder + JsonView / eventsource-parser + JSON.parse | **${r(client).toFixed(2)}×** (wall: ${wall.toFixed(2)}×) | ≥ 1×: ${r(client) >= 1 ? "met" : "missed"} |`);
console.log(`| SseDecoder + QJsonDocument / eventsource-parser + JSON.parse | ${r(tree).toFixed(2)}× | |`);
' "$work/ours.json" "$work/node.json"
