import { useQuery } from '@tanstack/react-query';

import { myCommunityKeys } from '@/hooks/use-my-community';
import { getPlace } from '@/services/places';

import type { RecordFormValues } from './record-form-model';

/** The community of the form's grid: known when picked under a community, else the grid's parent, asked once. */
export function useGridCommunity(grid: RecordFormValues['grid']): string | null {
  const place = useQuery({
    queryKey: myCommunityKeys.place(grid?.id ?? ''),
    queryFn: () => getPlace(grid?.id ?? ''),
    enabled: grid !== null && grid.communityId === null,
    staleTime: 5 * 60_000,
  });
  if (!grid) return null;
  return grid.communityId ?? place.data?.parentId ?? null;
}
