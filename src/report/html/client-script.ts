/**
 * The page's script: filters and sort over the cards' data attributes, j/k to move between
 * cards, details opened for printing. It only moves, shows and hides elements the page already
 * holds and sets text with textContent: nothing from the data is ever parsed as markup.
 */
export const CLIENT_SCRIPT = `(() => {
'use strict';
document.documentElement.classList.add('js');
const byId = (id) => document.getElementById(id);
const filters = ['story', 'kind', 'severity', 'source'].map((name) => [name, byId('f-' + name)]).filter(([, el]) => el);
const sort = byId('f-sort');
const count = byId('f-count');
const cards = Array.from(document.querySelectorAll('article.card'));
const sections = Array.from(document.querySelectorAll('section.story'));
const sources = new Map(cards.map((card) => [card, new Set(Array.from(card.querySelectorAll('[data-source]'), (el) => el.dataset.source))]));
const RANK = { error: 0, warning: 1 };
const byOrder = (a, b) => a.dataset.order - b.dataset.order;
const orders = {
  order: byOrder,
  severity: (a, b) => RANK[a.dataset.severity] - RANK[b.dataset.severity] || byOrder(a, b),
  confidence: (a, b) => b.dataset.confidence - a.dataset.confidence || byOrder(a, b),
  subject: (a, b) => (a.dataset.subject < b.dataset.subject ? -1 : a.dataset.subject > b.dataset.subject ? 1 : byOrder(a, b)),
};
let sorted = 'order';
const matches = (card) => filters.every(([name, select]) => !select.value || (name === 'source' ? sources.get(card).has(select.value) : card.dataset[name] === select.value));
function apply() {
  let shown = 0;
  for (const card of cards) {
    card.hidden = !matches(card);
    if (!card.hidden) shown++;
  }
  const order = sort ? sort.value : 'order';
  for (const section of sections) {
    const list = section.querySelector('.cards');
    const own = Array.from(list.children);
    if (order !== sorted) for (const card of own.sort(orders[order] || byOrder)) list.appendChild(card);
    section.hidden = own.every((card) => card.hidden);
  }
  sorted = order;
  if (count) count.textContent = shown + ' of ' + cards.length + ' conflicts shown';
}
for (const [, select] of filters) select.addEventListener('change', apply);
if (sort) sort.addEventListener('change', apply);
const reset = byId('f-reset');
if (reset) reset.addEventListener('click', () => {
  for (const [, select] of filters) select.value = '';
  if (sort) sort.value = 'order';
  apply();
});
document.addEventListener('keydown', (event) => {
  if ((event.key !== 'j' && event.key !== 'k') || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.target instanceof Element && event.target.closest('input, select, textarea, button, summary')) return;
  const visible = Array.from(document.querySelectorAll('article.card')).filter((card) => !card.hidden && !card.closest('[hidden]'));
  const current = document.activeElement instanceof Element ? document.activeElement.closest('article.card') : null;
  const at = visible.indexOf(current);
  const next = visible[event.key === 'j' ? at + 1 : at <= 0 ? 0 : at - 1];
  if (!next) return;
  event.preventDefault();
  next.focus();
});
const opened = [];
addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details:not([open])')) {
    details.open = true;
    opened.push(details);
  }
});
addEventListener('afterprint', () => {
  for (const details of opened.splice(0)) details.open = false;
});
apply();
})();
`;
