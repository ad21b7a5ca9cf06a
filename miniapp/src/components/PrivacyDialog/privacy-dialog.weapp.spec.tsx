import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';

import { PageShell } from '@/components/PageShell';
import { installPrivacyHandler } from '@/services/privacy.weapp';
import { PRIVACY_AGREE_BUTTON_ID, PRIVACY_REFUSED_MESSAGE } from '@/stores/privacy-request';

import { PrivacyDialog } from './privacy-dialog.weapp';

type Resolve = (option: { event: string; buttonId?: string }) => void;

/** Installs the weapp handler and returns what WeChat would call when a privacy API needs the member. */
function wechatAsks(): () => jest.Mock {
  installPrivacyHandler();
  const listener = jest.mocked(Taro.onNeedPrivacyAuthorization).mock.calls[0][0];
  return () => {
    const resolve = jest.fn<void, Parameters<Resolve>>();
    act(() => listener(resolve, { referrer: 'getLocation' }));
    return resolve;
  };
}

describe('weapp privacy guide (wx.onNeedPrivacyAuthorization)', () => {
  it('shows nothing until WeChat holds a privacy API', () => {
    wechatAsks();
    render(<PrivacyDialog />);
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();
  });

  it('asks with our own dialog and lets the held API go on when the member agrees with the open-type button', () => {
    const ask = wechatAsks();
    render(<PrivacyDialog />);
    const resolve = ask();

    expect(screen.getByText('用户隐私保护提示')).toBeTruthy();
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' });
    const agree = screen.getByText('同意');
    expect(agree.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization');
    expect(agree.id).toBe(PRIVACY_AGREE_BUTTON_ID);

    fireEvent.click(screen.getByText('《同心小程序隐私保护指引》'));
    expect(Taro.openPrivacyContract).toHaveBeenCalledTimes(1);

    fireEvent.click(agree);
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID });
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('fails only the held APIs when the member refuses, with a gentle word, and the page stays usable', () => {
    const ask = wechatAsks();
    const onClick = jest.fn();
    // Jest resolves PageShell's own dialog to the H5 one (none); the weapp dialog sits beside the page instead.
    render(
      <>
        <PageShell>
          <button type='button' onClick={onClick}>
            报名活动
          </button>
        </PageShell>
        <PrivacyDialog />
      </>,
    );
    const location = ask();
    const camera = ask();

    fireEvent.click(screen.getByText('不同意'));

    expect(location).toHaveBeenLastCalledWith({ event: 'disagree' });
    expect(camera).toHaveBeenLastCalledWith({ event: 'disagree' });
    expect(Taro.showToast).toHaveBeenCalledWith({ title: PRIVACY_REFUSED_MESSAGE, icon: 'none' });
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();
    fireEvent.click(screen.getByText('报名活动'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
