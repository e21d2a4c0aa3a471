import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-S2IRQYF2.js";
import "./chunk-HTJBVFZC.js";
import "./chunk-OQFZQIY4.js";
import "./chunk-FOKF52JH.js";
import "./chunk-5VOWWBDU.js";
import "./chunk-BSJ6EQOO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
