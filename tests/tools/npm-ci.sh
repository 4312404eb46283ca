#!/bin/sh
# npm-ci.sh DIR WHAT - the test-only npm packages of DIR (exact versions in
# its package.json and package-lock.json) into DIR/node_modules, for WHAT:
# tests/tools/a11y (axe-core, puppeteer-core: the accessibility check;
# puppeteer-core downloads no browser, the check drives Debian's chromium)
# and tests/tools/anon-corpus (faker's locale tables and the personnummer
# packages the blind corpus generators read).  Needs Debian's nodejs and
# npm.  Does nothing when they are there.
[ $# -eq 2 ] || { echo "usage: npm-ci.sh DIR WHAT" >&2; exit 2; }
cd "$1" || exit 1
if [ -f node_modules/.package-lock.json ] &&
   cmp -s package-lock.json node_modules/.trygg-lock 2>/dev/null; then
	exit 0
fi
command -v npm >/dev/null 2>&1 || {
	echo "trygg: npm is missing; run: apt-get install -y nodejs npm" >&2
	exit 1
}
echo "trygg: installing the npm packages of $2" >&2
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2 || exit 1
cp package-lock.json node_modules/.trygg-lock
