import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-43V3QTDG.js";
import "./chunk-YTMMHUZ5.js";
import "./chunk-ASJI2QKN.js";
import "./chunk-LVQEIWRQ.js";
import "./chunk-X24CL36V.js";
import "./chunk-B6JGVCYG.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
