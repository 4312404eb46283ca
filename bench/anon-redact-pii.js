// anon-redact-pii.js - redact-pii over a CSV on stdin, line by line, for
// bench/anon.sh (NODE_PATH points at the scratch node_modules).
const { SyncRedactor } = require('redact-pii');
const readline = require('readline');
const redactor = new SyncRedactor();
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on('line', (line) => { out.push(redactor.redact(line)); if (out.length >= 1000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; } });
rl.on('close', () => { if (out.length) process.stdout.write(out.join('\n') + '\n'); });
