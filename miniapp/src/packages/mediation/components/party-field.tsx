import { Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { PlaceChips } from '@/components/PlaceChips';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePartyCandidatesQuery } from '@/hooks/use-mediation-query';
import { errorMessage } from '@/services/api-error';

import { LIMITS, type PartyValue } from './case-form-model';

const MODES = [
  { value: 'member', label: '按姓名查找' },
  { value: 'other', label: '手动填写' },
];
export const PARTY_SEARCH_DELAY_MS = 400;
// The API searches names of up to 16 characters.
const MAX_SEARCH = 16;

interface PartyFieldProps {
  communityId: string;
  value: PartyValue;
  onChange: (value: PartyValue) => void;
  error?: string;
  phoneError?: string;
}

function MemberSearch({ communityId, value, onChange }: Omit<PartyFieldProps, 'error' | 'phoneError'>) {
  const [text, setText] = useState(value.member?.name ?? '');
  const q = useDebouncedValue(text.trim(), PARTY_SEARCH_DELAY_MS);
  const query = usePartyCandidatesQuery(communityId, q);
  const picked = value.member;
  let results = null;
  if (q.length < 2) results = <Text className='form-hint'>输入对方姓名或昵称（至少 2 个字）</Text>;
  else if (query.isPending) results = <ListState variant='loading' text='正在查找…' />;
  else if (query.isError) {
    results = <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  } else if (query.data.length === 0) {
    results = <ListState variant='empty' text='本社区没有找到此人，可以改为手动填写' />;
  } else {
    results = query.data.map((candidate) => (
      <View
        key={candidate.id}
        className={`party-option${picked?.id === candidate.id ? ' party-option--selected' : ''}`}
        onClick={() => onChange({ ...value, member: candidate })}
      >
        <Text className='party-option__name'>
          {picked?.id === candidate.id ? '✓ ' : ''}
          {candidate.name}
        </Text>
        <Text className='party-option__meta'>{candidate.buildingName ?? ''}</Text>
      </View>
    ));
  }
  return (
    <View className='party-search'>
      <Input
        className='form-field__input party-search__input'
        placeholder='对方姓名'
        value={text}
        maxLength={MAX_SEARCH}
        onChange={(next) => {
          setText(next);
          if (picked && next.trim() !== picked.name) onChange({ ...value, member: null });
        }}
      />
      {results}
    </View>
  );
}

function TypedParty({ communityId, value, onChange, phoneError }: Omit<PartyFieldProps, 'error'>) {
  const [gridId, setGridId] = useState<string | null>(null);
  return (
    <View className='party-typed'>
      <Input
        className='form-field__input party-typed__name'
        placeholder='对方称呼，如：3号楼王先生'
        maxLength={LIMITS.name}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
      />
      <Text className='form-field__sublabel'>对方住在哪栋楼（选填）</Text>
      <PlaceChips
        className='party-typed__grids'
        parentId={communityId}
        selected={gridId ? [gridId] : []}
        emptyText='本社区暂无网格'
        onChange={([id]) => {
          setGridId(id ?? null);
          onChange({ ...value, building: null });
        }}
      />
      {gridId ? (
        <PlaceChips
          className='party-typed__buildings'
          parentId={gridId}
          selected={value.building ? [value.building.id] : []}
          emptyText='该网格暂无楼栋'
          onChange={([id], [name]) => onChange({ ...value, building: id ? { id, name: name ?? '' } : null })}
        />
      ) : null}
      <Input
        className='form-field__input party-typed__phone'
        type='tel'
        placeholder='对方手机号（选填，仅调解员可见）'
        maxLength={13}
        value={value.phone}
        onChange={(phone) => onChange({ ...value, phone })}
      />
      {phoneError ? <Text className='form-error party-field__phone-error'>{phoneError}</Text> : null}
    </View>
  );
}

/** 对方当事人: a member of the community found by name, or a name, a building and a phone typed in. */
export function PartyField(props: PartyFieldProps) {
  const { value, onChange, error } = props;
  return (
    <View className='party-field'>
      <ChoiceChips
        className='party-field__modes'
        options={MODES}
        selected={[value.mode]}
        onChange={([mode]) => onChange({ ...value, mode: mode === 'other' ? 'other' : 'member' })}
      />
      {value.mode === 'member' ? <MemberSearch {...props} /> : <TypedParty {...props} />}
      {error ? <Text className='form-error party-field__error'>{error}</Text> : null}
    </View>
  );
}
