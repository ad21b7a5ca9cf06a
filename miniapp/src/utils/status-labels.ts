import type { ApplicationStatus, BindingStatus } from '@tongxin/types';

export const BINDING_STATUS_LABEL: Record<BindingStatus, string> = {
  pending: '待审核',
  verified: '已认证',
  rejected: '已驳回',
  withdrawn: '已撤回',
};

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  revoked: '已撤销',
  withdrawn: '已撤回',
};
