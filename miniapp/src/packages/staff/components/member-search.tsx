import './staff-points.scss';

import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { MemberSummary } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { useMemberSearchQuery } from '@/hooks/use-grants-query';
import { errorMessage } from '@/services/api-error';

interface MemberSearchProps {
  selected: MemberSummary | null;
  onChange: (member: MemberSummary) => void;
}

/** Finds a member of the caller's places by nickname or whole phone number, and picks one with a tap. */
export function MemberSearch({ selected, onChange }: MemberSearchProps) {
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const query = useMemberSearchQuery(q ?? '', 1, q !== null);
  const members = query.data?.items ?? [];
  return (
    <View className='member-search'>
      <View className='staff-search'>
        <Input
          className='form-field__input staff-search__input'
          value={text}
          placeholder='昵称或手机号'
          onChange={setText}
        />
        <Button size='small' className='member-search__go' onClick={() => setQ(text.trim())}>
          搜索
        </Button>
      </View>
      {q === null ? null : query.isPending ? (
        <ListState variant='loading' />
      ) : query.isError ? (
        <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />
      ) : members.length === 0 ? (
        <ListState variant='empty' text='没有找到成员' />
      ) : (
        members.map((member) => (
          <View
            key={member.id}
            className={`member-option${selected?.id === member.id ? ' member-option--selected' : ''}`}
            onClick={() => onChange(member)}
          >
            <Text className='member-option__name'>
              {selected?.id === member.id ? '✓ ' : ''}
              {member.nickname}
            </Text>
            <Text className='member-option__meta'>
              {[member.homeName, member.phone].filter(Boolean).join(' · ') || '未认证住址'}
            </Text>
          </View>
        ))
      )}
    </View>
  );
}
