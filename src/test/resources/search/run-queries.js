// Runs the offline engine under Node for the Java tests and the size benchmark.
// usage: node run-queries.js <search.js> <site dir>   stdin: one query a line, "lang<TAB>mode<TAB>query"
// mode: exact (no prefix, no typo tolerance), typing (defaults), all (all languages), topic=<label>
// stdout: one line per query, "total<TAB>url url ...<TAB>suggestion|...<TAB>first snippet with «» marks<TAB>bytes loaded"
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [library, site] = process.argv.slice(2);
vm.runInThisContext(fs.readFileSync(library, 'utf8'), { filename: library });
const G = globalThis.GuidepostSearch;
let bytesLoaded = fs.statSync(library).size;

function load(name) {
  const file = path.join(site, 'search', name + '.js');
  const text = fs.readFileSync(file, 'utf8');
  bytesLoaded += Buffer.byteLength(text, 'utf8');
  vm.runInThisContext(text, { filename: file });
  return G.registered(name);
}

async function main() {
  const lines = fs.readFileSync(0, 'utf8').split('\n').filter((line) => line.length > 0);
  const engine = G.create({ load });
  const out = [];
  for (const line of lines) {
    const [lang, mode, query] = line.split('\t');
    const options = { lang, limit: 10 };
    if (mode === 'exact') { options.prefix = false; options.fuzzy = false; }
    if (mode === 'all') { options.allLanguages = true; }
    if (mode.startsWith('topic=')) { options.topic = mode.slice(6); }
    const result = await engine.search(query, options);
    const first = result.results.length > 0
      ? result.results[0].fragments.map((f) => (f.hit ? '«' + f.text + '»' : f.text)).join('') : '';
    out.push([result.total, result.results.map((r) => r.url).join(' '), result.suggestions.join('|'),
      first.replace(/[\t\n]/g, ' '), bytesLoaded].join('\t'));
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error) => { process.stderr.write(String(error && error.stack || error) + '\n'); process.exit(1); });
