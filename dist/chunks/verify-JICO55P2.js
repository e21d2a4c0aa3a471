import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-BDK43PJG.js";
import "./chunk-FOKF52JH.js";
import "./chunk-5VOWWBDU.js";
import "./chunk-YVMURPIF.js";
import "./chunk-BSJ6EQOO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
