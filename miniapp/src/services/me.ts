import {
  ApiRoute,
  type BindingSummary,
  type CreateBindingRequest,
  type MeResponse,
  type UpdateProfileRequest,
} from '@tongxin/types';

import { request } from './request';

export function getMe(): Promise<MeResponse> {
  return request<MeResponse>(ApiRoute.Me);
}

export function updateProfile(body: UpdateProfileRequest): Promise<MeResponse> {
  return request<MeResponse>(ApiRoute.Me, { method: 'PATCH', body });
}

/** Deletes (anonymises) the signed-in account. */
export function deleteAccount(): Promise<void> {
  return request<void>(ApiRoute.Me, { method: 'DELETE' });
}

export function getMyBinding(): Promise<BindingSummary | null> {
  return request<BindingSummary | null>(ApiRoute.MyBinding).then((binding) =>
    typeof binding === 'object' && binding !== null ? binding : null,
  );
}

export function createBinding(body: CreateBindingRequest): Promise<BindingSummary> {
  return request<BindingSummary>(ApiRoute.MyBinding, { method: 'POST', body });
}

export function withdrawBinding(): Promise<void> {
  return request<void>(ApiRoute.MyBinding, { method: 'DELETE' });
}
