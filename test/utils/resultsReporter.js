"use strict";
// Writes jest's aggregated results (the same object `jest --json` prints) to test-results/jest.json,
// so CI can count passed and failed tests while running exactly `npm test`.
const { mkdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

class ResultsFileReporter {
  constructor(globalConfig) {
    this.file = join(globalConfig.rootDir, "test-results", "jest.json");
  }

  onRunComplete(_contexts, results) {
    mkdirSync(join(this.file, ".."), { recursive: true });
    const { numPassedTests, numFailedTests, numPendingTests, numTotalTests, numFailedTestSuites, numRuntimeErrorTestSuites, success, startTime } = results;
    const failures = results.testResults
      .filter((suite) => suite.numFailingTests > 0 || suite.testExecError)
      .map((suite) => ({ file: suite.testFilePath, message: suite.failureMessage }));
    writeFileSync(
      this.file,
      `${JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numTotalTests, numFailedTestSuites, numRuntimeErrorTestSuites, success, startTime, failures }, null, 2)}\n`,
    );
  }
}

module.exports = ResultsFileReporter;
