import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';

export const placeNotFound = () => new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
export const unitNotFound = () => new DomainException(ErrorCode.NotFound, '记录不存在');
export const invalidField = (field: string, problem: string) =>
  new DomainException(ErrorCode.ValidationFailed, '请求参数不正确', [{ field, problems: [problem] }]);
export const nameTaken = (name: string) => new DomainException(ErrorCode.Conflict, `同一上级下已有名为“${name}”的地点`);
