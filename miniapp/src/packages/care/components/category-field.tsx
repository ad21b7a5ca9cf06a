import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { useCareCategoriesQuery, useCreateCareCategoryMutation } from '@/hooks/use-care-query';

import { careErrorMessage } from './care-copy';

const MAX_NAME = 32;
const MAX_DAYS = 365;

/** A new category's name and visit interval as typed; the problem with them, or null. */
export function newCategoryProblem(name: string, days: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return '请填写分类名称';
  if (trimmed.length > MAX_NAME) return `分类名称最多 ${MAX_NAME} 个字`;
  const n = Number(days);
  if (!/^\d+$/.test(days.trim()) || n < 1 || n > MAX_DAYS) return `走访周期填 1–${MAX_DAYS} 天`;
  return null;
}

function AddCategory({ communityId, onAdded }: { communityId: string; onAdded: (id: string) => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('30');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateCareCategoryMutation();

  async function add(): Promise<void> {
    const found = newCategoryProblem(name, days);
    setProblem(found);
    if (found) return;
    try {
      const created = await create.mutateAsync({ communityId, name: name.trim(), visitDays: Number(days) });
      setName('');
      onAdded(created.id);
    } catch (failure) {
      setProblem(careErrorMessage(failure));
    }
  }

  return (
    <View className='care-category-add'>
      <Input
        className='form-field__input care-category-add__name'
        placeholder='新分类，如：重点关注'
        maxLength={MAX_NAME}
        value={name}
        onChange={setName}
      />
      <View className='care-category-add__days'>
        <Text className='form-field__sublabel'>每</Text>
        <Input
          className='form-field__input care-category-add__interval'
          type='number'
          maxLength={3}
          value={days}
          onChange={setDays}
        />
        <Text className='form-field__sublabel'>天走访一次</Text>
        <Button className='care-category-add__submit' size='small' loading={create.isPending} onClick={add}>
          添加分类
        </Button>
      </View>
      {problem ? <Text className='form-error care-category-add__error'>{problem}</Text> : null}
    </View>
  );
}

interface CategoryFieldProps {
  communityId: string | null;
  selected: string[];
  onChange: (ids: string[]) => void;
  /** 帮扶专干 of the community add categories with their own visit interval. */
  canAdd: boolean;
}

/** 帮扶分类 as chips (each with its visit interval; the shortest sets the household's); several may be ticked. */
export function CategoryField({ communityId, selected, onChange, canAdd }: CategoryFieldProps) {
  const query = useCareCategoriesQuery(communityId);
  if (!communityId) return <Text className='form-hint'>先选择网格</Text>;
  if (query.isPending) return <ListState variant='loading' />;
  if (query.isError) {
    return <ListState variant='error' detail={careErrorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  return (
    <View className='care-category-field'>
      <ChoiceChips
        className='care-category-field__chips'
        multiple
        options={query.data.map((c) => ({ value: c.id, label: `${c.name} · ${c.visitDays}天` }))}
        selected={selected}
        onChange={onChange}
      />
      <Text className='form-hint'>分类后的天数是走访周期，选多个时按最短的走访</Text>
      {canAdd ? <AddCategory communityId={communityId} onAdded={(id) => onChange([...selected, id])} /> : null}
    </View>
  );
}
