// H5: the browser asks for location and camera itself; the 隐私政策 page and the login notice cover the rest.
export function installPrivacyHandler(): void {}
