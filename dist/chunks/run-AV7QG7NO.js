import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-LZ4SKOJT.js";
import "./chunk-7BITJFC2.js";
import "./chunk-MKJZRJ7Q.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
