import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-5GVYR2VK.js";
import "./chunk-MTLEUD3C.js";
import "./chunk-MTEQ4EU2.js";
import "./chunk-ACB43GID.js";
import "./chunk-ZATNTGCQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
