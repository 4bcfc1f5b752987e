/**
 * Words around a figure or a date that change what kind of claim it is: who reported it, when
 * it was reported, what it is compared with, whether it is still to come.
 */

/** Words by which an article keeps its distance from a figure it reports ("organisers claimed"). */
export const DISTANCING_WORDS = [
  'claim', 'claimed', 'claims', 'alleged', 'alleges', 'allegedly', 'insist', 'insisted', 'insists', 'assert', 'asserted',
  'asserts', 'contend', 'contended', 'contends', 'purport', 'purported', 'purports', 'purportedly',
];

/** Verbs of reporting before a date: the day a figure was reported, not the moment it holds for. */
export const REPORTED_ON_VERBS = ['said', 'says', 'told', 'announced', 'reported', 'stated', 'added', 'confirmed', 'wrote', 'estimated'];

/** Words right before a date that make it a baseline or a label ("compared with 2019", "the class of 2031"). */
export const BASELINE_LEADS = ['compared with', 'compared to', 'than', 'than in', 'versus', 'vs', 'vs.', 'class of'];

/** Nouns after "the <date>" that make the date a baseline ("twice the 2017 level"). */
export const BASELINE_NOUNS = ['level', 'levels', 'figure', 'figures', 'total', 'rate', 'average', 'peak', 'high', 'low', 'record', 'mark'];

/** Words before a date that put it in the future ("will open on", "is due to start in"). */
export const FUTURE_MARKERS = ['will', 'shall', 'set to', 'due to', 'expected to', 'scheduled', 'plan to', 'plans to', 'planned', 'upcoming', 'ahead of', 'next'];

/**
 * Nouns that a bare number right after names rather than counts ("flight 302", "gate 22",
 * "No. 5"): the number is a label.
 */
export const IDENTIFIER_NOUNS = [
  'flight', 'route', 'platform', 'gate', 'room', 'seat', 'lane', 'channel', 'highway', 'interstate', 'exit', 'bus',
  'train', 'pier', 'berth', 'ward', 'bed', 'page', 'chapter', 'section', 'article', 'paragraph', 'clause', 'item',
  'no.', 'nos.', 'number', 'version', 'model', 'episode', 'terminal', 'hangar', 'block', 'apartment', 'suite',
  'cell', 'box', 'code', 'id', 'reference', 'ref.', 'case', 'docket', 'bill', 'resolution', 'amendment', 'form',
];

/** Words before digits joined by hyphens or dots that make them a telephone number ("call 555-0100"). */
export const PHONE_WORDS = ['call', 'calling', 'phone', 'telephone', 'tel', 'tel.', 'hotline', 'helpline', 'dial', 'text', 'fax', 'contact', 'line', 'number'];

/** Words before "N-M" that make it a game's score ("won 3-1"), not a range. */
export const SCORE_WORDS = [
  'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing', 'beat', 'beats', 'beaten', 'defeated', 'defeat',
  'drew', 'draw', 'drawn', 'victory', 'score', 'scored', 'scoreline', 'lead', 'led', 'leads', 'trailed', 'trail', 'trailing', 'thrashed', 'edged',
];
