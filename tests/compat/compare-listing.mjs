// Compares the agent listing Claude Code sent (found in the recorded request bodies) with
// `awb show --format json` for every file. Prints one line per mismatch and a summary line.
import fs from "node:fs";
import path from "node:path";

const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value.replace(/^--/, ""), all[i + 1]]] : pairs), []));

const shows = fs.readFileSync(args.awb, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

// Every text the client sent, in any message or system block.
function texts(value, out) {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
    else if (value && typeof value === "object") Object.values(value).forEach((v) => texts(v, out));
    return out;
}
const header = "Available agent types for the Agent tool:\n";
let listing = null;
for (const file of fs.readdirSync(args.requests).sort()) {
    const body = JSON.parse(fs.readFileSync(path.join(args.requests, file), "utf8"));
    for (const text of texts(body, [])) {
        const at = text.indexOf(header);
        if (at >= 0 && listing === null) listing = "\n" + text.slice(at + header.length);
    }
}
if (listing === null) {
    console.error(`${args.label}: no agent listing found in the recorded requests`);
    console.log("0 passed, 1 failed");
    process.exit(1);
}

// Names declared by more than one loading file: Claude Code lists one of them, which one is undefined.
const byName = new Map();
for (const s of shows) if (s.loads) byName.set(s.name, [...(byName.get(s.name) || []), s]);

let passed = 0;
const failures = [];
const collisions = [];
const vectors = { claude_code_version: args.version, loaded: {}, skipped: [] };
for (const s of shows) {
    const expectedLine = "\n" + s.listingLine + "\n";
    const nameAtLineStart = "\n- " + s.name + ": ";
    if (s.loads) {
        const present = listing.includes(expectedLine) || listing.endsWith(expectedLine.slice(0, -1));
        const group = byName.get(s.name);
        if (present) {
            passed++;
            vectors.loaded[s.relative] = { name: s.name, description: s.description, tools_shown: s.toolsShown };
        } else if (group.length > 1 && group.some((g) => listing.includes("\n" + g.listingLine + "\n") || listing.endsWith("\n" + g.listingLine))) {
            passed++;
            collisions.push(`${s.relative} (name '${s.name}' is declared by ${group.length} files; Claude Code listed another)`);
        } else {
            const at = listing.indexOf(nameAtLineStart);
            const seen = at >= 0 ? listing.slice(at + 1, listing.indexOf("\n- ", at + 1) > 0 ? listing.indexOf("\n- ", at + 1) : undefined) : "(not listed)";
            failures.push(`${s.relative}: awb says it loads as\n    ${JSON.stringify(s.listingLine)}\n  Claude Code listed\n    ${JSON.stringify(seen)}`);
        }
    } else {
        const declared = s.frontmatter && typeof s.frontmatter.name === "string" ? s.frontmatter.name : null;
        const someoneElseLoads = declared !== null && byName.has(declared);
        if (declared !== null && !someoneElseLoads && listing.includes("\n- " + declared + ": ")) {
            failures.push(`${s.relative}: awb says Claude Code skips it (${s.skipReason}), but Claude Code listed '${declared}'`);
        } else {
            passed++;
            vectors.skipped.push({ file: s.relative, declared_name: declared });
        }
    }
}

for (const f of failures) console.error("MISMATCH " + f);
for (const c of collisions) console.log("collision: " + c);
if (args["write-vectors"]) fs.writeFileSync(args["write-vectors"], JSON.stringify(vectors, null, 1) + "\n");
console.log(`${args.label}: ${shows.length} files, ${shows.filter((s) => s.loads).length} load, ${collisions.length} name collisions`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
