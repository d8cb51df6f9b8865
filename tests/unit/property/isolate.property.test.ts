import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripControls } from '../../../src/data/contract-limits';
import { hasRightToLeft, isolate, isolatedRuns, stripIsolates } from '../../../src/lib/isolate';
import { configureProperties } from './settings';

configureProperties();

/** Letters of several scripts, digits, punctuation and the marks a hostile name could carry. */
const char = fc.constantFrom(
  ...'aZ09 ,.:;()-%'.split(''),
  'ạ',
  'Đ',
  'ש',
  'ם',
  'ب',
  'ة',
  '٣',
  '\u200F',
  '\u061C',
  '\u202E',
  '\u2066',
  '\u2068',
  '\u2069',
  '\u0007',
);
const text = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));
/** A name as the registry parser leaves it: controls and direction marks stripped. */
const parsedName = text.map(stripControls);
/** The app's own words around it (no marks). */
const words = text.map((t) => stripIsolates(stripControls(t)));

describe('isolate and BidiText’s runs', () => {
  it('render a sentence with every name back exactly, each right-to-left name as one isolated run', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words, parsedName), { maxLength: 5 }), words, (parts, end) => {
        const sentence = parts.map(([w, name]) => `${w}${isolate(name)}`).join('') + end;
        const runs = isolatedRuns(sentence);
        const plain = parts.map(([w, name]) => `${w}${name}`).join('') + end;
        expect(runs.map((r) => r.text).join('')).toBe(plain);
        expect(stripIsolates(sentence)).toBe(plain);
        expect(runs.filter((r) => r.isolated).map((r) => r.text)).toEqual(
          parts.map(([, name]) => name).filter((name) => hasRightToLeft(name)),
        );
      }),
    );
  });
});
