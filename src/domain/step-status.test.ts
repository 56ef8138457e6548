import { describe, expect, it } from 'vitest';
import { isEmptyData, stepStatus } from './step-status';

describe('isEmptyData', () => {
  it.each([
    [{}],
    [{ a: '' }],
    [{ a: '   \n\t' }],
    [{ a: [], b: null }],
    [{ a: undefined }],
    [{ rows: [{ id: 'r1', name: '', kind: '' }] }],
    [{ nested: { a: '', b: [] } }],
  ])('%j is empty', (data) => {
    expect(isEmptyData(data)).toBe(true);
  });

  it.each([
    [{ a: 'x' }],
    [{ a: false }],
    [{ a: 0 }],
    [{ a: ['po'] }],
    [{ rows: [{ id: 'r1', name: 'School' }] }],
    [{ id: 'top-level ids are answers' }],
  ])('%j has a value', (data) => {
    expect(isEmptyData(data)).toBe(false);
  });
});

describe('stepStatus', () => {
  it('is afgerond only when asked for and the complete schema parses', () => {
    expect(stepStatus({ a: 'x' }, { wantsComplete: true, parsesComplete: true })).toBe('afgerond');
    expect(stepStatus({ a: 'x' }, { wantsComplete: true, parsesComplete: false })).toBe('bezig');
    expect(stepStatus({ a: 'x' }, { wantsComplete: false, parsesComplete: true })).toBe('bezig');
    expect(stepStatus({ a: '' }, { wantsComplete: false, parsesComplete: true })).toBe('leeg');
  });
});
