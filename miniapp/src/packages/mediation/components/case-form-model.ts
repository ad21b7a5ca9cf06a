import {
  type CreateMediationRequest,
  type DisputeKind,
  type MediationPartyCandidate,
  type OpenMediationCaseRequest,
  type OtherPartyInput,
  PHONE_PATTERN,
} from '@tongxin/types';

/** The other party: a member picked by name, or someone typed in (name, building, phone). */
export interface PartyValue {
  mode: 'member' | 'other';
  member: MediationPartyCandidate | null;
  name: string;
  building: { id: string; name: string } | null;
  phone: string;
}

export const EMPTY_PARTY: PartyValue = { mode: 'member', member: null, name: '', building: null, phone: '' };

/** 申请调解, as the resident fills it in. */
export interface CaseFormValues {
  kind: DisputeKind | null;
  party: PartyValue;
  account: string;
  hopes: string;
  preferredTimes: string;
}

/** 登记来访: the same case, opened by staff for someone who came in or called. */
export interface WalkInFormValues extends CaseFormValues {
  source: 'walk_in' | 'phone';
  requesterName: string;
  requesterPhone: string;
}

export type CaseFormField =
  'kind' | 'party' | 'partyPhone' | 'account' | 'hopes' | 'preferredTimes' | 'requesterName' | 'requesterPhone';
export type CaseFormErrors = Partial<Record<CaseFormField, string>>;

// The API's column widths.
export const LIMITS = { name: 32, account: 2000, hopes: 1000, preferredTimes: 100 } as const;
const MIN_ACCOUNT = 10;

/** Spaces and dashes people type inside a number. */
export const normalisePhone = (phone: string) => phone.replace(/[\s-]/g, '');

function phoneError(phone: string, required: boolean): string | undefined {
  const digits = normalisePhone(phone);
  if (!digits) return required ? '请填写手机号' : undefined;
  return PHONE_PATTERN.test(digits) ? undefined : '请填写 11 位手机号';
}

function partyErrors(party: PartyValue): CaseFormErrors {
  if (party.mode === 'member') return party.member ? {} : { party: '请搜索并选择对方，或改为手动填写' };
  const name = party.name.trim();
  const errors: CaseFormErrors = {};
  if (!name) errors.party = '请填写对方的称呼';
  else if (name.length > LIMITS.name) errors.party = `称呼最多 ${LIMITS.name} 个字`;
  const phone = phoneError(party.phone, false);
  if (phone) errors.partyPhone = phone;
  return errors;
}

/** What is missing or wrong in the form; empty when it may be sent. */
export function validateCase(values: CaseFormValues): CaseFormErrors {
  const errors: CaseFormErrors = { ...partyErrors(values.party) };
  if (!values.kind) errors.kind = '请选择纠纷类型';
  const account = values.account.trim();
  if (account.length < MIN_ACCOUNT) errors.account = `请把事情经过写清楚（至少 ${MIN_ACCOUNT} 个字）`;
  else if (account.length > LIMITS.account) errors.account = `事情经过最多 ${LIMITS.account} 个字`;
  const hopes = values.hopes.trim();
  if (!hopes) errors.hopes = '请写下希望达成的结果';
  else if (hopes.length > LIMITS.hopes) errors.hopes = `最多 ${LIMITS.hopes} 个字`;
  if (values.preferredTimes.trim().length > LIMITS.preferredTimes) {
    errors.preferredTimes = `最多 ${LIMITS.preferredTimes} 个字`;
  }
  return errors;
}

export function validateWalkIn(values: WalkInFormValues): CaseFormErrors {
  const errors = validateCase(values);
  const name = values.requesterName.trim();
  if (!name) errors.requesterName = '请填写来访人的称呼';
  else if (name.length > LIMITS.name) errors.requesterName = `称呼最多 ${LIMITS.name} 个字`;
  const phone = phoneError(values.requesterPhone, true);
  if (phone) errors.requesterPhone = phone;
  return errors;
}

export function toOtherParty(party: PartyValue): OtherPartyInput {
  if (party.mode === 'member' && party.member) return { memberId: party.member.id };
  const phone = normalisePhone(party.phone);
  return {
    name: party.name.trim(),
    ...(party.building ? { buildingId: party.building.id } : {}),
    ...(phone ? { phone } : {}),
  };
}

/** The request of a valid form (validateCase first). */
export function toCreateRequest(communityId: string, values: CaseFormValues): CreateMediationRequest {
  const preferredTimes = values.preferredTimes.trim();
  return {
    communityId,
    kind: values.kind as DisputeKind,
    otherParty: toOtherParty(values.party),
    account: values.account.trim(),
    hopes: values.hopes.trim(),
    ...(preferredTimes ? { preferredTimes } : {}),
  };
}

export function toWalkInRequest(communityId: string, values: WalkInFormValues): OpenMediationCaseRequest {
  return {
    ...toCreateRequest(communityId, values),
    source: values.source,
    requesterName: values.requesterName.trim(),
    requesterPhone: normalisePhone(values.requesterPhone),
  };
}
