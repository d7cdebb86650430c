/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $String = $util.global.String, $Array = $util.global.Array, $BigInt = $util.global.BigInt;

// Exported root namespace
var $root = $protobuf.roots["printchain"] || ($protobuf.roots["printchain"] = {});

$root.printchain = (function() {

    /**
     * Namespace printchain.
     * @exports printchain
     * @namespace
     */
    var printchain = {};

    printchain.base = (function() {

        /**
         * Namespace base.
         * @memberof printchain
         * @namespace
         */
        var base = {};

        base.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof printchain.base
             * @namespace
             */
            var v1 = {};

            v1.PageRequest = (function() {

                /**
                 * Properties of a PageRequest.
                 * @typedef {Object} printchain.base.v1.PageRequest.$Properties
                 * @property {Uint8Array|null} [key] PageRequest key
                 * @property {number|Long|null} [offset] PageRequest offset
                 * @property {number|Long|null} [limit] PageRequest limit
                 * @property {boolean|null} [countTotal] PageRequest countTotal
                 * @property {boolean|null} [reverse] PageRequest reverse
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageRequest.
                 * @memberof printchain.base.v1
                 * @interface IPageRequest
                 * @augments printchain.base.v1.PageRequest.$Properties
                 * @deprecated Use printchain.base.v1.PageRequest.$Properties instead.
                 */

                /**
                 * Shape of a PageRequest.
                 * @typedef {printchain.base.v1.PageRequest.$Properties} printchain.base.v1.PageRequest.$Shape
                 */

                /**
                 * Constructs a new PageRequest.
                 * @memberof printchain.base.v1
                 * @classdesc Represents a PageRequest.
                 * @constructor
                 * @param {printchain.base.v1.PageRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PageRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageRequest key.
                 * @member {Uint8Array} key
                 * @memberof printchain.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.key = $util.newBuffer([]);

                /**
                 * PageRequest offset.
                 * @member {number|Long} offset
                 * @memberof printchain.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageRequest limit.
                 * @member {number|Long} limit
                 * @memberof printchain.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageRequest countTotal.
                 * @member {boolean} countTotal
                 * @memberof printchain.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.countTotal = false;

                /**
                 * PageRequest reverse.
                 * @member {boolean} reverse
                 * @memberof printchain.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.reverse = false;

                /**
                 * Creates a new PageRequest instance using the specified properties.
                 * @function create
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {printchain.base.v1.PageRequest.$Properties=} [properties] Properties to set
                 * @returns {printchain.base.v1.PageRequest} PageRequest instance
                 * @type {{
                 *   (properties: printchain.base.v1.PageRequest.$Shape): printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape;
                 *   (properties?: printchain.base.v1.PageRequest.$Properties): printchain.base.v1.PageRequest;
                 * }}
                 */
                PageRequest.create = function(properties) {
                    return new PageRequest(properties);
                };

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link printchain.base.v1.PageRequest.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {printchain.base.v1.PageRequest.$Properties} message PageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.limit);
                    if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal") && message.countTotal !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.countTotal);
                    if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse") && message.reverse !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reverse);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PageRequest message, length delimited. Does not implicitly {@link printchain.base.v1.PageRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {printchain.base.v1.PageRequest.$Properties} message PageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.base.v1.PageRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.countTotal = value;
                                else
                                    delete message.countTotal;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.reverse = value;
                                else
                                    delete message.reverse;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PageRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PageRequest message.
                 * @function verify
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PageRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                        if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                            return "offset: integer|Long expected";
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                            return "limit: integer|Long expected";
                    if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal"))
                        if (typeof message.countTotal !== "boolean")
                            return "countTotal: boolean expected";
                    if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse"))
                        if (typeof message.reverse !== "boolean")
                            return "reverse: boolean expected";
                    return null;
                };

                /**
                 * Creates a PageRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.base.v1.PageRequest} PageRequest
                 */
                PageRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.base.v1.PageRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.base.v1.PageRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.base.v1.PageRequest();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.offset != null)
                        if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                            if ($util.Long)
                                message.offset = $util.Long.fromValue(object.offset, true);
                            else if (typeof object.offset === "string")
                                message.offset = $parseInt(object.offset, 10);
                            else if (typeof object.offset === "number")
                                message.offset = object.offset;
                            else if (typeof object.offset === "object")
                                message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                    if (object.limit != null)
                        if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                            if ($util.Long)
                                message.limit = $util.Long.fromValue(object.limit, true);
                            else if (typeof object.limit === "string")
                                message.limit = $parseInt(object.limit, 10);
                            else if (typeof object.limit === "number")
                                message.limit = object.limit;
                            else if (typeof object.limit === "object")
                                message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                    if (object.countTotal != null)
                        if (object.countTotal)
                            message.countTotal = $Boolean(object.countTotal);
                    if (object.reverse != null)
                        if (object.reverse)
                            message.reverse = $Boolean(object.reverse);
                    return message;
                };

                /**
                 * Creates a plain object from a PageRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {printchain.base.v1.PageRequest} message PageRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PageRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.countTotal = false;
                        object.reverse = false;
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                        else if (typeof message.offset === "number")
                            object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                        else
                            object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                        else if (typeof message.limit === "number")
                            object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                        else
                            object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                    if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal"))
                        object.countTotal = message.countTotal;
                    if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse"))
                        object.reverse = message.reverse;
                    return object;
                };

                /**
                 * Converts this PageRequest to JSON.
                 * @function toJSON
                 * @memberof printchain.base.v1.PageRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PageRequest.prototype.toJSON = function() {
                    return PageRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PageRequest
                 * @function getTypeUrl
                 * @memberof printchain.base.v1.PageRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PageRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.base.v1.PageRequest";
                };

                return PageRequest;
            })();

            v1.PageResponse = (function() {

                /**
                 * Properties of a PageResponse.
                 * @typedef {Object} printchain.base.v1.PageResponse.$Properties
                 * @property {Uint8Array|null} [nextKey] PageResponse nextKey
                 * @property {number|Long|null} [total] PageResponse total
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageResponse.
                 * @memberof printchain.base.v1
                 * @interface IPageResponse
                 * @augments printchain.base.v1.PageResponse.$Properties
                 * @deprecated Use printchain.base.v1.PageResponse.$Properties instead.
                 */

                /**
                 * Shape of a PageResponse.
                 * @typedef {printchain.base.v1.PageResponse.$Properties} printchain.base.v1.PageResponse.$Shape
                 */

                /**
                 * Constructs a new PageResponse.
                 * @memberof printchain.base.v1
                 * @classdesc Represents a PageResponse.
                 * @constructor
                 * @param {printchain.base.v1.PageResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PageResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageResponse nextKey.
                 * @member {Uint8Array} nextKey
                 * @memberof printchain.base.v1.PageResponse
                 * @instance
                 */
                PageResponse.prototype.nextKey = $util.newBuffer([]);

                /**
                 * PageResponse total.
                 * @member {number|Long} total
                 * @memberof printchain.base.v1.PageResponse
                 * @instance
                 */
                PageResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PageResponse instance using the specified properties.
                 * @function create
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {printchain.base.v1.PageResponse.$Properties=} [properties] Properties to set
                 * @returns {printchain.base.v1.PageResponse} PageResponse instance
                 * @type {{
                 *   (properties: printchain.base.v1.PageResponse.$Shape): printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape;
                 *   (properties?: printchain.base.v1.PageResponse.$Properties): printchain.base.v1.PageResponse;
                 * }}
                 */
                PageResponse.create = function(properties) {
                    return new PageResponse(properties);
                };

                /**
                 * Encodes the specified PageResponse message. Does not implicitly {@link printchain.base.v1.PageResponse.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {printchain.base.v1.PageResponse.$Properties} message PageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey") && message.nextKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nextKey);
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PageResponse message, length delimited. Does not implicitly {@link printchain.base.v1.PageResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {printchain.base.v1.PageResponse.$Properties} message PageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PageResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.base.v1.PageResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nextKey = value;
                                else
                                    delete message.nextKey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.total = value;
                                else
                                    delete message.total;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PageResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PageResponse message.
                 * @function verify
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PageResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey"))
                        if (!(message.nextKey && typeof message.nextKey.length === "number" || $util.isString(message.nextKey)))
                            return "nextKey: buffer expected";
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                        if (!$util.isInteger(message.total) && !(message.total && $util.isInteger(message.total.low) && $util.isInteger(message.total.high)))
                            return "total: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a PageResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.base.v1.PageResponse} PageResponse
                 */
                PageResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.base.v1.PageResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.base.v1.PageResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.base.v1.PageResponse();
                    if (object.nextKey != null)
                        if (object.nextKey.length)
                            if (typeof object.nextKey === "string")
                                $util.base64.decode(object.nextKey, message.nextKey = $util.newBuffer($util.base64.length(object.nextKey)), 0);
                            else if (object.nextKey.length >= 0)
                                message.nextKey = object.nextKey;
                    if (object.total != null)
                        if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                            if ($util.Long)
                                message.total = $util.Long.fromValue(object.total, true);
                            else if (typeof object.total === "string")
                                message.total = $parseInt(object.total, 10);
                            else if (typeof object.total === "number")
                                message.total = object.total;
                            else if (typeof object.total === "object")
                                message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PageResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {printchain.base.v1.PageResponse} message PageResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PageResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.nextKey = "";
                        else {
                            object.nextKey = [];
                            if (options.bytes !== $Array)
                                object.nextKey = $util.newBuffer(object.nextKey);
                        }
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey"))
                        object.nextKey = options.bytes === $String ? $util.base64.encode(message.nextKey, 0, message.nextKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextKey) : message.nextKey;
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                        else if (typeof message.total === "number")
                            object.total = options.longs === $String ? $String(message.total) : message.total;
                        else
                            object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                    return object;
                };

                /**
                 * Converts this PageResponse to JSON.
                 * @function toJSON
                 * @memberof printchain.base.v1.PageResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PageResponse.prototype.toJSON = function() {
                    return PageResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PageResponse
                 * @function getTypeUrl
                 * @memberof printchain.base.v1.PageResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PageResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.base.v1.PageResponse";
                };

                return PageResponse;
            })();

            return v1;
        })();

        return base;
    })();

    printchain.printers = (function() {

        /**
         * Namespace printers.
         * @memberof printchain
         * @namespace
         */
        var printers = {};

        printers.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof printchain.printers
             * @namespace
             */
            var v1 = {};

            v1.EventPrinterRegistered = (function() {

                /**
                 * Properties of an EventPrinterRegistered.
                 * @typedef {Object} printchain.printers.v1.EventPrinterRegistered.$Properties
                 * @property {string|null} [printerId] EventPrinterRegistered printerId
                 * @property {string|null} [owner] EventPrinterRegistered owner
                 * @property {printchain.printers.v1.Technology|null} [technology] EventPrinterRegistered technology
                 * @property {string|null} [region] EventPrinterRegistered region
                 * @property {number|null} [latitudeUdeg] EventPrinterRegistered latitudeUdeg
                 * @property {number|null} [longitudeUdeg] EventPrinterRegistered longitudeUdeg
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EventPrinterRegistered.
                 * @memberof printchain.printers.v1
                 * @interface IEventPrinterRegistered
                 * @augments printchain.printers.v1.EventPrinterRegistered.$Properties
                 * @deprecated Use printchain.printers.v1.EventPrinterRegistered.$Properties instead.
                 */

                /**
                 * Shape of an EventPrinterRegistered.
                 * @typedef {printchain.printers.v1.EventPrinterRegistered.$Properties} printchain.printers.v1.EventPrinterRegistered.$Shape
                 */

                /**
                 * Constructs a new EventPrinterRegistered.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents an EventPrinterRegistered.
                 * @constructor
                 * @param {printchain.printers.v1.EventPrinterRegistered.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var EventPrinterRegistered = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EventPrinterRegistered printerId.
                 * @member {string} printerId
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @instance
                 */
                EventPrinterRegistered.prototype.printerId = "";

                /**
                 * EventPrinterRegistered owner.
                 * @member {string} owner
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @instance
                 */
                EventPrinterRegistered.prototype.owner = "";

                /**
                 * EventPrinterRegistered technology.
                 * @member {printchain.printers.v1.Technology} technology
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @instance
                 */
                EventPrinterRegistered.prototype.technology = 0;

                /**
                 * EventPrinterRegistered region.
                 * @member {string} region
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @instance
                 */
                EventPrinterRegistered.prototype.region = "";

                /**
                 * EventPrinterRegistered latitudeUdeg.
                 * @member {number} latitudeUdeg
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @instance
                 */
                EventPrinterRegistered.prototype.latitudeUdeg = 0;

                /**
                 * EventPrinterRegistered longitudeUdeg.
                 * @member {number} longitudeUdeg
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @instance
                 */
                EventPrinterRegistered.prototype.longitudeUdeg = 0;

                /**
                 * Creates a new EventPrinterRegistered instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {printchain.printers.v1.EventPrinterRegistered.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.EventPrinterRegistered} EventPrinterRegistered instance
                 * @type {{
                 *   (properties: printchain.printers.v1.EventPrinterRegistered.$Shape): printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape;
                 *   (properties?: printchain.printers.v1.EventPrinterRegistered.$Properties): printchain.printers.v1.EventPrinterRegistered;
                 * }}
                 */
                EventPrinterRegistered.create = function(properties) {
                    return new EventPrinterRegistered(properties);
                };

                /**
                 * Encodes the specified EventPrinterRegistered message. Does not implicitly {@link printchain.printers.v1.EventPrinterRegistered.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {printchain.printers.v1.EventPrinterRegistered.$Properties} message EventPrinterRegistered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventPrinterRegistered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId") && message.printerId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.printerId);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.technology != null && $Object.hasOwnProperty.call(message, "technology") && message.technology !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.technology);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.region);
                    if (message.latitudeUdeg != null && $Object.hasOwnProperty.call(message, "latitudeUdeg") && message.latitudeUdeg !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.latitudeUdeg);
                    if (message.longitudeUdeg != null && $Object.hasOwnProperty.call(message, "longitudeUdeg") && message.longitudeUdeg !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.longitudeUdeg);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified EventPrinterRegistered message, length delimited. Does not implicitly {@link printchain.printers.v1.EventPrinterRegistered.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {printchain.printers.v1.EventPrinterRegistered.$Properties} message EventPrinterRegistered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventPrinterRegistered.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an EventPrinterRegistered message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape} EventPrinterRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventPrinterRegistered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.EventPrinterRegistered();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.printerId = value;
                                else
                                    delete message.printerId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.technology = value;
                                else
                                    delete message.technology;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.latitudeUdeg = value;
                                else
                                    delete message.latitudeUdeg;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.longitudeUdeg = value;
                                else
                                    delete message.longitudeUdeg;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an EventPrinterRegistered message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape} EventPrinterRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventPrinterRegistered.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an EventPrinterRegistered message.
                 * @function verify
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                EventPrinterRegistered.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId"))
                        if (!$util.isString(message.printerId))
                            return "printerId: string expected";
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        if (!$util.isString(message.owner))
                            return "owner: string expected";
                    if (message.technology != null && $Object.hasOwnProperty.call(message, "technology"))
                        if (typeof message.technology !== "number" || (message.technology | 0) !== message.technology)
                            return "technology: enum value expected";
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        if (!$util.isString(message.region))
                            return "region: string expected";
                    if (message.latitudeUdeg != null && $Object.hasOwnProperty.call(message, "latitudeUdeg"))
                        if (!$util.isInteger(message.latitudeUdeg))
                            return "latitudeUdeg: integer expected";
                    if (message.longitudeUdeg != null && $Object.hasOwnProperty.call(message, "longitudeUdeg"))
                        if (!$util.isInteger(message.longitudeUdeg))
                            return "longitudeUdeg: integer expected";
                    return null;
                };

                /**
                 * Creates an EventPrinterRegistered message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.EventPrinterRegistered} EventPrinterRegistered
                 */
                EventPrinterRegistered.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.EventPrinterRegistered)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.EventPrinterRegistered: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.EventPrinterRegistered();
                    if (object.printerId != null)
                        if (typeof object.printerId !== "string" || object.printerId.length)
                            message.printerId = $String(object.printerId);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.technology !== 0 && (typeof object.technology !== "string" || $root.printchain.printers.v1.Technology[object.technology] !== 0))
                        switch (object.technology) {
                        case "TECHNOLOGY_UNSPECIFIED":
                        case 0:
                            message.technology = 0;
                            break;
                        case "TECHNOLOGY_FDM":
                        case 1:
                            message.technology = 1;
                            break;
                        case "TECHNOLOGY_SLA":
                        case 2:
                            message.technology = 2;
                            break;
                        case "TECHNOLOGY_SLS":
                        case 3:
                            message.technology = 3;
                            break;
                        case "TECHNOLOGY_MJF":
                        case 4:
                            message.technology = 4;
                            break;
                        case "TECHNOLOGY_DMLS":
                        case 5:
                            message.technology = 5;
                            break;
                        default:
                            if (typeof object.technology === "number" && (object.technology | 0) === object.technology)
                                message.technology = object.technology;
                        }
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    if (object.latitudeUdeg != null)
                        if ($Number(object.latitudeUdeg) !== 0)
                            message.latitudeUdeg = object.latitudeUdeg | 0;
                    if (object.longitudeUdeg != null)
                        if ($Number(object.longitudeUdeg) !== 0)
                            message.longitudeUdeg = object.longitudeUdeg | 0;
                    return message;
                };

                /**
                 * Creates a plain object from an EventPrinterRegistered message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {printchain.printers.v1.EventPrinterRegistered} message EventPrinterRegistered
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EventPrinterRegistered.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.printerId = "";
                        object.owner = "";
                        object.technology = options.enums === $String ? "TECHNOLOGY_UNSPECIFIED" : 0;
                        object.region = "";
                        object.latitudeUdeg = 0;
                        object.longitudeUdeg = 0;
                    }
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId"))
                        object.printerId = message.printerId;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.technology != null && $Object.hasOwnProperty.call(message, "technology"))
                        object.technology = options.enums === $String ? $root.printchain.printers.v1.Technology[message.technology] === $undefined ? message.technology : $root.printchain.printers.v1.Technology[message.technology] : message.technology;
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    if (message.latitudeUdeg != null && $Object.hasOwnProperty.call(message, "latitudeUdeg"))
                        object.latitudeUdeg = message.latitudeUdeg;
                    if (message.longitudeUdeg != null && $Object.hasOwnProperty.call(message, "longitudeUdeg"))
                        object.longitudeUdeg = message.longitudeUdeg;
                    return object;
                };

                /**
                 * Converts this EventPrinterRegistered to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EventPrinterRegistered.prototype.toJSON = function() {
                    return EventPrinterRegistered.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EventPrinterRegistered
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.EventPrinterRegistered
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EventPrinterRegistered.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.EventPrinterRegistered";
                };

                return EventPrinterRegistered;
            })();

            /**
             * Technology enum.
             * @name printchain.printers.v1.Technology
             * @enum {number}
             * @property {number} TECHNOLOGY_UNSPECIFIED=0 TECHNOLOGY_UNSPECIFIED value
             * @property {number} TECHNOLOGY_FDM=1 TECHNOLOGY_FDM value
             * @property {number} TECHNOLOGY_SLA=2 TECHNOLOGY_SLA value
             * @property {number} TECHNOLOGY_SLS=3 TECHNOLOGY_SLS value
             * @property {number} TECHNOLOGY_MJF=4 TECHNOLOGY_MJF value
             * @property {number} TECHNOLOGY_DMLS=5 TECHNOLOGY_DMLS value
             */
            v1.Technology = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TECHNOLOGY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TECHNOLOGY_FDM"] = 1;
                values[valuesById[2] = "TECHNOLOGY_SLA"] = 2;
                values[valuesById[3] = "TECHNOLOGY_SLS"] = 3;
                values[valuesById[4] = "TECHNOLOGY_MJF"] = 4;
                values[valuesById[5] = "TECHNOLOGY_DMLS"] = 5;
                return values;
            })();

            /**
             * PrinterStatus enum.
             * @name printchain.printers.v1.PrinterStatus
             * @enum {number}
             * @property {number} PRINTER_STATUS_UNSPECIFIED=0 PRINTER_STATUS_UNSPECIFIED value
             * @property {number} PRINTER_STATUS_ACTIVE=1 PRINTER_STATUS_ACTIVE value
             * @property {number} PRINTER_STATUS_PAUSED=2 PRINTER_STATUS_PAUSED value
             * @property {number} PRINTER_STATUS_RETIRED=3 PRINTER_STATUS_RETIRED value
             */
            v1.PrinterStatus = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PRINTER_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PRINTER_STATUS_ACTIVE"] = 1;
                values[valuesById[2] = "PRINTER_STATUS_PAUSED"] = 2;
                values[valuesById[3] = "PRINTER_STATUS_RETIRED"] = 3;
                return values;
            })();

            v1.BuildVolume = (function() {

                /**
                 * Properties of a BuildVolume.
                 * @typedef {Object} printchain.printers.v1.BuildVolume.$Properties
                 * @property {number|null} [xMm] BuildVolume xMm
                 * @property {number|null} [yMm] BuildVolume yMm
                 * @property {number|null} [zMm] BuildVolume zMm
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BuildVolume.
                 * @memberof printchain.printers.v1
                 * @interface IBuildVolume
                 * @augments printchain.printers.v1.BuildVolume.$Properties
                 * @deprecated Use printchain.printers.v1.BuildVolume.$Properties instead.
                 */

                /**
                 * Shape of a BuildVolume.
                 * @typedef {printchain.printers.v1.BuildVolume.$Properties} printchain.printers.v1.BuildVolume.$Shape
                 */

                /**
                 * Constructs a new BuildVolume.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a BuildVolume.
                 * @constructor
                 * @param {printchain.printers.v1.BuildVolume.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var BuildVolume = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BuildVolume xMm.
                 * @member {number} xMm
                 * @memberof printchain.printers.v1.BuildVolume
                 * @instance
                 */
                BuildVolume.prototype.xMm = 0;

                /**
                 * BuildVolume yMm.
                 * @member {number} yMm
                 * @memberof printchain.printers.v1.BuildVolume
                 * @instance
                 */
                BuildVolume.prototype.yMm = 0;

                /**
                 * BuildVolume zMm.
                 * @member {number} zMm
                 * @memberof printchain.printers.v1.BuildVolume
                 * @instance
                 */
                BuildVolume.prototype.zMm = 0;

                /**
                 * Creates a new BuildVolume instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {printchain.printers.v1.BuildVolume.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.BuildVolume} BuildVolume instance
                 * @type {{
                 *   (properties: printchain.printers.v1.BuildVolume.$Shape): printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape;
                 *   (properties?: printchain.printers.v1.BuildVolume.$Properties): printchain.printers.v1.BuildVolume;
                 * }}
                 */
                BuildVolume.create = function(properties) {
                    return new BuildVolume(properties);
                };

                /**
                 * Encodes the specified BuildVolume message. Does not implicitly {@link printchain.printers.v1.BuildVolume.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {printchain.printers.v1.BuildVolume.$Properties} message BuildVolume message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BuildVolume.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.xMm != null && $Object.hasOwnProperty.call(message, "xMm") && message.xMm !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.xMm);
                    if (message.yMm != null && $Object.hasOwnProperty.call(message, "yMm") && message.yMm !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.yMm);
                    if (message.zMm != null && $Object.hasOwnProperty.call(message, "zMm") && message.zMm !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.zMm);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified BuildVolume message, length delimited. Does not implicitly {@link printchain.printers.v1.BuildVolume.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {printchain.printers.v1.BuildVolume.$Properties} message BuildVolume message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BuildVolume.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a BuildVolume message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape} BuildVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BuildVolume.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.BuildVolume();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.xMm = value;
                                else
                                    delete message.xMm;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.yMm = value;
                                else
                                    delete message.yMm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.zMm = value;
                                else
                                    delete message.zMm;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a BuildVolume message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape} BuildVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BuildVolume.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a BuildVolume message.
                 * @function verify
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BuildVolume.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.xMm != null && $Object.hasOwnProperty.call(message, "xMm"))
                        if (!$util.isInteger(message.xMm))
                            return "xMm: integer expected";
                    if (message.yMm != null && $Object.hasOwnProperty.call(message, "yMm"))
                        if (!$util.isInteger(message.yMm))
                            return "yMm: integer expected";
                    if (message.zMm != null && $Object.hasOwnProperty.call(message, "zMm"))
                        if (!$util.isInteger(message.zMm))
                            return "zMm: integer expected";
                    return null;
                };

                /**
                 * Creates a BuildVolume message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.BuildVolume} BuildVolume
                 */
                BuildVolume.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.BuildVolume)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.BuildVolume: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.BuildVolume();
                    if (object.xMm != null)
                        if ($Number(object.xMm) !== 0)
                            message.xMm = object.xMm >>> 0;
                    if (object.yMm != null)
                        if ($Number(object.yMm) !== 0)
                            message.yMm = object.yMm >>> 0;
                    if (object.zMm != null)
                        if ($Number(object.zMm) !== 0)
                            message.zMm = object.zMm >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a BuildVolume message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {printchain.printers.v1.BuildVolume} message BuildVolume
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BuildVolume.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.xMm = 0;
                        object.yMm = 0;
                        object.zMm = 0;
                    }
                    if (message.xMm != null && $Object.hasOwnProperty.call(message, "xMm"))
                        object.xMm = message.xMm;
                    if (message.yMm != null && $Object.hasOwnProperty.call(message, "yMm"))
                        object.yMm = message.yMm;
                    if (message.zMm != null && $Object.hasOwnProperty.call(message, "zMm"))
                        object.zMm = message.zMm;
                    return object;
                };

                /**
                 * Converts this BuildVolume to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.BuildVolume
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BuildVolume.prototype.toJSON = function() {
                    return BuildVolume.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BuildVolume
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.BuildVolume
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BuildVolume.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.BuildVolume";
                };

                return BuildVolume;
            })();

            v1.PrinterSpec = (function() {

                /**
                 * Properties of a PrinterSpec.
                 * @typedef {Object} printchain.printers.v1.PrinterSpec.$Properties
                 * @property {printchain.printers.v1.Technology|null} [technology] PrinterSpec technology
                 * @property {printchain.printers.v1.BuildVolume.$Properties|null} [buildVolume] PrinterSpec buildVolume
                 * @property {Array.<string>|null} [materials] PrinterSpec materials
                 * @property {number|null} [nozzleDiameterUm] PrinterSpec nozzleDiameterUm
                 * @property {number|null} [layerResolutionUm] PrinterSpec layerResolutionUm
                 * @property {number|null} [maxSpeedMmPerS] PrinterSpec maxSpeedMmPerS
                 * @property {number|Long|null} [throughputMm3PerHour] PrinterSpec throughputMm3PerHour
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PrinterSpec.
                 * @memberof printchain.printers.v1
                 * @interface IPrinterSpec
                 * @augments printchain.printers.v1.PrinterSpec.$Properties
                 * @deprecated Use printchain.printers.v1.PrinterSpec.$Properties instead.
                 */

                /**
                 * Shape of a PrinterSpec.
                 * @typedef {printchain.printers.v1.PrinterSpec.$Properties} printchain.printers.v1.PrinterSpec.$Shape
                 */

                /**
                 * Constructs a new PrinterSpec.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a PrinterSpec.
                 * @constructor
                 * @param {printchain.printers.v1.PrinterSpec.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var PrinterSpec = function (properties) {
                    this.materials = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PrinterSpec technology.
                 * @member {printchain.printers.v1.Technology} technology
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 */
                PrinterSpec.prototype.technology = 0;

                /**
                 * PrinterSpec buildVolume.
                 * @member {printchain.printers.v1.BuildVolume.$Properties|null|undefined} buildVolume
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 */
                PrinterSpec.prototype.buildVolume = null;

                /**
                 * PrinterSpec materials.
                 * @member {Array.<string>} materials
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 */
                PrinterSpec.prototype.materials = $util.emptyArray;

                /**
                 * PrinterSpec nozzleDiameterUm.
                 * @member {number} nozzleDiameterUm
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 */
                PrinterSpec.prototype.nozzleDiameterUm = 0;

                /**
                 * PrinterSpec layerResolutionUm.
                 * @member {number} layerResolutionUm
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 */
                PrinterSpec.prototype.layerResolutionUm = 0;

                /**
                 * PrinterSpec maxSpeedMmPerS.
                 * @member {number} maxSpeedMmPerS
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 */
                PrinterSpec.prototype.maxSpeedMmPerS = 0;

                /**
                 * PrinterSpec throughputMm3PerHour.
                 * @member {number|Long} throughputMm3PerHour
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 */
                PrinterSpec.prototype.throughputMm3PerHour = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PrinterSpec instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {printchain.printers.v1.PrinterSpec.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.PrinterSpec} PrinterSpec instance
                 * @type {{
                 *   (properties: printchain.printers.v1.PrinterSpec.$Shape): printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape;
                 *   (properties?: printchain.printers.v1.PrinterSpec.$Properties): printchain.printers.v1.PrinterSpec;
                 * }}
                 */
                PrinterSpec.create = function(properties) {
                    return new PrinterSpec(properties);
                };

                /**
                 * Encodes the specified PrinterSpec message. Does not implicitly {@link printchain.printers.v1.PrinterSpec.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {printchain.printers.v1.PrinterSpec.$Properties} message PrinterSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PrinterSpec.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.technology != null && $Object.hasOwnProperty.call(message, "technology") && message.technology !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.technology);
                    if (message.buildVolume != null && $Object.hasOwnProperty.call(message, "buildVolume"))
                        $root.printchain.printers.v1.BuildVolume.encode(message.buildVolume, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.materials != null && message.materials.length)
                        for (var i = 0; i < message.materials.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.materials[i]);
                    if (message.nozzleDiameterUm != null && $Object.hasOwnProperty.call(message, "nozzleDiameterUm") && message.nozzleDiameterUm !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.nozzleDiameterUm);
                    if (message.layerResolutionUm != null && $Object.hasOwnProperty.call(message, "layerResolutionUm") && message.layerResolutionUm !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.layerResolutionUm);
                    if (message.maxSpeedMmPerS != null && $Object.hasOwnProperty.call(message, "maxSpeedMmPerS") && message.maxSpeedMmPerS !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxSpeedMmPerS);
                    if (message.throughputMm3PerHour != null && $Object.hasOwnProperty.call(message, "throughputMm3PerHour") && (typeof message.throughputMm3PerHour === "object" ? message.throughputMm3PerHour.low || message.throughputMm3PerHour.high : message.throughputMm3PerHour !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.throughputMm3PerHour);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PrinterSpec message, length delimited. Does not implicitly {@link printchain.printers.v1.PrinterSpec.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {printchain.printers.v1.PrinterSpec.$Properties} message PrinterSpec message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PrinterSpec.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PrinterSpec message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape} PrinterSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PrinterSpec.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.PrinterSpec();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.technology = value;
                                else
                                    delete message.technology;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.buildVolume = $root.printchain.printers.v1.BuildVolume.decode(reader, reader.size(), $undefined, _depth + 1, message.buildVolume);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.materials && message.materials.length))
                                    message.materials = [];
                                message.materials.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.nozzleDiameterUm = value;
                                else
                                    delete message.nozzleDiameterUm;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.layerResolutionUm = value;
                                else
                                    delete message.layerResolutionUm;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxSpeedMmPerS = value;
                                else
                                    delete message.maxSpeedMmPerS;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.throughputMm3PerHour = value;
                                else
                                    delete message.throughputMm3PerHour;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a PrinterSpec message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape} PrinterSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PrinterSpec.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PrinterSpec message.
                 * @function verify
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PrinterSpec.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.technology != null && $Object.hasOwnProperty.call(message, "technology"))
                        if (typeof message.technology !== "number" || (message.technology | 0) !== message.technology)
                            return "technology: enum value expected";
                    if (message.buildVolume != null && $Object.hasOwnProperty.call(message, "buildVolume")) {
                        var error = $root.printchain.printers.v1.BuildVolume.verify(message.buildVolume, _depth + 1);
                        if (error)
                            return "buildVolume." + error;
                    }
                    if (message.materials != null && $Object.hasOwnProperty.call(message, "materials")) {
                        if (!$Array.isArray(message.materials))
                            return "materials: array expected";
                        for (var i = 0; i < message.materials.length; ++i)
                            if (!$util.isString(message.materials[i]))
                                return "materials: string[] expected";
                    }
                    if (message.nozzleDiameterUm != null && $Object.hasOwnProperty.call(message, "nozzleDiameterUm"))
                        if (!$util.isInteger(message.nozzleDiameterUm))
                            return "nozzleDiameterUm: integer expected";
                    if (message.layerResolutionUm != null && $Object.hasOwnProperty.call(message, "layerResolutionUm"))
                        if (!$util.isInteger(message.layerResolutionUm))
                            return "layerResolutionUm: integer expected";
                    if (message.maxSpeedMmPerS != null && $Object.hasOwnProperty.call(message, "maxSpeedMmPerS"))
                        if (!$util.isInteger(message.maxSpeedMmPerS))
                            return "maxSpeedMmPerS: integer expected";
                    if (message.throughputMm3PerHour != null && $Object.hasOwnProperty.call(message, "throughputMm3PerHour"))
                        if (!$util.isInteger(message.throughputMm3PerHour) && !(message.throughputMm3PerHour && $util.isInteger(message.throughputMm3PerHour.low) && $util.isInteger(message.throughputMm3PerHour.high)))
                            return "throughputMm3PerHour: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a PrinterSpec message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.PrinterSpec} PrinterSpec
                 */
                PrinterSpec.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.PrinterSpec)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.PrinterSpec: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.PrinterSpec();
                    if (object.technology !== 0 && (typeof object.technology !== "string" || $root.printchain.printers.v1.Technology[object.technology] !== 0))
                        switch (object.technology) {
                        case "TECHNOLOGY_UNSPECIFIED":
                        case 0:
                            message.technology = 0;
                            break;
                        case "TECHNOLOGY_FDM":
                        case 1:
                            message.technology = 1;
                            break;
                        case "TECHNOLOGY_SLA":
                        case 2:
                            message.technology = 2;
                            break;
                        case "TECHNOLOGY_SLS":
                        case 3:
                            message.technology = 3;
                            break;
                        case "TECHNOLOGY_MJF":
                        case 4:
                            message.technology = 4;
                            break;
                        case "TECHNOLOGY_DMLS":
                        case 5:
                            message.technology = 5;
                            break;
                        default:
                            if (typeof object.technology === "number" && (object.technology | 0) === object.technology)
                                message.technology = object.technology;
                        }
                    if (object.buildVolume != null) {
                        if (!$util.isObject(object.buildVolume))
                            throw $TypeError(".printchain.printers.v1.PrinterSpec.buildVolume: object expected");
                        message.buildVolume = $root.printchain.printers.v1.BuildVolume.fromObject(object.buildVolume, _depth + 1);
                    }
                    if (object.materials) {
                        if (!$Array.isArray(object.materials))
                            throw $TypeError(".printchain.printers.v1.PrinterSpec.materials: array expected");
                        message.materials = $Array(object.materials.length);
                        for (var i = 0; i < object.materials.length; ++i)
                            message.materials[i] = $String(object.materials[i]);
                    }
                    if (object.nozzleDiameterUm != null)
                        if ($Number(object.nozzleDiameterUm) !== 0)
                            message.nozzleDiameterUm = object.nozzleDiameterUm >>> 0;
                    if (object.layerResolutionUm != null)
                        if ($Number(object.layerResolutionUm) !== 0)
                            message.layerResolutionUm = object.layerResolutionUm >>> 0;
                    if (object.maxSpeedMmPerS != null)
                        if ($Number(object.maxSpeedMmPerS) !== 0)
                            message.maxSpeedMmPerS = object.maxSpeedMmPerS >>> 0;
                    if (object.throughputMm3PerHour != null)
                        if (typeof object.throughputMm3PerHour === "object" ? object.throughputMm3PerHour.low || object.throughputMm3PerHour.high : $Number(object.throughputMm3PerHour) !== 0)
                            if ($util.Long)
                                message.throughputMm3PerHour = $util.Long.fromValue(object.throughputMm3PerHour, true);
                            else if (typeof object.throughputMm3PerHour === "string")
                                message.throughputMm3PerHour = $parseInt(object.throughputMm3PerHour, 10);
                            else if (typeof object.throughputMm3PerHour === "number")
                                message.throughputMm3PerHour = object.throughputMm3PerHour;
                            else if (typeof object.throughputMm3PerHour === "object")
                                message.throughputMm3PerHour = new $util.LongBits(object.throughputMm3PerHour.low >>> 0, object.throughputMm3PerHour.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PrinterSpec message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {printchain.printers.v1.PrinterSpec} message PrinterSpec
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PrinterSpec.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.materials = [];
                    if (options.defaults) {
                        object.technology = options.enums === $String ? "TECHNOLOGY_UNSPECIFIED" : 0;
                        object.buildVolume = null;
                        object.nozzleDiameterUm = 0;
                        object.layerResolutionUm = 0;
                        object.maxSpeedMmPerS = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.throughputMm3PerHour = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.throughputMm3PerHour = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.technology != null && $Object.hasOwnProperty.call(message, "technology"))
                        object.technology = options.enums === $String ? $root.printchain.printers.v1.Technology[message.technology] === $undefined ? message.technology : $root.printchain.printers.v1.Technology[message.technology] : message.technology;
                    if (message.buildVolume != null && $Object.hasOwnProperty.call(message, "buildVolume"))
                        object.buildVolume = $root.printchain.printers.v1.BuildVolume.toObject(message.buildVolume, options, _depth + 1);
                    if (message.materials && message.materials.length) {
                        object.materials = $Array(message.materials.length);
                        for (var j = 0; j < message.materials.length; ++j)
                            object.materials[j] = message.materials[j];
                    }
                    if (message.nozzleDiameterUm != null && $Object.hasOwnProperty.call(message, "nozzleDiameterUm"))
                        object.nozzleDiameterUm = message.nozzleDiameterUm;
                    if (message.layerResolutionUm != null && $Object.hasOwnProperty.call(message, "layerResolutionUm"))
                        object.layerResolutionUm = message.layerResolutionUm;
                    if (message.maxSpeedMmPerS != null && $Object.hasOwnProperty.call(message, "maxSpeedMmPerS"))
                        object.maxSpeedMmPerS = message.maxSpeedMmPerS;
                    if (message.throughputMm3PerHour != null && $Object.hasOwnProperty.call(message, "throughputMm3PerHour"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.throughputMm3PerHour = typeof message.throughputMm3PerHour === "number" ? $BigInt(message.throughputMm3PerHour) : $util.Long.fromBits(message.throughputMm3PerHour.low >>> 0, message.throughputMm3PerHour.high >>> 0, true).toBigInt();
                        else if (typeof message.throughputMm3PerHour === "number")
                            object.throughputMm3PerHour = options.longs === $String ? $String(message.throughputMm3PerHour) : message.throughputMm3PerHour;
                        else
                            object.throughputMm3PerHour = options.longs === $String ? $util.Long.prototype.toString.call(message.throughputMm3PerHour) : options.longs === $Number ? new $util.LongBits(message.throughputMm3PerHour.low >>> 0, message.throughputMm3PerHour.high >>> 0).toNumber(true) : message.throughputMm3PerHour;
                    return object;
                };

                /**
                 * Converts this PrinterSpec to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PrinterSpec.prototype.toJSON = function() {
                    return PrinterSpec.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PrinterSpec
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.PrinterSpec
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PrinterSpec.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.PrinterSpec";
                };

                return PrinterSpec;
            })();

            v1.Location = (function() {

                /**
                 * Properties of a Location.
                 * @typedef {Object} printchain.printers.v1.Location.$Properties
                 * @property {number|null} [latitudeUdeg] Location latitudeUdeg
                 * @property {number|null} [longitudeUdeg] Location longitudeUdeg
                 * @property {string|null} [region] Location region
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Location.
                 * @memberof printchain.printers.v1
                 * @interface ILocation
                 * @augments printchain.printers.v1.Location.$Properties
                 * @deprecated Use printchain.printers.v1.Location.$Properties instead.
                 */

                /**
                 * Shape of a Location.
                 * @typedef {printchain.printers.v1.Location.$Properties} printchain.printers.v1.Location.$Shape
                 */

                /**
                 * Constructs a new Location.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a Location.
                 * @constructor
                 * @param {printchain.printers.v1.Location.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Location = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Location latitudeUdeg.
                 * @member {number} latitudeUdeg
                 * @memberof printchain.printers.v1.Location
                 * @instance
                 */
                Location.prototype.latitudeUdeg = 0;

                /**
                 * Location longitudeUdeg.
                 * @member {number} longitudeUdeg
                 * @memberof printchain.printers.v1.Location
                 * @instance
                 */
                Location.prototype.longitudeUdeg = 0;

                /**
                 * Location region.
                 * @member {string} region
                 * @memberof printchain.printers.v1.Location
                 * @instance
                 */
                Location.prototype.region = "";

                /**
                 * Creates a new Location instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {printchain.printers.v1.Location.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.Location} Location instance
                 * @type {{
                 *   (properties: printchain.printers.v1.Location.$Shape): printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape;
                 *   (properties?: printchain.printers.v1.Location.$Properties): printchain.printers.v1.Location;
                 * }}
                 */
                Location.create = function(properties) {
                    return new Location(properties);
                };

                /**
                 * Encodes the specified Location message. Does not implicitly {@link printchain.printers.v1.Location.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {printchain.printers.v1.Location.$Properties} message Location message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Location.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.latitudeUdeg != null && $Object.hasOwnProperty.call(message, "latitudeUdeg") && message.latitudeUdeg !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.latitudeUdeg);
                    if (message.longitudeUdeg != null && $Object.hasOwnProperty.call(message, "longitudeUdeg") && message.longitudeUdeg !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.longitudeUdeg);
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.region);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Location message, length delimited. Does not implicitly {@link printchain.printers.v1.Location.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {printchain.printers.v1.Location.$Properties} message Location message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Location.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Location message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape} Location
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Location.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.Location();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.latitudeUdeg = value;
                                else
                                    delete message.latitudeUdeg;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.longitudeUdeg = value;
                                else
                                    delete message.longitudeUdeg;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.region = value;
                                else
                                    delete message.region;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Location message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape} Location
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Location.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Location message.
                 * @function verify
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Location.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.latitudeUdeg != null && $Object.hasOwnProperty.call(message, "latitudeUdeg"))
                        if (!$util.isInteger(message.latitudeUdeg))
                            return "latitudeUdeg: integer expected";
                    if (message.longitudeUdeg != null && $Object.hasOwnProperty.call(message, "longitudeUdeg"))
                        if (!$util.isInteger(message.longitudeUdeg))
                            return "longitudeUdeg: integer expected";
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        if (!$util.isString(message.region))
                            return "region: string expected";
                    return null;
                };

                /**
                 * Creates a Location message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.Location} Location
                 */
                Location.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.Location)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.Location: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.Location();
                    if (object.latitudeUdeg != null)
                        if ($Number(object.latitudeUdeg) !== 0)
                            message.latitudeUdeg = object.latitudeUdeg | 0;
                    if (object.longitudeUdeg != null)
                        if ($Number(object.longitudeUdeg) !== 0)
                            message.longitudeUdeg = object.longitudeUdeg | 0;
                    if (object.region != null)
                        if (typeof object.region !== "string" || object.region.length)
                            message.region = $String(object.region);
                    return message;
                };

                /**
                 * Creates a plain object from a Location message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {printchain.printers.v1.Location} message Location
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Location.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.latitudeUdeg = 0;
                        object.longitudeUdeg = 0;
                        object.region = "";
                    }
                    if (message.latitudeUdeg != null && $Object.hasOwnProperty.call(message, "latitudeUdeg"))
                        object.latitudeUdeg = message.latitudeUdeg;
                    if (message.longitudeUdeg != null && $Object.hasOwnProperty.call(message, "longitudeUdeg"))
                        object.longitudeUdeg = message.longitudeUdeg;
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = message.region;
                    return object;
                };

                /**
                 * Converts this Location to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.Location
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Location.prototype.toJSON = function() {
                    return Location.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Location
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.Location
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Location.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.Location";
                };

                return Location;
            })();

            v1.Printer = (function() {

                /**
                 * Properties of a Printer.
                 * @typedef {Object} printchain.printers.v1.Printer.$Properties
                 * @property {string|null} [id] Printer id
                 * @property {string|null} [owner] Printer owner
                 * @property {string|null} [moniker] Printer moniker
                 * @property {printchain.printers.v1.PrinterSpec.$Properties|null} [spec] Printer spec
                 * @property {printchain.printers.v1.Location.$Properties|null} [location] Printer location
                 * @property {printchain.printers.v1.PrinterStatus|null} [status] Printer status
                 * @property {number|Long|null} [registeredHeight] Printer registeredHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Printer.
                 * @memberof printchain.printers.v1
                 * @interface IPrinter
                 * @augments printchain.printers.v1.Printer.$Properties
                 * @deprecated Use printchain.printers.v1.Printer.$Properties instead.
                 */

                /**
                 * Shape of a Printer.
                 * @typedef {printchain.printers.v1.Printer.$Properties} printchain.printers.v1.Printer.$Shape
                 */

                /**
                 * Constructs a new Printer.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a Printer.
                 * @constructor
                 * @param {printchain.printers.v1.Printer.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Printer = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Printer id.
                 * @member {string} id
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 */
                Printer.prototype.id = "";

                /**
                 * Printer owner.
                 * @member {string} owner
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 */
                Printer.prototype.owner = "";

                /**
                 * Printer moniker.
                 * @member {string} moniker
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 */
                Printer.prototype.moniker = "";

                /**
                 * Printer spec.
                 * @member {printchain.printers.v1.PrinterSpec.$Properties|null|undefined} spec
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 */
                Printer.prototype.spec = null;

                /**
                 * Printer location.
                 * @member {printchain.printers.v1.Location.$Properties|null|undefined} location
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 */
                Printer.prototype.location = null;

                /**
                 * Printer status.
                 * @member {printchain.printers.v1.PrinterStatus} status
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 */
                Printer.prototype.status = 0;

                /**
                 * Printer registeredHeight.
                 * @member {number|Long} registeredHeight
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 */
                Printer.prototype.registeredHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Printer instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {printchain.printers.v1.Printer.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.Printer} Printer instance
                 * @type {{
                 *   (properties: printchain.printers.v1.Printer.$Shape): printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape;
                 *   (properties?: printchain.printers.v1.Printer.$Properties): printchain.printers.v1.Printer;
                 * }}
                 */
                Printer.create = function(properties) {
                    return new Printer(properties);
                };

                /**
                 * Encodes the specified Printer message. Does not implicitly {@link printchain.printers.v1.Printer.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {printchain.printers.v1.Printer.$Properties} message Printer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Printer.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.moniker != null && $Object.hasOwnProperty.call(message, "moniker") && message.moniker !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.moniker);
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        $root.printchain.printers.v1.PrinterSpec.encode(message.spec, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                        $root.printchain.printers.v1.Location.encode(message.location, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.status);
                    if (message.registeredHeight != null && $Object.hasOwnProperty.call(message, "registeredHeight") && (typeof message.registeredHeight === "object" ? message.registeredHeight.low || message.registeredHeight.high : message.registeredHeight !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.registeredHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Printer message, length delimited. Does not implicitly {@link printchain.printers.v1.Printer.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {printchain.printers.v1.Printer.$Properties} message Printer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Printer.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Printer message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape} Printer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Printer.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.Printer();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.moniker = value;
                                else
                                    delete message.moniker;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.spec = $root.printchain.printers.v1.PrinterSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.location = $root.printchain.printers.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.registeredHeight = value;
                                else
                                    delete message.registeredHeight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Printer message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape} Printer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Printer.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Printer message.
                 * @function verify
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Printer.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        if (!$util.isString(message.owner))
                            return "owner: string expected";
                    if (message.moniker != null && $Object.hasOwnProperty.call(message, "moniker"))
                        if (!$util.isString(message.moniker))
                            return "moniker: string expected";
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                        var error = $root.printchain.printers.v1.PrinterSpec.verify(message.spec, _depth + 1);
                        if (error)
                            return "spec." + error;
                    }
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                        var error = $root.printchain.printers.v1.Location.verify(message.location, _depth + 1);
                        if (error)
                            return "location." + error;
                    }
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.registeredHeight != null && $Object.hasOwnProperty.call(message, "registeredHeight"))
                        if (!$util.isInteger(message.registeredHeight) && !(message.registeredHeight && $util.isInteger(message.registeredHeight.low) && $util.isInteger(message.registeredHeight.high)))
                            return "registeredHeight: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Printer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.Printer} Printer
                 */
                Printer.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.Printer)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.Printer: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.Printer();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.moniker != null)
                        if (typeof object.moniker !== "string" || object.moniker.length)
                            message.moniker = $String(object.moniker);
                    if (object.spec != null) {
                        if (!$util.isObject(object.spec))
                            throw $TypeError(".printchain.printers.v1.Printer.spec: object expected");
                        message.spec = $root.printchain.printers.v1.PrinterSpec.fromObject(object.spec, _depth + 1);
                    }
                    if (object.location != null) {
                        if (!$util.isObject(object.location))
                            throw $TypeError(".printchain.printers.v1.Printer.location: object expected");
                        message.location = $root.printchain.printers.v1.Location.fromObject(object.location, _depth + 1);
                    }
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.printchain.printers.v1.PrinterStatus[object.status] !== 0))
                        switch (object.status) {
                        case "PRINTER_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "PRINTER_STATUS_ACTIVE":
                        case 1:
                            message.status = 1;
                            break;
                        case "PRINTER_STATUS_PAUSED":
                        case 2:
                            message.status = 2;
                            break;
                        case "PRINTER_STATUS_RETIRED":
                        case 3:
                            message.status = 3;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.registeredHeight != null)
                        if (typeof object.registeredHeight === "object" ? object.registeredHeight.low || object.registeredHeight.high : $Number(object.registeredHeight) !== 0)
                            if ($util.Long)
                                message.registeredHeight = $util.Long.fromValue(object.registeredHeight, true);
                            else if (typeof object.registeredHeight === "string")
                                message.registeredHeight = $parseInt(object.registeredHeight, 10);
                            else if (typeof object.registeredHeight === "number")
                                message.registeredHeight = object.registeredHeight;
                            else if (typeof object.registeredHeight === "object")
                                message.registeredHeight = new $util.LongBits(object.registeredHeight.low >>> 0, object.registeredHeight.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Printer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {printchain.printers.v1.Printer} message Printer
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Printer.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.owner = "";
                        object.moniker = "";
                        object.spec = null;
                        object.location = null;
                        object.status = options.enums === $String ? "PRINTER_STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.registeredHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.registeredHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.moniker != null && $Object.hasOwnProperty.call(message, "moniker"))
                        object.moniker = message.moniker;
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        object.spec = $root.printchain.printers.v1.PrinterSpec.toObject(message.spec, options, _depth + 1);
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                        object.location = $root.printchain.printers.v1.Location.toObject(message.location, options, _depth + 1);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.printchain.printers.v1.PrinterStatus[message.status] === $undefined ? message.status : $root.printchain.printers.v1.PrinterStatus[message.status] : message.status;
                    if (message.registeredHeight != null && $Object.hasOwnProperty.call(message, "registeredHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.registeredHeight = typeof message.registeredHeight === "number" ? $BigInt(message.registeredHeight) : $util.Long.fromBits(message.registeredHeight.low >>> 0, message.registeredHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.registeredHeight === "number")
                            object.registeredHeight = options.longs === $String ? $String(message.registeredHeight) : message.registeredHeight;
                        else
                            object.registeredHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.registeredHeight) : options.longs === $Number ? new $util.LongBits(message.registeredHeight.low >>> 0, message.registeredHeight.high >>> 0).toNumber(true) : message.registeredHeight;
                    return object;
                };

                /**
                 * Converts this Printer to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.Printer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Printer.prototype.toJSON = function() {
                    return Printer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Printer
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.Printer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Printer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.Printer";
                };

                return Printer;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} printchain.printers.v1.Params.$Properties
                 * @property {number|null} [maxPrintersPerOwner] Params maxPrintersPerOwner
                 * @property {number|null} [maxMaterials] Params maxMaterials
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof printchain.printers.v1
                 * @interface IParams
                 * @augments printchain.printers.v1.Params.$Properties
                 * @deprecated Use printchain.printers.v1.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {printchain.printers.v1.Params.$Properties} printchain.printers.v1.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {printchain.printers.v1.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Params = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params maxPrintersPerOwner.
                 * @member {number} maxPrintersPerOwner
                 * @memberof printchain.printers.v1.Params
                 * @instance
                 */
                Params.prototype.maxPrintersPerOwner = 0;

                /**
                 * Params maxMaterials.
                 * @member {number} maxMaterials
                 * @memberof printchain.printers.v1.Params
                 * @instance
                 */
                Params.prototype.maxMaterials = 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {printchain.printers.v1.Params.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.Params} Params instance
                 * @type {{
                 *   (properties: printchain.printers.v1.Params.$Shape): printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape;
                 *   (properties?: printchain.printers.v1.Params.$Properties): printchain.printers.v1.Params;
                 * }}
                 */
                Params.create = function(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link printchain.printers.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {printchain.printers.v1.Params.$Properties} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.maxPrintersPerOwner != null && $Object.hasOwnProperty.call(message, "maxPrintersPerOwner") && message.maxPrintersPerOwner !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxPrintersPerOwner);
                    if (message.maxMaterials != null && $Object.hasOwnProperty.call(message, "maxMaterials") && message.maxMaterials !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxMaterials);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Params message, length delimited. Does not implicitly {@link printchain.printers.v1.Params.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {printchain.printers.v1.Params.$Properties} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.Params();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxPrintersPerOwner = value;
                                else
                                    delete message.maxPrintersPerOwner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxMaterials = value;
                                else
                                    delete message.maxMaterials;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Params message.
                 * @function verify
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Params.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.maxPrintersPerOwner != null && $Object.hasOwnProperty.call(message, "maxPrintersPerOwner"))
                        if (!$util.isInteger(message.maxPrintersPerOwner))
                            return "maxPrintersPerOwner: integer expected";
                    if (message.maxMaterials != null && $Object.hasOwnProperty.call(message, "maxMaterials"))
                        if (!$util.isInteger(message.maxMaterials))
                            return "maxMaterials: integer expected";
                    return null;
                };

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.Params();
                    if (object.maxPrintersPerOwner != null)
                        if ($Number(object.maxPrintersPerOwner) !== 0)
                            message.maxPrintersPerOwner = object.maxPrintersPerOwner >>> 0;
                    if (object.maxMaterials != null)
                        if ($Number(object.maxMaterials) !== 0)
                            message.maxMaterials = object.maxMaterials >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {printchain.printers.v1.Params} message Params
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Params.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.maxPrintersPerOwner = 0;
                        object.maxMaterials = 0;
                    }
                    if (message.maxPrintersPerOwner != null && $Object.hasOwnProperty.call(message, "maxPrintersPerOwner"))
                        object.maxPrintersPerOwner = message.maxPrintersPerOwner;
                    if (message.maxMaterials != null && $Object.hasOwnProperty.call(message, "maxMaterials"))
                        object.maxMaterials = message.maxMaterials;
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.Params";
                };

                return Params;
            })();

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @typedef {Object} printchain.printers.v1.GenesisState.$Properties
                 * @property {printchain.printers.v1.Params.$Properties|null} [params] GenesisState params
                 * @property {Array.<printchain.printers.v1.Printer.$Properties>|null} [printers] GenesisState printers
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GenesisState.
                 * @memberof printchain.printers.v1
                 * @interface IGenesisState
                 * @augments printchain.printers.v1.GenesisState.$Properties
                 * @deprecated Use printchain.printers.v1.GenesisState.$Properties instead.
                 */

                /**
                 * Shape of a GenesisState.
                 * @typedef {printchain.printers.v1.GenesisState.$Properties} printchain.printers.v1.GenesisState.$Shape
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a GenesisState.
                 * @constructor
                 * @param {printchain.printers.v1.GenesisState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var GenesisState = function (properties) {
                    this.printers = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GenesisState params.
                 * @member {printchain.printers.v1.Params.$Properties|null|undefined} params
                 * @memberof printchain.printers.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * GenesisState printers.
                 * @member {Array.<printchain.printers.v1.Printer.$Properties>} printers
                 * @memberof printchain.printers.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.printers = $util.emptyArray;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {printchain.printers.v1.GenesisState.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.GenesisState} GenesisState instance
                 * @type {{
                 *   (properties: printchain.printers.v1.GenesisState.$Shape): printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape;
                 *   (properties?: printchain.printers.v1.GenesisState.$Properties): printchain.printers.v1.GenesisState;
                 * }}
                 */
                GenesisState.create = function(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link printchain.printers.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {printchain.printers.v1.GenesisState.$Properties} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.printchain.printers.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.printers != null && message.printers.length)
                        for (var i = 0; i < message.printers.length; ++i)
                            $root.printchain.printers.v1.Printer.encode(message.printers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GenesisState message, length delimited. Does not implicitly {@link printchain.printers.v1.GenesisState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {printchain.printers.v1.GenesisState.$Properties} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.GenesisState();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.printchain.printers.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.printers && message.printers.length))
                                    message.printers = [];
                                message.printers.push($root.printchain.printers.v1.Printer.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GenesisState message.
                 * @function verify
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GenesisState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                        var error = $root.printchain.printers.v1.Params.verify(message.params, _depth + 1);
                        if (error)
                            return "params." + error;
                    }
                    if (message.printers != null && $Object.hasOwnProperty.call(message, "printers")) {
                        if (!$Array.isArray(message.printers))
                            return "printers: array expected";
                        for (var i = 0; i < message.printers.length; ++i) {
                            var error = $root.printchain.printers.v1.Printer.verify(message.printers[i], _depth + 1);
                            if (error)
                                return "printers." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a GenesisState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.GenesisState} GenesisState
                 */
                GenesisState.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.GenesisState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.GenesisState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.GenesisState();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".printchain.printers.v1.GenesisState.params: object expected");
                        message.params = $root.printchain.printers.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    if (object.printers) {
                        if (!$Array.isArray(object.printers))
                            throw $TypeError(".printchain.printers.v1.GenesisState.printers: array expected");
                        message.printers = $Array(object.printers.length);
                        for (var i = 0; i < object.printers.length; ++i) {
                            if (!$util.isObject(object.printers[i]))
                                throw $TypeError(".printchain.printers.v1.GenesisState.printers: object expected");
                            message.printers[i] = $root.printchain.printers.v1.Printer.fromObject(object.printers[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GenesisState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {printchain.printers.v1.GenesisState} message GenesisState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GenesisState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.printers = [];
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.printchain.printers.v1.Params.toObject(message.params, options, _depth + 1);
                    if (message.printers && message.printers.length) {
                        object.printers = $Array(message.printers.length);
                        for (var j = 0; j < message.printers.length; ++j)
                            object.printers[j] = $root.printchain.printers.v1.Printer.toObject(message.printers[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this GenesisState to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.GenesisState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GenesisState.prototype.toJSON = function() {
                    return GenesisState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GenesisState
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.GenesisState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GenesisState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.GenesisState";
                };

                return GenesisState;
            })();

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                var Query = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Query.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Query, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @function create
                 * @memberof printchain.printers.v1.Query
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Query} RPC service. Useful where requests and/or responses are streamed.
                 */
                Query.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#printer}.
                 * @memberof printchain.printers.v1.Query
                 * @typedef PrinterCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {printchain.printers.v1.QueryPrinterResponse} [response] QueryPrinterResponse
                 */

                /**
                 * Calls Printer.
                 * @memberof printchain.printers.v1.Query
                 * @typedef Printer
                 * @type {{
                 *   (request: printchain.printers.v1.IQueryPrinterRequest, callback: printchain.printers.v1.Query.PrinterCallback): void;
                 *   (request: printchain.printers.v1.IQueryPrinterRequest): Promise<printchain.printers.v1.QueryPrinterResponse>;
                 *   readonly name: "Printer";
                 *   readonly path: "/printchain.printers.v1.Query/Printer";
                 *   readonly requestType: "QueryPrinterRequest";
                 *   readonly responseType: "QueryPrinterResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Printer.
                 * @name printchain.printers.v1.Query#printer
                 * @type {printchain.printers.v1.Query.Printer}
                 */
                $Object.defineProperties(Query.prototype.printer = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Query.prototype.printer, $root.printchain.printers.v1.QueryPrinterRequest, $root.printchain.printers.v1.QueryPrinterResponse, request, callback);
                }, {
                    name: { value: "Printer" },
                    path: { value: "/printchain.printers.v1.Query/Printer" },
                    requestType: { value: "QueryPrinterRequest" },
                    responseType: { value: "QueryPrinterResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#printers}.
                 * @memberof printchain.printers.v1.Query
                 * @typedef PrintersCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {printchain.printers.v1.QueryPrintersResponse} [response] QueryPrintersResponse
                 */

                /**
                 * Calls Printers.
                 * @memberof printchain.printers.v1.Query
                 * @typedef Printers
                 * @type {{
                 *   (request: printchain.printers.v1.IQueryPrintersRequest, callback: printchain.printers.v1.Query.PrintersCallback): void;
                 *   (request: printchain.printers.v1.IQueryPrintersRequest): Promise<printchain.printers.v1.QueryPrintersResponse>;
                 *   readonly name: "Printers";
                 *   readonly path: "/printchain.printers.v1.Query/Printers";
                 *   readonly requestType: "QueryPrintersRequest";
                 *   readonly responseType: "QueryPrintersResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Printers.
                 * @name printchain.printers.v1.Query#printers
                 * @type {printchain.printers.v1.Query.Printers}
                 */
                $Object.defineProperties(Query.prototype.printers = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Query.prototype.printers, $root.printchain.printers.v1.QueryPrintersRequest, $root.printchain.printers.v1.QueryPrintersResponse, request, callback);
                }, {
                    name: { value: "Printers" },
                    path: { value: "/printchain.printers.v1.Query/Printers" },
                    requestType: { value: "QueryPrintersRequest" },
                    responseType: { value: "QueryPrintersResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#params}.
                 * @memberof printchain.printers.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {printchain.printers.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @memberof printchain.printers.v1.Query
                 * @typedef Params
                 * @type {{
                 *   (request: printchain.printers.v1.IQueryParamsRequest, callback: printchain.printers.v1.Query.ParamsCallback): void;
                 *   (request: printchain.printers.v1.IQueryParamsRequest): Promise<printchain.printers.v1.QueryParamsResponse>;
                 *   readonly name: "Params";
                 *   readonly path: "/printchain.printers.v1.Query/Params";
                 *   readonly requestType: "QueryParamsRequest";
                 *   readonly responseType: "QueryParamsResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Params.
                 * @name printchain.printers.v1.Query#params
                 * @type {printchain.printers.v1.Query.Params}
                 */
                $Object.defineProperties(Query.prototype.params = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Query.prototype.params, $root.printchain.printers.v1.QueryParamsRequest, $root.printchain.printers.v1.QueryParamsResponse, request, callback);
                }, {
                    name: { value: "Params" },
                    path: { value: "/printchain.printers.v1.Query/Params" },
                    requestType: { value: "QueryParamsRequest" },
                    responseType: { value: "QueryParamsResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return Query;
            })();

            v1.QueryPrinterRequest = (function() {

                /**
                 * Properties of a QueryPrinterRequest.
                 * @typedef {Object} printchain.printers.v1.QueryPrinterRequest.$Properties
                 * @property {string|null} [printerId] QueryPrinterRequest printerId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPrinterRequest.
                 * @memberof printchain.printers.v1
                 * @interface IQueryPrinterRequest
                 * @augments printchain.printers.v1.QueryPrinterRequest.$Properties
                 * @deprecated Use printchain.printers.v1.QueryPrinterRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryPrinterRequest.
                 * @typedef {printchain.printers.v1.QueryPrinterRequest.$Properties} printchain.printers.v1.QueryPrinterRequest.$Shape
                 */

                /**
                 * Constructs a new QueryPrinterRequest.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a QueryPrinterRequest.
                 * @constructor
                 * @param {printchain.printers.v1.QueryPrinterRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var QueryPrinterRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPrinterRequest printerId.
                 * @member {string} printerId
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @instance
                 */
                QueryPrinterRequest.prototype.printerId = "";

                /**
                 * Creates a new QueryPrinterRequest instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterRequest.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.QueryPrinterRequest} QueryPrinterRequest instance
                 * @type {{
                 *   (properties: printchain.printers.v1.QueryPrinterRequest.$Shape): printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape;
                 *   (properties?: printchain.printers.v1.QueryPrinterRequest.$Properties): printchain.printers.v1.QueryPrinterRequest;
                 * }}
                 */
                QueryPrinterRequest.create = function(properties) {
                    return new QueryPrinterRequest(properties);
                };

                /**
                 * Encodes the specified QueryPrinterRequest message. Does not implicitly {@link printchain.printers.v1.QueryPrinterRequest.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterRequest.$Properties} message QueryPrinterRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrinterRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId") && message.printerId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.printerId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified QueryPrinterRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrinterRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterRequest.$Properties} message QueryPrinterRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrinterRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a QueryPrinterRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape} QueryPrinterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrinterRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.QueryPrinterRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.printerId = value;
                                else
                                    delete message.printerId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a QueryPrinterRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape} QueryPrinterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrinterRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a QueryPrinterRequest message.
                 * @function verify
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QueryPrinterRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId"))
                        if (!$util.isString(message.printerId))
                            return "printerId: string expected";
                    return null;
                };

                /**
                 * Creates a QueryPrinterRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.QueryPrinterRequest} QueryPrinterRequest
                 */
                QueryPrinterRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.QueryPrinterRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.QueryPrinterRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.QueryPrinterRequest();
                    if (object.printerId != null)
                        if (typeof object.printerId !== "string" || object.printerId.length)
                            message.printerId = $String(object.printerId);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPrinterRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterRequest} message QueryPrinterRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPrinterRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.printerId = "";
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId"))
                        object.printerId = message.printerId;
                    return object;
                };

                /**
                 * Converts this QueryPrinterRequest to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPrinterRequest.prototype.toJSON = function() {
                    return QueryPrinterRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPrinterRequest
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.QueryPrinterRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPrinterRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.QueryPrinterRequest";
                };

                return QueryPrinterRequest;
            })();

            v1.QueryPrinterResponse = (function() {

                /**
                 * Properties of a QueryPrinterResponse.
                 * @typedef {Object} printchain.printers.v1.QueryPrinterResponse.$Properties
                 * @property {printchain.printers.v1.Printer.$Properties|null} [printer] QueryPrinterResponse printer
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPrinterResponse.
                 * @memberof printchain.printers.v1
                 * @interface IQueryPrinterResponse
                 * @augments printchain.printers.v1.QueryPrinterResponse.$Properties
                 * @deprecated Use printchain.printers.v1.QueryPrinterResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryPrinterResponse.
                 * @typedef {printchain.printers.v1.QueryPrinterResponse.$Properties} printchain.printers.v1.QueryPrinterResponse.$Shape
                 */

                /**
                 * Constructs a new QueryPrinterResponse.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a QueryPrinterResponse.
                 * @constructor
                 * @param {printchain.printers.v1.QueryPrinterResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var QueryPrinterResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPrinterResponse printer.
                 * @member {printchain.printers.v1.Printer.$Properties|null|undefined} printer
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @instance
                 */
                QueryPrinterResponse.prototype.printer = null;

                /**
                 * Creates a new QueryPrinterResponse instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterResponse.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.QueryPrinterResponse} QueryPrinterResponse instance
                 * @type {{
                 *   (properties: printchain.printers.v1.QueryPrinterResponse.$Shape): printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape;
                 *   (properties?: printchain.printers.v1.QueryPrinterResponse.$Properties): printchain.printers.v1.QueryPrinterResponse;
                 * }}
                 */
                QueryPrinterResponse.create = function(properties) {
                    return new QueryPrinterResponse(properties);
                };

                /**
                 * Encodes the specified QueryPrinterResponse message. Does not implicitly {@link printchain.printers.v1.QueryPrinterResponse.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterResponse.$Properties} message QueryPrinterResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrinterResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.printer != null && $Object.hasOwnProperty.call(message, "printer"))
                        $root.printchain.printers.v1.Printer.encode(message.printer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified QueryPrinterResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrinterResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterResponse.$Properties} message QueryPrinterResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrinterResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a QueryPrinterResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape} QueryPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrinterResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.QueryPrinterResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.printer = $root.printchain.printers.v1.Printer.decode(reader, reader.size(), $undefined, _depth + 1, message.printer);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a QueryPrinterResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape} QueryPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrinterResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a QueryPrinterResponse message.
                 * @function verify
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QueryPrinterResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.printer != null && $Object.hasOwnProperty.call(message, "printer")) {
                        var error = $root.printchain.printers.v1.Printer.verify(message.printer, _depth + 1);
                        if (error)
                            return "printer." + error;
                    }
                    return null;
                };

                /**
                 * Creates a QueryPrinterResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.QueryPrinterResponse} QueryPrinterResponse
                 */
                QueryPrinterResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.QueryPrinterResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.QueryPrinterResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.QueryPrinterResponse();
                    if (object.printer != null) {
                        if (!$util.isObject(object.printer))
                            throw $TypeError(".printchain.printers.v1.QueryPrinterResponse.printer: object expected");
                        message.printer = $root.printchain.printers.v1.Printer.fromObject(object.printer, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPrinterResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrinterResponse} message QueryPrinterResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPrinterResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.printer = null;
                    if (message.printer != null && $Object.hasOwnProperty.call(message, "printer"))
                        object.printer = $root.printchain.printers.v1.Printer.toObject(message.printer, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryPrinterResponse to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPrinterResponse.prototype.toJSON = function() {
                    return QueryPrinterResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPrinterResponse
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.QueryPrinterResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPrinterResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.QueryPrinterResponse";
                };

                return QueryPrinterResponse;
            })();

            v1.QueryPrintersRequest = (function() {

                /**
                 * Properties of a QueryPrintersRequest.
                 * @typedef {Object} printchain.printers.v1.QueryPrintersRequest.$Properties
                 * @property {string|null} [owner] QueryPrintersRequest owner
                 * @property {printchain.base.v1.PageRequest.$Properties|null} [pagination] QueryPrintersRequest pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPrintersRequest.
                 * @memberof printchain.printers.v1
                 * @interface IQueryPrintersRequest
                 * @augments printchain.printers.v1.QueryPrintersRequest.$Properties
                 * @deprecated Use printchain.printers.v1.QueryPrintersRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryPrintersRequest.
                 * @typedef {printchain.printers.v1.QueryPrintersRequest.$Properties} printchain.printers.v1.QueryPrintersRequest.$Shape
                 */

                /**
                 * Constructs a new QueryPrintersRequest.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a QueryPrintersRequest.
                 * @constructor
                 * @param {printchain.printers.v1.QueryPrintersRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var QueryPrintersRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPrintersRequest owner.
                 * @member {string} owner
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @instance
                 */
                QueryPrintersRequest.prototype.owner = "";

                /**
                 * QueryPrintersRequest pagination.
                 * @member {printchain.base.v1.PageRequest.$Properties|null|undefined} pagination
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @instance
                 */
                QueryPrintersRequest.prototype.pagination = null;

                /**
                 * Creates a new QueryPrintersRequest instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersRequest.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.QueryPrintersRequest} QueryPrintersRequest instance
                 * @type {{
                 *   (properties: printchain.printers.v1.QueryPrintersRequest.$Shape): printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape;
                 *   (properties?: printchain.printers.v1.QueryPrintersRequest.$Properties): printchain.printers.v1.QueryPrintersRequest;
                 * }}
                 */
                QueryPrintersRequest.create = function(properties) {
                    return new QueryPrintersRequest(properties);
                };

                /**
                 * Encodes the specified QueryPrintersRequest message. Does not implicitly {@link printchain.printers.v1.QueryPrintersRequest.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersRequest.$Properties} message QueryPrintersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrintersRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.printchain.base.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified QueryPrintersRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrintersRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersRequest.$Properties} message QueryPrintersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrintersRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a QueryPrintersRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape} QueryPrintersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrintersRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.QueryPrintersRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.printchain.base.v1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a QueryPrintersRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape} QueryPrintersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrintersRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a QueryPrintersRequest message.
                 * @function verify
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QueryPrintersRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        if (!$util.isString(message.owner))
                            return "owner: string expected";
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination")) {
                        var error = $root.printchain.base.v1.PageRequest.verify(message.pagination, _depth + 1);
                        if (error)
                            return "pagination." + error;
                    }
                    return null;
                };

                /**
                 * Creates a QueryPrintersRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.QueryPrintersRequest} QueryPrintersRequest
                 */
                QueryPrintersRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.QueryPrintersRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.QueryPrintersRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.QueryPrintersRequest();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".printchain.printers.v1.QueryPrintersRequest.pagination: object expected");
                        message.pagination = $root.printchain.base.v1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPrintersRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersRequest} message QueryPrintersRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPrintersRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.pagination = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.printchain.base.v1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryPrintersRequest to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPrintersRequest.prototype.toJSON = function() {
                    return QueryPrintersRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPrintersRequest
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.QueryPrintersRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPrintersRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.QueryPrintersRequest";
                };

                return QueryPrintersRequest;
            })();

            v1.QueryPrintersResponse = (function() {

                /**
                 * Properties of a QueryPrintersResponse.
                 * @typedef {Object} printchain.printers.v1.QueryPrintersResponse.$Properties
                 * @property {Array.<printchain.printers.v1.Printer.$Properties>|null} [printers] QueryPrintersResponse printers
                 * @property {printchain.base.v1.PageResponse.$Properties|null} [pagination] QueryPrintersResponse pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPrintersResponse.
                 * @memberof printchain.printers.v1
                 * @interface IQueryPrintersResponse
                 * @augments printchain.printers.v1.QueryPrintersResponse.$Properties
                 * @deprecated Use printchain.printers.v1.QueryPrintersResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryPrintersResponse.
                 * @typedef {printchain.printers.v1.QueryPrintersResponse.$Properties} printchain.printers.v1.QueryPrintersResponse.$Shape
                 */

                /**
                 * Constructs a new QueryPrintersResponse.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a QueryPrintersResponse.
                 * @constructor
                 * @param {printchain.printers.v1.QueryPrintersResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var QueryPrintersResponse = function (properties) {
                    this.printers = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPrintersResponse printers.
                 * @member {Array.<printchain.printers.v1.Printer.$Properties>} printers
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @instance
                 */
                QueryPrintersResponse.prototype.printers = $util.emptyArray;

                /**
                 * QueryPrintersResponse pagination.
                 * @member {printchain.base.v1.PageResponse.$Properties|null|undefined} pagination
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @instance
                 */
                QueryPrintersResponse.prototype.pagination = null;

                /**
                 * Creates a new QueryPrintersResponse instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersResponse.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.QueryPrintersResponse} QueryPrintersResponse instance
                 * @type {{
                 *   (properties: printchain.printers.v1.QueryPrintersResponse.$Shape): printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape;
                 *   (properties?: printchain.printers.v1.QueryPrintersResponse.$Properties): printchain.printers.v1.QueryPrintersResponse;
                 * }}
                 */
                QueryPrintersResponse.create = function(properties) {
                    return new QueryPrintersResponse(properties);
                };

                /**
                 * Encodes the specified QueryPrintersResponse message. Does not implicitly {@link printchain.printers.v1.QueryPrintersResponse.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersResponse.$Properties} message QueryPrintersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrintersResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.printers != null && message.printers.length)
                        for (var i = 0; i < message.printers.length; ++i)
                            $root.printchain.printers.v1.Printer.encode(message.printers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.printchain.base.v1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified QueryPrintersResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrintersResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersResponse.$Properties} message QueryPrintersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPrintersResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a QueryPrintersResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape} QueryPrintersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrintersResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.QueryPrintersResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.printers && message.printers.length))
                                    message.printers = [];
                                message.printers.push($root.printchain.printers.v1.Printer.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.printchain.base.v1.PageResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a QueryPrintersResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape} QueryPrintersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPrintersResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a QueryPrintersResponse message.
                 * @function verify
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QueryPrintersResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.printers != null && $Object.hasOwnProperty.call(message, "printers")) {
                        if (!$Array.isArray(message.printers))
                            return "printers: array expected";
                        for (var i = 0; i < message.printers.length; ++i) {
                            var error = $root.printchain.printers.v1.Printer.verify(message.printers[i], _depth + 1);
                            if (error)
                                return "printers." + error;
                        }
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination")) {
                        var error = $root.printchain.base.v1.PageResponse.verify(message.pagination, _depth + 1);
                        if (error)
                            return "pagination." + error;
                    }
                    return null;
                };

                /**
                 * Creates a QueryPrintersResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.QueryPrintersResponse} QueryPrintersResponse
                 */
                QueryPrintersResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.QueryPrintersResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.QueryPrintersResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.QueryPrintersResponse();
                    if (object.printers) {
                        if (!$Array.isArray(object.printers))
                            throw $TypeError(".printchain.printers.v1.QueryPrintersResponse.printers: array expected");
                        message.printers = $Array(object.printers.length);
                        for (var i = 0; i < object.printers.length; ++i) {
                            if (!$util.isObject(object.printers[i]))
                                throw $TypeError(".printchain.printers.v1.QueryPrintersResponse.printers: object expected");
                            message.printers[i] = $root.printchain.printers.v1.Printer.fromObject(object.printers[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".printchain.printers.v1.QueryPrintersResponse.pagination: object expected");
                        message.pagination = $root.printchain.base.v1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPrintersResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {printchain.printers.v1.QueryPrintersResponse} message QueryPrintersResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPrintersResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.printers = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.printers && message.printers.length) {
                        object.printers = $Array(message.printers.length);
                        for (var j = 0; j < message.printers.length; ++j)
                            object.printers[j] = $root.printchain.printers.v1.Printer.toObject(message.printers[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.printchain.base.v1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryPrintersResponse to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPrintersResponse.prototype.toJSON = function() {
                    return QueryPrintersResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPrintersResponse
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.QueryPrintersResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPrintersResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.QueryPrintersResponse";
                };

                return QueryPrintersResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @typedef {Object} printchain.printers.v1.QueryParamsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof printchain.printers.v1
                 * @interface IQueryParamsRequest
                 * @augments printchain.printers.v1.QueryParamsRequest.$Properties
                 * @deprecated Use printchain.printers.v1.QueryParamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsRequest.
                 * @typedef {printchain.printers.v1.QueryParamsRequest.$Properties} printchain.printers.v1.QueryParamsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @constructor
                 * @param {printchain.printers.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var QueryParamsRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {printchain.printers.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.QueryParamsRequest} QueryParamsRequest instance
                 * @type {{
                 *   (properties: printchain.printers.v1.QueryParamsRequest.$Shape): printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape;
                 *   (properties?: printchain.printers.v1.QueryParamsRequest.$Properties): printchain.printers.v1.QueryParamsRequest;
                 * }}
                 */
                QueryParamsRequest.create = function(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link printchain.printers.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {printchain.printers.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified QueryParamsRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {printchain.printers.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a QueryParamsRequest message.
                 * @function verify
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QueryParamsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.printchain.printers.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {printchain.printers.v1.QueryParamsRequest} message QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.QueryParamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @typedef {Object} printchain.printers.v1.QueryParamsResponse.$Properties
                 * @property {printchain.printers.v1.Params.$Properties|null} [params] QueryParamsResponse params
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof printchain.printers.v1
                 * @interface IQueryParamsResponse
                 * @augments printchain.printers.v1.QueryParamsResponse.$Properties
                 * @deprecated Use printchain.printers.v1.QueryParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsResponse.
                 * @typedef {printchain.printers.v1.QueryParamsResponse.$Properties} printchain.printers.v1.QueryParamsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @constructor
                 * @param {printchain.printers.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var QueryParamsResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryParamsResponse params.
                 * @member {printchain.printers.v1.Params.$Properties|null|undefined} params
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {printchain.printers.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.QueryParamsResponse} QueryParamsResponse instance
                 * @type {{
                 *   (properties: printchain.printers.v1.QueryParamsResponse.$Shape): printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape;
                 *   (properties?: printchain.printers.v1.QueryParamsResponse.$Properties): printchain.printers.v1.QueryParamsResponse;
                 * }}
                 */
                QueryParamsResponse.create = function(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link printchain.printers.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {printchain.printers.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.printchain.printers.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified QueryParamsResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {printchain.printers.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.printchain.printers.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a QueryParamsResponse message.
                 * @function verify
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QueryParamsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                        var error = $root.printchain.printers.v1.Params.verify(message.params, _depth + 1);
                        if (error)
                            return "params." + error;
                    }
                    return null;
                };

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".printchain.printers.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.printchain.printers.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {printchain.printers.v1.QueryParamsResponse} message QueryParamsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.printchain.printers.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.QueryParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                var Msg = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Msg.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Msg, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @function create
                 * @memberof printchain.printers.v1.Msg
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Msg} RPC service. Useful where requests and/or responses are streamed.
                 */
                Msg.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Msg#registerPrinter}.
                 * @memberof printchain.printers.v1.Msg
                 * @typedef RegisterPrinterCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {printchain.printers.v1.MsgRegisterPrinterResponse} [response] MsgRegisterPrinterResponse
                 */

                /**
                 * Calls RegisterPrinter.
                 * @memberof printchain.printers.v1.Msg
                 * @typedef RegisterPrinter
                 * @type {{
                 *   (request: printchain.printers.v1.IMsgRegisterPrinter, callback: printchain.printers.v1.Msg.RegisterPrinterCallback): void;
                 *   (request: printchain.printers.v1.IMsgRegisterPrinter): Promise<printchain.printers.v1.MsgRegisterPrinterResponse>;
                 *   readonly name: "RegisterPrinter";
                 *   readonly path: "/printchain.printers.v1.Msg/RegisterPrinter";
                 *   readonly requestType: "MsgRegisterPrinter";
                 *   readonly responseType: "MsgRegisterPrinterResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls RegisterPrinter.
                 * @name printchain.printers.v1.Msg#registerPrinter
                 * @type {printchain.printers.v1.Msg.RegisterPrinter}
                 */
                $Object.defineProperties(Msg.prototype.registerPrinter = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Msg.prototype.registerPrinter, $root.printchain.printers.v1.MsgRegisterPrinter, $root.printchain.printers.v1.MsgRegisterPrinterResponse, request, callback);
                }, {
                    name: { value: "RegisterPrinter" },
                    path: { value: "/printchain.printers.v1.Msg/RegisterPrinter" },
                    requestType: { value: "MsgRegisterPrinter" },
                    responseType: { value: "MsgRegisterPrinterResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return Msg;
            })();

            v1.MsgRegisterPrinter = (function() {

                /**
                 * Properties of a MsgRegisterPrinter.
                 * @typedef {Object} printchain.printers.v1.MsgRegisterPrinter.$Properties
                 * @property {string|null} [owner] MsgRegisterPrinter owner
                 * @property {string|null} [printerId] MsgRegisterPrinter printerId
                 * @property {string|null} [moniker] MsgRegisterPrinter moniker
                 * @property {printchain.printers.v1.PrinterSpec.$Properties|null} [spec] MsgRegisterPrinter spec
                 * @property {printchain.printers.v1.Location.$Properties|null} [location] MsgRegisterPrinter location
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRegisterPrinter.
                 * @memberof printchain.printers.v1
                 * @interface IMsgRegisterPrinter
                 * @augments printchain.printers.v1.MsgRegisterPrinter.$Properties
                 * @deprecated Use printchain.printers.v1.MsgRegisterPrinter.$Properties instead.
                 */

                /**
                 * Shape of a MsgRegisterPrinter.
                 * @typedef {printchain.printers.v1.MsgRegisterPrinter.$Properties} printchain.printers.v1.MsgRegisterPrinter.$Shape
                 */

                /**
                 * Constructs a new MsgRegisterPrinter.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a MsgRegisterPrinter.
                 * @constructor
                 * @param {printchain.printers.v1.MsgRegisterPrinter.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MsgRegisterPrinter = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRegisterPrinter owner.
                 * @member {string} owner
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @instance
                 */
                MsgRegisterPrinter.prototype.owner = "";

                /**
                 * MsgRegisterPrinter printerId.
                 * @member {string} printerId
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @instance
                 */
                MsgRegisterPrinter.prototype.printerId = "";

                /**
                 * MsgRegisterPrinter moniker.
                 * @member {string} moniker
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @instance
                 */
                MsgRegisterPrinter.prototype.moniker = "";

                /**
                 * MsgRegisterPrinter spec.
                 * @member {printchain.printers.v1.PrinterSpec.$Properties|null|undefined} spec
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @instance
                 */
                MsgRegisterPrinter.prototype.spec = null;

                /**
                 * MsgRegisterPrinter location.
                 * @member {printchain.printers.v1.Location.$Properties|null|undefined} location
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @instance
                 */
                MsgRegisterPrinter.prototype.location = null;

                /**
                 * Creates a new MsgRegisterPrinter instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinter.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.MsgRegisterPrinter} MsgRegisterPrinter instance
                 * @type {{
                 *   (properties: printchain.printers.v1.MsgRegisterPrinter.$Shape): printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape;
                 *   (properties?: printchain.printers.v1.MsgRegisterPrinter.$Properties): printchain.printers.v1.MsgRegisterPrinter;
                 * }}
                 */
                MsgRegisterPrinter.create = function(properties) {
                    return new MsgRegisterPrinter(properties);
                };

                /**
                 * Encodes the specified MsgRegisterPrinter message. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinter.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinter.$Properties} message MsgRegisterPrinter message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterPrinter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId") && message.printerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.printerId);
                    if (message.moniker != null && $Object.hasOwnProperty.call(message, "moniker") && message.moniker !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.moniker);
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        $root.printchain.printers.v1.PrinterSpec.encode(message.spec, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                        $root.printchain.printers.v1.Location.encode(message.location, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MsgRegisterPrinter message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinter.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinter.$Properties} message MsgRegisterPrinter message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterPrinter.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MsgRegisterPrinter message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape} MsgRegisterPrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterPrinter.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.MsgRegisterPrinter();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.printerId = value;
                                else
                                    delete message.printerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.moniker = value;
                                else
                                    delete message.moniker;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.spec = $root.printchain.printers.v1.PrinterSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.location = $root.printchain.printers.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a MsgRegisterPrinter message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape} MsgRegisterPrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterPrinter.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MsgRegisterPrinter message.
                 * @function verify
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MsgRegisterPrinter.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        if (!$util.isString(message.owner))
                            return "owner: string expected";
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId"))
                        if (!$util.isString(message.printerId))
                            return "printerId: string expected";
                    if (message.moniker != null && $Object.hasOwnProperty.call(message, "moniker"))
                        if (!$util.isString(message.moniker))
                            return "moniker: string expected";
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                        var error = $root.printchain.printers.v1.PrinterSpec.verify(message.spec, _depth + 1);
                        if (error)
                            return "spec." + error;
                    }
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                        var error = $root.printchain.printers.v1.Location.verify(message.location, _depth + 1);
                        if (error)
                            return "location." + error;
                    }
                    return null;
                };

                /**
                 * Creates a MsgRegisterPrinter message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.MsgRegisterPrinter} MsgRegisterPrinter
                 */
                MsgRegisterPrinter.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.MsgRegisterPrinter)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.MsgRegisterPrinter: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.printchain.printers.v1.MsgRegisterPrinter();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.printerId != null)
                        if (typeof object.printerId !== "string" || object.printerId.length)
                            message.printerId = $String(object.printerId);
                    if (object.moniker != null)
                        if (typeof object.moniker !== "string" || object.moniker.length)
                            message.moniker = $String(object.moniker);
                    if (object.spec != null) {
                        if (!$util.isObject(object.spec))
                            throw $TypeError(".printchain.printers.v1.MsgRegisterPrinter.spec: object expected");
                        message.spec = $root.printchain.printers.v1.PrinterSpec.fromObject(object.spec, _depth + 1);
                    }
                    if (object.location != null) {
                        if (!$util.isObject(object.location))
                            throw $TypeError(".printchain.printers.v1.MsgRegisterPrinter.location: object expected");
                        message.location = $root.printchain.printers.v1.Location.fromObject(object.location, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRegisterPrinter message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinter} message MsgRegisterPrinter
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRegisterPrinter.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.printerId = "";
                        object.moniker = "";
                        object.spec = null;
                        object.location = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.printerId != null && $Object.hasOwnProperty.call(message, "printerId"))
                        object.printerId = message.printerId;
                    if (message.moniker != null && $Object.hasOwnProperty.call(message, "moniker"))
                        object.moniker = message.moniker;
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        object.spec = $root.printchain.printers.v1.PrinterSpec.toObject(message.spec, options, _depth + 1);
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                        object.location = $root.printchain.printers.v1.Location.toObject(message.location, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this MsgRegisterPrinter to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRegisterPrinter.prototype.toJSON = function() {
                    return MsgRegisterPrinter.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRegisterPrinter
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.MsgRegisterPrinter
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRegisterPrinter.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.MsgRegisterPrinter";
                };

                return MsgRegisterPrinter;
            })();

            v1.MsgRegisterPrinterResponse = (function() {

                /**
                 * Properties of a MsgRegisterPrinterResponse.
                 * @typedef {Object} printchain.printers.v1.MsgRegisterPrinterResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRegisterPrinterResponse.
                 * @memberof printchain.printers.v1
                 * @interface IMsgRegisterPrinterResponse
                 * @augments printchain.printers.v1.MsgRegisterPrinterResponse.$Properties
                 * @deprecated Use printchain.printers.v1.MsgRegisterPrinterResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgRegisterPrinterResponse.
                 * @typedef {printchain.printers.v1.MsgRegisterPrinterResponse.$Properties} printchain.printers.v1.MsgRegisterPrinterResponse.$Shape
                 */

                /**
                 * Constructs a new MsgRegisterPrinterResponse.
                 * @memberof printchain.printers.v1
                 * @classdesc Represents a MsgRegisterPrinterResponse.
                 * @constructor
                 * @param {printchain.printers.v1.MsgRegisterPrinterResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MsgRegisterPrinterResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgRegisterPrinterResponse instance using the specified properties.
                 * @function create
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinterResponse.$Properties=} [properties] Properties to set
                 * @returns {printchain.printers.v1.MsgRegisterPrinterResponse} MsgRegisterPrinterResponse instance
                 * @type {{
                 *   (properties: printchain.printers.v1.MsgRegisterPrinterResponse.$Shape): printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape;
                 *   (properties?: printchain.printers.v1.MsgRegisterPrinterResponse.$Properties): printchain.printers.v1.MsgRegisterPrinterResponse;
                 * }}
                 */
                MsgRegisterPrinterResponse.create = function(properties) {
                    return new MsgRegisterPrinterResponse(properties);
                };

                /**
                 * Encodes the specified MsgRegisterPrinterResponse message. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinterResponse.verify|verify} messages.
                 * @function encode
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinterResponse.$Properties} message MsgRegisterPrinterResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterPrinterResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MsgRegisterPrinterResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinterResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinterResponse.$Properties} message MsgRegisterPrinterResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterPrinterResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MsgRegisterPrinterResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape} MsgRegisterPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterPrinterResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.printchain.printers.v1.MsgRegisterPrinterResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a MsgRegisterPrinterResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape} MsgRegisterPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterPrinterResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MsgRegisterPrinterResponse message.
                 * @function verify
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MsgRegisterPrinterResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a MsgRegisterPrinterResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {printchain.printers.v1.MsgRegisterPrinterResponse} MsgRegisterPrinterResponse
                 */
                MsgRegisterPrinterResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.printchain.printers.v1.MsgRegisterPrinterResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".printchain.printers.v1.MsgRegisterPrinterResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.printchain.printers.v1.MsgRegisterPrinterResponse();
                };

                /**
                 * Creates a plain object from a MsgRegisterPrinterResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {printchain.printers.v1.MsgRegisterPrinterResponse} message MsgRegisterPrinterResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRegisterPrinterResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgRegisterPrinterResponse to JSON.
                 * @function toJSON
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRegisterPrinterResponse.prototype.toJSON = function() {
                    return MsgRegisterPrinterResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRegisterPrinterResponse
                 * @function getTypeUrl
                 * @memberof printchain.printers.v1.MsgRegisterPrinterResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRegisterPrinterResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/printchain.printers.v1.MsgRegisterPrinterResponse";
                };

                return MsgRegisterPrinterResponse;
            })();

            return v1;
        })();

        return printers;
    })();

    return printchain;
})();

module.exports = $root;
