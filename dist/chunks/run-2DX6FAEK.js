import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-KC56SQ35.js";
import "./chunk-NKP2W6F2.js";
import "./chunk-Y4CZGP3Y.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
