/** The key to the pictures: what each shape and colour means, with words, not colour alone. */
export function renderLegend(): string {
  const items = [
    [`<circle class="shape" cx="14" cy="10" r="5.5"/>`, 'shape-point', 'an exact figure'],
    [`<rect class="shape" x="3" y="4" width="22" height="12" rx="6"/>`, 'shape-band', '“about”, “some”: a band'],
    [`<path class="shape" d="M4 3V17M4 10H24M16 4L24 10L16 16"/>`, 'shape-above', '“more than”: an open arrow'],
    [`<path class="shape" d="M8 3H4V17H8M4 10H24M20 3H24V17H20"/>`, 'shape-range', 'a range: a bracket'],
    [`<rect class="shape" x="3" y="4" width="22" height="12" rx="2"/>`, 'shape-span', 'a date: the day, month or year it names'],
  ];
  const roles = [
    ['role-agrees', 'agrees: sides with the majority'],
    ['role-outlier', 'outlier: against the majority'],
    ['role-tie', 'no majority either way'],
  ];
  const shapes = items.map(([svg, cls, label]) => `<li><svg class="key" viewBox="0 0 28 20" width="28" height="20" aria-hidden="true"><g class="mark role-tie ${cls}">${svg}</g></svg>${label}</li>`);
  const colours = roles.map(([cls, label]) => `<li><svg class="key" viewBox="0 0 28 20" width="28" height="20" aria-hidden="true"><g class="mark ${cls} shape-point"><circle class="shape" cx="14" cy="10" r="5.5"/></g></svg>${label}</li>`);
  return `<section class="legend" aria-label="How to read the pictures"><ul>${shapes.join('')}</ul><ul>${colours.join('')}`
    + `<li><svg class="key" viewBox="0 0 28 20" width="28" height="20" aria-hidden="true"><rect class="gap" x="2" y="0" width="24" height="20"/></svg>shaded: the gap no source covers</li></ul></section>`;
}
