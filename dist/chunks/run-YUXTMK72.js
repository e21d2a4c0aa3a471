import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-ASNX7DO3.js";
import "./chunk-SP5QAIRF.js";
import "./chunk-Y4CZGP3Y.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
