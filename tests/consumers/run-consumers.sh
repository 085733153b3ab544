#!/usr/bin/env bash
# Checks awb's exports with the tools that read them: every agent of the shared corpus is
# exported with `awb export`, each tool runs offline (a fresh HOME, a dummy key, a local
# stand-in server that records requests and answers nothing useful), and the agents the tool
# loaded are compared with `awb show` of the source files:
#
#   claude, claude-strict  Claude Code's agent listing in its request: name, description, tools
#   claude-user            the same for `awb export --user` (~/.claude/agents)
#   opencode               `opencode debug config`: name, description, enabled tools (project and
#                          user-level exports)
#   gemini                 Gemini CLI's <available_subagents> in its request: name, description
#   codex                  Codex's spawn_agent roles in its request: name, description
#   copilot                Copilot CLI's task tool in its request (offline mode, Anthropic wire
#                          format): name, description, for project and user-level exports
#
#   run-consumers.sh --awb PATH --server PATH --shared DIR --compat DIR --npm-dir DIR [--only LIST]
set -euo pipefail

awb="" server="" shared="" compat="" npm_dir="" only="claude,claude-strict,claude-user,opencode,gemini,codex,copilot"
while (($#)); do
    case "$1" in
    --awb) awb="$2"; shift 2 ;;
    --server) server="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    --compat) compat="$2"; shift 2 ;;
    --npm-dir) npm_dir="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
awb="$(realpath "$awb")" server="$(realpath "$server")" shared="$(realpath "$shared")"
compat="$(realpath "$compat")" npm_dir="$(realpath -m "$npm_dir")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "consumers: node and npm are needed (installer/dev.sh installs them)" >&2
    exit 1
fi

# One npm prefix per package under the build folder; Claude Code's is the compat test's.
install() {
    local package="$1" prefix="$2" bin="$3"
    if [[ ! -x "$prefix/node_modules/.bin/$bin" ]]; then
        echo "consumers: installing $package with npm into $prefix" >&2
        mkdir -p "$prefix"
        [[ -f "$prefix/package.json" ]] || echo '{"private": true}' >"$prefix/package.json"
        if ! npm install --no-audit --no-fund --loglevel=error --prefix "$prefix" "$package" >"$prefix/install.log" 2>&1; then
            cat "$prefix/install.log" >&2
            echo "consumers: npm could not install $package" >&2
            return 1
        fi
    fi
    echo "$prefix/node_modules/.bin/$bin"
}

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# A copy, so that a rebuild of the build tree during the run does not pull the binary away.
cp "$awb" "$work/awb"
awb="$work/awb"

"$server" --port-file "$work/port" --record-dir "$work/requests" &
server_pid=$!
for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port="$(cat "$work/port")"
base="http://127.0.0.1:$port"

# What awb says of every source file, once.
shows="$work/shows.jsonl"
: >"$shows"
while IFS= read -r -d '' file; do
    "$awb" show "$file" --format json | node -e \
        'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(JSON.parse(s))))' >>"$shows"
done < <(find "$shared/corpus" -name '*.md' -print0 | sort -z)

# Exports the corpus in one format into OUT (a project folder), or with --user into OUT as the
# home folder, where each tool reads the user's own agents; the report goes to REPORT. Exit 1
# (a file not written because two agents share a file name) is expected from the corpus.
export_corpus() {
    local format="$1" out="$2" report="$3" scope="${4:-project}"
    mkdir -p "$out"
    local code=0 where=(--out "$out")
    [[ "$scope" == user ]] && where=(--user)
    HOME="$out" "$awb" export "$shared/corpus" --to "$format" "${where[@]}" --format json >"$report" 2>"$report.log" || code=$?
    if ((code > 1)); then
        cat "$report.log" >&2
        echo "consumers: awb export --to $format failed" >&2
        return 1
    fi
}

fresh_requests() {
    rm -rf "$work/requests"
    mkdir -p "$work/requests"
}

status=0
result() { # label, exit code of the comparison
    if (($2 == 0)); then echo "consumers: $1: ok"; else echo "consumers: $1: FAILED" >&2; status=1; fi
}

