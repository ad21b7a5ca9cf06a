// Platforms without WeChat's privacy guide (H5, and the type checker and tests) have nothing to install.
export function installPrivacyHandler(): void {}
