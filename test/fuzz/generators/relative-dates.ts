/**
 * Articles published on different days that date one event relative to their own publication
 * date ("three days ago", "last month", "on Tuesday") or in full, in text, Markdown and JSON
 * files; some are dated a few days off, some are undated, so that both agreement and real
 * clashes turn up.
 */
import fc from 'fast-check';
import type { CorpusFile } from '../invariants.js';
import { addDays, daysBetween, MONTHS, monthsBetween, publicationDate, WEEKDAYS, weekdayIndex } from './calendar.js';

export function relativeDateCorpus(): fc.Arbitrary<CorpusFile[]> {
  return fc
    .record({
      event: publicationDate,
      sentence: fc.constantFrom(...SENTENCES),
      sources: fc.array(
        fc.record({
          delay: fc.oneof(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 1200 })),
          error: fc.constantFrom(0, 0, 0, 0, 1, -1, 3, -7, 30, 400),
          form: fc.nat(),
          words: fc.boolean(),
          dated: fc.constantFrom(true, true, true, false),
          killed: fc.constantFrom(12, 12, 14),
          format: fc.constantFrom('txt', 'md', 'json'),
        }),
        { minLength: 2, maxLength: 4 },
      ),
    })
    .map(({ event, sentence, sources }) =>
      sources.map((s, i) => {
        const published = addDays(event, s.delay);
        const options = phrases(addDays(event, s.error), published, s.words);
        const text = sentence(options[s.form % options.length] as string, s.killed);
        return render(`source-${i + 1}`, s.format, s.dated ? published : null, text);
      }),
    );
}

// --- internal ---

const SENTENCES = [
  (when: string, killed: number) => `The Harlow footbridge collapsed ${when}, killing ${killed} people, officials said.`,
  (when: string) => `Police arrested Tom Baird in Lisk ${when}.`,
  (when: string, killed: number) => `Storm Ellery hit the Corvane coast ${when}. ${killed} people died.`,
];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Every way to say `day` in an article published on `published`: relative forms where they fit, and full dates. */
function phrases(day: string, published: string, words: boolean): string[] {
  const count = (n: number) => (words && n <= 12 ? (NUMBER_WORDS[n] as string) : String(n));
  const [year, month, date] = [day.slice(0, 4), MONTHS[Number(day.slice(5, 7)) - 1] as string, Number(day.slice(8, 10))];
  const out = [`on ${month} ${date}, ${year}`, `on ${date} ${month} ${year}`, `in ${month} ${year}`, `on ${month} ${date}`];
  const days = daysBetween(day, published);
  const months = monthsBetween(day, published);
  const years = Number(published.slice(0, 4)) - Number(year);
  if (days === 1) out.push('yesterday');
  if (days >= 2) out.push(`${count(days)} days ago`);
  if (days >= 7 && days % 7 === 0) out.push(`${count(days / 7)} weeks ago`);
  if (days >= 1 && days <= 6) out.push(`on ${WEEKDAYS[weekdayIndex(day)]}`, `last ${WEEKDAYS[weekdayIndex(day)]}`);
  if (months === 1) out.push('last month');
  if (months >= 2) out.push(`${count(months)} months ago`);
  if (years === 1) out.push('last year');
  if (years >= 2) out.push(`${count(years)} years ago`);
  return out;
}

function render(stem: string, format: string, published: string | null, text: string): CorpusFile {
  if (format === 'md') return { name: `${stem}.md`, content: published ? `---\ntitle: ${stem}\ndate: ${published}\n---\n${text}` : text };
  if (format === 'json') return { name: `${stem}.json`, content: JSON.stringify({ title: stem, ...(published ? { date: published } : {}), text }) };
  return { name: `${stem}.txt`, content: published ? `date ${published}\n${text}` : text };
}
