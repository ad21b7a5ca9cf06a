import {
  type CareConsentBy,
  type CareHelperInput,
  type CareRecordView,
  type CreateCareRecordRequest,
  PHONE_PATTERN,
  type UpdateCareRecordRequest,
} from '@tongxin/types';

/** A place or member picked in the form, with the name it is shown by. */
export interface Picked {
  id: string;
  name: string;
}

/** 结对帮扶人: a member (party member, volunteer) found by name, or just a name (a co-building unit's contact). */
export interface HelperValue {
  mode: 'member' | 'name';
  member: Picked | null;
  name: string;
}

/** 登记/编辑, as the grid worker fills it in. */
export interface RecordFormValues {
  /** With its community (null until looked up), whose categories the form offers. */
  grid: (Picked & { communityId: string | null }) | null;
  building: Picked | null;
  household: string;
  personName: string;
  phone: string;
  member: Picked | null;
  categoryIds: string[];
  needs: string;
  situation: string;
  helper: HelperValue;
  reviewOn: string;
  consentBy: CareConsentBy | null;
  consentOn: string;
  safetyCheck: boolean;
}

export type RecordFormField =
  | 'grid'
  | 'household'
  | 'personName'
  | 'phone'
  | 'categoryIds'
  | 'needs'
  | 'situation'
  | 'helper'
  | 'consent'
  | 'safetyCheck';
export type RecordFormErrors = Partial<Record<RecordFormField, string>>;

// The API's column widths.
export const LIMITS = { household: 32, name: 32, needs: 1000, situation: 2000, categories: 10 } as const;

export const EMPTY_HELPER: HelperValue = { mode: 'member', member: null, name: '' };

export function emptyRecord(today: string): RecordFormValues {
  return {
    grid: null,
    building: null,
    household: '',
    personName: '',
    phone: '',
    member: null,
    categoryIds: [],
    needs: '',
    situation: '',
    helper: EMPTY_HELPER,
    reviewOn: '',
    consentBy: null,
    // Consent is usually given at the visit that registers the household; the date can be changed.
    consentOn: today,
    safetyCheck: false,
  };
}

/** The form of an existing record (its grid and consent are kept as they were registered). */
export function recordValues(view: CareRecordView): RecordFormValues {
  const helper = view.helper;
  return {
    grid: { id: view.gridId, name: view.gridName, communityId: view.communityId },
    building: view.buildingId ? { id: view.buildingId, name: view.buildingName ?? '' } : null,
    household: view.household,
    personName: view.personName,
    phone: view.phone ?? '',
    member: view.memberId ? { id: view.memberId, name: view.personName } : null,
    categoryIds: view.categories.map((c) => c.id),
    needs: view.needs,
    situation: view.situation ?? '',
    helper: helper?.memberId
      ? { mode: 'member', member: { id: helper.memberId, name: helper.name }, name: '' }
      : helper
        ? { mode: 'name', member: null, name: helper.name }
        : EMPTY_HELPER,
    reviewOn: view.reviewOn ?? '',
    consentBy: view.consent.by,
    consentOn: view.consent.on,
    safetyCheck: view.safetyCheck,
  };
}

/** Spaces and dashes people type inside a number. */
const normalisePhone = (phone: string) => phone.replace(/[\s-]/g, '');

function lengthError(value: string, label: string, max: number, required: boolean): string | undefined {
  const text = value.trim();
  if (!text) return required ? `请填写${label}` : undefined;
  return text.length > max ? `${label}最多 ${max} 个字` : undefined;
}

/** What is missing or wrong in the form; empty when it may be saved. `today`: consent cannot come later. */
export function validateRecord(values: RecordFormValues, today: string): RecordFormErrors {
  const errors: RecordFormErrors = {};
  const set = (field: RecordFormField, problem: string | undefined) => {
    if (problem) errors[field] = problem;
  };
  if (!values.grid) errors.grid = '请选择网格';
  set('household', lengthError(values.household, '门牌', LIMITS.household, true));
  set('personName', lengthError(values.personName, '姓名', LIMITS.name, true));
  const phone = normalisePhone(values.phone);
  if (phone && !PHONE_PATTERN.test(phone)) errors.phone = '请填写 11 位手机号';
  if (values.categoryIds.length === 0) errors.categoryIds = '请至少选择一个帮扶分类';
  else if (values.categoryIds.length > LIMITS.categories) errors.categoryIds = `最多选 ${LIMITS.categories} 个分类`;
  set('needs', lengthError(values.needs, '帮扶需求', LIMITS.needs, true));
  set('situation', lengthError(values.situation, '基本情况', LIMITS.situation, false));
  if (values.helper.mode === 'name') set('helper', lengthError(values.helper.name, '帮扶人', LIMITS.name, false));
  if (!values.consentBy) errors.consent = '请选择由本人还是监护人同意登记';
  else if (!values.consentOn) errors.consent = '请填写同意日期';
  else if (values.consentOn > today) errors.consent = '同意日期不能晚于今天';
  if (values.safetyCheck && !values.member) errors.safetyCheck = '平安打卡需要先关联本人的成员账号';
  return errors;
}

function helperOf(helper: HelperValue): CareHelperInput | undefined {
  if (helper.mode === 'member') return helper.member ? { memberId: helper.member.id } : undefined;
  const name = helper.name.trim();
  return name ? { name } : undefined;
}

/** The fields both requests share, trimmed, the optional ones only when filled in. */
function fieldsOf(values: RecordFormValues): UpdateCareRecordRequest {
  const phone = normalisePhone(values.phone);
  const situation = values.situation.trim();
  const helper = helperOf(values.helper);
  return {
    ...(values.building ? { buildingId: values.building.id } : {}),
    household: values.household.trim(),
    personName: values.personName.trim(),
    ...(phone ? { phone } : {}),
    ...(values.member ? { memberId: values.member.id } : {}),
    categoryIds: values.categoryIds,
    needs: values.needs.trim(),
    ...(situation ? { situation } : {}),
    ...(helper ? { helper } : {}),
    ...(values.reviewOn ? { reviewOn: values.reviewOn } : {}),
    safetyCheck: values.safetyCheck && values.member !== null,
  };
}

/** The request of a valid form (validateRecord first). */
export function toCreateRequest(values: RecordFormValues): CreateCareRecordRequest {
  const fields = fieldsOf(values);
  return {
    ...fields,
    gridId: values.grid?.id ?? '',
    household: fields.household ?? '',
    personName: fields.personName ?? '',
    categoryIds: fields.categoryIds ?? [],
    needs: fields.needs ?? '',
    consentBy: values.consentBy as CareConsentBy,
    consentOn: values.consentOn,
  };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Only what changed since the record was read, so the 变更记录 names just those fields. A field emptied in the form
 * is left as it was: the register keeps what was recorded.
 */
export function toUpdateRequest(original: RecordFormValues, values: RecordFormValues): UpdateCareRecordRequest {
  const before = fieldsOf(original);
  const after = fieldsOf(values);
  const changed: UpdateCareRecordRequest = {};
  for (const key of Object.keys(after) as (keyof UpdateCareRecordRequest)[]) {
    const now = after[key];
    const then = before[key];
    const same =
      Array.isArray(now) && Array.isArray(then) ? sameSet(now, then) : JSON.stringify(now) === JSON.stringify(then);
    if (!same) Object.assign(changed, { [key]: now });
  }
  return changed;
}
