import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-TLQ3GMBR.js";
import "./chunk-J4TR3OI6.js";
import "./chunk-NEXELDRG.js";
import "./chunk-MHN5CDUM.js";
import "./chunk-2CMLICJD.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
