export { PrivacyDialog } from './privacy-dialog';
