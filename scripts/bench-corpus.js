// Generates the benchmark's synthetic corpus: many story clusters, each a few articles about
// one invented event, with planted conflicts (one article gives another value for one fact)
// and planted agreeing variants (the same value written differently), mixed with unrelated
// stories that share the same figures and dates. Deterministic for a seed.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A seeded PRNG (mulberry32): the same seed, the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, shuffle, chance: (p) => next() < p };
}

const ONSETS = ['b', 'br', 'c', 'cr', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'th', 'v', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ei', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 'm', 'st', 'th', 'nd', 'rk', 'ck'];
const PLACE_ENDS = ['mere', 'wick', 'ford', 'holm', 'dale', 'ton', 'bridge', 'field', 'stead', 'by', 'mouth', 'haven'];
const FIRST_NAMES = ['Anna', 'Bram', 'Clara', 'Dario', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaia', 'Leon', 'Mira', 'Nils', 'Olga', 'Piet', 'Rosa', 'Sven', 'Tara', 'Ugo', 'Vera', 'Wim', 'Yara', 'Zeno'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

// figures and dates come from small pools, so unrelated stories share them
const TOLLS = [3, 4, 5, 6, 7, 9, 11, 12, 14, 17, 19, 23];
const CROWDS = [800, 1200, 1400, 2500, 3000, 4200, 6000];
const JOBS = [120, 240, 310, 450, 600, 900];
const YEARS = [2021, 2022, 2023];

/** A first name: a common one, or an invented one as often. */
function firstName(r) {
  return r.chance(0.5) ? r.pick(FIRST_NAMES) : capital(`${word(r)}${r.pick(['a', 'o', 'en', 'ie'])}`);
}

// invented words must not read as dates or figures ("Mar Street" would be a date)
const TAKEN = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'ten', 'nine', 'one', 'bn', 'mn']);

function word(r) {
  for (;;) {
    const made = `${r.pick(ONSETS)}${r.pick(VOWELS)}${r.pick(CODAS)}`;
    if (!TAKEN.has(made)) return made;
  }
}

function capital(text) {
  return text[0].toUpperCase() + text.slice(1);
}

