import { Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { MenuRow } from '@/components/MenuRow';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useMemberSearchQuery } from '@/hooks/use-grants-query';
import { errorMessage } from '@/services/api-error';

import type { Picked } from './record-form-model';

const SEARCH_DELAY_MS = 400;
const MIN_SEARCH = 2;

interface MemberFieldProps {
  value: Picked | null;
  onChange: (member: Picked | null) => void;
  placeholder: string;
  className?: string;
}

/** A member of the caller's places, found by name or a whole phone number once typing pauses; tap to pick. */
export function MemberField({ value, onChange, placeholder, className }: MemberFieldProps) {
  const [text, setText] = useState(value?.name ?? '');
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const searching = q.length >= MIN_SEARCH && q !== value?.name;
  const query = useMemberSearchQuery(q, 1, searching);
  let results = null;
  if (value) {
    results = (
      <MenuRow
        className='care-member care-member--picked'
        label={`✓ ${value.name}`}
        extra={
          <Text
            className='staff-link care-member__clear'
            onClick={() => {
              setText('');
              onChange(null);
            }}
          >
            取消关联
          </Text>
        }
      />
    );
  } else if (!searching) {
    results = <Text className='form-hint'>输入姓名或完整手机号（至少 2 个字）</Text>;
  } else if (query.isPending) {
    results = <ListState variant='loading' text='正在查找…' />;
  } else if (query.isError) {
    results = <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  } else if (query.data.items.length === 0) {
    results = <Text className='form-hint'>没有找到此人</Text>;
  } else {
    results = query.data.items.map((member) => (
      <MenuRow
        key={member.id}
        className='care-member'
        label={member.nickname}
        hint={[member.homeName, member.phone].filter(Boolean).join(' · ')}
        onClick={() => {
          setText(member.nickname);
          onChange({ id: member.id, name: member.nickname });
        }}
      />
    ));
  }
  return (
    <View className={['care-member-field', className ?? ''].filter(Boolean).join(' ')}>
      {value ? null : (
        <Input
          className='form-field__input care-member-field__input'
          placeholder={placeholder}
          maxLength={16}
          value={text}
          onChange={setText}
        />
      )}
      {results}
    </View>
  );
}
