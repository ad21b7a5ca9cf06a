import { careRecord } from '../../../../test/care-fixtures';
import {
  emptyRecord,
  type RecordFormValues,
  recordValues,
  toCreateRequest,
  toUpdateRequest,
  validateRecord,
} from './record-form-model';

const TODAY = '2026-12-10';

function filled(extra: Partial<RecordFormValues> = {}): RecordFormValues {
  return {
    ...emptyRecord(TODAY),
    grid: { id: 'grid-1', name: '阿吉拉沁第一网格', communityId: 'community-ajilaqin' },
    building: { id: 'building-3', name: '3号楼' },
    household: ' 2单元101 ',
    personName: '马桂芳',
    categoryIds: ['cat-elder'],
    needs: '独居，腿脚不便，需要定期代购药品',
    consentBy: 'self',
    ...extra,
  };
}

describe('登记: what the form checks', () => {
  it('asks for the grid, door, name, a category and the needs', () => {
    expect(validateRecord(emptyRecord(TODAY), TODAY)).toEqual({
      grid: '请选择网格',
      household: '请填写门牌',
      personName: '请填写姓名',
      categoryIds: '请至少选择一个帮扶分类',
      needs: '请填写帮扶需求',
      consent: '请选择由本人还是监护人同意登记',
    });
    expect(validateRecord(filled(), TODAY)).toEqual({});
  });

  it('will not register without consent: who gave it, and a date no later than today', () => {
    expect(validateRecord(filled({ consentBy: null }), TODAY).consent).toBe('请选择由本人还是监护人同意登记');
    expect(validateRecord(filled({ consentOn: '' }), TODAY).consent).toBe('请填写同意日期');
    expect(validateRecord(filled({ consentOn: '2026-12-11' }), TODAY).consent).toBe('同意日期不能晚于今天');
    expect(validateRecord(filled({ consentBy: 'guardian', consentOn: '2026-11-01' }), TODAY)).toEqual({});
  });

  it('checks the phone, the lengths the API takes, and that 平安打卡 has a member to tap', () => {
    const errors = validateRecord(
      filled({
        phone: '1381234',
        household: '门'.repeat(33),
        helper: { mode: 'name', member: null, name: '队'.repeat(33) },
        safetyCheck: true,
      }),
      TODAY,
    );
    expect(errors).toEqual({
      phone: '请填写 11 位手机号',
      household: '门牌最多 32 个字',
      helper: '帮扶人最多 32 个字',
      safetyCheck: '平安打卡需要先关联本人的成员账号',
    });
    expect(validateRecord(filled({ phone: '139 1234 5670' }), TODAY)).toEqual({});
  });
});

describe('登记: the request', () => {
  it('sends the trimmed fields, the optional ones only when filled, and the consent', () => {
    expect(toCreateRequest(filled({ phone: '139-1234-5670', situation: '  ' }))).toEqual({
      gridId: 'grid-1',
      buildingId: 'building-3',
      household: '2单元101',
      personName: '马桂芳',
      phone: '13912345670',
      categoryIds: ['cat-elder'],
      needs: '独居，腿脚不便，需要定期代购药品',
      safetyCheck: false,
      consentBy: 'self',
      consentOn: TODAY,
    });
  });

  it('pairs a helper by member or by name, and enrols 平安打卡 only with a member', () => {
    const member = { id: 'member-guifang', name: '马桂芳' };
    const request = toCreateRequest(
      filled({
        member,
        safetyCheck: true,
        helper: { mode: 'member', member: { id: 'm-b', name: '巴特尔' }, name: '' },
      }),
    );
    expect(request).toMatchObject({ memberId: 'member-guifang', safetyCheck: true, helper: { memberId: 'm-b' } });
    expect(toCreateRequest(filled({ helper: { mode: 'name', member: null, name: ' 志愿服务队 ' } })).helper).toEqual({
      name: '志愿服务队',
    });
  });
});

describe('编辑: only what changed is sent', () => {
  it('sends nothing for an untouched record, and just the changed fields otherwise', () => {
    const original = recordValues(careRecord());
    expect(toUpdateRequest(original, original)).toEqual({});
    expect(
      toUpdateRequest(original, { ...original, needs: '需要每周代购药品', categoryIds: ['cat-disabled', 'cat-dibao'] }),
    ).toEqual({ needs: '需要每周代购药品' });
    expect(toUpdateRequest(original, { ...original, categoryIds: ['cat-dibao'], reviewOn: '2027-01-15' })).toEqual({
      categoryIds: ['cat-dibao'],
      reviewOn: '2027-01-15',
    });
  });

  it('reads the record back into the form: its grid, consent, helper by name', () => {
    const values = recordValues(careRecord());
    expect(values).toMatchObject({
      grid: { id: 'grid-1', communityId: 'community-ajilaqin' },
      building: { id: 'building-1', name: '1号楼' },
      helper: { mode: 'name', name: '乌兰夫纪念馆志愿服务队' },
      consentBy: 'self',
      consentOn: '2026-11-01',
      member: null,
    });
  });
});
