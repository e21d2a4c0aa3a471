import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-H4QWZ3LE.js";
import "./chunk-HGKKSUHE.js";
import "./chunk-HORJM5SV.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
