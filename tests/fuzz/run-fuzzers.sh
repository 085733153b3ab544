#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 and runs each for a while, starting from its seeds.
#   bash tests/fuzz/run-fuzzers.sh [SECONDS_EACH] [BUILD_DIR]   (default 20 s, build-fuzz/)
# A crash fails the run; libFuzzer's crash-* file is kept in the build folder's fuzz-artifacts/
# and becomes a regression input (see docs/fuzzing.md). Targets are found by name (fuzz_*), and a
# target's seeds are tests/fuzz/seeds/<name without fuzz_>/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-20}"
build="${2:-${AWB_FUZZ_BUILD_DIR:-$root/build-fuzz}}"

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 \
        -DAWB_BUILD_FUZZERS=ON -DAWB_BUILD_TESTS=OFF -DAWB_BUILD_BENCHMARKS=OFF
fi
mapfile -t targets < <(cd "$root/tests/fuzz" && ls fuzz_*.cpp | sed 's/\.cpp$//')
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitize/lsan.supp:print_suppressions=0"
failed=()
for target in "${targets[@]}"; do
    seeds="$root/tests/fuzz/seeds/${target#fuzz_}"
    corpus="$build/fuzz-corpus/${target#fuzz_}"
    mkdir -p "$corpus"
    dirs=("$corpus")
    [[ -d "$seeds" ]] && dirs+=("$seeds")
    echo "== $target: ${seconds} s"
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "${dirs[@]}" 2>"$build/$target.log"; then
        tail -n 60 "$build/$target.log"
        failed+=("$target")
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^Done' "$build/$target.log" || true
    fi
done
if ((${#failed[@]})); then
    echo "Fuzzing found problems in: ${failed[*]} (inputs in $artifacts)" >&2
    exit 1
fi
