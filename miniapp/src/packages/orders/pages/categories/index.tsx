import '../../components/orders.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { REPORT_KIND_LABEL, type ReportCategoryView } from '@tongxin/types';
import { useState } from 'react';

import { CommunityChips } from '@/components/CommunityChips';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useMyCommunity } from '@/hooks/use-my-community';
import { useCategoriesQuery, useSaveCategoryMutation } from '@/hooks/use-reports-query';
import { errorMessage } from '@/services/api-error';

import { CategoryForm } from '../../components/category-form';

function CategoryRow({ category, onEdit }: { category: ReportCategoryView; onEdit: () => void }) {
  const save = useSaveCategoryMutation();
  const { openHours, claimedHours, inProgressHours } = category.deadlines;
  return (
    <View className={`category-row${category.active ? '' : ' category-row--inactive'}`}>
      <View className='category-row__head'>
        <Text className='category-row__name'>{category.name}</Text>
        <Text className='form-hint'>
          {REPORT_KIND_LABEL[category.kind]}
          {category.active ? '' : ' · 已停用'}
        </Text>
      </View>
      <Text className='category-row__meta'>
        时限：待抢单 {openHours} 小时 · 开始 {claimedHours} 小时 · 处理 {inProgressHours} 小时
      </Text>
      {save.isError ? <Text className='form-error'>{errorMessage(save.error)}</Text> : null}
      <View className='category-row__actions'>
        <Button className='big-action' onClick={onEdit}>
          编辑
        </Button>
        <Button
          className='big-action category-row__toggle'
          loading={save.isPending}
          onClick={() => save.mutate({ id: category.id, update: { active: !category.active } })}
        >
          {category.active ? '停用' : '启用'}
        </Button>
      </View>
    </View>
  );
}

export default function CategoriesPage() {
  const mine = useMyCommunity();
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [editing, setEditing] = useState<ReportCategoryView | 'new' | null>(null);
  const community = picked ?? (mine.data ? { id: mine.data.communityId, name: mine.data.communityName } : null);
  const categories = useCategoriesQuery(community?.id ?? null, true);

  return (
    <PageShell className='categories-page'>
      <Text className='page-shell__title'>{community ? community.name : '选择社区'}</Text>
      {!community && !mine.isPending ? (
        <CommunityChips selected={null} onChange={(id, name) => setPicked({ id, name })} />
      ) : null}
      {community && editing ? (
        <CategoryForm
          key={editing === 'new' ? 'new' : editing.id}
          communityId={community.id}
          category={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {community && !editing ? (
        <Button className='big-action categories-page__add' type='primary' block onClick={() => setEditing('new')}>
          新增分类
        </Button>
      ) : null}
      {categories.isPending && community ? <ListState variant='loading' /> : null}
      {categories.isError ? (
        <ListState variant='error' detail={errorMessage(categories.error)} onRetry={() => categories.refetch()} />
      ) : null}
      {categories.data?.length === 0 ? <ListState variant='empty' text='还没有分类' /> : null}
      {categories.data?.map((category) => (
        <CategoryRow key={category.id} category={category} onEdit={() => setEditing(category)} />
      ))}
      {categories.data && categories.data.length > 0 ? <ListState variant='end' /> : null}
    </PageShell>
  );
}
