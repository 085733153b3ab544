#!/usr/bin/env bash
# Runs the benchmarks and writes one report (Markdown).
#   bash tests/bench/run-benchmarks.sh [BUILD_DIR] [REPORT] [SECTION...]
# Sections (all by default): reader app inproc editor triggers sse chat, plus any added below.
# Needs hyperfine, GNU time, node and npm (installer/debian-packages.txt and installer/dev.sh);
# the npm packages compared against are installed into BUILD_DIR/bench-npm on first use.
#
# Adding a section: write a function `section_NAME` that prints Markdown (a "## Title" heading,
# then tables) and add NAME to SECTIONS. Helpers: need_library (the 10,000-file corpus in
# $lib10k), hyperfine_json OUT.json ARGS..., peak_mib COMMAND..., hf_mean_ms FILE.json INDEX.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
report="${2:-$build/benchmarks.md}"
shift $(($# > 2 ? 2 : $#))
shared="${AWB_SHARED_DIR:-$root/../shared}"
awb="$build/bin/awb"
bench="$build/tests/bench"

SECTIONS=(reader app inproc editor triggers sse chat)
[[ $# -gt 0 ]] && SECTIONS=("$@")

load_at_start="$(cut -d' ' -f1 /proc/loadavg)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lib10k="$work/lib"
runs="${AWB_BENCH_RUNS:-10}"

# ---------------------------------------------------------------- helpers

# The corpus replicated to 10,000 files, 500 to a folder.
need_library() {
    [[ -d "$lib10k" ]] && return
    local files n k d
    mapfile -t files < <(find "$shared/corpus" -name '*.md' | sort)
    n=${#files[@]}
    for ((k = 0; k < 10000; k++)); do
        d="$lib10k/d$((k / 500))"
        [[ -d "$d" ]] || mkdir -p "$d"
        cp "${files[$((k % n))]}" "$d/a$k.md"
    done
    lib_bytes=$(find "$lib10k" -name '*.md' -print0 | xargs -0 cat | wc -c)
    sync
}

# hyperfine_json OUT.json [hyperfine arguments...]: no shell in between, warm cache.
hyperfine_json() {
    local out="$1"
    shift
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$out" "$@" >"$out.txt" 2>&1
}

# Mean time in ms of the INDEX-th command of a hyperfine JSON file.
hf_mean_ms() {
    node -e 'const r = require(process.argv[1]).results[+process.argv[2]]; console.log((r.mean * 1000).toFixed(1))' "$1" "$2"
}
hf_stddev_ms() {
    node -e 'const r = require(process.argv[1]).results[+process.argv[2]]; console.log((r.stddev * 1000).toFixed(1))' "$1" "$2"
}

# Mean CPU time (user + system) in ms: steadier than wall time on a busy machine.
hf_cpu_ms() {
    node -e 'const r = require(process.argv[1]).results[+process.argv[2]]; console.log(((r.user + r.system) * 1000).toFixed(1))' "$1" "$2"
}

# Peak resident memory of one run, in MiB.
peak_mib() {
    local kb
    kb=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
    echo $((kb / 1024))
}

ratio() { node -e 'console.log((+process.argv[1] / +process.argv[2]).toFixed(2))' -- "$1" "$2"; }

need_graymatter() {
    local npm_dir="$build/bench-npm"
    if [[ ! -d "$npm_dir/node_modules/gray-matter" || "$root/tests/bench/graymatter/package.json" -nt "$npm_dir/package.json" ]]; then
        mkdir -p "$npm_dir"
        cp "$root/tests/bench/graymatter/package.json" "$npm_dir/"
        (cd "$npm_dir" && npm install --no-audit --no-fund --loglevel=error >install.log 2>&1)
    fi
    cp "$root/tests/bench/graymatter/check.mjs" "$npm_dir/"
    graymatter=(node "$npm_dir/check.mjs")
}

# ---------------------------------------------------------------- sections

section_reader() {
    need_library
    need_graymatter
    local j="$work/reader.json"
    cat >"$work/catfloor.sh" <<CAT
find "$lib10k" -name '*.md' -print0 | xargs -0 cat > /dev/null
CAT
    hyperfine_json "$j" \
        --command-name "read floor" "$bench/bench_readfloor $lib10k" \
        --command-name "awb lint" "$awb lint --quiet $lib10k" \
        --command-name "gray-matter + js-yaml" "${graymatter[*]} $lib10k" \
        --command-name "cat" "bash $work/catfloor.sh"
    local floor lint gm cat
    floor=$(hf_mean_ms "$j" 0) lint=$(hf_mean_ms "$j" 1) gm=$(hf_mean_ms "$j" 2) cat=$(hf_mean_ms "$j" 3)
    local mb
    mb=$(node -e 'console.log((+process.argv[1] / 1e6).toFixed(1))' "$lib_bytes")
    rate() { node -e 'const ms = +process.argv[1]; console.log(Math.round(10000 / ms * 1000) + " | " + (+process.argv[2] / 1e6 / ms * 1000).toFixed(0))' "$1" "$lib_bytes"; }
    echo "## Reading and checking 10,000 agent files"
    echo
    echo "The corpus (\`$(basename "$shared")/corpus\`, $(find "$shared/corpus" -name '*.md' | wc -l) files) replicated to 10,000 files in 20 folders, $mb MB; warm page cache; hyperfine, $runs runs after 3 warm-ups, in one run."
    echo
    local cfloor clint cgm
    cfloor=$(hf_cpu_ms "$j" 0) clint=$(hf_cpu_ms "$j" 1) cgm=$(hf_cpu_ms "$j" 2)
    echo "| command | whole process (wall) | CPU (user + sys) | files/s | MB/s | peak memory |"
    echo "|---|---|---|---|---|---|"
    echo "| read floor: \`bench_readfloor DIR\` (same traversal and threads as awb lint, read only) | $floor ± $(hf_stddev_ms "$j" 0) ms | $cfloor ms | $(rate "$floor") | $(peak_mib "$bench/bench_readfloor" "$lib10k") MiB |"
    echo "| \`awb lint --quiet DIR\` | $lint ± $(hf_stddev_ms "$j" 1) ms | $clint ms | $(rate "$lint") | $(peak_mib "$awb" lint --quiet "$lib10k") MiB |"
    echo "| \`node check.mjs DIR\` (gray-matter 4.0.3 + js-yaml 4.1.0) | $gm ± $(hf_stddev_ms "$j" 2) ms | $cgm ms | $(rate "$gm") | $(peak_mib "${graymatter[@]}" "$lib10k") MiB |"
    echo "| \`find DIR -name '*.md' -print0 \| xargs -0 cat > /dev/null\` | $cat ± $(hf_stddev_ms "$j" 3) ms | $(hf_cpu_ms "$j" 3) ms | $(rate "$cat") | |"
    echo
    echo "Load average when the run started: $load_at_start (on $(nproc) cores; above the core count, wall times are inflated and the CPU ratios are the steadier ones)."
    echo
    echo "| ratio | wall | CPU | target |"
    echo "|---|---|---|---|"
    echo "| gray-matter / awb lint (whole process) | **$(ratio "$gm" "$lint")×** | $(ratio "$cgm" "$clint")× | ≥ 2.5× |"
    echo "| awb lint / read floor | **$(ratio "$lint" "$floor")×** | $(ratio "$clint" "$cfloor")× | ≤ 1.5× |"
    echo
}

section_app() {
    need_library
    local sizes=(10 1000 10000) n dir j="$work/app.json" args=() all
    mapfile -t all < <(find "$lib10k" -name '*.md' | sort)
    for n in "${sizes[@]}"; do
        dir="$work/app$n"
        mkdir -p "$dir"
        cp -t "$dir" "${all[@]:0:n}" # file names are unique across the folders
        args+=(--command-name "$n agents, first paint" "$build/bin/agent-workbench --quit-after-first-paint --library $dir")
        args+=(--command-name "$n agents, listed" "$build/bin/agent-workbench --quit-after-library-loaded --library $dir")
    done
    # A clean profile: no saved settings, no recovery files, offscreen.
    export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
    export AWB_RECOVERY_DIR="$work/home/recovery" QT_QPA_PLATFORM=offscreen
    mkdir -p "$XDG_CONFIG_HOME"
    hyperfine_json "$j" --command-name "empty QMainWindow" "$bench/bench_emptywindow" \
        --command-name "no library" "$build/bin/agent-workbench --quit-after-first-paint" "${args[@]}"
    echo "## Application startup"
    echo
    echo "Whole process from exec to exit, offscreen platform, fresh settings; hyperfine, $runs runs. Two moments: the main window's first paint (\`--quit-after-first-paint\`; the library is read on worker threads after the window shows), and the library read and listed in the window, painted again (\`--quit-after-library-loaded\`). Peak memory is measured at the second."
    echo
    echo "Load average when the run started: $load_at_start (on $(nproc) cores)."
    echo
    echo "| what | first paint | library listed | peak memory |"
    echo "|---|---|---|---|"
    echo "| floor: an empty QMainWindow (\`bench_emptywindow\`) | $(hf_mean_ms "$j" 0) ± $(hf_stddev_ms "$j" 0) ms | | $(peak_mib "$bench/bench_emptywindow") MiB |"
    echo "| \`agent-workbench\`, no library | $(hf_mean_ms "$j" 1) ± $(hf_stddev_ms "$j" 1) ms | | $(peak_mib "$build/bin/agent-workbench" --quit-after-first-paint) MiB |"
    local i=2 t1000 t10000 t10
    for n in "${sizes[@]}"; do
        echo "| \`--library DIR\` of $n agents | $(hf_mean_ms "$j" $i) ± $(hf_stddev_ms "$j" $i) ms | $(hf_mean_ms "$j" $((i + 1))) ± $(hf_stddev_ms "$j" $((i + 1))) ms | $(peak_mib "$build/bin/agent-workbench" --quit-after-library-loaded --library "$work/app$n") MiB |"
        i=$((i + 2))
    done
    t10=$(hf_mean_ms "$j" 3) t1000=$(hf_mean_ms "$j" 5) t10000=$(hf_mean_ms "$j" 7)
    echo
    echo "Library listed, growth from 1,000 to 10,000 agents: **$(ratio "$t10000" "$t1000")×** the time for 10× the agents (linear or better: ≤ 10×); counting only the time above the 10-agent start: $(ratio "$(node -e "console.log($t10000 - $t10)")" "$(node -e "console.log(Math.max($t1000 - $t10, 0.1))")")×. Target for 1,000 agents: under 500 ms and 150 MB."
    echo
}

section_inproc() {
    [[ -x "$bench/bench_agentreader" ]] || return 0
    echo "## In process (bench_agentreader, one thread, no file system)"
    echo
    echo '```'
    "$bench/bench_agentreader" --benchmark_format=console 2>/dev/null | grep -E '^(BM_|-|Benchmark)' || true
    echo '```'
    echo
}

section_editor() {
    [[ -x "$bench/bench_editor" ]] || return 0
    echo "## Editor keystroke (bench_editor, GUI thread)"
    echo
    echo '```'
    QT_QPA_PLATFORM=offscreen "$bench/bench_editor" 2>/dev/null | grep -vE '^\s*$' | tail -n 8 || true
    echo '```'
    echo
}

section_chat() {
    [[ -x "$bench/bench_chatload" ]] || return 0
    echo "## Chat: long transcripts and streaming (bench_chatload, bench_chatstream; offscreen)"
    echo
    echo "Opening a transcript of 100 and of 10,000 messages in the Chat pane (read, model reset, widgets, layout, first paint) and one page step of scrolling with its repaint; the GUI thread's cost per streamed token."
    echo
    echo '```'
    "$bench/bench_chatload" --benchmark_format=console 2>/dev/null | grep -E '^(BM_|-|Benchmark)' || true
    [[ -x "$bench/bench_chatstream" ]] && { "$bench/bench_chatstream" --benchmark_format=console 2>/dev/null | grep -E '^BM_' || true; }
    echo '```'
    echo
}

# Sections kept in their own scripts, which print Markdown themselves.
section_triggers() { bash "$root/tests/bench/run-triggers-bench.sh" "$build" && echo; }
section_sse() { bash "$root/tests/bench/run-sse-bench.sh" "$build" && echo; }

# ---------------------------------------------------------------- report

{
    echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); build: $build."
    echo
    for s in "${SECTIONS[@]}"; do
        "section_$s"
    done
} >"$report"
cat "$report"
