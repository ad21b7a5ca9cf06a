import path from 'node:path';

import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const NUTUI_DESIGN_WIDTH = 375;
const APP_DESIGN_WIDTH = 750;

// h5 is served same-origin behind a proxy; the weapp talks to a local API during development.
const DEFAULT_API_BASE: Record<string, string> = {
  h5: '/api',
  weapp: 'http://127.0.0.1:3000/api',
};

const ABORT_CONTROLLER_POLYFILL = path.resolve(__dirname, '../src/polyfills/abort-controller.ts');

// react-query ships ES2022 private fields: older mini-program engines cannot parse them, and
// Taro's H5 terser settings (quote_keys) corrupt them into `#"e"`. Babel turns them into WeakMaps.
const TRANSPILE_ES2022_DEPS = { include: [(modulePath: string) => modulePath.includes('@tanstack')] };

function apiBase(): string {
  const platform = process.env.TARO_ENV ?? 'weapp';
  return process.env.TARO_APP_API_BASE || DEFAULT_API_BASE[platform] || DEFAULT_API_BASE.weapp;
}

export default defineConfig<'webpack5'>((_merge, { mode }) => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'tongxin-miniapp',
    date: '2026-11-22',
    // NutUI is drawn at 375px; our own styles at 750px.
    designWidth(input) {
      const file = typeof input === 'object' && input?.file ? input.file.replace(/\\+/g, '/') : '';
      return file.includes('@nutui') ? NUTUI_DESIGN_WIDTH : APP_DESIGN_WIDTH;
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // `@/components/…` instead of climbing `../../../../`; tsconfig.json (paths) and jest.config.js mirror it.
    alias: { '@': path.resolve(__dirname, '../src') },
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    env: {
      TARO_APP_API_BASE: JSON.stringify(apiBase()),
    },
    defineConstants: {},
    // The share card's cover is opened by path (WeChat needs a file, not a bundled data URL).
    copy: { patterns: [{ from: 'src/assets/share/', to: `dist/${process.env.TARO_ENV}/assets/share/` }], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: {
      enable: true,
      buildDependencies: { config: [path.join(__dirname, 'index.ts')] },
    },
    mini: {
      compile: TRANSPILE_ES2022_DEPS,
      // Pages import NutUI and our components in different orders; none of their rules overlap, so
      // the order of the shared common.wxss does not matter (same as h5 below).
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        url: { enable: true, config: { limit: 1024 } },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        // The mini-program runtime has no AbortController; @tanstack/query-core creates one per fetch.
        chain.plugin('providerPlugin').tap((args: Array<Record<string, string | string[]>>) => {
          const [provided, ...rest] = args;
          return [{ ...provided, AbortController: [ABORT_CONTROLLER_POLYFILL, 'AbortController'] }, ...rest];
        });
      },
    },
    h5: {
      compile: TRANSPILE_ES2022_DEPS,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      devServer: { host: '127.0.0.1', port: 10086, open: false },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      webpackChain(chain) {
        // Taro splits only initial chunks, so every lazily loaded page repeated NutUI and shared components.
        chain.optimization.merge({ splitChunks: { chunks: 'all' } });
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };
  if (mode === 'development') {
    return { ...config, logger: { quiet: false, stats: true } };
  }
  return config;
});
