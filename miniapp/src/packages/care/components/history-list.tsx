import { Text, View } from '@tarojs/components';
import type { CareRecordChangeView } from '@tongxin/types';

import { formatDateTime } from '@/utils/format-date';

import { CHANGE_ACTION_LABEL, changedFieldsText } from './care-copy';

/** 变更记录: who changed which fields and when — never the values (they are sensitive). */
export function HistoryList({ history }: { history: CareRecordChangeView[] }) {
  return (
    <View className='form-card care-history'>
      <Text className='form-card__title'>变更记录</Text>
      {history.length === 0 ? <Text className='form-hint'>暂无变更</Text> : null}
      {history.map((change, index) => (
        <View key={`${change.at}-${index}`} className={`care-change care-change--${change.action}`}>
          <Text className='care-change__what'>
            {CHANGE_ACTION_LABEL[change.action]}
            {change.fields.length > 0 && change.action !== 'closed' ? `：${changedFieldsText(change.fields)}` : ''}
          </Text>
          <Text className='care-change__meta'>
            {formatDateTime(change.at)}
            {change.actorName ? ` · ${change.actorName}` : ''}
          </Text>
        </View>
      ))}
      <Text className='form-hint care-history__note'>只记录改了哪些项，不保存改动前后的内容</Text>
    </View>
  );
}
