#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "dist", "chain-sim", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("printchain is not built yet: run `npm run build` (npm start does it for you)\n");
  process.exit(1);
}
require(entry).main(process.argv);
