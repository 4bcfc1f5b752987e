/**
 * Articles that state one figure about one thing in different units and bounds: durations in
 * days, weeks, months and years; lengths in km, miles and metres; masses, volumes, areas,
 * speeds, shares; sums in dollars, euros and pounds, some followed by a conversion
 * ("$5 million (€4.6 million)").
 * The figure is the same in every article, a rounded conversion of it, or a different one.
 */
import fc from 'fast-check';
import type { CorpusFile } from '../invariants.js';
import { publicationDate } from './calendar.js';

export function figureCorpus(): fc.Arbitrary<CorpusFile[]> {
  const statement = fc.record({
    unit: fc.nat(),
    ratio: fc.constantFrom(1, 1, 1, 1, 2, 0.5, 1.5, 1.1),
    bound: fc.constantFrom(...bounds()),
    words: fc.boolean(),
    conversion: fc.option(fc.nat(), { freq: 3 }),
    distractor: fc.boolean(),
  });
  return fc
    .record({
      topic: fc.constantFrom(...topics()),
      amount: fc.integer({ min: 1, max: 40 }),
      statements: fc.array(statement, { minLength: 2, maxLength: 4 }),
      published: fc.option(publicationDate, { freq: 3 }),
    })
    .map(({ topic, amount, statements, published }) =>
      statements.map((s, i) => {
        const unitAt = (k: number) => topic.units[k % topic.units.length] as Unit;
        const quantity = amount * unitAt(0).factor * s.ratio;
        let figure = s.bound(quantity / unitAt(s.unit).factor, unitAt(s.unit), s.words);
        if (s.conversion !== null) figure += ` (${say(quantity / unitAt(s.conversion).factor, unitAt(s.conversion), false)})`;
        const lines = [topic.sentence(figure)];
        if (s.distractor) lines.push('Officials said 12 people were hurt and 3 roads closed on Monday.');
        return { name: `figures-${i + 1}.txt`, content: (published ? `date ${published}\n` : '') + lines.join(' ') };
      }),
    );
}

// --- internal ---

interface Unit {
  /** How many base units one of it is (days, metres, kilograms …); for money, the rate to dollars. */
  factor: number;
  /** The figure written with its unit: "6 weeks", "$5 million". */
  write(number: string, one: boolean): string;
}

interface Topic {
  units: Unit[];
  sentence(figure: string): string;
}

type Bound = (value: number, unit: Unit, words: boolean) => string;

function after(singular: string, plural = `${singular}s`): Unit['write'] {
  return (number, one) => `${number} ${one ? singular : plural}`;
}

function unit(factor: number, write: Unit['write']): Unit {
  return { factor, write };
}

function topics(): Topic[] {
  const days = [unit(365.25 / 12, after('month')), unit(7, after('week')), unit(1, after('day')), unit(365.25, after('year'))];
  // a euro at 1/0.92 dollars and a pound at 1/0.79: the rates only shape the conversions in brackets
  const money = (scale: string) => [
    unit(1, (n) => `$${n} ${scale}`),
    unit(1 / 0.92, (n) => `€${n} ${scale}`),
    unit(1 / 0.79, (n) => `£${n} ${scale}`),
    unit(1, (n) => `${n} ${scale} dollars`),
    unit(1 / 0.92, (n) => `${n} ${scale} euros`),
  ];
  return [
    { units: days, sentence: (f) => `The Corvane miners' strike lasted ${f}, the union said.` },
    { units: days, sentence: (f) => `Harlow council will spend ${f} on the new bridge.` },
    { units: [unit(1609.344, after('mile')), unit(1000, after('km', 'km')), unit(1, after('metre'))], sentence: (f) => `The new Harlow bypass road is ${f} long.` },
    { units: [unit(1000, after('tonne')), unit(1, after('kilogram')), unit(0.45359237, after('lb', 'lbs')), unit(0.45359237 / 16, after('ounce'))], sentence: (f) => `Customs officers in Dover seized ${f} of cocaine on the Lisk ferry.` },
    { units: [unit(42 * 3.785411784, after('barrel')), unit(3.785411784, after('gallon')), unit(1, after('litre'))], sentence: (f) => `The tanker spilled ${f} of oil off Corvane.` },
    { units: [unit(10000, after('hectare')), unit(4046.8564224, after('acre')), unit(1e6, after('square kilometre'))], sentence: (f) => `The Harlow wildfire burned ${f} of forest, firefighters said.` },
    { units: [unit(1.609344, (n) => `${n} mph`), unit(1, (n) => `${n} km/h`)], sentence: (f) => `Storm Ellery brought winds of ${f} to Lisk.` },
    { units: money('million'), sentence: (f) => `The Corvane merger is worth ${f}, the company said.` },
    { units: money('billion'), sentence: (f) => `Lisk will borrow ${f} to rebuild the port.` },
    { units: [unit(1, (n) => `${n} percent`), unit(1, (n) => `${n}%`)], sentence: (f) => `In Harlow, ${f} of voters backed the plan.` },
  ];
}

function bounds(): Bound[] {
  return [
    (v, u, w) => say(v, u, w),
    (v, u, w) => `at least ${say(v, u, w)}`,
    (v, u, w) => `more than ${say(v, u, w)}`,
    (v, u, w) => `over ${say(v, u, w)}`,
    (v, u, w) => `up to ${say(v, u, w)}`,
    (v, u, w) => `at most ${say(v, u, w)}`,
    (v, u, w) => `less than ${say(v, u, w)}`,
    (v, u, w) => `nearly ${say(v, u, w)}`,
    (v, u, w) => `about ${say(v, u, w)}`,
    (v, u, w) => `between ${number(v, w)} and ${say(v * 1.5, u, false)}`,
    (v, u, w) => `${number(v / 2, w)} to ${say(v, u, false)}`,
  ];
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A figure as a reporter writes it: a word for a small whole number, else digits with commas, a rounded conversion to one decimal. */
function number(value: number, words: boolean): string {
  const rounded = Number.isInteger(value) ? value : Math.round(value * 10) / 10;
  if (words && Number.isInteger(rounded) && rounded <= 12) return WORDS[rounded] as string;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function say(value: number, unit: Unit, words: boolean): string {
  const written = number(value, words);
  return unit.write(written, written === '1' || written === 'one');
}
