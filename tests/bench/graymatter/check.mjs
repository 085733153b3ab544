// Reads and checks agent files the way a JavaScript tool would: every *.md under the folders
// given, frontmatter parsed by gray-matter with js-yaml, and the checks a minimal linter makes
// (frontmatter present, name and description non-empty strings, tools a string or a list).
// Prints the same kind of summary as `awb lint --quiet`.
//   node check.mjs FOLDER...
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';

// Passing options also turns off gray-matter's cache, which would otherwise answer repeated
// contents without parsing them.
const options = { engines: { yaml: (s) => yaml.load(s) } };

function* agentFiles(dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) yield* agentFiles(path);
        else if (entry.isFile() && entry.name.endsWith('.md')) yield path;
    }
}

let files = 0;
let loads = 0;
let problems = 0;
for (const root of process.argv.slice(2)) {
    for (const path of agentFiles(root)) {
        ++files;
        let data;
        try {
            const parsed = matter(readFileSync(path, 'utf8'), options);
            if (!parsed.matter) { ++problems; continue; }
            data = parsed.data;
        } catch (e) {
            ++problems;
            continue;
        }
        const ok = typeof data.name === 'string' && data.name.length > 0
            && typeof data.description === 'string' && data.description.length > 0
            && (data.tools === undefined || typeof data.tools === 'string' || Array.isArray(data.tools));
        if (ok) ++loads; else ++problems;
    }
}
console.log(`${files} files checked: ${loads} load, ${problems} with problems`);
