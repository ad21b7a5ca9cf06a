import '../../components/staff-desk.scss';

import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MemberSummary } from '@tongxin/types';
import { useState } from 'react';

import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { useMemberSearchQuery, useRevealPhoneMutation } from '@/hooks/use-grants-query';
import { errorMessage } from '@/services/api-error';

/** 成员名录: members living in the caller's places, phones masked; 查看完整号码 reveals one, and the API audits it. */
export default function StaffMembersPage() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [revealed, setRevealed] = useState<Record<string, string | null>>({});
  const query = useMemberSearchQuery(q, page);
  const reveal = useRevealPhoneMutation();

  async function show(member: MemberSummary): Promise<void> {
    const { confirm } = await Taro.showModal({
      title: '查看完整号码',
      content: `查看 ${member.nickname} 的完整手机号？此操作会记入操作日志。`,
      confirmText: '查看',
    });
    if (!confirm) return;
    try {
      const answer = await reveal.mutateAsync(member.id);
      setRevealed((shown) => ({ ...shown, [member.id]: answer.phone }));
    } catch (failure) {
      Taro.showToast({ title: errorMessage(failure), icon: 'none' });
    }
  }

  function phoneOf(member: MemberSummary) {
    if (member.id in revealed) return <Text className='members__full-phone'>{revealed[member.id] ?? '未绑定'}</Text>;
    return (
      <View className='members__phone'>
        <Text>{member.phone ?? '未绑定'}</Text>
        {member.phone ? (
          <Text className='staff-link members__reveal' onClick={() => show(member)}>
            查看完整号码
          </Text>
        ) : null}
      </View>
    );
  }

  const columns: StaffColumn<MemberSummary>[] = [
    { key: 'nickname', title: '昵称', render: (m) => <Text>{m.nickname}</Text> },
    { key: 'phone', title: '手机号', width: 1.5, render: phoneOf },
    { key: 'home', title: '住址', width: 1.5, render: (m) => <Text>{m.homeName ?? '未认证'}</Text> },
  ];

  return (
    <StaffPage title='成员名录' className='staff-members-page'>
      <View className='staff-filters'>
        <View className='staff-search'>
          <Input
            className='form-field__input staff-search__input'
            value={text}
            placeholder='昵称或完整手机号'
            onChange={setText}
          />
          <Button
            className='members__search'
            type='primary'
            size='small'
            onClick={() => {
              setQ(text.trim());
              setPage(1);
            }}
          >
            搜索
          </Button>
        </View>
      </View>
      <StaffTable
        className='members__table'
        query={query}
        columns={columns}
        rowKey={(m) => m.id}
        emptyText={q ? '没有找到成员' : '你的地点还没有成员'}
        onPage={setPage}
        renderCard={(m) => (
          <>
            <Text className='staff-card__title'>{m.nickname}</Text>
            <CardLine label='手机号'>{phoneOf(m)}</CardLine>
            <CardLine label='住址'>{m.homeName ?? '未认证'}</CardLine>
          </>
        )}
      />
    </StaffPage>
  );
}
