import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-FGCRCOZM.js";
import "./chunk-TFZTCOQT.js";
import "./chunk-Q4H23HOU.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
