# trygg - one plain Makefile (no autotools).
#   make            programs into bin/, catalogues into share/locale/
#   make check      every bats test; last line "N passed, M failed"
#   make check-asan the same tests against an ASan+UBSan build
#   make demo       the whole pipeline on examples/, prints where the report is
#   make install    PREFIX=/usr/local DESTDIR=
#   make bench      benchmarks against peer tools (bench/*.sh)
#   make deps       install missing Debian packages (root) or print the command

VERSION  = 0.1.0
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share
MANDIR   = $(PREFIX)/share/man

CC      ?= cc
CFLAGS  ?= -O2 -g
WFLAGS   = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CPPFLAGS += -Isrc/lib -Isrc -DTRYGG_VERSION='"$(VERSION)"'
LDLIBS   = -lcsv -lpcre2-8 -lsodium -lm

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

DEBS     = build-essential libcsv-dev libpcre2-dev libsodium-dev gettext \
           bats bats-support bats-assert jq python3 python3-scipy locales mandoc time parallel \
           valgrind cppcheck clang clang-tidy libclang-rt-14-dev chromium
BENCHDEBS = miller datamash csvkit nodejs npm hyperfine

.SECONDEXPANSION:
# Program modules are intermediate files of a pattern rule: keep them.
.SECONDARY:
.PHONY: all check check-asan check-valgrind demo install uninstall clean \
        deps deps-bench bench lint po fuzz

all: $(PROGS) $(MOFILE)

$(BUILD)/lib/%.o: src/lib/%.c $(LIBHDR)
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

check: deps all $(TESTTOOLS)
	@TRYGG_TESTBIN=$(CURDIR)/$(BUILD)/tests tests/run

check-asan: deps
	$(MAKE) BUILD=build/asan OUT=build/asan/bin \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" all build/asan/tests/csvdump
	@TRYGG_TESTBIN=$(CURDIR)/build/asan/tests ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  TRYGG_BIN=$(CURDIR)/build/asan/bin tests/run

check-valgrind: deps all
	@TRYGG_VALGRIND=1 tests/run tests/e2e.bats

demo: deps all
	@examples/demo.sh

bench: all deps-bench
	@for s in bench/*.sh; do echo "== $$s"; sh $$s || exit 1; done

# Static checks: cppcheck and clang-tidy (config in .clang-tidy).
lint:
	@tests/lint.sh

# libFuzzer targets in tests/fuzz/, FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz: deps
	@tests/fuzz/run.sh $(FUZZ_SECONDS)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/trygg/names \
	  $(DESTDIR)$(DATADIR)/locale/sv/LC_MESSAGES $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(PROGS) $(SCRIPTS) $(DESTDIR)$(BINDIR)
	cp -R share/trygg/. $(DESTDIR)$(DATADIR)/trygg/
	install -m 644 $(MOFILE) $(DESTDIR)$(DATADIR)/locale/sv/LC_MESSAGES/trygg.mo
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	[ -z "$(MAN5)" ] || install -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	[ -z "$(MAN7)" ] || install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7

uninstall:
	for p in $(notdir $(PROGS) $(SCRIPTS)); do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	rm -rf $(DESTDIR)$(DATADIR)/trygg
	rm -f $(DESTDIR)$(DATADIR)/locale/sv/LC_MESSAGES/trygg.mo
	for m in $(notdir $(MAN1)); do rm -f $(DESTDIR)$(MANDIR)/man1/$$m; done
	for m in $(notdir $(MAN5)); do rm -f $(DESTDIR)$(MANDIR)/man5/$$m; done
	for m in $(notdir $(MAN7)); do rm -f $(DESTDIR)$(MANDIR)/man7/$$m; done

clean:
	rm -rf build share/locale
	rm -f $(patsubst src/%.c,bin/%,$(wildcard src/trygg-*.c))

# Root installs what is missing; anyone else is told the exact command.
deps:
	@tests/deps.sh $(DEBS)

deps-bench:
	@tests/deps.sh $(BENCHDEBS)
