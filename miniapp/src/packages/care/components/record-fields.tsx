import { Input, Switch, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type CareConsentBy, type RoleGrantSummary } from '@tongxin/types';
import type { ReactNode } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { DateField } from '@/components/DateField';
import { PlaceChips } from '@/components/PlaceChips';
import { careWorkerOf } from '@/utils/care-roles';

import { CONSENT_BY_LABEL } from './care-copy';
import { CategoryField } from './category-field';
import { GridField } from './grid-field';
import { MemberField } from './member-field';
import { LIMITS, type RecordFormErrors, type RecordFormValues } from './record-form-model';

const CONSENT_OPTIONS = (Object.keys(CONSENT_BY_LABEL) as CareConsentBy[]).map((by) => ({
  value: by,
  label: `${CONSENT_BY_LABEL[by]}同意`,
}));
const HELPER_MODES = [
  { value: 'member', label: '按姓名查找成员' },
  { value: 'name', label: '只填名称' },
];

interface RecordFieldsProps {
  mode: 'create' | 'edit';
  roles: RoleGrantSummary[];
  communityId: string | null;
  today: string;
  values: RecordFormValues;
  errors: RecordFormErrors;
  onChange: (patch: Partial<RecordFormValues>) => void;
}

function Field({ label, error, name, children }: { label: string; error?: string; name: string; children: ReactNode }) {
  return (
    <View className={`form-field care-form__${name}`}>
      <Text className='form-field__label'>{label}</Text>
      {children}
      {error ? <Text className={`form-error care-form__${name}-error`}>{error}</Text> : null}
    </View>
  );
}

function Household({ mode, roles, values, errors, onChange }: RecordFieldsProps) {
  return (
    <View className='form-card'>
      <Text className='form-card__title'>住户</Text>
      <Field label='网格' name='grid' error={errors.grid}>
        {mode === 'create' ? (
          <GridField roles={roles} value={values.grid} onChange={(grid) => onChange({ grid, building: null })} />
        ) : (
          <Text className='care-form__fixed'>{values.grid?.name}</Text>
        )}
      </Field>
      {values.grid ? (
        <Field label='楼栋' name='building'>
          <PlaceChips
            className='care-form__buildings'
            parentId={values.grid.id}
            selected={values.building ? [values.building.id] : []}
            emptyText='该网格暂无楼栋'
            onChange={([id], [name]) => onChange({ building: id ? { id, name: name ?? '' } : null })}
          />
          <Text className='form-hint'>走访发现的问题转为需求时，派到这栋楼</Text>
        </Field>
      ) : null}
      <Field label='门牌' name='household' error={errors.household}>
        <Input
          className='form-field__input'
          placeholder='如：2单元301'
          maxLength={LIMITS.household}
          value={values.household}
          onChange={(household) => onChange({ household })}
        />
      </Field>
      <Field label='姓名' name='personName' error={errors.personName}>
        <Input
          className='form-field__input'
          placeholder='帮扶对象姓名'
          maxLength={LIMITS.name}
          value={values.personName}
          onChange={(personName) => onChange({ personName })}
        />
      </Field>
      <Field label='电话（选填）' name='phone' error={errors.phone}>
        <Input
          className='form-field__input'
          type='tel'
          placeholder='本人或家属手机号'
          maxLength={13}
          value={values.phone}
          onChange={(phone) => onChange({ phone })}
        />
      </Field>
      <Field label='同心账号（选填）' name='member'>
        <MemberField
          value={values.member}
          placeholder='本人已注册同心时关联'
          onChange={(member) => onChange({ member, ...(member ? {} : { safetyCheck: false }) })}
        />
      </Field>
    </View>
  );
}

