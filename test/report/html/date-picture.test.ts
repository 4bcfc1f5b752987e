import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { datePicture } from '../../../src/report/html/date-picture.js';
import { makeConflict, makeDateClaim } from './builders.js';

/** Each span of a timeline: its class and its left and right edges (pixels). */
function spans(svg: string) {
  const { document } = parseHTML(`<div>${svg}</div>`);
  return [...document.querySelectorAll('g.mark')].map((g) => {
    const shape = g.querySelector('.shape') as Element;
    const x = Number(shape.getAttribute('x') ?? shape.getAttribute('cx'));
    return { cls: g.getAttribute('class'), from: x, to: x + Number(shape.getAttribute('width') ?? 0), label: g.querySelector('text.mark-label')?.textContent };
  });
}

describe('datePicture', () => {
  it('puts "October 2022" left of "7 October 2023", with the year between them shaded', () => {
    const picture = datePicture(makeConflict([
      makeDateClaim({ start: '2022-10-01', end: '2022-10-31', granularity: 'month' }, { source: 'a.txt', text: 'October 2022' }),
      makeDateClaim({ start: '2023-10-07', end: '2023-10-07' }, { source: 'b.txt', text: 'October 7, 2023' }),
    ]));
    const [month, day] = spans(picture?.svg ?? '');
    expect(month?.to).toBeLessThan(day?.from ?? 0);
    expect(picture?.caption).toContain('Shaded: no source’s date falls from 1 Nov 2022 to 6 Oct 2023.');
  });

  it('lets "2023" cover "7 October 2023"', () => {
    const [year, day] = spans(datePicture(makeConflict([
      makeDateClaim({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' }, { source: 'a.txt', text: '2023' }),
      makeDateClaim({ start: '2023-10-07', end: '2023-10-07' }, { source: 'b.txt', text: 'October 7, 2023' }),
      makeDateClaim({ start: '2024-03-01', end: '2024-03-01' }, { source: 'c.txt', text: 'March 1, 2024' }),
    ]))?.svg ?? '');
    expect(year?.from).toBeLessThanOrEqual(day?.from ?? 0);
    expect(year?.to).toBeGreaterThanOrEqual(day?.to ?? 0);
  });

  it('draws a date with no year dashed, in the year of the dates it agrees with', () => {
    const picture = datePicture(makeConflict([
      makeDateClaim({ start: '2022-10-01', end: '2022-10-31', granularity: 'month' }, { source: 'a.txt', text: 'October 2022' }),
      makeDateClaim({ start: '--10-07', end: '--10-07' }, { source: 'b.txt', text: 'October 7' }),
      makeDateClaim({ start: '2023-10-07', end: '2023-10-07' }, { source: 'c.txt', text: 'Oct. 7' }),
    ]));
    const [, yearless, dated] = spans(picture?.svg ?? '');
    expect(yearless?.cls).toContain('dashed');
    expect(yearless?.from).toBe(dated?.from);
    expect(yearless?.label).toBe('2 “October 7” (year not stated) · agrees');
  });

  it('marks a date it cannot place, and draws nothing when it can place none', () => {
    const relative = makeDateClaim({ start: null, end: null, granularity: 'year', relative: { unit: 'year', amount: -35 } }, { source: 'b.txt', text: '35 years ago' });
    const picture = datePicture(makeConflict([makeDateClaim({ start: '1990-01-01', end: '1990-12-31', granularity: 'year' }, { text: '1990' }), relative]));
    expect(spans(picture?.svg ?? '').map((s) => s.cls)).toEqual(['mark role-outlier shape-span', 'mark role-agrees shape-unplaced']);
    expect(datePicture(makeConflict([relative, { ...relative, source: 'c.txt' }]))).toBeNull();
  });
});
