// Compares what another tool loaded from awb's export (its resolved config, or the agent
// listing it sent to the local stand-in server) with what awb says of each source file.
//
//   node compare-consumer.mjs --kind opencode|gemini|codex|copilot --report EXPORT.json --shows SHOWS.jsonl
//        --seen CONFIG.json|REQUESTS_DIR --label LABEL
//
// EXPORT.json is `awb export --format json`; SHOWS.jsonl holds `awb show --format json` of every
// source file. Names and descriptions must match awb's; for OpenCode the enabled tools must be
// exactly the ones the export report says were written.
import fs from "node:fs";
import path from "node:path";

const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value.replace(/^--/, ""), all[i + 1]]] : pairs), []));

const shows = new Map();
for (const line of fs.readFileSync(args.shows, "utf8").split("\n").filter(Boolean)) {
    const s = JSON.parse(line);
    shows.set(s.path, s);
}
const report = JSON.parse(fs.readFileSync(args.report, "utf8")).files;

function texts(value, out) {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
    else if (value && typeof value === "object") Object.values(value).forEach((v) => texts(v, out));
    return out;
}
function requestTexts(dir) {
    const out = [];
    for (const file of fs.readdirSync(dir).sort()) {
        try {
            texts(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), out);
        } catch {
            // not JSON: not a model request
        }
    }
    return out;
}
const unescapeXml = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

// name -> { description, tools (array of enabled tools, or null when not revealed or unrestricted) }
function seenAgents() {
    const seen = new Map();
    if (args.kind === "opencode") {
        const config = JSON.parse(fs.readFileSync(args.seen, "utf8"));
        for (const [name, a] of Object.entries(config.agent || {})) {
            const tools = a.tools ? Object.keys(a.tools).filter((t) => a.tools[t]).sort() : null;
            seen.set(name, { description: a.description, tools });
        }
    } else if (args.kind === "gemini") {
        const listing = requestTexts(args.seen).find((t) => t.includes("<available_subagents>"));
        if (listing) {
            for (const m of listing.matchAll(/<subagent>\s*<name>([\s\S]*?)<\/name>\s*<description>([\s\S]*?)<\/description>/g))
                seen.set(unescapeXml(m[1]), { description: unescapeXml(m[2]), tools: null });
        }
    } else if (args.kind === "copilot") {
        // The task tool lists "- **name**: description" per agent type.
        const listing = requestTexts(args.seen).find((t) => t.includes("Available agent types:\n"));
        if (listing) {
            const list = listing.slice(listing.indexOf("Available agent types:\n") + "Available agent types:\n".length);
            for (const entry of list.split(/\n(?=- \*\*[^*\n]+\*\*: )/)) {
                const m = /^- \*\*([^*\n]+)\*\*: ([\s\S]*)$/.exec(entry.trim());
                if (m) seen.set(m[1], { description: m[2], tools: null });
            }
        }
    } else if (args.kind === "codex") {
        // spawn_agent's agent_type lists "name: {\ndescription\n}" per role.
        const listing = requestTexts(args.seen).find((t) => t.includes("Available roles:\n"));
        if (listing) {
            const roles = listing.slice(listing.indexOf("Available roles:\n") + "Available roles:\n".length);
            for (const m of roles.matchAll(/^([^\s{}:][^\n{}]*?): \{\n([\s\S]*?)\n\}$/gm))
                seen.set(m[1], { description: m[2], tools: null });
        }
    }
    return seen;
}

const seen = seenAgents();
if (seen.size === 0) {
    console.error(`${args.label}: the consumer revealed no agents at all`);
    console.log("0 passed, 1 failed");
    process.exit(1);
}

let passed = 0;
let skipped = 0;
const failures = [];
for (const file of report) {
    if (file.result !== "written" && file.result !== "unchanged") {
        skipped++; // not written (two agents with one file name): nothing for the consumer to load
        continue;
    }
    const s = shows.get(file.source);
    if (!s) {
        failures.push(`${file.path}: no awb show output for its source ${file.source}`);
        continue;
    }
    let name = s.name;
    const nameItem = file.fields.find((f) => f.field === "name");
    if (args.kind === "gemini" && nameItem && nameItem.outcome === "mapped") name = /'([^']*)'/.exec(nameItem.note)[1];
    const got = seen.get(name);
    if (!got) {
        failures.push(`${file.path}: '${name}' was not loaded`);
        continue;
    }
    const problems = [];
    // Codex and Copilot list each description trimmed (a folded YAML description keeps its final
    // newline in awb's export, as in Claude Code).
    const expectedDescription = args.kind === "codex" || args.kind === "copilot" ? s.description.trim() : s.description;
    if (got.description !== expectedDescription)
        problems.push(`description\n    awb:      ${JSON.stringify(s.description)}\n    consumer: ${JSON.stringify(got.description)}`);
    if (args.kind === "opencode") {
        const toolsItem = file.fields.find((f) => f.field === "tools");
        const expected = toolsItem ? /as OpenCode names: ([^;]*)/.exec(toolsItem.note)[1].split(", ").filter(Boolean).sort() : null;
        if (JSON.stringify(expected) !== JSON.stringify(got.tools))
            problems.push(`tools: the report says ${JSON.stringify(expected)}, OpenCode enabled ${JSON.stringify(got.tools)}`);
    }
    if (problems.length) failures.push(`${file.path} (${name}): ${problems.join("; ")}`);
    else passed++;
}
for (const f of failures) console.error("MISMATCH " + f);
console.log(`${args.label}: ${report.length} exported files, ${seen.size} agents seen by the consumer, ${skipped} not written`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length || passed === 0 ? 1 : 0);
