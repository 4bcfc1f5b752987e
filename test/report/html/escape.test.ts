import { describe, expect, it } from 'vitest';
import { fileHref, shorten, text } from '../../../src/report/html/escape.js';

describe('text', () => {
  it('escapes markup so article text stays text, also inside attributes', () => {
    expect(text('<script>alert("x")</script> & \'y\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('shows control and bidi-override characters as visible escapes', () => {
    expect(text('a\u202eb\u001b[31mc\u0007')).toBe('a\\u202eb\\x1b[31mc\\x07');
  });
});

describe('fileHref', () => {
  it('keeps a file name that looks like a scheme a relative path', () => {
    expect(fileHref('javascript:alert(1)', '')).toBe('javascript%3Aalert(1)');
    expect(fileHref('dir/"><img src=x>.txt', '')).toBe('dir/%22%3E%3Cimg%20src%3Dx%3E.txt');
  });

  it('leads from the report folder back to the articles', () => {
    expect(fileHref('corpus/a b.txt', '..')).toBe('../corpus/a%20b.txt');
    expect(fileHref('corpus/a.txt', '')).toBe('corpus/a.txt');
  });

  it('survives a name holding a lone surrogate', () => {
    expect(fileHref('a\ud800b.txt', '')).toBe('a%EF%BF%BDb.txt');
  });

  it('turns absolute paths into file URLs', () => {
    expect(fileHref('/data/news/a.txt', '..')).toBe('file:///data/news/a.txt');
    expect(fileHref('C:/news/a.txt', '')).toBe('file:///C:/news/a.txt');
  });
});

describe('shorten', () => {
  it('cuts long text at whole characters, with an ellipsis', () => {
    expect(shorten('one million and 727 thousand', 12)).toBe('one million…');
    expect(shorten('short', 12)).toBe('short');
    expect(shorten('😀😀😀', 2)).toBe('😀…');
  });
});
