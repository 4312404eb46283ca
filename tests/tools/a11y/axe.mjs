// axe.mjs - check HTML files with axe-core in Debian's chromium, driven
// through puppeteer-core (test-only; tests/tools/npm-ci.sh installs
// both into tests/tools/a11y/node_modules).
//
//   node axe.mjs FILE...           one line per axe violation:
//                                  FILE<TAB>rule<TAB>impact<TAB>nodes<TAB>first target
//                                  then "FILE<TAB>violations<TAB>N"
//   node axe.mjs --outline FILE    the reading order a screen reader gets:
//                                  headings (h1..h6), tables with their
//                                  caption and header scopes, landmarks
//
// The rules are axe's WCAG 2.0/2.1 A and AA rules and its best practices.
// The page is loaded from a file:// URL with the network flags of
// .library's machine notes, so nothing is fetched; the page's own CSP is
// bypassed only to let axe itself run (the report carries no script).
// Exit status: 0 checked (whatever was found), 2 usage, 1 browser error.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const puppeteer = require('puppeteer-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const args = process.argv.slice(2);
const outline = args[0] === '--outline';
const files = outline ? args.slice(1) : args;
if (files.length === 0) {
	process.stderr.write('usage: node axe.mjs [--outline] FILE...\n');
	process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'trygg-axe-'));
let browser;
try {
	browser = await puppeteer.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: true,
		userDataDir: profile,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update',
			'--disable-sync', '--disable-extensions'],
	});
	for (const file of files) {
		const page = await browser.newPage();
		await page.setBypassCSP(true);
		await page.setViewport({ width: 1200, height: 900 });
		await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
		if (outline)
			process.stdout.write(await page.evaluate(readingOrder));
		else
			await runAxe(page, file);
		await page.close();
	}
} catch (e) {
	process.stderr.write(`axe.mjs: ${e.message}\n`);
	process.exitCode = 1;
} finally {
	if (browser)
		await browser.close();
	rmSync(profile, { recursive: true, force: true });
}

async function runAxe(page, file) {
	await page.evaluate(axeSource);
	const result = await page.evaluate(async (tags) => {
		// eslint-disable-next-line no-undef
		const r = await axe.run(document, { runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'] });
		return r.violations.map((v) => [v.id, v.impact, v.nodes.length,
			String(v.nodes[0].target[0])]);
	}, TAGS);
	for (const [id, impact, n, target] of result)
		process.stdout.write(`${file}\t${id}\t${impact}\t${n}\t${target}\n`);
	process.stdout.write(`${file}\tviolations\t${result.length}\n`);
}

// Runs in the page: what a screen-reader user moving by headings, tables
// and landmarks meets, in document order, one line each.
function readingOrder() {
	const out = [];
	const sel = 'h1,h2,h3,h4,h5,h6,table,header,main,footer,nav,section[aria-label],figure';
	for (const el of document.querySelectorAll(sel)) {
		const tag = el.tagName.toLowerCase();
		const text = (s) => s.replace(/\s+/g, ' ').trim();
		if (/^h[1-6]$/.test(tag)) {
			out.push(`${tag} ${text(el.textContent)}`);
		} else if (tag === 'table') {
			const cap = el.querySelector('caption');
			const cols = el.querySelectorAll('thead th[scope="col"]').length;
			const rows = el.querySelectorAll('tbody th[scope="row"]').length;
			const body = el.querySelectorAll('tbody tr').length;
			out.push(`table caption="${cap ? text(cap.textContent) : ''}" ` +
				`col-headers=${cols} row-headers=${rows}/${body}`);
		} else {
			out.push(tag);
		}
	}
	return out.join('\n') + '\n';
}
