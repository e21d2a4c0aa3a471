import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-PG6O6CNN.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-UC5OWBEX.js";
import "./chunk-5NZOQL4J.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
