import {describe, expect, it} from 'vitest';
import {readKbGlobalData} from '../../src/kb/globalData';

describe('the kb plugin’s global data, as every page reads it', () => {
  it('reads what the plugin publishes', () => {
    const data = {searchIndex: 'assets/search-index/abc/', guides: [{id: 'amz', title: 'Amazon', prefix: 'AMZ'}]};
    expect(readKbGlobalData(data)).toBe(data);
  });

  it('answers undefined, not a half-read object, when it is missing or malformed', () => {
    expect(readKbGlobalData(undefined)).toBeUndefined();
    expect(readKbGlobalData({guides: []})).toBeUndefined();
    expect(readKbGlobalData({searchIndex: 'x/', guides: 'amz'})).toBeUndefined();
  });
});
