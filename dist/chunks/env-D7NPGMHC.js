import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-IGDHUPRC.js";
import "./chunk-Q7VYUYVU.js";
import "./chunk-IZTJNVKQ.js";
import "./chunk-CBU2QKEE.js";
import "./chunk-4L6RXDMH.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
