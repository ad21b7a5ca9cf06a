// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
const isTest = process.env.NODE_ENV === 'test';

// NutUI is imported per component so its CSS is emitted; jest maps NutUI to a local mock instead.
const nutuiImport = [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    libraryDirectory: 'dist/es/packages',
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
    customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`,
  },
  'nutui-react-taro',
];

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
  plugins: isTest ? [] : [nutuiImport],
};
