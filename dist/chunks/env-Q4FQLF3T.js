import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-PL7OJJG5.js";
import "./chunk-I6GH57JS.js";
import "./chunk-E4YSJVEA.js";
import "./chunk-UOS4SI7Z.js";
import "./chunk-GEDVBR3Z.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
