import { Text } from '@tarojs/components';

import { EventList } from '../../components/EventList';
import { PageShell } from '../../components/PageShell';
import { UPCOMING_EVENTS } from '../../hooks/use-events-query';

export default function EventsPage() {
  return (
    <PageShell className='events-page'>
      <Text className='page-shell__title'>即将开始的活动</Text>
      <EventList filter={UPCOMING_EVENTS} />
    </PageShell>
  );
}
