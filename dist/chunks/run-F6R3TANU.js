import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-I2Y5CN72.js";
import "./chunk-V4T6A2KP.js";
import "./chunk-XSVA4CAX.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
