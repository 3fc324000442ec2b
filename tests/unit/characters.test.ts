import {describe, expect, it} from 'vitest';
import {checkText, needsRetyping} from '../../src/lib/characters';

function joined(input: string): string {
  return checkText(input)
    .segments.map((s) => s.text)
    .join('');
}

describe('checkText', () => {
  it('flags accents, symbols and folds a name with an ampersand', () => {
    const {flagged, cleaned} = checkText('José Müller & Søn');
    expect(flagged.map((f) => [f.char, f.codePoint, f.kind])).toEqual([
      ['é', 'U+00E9', 'accent'],
      ['ü', 'U+00FC', 'accent'],
      ['&', 'U+0026', 'punctuation'],
      ['ø', 'U+00F8', 'accent'],
    ]);
    expect(flagged.map((f) => f.index)).toEqual([3, 6, 12, 15]);
    expect(flagged[0].name).toBe('LATIN SMALL LETTER E WITH ACUTE');
    expect(flagged[1].name).toBe('LATIN SMALL LETTER U WITH DIAERESIS');
    expect(flagged[2]).toMatchObject({name: 'AMPERSAND', replacement: 'and'});
    expect(flagged[3]).toMatchObject({name: 'LATIN SMALL LETTER O WITH STROKE', replacement: 'o'});
    expect(cleaned).toBe('Jose Muller and Son');
  });

  it('folds sharp s and umlauts in an address', () => {
    const {flagged, cleaned} = checkText('Straße 5, Zürich');
    expect(flagged.map((f) => [f.char, f.codePoint, f.replacement])).toEqual([
      ['ß', 'U+00DF', 'ss'],
      ['ü', 'U+00FC', 'u'],
    ]);
    expect(cleaned).toBe('Strasse 5, Zurich');
  });

  it('replaces a typographic apostrophe with a plain one', () => {
    const {flagged, cleaned} = checkText('O’Brien');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({
      char: '’',
      codePoint: 'U+2019',
      kind: 'punctuation',
      name: 'RIGHT SINGLE QUOTATION MARK',
      replacement: "'",
    });
    expect(cleaned).toBe("O'Brien");
  });

  it('leaves plain ASCII addresses alone', () => {
    const result = checkText('123 Main St.');
    expect(result.flagged).toEqual([]);
    expect(result.cleaned).toBe('123 Main St.');
    expect(result.segments).toEqual([{text: '123 Main St.'}]);
    expect(checkText("Unit 4/5 #2, O'Neil-Smith").flagged).toEqual([]);
  });

  it('treats an emoji as one code point', () => {
    const {flagged, cleaned} = checkText('Bob 😀');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({char: '😀', index: 4, codePoint: 'U+1F600', kind: 'symbol', replacement: ''});
    expect(cleaned).toBe('Bob');
  });

  it('segments join back to the input', () => {
    for (const input of [
      'José Müller & Søn',
      'Straße 5, Zürich',
      'O’Brien',
      '123 Main St.',
      'Bob 😀',
      '',
      '😀😀',
      'a\nb',
    ]) {
      expect(joined(input)).toBe(input);
    }
    const segments = checkText('José').segments;
    expect(segments.map((s) => [s.text, s.flagged?.codePoint])).toEqual([
      ['Jos', undefined],
      ['é', 'U+00E9'],
    ]);
  });

  it('handles empty input', () => {
    expect(checkText('')).toEqual({flagged: [], cleaned: '', segments: []});
  });

  it('maps typographic punctuation, word symbols and Unicode spaces', () => {
    expect(checkText('“Acme” – Suite 5… «B»').cleaned).toBe('Acme - Suite 5... B');
    expect(checkText('R+D @ HQ').cleaned).toBe('R plus D at HQ');
    expect(checkText('10\u00A0Rue\u2009Haute').cleaned).toBe('10 Rue Haute');
    expect(checkText('Ærø Œuvre Łódź').cleaned).toBe('AEro OEuvre Lodz');
  });

  it('flags a separate combining mark as an accent and drops it', () => {
    const {flagged, cleaned} = checkText('Jose\u0301');
    expect(flagged[0]).toMatchObject({
      codePoint: 'U+0301',
      kind: 'accent',
      name: 'COMBINING ACUTE ACCENT',
      replacement: '',
    });
    expect(cleaned).toBe('Jose');
  });

  it('flags Japanese letters as other and cannot clean them', () => {
    const {flagged, cleaned} = checkText('東京 Tower');
    expect(flagged.map((f) => [f.kind, f.replacement])).toEqual([
      ['other', ''],
      ['other', ''],
    ]);
    expect(flagged.every(needsRetyping)).toBe(true);
    expect(cleaned).toBe('Tower');
  });

  it('keeps line breaks between address lines', () => {
    const {flagged, cleaned} = checkText('1 Rue  Été\n75001 Paris ');
    expect(flagged.map((f) => f.char)).toEqual(['É', 'é']);
    expect(cleaned).toBe('1 Rue Ete\n75001 Paris');
  });

  it('checks long input quickly', () => {
    const input = 'José Müller & Søn, Straße 5 😀 '.repeat(100);
    const started = performance.now();
    const {flagged, segments} = checkText(input);
    expect(performance.now() - started).toBeLessThan(500);
    expect(input.length).toBeGreaterThan(2000);
    expect(flagged).toHaveLength(600);
    expect(segments.map((s) => s.text).join('')).toBe(input);
  });
});
