// eventsource-parser + JSON.parse on the stream bench_sse wrote (same bytes, same chunk size).
//   node bench_sse.cjs NODE_MODULES_PREFIX STREAM_FILE
// Prints one JSON line: {"tool":"eventsource-parser","version":...,"mbPerSecond":...,"mbPerCpuSecond":...}
'use strict';
const fs = require('fs');
const path = require('path');
const [prefix, file] = process.argv.slice(2);
const { createParser } = require(path.join(prefix, 'node_modules', 'eventsource-parser'));
const version = require(path.join(prefix, 'node_modules', 'eventsource-parser', 'package.json')).version;
const bytes = fs.readFileSync(file);
const chunkSize = 16 * 1024;

function run() {
  let events = 0;
  let textChars = 0;
  const parser = createParser({
    onEvent(event) {
      const object = JSON.parse(event.data);
      if (object.delta && typeof object.delta.text === 'string') textChars += object.delta.text.length;
      events++;
    },
  });
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < bytes.length; at += chunkSize) {
    parser.feed(decoder.decode(bytes.subarray(at, at + chunkSize), { stream: true }));
  }
  parser.feed(decoder.decode());
  return { events, textChars };
}

run(); // warm up the JIT
// Both wall-clock and CPU time per run: Google Benchmark's bytes_per_second is per CPU second,
// so mbPerCpuSecond is the figure to compare on a busy machine.
const wall = [];
const cpu = [];
let result;
const deadline = Date.now() + 10000;
while (wall.length < 5 || (wall.length < 20 && Date.now() < deadline)) {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  result = run();
  const used = process.cpuUsage(cpuStart);
  wall.push(Number(process.hrtime.bigint() - start) / 1e9);
  cpu.push((used.user + used.system) / 1e6);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({
  tool: 'eventsource-parser',
  version,
  node: process.version,
  bytes: bytes.length,
  runs: wall.length,
  medianWallMs: +(median(wall) * 1000).toFixed(1),
  medianCpuMs: +(median(cpu) * 1000).toFixed(1),
  mbPerSecond: +(bytes.length / 1e6 / median(wall)).toFixed(1),
  mbPerCpuSecond: +(bytes.length / 1e6 / median(cpu)).toFixed(1),
  events: result.events,
}));
