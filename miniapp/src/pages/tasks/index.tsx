import './index.scss';

import { Text, View } from '@tarojs/components';

import { PageShell } from '../../components/PageShell';

export default function TasksPage() {
  return (
    <PageShell className='tasks-page'>
      <View className='coming-soon'>
        <Text className='coming-soon__title'>随手拍 即将上线</Text>
        <Text className='coming-soon__text'>
          看到路灯不亮、井盖松动、楼道堆物，拍一张照片就能上报，网格员会尽快处理并告诉您结果。
        </Text>
      </View>
    </PageShell>
  );
}
