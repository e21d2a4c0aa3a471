import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-544EREAI.js";
import "./chunk-VTUHAP2F.js";
import "./chunk-E7ZWOTJ7.js";
import "./chunk-2M7KVKBQ.js";
import "./chunk-BFJTPQCO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
