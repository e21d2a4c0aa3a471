import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-IURHPB5P.js";
import "./chunk-EJRCYTLG.js";
import "./chunk-BVU7KQQD.js";
import "./chunk-Y63P2KUV.js";
import "./chunk-OYNFTVYJ.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
