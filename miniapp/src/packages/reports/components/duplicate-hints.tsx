import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NearbyQuery } from '@tongxin/types';
import { useState } from 'react';

import { placeLine } from '@/components/ReportCard';
import { useMeTooMutation, useNearbyQuery } from '@/hooks/use-reports-query';
import { errorMessage } from '@/services/api-error';

const SHOWN = 3;

/** Reports like this one nearby, before the member files a duplicate: 我也遇到了 adds them to it. */
export function DuplicateHints({ query }: { query: NearbyQuery | null }) {
  const nearby = useNearbyQuery(query);
  const meToo = useMeTooMutation();
  const [joined, setJoined] = useState<string[]>([]);
  const reports = (nearby.data ?? []).filter((report) => !report.isMine).slice(0, SHOWN);
  if (reports.length === 0) return null;

  function join(id: string): void {
    meToo.mutate(id, {
      onSuccess: () => {
        setJoined((current) => [...current, id]);
        Taro.showToast({ title: '已记录，网格员会一并处理', icon: 'none' });
      },
      onError: (error) => Taro.showToast({ title: errorMessage(error), icon: 'none' }),
    });
  }

  return (
    <View className='form-card duplicate-hints'>
      <Text className='form-card__title'>附近已有类似上报</Text>
      <Text className='form-hint'>如果是同一个问题，点“我也遇到了”即可，不必重复上报。</Text>
      {reports.map((report) => {
        const done = joined.includes(report.id);
        return (
          <View key={report.id} className='duplicate-hint'>
            <Text className='duplicate-hint__text'>{report.text}</Text>
            <Text className='duplicate-hint__meta'>
              {placeLine(report)} · {report.meTooCount + (done ? 1 : 0)} 人也遇到了
            </Text>
            <Button
              className='duplicate-hint__me-too big-action'
              type={done ? 'default' : 'primary'}
              fill={done ? 'none' : 'outline'}
              disabled={done}
              loading={meToo.isPending && meToo.variables === report.id}
              onClick={() => join(report.id)}
            >
              {done ? '已记录' : '我也遇到了'}
            </Button>
          </View>
        );
      })}
    </View>
  );
}
