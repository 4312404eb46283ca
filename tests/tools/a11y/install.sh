#!/bin/sh
# install.sh - the test-only npm packages of the accessibility check
# (axe-core, puppeteer-core; exact versions in package.json and
# package-lock.json) into tests/tools/a11y/node_modules.  puppeteer-core
# downloads no browser: the check drives Debian's chromium.  Needs
# Debian's nodejs, npm and chromium.  Does nothing when they are there.
cd "$(dirname "$0")" || exit 1
if [ -f node_modules/.package-lock.json ] &&
   cmp -s package-lock.json node_modules/.trygg-lock 2>/dev/null; then
	exit 0
fi
command -v npm >/dev/null 2>&1 || {
	echo "trygg: npm is missing; run: apt-get install -y nodejs npm" >&2
	exit 1
}
echo "trygg: installing the accessibility check's npm packages" >&2
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2 || exit 1
cp package-lock.json node_modules/.trygg-lock