function Care({ roles, communityId, values, errors, onChange }: RecordFieldsProps) {
  const helper = values.helper;
  return (
    <View className='form-card'>
      <Text className='form-card__title'>帮扶</Text>
      <Field label='帮扶分类' name='categories' error={errors.categoryIds}>
        <CategoryField
          communityId={communityId}
          selected={values.categoryIds}
          canAdd={communityId !== null && careWorkerOf(roles, communityId)}
          onChange={(categoryIds) => onChange({ categoryIds })}
        />
      </Field>
      <Field label='帮扶需求' name='needs' error={errors.needs}>
        <TextArea
          className='care-textarea'
          placeholder='需要哪些帮助，如：定期代购药品、陪同就医'
          maxLength={LIMITS.needs}
          value={values.needs}
          onChange={(needs) => onChange({ needs })}
        />
      </Field>
      <Field label='基本情况（选填）' name='situation' error={errors.situation}>
        <TextArea
          className='care-textarea'
          placeholder='家庭、身体、收入等情况'
          maxLength={LIMITS.situation}
          value={values.situation}
          onChange={(situation) => onChange({ situation })}
        />
      </Field>
      <Field label='结对帮扶人（选填）' name='helper' error={errors.helper}>
        <ChoiceChips
          className='care-form__helper-modes'
          options={HELPER_MODES}
          selected={[helper.mode]}
          onChange={([mode]) => onChange({ helper: { ...helper, mode: mode === 'name' ? 'name' : 'member' } })}
        />
        {helper.mode === 'member' ? (
          <MemberField
            value={helper.member}
            placeholder='党员、志愿者姓名'
            onChange={(member) => onChange({ helper: { ...helper, member } })}
          />
        ) : (
          <Input
            className='form-field__input'
            placeholder='如：共建单位志愿服务队'
            maxLength={LIMITS.name}
            value={helper.name}
            onChange={(name) => onChange({ helper: { ...helper, name } })}
          />
        )}
      </Field>
      <Field label='复核日期（选填）' name='review'>
        <DateField label='下次复核' value={values.reviewOn} onChange={(reviewOn) => onChange({ reviewOn })} />
      </Field>
    </View>
  );
}

function Consent({ mode, today, values, errors, onChange }: RecordFieldsProps) {
  return (
    <View className='form-card care-form__consent'>
      <Text className='form-card__title'>同意登记</Text>
      <Text className='form-hint'>
        帮扶台账记录的是敏感个人信息，需经本人或监护人同意后才能登记；请记下由谁同意、哪天同意。
      </Text>
      {mode === 'create' ? (
        <>
          <ChoiceChips
            className='care-form__consent-by'
            options={CONSENT_OPTIONS}
            selected={values.consentBy ? [values.consentBy] : []}
            onChange={([by]) => onChange({ consentBy: (by as CareConsentBy | undefined) ?? null })}
          />
          <DateField
            className='care-form__consent-on'
            label='同意日期'
            value={values.consentOn}
            max={today}
            onChange={(consentOn) => onChange({ consentOn })}
          />
        </>
      ) : (
        <Text className='care-form__fixed'>
          {values.consentBy ? CONSENT_BY_LABEL[values.consentBy] : ''}同意 · {values.consentOn}
        </Text>
      )}
      {errors.consent ? <Text className='form-error care-form__consent-error'>{errors.consent}</Text> : null}
    </View>
  );
}

function SafetyCheck({ values, errors, onChange }: RecordFieldsProps) {
  return (
    <View className='form-card care-form__safety'>
      <View className='care-form__switch-row'>
        <Text className='form-card__title'>平安打卡</Text>
        <Switch checked={values.safetyCheck} onChange={(safetyCheck) => onChange({ safetyCheck })} />
      </View>
      <Text className='form-hint'>
        {values.member
          ? '老人每天在首页点一下“今天平安”；漏打一天提醒帮扶人和网格员，连续两天生成上门敲门的工单'
          : '需要先关联本人的同心账号'}
      </Text>
      {errors.safetyCheck ? <Text className='form-error care-form__safety-error'>{errors.safetyCheck}</Text> : null}
    </View>
  );
}

/** Every field of 登记/编辑: the household, its care, the consent it was registered with, and 平安打卡. */
export function RecordFields(props: RecordFieldsProps) {
  return (
    <>
      <Household {...props} />
      <Care {...props} />
      <Consent {...props} />
      <SafetyCheck {...props} />
    </>
  );
}
