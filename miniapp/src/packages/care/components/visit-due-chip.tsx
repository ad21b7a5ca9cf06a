import { Text } from '@tarojs/components';
import type { CareRecordSummary } from '@tongxin/types';

import { visitDue } from './care-copy';

/** 逾期N天 in red, 今天应走访, or how long until the next visit. */
export function VisitDueChip({
  record,
}: {
  record: Pick<CareRecordSummary, 'status' | 'overdueDays' | 'nextVisitDue'>;
}) {
  const due = visitDue(record);
  return <Text className={`care-due care-due--${due.tone}`}>{due.text}</Text>;
}
