import { Text, View } from '@tarojs/components';
import { IMPORT_THING_LABEL, type ImportCounts, type ImportReport } from '@tongxin/types';

function countsText(c: ImportCounts): string {
  return `新建 ${c.create} · 修改 ${c.change} · 无变化 ${c.unchanged}`;
}

/** What a dry run (or a refused apply) found: the counts, what they are made of, and every bad cell. */
export function ImportReportView({ report, applied }: { report: ImportReport; applied: boolean }) {
  const { counts, breakdown, errors, errorCount } = report;
  return (
    <View className={`import-report${errorCount > 0 ? ' import-report--bad' : ''}`}>
      <Text className='import-report__title'>
        {applied ? '已导入' : errorCount > 0 ? '有问题，不能导入' : '试导入结果（尚未写入）'}
      </Text>
      <Text className='import-report__counts'>
        共 {report.rows} 行：{countsText(counts)}
      </Text>
      {breakdown.length > 0 ? (
        <View className='import-report__breakdown'>
          {breakdown.map((line) => (
            <Text key={line.thing} className='import-report__line'>
              {IMPORT_THING_LABEL[line.thing]}：{countsText(line)}
            </Text>
          ))}
        </View>
      ) : null}
      {errorCount > 0 ? (
        <View className='import-errors'>
          <Text className='import-errors__title'>
            有 {errorCount} 处问题，整个文件都不会导入。请在表格中改正后重新选择文件
            {errorCount > errors.length ? `（下面列出前 ${errors.length} 处）` : ''}：
          </Text>
          <View className='import-errors__table'>
            <View className='import-errors__row import-errors__row--head'>
              <Text className='import-errors__cell import-errors__cell--row'>行</Text>
              <Text className='import-errors__cell import-errors__cell--column'>列</Text>
              <Text className='import-errors__cell import-errors__cell--reason'>原因</Text>
            </View>
            {errors.map((error, i) => (
              <View key={`${error.row}-${error.column}-${i}`} className='import-errors__row'>
                <Text className='import-errors__cell import-errors__cell--row'>第 {error.row} 行</Text>
                <Text className='import-errors__cell import-errors__cell--column'>{error.column}</Text>
                <Text className='import-errors__cell import-errors__cell--reason'>{error.reason}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}
