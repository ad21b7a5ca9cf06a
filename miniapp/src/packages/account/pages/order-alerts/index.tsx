import './index.scss';

import { Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { type OrderAlertSettings, ReminderTopic } from '@tongxin/types';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { MenuRow } from '@/components/MenuRow';
import { PageShell } from '@/components/PageShell';
import { useAskForReminders } from '@/hooks/use-notifications-query';
import { useOrderAlertsQuery, useUpdateOrderAlertsMutation } from '@/hooks/use-order-alerts-query';
import { errorMessage } from '@/services/api-error';

const NONE = 'none';
/** Quiet hours offered (China time); a window may cross midnight. */
const QUIET_OPTIONS = [
  { value: NONE, label: '不设置' },
  { value: '22:00-07:00', label: '22:00–07:00' },
  { value: '23:00-08:00', label: '23:00–08:00' },
  { value: '21:00-08:00', label: '21:00–08:00' },
  { value: '12:00-14:00', label: '午休 12:00–14:00' },
];

function quietValue(settings: OrderAlertSettings): string {
  return settings.quietStart && settings.quietEnd ? `${settings.quietStart}-${settings.quietEnd}` : NONE;
}

/** 接单提醒: grid members choose whether, and when not, to hear of orders waiting in their grids' hall. */
export default function OrderAlertsPage() {
  const settings = useOrderAlertsQuery();
  const update = useUpdateOrderAlertsMutation();
  const askForReminders = useAskForReminders(ReminderTopic.Order);

  if (settings.isLoading) return <ListState variant='loading' />;
  if (settings.isError || !settings.data) {
    return <ListState variant='error' detail={errorMessage(settings.error)} onRetry={() => settings.refetch()} />;
  }
  const current = settings.data;
  const quiet = quietValue(current);
  const options = QUIET_OPTIONS.some((o) => o.value === quiet)
    ? QUIET_OPTIONS
    : [...QUIET_OPTIONS, { value: quiet, label: quiet.replace('-', '–') }];

  function save(change: Partial<Pick<OrderAlertSettings, 'enabled' | 'quietStart' | 'quietEnd'>>): void {
    update.mutate({ enabled: current.enabled, quietStart: current.quietStart, quietEnd: current.quietEnd, ...change });
  }

  return (
    <PageShell className='order-alerts'>
      <View className='order-alerts__card'>
        <MenuRow
          className='order-alerts__switch'
          label='接单提醒'
          hint='网格里有新工单、工单退回大厅或即将超时时提醒我'
          extra={
            <Switch
              checked={current.enabled}
              onChange={(enabled) => {
                if (enabled) askForReminders();
                save({ enabled });
              }}
            />
          }
        />
        <Text className='order-alerts__hint'>
          消息通知里每个工单都会显示；微信提醒每 {current.windowMinutes} 分钟最多一次，告诉你有几个工单待抢。
        </Text>
      </View>
      {current.enabled ? (
        <View className='order-alerts__card order-alerts__quiet'>
          <Text className='form-field__label'>免打扰时段</Text>
          <ChoiceChips
            options={options}
            selected={[quiet]}
            onChange={([value]) => {
              const [quietStart, quietEnd] = value === NONE ? [null, null] : value.split('-');
              save({ quietStart, quietEnd });
            }}
          />
          <Text className='order-alerts__hint'>免打扰时段内不发微信提醒，工单仍会出现在消息通知和抢单大厅。</Text>
        </View>
      ) : null}
      {update.isError ? <Text className='order-alerts__error'>{errorMessage(update.error)}</Text> : null}
    </PageShell>
  );
}
