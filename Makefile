# trygg - one plain Makefile (no autotools).
#   make             programs into bin/, catalogues into share/locale/
#   make check       every bats test (what .ci/run runs); last line "N passed, M failed"
#   make check-quick the everyday tests, under 3 minutes: all but fuzzing,
#                    lint, valgrind, memory growth and the fault matrix
#   make check-asan  the tests against an ASan+UBSan build
#   make demo        the whole pipeline on examples/, prints where the report is
#   make install     PREFIX=/usr/local DESTDIR=
#   make bench       benchmarks against peer tools (bench/*.sh)
#   make deps        the Debian packages to build and run (root installs what
#                    is missing, anyone else is told the command); deps-test,
#                    deps-check, deps-lint, deps-fuzz, deps-bench: the other sets
#
# One version for the suite: VERSION here.  The programs are compiled with
# it and trygg-monthly asks them for it.

VERSION  = 0.1.0
# The shipped example profile (share/trygg/profiles/NAME), used when
# neither -P nor $TRYGG_PROFILE names one.
DEFAULT_PROFILE = ale
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share
MANDIR   = $(PREFIX)/share/man

CC      ?= cc
CFLAGS  ?= -O2 -g
WFLAGS   = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CPPFLAGS += -Isrc/lib -Isrc -DTRYGG_VERSION='"$(VERSION)"' \
            -DTRYGG_DEFAULT_PROFILE='"$(DEFAULT_PROFILE)"'
LDLIBS   = -lutf8proc -lpcre2-8 -lsodium -lm

BUILD   ?= build/release
OUT     ?= bin
PROGS    = $(patsubst src/%.c,$(OUT)/%,$(wildcard src/trygg-*.c))
LIBSRC   = $(wildcard src/lib/*.c)
LIBOBJ   = $(patsubst src/lib/%.c,$(BUILD)/lib/%.o,$(LIBSRC))
LIBHDR   = $(wildcard src/lib/*.h)
SCRIPTS  = $(filter-out $(PROGS),$(wildcard bin/trygg-monthly))
MOFILE   = share/locale/sv/LC_MESSAGES/trygg.mo
MAN1     = $(wildcard man/man1/*.1)
MAN5     = $(wildcard man/man5/*.5)
MAN7     = $(wildcard man/man7/*.7)

# Debian packages, one set per need: each target installs only its own.
# To build and run (make, make demo):
DEBS_RUN   = build-essential libpcre2-dev libsodium-dev libutf8proc-dev \
             gettext locales pandoc xlsx2csv
# The tests (check-quick; check adds the next three sets): bats, the
# independent checks (R's survey, SciPy), spreadsheet and document
# conversions, the HTML report in a browser with axe-core (node, npm).
DEBS_TEST  = bats bats-support bats-assert jq python3 mandoc man-db time parallel \
             chromium r-cran-survey python3-scipy xlsx2csv libreoffice-writer-nogui \
             poppler-utils nodejs npm wswedish hunspell-sv-se
DEBS_VALGRIND = valgrind
DEBS_LINT  = cppcheck clang-tidy
DEBS_FUZZ  = clang libclang-rt-14-dev
DEBS_BENCH = miller datamash csvkit hyperfine nodejs npm libcsv-dev
# The tests' node modules (axe-core, puppeteer-core for the HTML report's
# accessibility check; faker's tables and the personnummer packages for the
# blind corpus generators), pinned in the package-lock.json of
# tests/tools/a11y and tests/tools/anon-corpus and installed into their
# node_modules (git-ignored) by deps-npm (tests/tools/npm-ci.sh).  The
# generators also read Debian's Swedish word lists (wswedish,
# hunspell-sv-se), in DEBS_TEST.

# The everyday tests: every bats file but the slow ones (timed with
# tests/run FILE; check runs them all).
SLOW_TESTS  = tests/fuzz.bats tests/lint.bats tests/valgrind.bats \
              tests/memory.bats tests/faults.bats
QUICK_TESTS = $(filter-out $(SLOW_TESTS),$(wildcard tests/*.bats))
# Under ASan: the tests that run the programs on their own data, not
# lint, fuzzing (it builds its own sanitizer binaries), valgrind, memory
# growth (ASan's shadow memory is not the program's), nor the tests that
# spend their time in a browser, pandoc, LibreOffice or GNU parallel.
ASAN_TESTS  = $(filter-out $(addprefix tests/,fuzz.bats lint.bats valgrind.bats \
                memory.bats plan-a11y.bats plan-browser.bats docx.bats language.bats \
                ops.bats build.bats score-themes.bats),$(wildcard tests/*.bats))

.SECONDEXPANSION:
# Program modules are intermediate files of a pattern rule: keep them.
.SECONDARY:
.PHONY: all check check-quick check-asan check-valgrind demo install uninstall \
        clean deps deps-test deps-check deps-lint deps-fuzz deps-bench deps-npm \
        bench lint po fuzz

all: $(PROGS) $(MOFILE)

$(BUILD)/lib/%.o: src/lib/%.c $(LIBHDR)
	@mkdir -p $(@D)
	$(CC) $(WFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# A program's main file includes its own modules' headers (src/NAME/*.h).
$(BUILD)/trygg-%.o: src/trygg-%.c $(LIBHDR) $$(wildcard src/$$*/*.h)
	@mkdir -p $(@D)
	$(CC) $(WFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/%.o: src/%.c $(LIBHDR) $$(wildcard src/$$(*D)/*.h)
	@mkdir -p $(@D)
	$(CC) $(WFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/libtrygg.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

# A program is src/trygg-NAME.c plus its own modules in src/NAME/*.c.
$(OUT)/trygg-%: $(BUILD)/trygg-%.o $$(subst .c,.o,$$(subst src/,$(BUILD)/,$$(wildcard src/$$*/*.c))) $(BUILD)/libtrygg.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.o,$^) $(BUILD)/libtrygg.a $(LDLIBS)

