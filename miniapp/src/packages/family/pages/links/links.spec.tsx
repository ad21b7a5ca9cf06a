import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { PagePath } from '@/routes';
import { clearSession } from '@/services/session';
import { getActingFor, startActingFor, stopActingFor } from '@/stores/acting-for';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { askingLink, DAUGHTER, familyAct, familyLink, MUM } from '../../../../../test/family-fixtures';
import { navigateTo, switchTab, taroTest } from '../../../../../test/mocks/taro';
import { signIn } from '../../../../../test/session';
import FamilyLinksPage from './index';

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <FamilyLinksPage />
    </QueryClientProvider>,
  );
}

function cardOf(title: string): HTMLElement {
  return screen.getByText(title).closest('.family-link') as HTMLElement;
}

describe('亲情代办 as the family member', () => {
  beforeEach(() => {
    taroTest.reset();
    stopActingFor();
    signIn({ id: DAUGHTER.id, nickname: DAUGHTER.name });
  });

  it('starts acting for her mother: the banner and the acting screens appear, 退出代办 ends it', async () => {
    fakeApi({ 'GET family/links': [ok([familyLink()])] });
    renderPage();

    await screen.findByText('为 马桂芳 代办');
    expect(within(cardOf('为 马桂芳 代办')).getByText('已生效')).toBeTruthy();
    expect(screen.getByText('马桂芳本人已同意（2026年12月1日）')).toBeTruthy();
    expect(screen.queryByText('正在为 马桂芳 代办')).toBeNull();

    fireEvent.click(screen.getByText('开始代办'));
    expect(getActingFor()?.parentId).toBe(MUM.id);
    expect(await screen.findByText('正在为 马桂芳 代办')).toBeTruthy();
    expect(screen.getByText('正在代办')).toBeTruthy();
    fireEvent.click(screen.getByText('帮马桂芳提需求'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.NewReport('need') });
    fireEvent.click(screen.getByText('马桂芳的上报'));
    expect(switchTab).toHaveBeenCalledWith({ url: PagePath.Tasks });

    fireEvent.click(screen.getByText('退出代办'));
    expect(getActingFor()).toBeNull();
    expect(screen.queryByText('正在为 马桂芳 代办')).toBeNull();
    expect(screen.getByText('开始代办')).toBeTruthy();
  });

  it('shows what she did for her mother under 代办记录', async () => {
    fakeApi({
      'GET family/links': [ok([familyLink()])],
      'GET family/links/link-1/acts': [ok([familyAct('代为提交需求或问题')])],
    });
    renderPage();
    fireEvent.click(await screen.findByText('代办记录'));
    expect(await screen.findByText('马丽娜 代为提交需求或问题')).toBeTruthy();
    expect(screen.getByText('收起代办记录')).toBeTruthy();
  });

  it('asks to act for a parent by phone and relation, checked before it is sent', async () => {
    const sent = fakeApi({
      'GET family/links': [ok([])],
      'POST family/links': [ok([familyLink({ status: 'pending', can: { confirm: false, end: true, actFor: false } })])],
    });
    renderPage();
    expect(await screen.findByText('还没有关联的家人')).toBeTruthy();

    fireEvent.click(screen.getByText('提交申请'));
    expect(screen.getByText('请填写手机号')).toBeTruthy();
    expect(screen.getByText('请选择关系')).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('11 位手机号'), { target: { value: '138 0000 0102' } });
    fireEvent.click(screen.getByText('女儿'));
    fireEvent.click(screen.getByText('提交申请'));

    expect(await screen.findByText(/申请已提交/)).toBeTruthy();
    expect(sent.find((s) => s.method === 'POST')?.data).toEqual({ parentPhone: '13800000102', relation: '女儿' });
    expect(screen.getByText('等待马桂芳在自己的手机上同意')).toBeTruthy();
    expect(screen.queryByText('开始代办')).toBeNull();
  });

  it('ends the link she acts through: acting ends with it', async () => {
    const sent = fakeApi({
      'GET family/links': [ok([familyLink()])],
      'POST family/links/link-1/end': [
        ok([
          familyLink({
            status: 'ended',
            endedAt: '2026-12-03T02:00:00.000Z',
            can: { confirm: false, end: false, actFor: false },
          }),
        ]),
      ],
    });
    startActingFor(familyLink());
    renderPage();

    fireEvent.click(await screen.findByText('结束关联'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('结束后您不能再为马桂芳代办，需要时可以重新申请。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '结束关联' }));

    expect(await screen.findByText('已结束')).toBeTruthy();
    expect(sent.some((s) => s.method === 'POST' && s.url.endsWith('/family/links/link-1/end'))).toBe(true);
    expect(getActingFor()).toBeNull();
    expect(screen.queryByText('正在为 马桂芳 代办')).toBeNull();
  });
});

describe('亲情代办 as the parent', () => {
  beforeEach(() => {
    taroTest.reset();
    stopActingFor();
    signIn({ id: MUM.id, nickname: MUM.name });
  });

  it('explains what her daughter will be able to do, and 同意 confirms it', async () => {
    const sent = fakeApi({
      'GET family/links': [ok([askingLink()])],
      'POST family/links/link-1/confirm': [ok([familyLink({ can: { confirm: false, end: true, actFor: false } })])],
    });
    renderPage();

    expect(await screen.findByText('家人为我代办')).toBeTruthy();
    expect(screen.getByText('马丽娜（女儿）申请为您代办社区的事。同意后，TA可以：')).toBeTruthy();
    expect(screen.getByText('· 网格员办完后，替您确认解决或退回重办')).toBeTruthy();
    expect(screen.getByText(/不能用您的积分/)).toBeTruthy();
    expect(screen.getByText('不同意')).toBeTruthy();
    // A parent never acts for their child through the link.
    expect(screen.queryByText('开始代办')).toBeNull();

    fireEvent.click(screen.getByText('同意'));
    expect(await screen.findByText('已生效')).toBeTruthy();
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.url)).toEqual([
      'http://api.test/api/family/links/link-1/confirm',
    ]);
    expect(screen.queryByText('同意')).toBeNull();
    expect(screen.getByText('结束关联')).toBeTruthy();
  });

  it('reads 代办记录 of what was done on her behalf', async () => {
    fakeApi({
      'GET family/links': [ok([familyLink({ can: { confirm: false, end: true, actFor: false } })])],
      'GET family/links/link-1/acts': [
        ok([familyAct('代为确认完成', '2026-12-03T03:00:00.000Z'), familyAct('代为提交需求或问题')]),
      ],
    });
    renderPage();
    expect(await screen.findByText('马丽娜 为我代办')).toBeTruthy();
    expect(screen.getByText('TA是我的女儿')).toBeTruthy();
    fireEvent.click(screen.getByText('代办记录'));
    await waitFor(() =>
      expect(screen.getAllByText(/^马丽娜 代为/).map((el) => el.textContent)).toEqual([
        '马丽娜 代为确认完成',
        '马丽娜 代为提交需求或问题',
      ]),
    );
  });
});

describe('亲情代办 signed out', () => {
  beforeEach(() => {
    taroTest.reset();
    clearSession();
  });

  it('asks to log in and calls nothing', () => {
    const sent = fakeApi({});
    renderPage();
    expect(screen.getByText('登录后为家人代办，或同意家人为您代办')).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
