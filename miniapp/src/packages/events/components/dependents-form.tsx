import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { DependentInput } from '@tongxin/types';

export const MAX_DEPENDENTS = 5;

export interface DependentDraft {
  name: string;
  age: string;
}

/** Drafts to the request shape; null with a reason when a row is not filled in right. */
export function toDependents(drafts: DependentDraft[]): { dependents: DependentInput[] } | { error: string } {
  const dependents: DependentInput[] = [];
  for (const draft of drafts) {
    const name = draft.name.trim();
    const age = draft.age.trim();
    if (!name && !age) continue;
    if (!name) return { error: '请填写随行人员的姓名' };
    if (name.length > 20) return { error: '姓名最多 20 个字' };
    if (age && !/^\d{1,3}$/.test(age)) return { error: `请填写${name}的年龄（数字）` };
    dependents.push(age ? { name, age: Number(age) } : { name });
  }
  return { dependents };
}

interface DependentsFormProps {
  drafts: DependentDraft[];
  onChange: (drafts: DependentDraft[]) => void;
}

/** Up to five people coming along (a child for 托管班, an elder), each with a name and an optional age. */
export function DependentsForm({ drafts, onChange }: DependentsFormProps) {
  function update(index: number, patch: Partial<DependentDraft>): void {
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));
  }
  return (
    <View className='dependents-form'>
      <Text className='form-field__label'>随行人员（选填）</Text>
      <Text className='form-hint'>如带孩子参加托管班、陪老人参加活动，请逐一填写</Text>
      {drafts.map((draft, index) => (
        <View key={index} className='dependents-form__row'>
          <Input
            className='form-field__input dependents-form__name'
            placeholder='姓名'
            maxLength={20}
            value={draft.name}
            onChange={(name) => update(index, { name })}
          />
          <Input
            className='form-field__input dependents-form__age'
            type='digit'
            placeholder='年龄'
            maxLength={3}
            value={draft.age}
            onChange={(age) => update(index, { age })}
          />
          <Text className='dependents-form__remove' onClick={() => onChange(drafts.filter((_, i) => i !== index))}>
            删除
          </Text>
        </View>
      ))}
      {drafts.length < MAX_DEPENDENTS ? (
        <Button
          className='dependents-form__add'
          block
          fill='outline'
          onClick={() => onChange([...drafts, { name: '', age: '' }])}
        >
          + 添加随行人员
        </Button>
      ) : (
        <Text className='form-hint'>最多 {MAX_DEPENDENTS} 位随行人员</Text>
      )}
    </View>
  );
}
