import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type OrderDeadlines, REPORT_KIND_LABEL, type ReportCategoryView, ReportKind } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { useSaveCategoryMutation } from '@/hooks/use-reports-query';
import { errorMessage } from '@/services/api-error';

const KINDS = [ReportKind.Report, ReportKind.Need].map((kind) => ({ value: kind, label: REPORT_KIND_LABEL[kind] }));
const HOURS: { key: keyof OrderDeadlines; label: string }[] = [
  { key: 'openHours', label: '待抢单(小时)' },
  { key: 'claimedHours', label: '接单后开始(小时)' },
  { key: 'inProgressHours', label: '处理中(小时)' },
];
const DEFAULT_HOURS: OrderDeadlines = { openHours: 4, claimedHours: 2, inProgressHours: 24 };

interface CategoryFormProps {
  communityId: string;
  /** Edits this one; creates a new one when absent. */
  category?: ReportCategoryView;
  onDone: () => void;
}

/** A category's name, kind (new ones only) and the hours each state may last before it escalates. */
export function CategoryForm({ communityId, category, onDone }: CategoryFormProps) {
  const [name, setName] = useState(category?.name ?? '');
  const [kind, setKind] = useState<ReportKind>(category?.kind ?? ReportKind.Report);
  const [hours, setHours] = useState<Record<keyof OrderDeadlines, string>>(() => {
    const d = category?.deadlines ?? DEFAULT_HOURS;
    return {
      openHours: String(d.openHours),
      claimedHours: String(d.claimedHours),
      inProgressHours: String(d.inProgressHours),
    };
  });
  const [error, setError] = useState<string | null>(null);
  const save = useSaveCategoryMutation();

  function submit(): void {
    const deadlines = {
      openHours: Number(hours.openHours),
      claimedHours: Number(hours.claimedHours),
      inProgressHours: Number(hours.inProgressHours),
    };
    if (!name.trim()) return setError('请填写名称');
    if (Object.values(deadlines).some((h) => !Number.isInteger(h) || h < 1)) return setError('时限请填写正整数小时');
    setError(null);
    const input = category
      ? { id: category.id, update: { name: name.trim(), deadlines } }
      : { create: { communityId, name: name.trim(), kind, deadlines } };
    save.mutate(input, { onSuccess: onDone, onError: (failure) => setError(errorMessage(failure)) });
  }

  return (
    <View className='form-card category-form'>
      <Text className='form-card__title'>{category ? `编辑：${category.name}` : '新增分类'}</Text>
      <Input
        className='category-form__name form-field__input'
        maxLength={32}
        placeholder='名称，如：噪音扰民'
        value={name}
        onChange={setName}
      />
      {category ? null : (
        <ChoiceChips
          options={KINDS}
          selected={[kind]}
          onChange={([k]) => setKind(k === ReportKind.Need ? ReportKind.Need : ReportKind.Report)}
        />
      )}
      <View className='hours-fields'>
        {HOURS.map(({ key, label }) => (
          <View key={key} className='hours-fields__item'>
            <Text className='form-field__sublabel'>{label}</Text>
            <Input
              className={`category-form__${key} form-field__input`}
              type='number'
              value={hours[key]}
              onChange={(value) => setHours({ ...hours, [key]: value })}
            />
          </View>
        ))}
      </View>
      {error ? <Text className='form-error'>{error}</Text> : null}
      <View className='category-row__actions'>
        <Button className='big-action' onClick={onDone}>
          取消
        </Button>
        <Button className='big-action category-form__save' type='primary' loading={save.isPending} onClick={submit}>
          保存
        </Button>
      </View>
    </View>
  );
}
