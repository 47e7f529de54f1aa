// Tests are TypeScript run as native ESM: ts-jest transpiles each file (isolatedModules, no
// type-check here: `npm run typecheck` does that once for the whole tree).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
};
