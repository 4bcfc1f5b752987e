import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatReport, FORMATS } from '../../../src/report/format.js';
import { formatHtml } from '../../../src/report/html/format-html.js';
import type { Report } from '../../../src/types.js';
import { makeConflict, makeDateClaim, makeNumberClaim, makeReport } from './builders.js';

const numbers = makeConflict([
  makeNumberClaim({ source: 'a.txt', text: '727 thousand', value: { min: 727_000, max: 727_000 } }),
  makeNumberClaim({ source: 'b.txt', text: 'over one million', value: { min: 1_000_000, max: null } }),
], { id: '78cc22a35c54', story: 1 });
const dates = makeConflict([
  makeDateClaim({ start: '2022-10-01', end: '2022-10-31', granularity: 'month' }, { source: 'b.txt', text: 'October 2022' }),
  makeDateClaim({ start: '2023-10-07', end: '2023-10-07' }, { source: 'c.txt', text: 'October 7, 2023' }),
], { id: 'a1ea90d37546', kind: 'date', story: 1, severity: 'warning' });
const loose = makeConflict([makeNumberClaim({ source: 'x.txt' }), makeNumberClaim({ source: 'y.txt', value: { min: 9, max: 9 } })], { id: '000000000001' });
const report = makeReport([numbers, dates, loose], {
  stories: [{ id: 1, label: 'iran · israel', sources: ['a.txt', 'b.txt', 'c.txt'] }],
  errors: [{ path: 'broken.txt', severity: 'error', message: 'skipped: binary file (PNG image)' }],
});

function page(html: string) {
  return parseHTML(html).document;
}

