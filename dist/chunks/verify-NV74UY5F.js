import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-33QE2CW6.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-ACB43GID.js";
import "./chunk-ZATNTGCQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
