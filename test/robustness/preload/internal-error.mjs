// Fault injection for the built binary: formatting the report throws, as a bug would.
const original = JSON.stringify;
JSON.stringify = function (value, ...rest) {
  if (value && typeof value === 'object' && 'schemaVersion' in value) throw new Error('injected fault\nwith a second line');
  return original.call(this, value, ...rest);
};