/** Invented names that never repeat within a corpus unless a story shares them on purpose. */
function nameMaker(r) {
  const used = new Set();
  const fresh = (make) => {
    for (;;) {
      const name = make();
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  return {
    // two syllables for places and surnames: one syllable leaves too few names for 10,000 articles
    place: () => fresh(() => capital(`${word(r)}${r.chance(0.5) ? word(r) : ''}${r.pick(PLACE_ENDS)}`)),
    surname: () => fresh(() => capital(`${word(r)}${word(r)}${r.pick(['sen', 'ford', 'ley', 'mann', 'ert', 'ic', 'os', 'ton'])}`)),
    company: () => fresh(() => `${capital(word(r) + word(r))} ${r.pick(['Chemicals', 'Logistics', 'Coachlines', 'Textiles', 'Foods', 'Engineering', 'Plastics', 'Motors'])}`),
    river: () => fresh(() => capital(`${word(r)}${r.pick(['a', 'e', 'in', 'ey'])}`)),
  };
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

/** Ways to write a date; all name the same day. */
const DATE_FORMS = [
  (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
];

/** Ways to write a count; all agree with the count. */
function countForms(n, atStart) {
  const forms = [n.toLocaleString('en-US')];
  if (n <= 20) forms.push(SMALL[n]);
  if (n >= 100) forms.push(`about ${n.toLocaleString('en-US')}`, `some ${n.toLocaleString('en-US')}`);
  return atStart ? forms.filter((f) => !/^\d/.test(f)).map(capital) : forms;
}

/** A clearly different value for a planted conflict. */
function clash(r, n) {
  if (n >= 10 && n < 100 && n % 10 !== 0 && Math.floor(n / 10) !== n % 10) return (n % 10) * 10 + Math.floor(n / 10);
  return n < 100 ? n * 2 + r.int(1, 3) : Math.round(n * r.pick([1.6, 2, 2.5]));
}

/** The kinds of event a story can be, each with the facts its articles state and how. */
const EVENTS = {
  fire: {
    headline: (s) => r_pick(s, [`Deadly fire at ${s.company} warehouse in ${s.town}`, `${s.town} warehouse blaze: what we know`, `Investigation opens into ${s.town} fire`]),
    facts: {
      deaths: { kind: 'count', pool: TOLLS, say: [(v, s) => `${v.start} people died in the fire at the ${s.company} warehouse in ${s.town}.`, (v, s) => `The blaze at the ${s.company} site killed ${v.mid} people, fire officials in ${s.town} said.`] },
      evacuated: { kind: 'count', pool: CROWDS, say: [(v, s) => `${v.start} residents of ${s.town} were evacuated from their homes as the fire spread.`, (v, s) => `Police evacuated ${v.mid} residents from streets around the ${s.company} warehouse.`] },
      date: { kind: 'date', say: [(v, s) => `The fire broke out at the ${s.company} warehouse in ${s.town} on ${v.date}.`, (v, s) => `Fire crews were called to the ${s.company} warehouse on ${v.date}, shortly after midnight.`] },
    },
  },
  crash: {
    headline: (s) => r_pick(s, [`Bus crash on the ${s.road} road`, `${s.company} bus plunges off ${s.road} road`, `Mourning in ${s.town} after coach crash`]),
    facts: {
      deaths: { kind: 'count', pool: TOLLS, say: [(v, s) => `${v.start} people were killed when a ${s.company} bus left the ${s.road} road near ${s.town}.`, (v, s) => `The crash on the ${s.road} road killed ${v.mid} people, regional police said.`] },
      passengers: { kind: 'count', pool: [34, 41, 48, 52, 56, 61, 68], say: [(v, s) => `The bus, operated by ${s.company}, was carrying ${v.mid} passengers to ${s.town}.`, (v, s) => `${s.company} said ${v.mid} passengers were aboard the coach.`] },
      date: { kind: 'date', say: [(v, s) => `The bus left the ${s.road} road on ${v.date}, police in ${s.town} said.`, (v, s) => `The ${s.company} coach crashed on the ${s.road} road on ${v.date}.`] },
    },
  },
  closure: {
    headline: (s) => r_pick(s, [`${s.company} to close ${s.town} plant`, `${s.town} loses its largest employer`, `Union attacks ${s.company} closure`]),
    facts: {
      jobs: { kind: 'count', pool: JOBS, say: [(v, s) => `The ${s.company} plant in ${s.town} employs ${v.mid} workers.`, (v, s) => `${v.start} workers will lose their jobs when the ${s.company} plant in ${s.town} closes.`] },
      pay: { kind: 'count', pool: [2, 3, 4, 6], unit: 'percent', say: [(v, s) => `Workers at the ${s.town} plant were offered a pay rise of ${v.mid} percent last year.`, (v, s) => `${s.company} offered its ${s.town} workers a ${v.mid} percent pay rise last year.`] },
      date: { kind: 'date', say: [(v, s) => `${s.company} announced the closure of its ${s.town} plant on ${v.date}.`, (v, s) => `The closure of the ${s.town} plant was announced on ${v.date}.`] },
    },
  },
  flood: {
    headline: (s) => r_pick(s, [`${s.river} bursts its banks in ${s.town}`, `Flood clean-up begins in ${s.town}`, `${s.town} counts the cost of the ${s.river} flood`]),
    facts: {
      homes: { kind: 'count', pool: [140, 260, 380, 420, 750, 1100], say: [(v, s) => `The ${s.river} flooded ${v.mid} homes in ${s.town}, the council said.`, (v, s) => `${v.start} homes in ${s.town} were flooded when the ${s.river} burst its banks.`] },
      evacuated: { kind: 'count', pool: CROWDS, say: [(v, s) => `${v.start} residents of ${s.town} were evacuated as the ${s.river} rose.`, (v, s) => `Rescue teams evacuated ${v.mid} residents from the ${s.river} valley.`] },
      date: { kind: 'date', say: [(v, s) => `The ${s.river} burst its banks in ${s.town} on ${v.date}.`, (v, s) => `The ${s.river} flooded the centre of ${s.town} on ${v.date}.`] },
    },
  },
};

function r_pick(story, list) {
  return list[story.seed % list.length];
}

/** Sentences with no claim, or with figures every article of the story agrees on. */
const FILLER = [
  (s) => `Residents of ${s.town} gathered outside the town hall on the evening after the news broke.`,
  (s) => `"We have never seen anything like this in ${s.town}," said ${s.person}, who has lived in the town all her life.`,
  (s) => `${s.person} said the community would need months to recover and called for a full inquiry.`,
  (s) => `The regional government said it would send additional support to ${s.town} and would review the response.`,
  (s) => `Local businesses in ${s.town} closed their doors, and several schools sent pupils home early.`,
  (s) => `Officials declined to say when the investigation would be complete, citing the scale of the work.`,
  (s) => `Opposition councillors in ${s.town} said warnings had been ignored for years and demanded answers.`,
  (s) => `${s.company} said in a statement that it was cooperating fully with the authorities.`,
  (s) => `The mayor of ${s.town}, ${s.mayor}, thanked emergency services and volunteers for their work.`,
  (s) => `Volunteers from neighbouring ${s.neighbour} brought food, blankets and water to the relief centre.`,
  (s) => `Questions remain about how the authorities prepared for such an event, and who will pay for the damage.`,
  (s) => `Insurance assessors have begun visiting homes and shops in ${s.town}, according to the council.`,
  (s) => `${s.town} has a population of ${s.population}, according to the last census.`,
  (s) => `The town of ${s.town} lies ${s.distance} kilometres from ${s.neighbour}.`,
  (s) => `A memorial service is planned at the church in ${s.town}, and a book of condolence has been opened.`,
  (s) => `Regional newspapers described the mood in ${s.town} as one of shock, anger and grief.`,
  (s) => `Engineers from ${s.neighbour} are assessing nearby buildings to decide whether they are safe to enter.`,
  (s) => `A helpline for families has been set up by the council of ${s.town}.`,
  (s) => `The ${s.company} spokesman, ${s.spokesman}, said staff were shaken and were being offered support.`,
  (s) => `In a brief statement, prosecutors said they had opened a file and would interview witnesses.`,
  (s) => `Traffic around ${s.town} was diverted for most of the day, and trains to ${s.neighbour} were delayed.`,
  (s) => `Reporters were kept away from ${s.street} while investigators from ${s.agency} worked through the debris.`,
  (s) => `The injured were taken to ${s.hospital}, where staff cancelled routine operations.`,
  (s) => `Chief inspector ${s.chief} of the ${s.region} police said the priority was to support the families.`,
  (s) => `${s.councillor}, who represents ${s.street} on the council, said residents deserved an explanation.`,
  (s) => `The ${s.agency} has sent a team of specialists to ${s.town} to establish the cause.`,
  (s) => `Shops along ${s.street} in central ${s.town} reopened in the afternoon.`,
  (s) => `${s.region} governor ${s.governor} visited ${s.town} and promised help with rebuilding.`,
  (s) => `The union ${s.union} said it had raised concerns with ${s.company} in the past.`,
  (s) => `At ${s.hospital}, a spokeswoman said extra staff had been called in overnight.`,
];

/** Builds one story: its names, its facts and their true values. */
function makeStory(r, names, id, type, shared) {
  const seed = r.int(0, 1_000_000);
  const year = r.pick(YEARS);
  const event = new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28)));
  const story = {
    id,
    type,
    seed,
    town: names.place(),
    neighbour: shared ?? names.place(),
    company: names.company(),
    road: `${names.place()} Pass`,
    river: names.river(),
    person: `${firstName(r)} ${names.surname()}`,
    mayor: `${firstName(r)} ${names.surname()}`,
    spokesman: `${firstName(r)} ${names.surname()}`,
    street: `${capital(word(r))} ${r.pick(['Street', 'Road', 'Lane', 'Avenue'])}`,
    hospital: `${names.place()} General Hospital`,
    agency: `${r.pick(['National', 'Regional', 'State'])} ${r.pick(['Safety', 'Accident', 'Emergency'])} ${r.pick(['Board', 'Agency', 'Office'])}`,
    chief: `${firstName(r)} ${names.surname()}`,
    councillor: `${firstName(r)} ${names.surname()}`,
    governor: `${firstName(r)} ${names.surname()}`,
    region: names.place(),
    union: `${capital(word(r))}${r.pick(['Union', ' Workers', ' Guild'])}`,
    population: r.pick([8400, 12500, 19000, 23500, 41000]).toLocaleString('en-US'),
    distance: r.pick([12, 18, 25, 40]),
    event,
    published: new Date(event.getTime() + r.int(1, 20) * 86_400_000),
    values: {},
  };
  for (const [fact, spec] of Object.entries(EVENTS[type].facts)) story.values[fact] = spec.kind === 'date' ? event : r.pick(spec.pool);
  return story;
}

/** The words that state a fact's value in one article. */
function render(r, spec, value, published, atStart) {
  if (spec.kind === 'date') {
    // a month-day without a year takes the publication year: only used when that is right
    const forms = value.getUTCFullYear() === published.getUTCFullYear() ? DATE_FORMS : DATE_FORMS.slice(0, 2);
    const text = r.pick(forms)(value);
    return { start: text, mid: text, date: text };
  }
  if (spec.kind === 'year') return { start: String(value), mid: String(value), date: String(value) };
  const start = r.pick(countForms(value, true));
  const mid = r.pick(countForms(value, false));
  return { start, mid, date: mid };
}

/** One article of a story: a date line, a headline, and paragraphs of facts and filler. */
function writeArticle(r, story, facts, size) {
  const spec = EVENTS[story.type];
  const lines = [`date ${iso(story.published)}`, spec.headline(story)];
  const statements = facts.map(({ fact, value }) => {
    const factSpec = spec.facts[fact];
    const template = r.pick(factSpec.say);
    const v = render(r, factSpec, value, story.published, true);
    return template(v, story);
  });
  const filler = r.shuffle(FILLER);
  const paragraphs = [];
  let length = lines.join('\n').length;
  let f = 0;
  for (const statement of statements) {
    paragraphs.push(`${statement} ${filler[f++ % filler.length](story)}`);
    length += paragraphs[paragraphs.length - 1].length + 1;
  }
  while (length < size) {
    const paragraph = [filler[f++ % filler.length](story), filler[f++ % filler.length](story)].join(' ');
    paragraphs.splice(r.int(1, paragraphs.length), 0, paragraph);
    length += paragraph.length + 1;
  }
  return `${[...lines, ...paragraphs].join('\n')}\n`;
}

/**
 * Writes a corpus of about `articles` articles (~`size` bytes each) to `dir`, and returns its
 * gold answers: the story of every file and the planted conflicts.
 */
export async function generateCorpus({ dir, articles, seed = 1, size = 5000, conflictRate = 0.5 }) {
  const r = random(seed);
  const names = nameMaker(r);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const types = Object.keys(EVENTS);
  const stories = [];
  const planted = [];
  const files = [];
  // a few neighbour towns are shared by many unrelated stories
  const sharedTowns = Array.from({ length: 8 }, () => names.place());
  let total = 0;
  for (let id = 0; total < articles; id++) {
    const story = makeStory(r, names, id, types[id % types.length], r.chance(0.3) ? r.pick(sharedTowns) : null);
    const count = Math.min(r.int(3, 6), articles - total);
    if (count < 2) break;
    total += count;
    stories.push(story);
    const factNames = Object.keys(EVENTS[story.type].facts);
    const conflict = r.chance(conflictRate) ? { fact: r.pick(factNames), outlier: r.int(0, count - 1) } : null;
    for (let k = 0; k < count; k++) {
      // every article states the conflicting fact; the others at random, at least one
      const chosen = factNames.filter((fact) => fact === conflict?.fact || r.chance(0.7));
      if (chosen.length === 0) chosen.push(r.pick(factNames));
      const facts = chosen.map((fact) => {
        const spec = EVENTS[story.type].facts[fact];
        let value = story.values[fact];
        if (conflict?.fact === fact && conflict.outlier === k) {
          value = spec.kind === 'date' ? shiftDate(r, value) : spec.kind === 'year' ? value - r.pick([3, 10, 11]) : clash(r, value);
        }
        return { fact, value };
      });
      files.push({ story: story.id, k, text: writeArticle(r, story, facts, size), facts });
    }
    if (conflict) planted.push({ story: story.id, fact: conflict.fact, kind: EVENTS[story.type].facts[conflict.fact].kind, outlier: conflict.outlier });
  }
  // files are named in a shuffled order, so neighbours on disk are different stories
  const order = r.shuffle(files.map((_, i) => i));
  const gold = { articles: files.length, stories: stories.length, files: {}, planted: [] };
  const byStory = new Map();
  for (const [n, i] of order.entries()) {
    const file = files[i];
    const name = `a${String(n).padStart(5, '0')}.txt`;
    await writeFile(path.join(dir, name), file.text);
    gold.files[name] = file.story;
    byStory.set(`${file.story}/${file.k}`, name);
  }
  for (const p of planted) {
    const members = files.filter((f) => f.story === p.story).map((f) => byStory.get(`${f.story}/${f.k}`));
    gold.planted.push({ ...p, outlier: byStory.get(`${p.story}/${p.outlier}`), files: members.sort() });
  }
  await writeFile(path.join(dir, '..', `${path.basename(dir)}.gold.json`), JSON.stringify(gold));
  return gold;
}

function shiftDate(r, date) {
  const shifted = new Date(date);
  const how = r.pick(['year', 'month', 'days']);
  if (how === 'year') shifted.setUTCFullYear(date.getUTCFullYear() - 1);
  else if (how === 'month') shifted.setUTCMonth(date.getUTCMonth() === 0 ? 2 : date.getUTCMonth() - 1);
  else shifted.setUTCDate(date.getUTCDate() + r.pick([2, 3, -2]));
  return shifted;
}

/**
 * Scores a report against the gold: a reported conflict is right when all its claims come from
 * one story and it names that story's planted outlier; a planted conflict is found when a right
 * conflict is about its story.
 */
export function scoreReport(report, gold, shown = (s) => path.basename(s)) {
  const storyOf = (source) => gold.files[shown(source)];
  let crossStory = 0;
  let right = 0;
  const found = new Set();
  for (const conflict of report.conflicts) {
    const stories = new Set(conflict.claims.map((c) => storyOf(c.source)));
    if (stories.size > 1) {
      crossStory++;
      continue;
    }
    const [story] = stories;
    const plant = gold.planted.find((p) => p.story === story && conflict.claims.some((c) => shown(c.source) === p.outlier));
    if (plant) {
      right++;
      found.add(plant);
    }
  }
  const reported = report.conflicts.length;
  return {
    reported,
    right,
    crossStory,
    planted: gold.planted.length,
    found: found.size,
    precision: reported === 0 ? 1 : right / reported,
    recall: gold.planted.length === 0 ? 1 : found.size / gold.planted.length,
  };
}
