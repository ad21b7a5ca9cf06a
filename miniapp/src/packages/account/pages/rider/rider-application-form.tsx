import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ReminderTopic, RIDER_PLATFORM_LABEL, type RiderPlatform } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { CommunityChips } from '@/components/CommunityChips';
import { PlaceChips } from '@/components/PlaceChips';
import { useAskForReminders } from '@/hooks/use-notifications-query';
import { useCreateRiderApplicationMutation } from '@/hooks/use-rider-applications-query';
import { errorMessage } from '@/services/api-error';

const MAX_GRIDS = 10;
const MAX_STATEMENT = 300;
const PLATFORM_OPTIONS = (Object.keys(RIDER_PLATFORM_LABEL) as RiderPlatform[]).map((value) => ({
  value,
  label: RIDER_PLATFORM_LABEL[value],
}));

function isPlatform(value: string | undefined): value is RiderPlatform {
  return value !== undefined && value in RIDER_PLATFORM_LABEL;
}

/** Apply to become a part-time grid member (滨新侠) for grids of one community. */
export function RiderApplicationForm() {
  const [platform, setPlatform] = useState<RiderPlatform | null>(null);
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [gridIds, setGridIds] = useState<string[]>([]);
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useCreateRiderApplicationMutation();
  const askForReminders = useAskForReminders(ReminderTopic.Account);

  function validationError(): string | null {
    if (!platform) return '请选择你跑单的平台';
    if (!communityId) return '请选择社区';
    if (gridIds.length === 0) return '请至少选择一个网格';
    if (gridIds.length > MAX_GRIDS) return `最多选择 ${MAX_GRIDS} 个网格`;
    if (!statement.trim()) return '请简单介绍一下自己';
    return null;
  }

  function submit(): void {
    askForReminders();
    const problem = validationError();
    if (problem || !platform) {
      setError(problem);
      return;
    }
    setError(null);
    create.mutate(
      { platform, gridIds, statement: statement.trim() },
      {
        onSuccess: () => {
          setPlatform(null);
          setCommunityId(null);
          setGridIds([]);
          setStatement('');
          Taro.showToast({ title: '已提交，请等待审核', icon: 'none' });
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  return (
    <View className='form-card rider-form'>
      <Text className='form-card__title'>申请成为滨新侠</Text>
      <Text className='form-hint'>审核通过后，你就是所选网格的兼职网格员，可以顺路报事、抢单、赚积分。</Text>
      <View className='form-field'>
        <Text className='form-field__label'>跑单平台</Text>
        <ChoiceChips
          className='rider-form__platforms'
          options={PLATFORM_OPTIONS}
          selected={platform ? [platform] : []}
          onChange={([value]) => setPlatform(isPlatform(value) ? value : null)}
        />
      </View>
      <View className='form-field rider-form__community'>
        <Text className='form-field__label'>社区</Text>
        <CommunityChips
          selected={communityId}
          onChange={(id) => {
            if (id !== communityId) setGridIds([]);
            setCommunityId(id);
          }}
        />
      </View>
      {communityId ? (
        <View className='form-field rider-form__grids'>
          <Text className='form-field__label'>常跑的网格（可多选）</Text>
          <PlaceChips
            parentId={communityId}
            multiple
            selected={gridIds}
            emptyText='该社区暂无网格'
            onChange={setGridIds}
          />
        </View>
      ) : null}
      <View className='form-field'>
        <Text className='form-field__label'>自我介绍</Text>
        <TextArea
          className='rider-form__statement form-field__input'
          placeholder='例如：在丽日家园一带送餐三年，熟悉每栋楼'
          maxLength={MAX_STATEMENT}
          showCount
          value={statement}
          onChange={setStatement}
        />
      </View>
      {error ? <Text className='form-error rider-form__error'>{error}</Text> : null}
      <Button
        className='form-submit rider-form__submit'
        type='primary'
        block
        loading={create.isPending}
        onClick={submit}
      >
        提交申请
      </Button>
    </View>
  );
}
