import {
  type CaseFormValues,
  EMPTY_PARTY,
  toCreateRequest,
  toWalkInRequest,
  validateCase,
  validateWalkIn,
  type WalkInFormValues,
} from './case-form-model';

const filled: CaseFormValues = {
  kind: 'neighbour',
  party: { ...EMPTY_PARTY, member: { id: 'member-2', name: '张大爷', buildingName: '1号楼' } },
  account: '楼上每天夜里十二点后还在拖动家具，噪音很大。',
  hopes: '晚上十点后保持安静',
  preferredTimes: '',
};

describe('申请调解 form', () => {
  it('accepts a member picked as the other party', () => {
    expect(validateCase(filled)).toEqual({});
    expect(toCreateRequest('community-1', filled)).toEqual({
      communityId: 'community-1',
      kind: 'neighbour',
      otherParty: { memberId: 'member-2' },
      account: filled.account,
      hopes: filled.hopes,
    });
  });

  it('asks for a pick when the member mode has none, and for a name when typed in', () => {
    expect(validateCase({ ...filled, party: EMPTY_PARTY }).party).toBe('请搜索并选择对方，或改为手动填写');
    const typed = { ...EMPTY_PARTY, mode: 'other' as const, name: '  ' };
    expect(validateCase({ ...filled, party: typed }).party).toBe('请填写对方的称呼');
  });

  it('sends a typed party as name, building and phone (spaces dropped), never a member id', () => {
    const party = {
      mode: 'other' as const,
      member: { id: 'member-2', name: '张大爷', buildingName: null },
      name: ' 老张 ',
      building: { id: 'b1', name: '1号楼' },
      phone: '138 0000 0002',
    };
    const values = { ...filled, party, preferredTimes: ' 周末 ' };
    expect(validateCase(values)).toEqual({});
    expect(toCreateRequest('c', values)).toMatchObject({
      otherParty: { name: '老张', buildingId: 'b1', phone: '13800000002' },
      preferredTimes: '周末',
    });
  });

  it('the typed phone is optional but must be a mobile number', () => {
    const party = { ...EMPTY_PARTY, mode: 'other' as const, name: '老张' };
    expect(validateCase({ ...filled, party })).toEqual({});
    expect(toCreateRequest('c', { ...filled, party }).otherParty).toEqual({ name: '老张' });
    expect(validateCase({ ...filled, party: { ...party, phone: '12345' } }).partyPhone).toBe('请填写 11 位手机号');
  });

  it('wants a kind, an account of at least ten characters and a hope', () => {
    const errors = validateCase({ ...filled, kind: null, account: '太吵了', hopes: ' ' });
    expect(errors).toEqual({
      kind: '请选择纠纷类型',
      account: '请把事情经过写清楚（至少 10 个字）',
      hopes: '请写下希望达成的结果',
    });
    expect(validateCase({ ...filled, account: '吵'.repeat(2001) }).account).toBe('事情经过最多 2000 个字');
  });
});

describe('登记来访 form', () => {
  const walkIn: WalkInFormValues = { ...filled, source: 'phone', requesterName: ' 巴特尔 ', requesterPhone: '' };

  it('needs the caller’s name and phone', () => {
    expect(validateWalkIn(walkIn)).toEqual({ requesterPhone: '请填写手机号' });
    expect(validateWalkIn({ ...walkIn, requesterName: '' }).requesterName).toBe('请填写来访人的称呼');
  });

  it('sends the source and the caller, no requester id', () => {
    const body = toWalkInRequest('c', { ...walkIn, requesterPhone: '139-0000-0003' });
    expect(body).toMatchObject({ source: 'phone', requesterName: '巴特尔', requesterPhone: '13900000003' });
    expect(body).not.toHaveProperty('requesterId');
  });
});
