import { nextPage } from './paging';

describe('nextPage', () => {
  it('asks for the page after the last one while there are more', () => {
    expect(nextPage({ page: 1, hasMore: true })).toBe(2);
    expect(nextPage({ page: 7, hasMore: true })).toBe(8);
  });

  it('stops after the last page', () => {
    expect(nextPage({ page: 3, hasMore: false })).toBeUndefined();
  });
});
