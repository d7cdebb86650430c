/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/proto", "<rootDir>/chain-sim", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // @noble/* and @scure/* (used by @cosmjs/crypto) ship ESM only; jest's CommonJS runtime needs them transpiled.
  transform: { "^.+\\.[tj]s$": ["ts-jest", { tsconfig: { allowJs: true } }] },
  transformIgnorePatterns: ["/node_modules/(?!(@noble|@scure)/)"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/utils/resultsReporter.js"],
};
