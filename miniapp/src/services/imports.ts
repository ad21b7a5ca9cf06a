import { ApiRoute, type ImportKind, type ImportSummary, type ListImportsQuery, type Page } from '@tongxin/types';

import { buildUrl, pageOf, request } from './request';

/** Staff: past imports into the caller's streets and communities, newest first. */
export function listImports(query: ListImportsQuery): Promise<Page<ImportSummary>> {
  return request<Page<ImportSummary>>(ApiRoute.Imports, { query: { kind: query.kind, ...pageOf(query) } });
}

/** The blank template of a kind; public, so a plain link can fetch it. */
export function importTemplateUrl(kind: ImportKind): string {
  return buildUrl(ApiRoute.ImportTemplate(kind));
}
