import { View } from '@tarojs/components';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { useMeQuery } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';

import { type AdminPlace, adminPlaces } from './admin-scope';

/**
 * The place a staff page works under: the caller's only staff place, or the one they pick (a chip per place).
 * `element` is what to show instead of the page while there is none (loading, error, no staff role).
 */
export function useAdminRoot(): { root: AdminPlace | null; roots: AdminPlace[]; element: JSX.Element | null } {
  const me = useMeQuery();
  const roots = adminPlaces(me.data?.roles ?? []);
  const [chosen, setChosen] = useState<string | null>(null);
  const root = roots.find((r) => r.id === chosen) ?? roots[0] ?? null;
  if (me.isPending) return { root: null, roots, element: <ListState variant='loading' /> };
  if (me.isError) {
    return {
      root: null,
      roots,
      element: <ListState variant='error' detail={errorMessage(me.error)} onRetry={() => me.refetch()} />,
    };
  }
  if (!root) return { root: null, roots, element: <ListState variant='empty' text='你没有管理的地点' /> };
  const element =
    roots.length > 1 ? (
      <View className='staff-roots'>
        <ChoiceChips
          options={roots.map((r) => ({ value: r.id, label: r.name }))}
          selected={[root.id]}
          onChange={([id]) => setChosen(id ?? null)}
        />
      </View>
    ) : null;
  return { root, roots, element };
}
