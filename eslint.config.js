import tseslint from 'typescript-eslint';

const noHtmlSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: page text must stay text (use textContent).' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML: page text must stay text.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "CallExpression[callee.name='fetch']", message: 'The extension makes no network requests.' },
  { selector: "NewExpression[callee.name='XMLHttpRequest']", message: 'The extension makes no network requests.' },
  { selector: "NewExpression[callee.name='WebSocket']", message: 'The extension makes no network requests.' },
  { selector: "CallExpression[callee.property.name='sendBeacon']", message: 'The extension makes no network requests.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'test-results/**', '.scratch/**', 'public/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/cli/**', 'src/node/**'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlSinks] },
  },
);
