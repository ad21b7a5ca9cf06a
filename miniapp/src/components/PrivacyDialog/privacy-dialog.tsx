// Platforms without WeChat's privacy guide (H5, and the type checker and tests) show no dialog.
export function PrivacyDialog() {
  return null;
}
