#!/usr/bin/env bash
# Compares awb's reading of agent files with what the real Claude Code CLI lists.
#
# For each set (the shared corpus, and the shared compatibility vectors) the files are put in a
# scratch project's .claude/agents/, `claude -p hello` runs against a local stand-in of the
# Messages API with a dummy key and a fresh HOME, and the agent listing Claude Code sent is
# compared with `awb show --format json` for every file.
#
#   run-claude-compat.sh --awb PATH --server PATH --shared DIR --npm-dir DIR [--write-vectors FILE]
set -euo pipefail

awb="" server="" shared="" npm_dir="" write_vectors=""
while (($#)); do
    case "$1" in
    --awb) awb="$2"; shift 2 ;;
    --server) server="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    --npm-dir) npm_dir="$2"; shift 2 ;;
    --write-vectors) write_vectors="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
awb="$(realpath "$awb")" server="$(realpath "$server")" shared="$(realpath "$shared")" npm_dir="$(realpath -m "$npm_dir")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "compat: node and npm are needed (installer/dev.sh installs them)" >&2
    exit 1
fi

claude="$npm_dir/node_modules/.bin/claude"
if [[ ! -x "$claude" ]]; then
    echo "compat: installing @anthropic-ai/claude-code with npm into $npm_dir"
    mkdir -p "$npm_dir"
    if ! npm install --no-audit --no-fund --loglevel=error --prefix "$npm_dir" @anthropic-ai/claude-code >"$npm_dir/install.log" 2>&1; then
        cat "$npm_dir/install.log" >&2
        echo "compat: npm could not install @anthropic-ai/claude-code; the compatibility check cannot run" >&2
        exit 1
    fi
fi
version="$("$claude" --version 2>/dev/null | head -1)"
echo "compat: Claude Code $version"

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$server" --port-file "$work/port" --record-dir "$work/requests" &
server_pid=$!
for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port="$(cat "$work/port")"

status=0
run_set() {
    local label="$1" source="$2"
    local project="$work/$label/project" home="$work/$label/home"
    mkdir -p "$project/.claude/agents" "$home"
    cp -r "$source/." "$project/.claude/agents/"
    find "$project/.claude/agents" -type f ! -name '*.md' -delete
    rm -rf "$work/requests"
    mkdir -p "$work/requests"
    (
        cd "$project"
        HOME="$home" ANTHROPIC_BASE_URL="http://127.0.0.1:$port" ANTHROPIC_API_KEY="sk-ant-compat-dummy" \
            DISABLE_AUTOUPDATER=1 DISABLE_TELEMETRY=1 DISABLE_ERROR_REPORTING=1 \
            CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 \
            timeout 180 "$claude" -p hello </dev/null >"$work/$label/claude.out" 2>&1
    ) || { echo "compat: claude -p failed for $label:" >&2; cat "$work/$label/claude.out" >&2; status=1; return; }

    # What awb makes of every file.
    local shows="$work/$label/awb.jsonl"
    : >"$shows"
    while IFS= read -r -d '' file; do
        "$awb" show "$file" --format json | node -e \
            'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);o.relative=process.argv[1];console.log(JSON.stringify(o))})' \
            "${file#"$project/.claude/agents/"}" >>"$shows"
    done < <(find "$project/.claude/agents" -name '*.md' -print0 | sort -z)

    local args=(--awb "$shows" --requests "$work/requests" --label "$label")
    [[ -n "$write_vectors" ]] && args+=(--write-vectors "$write_vectors.$label.json" --version "$version")
    node "$here/compare-listing.mjs" "${args[@]}" || status=1
}

run_set corpus "$shared/corpus"
run_set vectors "$shared/compat/claude-code/cases"
exit $status
