import { Text, View } from '@tarojs/components';
import { IMPORT_KIND_LABEL, IMPORT_STATUS_LABEL, type ImportSummary } from '@tongxin/types';

import { InfiniteList } from '@/components/InfiniteList';
import { useImportsQuery } from '@/hooks/use-imports-query';
import { formatDateTime } from '@/utils/format-date';

function ImportRow({ item }: { item: ImportSummary }) {
  const { counts } = item;
  return (
    <View className={`import-row import-row--${item.status}`}>
      <View className='import-row__head'>
        <Text className='import-row__kind'>{IMPORT_KIND_LABEL[item.kind]}</Text>
        <Text className={`import-row__status import-row__status--${item.status}`}>
          {IMPORT_STATUS_LABEL[item.status]}
        </Text>
      </View>
      <Text className='import-row__meta'>
        {item.scopeName} · {item.actorName} · {formatDateTime(item.createdAt)}
      </Text>
      {item.fileName ? <Text className='import-row__file'>{item.fileName}</Text> : null}
      <Text className='import-row__counts'>
        {item.status === 'rejected'
          ? `${item.rows} 行，${item.errorCount} 处问题，未写入`
          : `${item.rows} 行：新建 ${counts.create} · 修改 ${counts.change} · 无变化 ${counts.unchanged}`}
      </Text>
    </View>
  );
}

/** 导入记录: every import into the caller's places, written or refused, newest first. */
export function ImportHistory() {
  const query = useImportsQuery();
  return (
    <View className='import-history'>
      <Text className='import-history__title'>导入记录</Text>
      <InfiniteList<ImportSummary>
        className='import-history__list'
        query={query}
        emptyText='还没有导入过数据'
        renderItem={(item) => <ImportRow key={item.id} item={item} />}
      />
    </View>
  );
}
