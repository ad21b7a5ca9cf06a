// babel-preset-taro reads the target platform while the config loads; tests run as H5.
process.env.TARO_ENV = 'h5';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  setupFiles: ['<rootDir>/test/setup.ts'],
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  // @tongxin/tickets (CommonJS) requires @noble/*, which ship only ES modules.
  transformIgnorePatterns: ['/node_modules/(?!@noble/)'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/mocks/components.tsx',
    '^@nutui/nutui-react-taro$': '<rootDir>/test/mocks/nutui.tsx',
    '\\.(css|scss)$': '<rootDir>/test/mocks/style.ts',
    // The `@/` alias of config/index.ts; after the style mock so `@/styles/*.scss` is mocked too.
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  clearMocks: true,
};
