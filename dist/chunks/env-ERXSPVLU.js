import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-WXVOBMTK.js";
import "./chunk-BNVNAI27.js";
import "./chunk-KNEIYUNF.js";
import "./chunk-MJGDTPAQ.js";
import "./chunk-CQ42KPYP.js";
import "./chunk-7ATFTKWQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