check_claude() { # label, format, scope (project: .claude/agents; user: ~/.claude/agents)
    local label="$1" format="$2" scope="$3" claude
    claude="$(install @anthropic-ai/claude-code "$npm_dir/npm" claude)" || { result "$label" 1; return; }
    local dir="$work/$label" && mkdir -p "$dir/home" "$dir/project"
    local out="$dir/project" && [[ $scope == user ]] && out="$dir/home"
    export_corpus "$format" "$out" "$dir/report.json" "$scope" || { result "$label" 1; return; }
    # The listing comparison of the compat test, with awb's view of each source file under the
    # exported file's name.
    node -e '
        const fs = require("fs");
        const shows = new Map(fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => { const s = JSON.parse(l); return [s.path, s]; }));
        const out = [];
        for (const f of JSON.parse(fs.readFileSync(process.argv[2], "utf8")).files) {
            if (f.result !== "written" && f.result !== "unchanged") continue;
            out.push(JSON.stringify({ ...shows.get(f.source), relative: f.path }));
        }
        fs.writeFileSync(process.argv[3], out.join("\n") + "\n");' "$shows" "$dir/report.json" "$dir/shows.jsonl"
    fresh_requests
    (
        cd "$dir/project"
        HOME="$dir/home" ANTHROPIC_BASE_URL="$base" ANTHROPIC_API_KEY="sk-ant-consumers-dummy" \
            DISABLE_AUTOUPDATER=1 DISABLE_TELEMETRY=1 DISABLE_ERROR_REPORTING=1 \
            CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 \
            timeout 180 "$claude" -p hello </dev/null >"$dir/claude.out" 2>&1
    ) || { cat "$dir/claude.out" >&2; result "$label" 1; return; }
    local code=0
    node "$compat/compare-listing.mjs" --awb "$dir/shows.jsonl" --requests "$work/requests" --label "$label" || code=$?
    result "$label" $code
}

check_opencode() {
    local opencode
    opencode="$(install opencode-ai "$npm_dir/npm-consumers/opencode-ai" opencode)" || { result opencode 1; return; }
    echo "consumers: OpenCode $("$opencode" --version 2>/dev/null | head -1)"
    # A project's agents (.opencode/agent), then the user's own (~/.config/opencode/agent).
    local scope
    for scope in project user; do
        local dir="$work/opencode-$scope" && mkdir -p "$dir/home" "$dir/project"
        local out="$dir/project" && [[ $scope == user ]] && out="$dir/home"
        export_corpus opencode "$out" "$dir/report.json" "$scope" || { result "opencode ($scope)" 1; continue; }
        (
            cd "$dir/project"
            HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" OPENCODE_DISABLE_MODELS_FETCH=1 \
                OPENCODE_DISABLE_AUTOUPDATE=1 OPENCODE_DISABLE_SHARE=1 \
                timeout 120 "$opencode" debug config </dev/null >"$dir/config.json" 2>"$dir/opencode.err"
        ) || { cat "$dir/opencode.err" >&2; result "opencode ($scope)" 1; continue; }
        local code=0
        node "$here/compare-consumer.mjs" --kind opencode --report "$dir/report.json" --shows "$shows" \
            --seen "$dir/config.json" --label "opencode ($scope)" || code=$?
        result "opencode ($scope)" $code
    done
}

check_gemini() {
    local gemini
    gemini="$(install @google/gemini-cli "$npm_dir/npm-consumers/google-gemini-cli" gemini)" || { result gemini 1; return; }
    echo "consumers: Gemini CLI $("$gemini" --version 2>/dev/null | tail -1)"
    local dir="$work/gemini" && mkdir -p "$dir/home/.gemini" "$dir/project"
    # Project agents load only once acknowledged in the interactive UI; the user's own load as they are.
    export_corpus gemini "$dir/home" "$dir/report.json" user || { result gemini 1; return; }
    echo '{"security":{"auth":{"selectedType":"gemini-api-key"}},"privacy":{"usageStatisticsEnabled":false}}' \
        >"$dir/home/.gemini/settings.json"
    fresh_requests
    # The stand-in answers 404, so gemini exits non-zero after sending its first request.
    (
        cd "$dir/project"
        HOME="$dir/home" GEMINI_API_KEY="consumers-dummy" GOOGLE_GEMINI_BASE_URL="$base" \
            timeout 120 "$gemini" -p hello --skip-trust </dev/null >"$dir/gemini.out" 2>&1
    ) || true
    if grep -q "Agent loading error" "$dir/gemini.out"; then
        grep "Agent loading error" "$dir/gemini.out" >&2
        result gemini 1
        return
    fi
    local code=0
    node "$here/compare-consumer.mjs" --kind gemini --report "$dir/report.json" --shows "$shows" \
        --seen "$work/requests" --label gemini || { code=$?; tail -20 "$dir/gemini.out" >&2; }
    result gemini $code
}

