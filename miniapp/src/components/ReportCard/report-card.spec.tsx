import { render, screen } from '@testing-library/react';

import { report } from '../../../test/report-fixtures';
import { ReportCard } from './index';

describe('ReportCard: moderation badge', () => {
  it('shows the reporter where their report stands, and nothing once others see it', () => {
    const { rerender } = render(<ReportCard report={report('r1', {}, { isMine: true, moderation: 'held' })} />);
    expect(screen.getByText('审核中（仅自己可见）')).toBeTruthy();

    rerender(<ReportCard report={report('r1', {}, { isMine: true, moderation: 'hidden' })} />);
    expect(screen.getByText('被举报待复核（仅自己可见）')).toBeTruthy();

    rerender(<ReportCard report={report('r1', {}, { isMine: true, moderation: 'removed' })} />);
    expect(screen.getByText('已被移除')).toBeTruthy();

    rerender(<ReportCard report={report('r1', {}, { isMine: true, moderation: 'passed' })} />);
    expect(document.querySelector('.moderation-badge')).toBeNull();
    rerender(<ReportCard report={report('r1', {}, { isMine: true, moderation: null })} />);
    expect(document.querySelector('.moderation-badge')).toBeNull();
  });
});

describe('ReportCard: 稍后上门', () => {
  it('shows the promised time when there is one', () => {
    const { rerender } = render(
      <ReportCard report={report('r1', { status: 'claimed', promisedAt: '2026-12-05T07:30:00.000Z' })} />,
    );
    expect(screen.getByText('承诺上门：2026年12月5日 15:30')).toBeTruthy();
    rerender(<ReportCard report={report('r1', { status: 'claimed' })} />);
    expect(document.querySelector('.report-card__promise')).toBeNull();
  });
});
