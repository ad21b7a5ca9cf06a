import { fit, reminderData, reminderTime } from './reminder-data';

describe('reminder data', () => {
  it('cuts each value to what its key type takes', () => {
    expect(fit('thing2', '您反映的「楼道灯不亮了，晚上上楼很危险」已处理完成')).toBe(
      '您反映的「楼道灯不亮了，晚上上楼很危险…',
    );
    expect([...fit('thing2', '一'.repeat(30))]).toHaveLength(20);
    expect(fit('thing1', '候补成功')).toBe('候补成功');
    expect(fit('phrase3', '已处理完成了')).toBe('已处理完…');
    expect(fit('character_string4', 'AB-12 中文 34')).toBe('AB-1234');
  });

  it('writes the time as WeChat shows it, in China time', () => {
    expect(reminderTime(new Date('2026-11-22T06:02:00Z'))).toBe('2026年11月22日 14:02');
    expect(reminderTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027年1月1日 00:30');
  });

  it('fills the template’s own keys', () => {
    const data = reminderData(
      { templateId: 'tmpl-event-0001', titleKey: 'thing1', bodyKey: 'thing2', timeKey: 'time3' },
      { title: '候补成功', body: '有人取消了报名', createdAt: new Date('2026-11-22T06:02:00Z') },
    );
    expect(data).toEqual({ thing1: '候补成功', thing2: '有人取消了报名', time3: '2026年11月22日 14:02' });
    expect(
      reminderData(
        { templateId: 't', titleKey: 'thing1', bodyKey: 'thing2', timeKey: null },
        { title: 'a', body: 'b', createdAt: new Date() },
      ),
    ).toEqual({
      thing1: 'a',
      thing2: 'b',
    });
  });
});
