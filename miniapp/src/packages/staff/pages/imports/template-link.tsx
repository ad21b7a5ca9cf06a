// Platforms without a file of their own (the type checker and jest) link as the browser does.
export { TemplateLink } from './template-link.h5';
