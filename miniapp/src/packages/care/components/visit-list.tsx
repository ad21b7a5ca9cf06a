import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CareVisitView } from '@tongxin/types';

import { PhotoStrip } from '@/components/ReportCard';
import { PagePath } from '@/routes';
import { formatDateTime } from '@/utils/format-date';

interface VisitListProps {
  visits: CareVisitView[];
  /** 转为需求 for a visit without a follow-up yet; absent when the reader may not. */
  onFollowUp?: (visit: CareVisitView) => void;
}

/** 走访记录, newest first: when, who, what was found, photos, where (about 100 m), and the need it became. */
export function VisitList({ visits, onFollowUp }: VisitListProps) {
  return (
    <View className='form-card care-visits'>
      <Text className='form-card__title'>走访记录</Text>
      {visits.length === 0 ? <Text className='form-hint'>还没有走访记录</Text> : null}
      {visits.map((visit) => (
        <View key={visit.id} className='care-visit'>
          <Text className='care-visit__meta'>
            {formatDateTime(visit.visitedAt)}
            {visit.visitorName ? ` · ${visit.visitorName}` : ''}
            {visit.location ? ' · 已记录大致位置' : ''}
          </Text>
          <Text className='care-visit__findings'>{visit.findings}</Text>
          <PhotoStrip className='care-visit__photos' photos={visit.photos} />
          {visit.followUpReportId ? (
            <Text
              className='staff-link care-visit__need'
              onClick={() => Taro.navigateTo({ url: PagePath.ReportDetail(visit.followUpReportId ?? '') })}
            >
              已转为需求，查看办理进度 ›
            </Text>
          ) : onFollowUp ? (
            <Button className='care-visit__follow-up' size='small' onClick={() => onFollowUp(visit)}>
              转为需求
            </Button>
          ) : null}
        </View>
      ))}
    </View>
  );
}
