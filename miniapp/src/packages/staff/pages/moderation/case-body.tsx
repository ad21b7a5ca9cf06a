import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  FLAG_REASON_LABELS,
  type FlaggableKind,
  type ModerationCaseView,
  type ModerationSource,
  type ModerationState,
} from '@tongxin/types';

import { formatDateTime } from '@/utils/format-date';

import { ReviewLine } from '../../components/review-card';

export const KIND_LABEL: Record<FlaggableKind, string> = {
  report: '上报',
  photo: '照片',
  event: '活动',
  honour: '光荣榜',
  event_comment: '活动评价',
};

export const SOURCE_LABEL: Record<ModerationSource, string> = {
  keyword: '关键词',
  wechat_text: '微信内容安全',
  wechat_media: '图片检测',
  flags: '用户举报',
};

const STATE_LABEL: Record<ModerationState, string> = {
  held: '审核中（他人不可见）',
  hidden: '已隐藏，待复核',
  passed: '已通过',
  removed: '已移除',
};

/** 辱骂攻击 2、虚假信息 1 */
function reasonsText(item: ModerationCaseView): string {
  return item.reasons.map((r) => `${FLAG_REASON_LABELS[r.reason] ?? r.reason} ${r.count}`).join('、');
}

/** What a moderator needs to decide a case: the words or photo, who wrote it, why it is here. */
export function CaseBody({ item }: { item: ModerationCaseView }) {
  return (
    <>
      <Text className='moderation-case__excerpt'>{item.excerpt || '（无文字）'}</Text>
      {item.photoUrl ? (
        <View
          className='moderation-case__photo'
          onClick={() => Taro.previewImage({ urls: [item.photoUrl ?? ''], current: item.photoUrl ?? '' })}
        >
          <Image className='moderation-case__image' src={item.photoUrl} mode='aspectFill' />
        </View>
      ) : null}
      <ReviewLine label='状态' value={STATE_LABEL[item.state] ?? item.state} />
      <ReviewLine label='来源' value={SOURCE_LABEL[item.source] ?? item.source} />
      {item.flagCount > 0 ? (
        <ReviewLine label='举报' value={`${item.flagCount} 次${item.reasons.length ? `：${reasonsText(item)}` : ''}`} />
      ) : null}
      <ReviewLine label='作者' value={item.authorNickname ?? '未知'} />
      <ReviewLine label='时间' value={formatDateTime(item.createdAt)} />
      {item.decidedAt ? <ReviewLine label='处理时间' value={formatDateTime(item.decidedAt)} /> : null}
      {item.decisionReason ? <ReviewLine label='处理理由' value={item.decisionReason} /> : null}
    </>
  );
}

/** 上报 · 兴旺社区 */
export function caseTitle(item: ModerationCaseView): string {
  return `${KIND_LABEL[item.kind] ?? item.kind} · ${item.placeName}`;
}
