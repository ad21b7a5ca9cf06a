import { act, renderHook } from '@testing-library/react';
import { ErrorCode } from '@tongxin/types';

import { ApiError, ClientErrorCode } from '@/services/api-error';
import { clearSession } from '@/services/session';

import { familyLink } from '../../test/family-fixtures';
import { showToast, taroTest } from '../../test/mocks/taro';
import { signIn } from '../../test/session';
import { asParent, getActingFor, startActingFor, stopActingFor, useActingFor } from './acting-for';

const refused = new ApiError(ErrorCode.ProxyNotAllowed, 403, '您还不能为这位家人代办');

describe('acting for a parent (亲情代办)', () => {
  beforeEach(() => {
    taroTest.reset();
    stopActingFor();
    signIn({ id: 'child-1', nickname: '马丽娜' });
  });

  it('starts only through a link the API lets the caller act for, and stops on 退出代办', () => {
    expect(startActingFor(familyLink({ can: { confirm: false, end: true, actFor: false } }))).toBe(false);
    expect(getActingFor()).toBeNull();

    expect(startActingFor(familyLink())).toBe(true);
    expect(getActingFor()).toEqual({
      linkId: 'link-1',
      parentId: 'parent-1',
      parentName: '马桂芳',
      childId: 'child-1',
    });

    stopActingFor();
    expect(getActingFor()).toBeNull();
  });

  it('is kept in memory only: nothing is written to storage', () => {
    startActingFor(familyLink());
    expect([...taroTest.storage().keys()].filter((key) => !key.startsWith('tongxin.auth'))).toEqual([]);
  });

  it('ends on logout and on a login as someone else, not on a token refresh', () => {
    startActingFor(familyLink());
    signIn({ id: 'child-1', nickname: '马丽娜' });
    expect(getActingFor()?.parentId).toBe('parent-1');

    clearSession();
    expect(getActingFor()).toBeNull();

    signIn({ id: 'child-1', nickname: '马丽娜' });
    startActingFor(familyLink());
    signIn({ id: 'someone-else', nickname: '其其格' });
    expect(getActingFor()).toBeNull();
  });

  it('re-renders the screens that read it', () => {
    const { result } = renderHook(() => useActingFor());
    expect(result.current).toBeNull();
    act(() => {
      startActingFor(familyLink());
    });
    expect(result.current?.parentName).toBe('马桂芳');
    act(() => stopActingFor());
    expect(result.current).toBeNull();
  });

  it('ends when the API refuses a call made for the parent (the link ended meanwhile), and says so', async () => {
    startActingFor(familyLink());
    await expect(asParent('parent-1', () => Promise.reject(refused))).rejects.toBe(refused);
    expect(getActingFor()).toBeNull();
    expect(showToast).toHaveBeenCalledWith({ title: '代办关联已结束，已退出代办', icon: 'none' });
  });

  it('keeps acting through other failures, and through calls made as oneself', async () => {
    startActingFor(familyLink());
    const offline = new ApiError(ClientErrorCode.Network, 0, 'request:fail');
    await expect(asParent('parent-1', () => Promise.reject(offline))).rejects.toBe(offline);
    await expect(asParent(undefined, () => Promise.reject(refused))).rejects.toBe(refused);
    await expect(asParent('parent-1', () => Promise.resolve('ok'))).resolves.toBe('ok');
    expect(getActingFor()?.parentId).toBe('parent-1');
  });
});
