import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-D5RU6OS7.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-2M7KVKBQ.js";
import "./chunk-BFJTPQCO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
