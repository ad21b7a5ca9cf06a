import './report-card.scss';

import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  HALL_REASON_LABEL,
  type HallReason,
  type ModerationState,
  ORDER_STATUS_LABEL,
  type PhotoView,
  REPORT_KIND_LABEL,
  type ReportView,
} from '@tongxin/types';
import type { ReactNode } from 'react';

import { formatDateTime } from '@/utils/format-date';

/** The order's state as a coloured tag (待抢单, 处理中, 待确认 …). */
export function OrderStatusTag({ report }: { report: ReportView }) {
  const { status, overdue } = report.order;
  return (
    <Text className={`order-status order-status--${status}${overdue ? ' order-status--overdue' : ''}`}>
      {ORDER_STATUS_LABEL[status] ?? status}
    </Text>
  );
}

/** What the reporter alone is told about their report's moderation (others never see it while it is held). */
const MODERATION_BADGE: Partial<Record<ModerationState, string>> = {
  held: '审核中（仅自己可见）',
  hidden: '被举报待复核（仅自己可见）',
  removed: '已被移除',
};

/** 审核中 / 被举报待复核 / 已被移除 on the reporter's own report; nothing when others see it. */
export function ModerationBadge({ state }: { state: ModerationState | null }) {
  const text = state ? MODERATION_BADGE[state] : undefined;
  if (!state || !text) return null;
  return <Text className={`moderation-badge moderation-badge--${state}`}>{text}</Text>;
}

interface PhotoStripProps {
  photos: PhotoView[];
  className?: string;
  /** Under each thumbnail, outside its tap area (e.g. 举报). */
  footer?: (photo: PhotoView) => ReactNode;
}

/** Thumbnails; a tap opens the full-size photos. */
export function PhotoStrip({ photos, className, footer }: PhotoStripProps) {
  if (photos.length === 0) return null;
  const urls = photos.map((photo) => photo.url);
  return (
    <View className={['photo-strip', className ?? ''].filter(Boolean).join(' ')}>
      {photos.map((photo) => (
        <View key={photo.id} className='photo-strip__cell'>
          <View className='photo-strip__item' onClick={() => Taro.previewImage({ urls, current: photo.url })}>
            <Image className='photo-strip__image' src={photo.thumbUrl} mode='aspectFill' />
          </View>
          {footer?.(photo)}
        </View>
      ))}
    </View>
  );
}

/** Why a hall order ranks where it does: 顺路, 在您的空闲时段, 即将超时. */
export function ReasonChips({ reasons }: { reasons?: HallReason[] }) {
  if (!reasons?.length) return null;
  return (
    <View className='reason-chips'>
      {reasons.map((reason) => (
        <Text key={reason} className={`reason-chip reason-chip--${reason}`}>
          {HALL_REASON_LABEL[reason]}
        </Text>
      ))}
    </View>
  );
}

function formatDistance(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)} 米` : `${(meters / 1000).toFixed(1)} 公里`;
}

export function placeLine(report: ReportView): string {
  return [report.gridName, report.buildingName, report.locationDetail].filter(Boolean).join(' · ');
}

interface ReportCardProps {
  report: ReportView;
  onOpen?: (report: ReportView) => void;
  /** Show the deadline (staff queue). */
  showDeadline?: boolean;
  /** Buttons under the card, e.g. 抢单. */
  children?: ReactNode;
}

/** A report and its order as one card: category, status, text, photos, place and time. */
export function ReportCard({ report, onOpen, showDeadline, children }: ReportCardProps) {
  const { order } = report;
  const classes = ['report-card', `report-card--${order.status}`, order.overdue ? 'report-card--overdue' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <View className={classes}>
      <View className='report-card__body' hoverClass='report-card__body--pressed' onClick={() => onOpen?.(report)}>
        <View className='report-card__head'>
          <Text className='report-card__category'>
            {REPORT_KIND_LABEL[report.kind]} · {report.categoryName}
          </Text>
          <OrderStatusTag report={report} />
        </View>
        <ModerationBadge state={report.moderation} />
        <ReasonChips reasons={report.reasons} />
        <Text className='report-card__text'>{report.text}</Text>
        <PhotoStrip photos={report.photos.slice(0, 3)} />
        <Text className='report-card__meta report-card__place'>{placeLine(report)}</Text>
        {order.distanceMeters !== null ? (
          <Text className='report-card__meta report-card__distance'>距您 {formatDistance(order.distanceMeters)}</Text>
        ) : null}
        {report.preferredTime ? <Text className='report-card__meta'>期望时间：{report.preferredTime}</Text> : null}
        {order.promisedAt ? (
          <Text className='report-card__meta report-card__promise'>承诺上门：{formatDateTime(order.promisedAt)}</Text>
        ) : null}
        {showDeadline && order.deadlineAt ? (
          <Text className='report-card__meta report-card__deadline'>
            {order.overdue ? '已超时 · ' : ''}时限 {formatDateTime(order.deadlineAt)}
          </Text>
        ) : null}
        <Text className='report-card__meta report-card__time'>
          {formatDateTime(report.createdAt)}
          {report.meTooCount > 0 ? ` · ${report.meTooCount} 人也遇到了` : ''}
          {order.handlerNickname ? ` · 处理人 ${order.handlerNickname}` : ''}
        </Text>
      </View>
      {children ? <View className='report-card__actions'>{children}</View> : null}
    </View>
  );
}
