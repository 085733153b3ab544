// The same trigger matrix with minisearch (BM25 in JavaScript), for the comparison in run-triggers-bench.sh.
//   node minisearch-bench.cjs DATA.json [RUNS]
// DATA.json is written by `bench_triggers --export-json`. For every prompt minisearch ranks the agents
// (name boosted 2, like ours; fuzzy and prefix search off; minisearch does not stem). Prints one JSON line.
'use strict';
const fs = require('fs');
const path = require('path');
const base = process.env.MINISEARCH_DIR || process.cwd();
const MiniSearch = require(require.resolve('minisearch', { paths: [base] }));
const version = require(path.join(base, 'node_modules', 'minisearch', 'package.json')).version;

const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const runs = Number(process.argv[3] || 3);

function once() {
    const start = process.hrtime.bigint();
    const index = new MiniSearch({ fields: ['name', 'description'], idField: 'id', searchOptions: { boost: { name: 2 } } });
    index.addAll(data.agents);
    const built = process.hrtime.bigint();
    let correct = 0;
    for (const prompt of data.prompts) {
        const hits = index.search(prompt.text);
        const winner = hits.length > 0 ? data.agents[hits[0].id].name : '';
        if (winner === (prompt.expected || '')) correct++;
    }
    const done = process.hrtime.bigint();
    return { buildMs: Number(built - start) / 1e6, searchMs: Number(done - built) / 1e6, totalMs: Number(done - start) / 1e6,
             accuracy: correct / data.prompts.length };
}

once(); // warm up the JIT
const results = [];
for (let i = 0; i < runs; i++) results.push(once());
results.sort((a, b) => a.totalMs - b.totalMs);
const median = results[Math.floor(results.length / 2)];
console.log(JSON.stringify({ agents: data.agents.length, prompts: data.prompts.length, runs, ...median,
                             version }));
