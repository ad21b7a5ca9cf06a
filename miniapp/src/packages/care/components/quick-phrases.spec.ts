import { followUpText, phrasesIn, togglePhrase } from './quick-phrases';

describe('走访 quick phrases', () => {
  it('starts the findings with a phrase, and adds the next after a comma', () => {
    expect(togglePhrase('', '身体状况良好')).toBe('身体状况良好');
    expect(togglePhrase('身体状况良好', '情绪稳定')).toBe('身体状况良好，情绪稳定');
    expect(togglePhrase('暖气正常。', '家电需要维修')).toBe('暖气正常。家电需要维修');
  });

  it('takes a phrase out again when it is tapped a second time, wherever it stands', () => {
    expect(togglePhrase('身体状况良好，情绪稳定', '情绪稳定')).toBe('身体状况良好');
    expect(togglePhrase('身体状况良好，情绪稳定', '身体状况良好')).toBe('情绪稳定');
    expect(togglePhrase('身体状况良好', '身体状况良好')).toBe('');
  });

  it('ticks the chips of the phrases the findings hold, typed or tapped', () => {
    expect(phrasesIn('老人说身体状况良好，家电需要维修')).toEqual(['身体状况良好', '家电需要维修']);
    expect(phrasesIn('')).toEqual([]);
  });
});

describe('a need from a visit', () => {
  it('starts from the findings, trimmed to the 500 characters a need may have', () => {
    expect(followUpText('  电饭锅坏了，需要维修  ')).toBe('电饭锅坏了，需要维修');
    expect(followUpText('很'.repeat(800))).toHaveLength(500);
  });
});
