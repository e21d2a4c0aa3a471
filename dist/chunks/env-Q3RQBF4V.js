import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-2BWOGGLF.js";
import "./chunk-7QF256HZ.js";
import "./chunk-TW3PQTXG.js";
import "./chunk-BYQF4DHD.js";
import "./chunk-WZFD4PUO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
