// The type checker and jest see the mini-program's; H5 pages link to the template instead (template-link.h5.tsx).
export { openTemplate, type TemplateOutcome } from './import-template.weapp';
