// Compiles each JSON Schema named on the command line with Ajv's defaults for draft
// 2020-12, strict mode included, and fails on the first one it refuses. Warnings that
// strict mode only logs count as refusals too.
"use strict";
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const fs = require("fs");

let failed = false;
for (const file of process.argv.slice(2)) {
  const warnings = [];
  const logger = { log() {}, warn: (...parts) => warnings.push(parts.join(" ")), error: (...parts) => warnings.push(parts.join(" ")) };
  const ajv = new Ajv2020({ logger });
  addFormats(ajv);
  try {
    ajv.compile(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch (error) {
    warnings.push(error.message);
  }
  if (warnings.length > 0) {
    failed = true;
    console.error(`${file}: ${warnings.join("; ")}`);
  } else {
    console.log(`interop: ${file} compiles in Ajv's strict mode`);
  }
}
process.exit(failed ? 1 : 0);
