import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { PLACE_LEVEL_LABEL, PlaceLevel } from '@tongxin/types';
import { useState } from 'react';

import { PlaceChips } from '@/components/PlaceChips';
import { useCreateBindingMutation } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';

const LEVELS = [PlaceLevel.Street, PlaceLevel.Community, PlaceLevel.Grid, PlaceLevel.Building] as const;
const MAX_HOUSEHOLD = 32;

/** street → community → grid → building, each step offered once the one above is chosen. */
export function HomeBindingForm() {
  // path[i] is the chosen place at LEVELS[i]; choosing a level drops everything below it.
  const [path, setPath] = useState<string[]>([]);
  const [household, setHousehold] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useCreateBindingMutation();
  const buildingId = path[LEVELS.length - 1];

  function choose(levelIndex: number, id: string | undefined): void {
    if (!id) return;
    setPath([...path.slice(0, levelIndex), id]);
  }

  function submit(): void {
    if (!buildingId) {
      setError('请选择楼栋');
      return;
    }
    if (!household.trim()) {
      setError('请填写单元和门牌号');
      return;
    }
    setError(null);
    create.mutate(
      { buildingId, household: household.trim() },
      { onError: (failure) => setError(errorMessage(failure)) },
    );
  }

  return (
    <View className='binding-form'>
      {LEVELS.map((level, index) =>
        index === 0 || path[index - 1] ? (
          <View key={level} className={`form-field binding-form__${level}`}>
            <Text className='form-field__label'>{PLACE_LEVEL_LABEL[level]}</Text>
            <PlaceChips
              parentId={index === 0 ? null : path[index - 1]}
              selected={path[index] ? [path[index]] : []}
              emptyText={`暂无${PLACE_LEVEL_LABEL[level]}`}
              onChange={([id]) => choose(index, id)}
            />
          </View>
        ) : null,
      )}
      {buildingId ? (
        <View className='form-field'>
          <Text className='form-field__label'>单元门牌</Text>
          <Input
            className='binding-form__household form-field__input'
            maxLength={MAX_HOUSEHOLD}
            placeholder='例如：3单元502'
            value={household}
            onChange={setHousehold}
          />
        </View>
      ) : null}
      {error ? <Text className='form-error'>{error}</Text> : null}
      <Button
        className='form-submit binding-form__submit'
        type='primary'
        block
        loading={create.isPending}
        onClick={submit}
      >
        提交认证
      </Button>
    </View>
  );
}
