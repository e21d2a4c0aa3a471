import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-47457Y72.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-MHN5CDUM.js";
import "./chunk-2CMLICJD.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
