import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-NVSMHYNO.js";
import "./chunk-CUNORTFM.js";
import "./chunk-CRC7KCAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
