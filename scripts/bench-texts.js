// The real article text `npm run bench` measures on, read at run time (never copied into the
// repository): the project's corpus/, the articles of ../shared/dev-corpora (gold.json is not an
// article) and the real news among ../shared/benchmarks (TempEval-3's 20 news articles with their
// creation dates, the 25 distinct SummEdits news articles, and RTE-3's news paragraphs gathered
// into news-in-brief pages of eight). Wikipedia passages and spec cases are not news: left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ARTICLE = /\.(txt|md|html?)$/i;

/**
 * Every story of real text: `{ id, origin, articles: [{ name, text }] }`, in a fixed order, with
 * notes on the sources that were absent. `root` is the repository, `shared` the ../shared folder.
 */
export function realStories(root, shared) {
  const stories = [];
  const notes = [];
  const corpus = path.join(root, 'corpus');
  stories.push({ id: 'corpus', origin: 'corpus/', articles: articlesIn(corpus) });

  const dev = path.join(shared, 'dev-corpora');
  if (existsSync(dev)) {
    for (const name of sorted(dev).filter((n) => isDir(path.join(dev, n)))) {
      stories.push({ id: `dev-${name}`, origin: 'dev-corpora', articles: articlesIn(path.join(dev, name)) });
    }
  } else notes.push(`${dev} is absent: no dev corpora`);

  const tempeval = path.join(shared, 'benchmarks', 'tempeval3');
  if (existsSync(tempeval)) {
    const dates = new Map(lines(path.join(tempeval, 'documents.jsonl')).map((d) => [d.doc, d.dct?.value]));
    for (const file of sorted(path.join(tempeval, 'docs')).filter((f) => f.endsWith('.txt'))) {
      const doc = file.replace(/\.txt$/, '');
      const date = dates.get(doc);
      const text = readFileSync(path.join(tempeval, 'docs', file), 'utf8');
      // the creation date, as this project's articles state theirs
      stories.push({ id: `tempeval-${doc}`, origin: 'tempeval3', articles: [{ name: `${doc}.txt`, text: date ? `date ${date}\n${text}` : text }] });
    }
  } else notes.push(`${tempeval} is absent`);

  const summedits = path.join(shared, 'benchmarks', 'summedits-news', 'cases');
  if (existsSync(summedits)) {
    const seen = new Set();
    for (const name of sorted(summedits)) {
      const file = path.join(summedits, name, 'a.txt');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      if (seen.has(text)) continue;
      seen.add(text);
      const article = name.split('-')[1];
      stories.push({ id: `summedits-${article}`, origin: 'summedits-news', articles: [{ name: `${article}.txt`, text }] });
    }
  } else notes.push(`${summedits} is absent`);

  const rte = path.join(shared, 'benchmarks', 'rte3-contradiction', 'cases');
  if (existsSync(rte)) {
    const seen = new Set();
    const texts = [];
    for (const name of sorted(rte)) {
      const file = path.join(rte, name, 'a.txt');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8').trim();
      if (!seen.has(text)) texts.push(text);
      seen.add(text);
    }
    for (let i = 0; i < texts.length; i += 8) {
      const page = `News in brief\n\n${texts.slice(i, i + 8).join('\n\n')}\n`;
      stories.push({ id: `rte-brief-${String(i / 8).padStart(2, '0')}`, origin: 'rte3-contradiction', articles: [{ name: 'briefs.txt', text: page }] });
    }
  } else notes.push(`${rte} is absent`);
  return { stories, notes };
}

// --- internal ---

function articlesIn(dir) {
  return sorted(dir)
    .filter((f) => ARTICLE.test(f))
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

function sorted(dir) {
  return readdirSync(dir).sort();
}

function isDir(file) {
  try {
    return readdirSync(file) && true;
  } catch {
    return false;
  }
}

function lines(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
