import { render } from '@testing-library/react';

import { fakeApi } from '../../test/fake-api';
import { useShareAppMessage } from '../../test/mocks/taro';
import { useShare } from './use-share.weapp';

function SharedPage({ cover }: { cover?: string | null }) {
  useShare(() => ({ title: '社区书法课', path: '/packages/events/pages/detail/index?id=e1', imageUrl: cover }));
  return null;
}

type ShareHandler = () => { title: string; path: string; imageUrl: string };
const shareCard = () => (useShareAppMessage.mock.calls.at(-1)?.[0] as ShareHandler)();

describe('sharing a page to WeChat', () => {
  it('gives a title, the page to open and the event’s cover', () => {
    render(<SharedPage cover='https://cdn.test/cover.jpg' />);
    expect(shareCard()).toEqual({
      title: '社区书法课',
      path: '/packages/events/pages/detail/index?id=e1',
      imageUrl: 'https://cdn.test/cover.jpg',
    });
  });

  it('falls back to the app’s cover, and earns nothing: no call to the API', () => {
    const sent = fakeApi({});
    render(<SharedPage cover={null} />);
    expect(shareCard().imageUrl).toBe('/assets/share/cover.png');
    expect(sent).toHaveLength(0);
  });
});
