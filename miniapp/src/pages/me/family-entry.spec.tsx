import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';

import { PagePath } from '@/routes';
import { startActingFor, stopActingFor } from '@/stores/acting-for';

import { fakeApi, ok } from '../../../test/fake-api';
import { askingLink, DAUGHTER, familyLink, MUM } from '../../../test/family-fixtures';
import { navigateTo, taroTest } from '../../../test/mocks/taro';
import { signIn } from '../../../test/session';
import { FamilyEntry, familyHint } from './family-entry';

function renderEntry() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <FamilyEntry />
    </QueryClientProvider>,
  );
}

describe('我的 → 亲情代办', () => {
  beforeEach(() => taroTest.reset());
  afterEach(() => act(() => stopActingFor()));

  it('tells a parent that a family member waits for their 同意, and opens the page', async () => {
    signIn({ id: MUM.id, nickname: MUM.name });
    fakeApi({ 'GET family/links': [ok([askingLink()])] });
    renderEntry();
    expect(await screen.findByText('1 位家人申请为您代办，等您同意')).toBeTruthy();
    fireEvent.click(screen.getByText('亲情代办'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.FamilyLinks });
  });

  it('says for whom the member acts, while acting', async () => {
    signIn({ id: DAUGHTER.id, nickname: DAUGHTER.name });
    fakeApi({ 'GET family/links': [ok([familyLink()])] });
    startActingFor(familyLink());
    renderEntry();
    expect(await screen.findByText('正在为 马桂芳 代办')).toBeTruthy();
  });

  it('otherwise says what it is for', () => {
    expect(familyHint(null, 0)).toBe('为父母代办社区事务，或同意家人为您代办');
  });
});