check_codex() {
    local codex
    codex="$(install @openai/codex "$npm_dir/npm-consumers/openai-codex" codex)" || { result codex 1; return; }
    echo "consumers: $("$codex" --version 2>/dev/null | head -1)"
    local dir="$work/codex" && mkdir -p "$dir/home" "$dir/project"
    # Project configuration (.codex/) is ignored until trusted; ~/.codex/agents is the user's own.
    export_corpus codex "$dir/home" "$dir/report.json" user || { result codex 1; return; }
    fresh_requests
    (
        cd "$dir/project"
        HOME="$dir/home" CODEX_HOME="$dir/home/.codex" CONSUMERS_KEY="consumers-dummy" \
            timeout 120 "$codex" exec --skip-git-repo-check -m gpt-5 -c model_provider=standin \
            -c "model_providers.standin={name=\"standin\",base_url=\"$base/v1\",wire_api=\"responses\",env_key=\"CONSUMERS_KEY\",request_max_retries=0,stream_max_retries=0}" \
            hello </dev/null >"$dir/codex.out" 2>&1
    ) || true
    local code=0
    node "$here/compare-consumer.mjs" --kind codex --report "$dir/report.json" --shows "$shows" \
        --seen "$work/requests" --label codex || { code=$?; tail -20 "$dir/codex.out" >&2; }
    result codex $code
}

check_copilot() {
    local copilot
    copilot="$(install @github/copilot "$npm_dir/npm-consumers/github-copilot" copilot)" || { result copilot 1; return; }
    echo "consumers: $("$copilot" --version 2>/dev/null | head -1)"
    # Offline mode with a custom provider: the stand-in speaks the Anthropic wire format.
    local scope
    for scope in project user; do
        local dir="$work/copilot-$scope" && mkdir -p "$dir/home" "$dir/project"
        local out="$dir/project" && [[ $scope == user ]] && out="$dir/home"
        export_corpus copilot "$out" "$dir/report.json" "$scope" || { result "copilot ($scope)" 1; continue; }
        fresh_requests
        (
            cd "$dir/project"
            HOME="$dir/home" COPILOT_HOME="$dir/home/.copilot" COPILOT_OFFLINE=true COPILOT_AUTO_UPDATE=false \
                COPILOT_PROVIDER_TYPE=anthropic COPILOT_PROVIDER_BASE_URL="$base" \
                COPILOT_PROVIDER_API_KEY="consumers-dummy" COPILOT_MODEL=claude-sonnet-4.5 \
                timeout 120 "$copilot" -p hello </dev/null >"$dir/copilot.out" 2>&1
        ) || { cat "$dir/copilot.out" >&2; result "copilot ($scope)" 1; continue; }
        local code=0
        node "$here/compare-consumer.mjs" --kind copilot --report "$dir/report.json" --shows "$shows" \
            --seen "$work/requests" --label "copilot ($scope)" || code=$?
        result "copilot ($scope)" $code
    done
}

IFS=, read -r -a selected <<<"$only"
for consumer in "${selected[@]}"; do
    case "$consumer" in
    claude | claude-strict) check_claude "$consumer" "$consumer" project ;;
    claude-user) check_claude "$consumer" claude user ;;
    opencode) check_opencode ;;
    gemini) check_gemini ;;
    codex) check_codex ;;
    copilot) check_copilot ;;
    *) echo "consumers: unknown consumer $consumer" >&2; status=1 ;;
    esac
done
exit $status
