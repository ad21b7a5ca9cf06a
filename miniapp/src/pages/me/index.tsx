import './index.scss';

import { Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';

import { PageShell } from '../../components/PageShell';
import { setElderMode, useElderMode } from '../../stores/elder-mode';

export default function MePage() {
  const elder = useElderMode();
  return (
    <PageShell className='me-page'>
      <Text className='page-shell__title'>设置</Text>
      <View className='settings-card'>
        <View className='setting-row elder-mode-setting'>
          <View>
            <Text className='setting-row__label'>长辈模式</Text>
            <Text className='setting-row__hint'>字更大，按钮更好点</Text>
          </View>
          <Switch checked={elder} onChange={(value) => setElderMode(value)} />
        </View>
      </View>
    </PageShell>
  );
}
