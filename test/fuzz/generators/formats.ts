/**
 * One or two articles, each written as plain text ("story-1.txt") and again in one or two of:
 * Markdown with front matter, an HTML page, JSON, JSON Lines; the HTML with inline tags,
 * entities, line breaks, scripts, styles and comments; the JSON with \u escapes. What the
 * article claims must not depend on the format (oracles.ts).
 */
import fc from 'fast-check';
import type { CorpusFile } from '../invariants.js';
import { publicationDate } from './calendar.js';

export function formatCorpus(): fc.Arbitrary<CorpusFile[]> {
  const article = fc.record({
    published: fc.option(publicationDate, { freq: 4 }),
    paragraphs: fc.array(fc.array(fc.tuple(fc.constantFrom(...SENTENCES), fc.integer({ min: 2, max: 60 })), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    formats: fc.subarray(Object.keys(RENDER) as Array<keyof typeof RENDER>, { minLength: 1, maxLength: 2 }),
    noise: fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 40 }),
  });
  return fc.array(article, { minLength: 1, maxLength: 2 }).map((articles) =>
    articles.flatMap(({ published, paragraphs, formats, noise }, i) => {
      const stem = `story-${i + 1}`;
      const body = paragraphs.map((sentences) => sentences.map(([sentence, n]) => sentence(n)).join(' ')).join('\n\n');
      const dice = roll(noise);
      const files = [{ name: `${stem}.txt`, content: (published ? `date ${published}\n` : '') + body }];
      for (const format of formats) files.push({ name: `${stem}.${format}`, content: RENDER[format](stem, published, body, dice) });
      return files;
    }),
  );
}

// --- internal ---

/** Claim-rich sentences with a figure to vary, and characters that need escaping in HTML or JSON. */
const SENTENCES = [
  (n: number) => `The Harlow footbridge collapsed on 3 May 2023, killing ${n} people.`,
  (n: number) => `About ${n},200 people marched in Lisk on Saturday.`,
  (n: number) => `The Corvane miners' strike lasted ${n} weeks, the union said.`,
  (n: number) => `The new bypass is ${n} miles (${Math.round(n * 1.609)} km) long.`,
  (n: number) => `The deal is worth $${n} million (€${n - 1}.6 million) & more.`,
  (n: number) => `"We counted ${n} injured," said Ms Ellery.`,
  (n: number) => `Prices rose ${n}.5% in Q3 2021, up from 2.1% (< 4%).`,
  (n: number) => `The council said 3 in 10 homes & ${n} shops were flooded two weeks ago.`,
  (n: number) => `Storm Ellery brought winds of ${n} mph to Lisk yesterday.`,
  (n: number) => `Police arrested ${n} people in Lisk last month.`,
  (n: number) => `At least ${n} people died in the café fire — the worst since 1994.`,
  (n: number) => `The mill opened in 1066 and closed ${n} years ago.`,
];

type Dice = () => number;

/** Decisions drawn in turn from the generated noise, so that a case replays and shrinks. */
function roll(noise: number[]): Dice {
  let i = 0;
  return () => noise[i++ % noise.length] as number;
}

const RENDER = {
  md: (stem: string, published: string | null, body: string) => `---\ntitle: ${stem}\n${published ? `date: ${published}\n` : ''}---\n${body}`,
  html: (stem: string, published: string | null, body: string, dice: Dice) =>
    [
      `<!doctype html><html><head><title>Harlow news</title>`,
      published ? `<meta property="article:published_time" content="${published}T09:30:00Z">` : '',
      `<style>p::before { content: "99 killed"; }</style><script>var killed = 77; document.write("<p>88 dead</p>");</script></head>`,
      `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Harlow news</h1>\n`,
      body.split('\n\n').map((p) => `<p>${htmlText(p, dice)}</p>`).join('\n'),
      `\n<!-- 55 people were not killed --></article><footer>Harlow Times</footer></body></html>`,
    ].join(''),
  json: (stem: string, published: string | null, body: string, dice: Dice) => `[${jsonArticle(`${stem}.json`, published, body, dice)}]`,
  jsonl: (stem: string, published: string | null, body: string, dice: Dice) => `{"note": "not an article"}\n${jsonArticle(`${stem}.jsonl`, published, body, dice)}\n`,
};

const TAGS = ['b', 'em', 'i', 'strong', 'span class="x"'];

/** Paragraph text as a page may write it: words in inline tags, characters as entities, white space as line breaks and tabs. */
function htmlText(text: string, dice: Dice): string {
  return text
    .split(' ')
    .map((word) => {
      const encoded = [...word].map((ch) => entity(ch, dice())).join('');
      const wrap = dice();
      if (wrap >= 20) return encoded;
      const tag = TAGS[wrap % TAGS.length] as string;
      return `<${tag}>${encoded}</${tag.split(' ')[0]}>`;
    })
    .reduce((html, word) => `${html}${[' ', '\n', ' \n  ', '\t'][dice() % 4]}${word}`);
}

function entity(ch: string, roll: number): string {
  const code = ch.codePointAt(0) as number;
  if (roll < 8) return `&#${code};`;
  if (roll < 16) return `&#x${code.toString(16).toUpperCase()};`;
  return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch] ?? ch;
}

/** An article object titled after its file, so that no two articles share a name. */
function jsonArticle(file: string, published: string | null, body: string, dice: Dice): string {
  const fields = [`"title": ${jsonString(`Harlow news (${file})`, dice)}`, published ? `"date": "${published}"` : '', `"text": ${jsonString(body, dice)}`];
  return `{${fields.filter(Boolean).join(', ')}}`;
}

/** A JSON string with some characters written as \u escapes (a character beyond the BMP as its two surrogates). */
function jsonString(text: string, dice: Dice): string {
  let out = '"';
  for (const ch of text) {
    const escape = ch === '"' || ch === '\\' || ch < ' ' || dice() < 15;
    out += escape ? unicodeEscapes(ch) : ch;
  }
  return `${out}"`;
}

function unicodeEscapes(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}
