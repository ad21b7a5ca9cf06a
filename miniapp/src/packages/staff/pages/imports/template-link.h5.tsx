import { IMPORT_KIND_LABEL, type ImportKind } from '@tongxin/types';

import { importTemplateUrl } from '@/services/imports';

/** H5: a plain link (the template is public), so a desk browser downloads or opens it as it likes. */
export function TemplateLink({ kind }: { kind: ImportKind }) {
  return (
    <a className='template-link' href={importTemplateUrl(kind)} download>
      下载模板：{IMPORT_KIND_LABEL[kind]}.xlsx
    </a>
  );
}
