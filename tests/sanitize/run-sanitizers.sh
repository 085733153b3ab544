#!/usr/bin/env bash
# Builds the project a second time with AddressSanitizer and UndefinedBehaviorSanitizer and runs
# the tests there. Any report fails the run.
#   bash tests/sanitize/run-sanitizers.sh [BUILD_DIR]     (default: build-asan beside build/)
# The tests that only drive external tools (the Claude Code CLI through npm, the .deb package)
# exercise no more of our code under the sanitizers and are left to the normal build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-${AWB_ASAN_BUILD_DIR:-$root/build-asan}}"
here="$root/tests/sanitize"

# One clang build serves both this and the fuzz targets (tests/fuzz/run-fuzzers.sh BUILD_DIR):
# the library is also instrumented for the fuzzers' coverage, which plain executables link fine.
# Configured every time (a no-op when nothing changed) so that flag changes here take effect.
if [[ -f "$build/CMakeCache.txt" ]] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++-14' "$build/CMakeCache.txt"; then
    rm -rf "$build" # made by an older version of this script with another compiler
fi
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DAWB_BUILD_BENCHMARKS=OFF -DAWB_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$here/ubsan.supp"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 \
    --exclude-regex '^(compat_claude_code|package_deb)$'
