/**
 * Holidays a date may be named by. `fixed`: month and day; `easter`: days from Easter Sunday;
 * `nth`: the nth weekday (0 = Sunday) of a month, -1 for the last one, moved by `offset` days.
 */
export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'nth'; month: number; weekday: number; nth: number; offset?: number };

export const HOLIDAYS: Record<string, HolidayRule> = {
  'new year': { kind: 'fixed', month: 1, day: 1 },
  "new year's day": { kind: 'fixed', month: 1, day: 1 },
  'new years day': { kind: 'fixed', month: 1, day: 1 },
  "new year's eve": { kind: 'fixed', month: 12, day: 31 },
  'new years eve': { kind: 'fixed', month: 12, day: 31 },
  "valentine's day": { kind: 'fixed', month: 2, day: 14 },
  'valentines day': { kind: 'fixed', month: 2, day: 14 },
  "st patrick's day": { kind: 'fixed', month: 3, day: 17 },
  "saint patrick's day": { kind: 'fixed', month: 3, day: 17 },
  'saint patrick': { kind: 'fixed', month: 3, day: 17 },
  'st patrick': { kind: 'fixed', month: 3, day: 17 },
  'independence day': { kind: 'fixed', month: 7, day: 4 },
  'halloween': { kind: 'fixed', month: 10, day: 31 },
  'christmas eve': { kind: 'fixed', month: 12, day: 24 },
  'christmas': { kind: 'fixed', month: 12, day: 25 },
  'christmas day': { kind: 'fixed', month: 12, day: 25 },
  'xmas': { kind: 'fixed', month: 12, day: 25 },
  'boxing day': { kind: 'fixed', month: 12, day: 26 },
  'easter': { kind: 'easter', offset: 0 },
  'easter sunday': { kind: 'easter', offset: 0 },
  'easter monday': { kind: 'easter', offset: 1 },
  'good friday': { kind: 'easter', offset: -2 },
  'ash wednesday': { kind: 'easter', offset: -46 },
  'martin luther king day': { kind: 'nth', month: 1, weekday: 1, nth: 3 },
  "presidents' day": { kind: 'nth', month: 2, weekday: 1, nth: 3 },
  'memorial day': { kind: 'nth', month: 5, weekday: 1, nth: -1 },
  "mother's day": { kind: 'nth', month: 5, weekday: 0, nth: 2 },
  "father's day": { kind: 'nth', month: 6, weekday: 0, nth: 3 },
  'labor day': { kind: 'nth', month: 9, weekday: 1, nth: 1 },
  'labour day': { kind: 'nth', month: 9, weekday: 1, nth: 1 },
  'columbus day': { kind: 'nth', month: 10, weekday: 1, nth: 2 },
  'thanksgiving': { kind: 'nth', month: 11, weekday: 4, nth: 4 },
  'thanksgiving day': { kind: 'nth', month: 11, weekday: 4, nth: 4 },
  'black friday': { kind: 'nth', month: 11, weekday: 4, nth: 4, offset: 1 },
  'juneteenth': { kind: 'fixed', month: 6, day: 19 },
  'earth day': { kind: 'fixed', month: 4, day: 22 },
  "international workers' day": { kind: 'fixed', month: 5, day: 1 },
  "international women's day": { kind: 'fixed', month: 3, day: 8 },
  'may day': { kind: 'fixed', month: 5, day: 1 },
  'veterans day': { kind: 'fixed', month: 11, day: 11 },
  "veterans' day": { kind: 'fixed', month: 11, day: 11 },
  'armistice day': { kind: 'fixed', month: 11, day: 11 },
  'remembrance day': { kind: 'fixed', month: 11, day: 11 },
  'guy fawkes night': { kind: 'fixed', month: 11, day: 5 },
  'bonfire night': { kind: 'fixed', month: 11, day: 5 },
};

/** Spring runs March to May, and so on; winter starts in December. Northern hemisphere. */
export const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

