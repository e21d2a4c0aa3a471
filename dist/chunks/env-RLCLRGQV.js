import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-HE6JSUJB.js";
import "./chunk-I5SLXWPE.js";
import "./chunk-KE647SMT.js";
import "./chunk-X2NIFK65.js";
import "./chunk-R2Y6HJWT.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