describe('formatHtml', () => {
  const html = formatHtml(report, { run: { baseline: 'factcheck-baseline.json', minConfidence: 0.5 } });
  const doc = page(html);

  it('is a format the CLI and the config accept', () => {
    expect(FORMATS).toContain('html');
    expect(formatReport(report, 'html', { color: false, claims: false })).toBe(formatHtml(report));
  });

  it('shows one card per conflict, grouped by story, conflicts of no story last', () => {
    const sections = [...doc.querySelectorAll('section.story')];
    expect(sections.map((s) => s.getAttribute('data-story'))).toEqual(['1', '0']);
    expect(sections.map((s) => [...s.querySelectorAll('article.card')].map((c) => c.id))).toEqual([['conflict-78cc22a35c54', 'conflict-a1ea90d37546'], ['conflict-000000000001']]);
  });

  it('gives every claim its quote with the figure highlighted, its location and a link to its file', () => {
    const claim = doc.querySelector('#conflict-78cc22a35c54 li.claim[data-claim="2"]') as Element;
    expect(claim.querySelector('mark')?.textContent).toBe('over one million');
    expect(claim.querySelector('a')?.getAttribute('href')).toBe('b.txt');
    expect(claim.querySelector('.claim-head')?.textContent).toContain('b.txt:1:1');
    expect(claim.querySelector('.published')?.textContent).toBe('no publication date');
  });

  it('sums up the run: counts, baseline and minimum confidence', () => {
    const stats = Object.fromEntries([...doc.querySelectorAll('.stat')].map((s) => [s.querySelector('dt')?.textContent, s.querySelector('dd')?.textContent]));
    expect(stats).toMatchObject({ Sources: '5', Stories: '1', Conflicts: '3', 'By kind': '2 / 1', 'Input problems': '1' });
    expect(doc.querySelector('.run')?.textContent).toContain('Baseline factcheck-baseline.json · minimum confidence 0.5');
  });

  it('lists every source with its errors, also files that could not be read', () => {
    const rows = [...doc.querySelectorAll('#sources tbody tr')].map((r) => r.textContent);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toContain('broken.txt');
    expect(rows[2]).toContain('skipped: binary file (PNG image)');
  });

  it('loads nothing: a policy allowing only its own style and script by hash, and no remote address', () => {
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${hash(doc.querySelector('style')?.textContent ?? '')}`);
    expect(policy).toContain(`script-src ${hash(doc.querySelector('script')?.textContent ?? '')}`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('gives the same bytes for the same report', () => {
    expect(formatHtml(structuredClone(report), { run: { baseline: 'factcheck-baseline.json', minConfidence: 0.5 } })).toBe(html);
  });

  it('says so when there is no conflict', () => {
    const calm = page(formatHtml(makeReport([])));
    expect(calm.querySelector('.empty')?.textContent).toMatch(/^No conflicts/);
    expect(calm.querySelector('.toolbar')).toBeNull();
  });
});

describe('formatHtml with hostile input', () => {
  const evil = '<script>alert(1)</script></style>"><img src=x onerror=alert(1)> \u202egnp.exe \u001b[31m';
  const name = '"><img src=x onerror=alert(1)>javascript:alert(1).txt';
  const hostile: Report = makeReport([makeConflict([
    makeNumberClaim({ source: name, text: '12', sentence: `${evil} 12 were hurt.`, value: { min: 12, max: 12 } }),
    makeNumberClaim({ source: 'b.txt', text: '40', value: { min: 40, max: 40 } }),
  ], { subject: evil, message: evil })]);
  const html = formatHtml(hostile);
  const doc = page(html);

  it('writes article text and file names as text, never as markup', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('.quote')?.textContent).toContain('<script>alert(1)</script></style>"><img src=x onerror=alert(1)>');
    expect(doc.querySelector('h3.subject')?.textContent).toContain('<script>');
  });

  it('shows control and bidi characters as escapes, and links a scheme-like name as a relative path', () => {
    expect(html).not.toMatch(/[\u202e\u001b]/);
    expect(doc.querySelector('.quote')?.textContent).toContain('\\u202egnp.exe \\x1b[31m');
    expect(doc.querySelector('li.claim a')?.getAttribute('href')).toBe('%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3Ejavascript%3Aalert(1).txt');
  });
});

describe('formatHtml with any text', () => {
  const pieces = fc.constantFrom('<', '>', '&', '"', "'", '</style>', '<script>', '</script>', '<img src=x onerror=alert(1)>', 'javascript:', '\u202e', '\u001b', '\u0000', '\r\n', '\ud800', '😀', '&amp;', '<!--', ']]>', ' ', 'a');
  const anyText = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));

  it('never lets article text or a file name become markup', () => {
    fc.assert(fc.property(anyText, anyText, anyText, (sentence, source, subject) => {
      const claim = makeNumberClaim({ source: `${source}.txt`, text: '12', sentence: `${sentence} 12`, value: { min: 12, max: 12 } });
      const doc = page(formatHtml(makeReport([makeConflict([claim, makeNumberClaim({ source: 'b.txt', value: { min: 40, max: 40 } })], { subject, message: sentence })])));
      expect(doc.querySelectorAll('script, style, img, iframe, object, embed, link, base, meta[http-equiv="refresh"]')).toHaveLength(2);
      expect(doc.querySelectorAll('article.card')).toHaveLength(1);
      expect(doc.querySelectorAll('li.claim')).toHaveLength(2);
      expect(doc.querySelector('h3.subject')?.textContent).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    }), { numRuns: 300, seed: 13 });
  });
});

describe('series', () => {
  const claim = (source: string, text: string, at: string) => ({ at, claim: makeNumberClaim({ source, text, value: { min: Number(text), max: Number(text) } }) });
  const withSeries = makeReport([numbers], {
    series: [{ id: 'ffff00001111', kind: 'number', subject: 'killed · flood', story: 1, points: [claim('a.txt', '31', '2024-03-01'), claim('b.txt', '54', '2024-03-02T18:00'), claim('c.txt', '60', '2024-03-04')] }],
  });
  const doc = page(formatHtml(withSeries));

  it('draws a small timeline per series, one mark per point, in time order', () => {
    const marks = [...doc.querySelectorAll('#series-ffff00001111 g.mark')];
    expect(marks.map((m) => m.querySelector('text')?.textContent)).toEqual(['1 “31”', '2 “54”', '3 “60”']);
    const xs = marks.map((m) => Number(m.querySelector('circle')?.getAttribute('cx')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(3);
  });

  it('lists the points with their moments and sources', () => {
    expect([...doc.querySelectorAll('#series-ffff00001111 .points li')].map((li) => li.textContent)).toEqual(['12024-03-01 31 a.txt:1:1', '22024-03-02 18:00 54 b.txt:1:1', '32024-03-04 60 c.txt:1:1']);
  });

  it('leaves the section out when the report holds no series', () => {
    expect(page(formatHtml(makeReport([numbers]))).querySelector('#series')).toBeNull();
  });
});
