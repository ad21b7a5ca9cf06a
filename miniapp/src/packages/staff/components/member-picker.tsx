import { Text, View } from '@tarojs/components';
import type { MemberSummary } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { LoadMoreButton } from '@/components/LoadMoreButton';
import { useMembersQuery } from '@/hooks/use-points-query';
import { errorMessage } from '@/services/api-error';

interface MemberPickerProps {
  communityId: string;
  selected: MemberSummary | null;
  onChange: (member: MemberSummary) => void;
}

/** The community's members (phones masked), 20 at a time, picked with one tap. */
export function MemberPicker({ communityId, selected, onChange }: MemberPickerProps) {
  const query = useMembersQuery(communityId);
  const { data, error, isPending, isError, isFetchNextPageError } = query;
  if (isPending) return <ListState variant='loading' />;
  if (isError && !isFetchNextPageError) {
    return <ListState variant='error' detail={errorMessage(error)} onRetry={() => query.refetch()} />;
  }
  const members = data?.pages.flatMap((page) => page.items) ?? [];
  if (members.length === 0) return <ListState variant='empty' text='本社区还没有成员' />;
  return (
    <View className='member-picker'>
      {members.map((member) => (
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
      ))}
      <LoadMoreButton query={query} className='member-picker__more' end={<ListState variant='end' />} />
    </View>
  );
}
