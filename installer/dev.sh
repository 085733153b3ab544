#!/usr/bin/env bash
# Developer entry point used by the README's quick start.
#   bash installer/dev.sh run    install what is needed, build, start the app on the sample library
#   bash installer/dev.sh test   install what is needed, build, run every test, then the tests again
#                                under ASan+UBSan and each fuzz target for 20 s (both in build-asan/, clang 14)
# Both are idempotent: packages already present are not touched, and the build is incremental.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${AWB_BUILD_DIR:-$root/build}"
mode="${1:-}"

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^\s*#' "$here/debian-packages.txt" | grep -v '^\s*$')
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ! command -v npm >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [[ $(id -u) -ne 0 ]] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build_project() {
    if [[ ! -f "$build/build.ninja" ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_packages
    build_project
    app="$build/bin/agent-workbench"
    samples="$root/resources/samples/agents"  # the sample library and its trigger suite (agents/.claude/agent-workbench)
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        shot="$build/agent-workbench.png"
        echo "No display found: starting offscreen and saving a picture of the window to $shot"
        QT_QPA_PLATFORM=offscreen "$app" --library "$samples" --screenshot "$shot"
    else
        exec "$app" --library "$samples"
    fi
    ;;
test)
    install_packages
    build_project
    (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
    # The same tests again under AddressSanitizer + UndefinedBehaviorSanitizer (own build folder),
    # then a short run of every fuzz target. AWB_QUICK=1 skips both.
    if [[ "${AWB_QUICK:-0}" != 1 ]]; then
        bash "$root/tests/sanitize/run-sanitizers.sh" "$build-asan"
        bash "$root/tests/fuzz/run-fuzzers.sh" "${AWB_FUZZ_SECONDS:-20}" "$build-asan"
    fi
    ;;
*)
    echo "usage: bash installer/dev.sh run|test" >&2
    exit 2
    ;;
esac