# trygg-follow adds up the history with trygg-tally's own merge, bases and
# arithmetic (src/tally), not a copy of them.
$(OUT)/trygg-follow: $(patsubst src/%.c,$(BUILD)/%.o,$(wildcard src/tally/*.c))
$(BUILD)/trygg-follow.o: $(wildcard src/follow/*.h src/tally/*.h)

POPARTS  = $(wildcard share/po/parts/*.po)
$(MOFILE): share/po/sv.po $(POPARTS)
	@mkdir -p $(@D)
	msgcat --use-first -o $(BUILD)/sv-all.po share/po/sv.po $(POPARTS)
	msgfmt --check -o $@ $(BUILD)/sv-all.po

# The catalogue template from every _() and N_() in src/.
po:
	xgettext --language=C --keyword=_ --keyword=N_ --from-code=UTF-8 \
	  --package-name=trygg --package-version=$(VERSION) \
	  --msgid-bugs-address=trygg@example.invalid \
	  -o share/po/trygg.pot $$(ls src/*.c src/*/*.c)
	msgmerge --quiet --update --backup=none share/po/sv.po share/po/trygg.pot

TESTTOOLS = $(BUILD)/tests/csvdump
$(BUILD)/tests/%: tests/tools/%.c $(BUILD)/libtrygg.a $(LIBHDR)
	@mkdir -p $(@D)
	$(CC) $(WFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libtrygg.a $(LDLIBS)

check: deps-check all $(TESTTOOLS)
	@TRYGG_TESTBIN=$(CURDIR)/$(BUILD)/tests tests/run

check-quick: deps-test all $(TESTTOOLS)
	@TRYGG_TESTBIN=$(CURDIR)/$(BUILD)/tests tests/run $(QUICK_TESTS)

check-asan: deps-test
	$(MAKE) BUILD=build/asan OUT=build/asan/bin \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" all build/asan/tests/csvdump
	@TRYGG_TESTBIN=$(CURDIR)/build/asan/tests ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  TRYGG_BIN=$(CURDIR)/build/asan/bin tests/run $(ASAN_TESTS)

check-valgrind: deps-test
	@tests/deps.sh $(DEBS_VALGRIND)
	@$(MAKE) -s all
	@TRYGG_VALGRIND=1 tests/run tests/e2e.bats

demo: deps all
	@examples/demo.sh

bench: deps-bench all
	@for s in bench/*.sh; do echo "== $$s"; sh $$s || exit 1; done

# Static checks: cppcheck and clang-tidy (config in .clang-tidy).
lint: deps-lint
	@tests/lint.sh

# libFuzzer targets in tests/fuzz/, FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz: deps-fuzz
	@tests/fuzz/run.sh $(FUZZ_SECONDS)

# The data files, without the name lists' build tools and raw sources
# (share/trygg/names/build.sh, dump-npm.mjs, scb-names.py, sources/: for
# maintainers).
DATAFILES = $(filter-out share/trygg/names/build.sh share/trygg/names/dump-npm.mjs \
              share/trygg/names/scb-names.py \
              share/trygg/names/sources/%,$(shell find share/trygg -type f | LC_ALL=C sort))

install: all
	install -d $(DESTDIR)$(BINDIR) \
	  $(DESTDIR)$(DATADIR)/locale/sv/LC_MESSAGES $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(PROGS) $(SCRIPTS) $(DESTDIR)$(BINDIR)
	for f in $(patsubst share/%,%,$(DATAFILES)); do \
	  install -D -m 644 share/$$f $(DESTDIR)$(DATADIR)/$$f || exit 1; done
	install -m 644 $(MOFILE) $(DESTDIR)$(DATADIR)/locale/sv/LC_MESSAGES/trygg.mo
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	[ -z "$(MAN5)" ] || install -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	[ -z "$(MAN7)" ] || install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7

# Removes what install put there, then the folders it leaves empty.
uninstall:
	for p in $(notdir $(PROGS) $(SCRIPTS)); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	rm -rf $(DESTDIR)$(DATADIR)/trygg
	rm -f $(DESTDIR)$(DATADIR)/locale/sv/LC_MESSAGES/trygg.mo
	for m in $(notdir $(MAN1)); do rm -f $(DESTDIR)$(MANDIR)/man1/$$m; done
	for m in $(notdir $(MAN5)); do rm -f $(DESTDIR)$(MANDIR)/man5/$$m; done
	for m in $(notdir $(MAN7)); do rm -f $(DESTDIR)$(MANDIR)/man7/$$m; done
	for d in $(DATADIR)/locale/sv/LC_MESSAGES $(DATADIR)/locale/sv $(DATADIR)/locale \
	  $(MANDIR)/man1 $(MANDIR)/man5 $(MANDIR)/man7 $(MANDIR) $(BINDIR) $(DATADIR) $(PREFIX); do \
	  [ ! -d "$(DESTDIR)$$d" ] || rmdir "$(DESTDIR)$$d" 2>/dev/null || true; done

clean:
	rm -rf build share/locale
	rm -f $(patsubst src/%.c,bin/%,$(wildcard src/trygg-*.c))

# Root installs what is missing; anyone else is told the exact command.
# Each target installs its own set (one apt-get for all of check's).
deps:
	@tests/deps.sh $(DEBS_RUN)

deps-test:
	@tests/deps.sh $(DEBS_RUN) $(DEBS_TEST)
	@$(MAKE) -s deps-npm

deps-check:
	@tests/deps.sh $(DEBS_RUN) $(DEBS_TEST) $(DEBS_VALGRIND) $(DEBS_LINT) $(DEBS_FUZZ)
	@$(MAKE) -s deps-npm

deps-lint:
	@tests/deps.sh $(DEBS_LINT)

deps-fuzz:
	@tests/deps.sh $(DEBS_RUN) $(DEBS_FUZZ)

deps-bench:
	@tests/deps.sh $(DEBS_RUN) $(DEBS_BENCH)

# npm ci: exactly the versions of the lock file (nothing when they are there).
deps-npm:
	@tests/tools/npm-ci.sh tests/tools/a11y 'the accessibility check'
	@tests/tools/npm-ci.sh tests/tools/anon-corpus 'the blind corpus generators'
