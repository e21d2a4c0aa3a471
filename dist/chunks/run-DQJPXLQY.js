import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-SLW4YAIH.js";
import "./chunk-BK6XIIKB.js";
import "./chunk-XSVA4CAX.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
