import '@/styles/form.scss';
import './moderation-words.scss';

import { Text } from '@tarojs/components';
import { PlaceLevel, Role } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { StaffPage } from '@/components/StaffPage';
import { useMeQuery } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';

import { WordForm } from './word-form';
import { WordList } from './word-list';

/** The streets the caller administers: the only places that have a word list of their own. */
function useAdminStreets() {
  const me = useMeQuery();
  const streets = (me.data?.roles ?? [])
    .filter((grant) => grant.role === Role.StreetAdmin && grant.placeLevel === PlaceLevel.Street)
    .map((grant) => ({ value: grant.placeId, label: grant.placeName }));
  return { me, streets };
}

function WordsContent() {
  const { me, streets } = useAdminStreets();
  const [chosen, setChosen] = useState<string | null>(null);
  if (me.isPending) return <ListState variant='loading' />;
  if (me.isError) return <ListState variant='error' detail={errorMessage(me.error)} onRetry={() => me.refetch()} />;
  if (streets.length === 0) return <ListState variant='empty' text='只有街道管理员可以管理敏感词' />;
  const streetId = chosen && streets.some((s) => s.value === chosen) ? chosen : streets[0].value;
  return (
    <>
      {streets.length > 1 ? (
        <ChoiceChips
          className='moderation-words__streets'
          options={streets}
          selected={[streetId]}
          onChange={([id]) => setChosen(id ?? null)}
        />
      ) : (
        <Text className='moderation-words__street'>{streets[0].label}</Text>
      )}
      <WordForm key={`form-${streetId}`} streetId={streetId} />
      <WordList key={`list-${streetId}`} streetId={streetId} />
    </>
  );
}

/** 敏感词管理 (street admins): the street's own words, used with the built-in list to hold what residents write. */
export default function StaffModerationWordsPage() {
  return (
    <StaffPage className='staff-moderation-words-page'>
      <Text className='page-shell__title'>敏感词管理</Text>
      <Text className='form-hint'>
        这些词与系统词库一起用于本街道居民发布内容的关键词过滤：含有它们的内容先交给工作人员审核，通过后他人才能看到。
      </Text>
      <WordsContent />
    </StaffPage>
  );
}
