import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace printchain. */
export namespace printchain {

    /** Namespace base. */
    namespace base {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Coin.
             * @deprecated Use printchain.base.v1.Coin.$Properties instead.
             */
            interface ICoin extends printchain.base.v1.Coin.$Properties {
            }

            /** Represents a Coin. */
            class Coin {

                /**
                 * Constructs a new Coin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.base.v1.Coin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Coin denom. */
                denom: string;

                /** Coin amount. */
                amount: string;

                /**
                 * Creates a new Coin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Coin instance
                 */
                static create(properties: printchain.base.v1.Coin.$Shape): printchain.base.v1.Coin & printchain.base.v1.Coin.$Shape;
                static create(properties?: printchain.base.v1.Coin.$Properties): printchain.base.v1.Coin;

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link printchain.base.v1.Coin.verify|verify} messages.
                 * @param message Coin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.base.v1.Coin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Coin message, length delimited. Does not implicitly {@link printchain.base.v1.Coin.verify|verify} messages.
                 * @param message Coin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.base.v1.Coin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.base.v1.Coin & printchain.base.v1.Coin.$Shape} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.base.v1.Coin & printchain.base.v1.Coin.$Shape;

                /**
                 * Decodes a Coin message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.base.v1.Coin & printchain.base.v1.Coin.$Shape} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.base.v1.Coin & printchain.base.v1.Coin.$Shape;

                /**
                 * Verifies a Coin message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Coin message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Coin
                 */
                static fromObject(object: { [k: string]: any }): printchain.base.v1.Coin;

                /**
                 * Creates a plain object from a Coin message. Also converts values to other types if specified.
                 * @param message Coin
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.base.v1.Coin, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Coin to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Coin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Coin {

                /** Properties of a Coin. */
                interface $Properties {

                    /** Coin denom */
                    denom?: (string|null);

                    /** Coin amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Coin. */
                type $Shape = printchain.base.v1.Coin.$Properties;
            }

            /**
             * Properties of a PageRequest.
             * @deprecated Use printchain.base.v1.PageRequest.$Properties instead.
             */
            interface IPageRequest extends printchain.base.v1.PageRequest.$Properties {
            }

            /** Represents a PageRequest. */
            class PageRequest {

                /**
                 * Constructs a new PageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.base.v1.PageRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageRequest key. */
                key: Uint8Array;

                /** PageRequest offset. */
                offset: (number|Long);

                /** PageRequest limit. */
                limit: (number|Long);

                /** PageRequest countTotal. */
                countTotal: boolean;

                /** PageRequest reverse. */
                reverse: boolean;

                /**
                 * Creates a new PageRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageRequest instance
                 */
                static create(properties: printchain.base.v1.PageRequest.$Shape): printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape;
                static create(properties?: printchain.base.v1.PageRequest.$Properties): printchain.base.v1.PageRequest;

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link printchain.base.v1.PageRequest.verify|verify} messages.
                 * @param message PageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.base.v1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PageRequest message, length delimited. Does not implicitly {@link printchain.base.v1.PageRequest.verify|verify} messages.
                 * @param message PageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.base.v1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape;

                /**
                 * Decodes a PageRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.base.v1.PageRequest & printchain.base.v1.PageRequest.$Shape;

                /**
                 * Verifies a PageRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PageRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.base.v1.PageRequest;

                /**
                 * Creates a plain object from a PageRequest message. Also converts values to other types if specified.
                 * @param message PageRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.base.v1.PageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageRequest {

                /** Properties of a PageRequest. */
                interface $Properties {

                    /** PageRequest key */
                    key?: (Uint8Array|null);

                    /** PageRequest offset */
                    offset?: (number|Long|null);

                    /** PageRequest limit */
                    limit?: (number|Long|null);

                    /** PageRequest countTotal */
                    countTotal?: (boolean|null);

                    /** PageRequest reverse */
                    reverse?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageRequest. */
                type $Shape = printchain.base.v1.PageRequest.$Properties;
            }

            /**
             * Properties of a PageResponse.
             * @deprecated Use printchain.base.v1.PageResponse.$Properties instead.
             */
            interface IPageResponse extends printchain.base.v1.PageResponse.$Properties {
            }

            /** Represents a PageResponse. */
            class PageResponse {

                /**
                 * Constructs a new PageResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.base.v1.PageResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PageResponse nextKey. */
                nextKey: Uint8Array;

                /** PageResponse total. */
                total: (number|Long);

                /**
                 * Creates a new PageResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageResponse instance
                 */
                static create(properties: printchain.base.v1.PageResponse.$Shape): printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape;
                static create(properties?: printchain.base.v1.PageResponse.$Properties): printchain.base.v1.PageResponse;

                /**
                 * Encodes the specified PageResponse message. Does not implicitly {@link printchain.base.v1.PageResponse.verify|verify} messages.
                 * @param message PageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.base.v1.PageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PageResponse message, length delimited. Does not implicitly {@link printchain.base.v1.PageResponse.verify|verify} messages.
                 * @param message PageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.base.v1.PageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape;

                /**
                 * Decodes a PageResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.base.v1.PageResponse & printchain.base.v1.PageResponse.$Shape;

                /**
                 * Verifies a PageResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PageResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PageResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.base.v1.PageResponse;

                /**
                 * Creates a plain object from a PageResponse message. Also converts values to other types if specified.
                 * @param message PageResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.base.v1.PageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PageResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PageResponse {

                /** Properties of a PageResponse. */
                interface $Properties {

                    /** PageResponse nextKey */
                    nextKey?: (Uint8Array|null);

                    /** PageResponse total */
                    total?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PageResponse. */
                type $Shape = printchain.base.v1.PageResponse.$Properties;
            }
        }
    }

    /** Namespace emissions. */
    namespace emissions {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EventEpochEnd.
             * @deprecated Use printchain.emissions.v1.EventEpochEnd.$Properties instead.
             */
            interface IEventEpochEnd extends printchain.emissions.v1.EventEpochEnd.$Properties {
            }

            /** Represents an EventEpochEnd. */
            class EventEpochEnd {

                /**
                 * Constructs a new EventEpochEnd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.EventEpochEnd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventEpochEnd epoch. */
                epoch: (number|Long);

                /** EventEpochEnd rTotal. */
                rTotal: string;

                /** EventEpochEnd minted. */
                minted: string;

                /** EventEpochEnd fees. */
                fees: string;

                /** EventEpochEnd paid. */
                paid: string;

                /** EventEpochEnd communityPoolAdded. */
                communityPoolAdded: string;

                /**
                 * Creates a new EventEpochEnd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventEpochEnd instance
                 */
                static create(properties: printchain.emissions.v1.EventEpochEnd.$Shape): printchain.emissions.v1.EventEpochEnd & printchain.emissions.v1.EventEpochEnd.$Shape;
                static create(properties?: printchain.emissions.v1.EventEpochEnd.$Properties): printchain.emissions.v1.EventEpochEnd;

                /**
                 * Encodes the specified EventEpochEnd message. Does not implicitly {@link printchain.emissions.v1.EventEpochEnd.verify|verify} messages.
                 * @param message EventEpochEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.EventEpochEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventEpochEnd message, length delimited. Does not implicitly {@link printchain.emissions.v1.EventEpochEnd.verify|verify} messages.
                 * @param message EventEpochEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.EventEpochEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventEpochEnd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.EventEpochEnd & printchain.emissions.v1.EventEpochEnd.$Shape} EventEpochEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.EventEpochEnd & printchain.emissions.v1.EventEpochEnd.$Shape;

                /**
                 * Decodes an EventEpochEnd message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.EventEpochEnd & printchain.emissions.v1.EventEpochEnd.$Shape} EventEpochEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.EventEpochEnd & printchain.emissions.v1.EventEpochEnd.$Shape;

                /**
                 * Verifies an EventEpochEnd message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventEpochEnd message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventEpochEnd
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.EventEpochEnd;

                /**
                 * Creates a plain object from an EventEpochEnd message. Also converts values to other types if specified.
                 * @param message EventEpochEnd
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.EventEpochEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventEpochEnd to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventEpochEnd
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventEpochEnd {

                /** Properties of an EventEpochEnd. */
                interface $Properties {

                    /** EventEpochEnd epoch */
                    epoch?: (number|Long|null);

                    /** EventEpochEnd rTotal */
                    rTotal?: (string|null);

                    /** EventEpochEnd minted */
                    minted?: (string|null);

                    /** EventEpochEnd fees */
                    fees?: (string|null);

                    /** EventEpochEnd paid */
                    paid?: (string|null);

                    /** EventEpochEnd communityPoolAdded */
                    communityPoolAdded?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventEpochEnd. */
                type $Shape = printchain.emissions.v1.EventEpochEnd.$Properties;
            }

            /**
             * Properties of an EventRoleSplit.
             * @deprecated Use printchain.emissions.v1.EventRoleSplit.$Properties instead.
             */
            interface IEventRoleSplit extends printchain.emissions.v1.EventRoleSplit.$Properties {
            }

            /** Represents an EventRoleSplit. */
            class EventRoleSplit {

                /**
                 * Constructs a new EventRoleSplit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.EventRoleSplit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventRoleSplit epoch. */
                epoch: (number|Long);

                /** EventRoleSplit role. */
                role: printchain.emissions.v1.Role;

                /** EventRoleSplit weight. */
                weight: number;

                /** EventRoleSplit pool. */
                pool: string;

                /** EventRoleSplit paid. */
                paid: string;

                /** EventRoleSplit recipients. */
                recipients: number;

                /**
                 * Creates a new EventRoleSplit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventRoleSplit instance
                 */
                static create(properties: printchain.emissions.v1.EventRoleSplit.$Shape): printchain.emissions.v1.EventRoleSplit & printchain.emissions.v1.EventRoleSplit.$Shape;
                static create(properties?: printchain.emissions.v1.EventRoleSplit.$Properties): printchain.emissions.v1.EventRoleSplit;

                /**
                 * Encodes the specified EventRoleSplit message. Does not implicitly {@link printchain.emissions.v1.EventRoleSplit.verify|verify} messages.
                 * @param message EventRoleSplit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.EventRoleSplit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventRoleSplit message, length delimited. Does not implicitly {@link printchain.emissions.v1.EventRoleSplit.verify|verify} messages.
                 * @param message EventRoleSplit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.EventRoleSplit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventRoleSplit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.EventRoleSplit & printchain.emissions.v1.EventRoleSplit.$Shape} EventRoleSplit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.EventRoleSplit & printchain.emissions.v1.EventRoleSplit.$Shape;

                /**
                 * Decodes an EventRoleSplit message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.EventRoleSplit & printchain.emissions.v1.EventRoleSplit.$Shape} EventRoleSplit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.EventRoleSplit & printchain.emissions.v1.EventRoleSplit.$Shape;

                /**
                 * Verifies an EventRoleSplit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventRoleSplit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventRoleSplit
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.EventRoleSplit;

                /**
                 * Creates a plain object from an EventRoleSplit message. Also converts values to other types if specified.
                 * @param message EventRoleSplit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.EventRoleSplit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventRoleSplit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventRoleSplit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventRoleSplit {

                /** Properties of an EventRoleSplit. */
                interface $Properties {

                    /** EventRoleSplit epoch */
                    epoch?: (number|Long|null);

                    /** EventRoleSplit role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** EventRoleSplit weight */
                    weight?: (number|null);

                    /** EventRoleSplit pool */
                    pool?: (string|null);

                    /** EventRoleSplit paid */
                    paid?: (string|null);

                    /** EventRoleSplit recipients */
                    recipients?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventRoleSplit. */
                type $Shape = printchain.emissions.v1.EventRoleSplit.$Properties;
            }

            /**
             * Properties of an EventReward.
             * @deprecated Use printchain.emissions.v1.EventReward.$Properties instead.
             */
            interface IEventReward extends printchain.emissions.v1.EventReward.$Properties {
            }

            /** Represents an EventReward. */
            class EventReward {

                /**
                 * Constructs a new EventReward.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.EventReward.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventReward epoch. */
                epoch: (number|Long);

                /** EventReward role. */
                role: printchain.emissions.v1.Role;

                /** EventReward recipient. */
                recipient: string;

                /** EventReward printerId. */
                printerId: string;

                /** EventReward points. */
                points: string;

                /** EventReward amount. */
                amount: string;

                /**
                 * Creates a new EventReward instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventReward instance
                 */
                static create(properties: printchain.emissions.v1.EventReward.$Shape): printchain.emissions.v1.EventReward & printchain.emissions.v1.EventReward.$Shape;
                static create(properties?: printchain.emissions.v1.EventReward.$Properties): printchain.emissions.v1.EventReward;

                /**
                 * Encodes the specified EventReward message. Does not implicitly {@link printchain.emissions.v1.EventReward.verify|verify} messages.
                 * @param message EventReward message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.EventReward.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventReward message, length delimited. Does not implicitly {@link printchain.emissions.v1.EventReward.verify|verify} messages.
                 * @param message EventReward message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.EventReward.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventReward message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.EventReward & printchain.emissions.v1.EventReward.$Shape} EventReward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.EventReward & printchain.emissions.v1.EventReward.$Shape;

                /**
                 * Decodes an EventReward message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.EventReward & printchain.emissions.v1.EventReward.$Shape} EventReward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.EventReward & printchain.emissions.v1.EventReward.$Shape;

                /**
                 * Verifies an EventReward message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventReward message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventReward
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.EventReward;

                /**
                 * Creates a plain object from an EventReward message. Also converts values to other types if specified.
                 * @param message EventReward
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.EventReward, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventReward to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventReward
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventReward {

                /** Properties of an EventReward. */
                interface $Properties {

                    /** EventReward epoch */
                    epoch?: (number|Long|null);

                    /** EventReward role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** EventReward recipient */
                    recipient?: (string|null);

                    /** EventReward printerId */
                    printerId?: (string|null);

                    /** EventReward points */
                    points?: (string|null);

                    /** EventReward amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventReward. */
                type $Shape = printchain.emissions.v1.EventReward.$Properties;
            }

            /**
             * Properties of an EventContributionAttested.
             * @deprecated Use printchain.emissions.v1.EventContributionAttested.$Properties instead.
             */
            interface IEventContributionAttested extends printchain.emissions.v1.EventContributionAttested.$Properties {
            }

            /** Represents an EventContributionAttested. */
            class EventContributionAttested {

                /**
                 * Constructs a new EventContributionAttested.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.EventContributionAttested.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventContributionAttested epoch. */
                epoch: (number|Long);

                /** EventContributionAttested role. */
                role: printchain.emissions.v1.Role;

                /** EventContributionAttested contributor. */
                contributor: string;

                /** EventContributionAttested attestor. */
                attestor: string;

                /** EventContributionAttested points. */
                points: string;

                /** EventContributionAttested totalPoints. */
                totalPoints: string;

                /**
                 * Creates a new EventContributionAttested instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventContributionAttested instance
                 */
                static create(properties: printchain.emissions.v1.EventContributionAttested.$Shape): printchain.emissions.v1.EventContributionAttested & printchain.emissions.v1.EventContributionAttested.$Shape;
                static create(properties?: printchain.emissions.v1.EventContributionAttested.$Properties): printchain.emissions.v1.EventContributionAttested;

                /**
                 * Encodes the specified EventContributionAttested message. Does not implicitly {@link printchain.emissions.v1.EventContributionAttested.verify|verify} messages.
                 * @param message EventContributionAttested message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.EventContributionAttested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventContributionAttested message, length delimited. Does not implicitly {@link printchain.emissions.v1.EventContributionAttested.verify|verify} messages.
                 * @param message EventContributionAttested message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.EventContributionAttested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventContributionAttested message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.EventContributionAttested & printchain.emissions.v1.EventContributionAttested.$Shape} EventContributionAttested
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.EventContributionAttested & printchain.emissions.v1.EventContributionAttested.$Shape;

                /**
                 * Decodes an EventContributionAttested message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.EventContributionAttested & printchain.emissions.v1.EventContributionAttested.$Shape} EventContributionAttested
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.EventContributionAttested & printchain.emissions.v1.EventContributionAttested.$Shape;

                /**
                 * Verifies an EventContributionAttested message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventContributionAttested message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventContributionAttested
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.EventContributionAttested;

                /**
                 * Creates a plain object from an EventContributionAttested message. Also converts values to other types if specified.
                 * @param message EventContributionAttested
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.EventContributionAttested, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventContributionAttested to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventContributionAttested
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventContributionAttested {

                /** Properties of an EventContributionAttested. */
                interface $Properties {

                    /** EventContributionAttested epoch */
                    epoch?: (number|Long|null);

                    /** EventContributionAttested role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** EventContributionAttested contributor */
                    contributor?: (string|null);

                    /** EventContributionAttested attestor */
                    attestor?: (string|null);

                    /** EventContributionAttested points */
                    points?: (string|null);

                    /** EventContributionAttested totalPoints */
                    totalPoints?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventContributionAttested. */
                type $Shape = printchain.emissions.v1.EventContributionAttested.$Properties;
            }

            /**
             * Properties of an EventPrinterPoints.
             * @deprecated Use printchain.emissions.v1.EventPrinterPoints.$Properties instead.
             */
            interface IEventPrinterPoints extends printchain.emissions.v1.EventPrinterPoints.$Properties {
            }

            /** Represents an EventPrinterPoints. */
            class EventPrinterPoints {

                /**
                 * Constructs a new EventPrinterPoints.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.EventPrinterPoints.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventPrinterPoints epoch. */
                epoch: (number|Long);

                /** EventPrinterPoints printerId. */
                printerId: string;

                /** EventPrinterPoints jobId. */
                jobId: (number|Long);

                /** EventPrinterPoints jobPoints. */
                jobPoints: string;

                /** EventPrinterPoints epochPoints. */
                epochPoints: string;

                /** EventPrinterPoints selfDealt. */
                selfDealt: boolean;

                /**
                 * Creates a new EventPrinterPoints instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventPrinterPoints instance
                 */
                static create(properties: printchain.emissions.v1.EventPrinterPoints.$Shape): printchain.emissions.v1.EventPrinterPoints & printchain.emissions.v1.EventPrinterPoints.$Shape;
                static create(properties?: printchain.emissions.v1.EventPrinterPoints.$Properties): printchain.emissions.v1.EventPrinterPoints;

                /**
                 * Encodes the specified EventPrinterPoints message. Does not implicitly {@link printchain.emissions.v1.EventPrinterPoints.verify|verify} messages.
                 * @param message EventPrinterPoints message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.EventPrinterPoints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventPrinterPoints message, length delimited. Does not implicitly {@link printchain.emissions.v1.EventPrinterPoints.verify|verify} messages.
                 * @param message EventPrinterPoints message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.EventPrinterPoints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventPrinterPoints message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.EventPrinterPoints & printchain.emissions.v1.EventPrinterPoints.$Shape} EventPrinterPoints
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.EventPrinterPoints & printchain.emissions.v1.EventPrinterPoints.$Shape;

                /**
                 * Decodes an EventPrinterPoints message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.EventPrinterPoints & printchain.emissions.v1.EventPrinterPoints.$Shape} EventPrinterPoints
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.EventPrinterPoints & printchain.emissions.v1.EventPrinterPoints.$Shape;

                /**
                 * Verifies an EventPrinterPoints message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventPrinterPoints message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventPrinterPoints
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.EventPrinterPoints;

                /**
                 * Creates a plain object from an EventPrinterPoints message. Also converts values to other types if specified.
                 * @param message EventPrinterPoints
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.EventPrinterPoints, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventPrinterPoints to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventPrinterPoints
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrinterPoints {

                /** Properties of an EventPrinterPoints. */
                interface $Properties {

                    /** EventPrinterPoints epoch */
                    epoch?: (number|Long|null);

                    /** EventPrinterPoints printerId */
                    printerId?: (string|null);

                    /** EventPrinterPoints jobId */
                    jobId?: (number|Long|null);

                    /** EventPrinterPoints jobPoints */
                    jobPoints?: (string|null);

                    /** EventPrinterPoints epochPoints */
                    epochPoints?: (string|null);

                    /** EventPrinterPoints selfDealt */
                    selfDealt?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrinterPoints. */
                type $Shape = printchain.emissions.v1.EventPrinterPoints.$Properties;
            }

            /** Role enum. */
            enum Role {

                /** ROLE_UNSPECIFIED value */
                ROLE_UNSPECIFIED = 0,

                /** ROLE_PRINTERS value */
                ROLE_PRINTERS = 1,

                /** ROLE_VALIDATORS value */
                ROLE_VALIDATORS = 2,

                /** ROLE_DEVELOPERS value */
                ROLE_DEVELOPERS = 3,

                /** ROLE_MODEL_PROVIDERS value */
                ROLE_MODEL_PROVIDERS = 4,

                /** ROLE_LIQUIDITY_PROVIDERS value */
                ROLE_LIQUIDITY_PROVIDERS = 5,

                /** ROLE_COMMUNITY value */
                ROLE_COMMUNITY = 6
            }

            /**
             * Properties of a RoleWeight.
             * @deprecated Use printchain.emissions.v1.RoleWeight.$Properties instead.
             */
            interface IRoleWeight extends printchain.emissions.v1.RoleWeight.$Properties {
            }

            /** Represents a RoleWeight. */
            class RoleWeight {

                /**
                 * Constructs a new RoleWeight.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.RoleWeight.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoleWeight role. */
                role: printchain.emissions.v1.Role;

                /** RoleWeight weight. */
                weight: number;

                /**
                 * Creates a new RoleWeight instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoleWeight instance
                 */
                static create(properties: printchain.emissions.v1.RoleWeight.$Shape): printchain.emissions.v1.RoleWeight & printchain.emissions.v1.RoleWeight.$Shape;
                static create(properties?: printchain.emissions.v1.RoleWeight.$Properties): printchain.emissions.v1.RoleWeight;

                /**
                 * Encodes the specified RoleWeight message. Does not implicitly {@link printchain.emissions.v1.RoleWeight.verify|verify} messages.
                 * @param message RoleWeight message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.RoleWeight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RoleWeight message, length delimited. Does not implicitly {@link printchain.emissions.v1.RoleWeight.verify|verify} messages.
                 * @param message RoleWeight message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.RoleWeight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoleWeight message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.RoleWeight & printchain.emissions.v1.RoleWeight.$Shape} RoleWeight
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.RoleWeight & printchain.emissions.v1.RoleWeight.$Shape;

                /**
                 * Decodes a RoleWeight message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.RoleWeight & printchain.emissions.v1.RoleWeight.$Shape} RoleWeight
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.RoleWeight & printchain.emissions.v1.RoleWeight.$Shape;

                /**
                 * Verifies a RoleWeight message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RoleWeight message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RoleWeight
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.RoleWeight;

                /**
                 * Creates a plain object from a RoleWeight message. Also converts values to other types if specified.
                 * @param message RoleWeight
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.RoleWeight, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RoleWeight to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RoleWeight
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoleWeight {

                /** Properties of a RoleWeight. */
                interface $Properties {

                    /** RoleWeight role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** RoleWeight weight */
                    weight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoleWeight. */
                type $Shape = printchain.emissions.v1.RoleWeight.$Properties;
            }

            /**
             * Properties of a PointCoefficients.
             * @deprecated Use printchain.emissions.v1.PointCoefficients.$Properties instead.
             */
            interface IPointCoefficients extends printchain.emissions.v1.PointCoefficients.$Properties {
            }

            /** Represents a PointCoefficients. */
            class PointCoefficients {

                /**
                 * Constructs a new PointCoefficients.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.PointCoefficients.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PointCoefficients successMaxBps. */
                successMaxBps: number;

                /** PointCoefficients successMinBps. */
                successMinBps: number;

                /** PointCoefficients completionGateBps. */
                completionGateBps: number;

                /** PointCoefficients proofBonus. */
                proofBonus: string;

                /** PointCoefficients fulfilmentBonus. */
                fulfilmentBonus: string;

                /** PointCoefficients fixedBonusCapBps. */
                fixedBonusCapBps: number;

                /** PointCoefficients acceptMaxMs. */
                acceptMaxMs: (number|Long);

                /** PointCoefficients acceptMaxBps. */
                acceptMaxBps: number;

                /** PointCoefficients acceptLateBps. */
                acceptLateBps: number;

                /** PointCoefficients materialBps. */
                materialBps: number;

                /** PointCoefficients effortThresholdSeconds. */
                effortThresholdSeconds: (number|Long);

                /** PointCoefficients effortBps. */
                effortBps: number;

                /** PointCoefficients defaultQuality. */
                defaultQuality: number;

                /**
                 * Creates a new PointCoefficients instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PointCoefficients instance
                 */
                static create(properties: printchain.emissions.v1.PointCoefficients.$Shape): printchain.emissions.v1.PointCoefficients & printchain.emissions.v1.PointCoefficients.$Shape;
                static create(properties?: printchain.emissions.v1.PointCoefficients.$Properties): printchain.emissions.v1.PointCoefficients;

                /**
                 * Encodes the specified PointCoefficients message. Does not implicitly {@link printchain.emissions.v1.PointCoefficients.verify|verify} messages.
                 * @param message PointCoefficients message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.PointCoefficients.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PointCoefficients message, length delimited. Does not implicitly {@link printchain.emissions.v1.PointCoefficients.verify|verify} messages.
                 * @param message PointCoefficients message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.PointCoefficients.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PointCoefficients message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.PointCoefficients & printchain.emissions.v1.PointCoefficients.$Shape} PointCoefficients
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.PointCoefficients & printchain.emissions.v1.PointCoefficients.$Shape;

                /**
                 * Decodes a PointCoefficients message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.PointCoefficients & printchain.emissions.v1.PointCoefficients.$Shape} PointCoefficients
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.PointCoefficients & printchain.emissions.v1.PointCoefficients.$Shape;

                /**
                 * Verifies a PointCoefficients message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PointCoefficients message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PointCoefficients
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.PointCoefficients;

                /**
                 * Creates a plain object from a PointCoefficients message. Also converts values to other types if specified.
                 * @param message PointCoefficients
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.PointCoefficients, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PointCoefficients to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PointCoefficients
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PointCoefficients {

                /** Properties of a PointCoefficients. */
                interface $Properties {

                    /** PointCoefficients successMaxBps */
                    successMaxBps?: (number|null);

                    /** PointCoefficients successMinBps */
                    successMinBps?: (number|null);

                    /** PointCoefficients completionGateBps */
                    completionGateBps?: (number|null);

                    /** PointCoefficients proofBonus */
                    proofBonus?: (string|null);

                    /** PointCoefficients fulfilmentBonus */
                    fulfilmentBonus?: (string|null);

                    /** PointCoefficients fixedBonusCapBps */
                    fixedBonusCapBps?: (number|null);

                    /** PointCoefficients acceptMaxMs */
                    acceptMaxMs?: (number|Long|null);

                    /** PointCoefficients acceptMaxBps */
                    acceptMaxBps?: (number|null);

                    /** PointCoefficients acceptLateBps */
                    acceptLateBps?: (number|null);

                    /** PointCoefficients materialBps */
                    materialBps?: (number|null);

                    /** PointCoefficients effortThresholdSeconds */
                    effortThresholdSeconds?: (number|Long|null);

                    /** PointCoefficients effortBps */
                    effortBps?: (number|null);

                    /** PointCoefficients defaultQuality */
                    defaultQuality?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PointCoefficients. */
                type $Shape = printchain.emissions.v1.PointCoefficients.$Properties;
            }

            /**
             * Properties of a ValidatorShare.
             * @deprecated Use printchain.emissions.v1.ValidatorShare.$Properties instead.
             */
            interface IValidatorShare extends printchain.emissions.v1.ValidatorShare.$Properties {
            }

            /** Represents a ValidatorShare. */
            class ValidatorShare {

                /**
                 * Constructs a new ValidatorShare.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.ValidatorShare.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ValidatorShare address. */
                address: string;

                /** ValidatorShare power. */
                power: (number|Long);

                /**
                 * Creates a new ValidatorShare instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ValidatorShare instance
                 */
                static create(properties: printchain.emissions.v1.ValidatorShare.$Shape): printchain.emissions.v1.ValidatorShare & printchain.emissions.v1.ValidatorShare.$Shape;
                static create(properties?: printchain.emissions.v1.ValidatorShare.$Properties): printchain.emissions.v1.ValidatorShare;

                /**
                 * Encodes the specified ValidatorShare message. Does not implicitly {@link printchain.emissions.v1.ValidatorShare.verify|verify} messages.
                 * @param message ValidatorShare message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.ValidatorShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ValidatorShare message, length delimited. Does not implicitly {@link printchain.emissions.v1.ValidatorShare.verify|verify} messages.
                 * @param message ValidatorShare message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.ValidatorShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ValidatorShare message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.ValidatorShare & printchain.emissions.v1.ValidatorShare.$Shape} ValidatorShare
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.ValidatorShare & printchain.emissions.v1.ValidatorShare.$Shape;

                /**
                 * Decodes a ValidatorShare message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.ValidatorShare & printchain.emissions.v1.ValidatorShare.$Shape} ValidatorShare
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.ValidatorShare & printchain.emissions.v1.ValidatorShare.$Shape;

                /**
                 * Verifies a ValidatorShare message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ValidatorShare message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ValidatorShare
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.ValidatorShare;

                /**
                 * Creates a plain object from a ValidatorShare message. Also converts values to other types if specified.
                 * @param message ValidatorShare
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.ValidatorShare, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ValidatorShare to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ValidatorShare
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ValidatorShare {

                /** Properties of a ValidatorShare. */
                interface $Properties {

                    /** ValidatorShare address */
                    address?: (string|null);

                    /** ValidatorShare power */
                    power?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ValidatorShare. */
                type $Shape = printchain.emissions.v1.ValidatorShare.$Properties;
            }

            /**
             * Properties of a Params.
             * @deprecated Use printchain.emissions.v1.Params.$Properties instead.
             */
            interface IParams extends printchain.emissions.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params epochLength. */
                epochLength: (number|Long);

                /** Params mintDenom. */
                mintDenom: string;

                /** Params initialEpochEmission. */
                initialEpochEmission: string;

                /** Params halvingInterval. */
                halvingInterval: number;

                /** Params maxSupply. */
                maxSupply: string;

                /** Params roleWeights. */
                roleWeights: printchain.emissions.v1.RoleWeight.$Properties[];

                /** Params points. */
                points?: (printchain.emissions.v1.PointCoefficients.$Properties|null);

                /** Params maxPointsPerPrinter. */
                maxPointsPerPrinter: string;

                /** Params attestors. */
                attestors: string[];

                /** Params validators. */
                validators: printchain.emissions.v1.ValidatorShare.$Properties[];

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                static create(properties: printchain.emissions.v1.Params.$Shape): printchain.emissions.v1.Params & printchain.emissions.v1.Params.$Shape;
                static create(properties?: printchain.emissions.v1.Params.$Properties): printchain.emissions.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link printchain.emissions.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Params message, length delimited. Does not implicitly {@link printchain.emissions.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.Params & printchain.emissions.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.Params & printchain.emissions.v1.Params.$Shape;

                /**
                 * Decodes a Params message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.Params & printchain.emissions.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.Params & printchain.emissions.v1.Params.$Shape;

                /**
                 * Verifies a Params message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Params
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {

                /** Properties of a Params. */
                interface $Properties {

                    /** Params epochLength */
                    epochLength?: (number|Long|null);

                    /** Params mintDenom */
                    mintDenom?: (string|null);

                    /** Params initialEpochEmission */
                    initialEpochEmission?: (string|null);

                    /** Params halvingInterval */
                    halvingInterval?: (number|null);

                    /** Params maxSupply */
                    maxSupply?: (string|null);

                    /** Params roleWeights */
                    roleWeights?: (printchain.emissions.v1.RoleWeight.$Properties[]|null);

                    /** Params points */
                    points?: (printchain.emissions.v1.PointCoefficients.$Properties|null);

                    /** Params maxPointsPerPrinter */
                    maxPointsPerPrinter?: (string|null);

                    /** Params attestors */
                    attestors?: (string[]|null);

                    /** Params validators */
                    validators?: (printchain.emissions.v1.ValidatorShare.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = printchain.emissions.v1.Params.$Properties;
            }

            /**
             * Properties of a PrinterPoints.
             * @deprecated Use printchain.emissions.v1.PrinterPoints.$Properties instead.
             */
            interface IPrinterPoints extends printchain.emissions.v1.PrinterPoints.$Properties {
            }

            /** Represents a PrinterPoints. */
            class PrinterPoints {

                /**
                 * Constructs a new PrinterPoints.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.PrinterPoints.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PrinterPoints epoch. */
                epoch: (number|Long);

                /** PrinterPoints printerId. */
                printerId: string;

                /** PrinterPoints owner. */
                owner: string;

                /** PrinterPoints points. */
                points: string;

                /** PrinterPoints uncappedPoints. */
                uncappedPoints: string;

                /** PrinterPoints jobs. */
                jobs: number;

                /** PrinterPoints selfDealtJobs. */
                selfDealtJobs: number;

                /**
                 * Creates a new PrinterPoints instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PrinterPoints instance
                 */
                static create(properties: printchain.emissions.v1.PrinterPoints.$Shape): printchain.emissions.v1.PrinterPoints & printchain.emissions.v1.PrinterPoints.$Shape;
                static create(properties?: printchain.emissions.v1.PrinterPoints.$Properties): printchain.emissions.v1.PrinterPoints;

                /**
                 * Encodes the specified PrinterPoints message. Does not implicitly {@link printchain.emissions.v1.PrinterPoints.verify|verify} messages.
                 * @param message PrinterPoints message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.PrinterPoints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PrinterPoints message, length delimited. Does not implicitly {@link printchain.emissions.v1.PrinterPoints.verify|verify} messages.
                 * @param message PrinterPoints message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.PrinterPoints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PrinterPoints message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.PrinterPoints & printchain.emissions.v1.PrinterPoints.$Shape} PrinterPoints
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.PrinterPoints & printchain.emissions.v1.PrinterPoints.$Shape;

                /**
                 * Decodes a PrinterPoints message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.PrinterPoints & printchain.emissions.v1.PrinterPoints.$Shape} PrinterPoints
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.PrinterPoints & printchain.emissions.v1.PrinterPoints.$Shape;

                /**
                 * Verifies a PrinterPoints message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PrinterPoints message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PrinterPoints
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.PrinterPoints;

                /**
                 * Creates a plain object from a PrinterPoints message. Also converts values to other types if specified.
                 * @param message PrinterPoints
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.PrinterPoints, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PrinterPoints to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PrinterPoints
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PrinterPoints {

                /** Properties of a PrinterPoints. */
                interface $Properties {

                    /** PrinterPoints epoch */
                    epoch?: (number|Long|null);

                    /** PrinterPoints printerId */
                    printerId?: (string|null);

                    /** PrinterPoints owner */
                    owner?: (string|null);

                    /** PrinterPoints points */
                    points?: (string|null);

                    /** PrinterPoints uncappedPoints */
                    uncappedPoints?: (string|null);

                    /** PrinterPoints jobs */
                    jobs?: (number|null);

                    /** PrinterPoints selfDealtJobs */
                    selfDealtJobs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PrinterPoints. */
                type $Shape = printchain.emissions.v1.PrinterPoints.$Properties;
            }

            /**
             * Properties of a Contribution.
             * @deprecated Use printchain.emissions.v1.Contribution.$Properties instead.
             */
            interface IContribution extends printchain.emissions.v1.Contribution.$Properties {
            }

            /** Represents a Contribution. */
            class Contribution {

                /**
                 * Constructs a new Contribution.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.Contribution.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Contribution epoch. */
                epoch: (number|Long);

                /** Contribution role. */
                role: printchain.emissions.v1.Role;

                /** Contribution contributor. */
                contributor: string;

                /** Contribution points. */
                points: string;

                /**
                 * Creates a new Contribution instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Contribution instance
                 */
                static create(properties: printchain.emissions.v1.Contribution.$Shape): printchain.emissions.v1.Contribution & printchain.emissions.v1.Contribution.$Shape;
                static create(properties?: printchain.emissions.v1.Contribution.$Properties): printchain.emissions.v1.Contribution;

                /**
                 * Encodes the specified Contribution message. Does not implicitly {@link printchain.emissions.v1.Contribution.verify|verify} messages.
                 * @param message Contribution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.Contribution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Contribution message, length delimited. Does not implicitly {@link printchain.emissions.v1.Contribution.verify|verify} messages.
                 * @param message Contribution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.Contribution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Contribution message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.Contribution & printchain.emissions.v1.Contribution.$Shape} Contribution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.Contribution & printchain.emissions.v1.Contribution.$Shape;

                /**
                 * Decodes a Contribution message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.Contribution & printchain.emissions.v1.Contribution.$Shape} Contribution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.Contribution & printchain.emissions.v1.Contribution.$Shape;

                /**
                 * Verifies a Contribution message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Contribution message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Contribution
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.Contribution;

                /**
                 * Creates a plain object from a Contribution message. Also converts values to other types if specified.
                 * @param message Contribution
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.Contribution, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Contribution to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Contribution
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Contribution {

                /** Properties of a Contribution. */
                interface $Properties {

                    /** Contribution epoch */
                    epoch?: (number|Long|null);

                    /** Contribution role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** Contribution contributor */
                    contributor?: (string|null);

                    /** Contribution points */
                    points?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Contribution. */
                type $Shape = printchain.emissions.v1.Contribution.$Properties;
            }

            /**
             * Properties of a RolePayout.
             * @deprecated Use printchain.emissions.v1.RolePayout.$Properties instead.
             */
            interface IRolePayout extends printchain.emissions.v1.RolePayout.$Properties {
            }

            /** Represents a RolePayout. */
            class RolePayout {

                /**
                 * Constructs a new RolePayout.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.RolePayout.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RolePayout role. */
                role: printchain.emissions.v1.Role;

                /** RolePayout weight. */
                weight: number;

                /** RolePayout pool. */
                pool: string;

                /** RolePayout paid. */
                paid: string;

                /** RolePayout recipients. */
                recipients: number;

                /** RolePayout points. */
                points: string;

                /**
                 * Creates a new RolePayout instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RolePayout instance
                 */
                static create(properties: printchain.emissions.v1.RolePayout.$Shape): printchain.emissions.v1.RolePayout & printchain.emissions.v1.RolePayout.$Shape;
                static create(properties?: printchain.emissions.v1.RolePayout.$Properties): printchain.emissions.v1.RolePayout;

                /**
                 * Encodes the specified RolePayout message. Does not implicitly {@link printchain.emissions.v1.RolePayout.verify|verify} messages.
                 * @param message RolePayout message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.RolePayout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RolePayout message, length delimited. Does not implicitly {@link printchain.emissions.v1.RolePayout.verify|verify} messages.
                 * @param message RolePayout message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.RolePayout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RolePayout message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.RolePayout & printchain.emissions.v1.RolePayout.$Shape} RolePayout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.RolePayout & printchain.emissions.v1.RolePayout.$Shape;

                /**
                 * Decodes a RolePayout message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.RolePayout & printchain.emissions.v1.RolePayout.$Shape} RolePayout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.RolePayout & printchain.emissions.v1.RolePayout.$Shape;

                /**
                 * Verifies a RolePayout message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RolePayout message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RolePayout
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.RolePayout;

                /**
                 * Creates a plain object from a RolePayout message. Also converts values to other types if specified.
                 * @param message RolePayout
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.RolePayout, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RolePayout to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RolePayout
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RolePayout {

                /** Properties of a RolePayout. */
                interface $Properties {

                    /** RolePayout role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** RolePayout weight */
                    weight?: (number|null);

                    /** RolePayout pool */
                    pool?: (string|null);

                    /** RolePayout paid */
                    paid?: (string|null);

                    /** RolePayout recipients */
                    recipients?: (number|null);

                    /** RolePayout points */
                    points?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RolePayout. */
                type $Shape = printchain.emissions.v1.RolePayout.$Properties;
            }

            /**
             * Properties of an EpochSummary.
             * @deprecated Use printchain.emissions.v1.EpochSummary.$Properties instead.
             */
            interface IEpochSummary extends printchain.emissions.v1.EpochSummary.$Properties {
            }

            /** Represents an EpochSummary. */
            class EpochSummary {

                /**
                 * Constructs a new EpochSummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.EpochSummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EpochSummary epoch. */
                epoch: (number|Long);

                /** EpochSummary startHeight. */
                startHeight: (number|Long);

                /** EpochSummary endHeight. */
                endHeight: (number|Long);

                /** EpochSummary endTimeMs. */
                endTimeMs: (number|Long);

                /** EpochSummary minted. */
                minted: string;

                /** EpochSummary fees. */
                fees: string;

                /** EpochSummary total. */
                total: string;

                /** EpochSummary roles. */
                roles: printchain.emissions.v1.RolePayout.$Properties[];

                /** EpochSummary communityPoolAdded. */
                communityPoolAdded: string;

                /** EpochSummary supplyAfter. */
                supplyAfter: string;

                /**
                 * Creates a new EpochSummary instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EpochSummary instance
                 */
                static create(properties: printchain.emissions.v1.EpochSummary.$Shape): printchain.emissions.v1.EpochSummary & printchain.emissions.v1.EpochSummary.$Shape;
                static create(properties?: printchain.emissions.v1.EpochSummary.$Properties): printchain.emissions.v1.EpochSummary;

                /**
                 * Encodes the specified EpochSummary message. Does not implicitly {@link printchain.emissions.v1.EpochSummary.verify|verify} messages.
                 * @param message EpochSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.EpochSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EpochSummary message, length delimited. Does not implicitly {@link printchain.emissions.v1.EpochSummary.verify|verify} messages.
                 * @param message EpochSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.EpochSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EpochSummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.EpochSummary & printchain.emissions.v1.EpochSummary.$Shape} EpochSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.EpochSummary & printchain.emissions.v1.EpochSummary.$Shape;

                /**
                 * Decodes an EpochSummary message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.EpochSummary & printchain.emissions.v1.EpochSummary.$Shape} EpochSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.EpochSummary & printchain.emissions.v1.EpochSummary.$Shape;

                /**
                 * Verifies an EpochSummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EpochSummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EpochSummary
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.EpochSummary;

                /**
                 * Creates a plain object from an EpochSummary message. Also converts values to other types if specified.
                 * @param message EpochSummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.EpochSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EpochSummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EpochSummary
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EpochSummary {

                /** Properties of an EpochSummary. */
                interface $Properties {

                    /** EpochSummary epoch */
                    epoch?: (number|Long|null);

                    /** EpochSummary startHeight */
                    startHeight?: (number|Long|null);

                    /** EpochSummary endHeight */
                    endHeight?: (number|Long|null);

                    /** EpochSummary endTimeMs */
                    endTimeMs?: (number|Long|null);

                    /** EpochSummary minted */
                    minted?: (string|null);

                    /** EpochSummary fees */
                    fees?: (string|null);

                    /** EpochSummary total */
                    total?: (string|null);

                    /** EpochSummary roles */
                    roles?: (printchain.emissions.v1.RolePayout.$Properties[]|null);

                    /** EpochSummary communityPoolAdded */
                    communityPoolAdded?: (string|null);

                    /** EpochSummary supplyAfter */
                    supplyAfter?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EpochSummary. */
                type $Shape = printchain.emissions.v1.EpochSummary.$Properties;
            }

            /**
             * Properties of a Reward.
             * @deprecated Use printchain.emissions.v1.Reward.$Properties instead.
             */
            interface IReward extends printchain.emissions.v1.Reward.$Properties {
            }

            /** Represents a Reward. */
            class Reward {

                /**
                 * Constructs a new Reward.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.Reward.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Reward epoch. */
                epoch: (number|Long);

                /** Reward role. */
                role: printchain.emissions.v1.Role;

                /** Reward recipient. */
                recipient: string;

                /** Reward printerId. */
                printerId: string;

                /** Reward points. */
                points: string;

                /** Reward amount. */
                amount: string;

                /**
                 * Creates a new Reward instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reward instance
                 */
                static create(properties: printchain.emissions.v1.Reward.$Shape): printchain.emissions.v1.Reward & printchain.emissions.v1.Reward.$Shape;
                static create(properties?: printchain.emissions.v1.Reward.$Properties): printchain.emissions.v1.Reward;

                /**
                 * Encodes the specified Reward message. Does not implicitly {@link printchain.emissions.v1.Reward.verify|verify} messages.
                 * @param message Reward message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.Reward.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Reward message, length delimited. Does not implicitly {@link printchain.emissions.v1.Reward.verify|verify} messages.
                 * @param message Reward message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.Reward.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reward message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.Reward & printchain.emissions.v1.Reward.$Shape} Reward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.Reward & printchain.emissions.v1.Reward.$Shape;

                /**
                 * Decodes a Reward message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.Reward & printchain.emissions.v1.Reward.$Shape} Reward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.Reward & printchain.emissions.v1.Reward.$Shape;

                /**
                 * Verifies a Reward message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reward message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reward
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.Reward;

                /**
                 * Creates a plain object from a Reward message. Also converts values to other types if specified.
                 * @param message Reward
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.Reward, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reward to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Reward
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reward {

                /** Properties of a Reward. */
                interface $Properties {

                    /** Reward epoch */
                    epoch?: (number|Long|null);

                    /** Reward role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** Reward recipient */
                    recipient?: (string|null);

                    /** Reward printerId */
                    printerId?: (string|null);

                    /** Reward points */
                    points?: (string|null);

                    /** Reward amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reward. */
                type $Shape = printchain.emissions.v1.Reward.$Properties;
            }

            /**
             * Properties of an EpochState.
             * @deprecated Use printchain.emissions.v1.EpochState.$Properties instead.
             */
            interface IEpochState extends printchain.emissions.v1.EpochState.$Properties {
            }

            /** Represents an EpochState. */
            class EpochState {

                /**
                 * Constructs a new EpochState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.EpochState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EpochState lastEpoch. */
                lastEpoch: (number|Long);

                /** EpochState lastEndHeight. */
                lastEndHeight: (number|Long);

                /** EpochState weights. */
                weights: printchain.emissions.v1.RoleWeight.$Properties[];

                /** EpochState endHeight. */
                endHeight: (number|Long);

                /**
                 * Creates a new EpochState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EpochState instance
                 */
                static create(properties: printchain.emissions.v1.EpochState.$Shape): printchain.emissions.v1.EpochState & printchain.emissions.v1.EpochState.$Shape;
                static create(properties?: printchain.emissions.v1.EpochState.$Properties): printchain.emissions.v1.EpochState;

                /**
                 * Encodes the specified EpochState message. Does not implicitly {@link printchain.emissions.v1.EpochState.verify|verify} messages.
                 * @param message EpochState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.EpochState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EpochState message, length delimited. Does not implicitly {@link printchain.emissions.v1.EpochState.verify|verify} messages.
                 * @param message EpochState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.EpochState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EpochState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.EpochState & printchain.emissions.v1.EpochState.$Shape} EpochState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.EpochState & printchain.emissions.v1.EpochState.$Shape;

                /**
                 * Decodes an EpochState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.EpochState & printchain.emissions.v1.EpochState.$Shape} EpochState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.EpochState & printchain.emissions.v1.EpochState.$Shape;

                /**
                 * Verifies an EpochState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EpochState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EpochState
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.EpochState;

                /**
                 * Creates a plain object from an EpochState message. Also converts values to other types if specified.
                 * @param message EpochState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.EpochState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EpochState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EpochState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EpochState {

                /** Properties of an EpochState. */
                interface $Properties {

                    /** EpochState lastEpoch */
                    lastEpoch?: (number|Long|null);

                    /** EpochState lastEndHeight */
                    lastEndHeight?: (number|Long|null);

                    /** EpochState weights */
                    weights?: (printchain.emissions.v1.RoleWeight.$Properties[]|null);

                    /** EpochState endHeight */
                    endHeight?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EpochState. */
                type $Shape = printchain.emissions.v1.EpochState.$Properties;
            }

            /**
             * Properties of a GenesisState.
             * @deprecated Use printchain.emissions.v1.GenesisState.$Properties instead.
             */
            interface IGenesisState extends printchain.emissions.v1.GenesisState.$Properties {
            }

            /** Represents a GenesisState. */
            class GenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.GenesisState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisState params. */
                params?: (printchain.emissions.v1.Params.$Properties|null);

                /** GenesisState printerPoints. */
                printerPoints: printchain.emissions.v1.PrinterPoints.$Properties[];

                /** GenesisState contributions. */
                contributions: printchain.emissions.v1.Contribution.$Properties[];

                /** GenesisState summaries. */
                summaries: printchain.emissions.v1.EpochSummary.$Properties[];

                /** GenesisState rewards. */
                rewards: printchain.emissions.v1.Reward.$Properties[];

                /** GenesisState epochState. */
                epochState?: (printchain.emissions.v1.EpochState.$Properties|null);

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                static create(properties: printchain.emissions.v1.GenesisState.$Shape): printchain.emissions.v1.GenesisState & printchain.emissions.v1.GenesisState.$Shape;
                static create(properties?: printchain.emissions.v1.GenesisState.$Properties): printchain.emissions.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link printchain.emissions.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GenesisState message, length delimited. Does not implicitly {@link printchain.emissions.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.GenesisState & printchain.emissions.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.GenesisState & printchain.emissions.v1.GenesisState.$Shape;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.GenesisState & printchain.emissions.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.GenesisState & printchain.emissions.v1.GenesisState.$Shape;

                /**
                 * Verifies a GenesisState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisState
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.GenesisState;

                /**
                 * Creates a plain object from a GenesisState message. Also converts values to other types if specified.
                 * @param message GenesisState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {

                /** Properties of a GenesisState. */
                interface $Properties {

                    /** GenesisState params */
                    params?: (printchain.emissions.v1.Params.$Properties|null);

                    /** GenesisState printerPoints */
                    printerPoints?: (printchain.emissions.v1.PrinterPoints.$Properties[]|null);

                    /** GenesisState contributions */
                    contributions?: (printchain.emissions.v1.Contribution.$Properties[]|null);

                    /** GenesisState summaries */
                    summaries?: (printchain.emissions.v1.EpochSummary.$Properties[]|null);

                    /** GenesisState rewards */
                    rewards?: (printchain.emissions.v1.Reward.$Properties[]|null);

                    /** GenesisState epochState */
                    epochState?: (printchain.emissions.v1.EpochState.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisState. */
                type $Shape = printchain.emissions.v1.GenesisState.$Properties;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /** Calls Params. */
                params: printchain.emissions.v1.Query.Params;

                /** Calls CurrentEpoch. */
                currentEpoch: printchain.emissions.v1.Query.CurrentEpoch;

                /** Calls EpochSummary. */
                epochSummary: printchain.emissions.v1.Query.EpochSummary;

                /** Calls Rewards. */
                rewards: printchain.emissions.v1.Query.Rewards;

                /** Calls PrinterPoints. */
                printerPoints: printchain.emissions.v1.Query.PrinterPoints;

                /** Calls Projection. */
                projection: printchain.emissions.v1.Query.Projection;
            }

            namespace Query {

                /**
                 * Callback as used by {@link printchain.emissions.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: printchain.emissions.v1.QueryParamsResponse) => void;

                /** Calls Params. */
                type Params = {
                  (request: printchain.emissions.v1.IQueryParamsRequest, callback: printchain.emissions.v1.Query.ParamsCallback): void;
                  (request: printchain.emissions.v1.IQueryParamsRequest): Promise<printchain.emissions.v1.QueryParamsResponse>;
                  readonly name: "Params";
                  readonly path: "/printchain.emissions.v1.Query/Params";
                  readonly requestType: "QueryParamsRequest";
                  readonly responseType: "QueryParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.emissions.v1.Query#currentEpoch}.
                 * @param error Error, if any
                 * @param [response] QueryCurrentEpochResponse
                 */
                type CurrentEpochCallback = (error: (Error|null), response?: printchain.emissions.v1.QueryCurrentEpochResponse) => void;

                /** Calls CurrentEpoch. */
                type CurrentEpoch = {
                  (request: printchain.emissions.v1.IQueryCurrentEpochRequest, callback: printchain.emissions.v1.Query.CurrentEpochCallback): void;
                  (request: printchain.emissions.v1.IQueryCurrentEpochRequest): Promise<printchain.emissions.v1.QueryCurrentEpochResponse>;
                  readonly name: "CurrentEpoch";
                  readonly path: "/printchain.emissions.v1.Query/CurrentEpoch";
                  readonly requestType: "QueryCurrentEpochRequest";
                  readonly responseType: "QueryCurrentEpochResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.emissions.v1.Query#epochSummary}.
                 * @param error Error, if any
                 * @param [response] QueryEpochSummaryResponse
                 */
                type EpochSummaryCallback = (error: (Error|null), response?: printchain.emissions.v1.QueryEpochSummaryResponse) => void;

                /** Calls EpochSummary. */
                type EpochSummary = {
                  (request: printchain.emissions.v1.IQueryEpochSummaryRequest, callback: printchain.emissions.v1.Query.EpochSummaryCallback): void;
                  (request: printchain.emissions.v1.IQueryEpochSummaryRequest): Promise<printchain.emissions.v1.QueryEpochSummaryResponse>;
                  readonly name: "EpochSummary";
                  readonly path: "/printchain.emissions.v1.Query/EpochSummary";
                  readonly requestType: "QueryEpochSummaryRequest";
                  readonly responseType: "QueryEpochSummaryResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.emissions.v1.Query#rewards}.
                 * @param error Error, if any
                 * @param [response] QueryRewardsResponse
                 */
                type RewardsCallback = (error: (Error|null), response?: printchain.emissions.v1.QueryRewardsResponse) => void;

                /** Calls Rewards. */
                type Rewards = {
                  (request: printchain.emissions.v1.IQueryRewardsRequest, callback: printchain.emissions.v1.Query.RewardsCallback): void;
                  (request: printchain.emissions.v1.IQueryRewardsRequest): Promise<printchain.emissions.v1.QueryRewardsResponse>;
                  readonly name: "Rewards";
                  readonly path: "/printchain.emissions.v1.Query/Rewards";
                  readonly requestType: "QueryRewardsRequest";
                  readonly responseType: "QueryRewardsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.emissions.v1.Query#printerPoints}.
                 * @param error Error, if any
                 * @param [response] QueryPrinterPointsResponse
                 */
                type PrinterPointsCallback = (error: (Error|null), response?: printchain.emissions.v1.QueryPrinterPointsResponse) => void;

                /** Calls PrinterPoints. */
                type PrinterPoints = {
                  (request: printchain.emissions.v1.IQueryPrinterPointsRequest, callback: printchain.emissions.v1.Query.PrinterPointsCallback): void;
                  (request: printchain.emissions.v1.IQueryPrinterPointsRequest): Promise<printchain.emissions.v1.QueryPrinterPointsResponse>;
                  readonly name: "PrinterPoints";
                  readonly path: "/printchain.emissions.v1.Query/PrinterPoints";
                  readonly requestType: "QueryPrinterPointsRequest";
                  readonly responseType: "QueryPrinterPointsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.emissions.v1.Query#projection}.
                 * @param error Error, if any
                 * @param [response] QueryProjectionResponse
                 */
                type ProjectionCallback = (error: (Error|null), response?: printchain.emissions.v1.QueryProjectionResponse) => void;

                /** Calls Projection. */
                type Projection = {
                  (request: printchain.emissions.v1.IQueryProjectionRequest, callback: printchain.emissions.v1.Query.ProjectionCallback): void;
                  (request: printchain.emissions.v1.IQueryProjectionRequest): Promise<printchain.emissions.v1.QueryProjectionResponse>;
                  readonly name: "Projection";
                  readonly path: "/printchain.emissions.v1.Query/Projection";
                  readonly requestType: "QueryProjectionRequest";
                  readonly responseType: "QueryProjectionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use printchain.emissions.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends printchain.emissions.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                static create(properties: printchain.emissions.v1.QueryParamsRequest.$Shape): printchain.emissions.v1.QueryParamsRequest & printchain.emissions.v1.QueryParamsRequest.$Shape;
                static create(properties?: printchain.emissions.v1.QueryParamsRequest.$Properties): printchain.emissions.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link printchain.emissions.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryParamsRequest message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryParamsRequest & printchain.emissions.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryParamsRequest & printchain.emissions.v1.QueryParamsRequest.$Shape;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryParamsRequest & printchain.emissions.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryParamsRequest & printchain.emissions.v1.QueryParamsRequest.$Shape;

                /**
                 * Verifies a QueryParamsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {

                /** Properties of a QueryParamsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsRequest. */
                type $Shape = printchain.emissions.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use printchain.emissions.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends printchain.emissions.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (printchain.emissions.v1.Params.$Properties|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                static create(properties: printchain.emissions.v1.QueryParamsResponse.$Shape): printchain.emissions.v1.QueryParamsResponse & printchain.emissions.v1.QueryParamsResponse.$Shape;
                static create(properties?: printchain.emissions.v1.QueryParamsResponse.$Properties): printchain.emissions.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link printchain.emissions.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryParamsResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryParamsResponse & printchain.emissions.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryParamsResponse & printchain.emissions.v1.QueryParamsResponse.$Shape;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryParamsResponse & printchain.emissions.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryParamsResponse & printchain.emissions.v1.QueryParamsResponse.$Shape;

                /**
                 * Verifies a QueryParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {

                /** Properties of a QueryParamsResponse. */
                interface $Properties {

                    /** QueryParamsResponse params */
                    params?: (printchain.emissions.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = printchain.emissions.v1.QueryParamsResponse.$Properties;
            }

            /**
             * Properties of a QueryCurrentEpochRequest.
             * @deprecated Use printchain.emissions.v1.QueryCurrentEpochRequest.$Properties instead.
             */
            interface IQueryCurrentEpochRequest extends printchain.emissions.v1.QueryCurrentEpochRequest.$Properties {
            }

            /** Represents a QueryCurrentEpochRequest. */
            class QueryCurrentEpochRequest {

                /**
                 * Constructs a new QueryCurrentEpochRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryCurrentEpochRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryCurrentEpochRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCurrentEpochRequest instance
                 */
                static create(properties: printchain.emissions.v1.QueryCurrentEpochRequest.$Shape): printchain.emissions.v1.QueryCurrentEpochRequest & printchain.emissions.v1.QueryCurrentEpochRequest.$Shape;
                static create(properties?: printchain.emissions.v1.QueryCurrentEpochRequest.$Properties): printchain.emissions.v1.QueryCurrentEpochRequest;

                /**
                 * Encodes the specified QueryCurrentEpochRequest message. Does not implicitly {@link printchain.emissions.v1.QueryCurrentEpochRequest.verify|verify} messages.
                 * @param message QueryCurrentEpochRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryCurrentEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryCurrentEpochRequest message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryCurrentEpochRequest.verify|verify} messages.
                 * @param message QueryCurrentEpochRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryCurrentEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCurrentEpochRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryCurrentEpochRequest & printchain.emissions.v1.QueryCurrentEpochRequest.$Shape} QueryCurrentEpochRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryCurrentEpochRequest & printchain.emissions.v1.QueryCurrentEpochRequest.$Shape;

                /**
                 * Decodes a QueryCurrentEpochRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryCurrentEpochRequest & printchain.emissions.v1.QueryCurrentEpochRequest.$Shape} QueryCurrentEpochRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryCurrentEpochRequest & printchain.emissions.v1.QueryCurrentEpochRequest.$Shape;

                /**
                 * Verifies a QueryCurrentEpochRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryCurrentEpochRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryCurrentEpochRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryCurrentEpochRequest;

                /**
                 * Creates a plain object from a QueryCurrentEpochRequest message. Also converts values to other types if specified.
                 * @param message QueryCurrentEpochRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryCurrentEpochRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryCurrentEpochRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryCurrentEpochRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryCurrentEpochRequest {

                /** Properties of a QueryCurrentEpochRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryCurrentEpochRequest. */
                type $Shape = printchain.emissions.v1.QueryCurrentEpochRequest.$Properties;
            }

            /**
             * Properties of a QueryCurrentEpochResponse.
             * @deprecated Use printchain.emissions.v1.QueryCurrentEpochResponse.$Properties instead.
             */
            interface IQueryCurrentEpochResponse extends printchain.emissions.v1.QueryCurrentEpochResponse.$Properties {
            }

            /** Represents a QueryCurrentEpochResponse. */
            class QueryCurrentEpochResponse {

                /**
                 * Constructs a new QueryCurrentEpochResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryCurrentEpochResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryCurrentEpochResponse epoch. */
                epoch: (number|Long);

                /** QueryCurrentEpochResponse startHeight. */
                startHeight: (number|Long);

                /** QueryCurrentEpochResponse endHeight. */
                endHeight: (number|Long);

                /**
                 * Creates a new QueryCurrentEpochResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCurrentEpochResponse instance
                 */
                static create(properties: printchain.emissions.v1.QueryCurrentEpochResponse.$Shape): printchain.emissions.v1.QueryCurrentEpochResponse & printchain.emissions.v1.QueryCurrentEpochResponse.$Shape;
                static create(properties?: printchain.emissions.v1.QueryCurrentEpochResponse.$Properties): printchain.emissions.v1.QueryCurrentEpochResponse;

                /**
                 * Encodes the specified QueryCurrentEpochResponse message. Does not implicitly {@link printchain.emissions.v1.QueryCurrentEpochResponse.verify|verify} messages.
                 * @param message QueryCurrentEpochResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryCurrentEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryCurrentEpochResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryCurrentEpochResponse.verify|verify} messages.
                 * @param message QueryCurrentEpochResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryCurrentEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCurrentEpochResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryCurrentEpochResponse & printchain.emissions.v1.QueryCurrentEpochResponse.$Shape} QueryCurrentEpochResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryCurrentEpochResponse & printchain.emissions.v1.QueryCurrentEpochResponse.$Shape;

                /**
                 * Decodes a QueryCurrentEpochResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryCurrentEpochResponse & printchain.emissions.v1.QueryCurrentEpochResponse.$Shape} QueryCurrentEpochResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryCurrentEpochResponse & printchain.emissions.v1.QueryCurrentEpochResponse.$Shape;

                /**
                 * Verifies a QueryCurrentEpochResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryCurrentEpochResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryCurrentEpochResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryCurrentEpochResponse;

                /**
                 * Creates a plain object from a QueryCurrentEpochResponse message. Also converts values to other types if specified.
                 * @param message QueryCurrentEpochResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryCurrentEpochResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryCurrentEpochResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryCurrentEpochResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryCurrentEpochResponse {

                /** Properties of a QueryCurrentEpochResponse. */
                interface $Properties {

                    /** QueryCurrentEpochResponse epoch */
                    epoch?: (number|Long|null);

                    /** QueryCurrentEpochResponse startHeight */
                    startHeight?: (number|Long|null);

                    /** QueryCurrentEpochResponse endHeight */
                    endHeight?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryCurrentEpochResponse. */
                type $Shape = printchain.emissions.v1.QueryCurrentEpochResponse.$Properties;
            }

            /**
             * Properties of a QueryEpochSummaryRequest.
             * @deprecated Use printchain.emissions.v1.QueryEpochSummaryRequest.$Properties instead.
             */
            interface IQueryEpochSummaryRequest extends printchain.emissions.v1.QueryEpochSummaryRequest.$Properties {
            }

            /** Represents a QueryEpochSummaryRequest. */
            class QueryEpochSummaryRequest {

                /**
                 * Constructs a new QueryEpochSummaryRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryEpochSummaryRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryEpochSummaryRequest epoch. */
                epoch: (number|Long);

                /**
                 * Creates a new QueryEpochSummaryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEpochSummaryRequest instance
                 */
                static create(properties: printchain.emissions.v1.QueryEpochSummaryRequest.$Shape): printchain.emissions.v1.QueryEpochSummaryRequest & printchain.emissions.v1.QueryEpochSummaryRequest.$Shape;
                static create(properties?: printchain.emissions.v1.QueryEpochSummaryRequest.$Properties): printchain.emissions.v1.QueryEpochSummaryRequest;

                /**
                 * Encodes the specified QueryEpochSummaryRequest message. Does not implicitly {@link printchain.emissions.v1.QueryEpochSummaryRequest.verify|verify} messages.
                 * @param message QueryEpochSummaryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryEpochSummaryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryEpochSummaryRequest message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryEpochSummaryRequest.verify|verify} messages.
                 * @param message QueryEpochSummaryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryEpochSummaryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEpochSummaryRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryEpochSummaryRequest & printchain.emissions.v1.QueryEpochSummaryRequest.$Shape} QueryEpochSummaryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryEpochSummaryRequest & printchain.emissions.v1.QueryEpochSummaryRequest.$Shape;

                /**
                 * Decodes a QueryEpochSummaryRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryEpochSummaryRequest & printchain.emissions.v1.QueryEpochSummaryRequest.$Shape} QueryEpochSummaryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryEpochSummaryRequest & printchain.emissions.v1.QueryEpochSummaryRequest.$Shape;

                /**
                 * Verifies a QueryEpochSummaryRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryEpochSummaryRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryEpochSummaryRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryEpochSummaryRequest;

                /**
                 * Creates a plain object from a QueryEpochSummaryRequest message. Also converts values to other types if specified.
                 * @param message QueryEpochSummaryRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryEpochSummaryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryEpochSummaryRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryEpochSummaryRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryEpochSummaryRequest {

                /** Properties of a QueryEpochSummaryRequest. */
                interface $Properties {

                    /** QueryEpochSummaryRequest epoch */
                    epoch?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryEpochSummaryRequest. */
                type $Shape = printchain.emissions.v1.QueryEpochSummaryRequest.$Properties;
            }

            /**
             * Properties of a QueryEpochSummaryResponse.
             * @deprecated Use printchain.emissions.v1.QueryEpochSummaryResponse.$Properties instead.
             */
            interface IQueryEpochSummaryResponse extends printchain.emissions.v1.QueryEpochSummaryResponse.$Properties {
            }

            /** Represents a QueryEpochSummaryResponse. */
            class QueryEpochSummaryResponse {

                /**
                 * Constructs a new QueryEpochSummaryResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryEpochSummaryResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryEpochSummaryResponse summary. */
                summary?: (printchain.emissions.v1.EpochSummary.$Properties|null);

                /**
                 * Creates a new QueryEpochSummaryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEpochSummaryResponse instance
                 */
                static create(properties: printchain.emissions.v1.QueryEpochSummaryResponse.$Shape): printchain.emissions.v1.QueryEpochSummaryResponse & printchain.emissions.v1.QueryEpochSummaryResponse.$Shape;
                static create(properties?: printchain.emissions.v1.QueryEpochSummaryResponse.$Properties): printchain.emissions.v1.QueryEpochSummaryResponse;

                /**
                 * Encodes the specified QueryEpochSummaryResponse message. Does not implicitly {@link printchain.emissions.v1.QueryEpochSummaryResponse.verify|verify} messages.
                 * @param message QueryEpochSummaryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryEpochSummaryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryEpochSummaryResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryEpochSummaryResponse.verify|verify} messages.
                 * @param message QueryEpochSummaryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryEpochSummaryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEpochSummaryResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryEpochSummaryResponse & printchain.emissions.v1.QueryEpochSummaryResponse.$Shape} QueryEpochSummaryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryEpochSummaryResponse & printchain.emissions.v1.QueryEpochSummaryResponse.$Shape;

                /**
                 * Decodes a QueryEpochSummaryResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryEpochSummaryResponse & printchain.emissions.v1.QueryEpochSummaryResponse.$Shape} QueryEpochSummaryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryEpochSummaryResponse & printchain.emissions.v1.QueryEpochSummaryResponse.$Shape;

                /**
                 * Verifies a QueryEpochSummaryResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryEpochSummaryResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryEpochSummaryResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryEpochSummaryResponse;

                /**
                 * Creates a plain object from a QueryEpochSummaryResponse message. Also converts values to other types if specified.
                 * @param message QueryEpochSummaryResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryEpochSummaryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryEpochSummaryResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryEpochSummaryResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryEpochSummaryResponse {

                /** Properties of a QueryEpochSummaryResponse. */
                interface $Properties {

                    /** QueryEpochSummaryResponse summary */
                    summary?: (printchain.emissions.v1.EpochSummary.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryEpochSummaryResponse. */
                type $Shape = printchain.emissions.v1.QueryEpochSummaryResponse.$Properties;
            }

            /**
             * Properties of a QueryRewardsRequest.
             * @deprecated Use printchain.emissions.v1.QueryRewardsRequest.$Properties instead.
             */
            interface IQueryRewardsRequest extends printchain.emissions.v1.QueryRewardsRequest.$Properties {
            }

            /** Represents a QueryRewardsRequest. */
            class QueryRewardsRequest {

                /**
                 * Constructs a new QueryRewardsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryRewardsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsRequest address. */
                address: string;

                /** QueryRewardsRequest epoch. */
                epoch: (number|Long);

                /**
                 * Creates a new QueryRewardsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsRequest instance
                 */
                static create(properties: printchain.emissions.v1.QueryRewardsRequest.$Shape): printchain.emissions.v1.QueryRewardsRequest & printchain.emissions.v1.QueryRewardsRequest.$Shape;
                static create(properties?: printchain.emissions.v1.QueryRewardsRequest.$Properties): printchain.emissions.v1.QueryRewardsRequest;

                /**
                 * Encodes the specified QueryRewardsRequest message. Does not implicitly {@link printchain.emissions.v1.QueryRewardsRequest.verify|verify} messages.
                 * @param message QueryRewardsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryRewardsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryRewardsRequest message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryRewardsRequest.verify|verify} messages.
                 * @param message QueryRewardsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryRewardsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryRewardsRequest & printchain.emissions.v1.QueryRewardsRequest.$Shape} QueryRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryRewardsRequest & printchain.emissions.v1.QueryRewardsRequest.$Shape;

                /**
                 * Decodes a QueryRewardsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryRewardsRequest & printchain.emissions.v1.QueryRewardsRequest.$Shape} QueryRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryRewardsRequest & printchain.emissions.v1.QueryRewardsRequest.$Shape;

                /**
                 * Verifies a QueryRewardsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryRewardsRequest;

                /**
                 * Creates a plain object from a QueryRewardsRequest message. Also converts values to other types if specified.
                 * @param message QueryRewardsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryRewardsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsRequest {

                /** Properties of a QueryRewardsRequest. */
                interface $Properties {

                    /** QueryRewardsRequest address */
                    address?: (string|null);

                    /** QueryRewardsRequest epoch */
                    epoch?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsRequest. */
                type $Shape = printchain.emissions.v1.QueryRewardsRequest.$Properties;
            }

            /**
             * Properties of a QueryRewardsResponse.
             * @deprecated Use printchain.emissions.v1.QueryRewardsResponse.$Properties instead.
             */
            interface IQueryRewardsResponse extends printchain.emissions.v1.QueryRewardsResponse.$Properties {
            }

            /** Represents a QueryRewardsResponse. */
            class QueryRewardsResponse {

                /**
                 * Constructs a new QueryRewardsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryRewardsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsResponse rewards. */
                rewards: printchain.emissions.v1.Reward.$Properties[];

                /** QueryRewardsResponse total. */
                total: string;

                /**
                 * Creates a new QueryRewardsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsResponse instance
                 */
                static create(properties: printchain.emissions.v1.QueryRewardsResponse.$Shape): printchain.emissions.v1.QueryRewardsResponse & printchain.emissions.v1.QueryRewardsResponse.$Shape;
                static create(properties?: printchain.emissions.v1.QueryRewardsResponse.$Properties): printchain.emissions.v1.QueryRewardsResponse;

                /**
                 * Encodes the specified QueryRewardsResponse message. Does not implicitly {@link printchain.emissions.v1.QueryRewardsResponse.verify|verify} messages.
                 * @param message QueryRewardsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryRewardsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryRewardsResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryRewardsResponse.verify|verify} messages.
                 * @param message QueryRewardsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryRewardsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryRewardsResponse & printchain.emissions.v1.QueryRewardsResponse.$Shape} QueryRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryRewardsResponse & printchain.emissions.v1.QueryRewardsResponse.$Shape;

                /**
                 * Decodes a QueryRewardsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryRewardsResponse & printchain.emissions.v1.QueryRewardsResponse.$Shape} QueryRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryRewardsResponse & printchain.emissions.v1.QueryRewardsResponse.$Shape;

                /**
                 * Verifies a QueryRewardsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryRewardsResponse;

                /**
                 * Creates a plain object from a QueryRewardsResponse message. Also converts values to other types if specified.
                 * @param message QueryRewardsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryRewardsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsResponse {

                /** Properties of a QueryRewardsResponse. */
                interface $Properties {

                    /** QueryRewardsResponse rewards */
                    rewards?: (printchain.emissions.v1.Reward.$Properties[]|null);

                    /** QueryRewardsResponse total */
                    total?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsResponse. */
                type $Shape = printchain.emissions.v1.QueryRewardsResponse.$Properties;
            }

            /**
             * Properties of a QueryPrinterPointsRequest.
             * @deprecated Use printchain.emissions.v1.QueryPrinterPointsRequest.$Properties instead.
             */
            interface IQueryPrinterPointsRequest extends printchain.emissions.v1.QueryPrinterPointsRequest.$Properties {
            }

            /** Represents a QueryPrinterPointsRequest. */
            class QueryPrinterPointsRequest {

                /**
                 * Constructs a new QueryPrinterPointsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryPrinterPointsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrinterPointsRequest printerId. */
                printerId: string;

                /** QueryPrinterPointsRequest epoch. */
                epoch: (number|Long);

                /**
                 * Creates a new QueryPrinterPointsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrinterPointsRequest instance
                 */
                static create(properties: printchain.emissions.v1.QueryPrinterPointsRequest.$Shape): printchain.emissions.v1.QueryPrinterPointsRequest & printchain.emissions.v1.QueryPrinterPointsRequest.$Shape;
                static create(properties?: printchain.emissions.v1.QueryPrinterPointsRequest.$Properties): printchain.emissions.v1.QueryPrinterPointsRequest;

                /**
                 * Encodes the specified QueryPrinterPointsRequest message. Does not implicitly {@link printchain.emissions.v1.QueryPrinterPointsRequest.verify|verify} messages.
                 * @param message QueryPrinterPointsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryPrinterPointsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrinterPointsRequest message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryPrinterPointsRequest.verify|verify} messages.
                 * @param message QueryPrinterPointsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryPrinterPointsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrinterPointsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryPrinterPointsRequest & printchain.emissions.v1.QueryPrinterPointsRequest.$Shape} QueryPrinterPointsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryPrinterPointsRequest & printchain.emissions.v1.QueryPrinterPointsRequest.$Shape;

                /**
                 * Decodes a QueryPrinterPointsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryPrinterPointsRequest & printchain.emissions.v1.QueryPrinterPointsRequest.$Shape} QueryPrinterPointsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryPrinterPointsRequest & printchain.emissions.v1.QueryPrinterPointsRequest.$Shape;

                /**
                 * Verifies a QueryPrinterPointsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrinterPointsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrinterPointsRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryPrinterPointsRequest;

                /**
                 * Creates a plain object from a QueryPrinterPointsRequest message. Also converts values to other types if specified.
                 * @param message QueryPrinterPointsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryPrinterPointsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrinterPointsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrinterPointsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrinterPointsRequest {

                /** Properties of a QueryPrinterPointsRequest. */
                interface $Properties {

                    /** QueryPrinterPointsRequest printerId */
                    printerId?: (string|null);

                    /** QueryPrinterPointsRequest epoch */
                    epoch?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrinterPointsRequest. */
                type $Shape = printchain.emissions.v1.QueryPrinterPointsRequest.$Properties;
            }

            /**
             * Properties of a QueryPrinterPointsResponse.
             * @deprecated Use printchain.emissions.v1.QueryPrinterPointsResponse.$Properties instead.
             */
            interface IQueryPrinterPointsResponse extends printchain.emissions.v1.QueryPrinterPointsResponse.$Properties {
            }

            /** Represents a QueryPrinterPointsResponse. */
            class QueryPrinterPointsResponse {

                /**
                 * Constructs a new QueryPrinterPointsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryPrinterPointsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrinterPointsResponse points. */
                points?: (printchain.emissions.v1.PrinterPoints.$Properties|null);

                /**
                 * Creates a new QueryPrinterPointsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrinterPointsResponse instance
                 */
                static create(properties: printchain.emissions.v1.QueryPrinterPointsResponse.$Shape): printchain.emissions.v1.QueryPrinterPointsResponse & printchain.emissions.v1.QueryPrinterPointsResponse.$Shape;
                static create(properties?: printchain.emissions.v1.QueryPrinterPointsResponse.$Properties): printchain.emissions.v1.QueryPrinterPointsResponse;

                /**
                 * Encodes the specified QueryPrinterPointsResponse message. Does not implicitly {@link printchain.emissions.v1.QueryPrinterPointsResponse.verify|verify} messages.
                 * @param message QueryPrinterPointsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryPrinterPointsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrinterPointsResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryPrinterPointsResponse.verify|verify} messages.
                 * @param message QueryPrinterPointsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryPrinterPointsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrinterPointsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryPrinterPointsResponse & printchain.emissions.v1.QueryPrinterPointsResponse.$Shape} QueryPrinterPointsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryPrinterPointsResponse & printchain.emissions.v1.QueryPrinterPointsResponse.$Shape;

                /**
                 * Decodes a QueryPrinterPointsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryPrinterPointsResponse & printchain.emissions.v1.QueryPrinterPointsResponse.$Shape} QueryPrinterPointsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryPrinterPointsResponse & printchain.emissions.v1.QueryPrinterPointsResponse.$Shape;

                /**
                 * Verifies a QueryPrinterPointsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrinterPointsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrinterPointsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryPrinterPointsResponse;

                /**
                 * Creates a plain object from a QueryPrinterPointsResponse message. Also converts values to other types if specified.
                 * @param message QueryPrinterPointsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryPrinterPointsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrinterPointsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrinterPointsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrinterPointsResponse {

                /** Properties of a QueryPrinterPointsResponse. */
                interface $Properties {

                    /** QueryPrinterPointsResponse points */
                    points?: (printchain.emissions.v1.PrinterPoints.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrinterPointsResponse. */
                type $Shape = printchain.emissions.v1.QueryPrinterPointsResponse.$Properties;
            }

            /**
             * Properties of a QueryProjectionRequest.
             * @deprecated Use printchain.emissions.v1.QueryProjectionRequest.$Properties instead.
             */
            interface IQueryProjectionRequest extends printchain.emissions.v1.QueryProjectionRequest.$Properties {
            }

            /** Represents a QueryProjectionRequest. */
            class QueryProjectionRequest {

                /**
                 * Constructs a new QueryProjectionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryProjectionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryProjectionRequest epochs. */
                epochs: number;

                /**
                 * Creates a new QueryProjectionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProjectionRequest instance
                 */
                static create(properties: printchain.emissions.v1.QueryProjectionRequest.$Shape): printchain.emissions.v1.QueryProjectionRequest & printchain.emissions.v1.QueryProjectionRequest.$Shape;
                static create(properties?: printchain.emissions.v1.QueryProjectionRequest.$Properties): printchain.emissions.v1.QueryProjectionRequest;

                /**
                 * Encodes the specified QueryProjectionRequest message. Does not implicitly {@link printchain.emissions.v1.QueryProjectionRequest.verify|verify} messages.
                 * @param message QueryProjectionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryProjectionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryProjectionRequest message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryProjectionRequest.verify|verify} messages.
                 * @param message QueryProjectionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryProjectionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProjectionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryProjectionRequest & printchain.emissions.v1.QueryProjectionRequest.$Shape} QueryProjectionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryProjectionRequest & printchain.emissions.v1.QueryProjectionRequest.$Shape;

                /**
                 * Decodes a QueryProjectionRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryProjectionRequest & printchain.emissions.v1.QueryProjectionRequest.$Shape} QueryProjectionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryProjectionRequest & printchain.emissions.v1.QueryProjectionRequest.$Shape;

                /**
                 * Verifies a QueryProjectionRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryProjectionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryProjectionRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryProjectionRequest;

                /**
                 * Creates a plain object from a QueryProjectionRequest message. Also converts values to other types if specified.
                 * @param message QueryProjectionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryProjectionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryProjectionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryProjectionRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryProjectionRequest {

                /** Properties of a QueryProjectionRequest. */
                interface $Properties {

                    /** QueryProjectionRequest epochs */
                    epochs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryProjectionRequest. */
                type $Shape = printchain.emissions.v1.QueryProjectionRequest.$Properties;
            }

            /**
             * Properties of a ProjectedEpoch.
             * @deprecated Use printchain.emissions.v1.ProjectedEpoch.$Properties instead.
             */
            interface IProjectedEpoch extends printchain.emissions.v1.ProjectedEpoch.$Properties {
            }

            /** Represents a ProjectedEpoch. */
            class ProjectedEpoch {

                /**
                 * Constructs a new ProjectedEpoch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.ProjectedEpoch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProjectedEpoch epoch. */
                epoch: (number|Long);

                /** ProjectedEpoch mint. */
                mint: string;

                /** ProjectedEpoch supplyAfter. */
                supplyAfter: string;

                /**
                 * Creates a new ProjectedEpoch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProjectedEpoch instance
                 */
                static create(properties: printchain.emissions.v1.ProjectedEpoch.$Shape): printchain.emissions.v1.ProjectedEpoch & printchain.emissions.v1.ProjectedEpoch.$Shape;
                static create(properties?: printchain.emissions.v1.ProjectedEpoch.$Properties): printchain.emissions.v1.ProjectedEpoch;

                /**
                 * Encodes the specified ProjectedEpoch message. Does not implicitly {@link printchain.emissions.v1.ProjectedEpoch.verify|verify} messages.
                 * @param message ProjectedEpoch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.ProjectedEpoch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProjectedEpoch message, length delimited. Does not implicitly {@link printchain.emissions.v1.ProjectedEpoch.verify|verify} messages.
                 * @param message ProjectedEpoch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.ProjectedEpoch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProjectedEpoch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.ProjectedEpoch & printchain.emissions.v1.ProjectedEpoch.$Shape} ProjectedEpoch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.ProjectedEpoch & printchain.emissions.v1.ProjectedEpoch.$Shape;

                /**
                 * Decodes a ProjectedEpoch message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.ProjectedEpoch & printchain.emissions.v1.ProjectedEpoch.$Shape} ProjectedEpoch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.ProjectedEpoch & printchain.emissions.v1.ProjectedEpoch.$Shape;

                /**
                 * Verifies a ProjectedEpoch message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProjectedEpoch message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProjectedEpoch
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.ProjectedEpoch;

                /**
                 * Creates a plain object from a ProjectedEpoch message. Also converts values to other types if specified.
                 * @param message ProjectedEpoch
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.ProjectedEpoch, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProjectedEpoch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProjectedEpoch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProjectedEpoch {

                /** Properties of a ProjectedEpoch. */
                interface $Properties {

                    /** ProjectedEpoch epoch */
                    epoch?: (number|Long|null);

                    /** ProjectedEpoch mint */
                    mint?: (string|null);

                    /** ProjectedEpoch supplyAfter */
                    supplyAfter?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProjectedEpoch. */
                type $Shape = printchain.emissions.v1.ProjectedEpoch.$Properties;
            }

            /**
             * Properties of a QueryProjectionResponse.
             * @deprecated Use printchain.emissions.v1.QueryProjectionResponse.$Properties instead.
             */
            interface IQueryProjectionResponse extends printchain.emissions.v1.QueryProjectionResponse.$Properties {
            }

            /** Represents a QueryProjectionResponse. */
            class QueryProjectionResponse {

                /**
                 * Constructs a new QueryProjectionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.QueryProjectionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryProjectionResponse epochs. */
                epochs: printchain.emissions.v1.ProjectedEpoch.$Properties[];

                /**
                 * Creates a new QueryProjectionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProjectionResponse instance
                 */
                static create(properties: printchain.emissions.v1.QueryProjectionResponse.$Shape): printchain.emissions.v1.QueryProjectionResponse & printchain.emissions.v1.QueryProjectionResponse.$Shape;
                static create(properties?: printchain.emissions.v1.QueryProjectionResponse.$Properties): printchain.emissions.v1.QueryProjectionResponse;

                /**
                 * Encodes the specified QueryProjectionResponse message. Does not implicitly {@link printchain.emissions.v1.QueryProjectionResponse.verify|verify} messages.
                 * @param message QueryProjectionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.QueryProjectionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryProjectionResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.QueryProjectionResponse.verify|verify} messages.
                 * @param message QueryProjectionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.QueryProjectionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProjectionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.QueryProjectionResponse & printchain.emissions.v1.QueryProjectionResponse.$Shape} QueryProjectionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.QueryProjectionResponse & printchain.emissions.v1.QueryProjectionResponse.$Shape;

                /**
                 * Decodes a QueryProjectionResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.QueryProjectionResponse & printchain.emissions.v1.QueryProjectionResponse.$Shape} QueryProjectionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.QueryProjectionResponse & printchain.emissions.v1.QueryProjectionResponse.$Shape;

                /**
                 * Verifies a QueryProjectionResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryProjectionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryProjectionResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.QueryProjectionResponse;

                /**
                 * Creates a plain object from a QueryProjectionResponse message. Also converts values to other types if specified.
                 * @param message QueryProjectionResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.QueryProjectionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryProjectionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryProjectionResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryProjectionResponse {

                /** Properties of a QueryProjectionResponse. */
                interface $Properties {

                    /** QueryProjectionResponse epochs */
                    epochs?: (printchain.emissions.v1.ProjectedEpoch.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryProjectionResponse. */
                type $Shape = printchain.emissions.v1.QueryProjectionResponse.$Properties;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /** Calls AttestContribution. */
                attestContribution: printchain.emissions.v1.Msg.AttestContribution;

                /** Calls UpdateParams. */
                updateParams: printchain.emissions.v1.Msg.UpdateParams;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link printchain.emissions.v1.Msg#attestContribution}.
                 * @param error Error, if any
                 * @param [response] MsgAttestContributionResponse
                 */
                type AttestContributionCallback = (error: (Error|null), response?: printchain.emissions.v1.MsgAttestContributionResponse) => void;

                /** Calls AttestContribution. */
                type AttestContribution = {
                  (request: printchain.emissions.v1.IMsgAttestContribution, callback: printchain.emissions.v1.Msg.AttestContributionCallback): void;
                  (request: printchain.emissions.v1.IMsgAttestContribution): Promise<printchain.emissions.v1.MsgAttestContributionResponse>;
                  readonly name: "AttestContribution";
                  readonly path: "/printchain.emissions.v1.Msg/AttestContribution";
                  readonly requestType: "MsgAttestContribution";
                  readonly responseType: "MsgAttestContributionResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.emissions.v1.Msg#updateParams}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateParamsResponse
                 */
                type UpdateParamsCallback = (error: (Error|null), response?: printchain.emissions.v1.MsgUpdateParamsResponse) => void;

                /** Calls UpdateParams. */
                type UpdateParams = {
                  (request: printchain.emissions.v1.IMsgUpdateParams, callback: printchain.emissions.v1.Msg.UpdateParamsCallback): void;
                  (request: printchain.emissions.v1.IMsgUpdateParams): Promise<printchain.emissions.v1.MsgUpdateParamsResponse>;
                  readonly name: "UpdateParams";
                  readonly path: "/printchain.emissions.v1.Msg/UpdateParams";
                  readonly requestType: "MsgUpdateParams";
                  readonly responseType: "MsgUpdateParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a MsgAttestContribution.
             * @deprecated Use printchain.emissions.v1.MsgAttestContribution.$Properties instead.
             */
            interface IMsgAttestContribution extends printchain.emissions.v1.MsgAttestContribution.$Properties {
            }

            /** Represents a MsgAttestContribution. */
            class MsgAttestContribution {

                /**
                 * Constructs a new MsgAttestContribution.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.MsgAttestContribution.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgAttestContribution attestor. */
                attestor: string;

                /** MsgAttestContribution contributor. */
                contributor: string;

                /** MsgAttestContribution role. */
                role: printchain.emissions.v1.Role;

                /** MsgAttestContribution points. */
                points: string;

                /**
                 * Creates a new MsgAttestContribution instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAttestContribution instance
                 */
                static create(properties: printchain.emissions.v1.MsgAttestContribution.$Shape): printchain.emissions.v1.MsgAttestContribution & printchain.emissions.v1.MsgAttestContribution.$Shape;
                static create(properties?: printchain.emissions.v1.MsgAttestContribution.$Properties): printchain.emissions.v1.MsgAttestContribution;

                /**
                 * Encodes the specified MsgAttestContribution message. Does not implicitly {@link printchain.emissions.v1.MsgAttestContribution.verify|verify} messages.
                 * @param message MsgAttestContribution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.MsgAttestContribution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgAttestContribution message, length delimited. Does not implicitly {@link printchain.emissions.v1.MsgAttestContribution.verify|verify} messages.
                 * @param message MsgAttestContribution message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.MsgAttestContribution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAttestContribution message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.MsgAttestContribution & printchain.emissions.v1.MsgAttestContribution.$Shape} MsgAttestContribution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.MsgAttestContribution & printchain.emissions.v1.MsgAttestContribution.$Shape;

                /**
                 * Decodes a MsgAttestContribution message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.MsgAttestContribution & printchain.emissions.v1.MsgAttestContribution.$Shape} MsgAttestContribution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.MsgAttestContribution & printchain.emissions.v1.MsgAttestContribution.$Shape;

                /**
                 * Verifies a MsgAttestContribution message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgAttestContribution message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgAttestContribution
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.MsgAttestContribution;

                /**
                 * Creates a plain object from a MsgAttestContribution message. Also converts values to other types if specified.
                 * @param message MsgAttestContribution
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.MsgAttestContribution, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgAttestContribution to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgAttestContribution
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAttestContribution {

                /** Properties of a MsgAttestContribution. */
                interface $Properties {

                    /** MsgAttestContribution attestor */
                    attestor?: (string|null);

                    /** MsgAttestContribution contributor */
                    contributor?: (string|null);

                    /** MsgAttestContribution role */
                    role?: (printchain.emissions.v1.Role|null);

                    /** MsgAttestContribution points */
                    points?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgAttestContribution. */
                type $Shape = printchain.emissions.v1.MsgAttestContribution.$Properties;
            }

            /**
             * Properties of a MsgAttestContributionResponse.
             * @deprecated Use printchain.emissions.v1.MsgAttestContributionResponse.$Properties instead.
             */
            interface IMsgAttestContributionResponse extends printchain.emissions.v1.MsgAttestContributionResponse.$Properties {
            }

            /** Represents a MsgAttestContributionResponse. */
            class MsgAttestContributionResponse {

                /**
                 * Constructs a new MsgAttestContributionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.MsgAttestContributionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgAttestContributionResponse epoch. */
                epoch: (number|Long);

                /**
                 * Creates a new MsgAttestContributionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAttestContributionResponse instance
                 */
                static create(properties: printchain.emissions.v1.MsgAttestContributionResponse.$Shape): printchain.emissions.v1.MsgAttestContributionResponse & printchain.emissions.v1.MsgAttestContributionResponse.$Shape;
                static create(properties?: printchain.emissions.v1.MsgAttestContributionResponse.$Properties): printchain.emissions.v1.MsgAttestContributionResponse;

                /**
                 * Encodes the specified MsgAttestContributionResponse message. Does not implicitly {@link printchain.emissions.v1.MsgAttestContributionResponse.verify|verify} messages.
                 * @param message MsgAttestContributionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.MsgAttestContributionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgAttestContributionResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.MsgAttestContributionResponse.verify|verify} messages.
                 * @param message MsgAttestContributionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.MsgAttestContributionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAttestContributionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.MsgAttestContributionResponse & printchain.emissions.v1.MsgAttestContributionResponse.$Shape} MsgAttestContributionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.MsgAttestContributionResponse & printchain.emissions.v1.MsgAttestContributionResponse.$Shape;

                /**
                 * Decodes a MsgAttestContributionResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.MsgAttestContributionResponse & printchain.emissions.v1.MsgAttestContributionResponse.$Shape} MsgAttestContributionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.MsgAttestContributionResponse & printchain.emissions.v1.MsgAttestContributionResponse.$Shape;

                /**
                 * Verifies a MsgAttestContributionResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgAttestContributionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgAttestContributionResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.MsgAttestContributionResponse;

                /**
                 * Creates a plain object from a MsgAttestContributionResponse message. Also converts values to other types if specified.
                 * @param message MsgAttestContributionResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.MsgAttestContributionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgAttestContributionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgAttestContributionResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAttestContributionResponse {

                /** Properties of a MsgAttestContributionResponse. */
                interface $Properties {

                    /** MsgAttestContributionResponse epoch */
                    epoch?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgAttestContributionResponse. */
                type $Shape = printchain.emissions.v1.MsgAttestContributionResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateParams.
             * @deprecated Use printchain.emissions.v1.MsgUpdateParams.$Properties instead.
             */
            interface IMsgUpdateParams extends printchain.emissions.v1.MsgUpdateParams.$Properties {
            }

            /** Represents a MsgUpdateParams. */
            class MsgUpdateParams {

                /**
                 * Constructs a new MsgUpdateParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.MsgUpdateParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateParams authority. */
                authority: string;

                /** MsgUpdateParams params. */
                params?: (printchain.emissions.v1.Params.$Properties|null);

                /**
                 * Creates a new MsgUpdateParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParams instance
                 */
                static create(properties: printchain.emissions.v1.MsgUpdateParams.$Shape): printchain.emissions.v1.MsgUpdateParams & printchain.emissions.v1.MsgUpdateParams.$Shape;
                static create(properties?: printchain.emissions.v1.MsgUpdateParams.$Properties): printchain.emissions.v1.MsgUpdateParams;

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link printchain.emissions.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdateParams message, length delimited. Does not implicitly {@link printchain.emissions.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.MsgUpdateParams & printchain.emissions.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.MsgUpdateParams & printchain.emissions.v1.MsgUpdateParams.$Shape;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.MsgUpdateParams & printchain.emissions.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.MsgUpdateParams & printchain.emissions.v1.MsgUpdateParams.$Shape;

                /**
                 * Verifies a MsgUpdateParams message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParams
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.MsgUpdateParams;

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @param message MsgUpdateParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.MsgUpdateParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParams {

                /** Properties of a MsgUpdateParams. */
                interface $Properties {

                    /** MsgUpdateParams authority */
                    authority?: (string|null);

                    /** MsgUpdateParams params */
                    params?: (printchain.emissions.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParams. */
                type $Shape = printchain.emissions.v1.MsgUpdateParams.$Properties;
            }

            /**
             * Properties of a MsgUpdateParamsResponse.
             * @deprecated Use printchain.emissions.v1.MsgUpdateParamsResponse.$Properties instead.
             */
            interface IMsgUpdateParamsResponse extends printchain.emissions.v1.MsgUpdateParamsResponse.$Properties {
            }

            /** Represents a MsgUpdateParamsResponse. */
            class MsgUpdateParamsResponse {

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.emissions.v1.MsgUpdateParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParamsResponse instance
                 */
                static create(properties: printchain.emissions.v1.MsgUpdateParamsResponse.$Shape): printchain.emissions.v1.MsgUpdateParamsResponse & printchain.emissions.v1.MsgUpdateParamsResponse.$Shape;
                static create(properties?: printchain.emissions.v1.MsgUpdateParamsResponse.$Properties): printchain.emissions.v1.MsgUpdateParamsResponse;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link printchain.emissions.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.emissions.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message, length delimited. Does not implicitly {@link printchain.emissions.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.emissions.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.emissions.v1.MsgUpdateParamsResponse & printchain.emissions.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.emissions.v1.MsgUpdateParamsResponse & printchain.emissions.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.emissions.v1.MsgUpdateParamsResponse & printchain.emissions.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.emissions.v1.MsgUpdateParamsResponse & printchain.emissions.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Verifies a MsgUpdateParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.emissions.v1.MsgUpdateParamsResponse;

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.emissions.v1.MsgUpdateParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParamsResponse {

                /** Properties of a MsgUpdateParamsResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParamsResponse. */
                type $Shape = printchain.emissions.v1.MsgUpdateParamsResponse.$Properties;
            }
        }
    }

    /** Namespace jobs. */
    namespace jobs {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EventJobCreated.
             * @deprecated Use printchain.jobs.v1.EventJobCreated.$Properties instead.
             */
            interface IEventJobCreated extends printchain.jobs.v1.EventJobCreated.$Properties {
            }

            /** Represents an EventJobCreated. */
            class EventJobCreated {

                /**
                 * Constructs a new EventJobCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventJobCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventJobCreated jobId. */
                jobId: (number|Long);

                /** EventJobCreated customer. */
                customer: string;

                /** EventJobCreated price. */
                price: string;

                /** EventJobCreated denom. */
                denom: string;

                /** EventJobCreated quantity. */
                quantity: number;

                /** EventJobCreated material. */
                material: string;

                /** EventJobCreated technology. */
                technology: printchain.printers.v1.Technology;

                /** EventJobCreated estimatedGrams. */
                estimatedGrams: (number|Long);

                /** EventJobCreated deadlineMs. */
                deadlineMs: (number|Long);

                /** EventJobCreated latitudeUdeg. */
                latitudeUdeg: number;

                /** EventJobCreated longitudeUdeg. */
                longitudeUdeg: number;

                /** EventJobCreated maxDistanceKm. */
                maxDistanceKm: number;

                /** EventJobCreated candidates. */
                candidates: number;

                /** EventJobCreated designHash. */
                designHash: string;

                /**
                 * Creates a new EventJobCreated instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventJobCreated instance
                 */
                static create(properties: printchain.jobs.v1.EventJobCreated.$Shape): printchain.jobs.v1.EventJobCreated & printchain.jobs.v1.EventJobCreated.$Shape;
                static create(properties?: printchain.jobs.v1.EventJobCreated.$Properties): printchain.jobs.v1.EventJobCreated;

                /**
                 * Encodes the specified EventJobCreated message. Does not implicitly {@link printchain.jobs.v1.EventJobCreated.verify|verify} messages.
                 * @param message EventJobCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventJobCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventJobCreated message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventJobCreated.verify|verify} messages.
                 * @param message EventJobCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventJobCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventJobCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventJobCreated & printchain.jobs.v1.EventJobCreated.$Shape} EventJobCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventJobCreated & printchain.jobs.v1.EventJobCreated.$Shape;

                /**
                 * Decodes an EventJobCreated message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventJobCreated & printchain.jobs.v1.EventJobCreated.$Shape} EventJobCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventJobCreated & printchain.jobs.v1.EventJobCreated.$Shape;

                /**
                 * Verifies an EventJobCreated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventJobCreated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventJobCreated
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventJobCreated;

                /**
                 * Creates a plain object from an EventJobCreated message. Also converts values to other types if specified.
                 * @param message EventJobCreated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventJobCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventJobCreated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventJobCreated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobCreated {

                /** Properties of an EventJobCreated. */
                interface $Properties {

                    /** EventJobCreated jobId */
                    jobId?: (number|Long|null);

                    /** EventJobCreated customer */
                    customer?: (string|null);

                    /** EventJobCreated price */
                    price?: (string|null);

                    /** EventJobCreated denom */
                    denom?: (string|null);

                    /** EventJobCreated quantity */
                    quantity?: (number|null);

                    /** EventJobCreated material */
                    material?: (string|null);

                    /** EventJobCreated technology */
                    technology?: (printchain.printers.v1.Technology|null);

                    /** EventJobCreated estimatedGrams */
                    estimatedGrams?: (number|Long|null);

                    /** EventJobCreated deadlineMs */
                    deadlineMs?: (number|Long|null);

                    /** EventJobCreated latitudeUdeg */
                    latitudeUdeg?: (number|null);

                    /** EventJobCreated longitudeUdeg */
                    longitudeUdeg?: (number|null);

                    /** EventJobCreated maxDistanceKm */
                    maxDistanceKm?: (number|null);

                    /** EventJobCreated candidates */
                    candidates?: (number|null);

                    /** EventJobCreated designHash */
                    designHash?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventJobCreated. */
                type $Shape = printchain.jobs.v1.EventJobCreated.$Properties;
            }

            /**
             * Properties of an EventJobOffered.
             * @deprecated Use printchain.jobs.v1.EventJobOffered.$Properties instead.
             */
            interface IEventJobOffered extends printchain.jobs.v1.EventJobOffered.$Properties {
            }

            /** Represents an EventJobOffered. */
            class EventJobOffered {

                /**
                 * Constructs a new EventJobOffered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventJobOffered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventJobOffered jobId. */
                jobId: (number|Long);

                /** EventJobOffered printerId. */
                printerId: string;

                /** EventJobOffered round. */
                round: number;

                /** EventJobOffered rank. */
                rank: number;

                /** EventJobOffered distanceM. */
                distanceM: number;

                /** EventJobOffered score. */
                score: (number|Long);

                /** EventJobOffered offeredAtMs. */
                offeredAtMs: (number|Long);

                /** EventJobOffered expiresAtMs. */
                expiresAtMs: (number|Long);

                /**
                 * Creates a new EventJobOffered instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventJobOffered instance
                 */
                static create(properties: printchain.jobs.v1.EventJobOffered.$Shape): printchain.jobs.v1.EventJobOffered & printchain.jobs.v1.EventJobOffered.$Shape;
                static create(properties?: printchain.jobs.v1.EventJobOffered.$Properties): printchain.jobs.v1.EventJobOffered;

                /**
                 * Encodes the specified EventJobOffered message. Does not implicitly {@link printchain.jobs.v1.EventJobOffered.verify|verify} messages.
                 * @param message EventJobOffered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventJobOffered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventJobOffered message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventJobOffered.verify|verify} messages.
                 * @param message EventJobOffered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventJobOffered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventJobOffered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventJobOffered & printchain.jobs.v1.EventJobOffered.$Shape} EventJobOffered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventJobOffered & printchain.jobs.v1.EventJobOffered.$Shape;

                /**
                 * Decodes an EventJobOffered message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventJobOffered & printchain.jobs.v1.EventJobOffered.$Shape} EventJobOffered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventJobOffered & printchain.jobs.v1.EventJobOffered.$Shape;

                /**
                 * Verifies an EventJobOffered message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventJobOffered message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventJobOffered
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventJobOffered;

                /**
                 * Creates a plain object from an EventJobOffered message. Also converts values to other types if specified.
                 * @param message EventJobOffered
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventJobOffered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventJobOffered to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventJobOffered
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobOffered {

                /** Properties of an EventJobOffered. */
                interface $Properties {

                    /** EventJobOffered jobId */
                    jobId?: (number|Long|null);

                    /** EventJobOffered printerId */
                    printerId?: (string|null);

                    /** EventJobOffered round */
                    round?: (number|null);

                    /** EventJobOffered rank */
                    rank?: (number|null);

                    /** EventJobOffered distanceM */
                    distanceM?: (number|null);

                    /** EventJobOffered score */
                    score?: (number|Long|null);

                    /** EventJobOffered offeredAtMs */
                    offeredAtMs?: (number|Long|null);

                    /** EventJobOffered expiresAtMs */
                    expiresAtMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventJobOffered. */
                type $Shape = printchain.jobs.v1.EventJobOffered.$Properties;
            }

            /**
             * Properties of an EventJobOfferExpired.
             * @deprecated Use printchain.jobs.v1.EventJobOfferExpired.$Properties instead.
             */
            interface IEventJobOfferExpired extends printchain.jobs.v1.EventJobOfferExpired.$Properties {
            }

            /** Represents an EventJobOfferExpired. */
            class EventJobOfferExpired {

                /**
                 * Constructs a new EventJobOfferExpired.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventJobOfferExpired.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventJobOfferExpired jobId. */
                jobId: (number|Long);

                /** EventJobOfferExpired printerId. */
                printerId: string;

                /** EventJobOfferExpired round. */
                round: number;

                /**
                 * Creates a new EventJobOfferExpired instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventJobOfferExpired instance
                 */
                static create(properties: printchain.jobs.v1.EventJobOfferExpired.$Shape): printchain.jobs.v1.EventJobOfferExpired & printchain.jobs.v1.EventJobOfferExpired.$Shape;
                static create(properties?: printchain.jobs.v1.EventJobOfferExpired.$Properties): printchain.jobs.v1.EventJobOfferExpired;

                /**
                 * Encodes the specified EventJobOfferExpired message. Does not implicitly {@link printchain.jobs.v1.EventJobOfferExpired.verify|verify} messages.
                 * @param message EventJobOfferExpired message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventJobOfferExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventJobOfferExpired message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventJobOfferExpired.verify|verify} messages.
                 * @param message EventJobOfferExpired message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventJobOfferExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventJobOfferExpired message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventJobOfferExpired & printchain.jobs.v1.EventJobOfferExpired.$Shape} EventJobOfferExpired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventJobOfferExpired & printchain.jobs.v1.EventJobOfferExpired.$Shape;

                /**
                 * Decodes an EventJobOfferExpired message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventJobOfferExpired & printchain.jobs.v1.EventJobOfferExpired.$Shape} EventJobOfferExpired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventJobOfferExpired & printchain.jobs.v1.EventJobOfferExpired.$Shape;

                /**
                 * Verifies an EventJobOfferExpired message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventJobOfferExpired message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventJobOfferExpired
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventJobOfferExpired;

                /**
                 * Creates a plain object from an EventJobOfferExpired message. Also converts values to other types if specified.
                 * @param message EventJobOfferExpired
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventJobOfferExpired, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventJobOfferExpired to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventJobOfferExpired
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobOfferExpired {

                /** Properties of an EventJobOfferExpired. */
                interface $Properties {

                    /** EventJobOfferExpired jobId */
                    jobId?: (number|Long|null);

                    /** EventJobOfferExpired printerId */
                    printerId?: (string|null);

                    /** EventJobOfferExpired round */
                    round?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventJobOfferExpired. */
                type $Shape = printchain.jobs.v1.EventJobOfferExpired.$Properties;
            }

            /**
             * Properties of an EventJobAccepted.
             * @deprecated Use printchain.jobs.v1.EventJobAccepted.$Properties instead.
             */
            interface IEventJobAccepted extends printchain.jobs.v1.EventJobAccepted.$Properties {
            }

            /** Represents an EventJobAccepted. */
            class EventJobAccepted {

                /**
                 * Constructs a new EventJobAccepted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventJobAccepted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventJobAccepted jobId. */
                jobId: (number|Long);

                /** EventJobAccepted printerId. */
                printerId: string;

                /** EventJobAccepted owner. */
                owner: string;

                /** EventJobAccepted customer. */
                customer: string;

                /** EventJobAccepted acceptedAtMs. */
                acceptedAtMs: (number|Long);

                /** EventJobAccepted timeToAcceptMs. */
                timeToAcceptMs: (number|Long);

                /**
                 * Creates a new EventJobAccepted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventJobAccepted instance
                 */
                static create(properties: printchain.jobs.v1.EventJobAccepted.$Shape): printchain.jobs.v1.EventJobAccepted & printchain.jobs.v1.EventJobAccepted.$Shape;
                static create(properties?: printchain.jobs.v1.EventJobAccepted.$Properties): printchain.jobs.v1.EventJobAccepted;

                /**
                 * Encodes the specified EventJobAccepted message. Does not implicitly {@link printchain.jobs.v1.EventJobAccepted.verify|verify} messages.
                 * @param message EventJobAccepted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventJobAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventJobAccepted message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventJobAccepted.verify|verify} messages.
                 * @param message EventJobAccepted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventJobAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventJobAccepted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventJobAccepted & printchain.jobs.v1.EventJobAccepted.$Shape} EventJobAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventJobAccepted & printchain.jobs.v1.EventJobAccepted.$Shape;

                /**
                 * Decodes an EventJobAccepted message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventJobAccepted & printchain.jobs.v1.EventJobAccepted.$Shape} EventJobAccepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventJobAccepted & printchain.jobs.v1.EventJobAccepted.$Shape;

                /**
                 * Verifies an EventJobAccepted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventJobAccepted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventJobAccepted
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventJobAccepted;

                /**
                 * Creates a plain object from an EventJobAccepted message. Also converts values to other types if specified.
                 * @param message EventJobAccepted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventJobAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventJobAccepted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventJobAccepted
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobAccepted {

                /** Properties of an EventJobAccepted. */
                interface $Properties {

                    /** EventJobAccepted jobId */
                    jobId?: (number|Long|null);

                    /** EventJobAccepted printerId */
                    printerId?: (string|null);

                    /** EventJobAccepted owner */
                    owner?: (string|null);

                    /** EventJobAccepted customer */
                    customer?: (string|null);

                    /** EventJobAccepted acceptedAtMs */
                    acceptedAtMs?: (number|Long|null);

                    /** EventJobAccepted timeToAcceptMs */
                    timeToAcceptMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventJobAccepted. */
                type $Shape = printchain.jobs.v1.EventJobAccepted.$Properties;
            }

            /**
             * Properties of an EventProofOfPrint.
             * @deprecated Use printchain.jobs.v1.EventProofOfPrint.$Properties instead.
             */
            interface IEventProofOfPrint extends printchain.jobs.v1.EventProofOfPrint.$Properties {
            }

            /** Represents an EventProofOfPrint. */
            class EventProofOfPrint {

                /**
                 * Constructs a new EventProofOfPrint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventProofOfPrint.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventProofOfPrint jobId. */
                jobId: (number|Long);

                /** EventProofOfPrint printerId. */
                printerId: string;

                /** EventProofOfPrint owner. */
                owner: string;

                /** EventProofOfPrint evidenceHash. */
                evidenceHash: string;

                /** EventProofOfPrint printSeconds. */
                printSeconds: (number|Long);

                /** EventProofOfPrint gramsUsed. */
                gramsUsed: (number|Long);

                /** EventProofOfPrint estimatedGrams. */
                estimatedGrams: (number|Long);

                /** EventProofOfPrint errorCount. */
                errorCount: number;

                /** EventProofOfPrint errorKinds. */
                errorKinds: string;

                /** EventProofOfPrint firstAttempt. */
                firstAttempt: boolean;

                /** EventProofOfPrint unitsCompleted. */
                unitsCompleted: number;

                /** EventProofOfPrint quantity. */
                quantity: number;

                /** EventProofOfPrint late. */
                late: boolean;

                /** EventProofOfPrint submittedAtMs. */
                submittedAtMs: (number|Long);

                /**
                 * Creates a new EventProofOfPrint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventProofOfPrint instance
                 */
                static create(properties: printchain.jobs.v1.EventProofOfPrint.$Shape): printchain.jobs.v1.EventProofOfPrint & printchain.jobs.v1.EventProofOfPrint.$Shape;
                static create(properties?: printchain.jobs.v1.EventProofOfPrint.$Properties): printchain.jobs.v1.EventProofOfPrint;

                /**
                 * Encodes the specified EventProofOfPrint message. Does not implicitly {@link printchain.jobs.v1.EventProofOfPrint.verify|verify} messages.
                 * @param message EventProofOfPrint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventProofOfPrint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventProofOfPrint message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventProofOfPrint.verify|verify} messages.
                 * @param message EventProofOfPrint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventProofOfPrint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventProofOfPrint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventProofOfPrint & printchain.jobs.v1.EventProofOfPrint.$Shape} EventProofOfPrint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventProofOfPrint & printchain.jobs.v1.EventProofOfPrint.$Shape;

                /**
                 * Decodes an EventProofOfPrint message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventProofOfPrint & printchain.jobs.v1.EventProofOfPrint.$Shape} EventProofOfPrint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventProofOfPrint & printchain.jobs.v1.EventProofOfPrint.$Shape;

                /**
                 * Verifies an EventProofOfPrint message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventProofOfPrint message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventProofOfPrint
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventProofOfPrint;

                /**
                 * Creates a plain object from an EventProofOfPrint message. Also converts values to other types if specified.
                 * @param message EventProofOfPrint
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventProofOfPrint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventProofOfPrint to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventProofOfPrint
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventProofOfPrint {

                /** Properties of an EventProofOfPrint. */
                interface $Properties {

                    /** EventProofOfPrint jobId */
                    jobId?: (number|Long|null);

                    /** EventProofOfPrint printerId */
                    printerId?: (string|null);

                    /** EventProofOfPrint owner */
                    owner?: (string|null);

                    /** EventProofOfPrint evidenceHash */
                    evidenceHash?: (string|null);

                    /** EventProofOfPrint printSeconds */
                    printSeconds?: (number|Long|null);

                    /** EventProofOfPrint gramsUsed */
                    gramsUsed?: (number|Long|null);

                    /** EventProofOfPrint estimatedGrams */
                    estimatedGrams?: (number|Long|null);

                    /** EventProofOfPrint errorCount */
                    errorCount?: (number|null);

                    /** EventProofOfPrint errorKinds */
                    errorKinds?: (string|null);

                    /** EventProofOfPrint firstAttempt */
                    firstAttempt?: (boolean|null);

                    /** EventProofOfPrint unitsCompleted */
                    unitsCompleted?: (number|null);

                    /** EventProofOfPrint quantity */
                    quantity?: (number|null);

                    /** EventProofOfPrint late */
                    late?: (boolean|null);

                    /** EventProofOfPrint submittedAtMs */
                    submittedAtMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventProofOfPrint. */
                type $Shape = printchain.jobs.v1.EventProofOfPrint.$Properties;
            }

            /**
             * Properties of an EventJobConfirmed.
             * @deprecated Use printchain.jobs.v1.EventJobConfirmed.$Properties instead.
             */
            interface IEventJobConfirmed extends printchain.jobs.v1.EventJobConfirmed.$Properties {
            }

            /** Represents an EventJobConfirmed. */
            class EventJobConfirmed {

                /**
                 * Constructs a new EventJobConfirmed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventJobConfirmed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventJobConfirmed jobId. */
                jobId: (number|Long);

                /** EventJobConfirmed printerId. */
                printerId: string;

                /** EventJobConfirmed customer. */
                customer: string;

                /** EventJobConfirmed qualityScore. */
                qualityScore: number;

                /** EventJobConfirmed defects. */
                defects: string;

                /** EventJobConfirmed automatic. */
                automatic: boolean;

                /**
                 * Creates a new EventJobConfirmed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventJobConfirmed instance
                 */
                static create(properties: printchain.jobs.v1.EventJobConfirmed.$Shape): printchain.jobs.v1.EventJobConfirmed & printchain.jobs.v1.EventJobConfirmed.$Shape;
                static create(properties?: printchain.jobs.v1.EventJobConfirmed.$Properties): printchain.jobs.v1.EventJobConfirmed;

                /**
                 * Encodes the specified EventJobConfirmed message. Does not implicitly {@link printchain.jobs.v1.EventJobConfirmed.verify|verify} messages.
                 * @param message EventJobConfirmed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventJobConfirmed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventJobConfirmed message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventJobConfirmed.verify|verify} messages.
                 * @param message EventJobConfirmed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventJobConfirmed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventJobConfirmed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventJobConfirmed & printchain.jobs.v1.EventJobConfirmed.$Shape} EventJobConfirmed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventJobConfirmed & printchain.jobs.v1.EventJobConfirmed.$Shape;

                /**
                 * Decodes an EventJobConfirmed message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventJobConfirmed & printchain.jobs.v1.EventJobConfirmed.$Shape} EventJobConfirmed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventJobConfirmed & printchain.jobs.v1.EventJobConfirmed.$Shape;

                /**
                 * Verifies an EventJobConfirmed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventJobConfirmed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventJobConfirmed
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventJobConfirmed;

                /**
                 * Creates a plain object from an EventJobConfirmed message. Also converts values to other types if specified.
                 * @param message EventJobConfirmed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventJobConfirmed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventJobConfirmed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventJobConfirmed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobConfirmed {

                /** Properties of an EventJobConfirmed. */
                interface $Properties {

                    /** EventJobConfirmed jobId */
                    jobId?: (number|Long|null);

                    /** EventJobConfirmed printerId */
                    printerId?: (string|null);

                    /** EventJobConfirmed customer */
                    customer?: (string|null);

                    /** EventJobConfirmed qualityScore */
                    qualityScore?: (number|null);

                    /** EventJobConfirmed defects */
                    defects?: (string|null);

                    /** EventJobConfirmed automatic */
                    automatic?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventJobConfirmed. */
                type $Shape = printchain.jobs.v1.EventJobConfirmed.$Properties;
            }

            /**
             * Properties of an EventJobDisputed.
             * @deprecated Use printchain.jobs.v1.EventJobDisputed.$Properties instead.
             */
            interface IEventJobDisputed extends printchain.jobs.v1.EventJobDisputed.$Properties {
            }

            /** Represents an EventJobDisputed. */
            class EventJobDisputed {

                /**
                 * Constructs a new EventJobDisputed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventJobDisputed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventJobDisputed jobId. */
                jobId: (number|Long);

                /** EventJobDisputed printerId. */
                printerId: string;

                /** EventJobDisputed customer. */
                customer: string;

                /** EventJobDisputed reason. */
                reason: string;

                /** EventJobDisputed resolveByMs. */
                resolveByMs: (number|Long);

                /**
                 * Creates a new EventJobDisputed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventJobDisputed instance
                 */
                static create(properties: printchain.jobs.v1.EventJobDisputed.$Shape): printchain.jobs.v1.EventJobDisputed & printchain.jobs.v1.EventJobDisputed.$Shape;
                static create(properties?: printchain.jobs.v1.EventJobDisputed.$Properties): printchain.jobs.v1.EventJobDisputed;

                /**
                 * Encodes the specified EventJobDisputed message. Does not implicitly {@link printchain.jobs.v1.EventJobDisputed.verify|verify} messages.
                 * @param message EventJobDisputed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventJobDisputed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventJobDisputed message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventJobDisputed.verify|verify} messages.
                 * @param message EventJobDisputed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventJobDisputed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventJobDisputed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventJobDisputed & printchain.jobs.v1.EventJobDisputed.$Shape} EventJobDisputed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventJobDisputed & printchain.jobs.v1.EventJobDisputed.$Shape;

                /**
                 * Decodes an EventJobDisputed message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventJobDisputed & printchain.jobs.v1.EventJobDisputed.$Shape} EventJobDisputed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventJobDisputed & printchain.jobs.v1.EventJobDisputed.$Shape;

                /**
                 * Verifies an EventJobDisputed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventJobDisputed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventJobDisputed
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventJobDisputed;

                /**
                 * Creates a plain object from an EventJobDisputed message. Also converts values to other types if specified.
                 * @param message EventJobDisputed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventJobDisputed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventJobDisputed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventJobDisputed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobDisputed {

                /** Properties of an EventJobDisputed. */
                interface $Properties {

                    /** EventJobDisputed jobId */
                    jobId?: (number|Long|null);

                    /** EventJobDisputed printerId */
                    printerId?: (string|null);

                    /** EventJobDisputed customer */
                    customer?: (string|null);

                    /** EventJobDisputed reason */
                    reason?: (string|null);

                    /** EventJobDisputed resolveByMs */
                    resolveByMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventJobDisputed. */
                type $Shape = printchain.jobs.v1.EventJobDisputed.$Properties;
            }

            /**
             * Properties of an EventDisputeResolved.
             * @deprecated Use printchain.jobs.v1.EventDisputeResolved.$Properties instead.
             */
            interface IEventDisputeResolved extends printchain.jobs.v1.EventDisputeResolved.$Properties {
            }

            /** Represents an EventDisputeResolved. */
            class EventDisputeResolved {

                /**
                 * Constructs a new EventDisputeResolved.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventDisputeResolved.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventDisputeResolved jobId. */
                jobId: (number|Long);

                /** EventDisputeResolved printerId. */
                printerId: string;

                /** EventDisputeResolved arbiter. */
                arbiter: string;

                /** EventDisputeResolved refundBps. */
                refundBps: number;

                /**
                 * Creates a new EventDisputeResolved instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventDisputeResolved instance
                 */
                static create(properties: printchain.jobs.v1.EventDisputeResolved.$Shape): printchain.jobs.v1.EventDisputeResolved & printchain.jobs.v1.EventDisputeResolved.$Shape;
                static create(properties?: printchain.jobs.v1.EventDisputeResolved.$Properties): printchain.jobs.v1.EventDisputeResolved;

                /**
                 * Encodes the specified EventDisputeResolved message. Does not implicitly {@link printchain.jobs.v1.EventDisputeResolved.verify|verify} messages.
                 * @param message EventDisputeResolved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventDisputeResolved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventDisputeResolved message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventDisputeResolved.verify|verify} messages.
                 * @param message EventDisputeResolved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventDisputeResolved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventDisputeResolved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventDisputeResolved & printchain.jobs.v1.EventDisputeResolved.$Shape} EventDisputeResolved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventDisputeResolved & printchain.jobs.v1.EventDisputeResolved.$Shape;

                /**
                 * Decodes an EventDisputeResolved message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventDisputeResolved & printchain.jobs.v1.EventDisputeResolved.$Shape} EventDisputeResolved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventDisputeResolved & printchain.jobs.v1.EventDisputeResolved.$Shape;

                /**
                 * Verifies an EventDisputeResolved message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventDisputeResolved message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventDisputeResolved
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventDisputeResolved;

                /**
                 * Creates a plain object from an EventDisputeResolved message. Also converts values to other types if specified.
                 * @param message EventDisputeResolved
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventDisputeResolved, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventDisputeResolved to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventDisputeResolved
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventDisputeResolved {

                /** Properties of an EventDisputeResolved. */
                interface $Properties {

                    /** EventDisputeResolved jobId */
                    jobId?: (number|Long|null);

                    /** EventDisputeResolved printerId */
                    printerId?: (string|null);

                    /** EventDisputeResolved arbiter */
                    arbiter?: (string|null);

                    /** EventDisputeResolved refundBps */
                    refundBps?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventDisputeResolved. */
                type $Shape = printchain.jobs.v1.EventDisputeResolved.$Properties;
            }

            /**
             * Properties of an EventJobSettled.
             * @deprecated Use printchain.jobs.v1.EventJobSettled.$Properties instead.
             */
            interface IEventJobSettled extends printchain.jobs.v1.EventJobSettled.$Properties {
            }

            /** Represents an EventJobSettled. */
            class EventJobSettled {

                /**
                 * Constructs a new EventJobSettled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.EventJobSettled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventJobSettled jobId. */
                jobId: (number|Long);

                /** EventJobSettled status. */
                status: printchain.jobs.v1.JobStatus;

                /** EventJobSettled reason. */
                reason: string;

                /** EventJobSettled customer. */
                customer: string;

                /** EventJobSettled printerId. */
                printerId: string;

                /** EventJobSettled printerOwner. */
                printerOwner: string;

                /** EventJobSettled denom. */
                denom: string;

                /** EventJobSettled price. */
                price: string;

                /** EventJobSettled printerPayout. */
                printerPayout: string;

                /** EventJobSettled fee. */
                fee: string;

                /** EventJobSettled customerRefund. */
                customerRefund: string;

                /** EventJobSettled bondSlashed. */
                bondSlashed: string;

                /** EventJobSettled late. */
                late: boolean;

                /** EventJobSettled settledAtMs. */
                settledAtMs: (number|Long);

                /**
                 * Creates a new EventJobSettled instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventJobSettled instance
                 */
                static create(properties: printchain.jobs.v1.EventJobSettled.$Shape): printchain.jobs.v1.EventJobSettled & printchain.jobs.v1.EventJobSettled.$Shape;
                static create(properties?: printchain.jobs.v1.EventJobSettled.$Properties): printchain.jobs.v1.EventJobSettled;

                /**
                 * Encodes the specified EventJobSettled message. Does not implicitly {@link printchain.jobs.v1.EventJobSettled.verify|verify} messages.
                 * @param message EventJobSettled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.EventJobSettled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventJobSettled message, length delimited. Does not implicitly {@link printchain.jobs.v1.EventJobSettled.verify|verify} messages.
                 * @param message EventJobSettled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.EventJobSettled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventJobSettled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.EventJobSettled & printchain.jobs.v1.EventJobSettled.$Shape} EventJobSettled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.EventJobSettled & printchain.jobs.v1.EventJobSettled.$Shape;

                /**
                 * Decodes an EventJobSettled message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.EventJobSettled & printchain.jobs.v1.EventJobSettled.$Shape} EventJobSettled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.EventJobSettled & printchain.jobs.v1.EventJobSettled.$Shape;

                /**
                 * Verifies an EventJobSettled message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventJobSettled message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventJobSettled
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.EventJobSettled;

                /**
                 * Creates a plain object from an EventJobSettled message. Also converts values to other types if specified.
                 * @param message EventJobSettled
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.EventJobSettled, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventJobSettled to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventJobSettled
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobSettled {

                /** Properties of an EventJobSettled. */
                interface $Properties {

                    /** EventJobSettled jobId */
                    jobId?: (number|Long|null);

                    /** EventJobSettled status */
                    status?: (printchain.jobs.v1.JobStatus|null);

                    /** EventJobSettled reason */
                    reason?: (string|null);

                    /** EventJobSettled customer */
                    customer?: (string|null);

                    /** EventJobSettled printerId */
                    printerId?: (string|null);

                    /** EventJobSettled printerOwner */
                    printerOwner?: (string|null);

                    /** EventJobSettled denom */
                    denom?: (string|null);

                    /** EventJobSettled price */
                    price?: (string|null);

                    /** EventJobSettled printerPayout */
                    printerPayout?: (string|null);

                    /** EventJobSettled fee */
                    fee?: (string|null);

                    /** EventJobSettled customerRefund */
                    customerRefund?: (string|null);

                    /** EventJobSettled bondSlashed */
                    bondSlashed?: (string|null);

                    /** EventJobSettled late */
                    late?: (boolean|null);

                    /** EventJobSettled settledAtMs */
                    settledAtMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventJobSettled. */
                type $Shape = printchain.jobs.v1.EventJobSettled.$Properties;
            }

            /** JobStatus enum. */
            enum JobStatus {

                /** JOB_STATUS_UNSPECIFIED value */
                JOB_STATUS_UNSPECIFIED = 0,

                /** JOB_STATUS_OPEN value */
                JOB_STATUS_OPEN = 1,

                /** JOB_STATUS_ACCEPTED value */
                JOB_STATUS_ACCEPTED = 2,

                /** JOB_STATUS_PROOF_SUBMITTED value */
                JOB_STATUS_PROOF_SUBMITTED = 3,

                /** JOB_STATUS_DISPUTED value */
                JOB_STATUS_DISPUTED = 4,

                /** JOB_STATUS_COMPLETED value */
                JOB_STATUS_COMPLETED = 5,

                /** JOB_STATUS_FAILED value */
                JOB_STATUS_FAILED = 6,

                /** JOB_STATUS_EXPIRED value */
                JOB_STATUS_EXPIRED = 7,

                /** JOB_STATUS_CANCELLED value */
                JOB_STATUS_CANCELLED = 8,

                /** JOB_STATUS_RESOLVED value */
                JOB_STATUS_RESOLVED = 9
            }

            /**
             * Properties of a Candidate.
             * @deprecated Use printchain.jobs.v1.Candidate.$Properties instead.
             */
            interface ICandidate extends printchain.jobs.v1.Candidate.$Properties {
            }

            /** Represents a Candidate. */
            class Candidate {

                /**
                 * Constructs a new Candidate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.Candidate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Candidate printerId. */
                printerId: string;

                /** Candidate distanceM. */
                distanceM: number;

                /** Candidate score. */
                score: (number|Long);

                /**
                 * Creates a new Candidate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Candidate instance
                 */
                static create(properties: printchain.jobs.v1.Candidate.$Shape): printchain.jobs.v1.Candidate & printchain.jobs.v1.Candidate.$Shape;
                static create(properties?: printchain.jobs.v1.Candidate.$Properties): printchain.jobs.v1.Candidate;

                /**
                 * Encodes the specified Candidate message. Does not implicitly {@link printchain.jobs.v1.Candidate.verify|verify} messages.
                 * @param message Candidate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.Candidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Candidate message, length delimited. Does not implicitly {@link printchain.jobs.v1.Candidate.verify|verify} messages.
                 * @param message Candidate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.Candidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Candidate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.Candidate & printchain.jobs.v1.Candidate.$Shape} Candidate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.Candidate & printchain.jobs.v1.Candidate.$Shape;

                /**
                 * Decodes a Candidate message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.Candidate & printchain.jobs.v1.Candidate.$Shape} Candidate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.Candidate & printchain.jobs.v1.Candidate.$Shape;

                /**
                 * Verifies a Candidate message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Candidate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Candidate
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.Candidate;

                /**
                 * Creates a plain object from a Candidate message. Also converts values to other types if specified.
                 * @param message Candidate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.Candidate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Candidate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Candidate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Candidate {

                /** Properties of a Candidate. */
                interface $Properties {

                    /** Candidate printerId */
                    printerId?: (string|null);

                    /** Candidate distanceM */
                    distanceM?: (number|null);

                    /** Candidate score */
                    score?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Candidate. */
                type $Shape = printchain.jobs.v1.Candidate.$Properties;
            }

            /**
             * Properties of a ProofOfPrint.
             * @deprecated Use printchain.jobs.v1.ProofOfPrint.$Properties instead.
             */
            interface IProofOfPrint extends printchain.jobs.v1.ProofOfPrint.$Properties {
            }

            /** Represents a ProofOfPrint. */
            class ProofOfPrint {

                /**
                 * Constructs a new ProofOfPrint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.ProofOfPrint.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProofOfPrint evidenceHash. */
                evidenceHash: string;

                /** ProofOfPrint evidenceUri. */
                evidenceUri: string;

                /** ProofOfPrint printSeconds. */
                printSeconds: (number|Long);

                /** ProofOfPrint gramsUsed. */
                gramsUsed: (number|Long);

                /** ProofOfPrint errorCount. */
                errorCount: number;

                /** ProofOfPrint errorKinds. */
                errorKinds: string[];

                /** ProofOfPrint firstAttempt. */
                firstAttempt: boolean;

                /** ProofOfPrint unitsCompleted. */
                unitsCompleted: number;

                /** ProofOfPrint submittedAtMs. */
                submittedAtMs: (number|Long);

                /** ProofOfPrint late. */
                late: boolean;

                /**
                 * Creates a new ProofOfPrint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProofOfPrint instance
                 */
                static create(properties: printchain.jobs.v1.ProofOfPrint.$Shape): printchain.jobs.v1.ProofOfPrint & printchain.jobs.v1.ProofOfPrint.$Shape;
                static create(properties?: printchain.jobs.v1.ProofOfPrint.$Properties): printchain.jobs.v1.ProofOfPrint;

                /**
                 * Encodes the specified ProofOfPrint message. Does not implicitly {@link printchain.jobs.v1.ProofOfPrint.verify|verify} messages.
                 * @param message ProofOfPrint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.ProofOfPrint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProofOfPrint message, length delimited. Does not implicitly {@link printchain.jobs.v1.ProofOfPrint.verify|verify} messages.
                 * @param message ProofOfPrint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.ProofOfPrint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProofOfPrint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.ProofOfPrint & printchain.jobs.v1.ProofOfPrint.$Shape} ProofOfPrint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.ProofOfPrint & printchain.jobs.v1.ProofOfPrint.$Shape;

                /**
                 * Decodes a ProofOfPrint message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.ProofOfPrint & printchain.jobs.v1.ProofOfPrint.$Shape} ProofOfPrint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.ProofOfPrint & printchain.jobs.v1.ProofOfPrint.$Shape;

                /**
                 * Verifies a ProofOfPrint message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProofOfPrint message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProofOfPrint
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.ProofOfPrint;

                /**
                 * Creates a plain object from a ProofOfPrint message. Also converts values to other types if specified.
                 * @param message ProofOfPrint
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.ProofOfPrint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProofOfPrint to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProofOfPrint
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProofOfPrint {

                /** Properties of a ProofOfPrint. */
                interface $Properties {

                    /** ProofOfPrint evidenceHash */
                    evidenceHash?: (string|null);

                    /** ProofOfPrint evidenceUri */
                    evidenceUri?: (string|null);

                    /** ProofOfPrint printSeconds */
                    printSeconds?: (number|Long|null);

                    /** ProofOfPrint gramsUsed */
                    gramsUsed?: (number|Long|null);

                    /** ProofOfPrint errorCount */
                    errorCount?: (number|null);

                    /** ProofOfPrint errorKinds */
                    errorKinds?: (string[]|null);

                    /** ProofOfPrint firstAttempt */
                    firstAttempt?: (boolean|null);

                    /** ProofOfPrint unitsCompleted */
                    unitsCompleted?: (number|null);

                    /** ProofOfPrint submittedAtMs */
                    submittedAtMs?: (number|Long|null);

                    /** ProofOfPrint late */
                    late?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProofOfPrint. */
                type $Shape = printchain.jobs.v1.ProofOfPrint.$Properties;
            }

            /**
             * Properties of a Confirmation.
             * @deprecated Use printchain.jobs.v1.Confirmation.$Properties instead.
             */
            interface IConfirmation extends printchain.jobs.v1.Confirmation.$Properties {
            }

            /** Represents a Confirmation. */
            class Confirmation {

                /**
                 * Constructs a new Confirmation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.Confirmation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Confirmation qualityScore. */
                qualityScore: number;

                /** Confirmation defects. */
                defects: string[];

                /** Confirmation automatic. */
                automatic: boolean;

                /** Confirmation confirmedAtMs. */
                confirmedAtMs: (number|Long);

                /**
                 * Creates a new Confirmation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Confirmation instance
                 */
                static create(properties: printchain.jobs.v1.Confirmation.$Shape): printchain.jobs.v1.Confirmation & printchain.jobs.v1.Confirmation.$Shape;
                static create(properties?: printchain.jobs.v1.Confirmation.$Properties): printchain.jobs.v1.Confirmation;

                /**
                 * Encodes the specified Confirmation message. Does not implicitly {@link printchain.jobs.v1.Confirmation.verify|verify} messages.
                 * @param message Confirmation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.Confirmation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Confirmation message, length delimited. Does not implicitly {@link printchain.jobs.v1.Confirmation.verify|verify} messages.
                 * @param message Confirmation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.Confirmation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Confirmation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.Confirmation & printchain.jobs.v1.Confirmation.$Shape} Confirmation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.Confirmation & printchain.jobs.v1.Confirmation.$Shape;

                /**
                 * Decodes a Confirmation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.Confirmation & printchain.jobs.v1.Confirmation.$Shape} Confirmation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.Confirmation & printchain.jobs.v1.Confirmation.$Shape;

                /**
                 * Verifies a Confirmation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Confirmation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Confirmation
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.Confirmation;

                /**
                 * Creates a plain object from a Confirmation message. Also converts values to other types if specified.
                 * @param message Confirmation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.Confirmation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Confirmation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Confirmation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Confirmation {

                /** Properties of a Confirmation. */
                interface $Properties {

                    /** Confirmation qualityScore */
                    qualityScore?: (number|null);

                    /** Confirmation defects */
                    defects?: (string[]|null);

                    /** Confirmation automatic */
                    automatic?: (boolean|null);

                    /** Confirmation confirmedAtMs */
                    confirmedAtMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Confirmation. */
                type $Shape = printchain.jobs.v1.Confirmation.$Properties;
            }

            /**
             * Properties of a Dispute.
             * @deprecated Use printchain.jobs.v1.Dispute.$Properties instead.
             */
            interface IDispute extends printchain.jobs.v1.Dispute.$Properties {
            }

            /** Represents a Dispute. */
            class Dispute {

                /**
                 * Constructs a new Dispute.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.Dispute.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Dispute reason. */
                reason: string;

                /** Dispute openedAtMs. */
                openedAtMs: (number|Long);

                /** Dispute resolveByMs. */
                resolveByMs: (number|Long);

                /** Dispute arbiter. */
                arbiter: string;

                /** Dispute refundBps. */
                refundBps: number;

                /** Dispute resolvedAtMs. */
                resolvedAtMs: (number|Long);

                /**
                 * Creates a new Dispute instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Dispute instance
                 */
                static create(properties: printchain.jobs.v1.Dispute.$Shape): printchain.jobs.v1.Dispute & printchain.jobs.v1.Dispute.$Shape;
                static create(properties?: printchain.jobs.v1.Dispute.$Properties): printchain.jobs.v1.Dispute;

                /**
                 * Encodes the specified Dispute message. Does not implicitly {@link printchain.jobs.v1.Dispute.verify|verify} messages.
                 * @param message Dispute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.Dispute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Dispute message, length delimited. Does not implicitly {@link printchain.jobs.v1.Dispute.verify|verify} messages.
                 * @param message Dispute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.Dispute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Dispute message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.Dispute & printchain.jobs.v1.Dispute.$Shape} Dispute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.Dispute & printchain.jobs.v1.Dispute.$Shape;

                /**
                 * Decodes a Dispute message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.Dispute & printchain.jobs.v1.Dispute.$Shape} Dispute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.Dispute & printchain.jobs.v1.Dispute.$Shape;

                /**
                 * Verifies a Dispute message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Dispute message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Dispute
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.Dispute;

                /**
                 * Creates a plain object from a Dispute message. Also converts values to other types if specified.
                 * @param message Dispute
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.Dispute, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Dispute to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Dispute
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Dispute {

                /** Properties of a Dispute. */
                interface $Properties {

                    /** Dispute reason */
                    reason?: (string|null);

                    /** Dispute openedAtMs */
                    openedAtMs?: (number|Long|null);

                    /** Dispute resolveByMs */
                    resolveByMs?: (number|Long|null);

                    /** Dispute arbiter */
                    arbiter?: (string|null);

                    /** Dispute refundBps */
                    refundBps?: (number|null);

                    /** Dispute resolvedAtMs */
                    resolvedAtMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Dispute. */
                type $Shape = printchain.jobs.v1.Dispute.$Properties;
            }

            /**
             * Properties of a Settlement.
             * @deprecated Use printchain.jobs.v1.Settlement.$Properties instead.
             */
            interface ISettlement extends printchain.jobs.v1.Settlement.$Properties {
            }

            /** Represents a Settlement. */
            class Settlement {

                /**
                 * Constructs a new Settlement.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.Settlement.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Settlement printerPayout. */
                printerPayout: string;

                /** Settlement fee. */
                fee: string;

                /** Settlement customerRefund. */
                customerRefund: string;

                /** Settlement bondSlashed. */
                bondSlashed: string;

                /** Settlement settledAtMs. */
                settledAtMs: (number|Long);

                /** Settlement reason. */
                reason: string;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Settlement instance
                 */
                static create(properties: printchain.jobs.v1.Settlement.$Shape): printchain.jobs.v1.Settlement & printchain.jobs.v1.Settlement.$Shape;
                static create(properties?: printchain.jobs.v1.Settlement.$Properties): printchain.jobs.v1.Settlement;

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link printchain.jobs.v1.Settlement.verify|verify} messages.
                 * @param message Settlement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.Settlement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Settlement message, length delimited. Does not implicitly {@link printchain.jobs.v1.Settlement.verify|verify} messages.
                 * @param message Settlement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.Settlement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.Settlement & printchain.jobs.v1.Settlement.$Shape} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.Settlement & printchain.jobs.v1.Settlement.$Shape;

                /**
                 * Decodes a Settlement message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.Settlement & printchain.jobs.v1.Settlement.$Shape} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.Settlement & printchain.jobs.v1.Settlement.$Shape;

                /**
                 * Verifies a Settlement message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Settlement message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Settlement
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.Settlement;

                /**
                 * Creates a plain object from a Settlement message. Also converts values to other types if specified.
                 * @param message Settlement
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.Settlement, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Settlement to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Settlement
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Settlement {

                /** Properties of a Settlement. */
                interface $Properties {

                    /** Settlement printerPayout */
                    printerPayout?: (string|null);

                    /** Settlement fee */
                    fee?: (string|null);

                    /** Settlement customerRefund */
                    customerRefund?: (string|null);

                    /** Settlement bondSlashed */
                    bondSlashed?: (string|null);

                    /** Settlement settledAtMs */
                    settledAtMs?: (number|Long|null);

                    /** Settlement reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Settlement. */
                type $Shape = printchain.jobs.v1.Settlement.$Properties;
            }

            /**
             * Properties of a Job.
             * @deprecated Use printchain.jobs.v1.Job.$Properties instead.
             */
            interface IJob extends printchain.jobs.v1.Job.$Properties {
            }

            /** Represents a Job. */
            class Job {

                /**
                 * Constructs a new Job.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.Job.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Job id. */
                id: (number|Long);

                /** Job customer. */
                customer: string;

                /** Job designHash. */
                designHash: string;

                /** Job designUri. */
                designUri: string;

                /** Job quantity. */
                quantity: number;

                /** Job material. */
                material: string;

                /** Job technology. */
                technology: printchain.printers.v1.Technology;

                /** Job minBuildVolume. */
                minBuildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                /** Job estimatedGrams. */
                estimatedGrams: (number|Long);

                /** Job price. */
                price?: (printchain.base.v1.Coin.$Properties|null);

                /** Job latitudeUdeg. */
                latitudeUdeg: number;

                /** Job longitudeUdeg. */
                longitudeUdeg: number;

                /** Job maxDistanceKm. */
                maxDistanceKm: number;

                /** Job requireAttested. */
                requireAttested: boolean;

                /** Job deadlineMs. */
                deadlineMs: (number|Long);

                /** Job status. */
                status: printchain.jobs.v1.JobStatus;

                /** Job createdHeight. */
                createdHeight: (number|Long);

                /** Job createdAtMs. */
                createdAtMs: (number|Long);

                /** Job candidates. */
                candidates: printchain.jobs.v1.Candidate.$Properties[];

                /** Job offerRound. */
                offerRound: number;

                /** Job offeredAtMs. */
                offeredAtMs: (number|Long);

                /** Job offerExpiresAtMs. */
                offerExpiresAtMs: (number|Long);

                /** Job printerId. */
                printerId: string;

                /** Job printerOwner. */
                printerOwner: string;

                /** Job acceptedAtMs. */
                acceptedAtMs: (number|Long);

                /** Job proof. */
                proof?: (printchain.jobs.v1.ProofOfPrint.$Properties|null);

                /** Job confirmByMs. */
                confirmByMs: (number|Long);

                /** Job confirmation. */
                confirmation?: (printchain.jobs.v1.Confirmation.$Properties|null);

                /** Job dispute. */
                dispute?: (printchain.jobs.v1.Dispute.$Properties|null);

                /** Job settlement. */
                settlement?: (printchain.jobs.v1.Settlement.$Properties|null);

                /** Job timerMs. */
                timerMs: (number|Long);

                /** Job offeredPrinterIds. */
                offeredPrinterIds: string[];

                /**
                 * Creates a new Job instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Job instance
                 */
                static create(properties: printchain.jobs.v1.Job.$Shape): printchain.jobs.v1.Job & printchain.jobs.v1.Job.$Shape;
                static create(properties?: printchain.jobs.v1.Job.$Properties): printchain.jobs.v1.Job;

                /**
                 * Encodes the specified Job message. Does not implicitly {@link printchain.jobs.v1.Job.verify|verify} messages.
                 * @param message Job message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.Job.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Job message, length delimited. Does not implicitly {@link printchain.jobs.v1.Job.verify|verify} messages.
                 * @param message Job message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.Job.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Job message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.Job & printchain.jobs.v1.Job.$Shape} Job
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.Job & printchain.jobs.v1.Job.$Shape;

                /**
                 * Decodes a Job message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.Job & printchain.jobs.v1.Job.$Shape} Job
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.Job & printchain.jobs.v1.Job.$Shape;

                /**
                 * Verifies a Job message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Job message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Job
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.Job;

                /**
                 * Creates a plain object from a Job message. Also converts values to other types if specified.
                 * @param message Job
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.Job, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Job to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Job
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Job {

                /** Properties of a Job. */
                interface $Properties {

                    /** Job id */
                    id?: (number|Long|null);

                    /** Job customer */
                    customer?: (string|null);

                    /** Job designHash */
                    designHash?: (string|null);

                    /** Job designUri */
                    designUri?: (string|null);

                    /** Job quantity */
                    quantity?: (number|null);

                    /** Job material */
                    material?: (string|null);

                    /** Job technology */
                    technology?: (printchain.printers.v1.Technology|null);

                    /** Job minBuildVolume */
                    minBuildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                    /** Job estimatedGrams */
                    estimatedGrams?: (number|Long|null);

                    /** Job price */
                    price?: (printchain.base.v1.Coin.$Properties|null);

                    /** Job latitudeUdeg */
                    latitudeUdeg?: (number|null);

                    /** Job longitudeUdeg */
                    longitudeUdeg?: (number|null);

                    /** Job maxDistanceKm */
                    maxDistanceKm?: (number|null);

                    /** Job requireAttested */
                    requireAttested?: (boolean|null);

                    /** Job deadlineMs */
                    deadlineMs?: (number|Long|null);

                    /** Job status */
                    status?: (printchain.jobs.v1.JobStatus|null);

                    /** Job createdHeight */
                    createdHeight?: (number|Long|null);

                    /** Job createdAtMs */
                    createdAtMs?: (number|Long|null);

                    /** Job candidates */
                    candidates?: (printchain.jobs.v1.Candidate.$Properties[]|null);

                    /** Job offerRound */
                    offerRound?: (number|null);

                    /** Job offeredAtMs */
                    offeredAtMs?: (number|Long|null);

                    /** Job offerExpiresAtMs */
                    offerExpiresAtMs?: (number|Long|null);

                    /** Job printerId */
                    printerId?: (string|null);

                    /** Job printerOwner */
                    printerOwner?: (string|null);

                    /** Job acceptedAtMs */
                    acceptedAtMs?: (number|Long|null);

                    /** Job proof */
                    proof?: (printchain.jobs.v1.ProofOfPrint.$Properties|null);

                    /** Job confirmByMs */
                    confirmByMs?: (number|Long|null);

                    /** Job confirmation */
                    confirmation?: (printchain.jobs.v1.Confirmation.$Properties|null);

                    /** Job dispute */
                    dispute?: (printchain.jobs.v1.Dispute.$Properties|null);

                    /** Job settlement */
                    settlement?: (printchain.jobs.v1.Settlement.$Properties|null);

                    /** Job timerMs */
                    timerMs?: (number|Long|null);

                    /** Job offeredPrinterIds */
                    offeredPrinterIds?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Job. */
                type $Shape = printchain.jobs.v1.Job.$Properties;
            }

            /**
             * Properties of a Params.
             * @deprecated Use printchain.jobs.v1.Params.$Properties instead.
             */
            interface IParams extends printchain.jobs.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params offerBatchSize. */
                offerBatchSize: number;

                /** Params maxCandidates. */
                maxCandidates: number;

                /** Params acceptanceWindowMs. */
                acceptanceWindowMs: (number|Long);

                /** Params confirmationWindowMs. */
                confirmationWindowMs: (number|Long);

                /** Params lateGraceMs. */
                lateGraceMs: (number|Long);

                /** Params arbitrationWindowMs. */
                arbitrationWindowMs: (number|Long);

                /** Params takeRateBps. */
                takeRateBps: number;

                /** Params latePenaltyBps. */
                latePenaltyBps: number;

                /** Params defaultDisputeRefundBps. */
                defaultDisputeRefundBps: number;

                /** Params arbiters. */
                arbiters: string[];

                /** Params priceDenom. */
                priceDenom: string;

                /** Params minPrice. */
                minPrice: string;

                /** Params maxQuantity. */
                maxQuantity: number;

                /** Params maxJobDurationMs. */
                maxJobDurationMs: (number|Long);

                /** Params maxRouteScan. */
                maxRouteScan: number;

                /** Params distanceSofteningKm. */
                distanceSofteningKm: number;

                /** Params attestedBonusBps. */
                attestedBonusBps: number;

                /** Params maxActiveJobs. */
                maxActiveJobs: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                static create(properties: printchain.jobs.v1.Params.$Shape): printchain.jobs.v1.Params & printchain.jobs.v1.Params.$Shape;
                static create(properties?: printchain.jobs.v1.Params.$Properties): printchain.jobs.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link printchain.jobs.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Params message, length delimited. Does not implicitly {@link printchain.jobs.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.Params & printchain.jobs.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.Params & printchain.jobs.v1.Params.$Shape;

                /**
                 * Decodes a Params message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.Params & printchain.jobs.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.Params & printchain.jobs.v1.Params.$Shape;

                /**
                 * Verifies a Params message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Params
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {

                /** Properties of a Params. */
                interface $Properties {

                    /** Params offerBatchSize */
                    offerBatchSize?: (number|null);

                    /** Params maxCandidates */
                    maxCandidates?: (number|null);

                    /** Params acceptanceWindowMs */
                    acceptanceWindowMs?: (number|Long|null);

                    /** Params confirmationWindowMs */
                    confirmationWindowMs?: (number|Long|null);

                    /** Params lateGraceMs */
                    lateGraceMs?: (number|Long|null);

                    /** Params arbitrationWindowMs */
                    arbitrationWindowMs?: (number|Long|null);

                    /** Params takeRateBps */
                    takeRateBps?: (number|null);

                    /** Params latePenaltyBps */
                    latePenaltyBps?: (number|null);

                    /** Params defaultDisputeRefundBps */
                    defaultDisputeRefundBps?: (number|null);

                    /** Params arbiters */
                    arbiters?: (string[]|null);

                    /** Params priceDenom */
                    priceDenom?: (string|null);

                    /** Params minPrice */
                    minPrice?: (string|null);

                    /** Params maxQuantity */
                    maxQuantity?: (number|null);

                    /** Params maxJobDurationMs */
                    maxJobDurationMs?: (number|Long|null);

                    /** Params maxRouteScan */
                    maxRouteScan?: (number|null);

                    /** Params distanceSofteningKm */
                    distanceSofteningKm?: (number|null);

                    /** Params attestedBonusBps */
                    attestedBonusBps?: (number|null);

                    /** Params maxActiveJobs */
                    maxActiveJobs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = printchain.jobs.v1.Params.$Properties;
            }

            /**
             * Properties of a GenesisState.
             * @deprecated Use printchain.jobs.v1.GenesisState.$Properties instead.
             */
            interface IGenesisState extends printchain.jobs.v1.GenesisState.$Properties {
            }

            /** Represents a GenesisState. */
            class GenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.GenesisState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisState params. */
                params?: (printchain.jobs.v1.Params.$Properties|null);

                /** GenesisState jobs. */
                jobs: printchain.jobs.v1.Job.$Properties[];

                /** GenesisState nextJobId. */
                nextJobId: (number|Long);

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                static create(properties: printchain.jobs.v1.GenesisState.$Shape): printchain.jobs.v1.GenesisState & printchain.jobs.v1.GenesisState.$Shape;
                static create(properties?: printchain.jobs.v1.GenesisState.$Properties): printchain.jobs.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link printchain.jobs.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GenesisState message, length delimited. Does not implicitly {@link printchain.jobs.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.GenesisState & printchain.jobs.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.GenesisState & printchain.jobs.v1.GenesisState.$Shape;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.GenesisState & printchain.jobs.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.GenesisState & printchain.jobs.v1.GenesisState.$Shape;

                /**
                 * Verifies a GenesisState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisState
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.GenesisState;

                /**
                 * Creates a plain object from a GenesisState message. Also converts values to other types if specified.
                 * @param message GenesisState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {

                /** Properties of a GenesisState. */
                interface $Properties {

                    /** GenesisState params */
                    params?: (printchain.jobs.v1.Params.$Properties|null);

                    /** GenesisState jobs */
                    jobs?: (printchain.jobs.v1.Job.$Properties[]|null);

                    /** GenesisState nextJobId */
                    nextJobId?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisState. */
                type $Shape = printchain.jobs.v1.GenesisState.$Properties;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /** Calls Job. */
                job: printchain.jobs.v1.Query.Job;

                /** Calls Jobs. */
                jobs: printchain.jobs.v1.Query.Jobs;

                /** Calls JobOffers. */
                jobOffers: printchain.jobs.v1.Query.JobOffers;

                /** Calls Params. */
                params: printchain.jobs.v1.Query.Params;
            }

            namespace Query {

                /**
                 * Callback as used by {@link printchain.jobs.v1.Query#job}.
                 * @param error Error, if any
                 * @param [response] QueryJobResponse
                 */
                type JobCallback = (error: (Error|null), response?: printchain.jobs.v1.QueryJobResponse) => void;

                /** Calls Job. */
                type Job = {
                  (request: printchain.jobs.v1.IQueryJobRequest, callback: printchain.jobs.v1.Query.JobCallback): void;
                  (request: printchain.jobs.v1.IQueryJobRequest): Promise<printchain.jobs.v1.QueryJobResponse>;
                  readonly name: "Job";
                  readonly path: "/printchain.jobs.v1.Query/Job";
                  readonly requestType: "QueryJobRequest";
                  readonly responseType: "QueryJobResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Query#jobs}.
                 * @param error Error, if any
                 * @param [response] QueryJobsResponse
                 */
                type JobsCallback = (error: (Error|null), response?: printchain.jobs.v1.QueryJobsResponse) => void;

                /** Calls Jobs. */
                type Jobs = {
                  (request: printchain.jobs.v1.IQueryJobsRequest, callback: printchain.jobs.v1.Query.JobsCallback): void;
                  (request: printchain.jobs.v1.IQueryJobsRequest): Promise<printchain.jobs.v1.QueryJobsResponse>;
                  readonly name: "Jobs";
                  readonly path: "/printchain.jobs.v1.Query/Jobs";
                  readonly requestType: "QueryJobsRequest";
                  readonly responseType: "QueryJobsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Query#jobOffers}.
                 * @param error Error, if any
                 * @param [response] QueryJobsResponse
                 */
                type JobOffersCallback = (error: (Error|null), response?: printchain.jobs.v1.QueryJobsResponse) => void;

                /** Calls JobOffers. */
                type JobOffers = {
                  (request: printchain.jobs.v1.IQueryJobOffersRequest, callback: printchain.jobs.v1.Query.JobOffersCallback): void;
                  (request: printchain.jobs.v1.IQueryJobOffersRequest): Promise<printchain.jobs.v1.QueryJobsResponse>;
                  readonly name: "JobOffers";
                  readonly path: "/printchain.jobs.v1.Query/JobOffers";
                  readonly requestType: "QueryJobOffersRequest";
                  readonly responseType: "QueryJobsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: printchain.jobs.v1.QueryParamsResponse) => void;

                /** Calls Params. */
                type Params = {
                  (request: printchain.jobs.v1.IQueryParamsRequest, callback: printchain.jobs.v1.Query.ParamsCallback): void;
                  (request: printchain.jobs.v1.IQueryParamsRequest): Promise<printchain.jobs.v1.QueryParamsResponse>;
                  readonly name: "Params";
                  readonly path: "/printchain.jobs.v1.Query/Params";
                  readonly requestType: "QueryParamsRequest";
                  readonly responseType: "QueryParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a QueryJobRequest.
             * @deprecated Use printchain.jobs.v1.QueryJobRequest.$Properties instead.
             */
            interface IQueryJobRequest extends printchain.jobs.v1.QueryJobRequest.$Properties {
            }

            /** Represents a QueryJobRequest. */
            class QueryJobRequest {

                /**
                 * Constructs a new QueryJobRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.QueryJobRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryJobRequest jobId. */
                jobId: (number|Long);

                /**
                 * Creates a new QueryJobRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryJobRequest instance
                 */
                static create(properties: printchain.jobs.v1.QueryJobRequest.$Shape): printchain.jobs.v1.QueryJobRequest & printchain.jobs.v1.QueryJobRequest.$Shape;
                static create(properties?: printchain.jobs.v1.QueryJobRequest.$Properties): printchain.jobs.v1.QueryJobRequest;

                /**
                 * Encodes the specified QueryJobRequest message. Does not implicitly {@link printchain.jobs.v1.QueryJobRequest.verify|verify} messages.
                 * @param message QueryJobRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.QueryJobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryJobRequest message, length delimited. Does not implicitly {@link printchain.jobs.v1.QueryJobRequest.verify|verify} messages.
                 * @param message QueryJobRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.QueryJobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryJobRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.QueryJobRequest & printchain.jobs.v1.QueryJobRequest.$Shape} QueryJobRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.QueryJobRequest & printchain.jobs.v1.QueryJobRequest.$Shape;

                /**
                 * Decodes a QueryJobRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.QueryJobRequest & printchain.jobs.v1.QueryJobRequest.$Shape} QueryJobRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.QueryJobRequest & printchain.jobs.v1.QueryJobRequest.$Shape;

                /**
                 * Verifies a QueryJobRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryJobRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryJobRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.QueryJobRequest;

                /**
                 * Creates a plain object from a QueryJobRequest message. Also converts values to other types if specified.
                 * @param message QueryJobRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.QueryJobRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryJobRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryJobRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobRequest {

                /** Properties of a QueryJobRequest. */
                interface $Properties {

                    /** QueryJobRequest jobId */
                    jobId?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryJobRequest. */
                type $Shape = printchain.jobs.v1.QueryJobRequest.$Properties;
            }

            /**
             * Properties of a QueryJobResponse.
             * @deprecated Use printchain.jobs.v1.QueryJobResponse.$Properties instead.
             */
            interface IQueryJobResponse extends printchain.jobs.v1.QueryJobResponse.$Properties {
            }

            /** Represents a QueryJobResponse. */
            class QueryJobResponse {

                /**
                 * Constructs a new QueryJobResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.QueryJobResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryJobResponse job. */
                job?: (printchain.jobs.v1.Job.$Properties|null);

                /**
                 * Creates a new QueryJobResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryJobResponse instance
                 */
                static create(properties: printchain.jobs.v1.QueryJobResponse.$Shape): printchain.jobs.v1.QueryJobResponse & printchain.jobs.v1.QueryJobResponse.$Shape;
                static create(properties?: printchain.jobs.v1.QueryJobResponse.$Properties): printchain.jobs.v1.QueryJobResponse;

                /**
                 * Encodes the specified QueryJobResponse message. Does not implicitly {@link printchain.jobs.v1.QueryJobResponse.verify|verify} messages.
                 * @param message QueryJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.QueryJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryJobResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.QueryJobResponse.verify|verify} messages.
                 * @param message QueryJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.QueryJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryJobResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.QueryJobResponse & printchain.jobs.v1.QueryJobResponse.$Shape} QueryJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.QueryJobResponse & printchain.jobs.v1.QueryJobResponse.$Shape;

                /**
                 * Decodes a QueryJobResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.QueryJobResponse & printchain.jobs.v1.QueryJobResponse.$Shape} QueryJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.QueryJobResponse & printchain.jobs.v1.QueryJobResponse.$Shape;

                /**
                 * Verifies a QueryJobResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryJobResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryJobResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.QueryJobResponse;

                /**
                 * Creates a plain object from a QueryJobResponse message. Also converts values to other types if specified.
                 * @param message QueryJobResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.QueryJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryJobResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryJobResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobResponse {

                /** Properties of a QueryJobResponse. */
                interface $Properties {

                    /** QueryJobResponse job */
                    job?: (printchain.jobs.v1.Job.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryJobResponse. */
                type $Shape = printchain.jobs.v1.QueryJobResponse.$Properties;
            }

            /**
             * Properties of a QueryJobsRequest.
             * @deprecated Use printchain.jobs.v1.QueryJobsRequest.$Properties instead.
             */
            interface IQueryJobsRequest extends printchain.jobs.v1.QueryJobsRequest.$Properties {
            }

            /** Represents a QueryJobsRequest. */
            class QueryJobsRequest {

                /**
                 * Constructs a new QueryJobsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.QueryJobsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryJobsRequest customer. */
                customer: string;

                /** QueryJobsRequest printerId. */
                printerId: string;

                /** QueryJobsRequest status. */
                status: printchain.jobs.v1.JobStatus;

                /** QueryJobsRequest pagination. */
                pagination?: (printchain.base.v1.PageRequest.$Properties|null);

                /**
                 * Creates a new QueryJobsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryJobsRequest instance
                 */
                static create(properties: printchain.jobs.v1.QueryJobsRequest.$Shape): printchain.jobs.v1.QueryJobsRequest & printchain.jobs.v1.QueryJobsRequest.$Shape;
                static create(properties?: printchain.jobs.v1.QueryJobsRequest.$Properties): printchain.jobs.v1.QueryJobsRequest;

                /**
                 * Encodes the specified QueryJobsRequest message. Does not implicitly {@link printchain.jobs.v1.QueryJobsRequest.verify|verify} messages.
                 * @param message QueryJobsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.QueryJobsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryJobsRequest message, length delimited. Does not implicitly {@link printchain.jobs.v1.QueryJobsRequest.verify|verify} messages.
                 * @param message QueryJobsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.QueryJobsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryJobsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.QueryJobsRequest & printchain.jobs.v1.QueryJobsRequest.$Shape} QueryJobsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.QueryJobsRequest & printchain.jobs.v1.QueryJobsRequest.$Shape;

                /**
                 * Decodes a QueryJobsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.QueryJobsRequest & printchain.jobs.v1.QueryJobsRequest.$Shape} QueryJobsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.QueryJobsRequest & printchain.jobs.v1.QueryJobsRequest.$Shape;

                /**
                 * Verifies a QueryJobsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryJobsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryJobsRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.QueryJobsRequest;

                /**
                 * Creates a plain object from a QueryJobsRequest message. Also converts values to other types if specified.
                 * @param message QueryJobsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.QueryJobsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryJobsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryJobsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobsRequest {

                /** Properties of a QueryJobsRequest. */
                interface $Properties {

                    /** QueryJobsRequest customer */
                    customer?: (string|null);

                    /** QueryJobsRequest printerId */
                    printerId?: (string|null);

                    /** QueryJobsRequest status */
                    status?: (printchain.jobs.v1.JobStatus|null);

                    /** QueryJobsRequest pagination */
                    pagination?: (printchain.base.v1.PageRequest.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryJobsRequest. */
                type $Shape = printchain.jobs.v1.QueryJobsRequest.$Properties;
            }

            /**
             * Properties of a QueryJobsResponse.
             * @deprecated Use printchain.jobs.v1.QueryJobsResponse.$Properties instead.
             */
            interface IQueryJobsResponse extends printchain.jobs.v1.QueryJobsResponse.$Properties {
            }

            /** Represents a QueryJobsResponse. */
            class QueryJobsResponse {

                /**
                 * Constructs a new QueryJobsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.QueryJobsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryJobsResponse jobs. */
                jobs: printchain.jobs.v1.Job.$Properties[];

                /** QueryJobsResponse pagination. */
                pagination?: (printchain.base.v1.PageResponse.$Properties|null);

                /**
                 * Creates a new QueryJobsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryJobsResponse instance
                 */
                static create(properties: printchain.jobs.v1.QueryJobsResponse.$Shape): printchain.jobs.v1.QueryJobsResponse & printchain.jobs.v1.QueryJobsResponse.$Shape;
                static create(properties?: printchain.jobs.v1.QueryJobsResponse.$Properties): printchain.jobs.v1.QueryJobsResponse;

                /**
                 * Encodes the specified QueryJobsResponse message. Does not implicitly {@link printchain.jobs.v1.QueryJobsResponse.verify|verify} messages.
                 * @param message QueryJobsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.QueryJobsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryJobsResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.QueryJobsResponse.verify|verify} messages.
                 * @param message QueryJobsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.QueryJobsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryJobsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.QueryJobsResponse & printchain.jobs.v1.QueryJobsResponse.$Shape} QueryJobsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.QueryJobsResponse & printchain.jobs.v1.QueryJobsResponse.$Shape;

                /**
                 * Decodes a QueryJobsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.QueryJobsResponse & printchain.jobs.v1.QueryJobsResponse.$Shape} QueryJobsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.QueryJobsResponse & printchain.jobs.v1.QueryJobsResponse.$Shape;

                /**
                 * Verifies a QueryJobsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryJobsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryJobsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.QueryJobsResponse;

                /**
                 * Creates a plain object from a QueryJobsResponse message. Also converts values to other types if specified.
                 * @param message QueryJobsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.QueryJobsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryJobsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryJobsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobsResponse {

                /** Properties of a QueryJobsResponse. */
                interface $Properties {

                    /** QueryJobsResponse jobs */
                    jobs?: (printchain.jobs.v1.Job.$Properties[]|null);

                    /** QueryJobsResponse pagination */
                    pagination?: (printchain.base.v1.PageResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryJobsResponse. */
                type $Shape = printchain.jobs.v1.QueryJobsResponse.$Properties;
            }

            /**
             * Properties of a QueryJobOffersRequest.
             * @deprecated Use printchain.jobs.v1.QueryJobOffersRequest.$Properties instead.
             */
            interface IQueryJobOffersRequest extends printchain.jobs.v1.QueryJobOffersRequest.$Properties {
            }

            /** Represents a QueryJobOffersRequest. */
            class QueryJobOffersRequest {

                /**
                 * Constructs a new QueryJobOffersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.QueryJobOffersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryJobOffersRequest printerId. */
                printerId: string;

                /** QueryJobOffersRequest pagination. */
                pagination?: (printchain.base.v1.PageRequest.$Properties|null);

                /**
                 * Creates a new QueryJobOffersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryJobOffersRequest instance
                 */
                static create(properties: printchain.jobs.v1.QueryJobOffersRequest.$Shape): printchain.jobs.v1.QueryJobOffersRequest & printchain.jobs.v1.QueryJobOffersRequest.$Shape;
                static create(properties?: printchain.jobs.v1.QueryJobOffersRequest.$Properties): printchain.jobs.v1.QueryJobOffersRequest;

                /**
                 * Encodes the specified QueryJobOffersRequest message. Does not implicitly {@link printchain.jobs.v1.QueryJobOffersRequest.verify|verify} messages.
                 * @param message QueryJobOffersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.QueryJobOffersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryJobOffersRequest message, length delimited. Does not implicitly {@link printchain.jobs.v1.QueryJobOffersRequest.verify|verify} messages.
                 * @param message QueryJobOffersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.QueryJobOffersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryJobOffersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.QueryJobOffersRequest & printchain.jobs.v1.QueryJobOffersRequest.$Shape} QueryJobOffersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.QueryJobOffersRequest & printchain.jobs.v1.QueryJobOffersRequest.$Shape;

                /**
                 * Decodes a QueryJobOffersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.QueryJobOffersRequest & printchain.jobs.v1.QueryJobOffersRequest.$Shape} QueryJobOffersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.QueryJobOffersRequest & printchain.jobs.v1.QueryJobOffersRequest.$Shape;

                /**
                 * Verifies a QueryJobOffersRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryJobOffersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryJobOffersRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.QueryJobOffersRequest;

                /**
                 * Creates a plain object from a QueryJobOffersRequest message. Also converts values to other types if specified.
                 * @param message QueryJobOffersRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.QueryJobOffersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryJobOffersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryJobOffersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobOffersRequest {

                /** Properties of a QueryJobOffersRequest. */
                interface $Properties {

                    /** QueryJobOffersRequest printerId */
                    printerId?: (string|null);

                    /** QueryJobOffersRequest pagination */
                    pagination?: (printchain.base.v1.PageRequest.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryJobOffersRequest. */
                type $Shape = printchain.jobs.v1.QueryJobOffersRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use printchain.jobs.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends printchain.jobs.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                static create(properties: printchain.jobs.v1.QueryParamsRequest.$Shape): printchain.jobs.v1.QueryParamsRequest & printchain.jobs.v1.QueryParamsRequest.$Shape;
                static create(properties?: printchain.jobs.v1.QueryParamsRequest.$Properties): printchain.jobs.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link printchain.jobs.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryParamsRequest message, length delimited. Does not implicitly {@link printchain.jobs.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.QueryParamsRequest & printchain.jobs.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.QueryParamsRequest & printchain.jobs.v1.QueryParamsRequest.$Shape;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.QueryParamsRequest & printchain.jobs.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.QueryParamsRequest & printchain.jobs.v1.QueryParamsRequest.$Shape;

                /**
                 * Verifies a QueryParamsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {

                /** Properties of a QueryParamsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsRequest. */
                type $Shape = printchain.jobs.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use printchain.jobs.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends printchain.jobs.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (printchain.jobs.v1.Params.$Properties|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                static create(properties: printchain.jobs.v1.QueryParamsResponse.$Shape): printchain.jobs.v1.QueryParamsResponse & printchain.jobs.v1.QueryParamsResponse.$Shape;
                static create(properties?: printchain.jobs.v1.QueryParamsResponse.$Properties): printchain.jobs.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link printchain.jobs.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryParamsResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.QueryParamsResponse & printchain.jobs.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.QueryParamsResponse & printchain.jobs.v1.QueryParamsResponse.$Shape;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.QueryParamsResponse & printchain.jobs.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.QueryParamsResponse & printchain.jobs.v1.QueryParamsResponse.$Shape;

                /**
                 * Verifies a QueryParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {

                /** Properties of a QueryParamsResponse. */
                interface $Properties {

                    /** QueryParamsResponse params */
                    params?: (printchain.jobs.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = printchain.jobs.v1.QueryParamsResponse.$Properties;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /** Calls CreateJob. */
                createJob: printchain.jobs.v1.Msg.CreateJob;

                /** Calls CancelJob. */
                cancelJob: printchain.jobs.v1.Msg.CancelJob;

                /** Calls AcceptJob. */
                acceptJob: printchain.jobs.v1.Msg.AcceptJob;

                /** Calls SubmitProofOfPrint. */
                submitProofOfPrint: printchain.jobs.v1.Msg.SubmitProofOfPrint;

                /** Calls ConfirmJob. */
                confirmJob: printchain.jobs.v1.Msg.ConfirmJob;

                /** Calls DisputeJob. */
                disputeJob: printchain.jobs.v1.Msg.DisputeJob;

                /** Calls ResolveDispute. */
                resolveDispute: printchain.jobs.v1.Msg.ResolveDispute;

                /** Calls UpdateParams. */
                updateParams: printchain.jobs.v1.Msg.UpdateParams;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#createJob}.
                 * @param error Error, if any
                 * @param [response] MsgCreateJobResponse
                 */
                type CreateJobCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgCreateJobResponse) => void;

                /** Calls CreateJob. */
                type CreateJob = {
                  (request: printchain.jobs.v1.IMsgCreateJob, callback: printchain.jobs.v1.Msg.CreateJobCallback): void;
                  (request: printchain.jobs.v1.IMsgCreateJob): Promise<printchain.jobs.v1.MsgCreateJobResponse>;
                  readonly name: "CreateJob";
                  readonly path: "/printchain.jobs.v1.Msg/CreateJob";
                  readonly requestType: "MsgCreateJob";
                  readonly responseType: "MsgCreateJobResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#cancelJob}.
                 * @param error Error, if any
                 * @param [response] MsgCancelJobResponse
                 */
                type CancelJobCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgCancelJobResponse) => void;

                /** Calls CancelJob. */
                type CancelJob = {
                  (request: printchain.jobs.v1.IMsgCancelJob, callback: printchain.jobs.v1.Msg.CancelJobCallback): void;
                  (request: printchain.jobs.v1.IMsgCancelJob): Promise<printchain.jobs.v1.MsgCancelJobResponse>;
                  readonly name: "CancelJob";
                  readonly path: "/printchain.jobs.v1.Msg/CancelJob";
                  readonly requestType: "MsgCancelJob";
                  readonly responseType: "MsgCancelJobResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#acceptJob}.
                 * @param error Error, if any
                 * @param [response] MsgAcceptJobResponse
                 */
                type AcceptJobCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgAcceptJobResponse) => void;

                /** Calls AcceptJob. */
                type AcceptJob = {
                  (request: printchain.jobs.v1.IMsgAcceptJob, callback: printchain.jobs.v1.Msg.AcceptJobCallback): void;
                  (request: printchain.jobs.v1.IMsgAcceptJob): Promise<printchain.jobs.v1.MsgAcceptJobResponse>;
                  readonly name: "AcceptJob";
                  readonly path: "/printchain.jobs.v1.Msg/AcceptJob";
                  readonly requestType: "MsgAcceptJob";
                  readonly responseType: "MsgAcceptJobResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#submitProofOfPrint}.
                 * @param error Error, if any
                 * @param [response] MsgSubmitProofOfPrintResponse
                 */
                type SubmitProofOfPrintCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgSubmitProofOfPrintResponse) => void;

                /** Calls SubmitProofOfPrint. */
                type SubmitProofOfPrint = {
                  (request: printchain.jobs.v1.IMsgSubmitProofOfPrint, callback: printchain.jobs.v1.Msg.SubmitProofOfPrintCallback): void;
                  (request: printchain.jobs.v1.IMsgSubmitProofOfPrint): Promise<printchain.jobs.v1.MsgSubmitProofOfPrintResponse>;
                  readonly name: "SubmitProofOfPrint";
                  readonly path: "/printchain.jobs.v1.Msg/SubmitProofOfPrint";
                  readonly requestType: "MsgSubmitProofOfPrint";
                  readonly responseType: "MsgSubmitProofOfPrintResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#confirmJob}.
                 * @param error Error, if any
                 * @param [response] MsgConfirmJobResponse
                 */
                type ConfirmJobCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgConfirmJobResponse) => void;

                /** Calls ConfirmJob. */
                type ConfirmJob = {
                  (request: printchain.jobs.v1.IMsgConfirmJob, callback: printchain.jobs.v1.Msg.ConfirmJobCallback): void;
                  (request: printchain.jobs.v1.IMsgConfirmJob): Promise<printchain.jobs.v1.MsgConfirmJobResponse>;
                  readonly name: "ConfirmJob";
                  readonly path: "/printchain.jobs.v1.Msg/ConfirmJob";
                  readonly requestType: "MsgConfirmJob";
                  readonly responseType: "MsgConfirmJobResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#disputeJob}.
                 * @param error Error, if any
                 * @param [response] MsgDisputeJobResponse
                 */
                type DisputeJobCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgDisputeJobResponse) => void;

                /** Calls DisputeJob. */
                type DisputeJob = {
                  (request: printchain.jobs.v1.IMsgDisputeJob, callback: printchain.jobs.v1.Msg.DisputeJobCallback): void;
                  (request: printchain.jobs.v1.IMsgDisputeJob): Promise<printchain.jobs.v1.MsgDisputeJobResponse>;
                  readonly name: "DisputeJob";
                  readonly path: "/printchain.jobs.v1.Msg/DisputeJob";
                  readonly requestType: "MsgDisputeJob";
                  readonly responseType: "MsgDisputeJobResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#resolveDispute}.
                 * @param error Error, if any
                 * @param [response] MsgResolveDisputeResponse
                 */
                type ResolveDisputeCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgResolveDisputeResponse) => void;

                /** Calls ResolveDispute. */
                type ResolveDispute = {
                  (request: printchain.jobs.v1.IMsgResolveDispute, callback: printchain.jobs.v1.Msg.ResolveDisputeCallback): void;
                  (request: printchain.jobs.v1.IMsgResolveDispute): Promise<printchain.jobs.v1.MsgResolveDisputeResponse>;
                  readonly name: "ResolveDispute";
                  readonly path: "/printchain.jobs.v1.Msg/ResolveDispute";
                  readonly requestType: "MsgResolveDispute";
                  readonly responseType: "MsgResolveDisputeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.jobs.v1.Msg#updateParams}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateParamsResponse
                 */
                type UpdateParamsCallback = (error: (Error|null), response?: printchain.jobs.v1.MsgUpdateParamsResponse) => void;

                /** Calls UpdateParams. */
                type UpdateParams = {
                  (request: printchain.jobs.v1.IMsgUpdateParams, callback: printchain.jobs.v1.Msg.UpdateParamsCallback): void;
                  (request: printchain.jobs.v1.IMsgUpdateParams): Promise<printchain.jobs.v1.MsgUpdateParamsResponse>;
                  readonly name: "UpdateParams";
                  readonly path: "/printchain.jobs.v1.Msg/UpdateParams";
                  readonly requestType: "MsgUpdateParams";
                  readonly responseType: "MsgUpdateParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a MsgCreateJob.
             * @deprecated Use printchain.jobs.v1.MsgCreateJob.$Properties instead.
             */
            interface IMsgCreateJob extends printchain.jobs.v1.MsgCreateJob.$Properties {
            }

            /** Represents a MsgCreateJob. */
            class MsgCreateJob {

                /**
                 * Constructs a new MsgCreateJob.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgCreateJob.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgCreateJob customer. */
                customer: string;

                /** MsgCreateJob designHash. */
                designHash: string;

                /** MsgCreateJob designUri. */
                designUri: string;

                /** MsgCreateJob quantity. */
                quantity: number;

                /** MsgCreateJob material. */
                material: string;

                /** MsgCreateJob technology. */
                technology: printchain.printers.v1.Technology;

                /** MsgCreateJob minBuildVolume. */
                minBuildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                /** MsgCreateJob estimatedGrams. */
                estimatedGrams: (number|Long);

                /** MsgCreateJob price. */
                price?: (printchain.base.v1.Coin.$Properties|null);

                /** MsgCreateJob latitudeUdeg. */
                latitudeUdeg: number;

                /** MsgCreateJob longitudeUdeg. */
                longitudeUdeg: number;

                /** MsgCreateJob maxDistanceKm. */
                maxDistanceKm: number;

                /** MsgCreateJob deadlineMs. */
                deadlineMs: (number|Long);

                /** MsgCreateJob requireAttested. */
                requireAttested: boolean;

                /**
                 * Creates a new MsgCreateJob instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateJob instance
                 */
                static create(properties: printchain.jobs.v1.MsgCreateJob.$Shape): printchain.jobs.v1.MsgCreateJob & printchain.jobs.v1.MsgCreateJob.$Shape;
                static create(properties?: printchain.jobs.v1.MsgCreateJob.$Properties): printchain.jobs.v1.MsgCreateJob;

                /**
                 * Encodes the specified MsgCreateJob message. Does not implicitly {@link printchain.jobs.v1.MsgCreateJob.verify|verify} messages.
                 * @param message MsgCreateJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgCreateJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgCreateJob message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgCreateJob.verify|verify} messages.
                 * @param message MsgCreateJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgCreateJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateJob message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgCreateJob & printchain.jobs.v1.MsgCreateJob.$Shape} MsgCreateJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgCreateJob & printchain.jobs.v1.MsgCreateJob.$Shape;

                /**
                 * Decodes a MsgCreateJob message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgCreateJob & printchain.jobs.v1.MsgCreateJob.$Shape} MsgCreateJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgCreateJob & printchain.jobs.v1.MsgCreateJob.$Shape;

                /**
                 * Verifies a MsgCreateJob message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCreateJob message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCreateJob
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgCreateJob;

                /**
                 * Creates a plain object from a MsgCreateJob message. Also converts values to other types if specified.
                 * @param message MsgCreateJob
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgCreateJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateJob to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCreateJob
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateJob {

                /** Properties of a MsgCreateJob. */
                interface $Properties {

                    /** MsgCreateJob customer */
                    customer?: (string|null);

                    /** MsgCreateJob designHash */
                    designHash?: (string|null);

                    /** MsgCreateJob designUri */
                    designUri?: (string|null);

                    /** MsgCreateJob quantity */
                    quantity?: (number|null);

                    /** MsgCreateJob material */
                    material?: (string|null);

                    /** MsgCreateJob technology */
                    technology?: (printchain.printers.v1.Technology|null);

                    /** MsgCreateJob minBuildVolume */
                    minBuildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                    /** MsgCreateJob estimatedGrams */
                    estimatedGrams?: (number|Long|null);

                    /** MsgCreateJob price */
                    price?: (printchain.base.v1.Coin.$Properties|null);

                    /** MsgCreateJob latitudeUdeg */
                    latitudeUdeg?: (number|null);

                    /** MsgCreateJob longitudeUdeg */
                    longitudeUdeg?: (number|null);

                    /** MsgCreateJob maxDistanceKm */
                    maxDistanceKm?: (number|null);

                    /** MsgCreateJob deadlineMs */
                    deadlineMs?: (number|Long|null);

                    /** MsgCreateJob requireAttested */
                    requireAttested?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCreateJob. */
                type $Shape = printchain.jobs.v1.MsgCreateJob.$Properties;
            }

            /**
             * Properties of a MsgCreateJobResponse.
             * @deprecated Use printchain.jobs.v1.MsgCreateJobResponse.$Properties instead.
             */
            interface IMsgCreateJobResponse extends printchain.jobs.v1.MsgCreateJobResponse.$Properties {
            }

            /** Represents a MsgCreateJobResponse. */
            class MsgCreateJobResponse {

                /**
                 * Constructs a new MsgCreateJobResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgCreateJobResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgCreateJobResponse jobId. */
                jobId: (number|Long);

                /** MsgCreateJobResponse candidates. */
                candidates: number;

                /**
                 * Creates a new MsgCreateJobResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateJobResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgCreateJobResponse.$Shape): printchain.jobs.v1.MsgCreateJobResponse & printchain.jobs.v1.MsgCreateJobResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgCreateJobResponse.$Properties): printchain.jobs.v1.MsgCreateJobResponse;

                /**
                 * Encodes the specified MsgCreateJobResponse message. Does not implicitly {@link printchain.jobs.v1.MsgCreateJobResponse.verify|verify} messages.
                 * @param message MsgCreateJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgCreateJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgCreateJobResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgCreateJobResponse.verify|verify} messages.
                 * @param message MsgCreateJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgCreateJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateJobResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgCreateJobResponse & printchain.jobs.v1.MsgCreateJobResponse.$Shape} MsgCreateJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgCreateJobResponse & printchain.jobs.v1.MsgCreateJobResponse.$Shape;

                /**
                 * Decodes a MsgCreateJobResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgCreateJobResponse & printchain.jobs.v1.MsgCreateJobResponse.$Shape} MsgCreateJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgCreateJobResponse & printchain.jobs.v1.MsgCreateJobResponse.$Shape;

                /**
                 * Verifies a MsgCreateJobResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCreateJobResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCreateJobResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgCreateJobResponse;

                /**
                 * Creates a plain object from a MsgCreateJobResponse message. Also converts values to other types if specified.
                 * @param message MsgCreateJobResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgCreateJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateJobResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCreateJobResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateJobResponse {

                /** Properties of a MsgCreateJobResponse. */
                interface $Properties {

                    /** MsgCreateJobResponse jobId */
                    jobId?: (number|Long|null);

                    /** MsgCreateJobResponse candidates */
                    candidates?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCreateJobResponse. */
                type $Shape = printchain.jobs.v1.MsgCreateJobResponse.$Properties;
            }

            /**
             * Properties of a MsgCancelJob.
             * @deprecated Use printchain.jobs.v1.MsgCancelJob.$Properties instead.
             */
            interface IMsgCancelJob extends printchain.jobs.v1.MsgCancelJob.$Properties {
            }

            /** Represents a MsgCancelJob. */
            class MsgCancelJob {

                /**
                 * Constructs a new MsgCancelJob.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgCancelJob.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgCancelJob customer. */
                customer: string;

                /** MsgCancelJob jobId. */
                jobId: (number|Long);

                /**
                 * Creates a new MsgCancelJob instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCancelJob instance
                 */
                static create(properties: printchain.jobs.v1.MsgCancelJob.$Shape): printchain.jobs.v1.MsgCancelJob & printchain.jobs.v1.MsgCancelJob.$Shape;
                static create(properties?: printchain.jobs.v1.MsgCancelJob.$Properties): printchain.jobs.v1.MsgCancelJob;

                /**
                 * Encodes the specified MsgCancelJob message. Does not implicitly {@link printchain.jobs.v1.MsgCancelJob.verify|verify} messages.
                 * @param message MsgCancelJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgCancelJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgCancelJob message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgCancelJob.verify|verify} messages.
                 * @param message MsgCancelJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgCancelJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCancelJob message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgCancelJob & printchain.jobs.v1.MsgCancelJob.$Shape} MsgCancelJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgCancelJob & printchain.jobs.v1.MsgCancelJob.$Shape;

                /**
                 * Decodes a MsgCancelJob message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgCancelJob & printchain.jobs.v1.MsgCancelJob.$Shape} MsgCancelJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgCancelJob & printchain.jobs.v1.MsgCancelJob.$Shape;

                /**
                 * Verifies a MsgCancelJob message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCancelJob message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCancelJob
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgCancelJob;

                /**
                 * Creates a plain object from a MsgCancelJob message. Also converts values to other types if specified.
                 * @param message MsgCancelJob
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgCancelJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCancelJob to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCancelJob
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCancelJob {

                /** Properties of a MsgCancelJob. */
                interface $Properties {

                    /** MsgCancelJob customer */
                    customer?: (string|null);

                    /** MsgCancelJob jobId */
                    jobId?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCancelJob. */
                type $Shape = printchain.jobs.v1.MsgCancelJob.$Properties;
            }

            /**
             * Properties of a MsgCancelJobResponse.
             * @deprecated Use printchain.jobs.v1.MsgCancelJobResponse.$Properties instead.
             */
            interface IMsgCancelJobResponse extends printchain.jobs.v1.MsgCancelJobResponse.$Properties {
            }

            /** Represents a MsgCancelJobResponse. */
            class MsgCancelJobResponse {

                /**
                 * Constructs a new MsgCancelJobResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgCancelJobResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgCancelJobResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCancelJobResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgCancelJobResponse.$Shape): printchain.jobs.v1.MsgCancelJobResponse & printchain.jobs.v1.MsgCancelJobResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgCancelJobResponse.$Properties): printchain.jobs.v1.MsgCancelJobResponse;

                /**
                 * Encodes the specified MsgCancelJobResponse message. Does not implicitly {@link printchain.jobs.v1.MsgCancelJobResponse.verify|verify} messages.
                 * @param message MsgCancelJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgCancelJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgCancelJobResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgCancelJobResponse.verify|verify} messages.
                 * @param message MsgCancelJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgCancelJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCancelJobResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgCancelJobResponse & printchain.jobs.v1.MsgCancelJobResponse.$Shape} MsgCancelJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgCancelJobResponse & printchain.jobs.v1.MsgCancelJobResponse.$Shape;

                /**
                 * Decodes a MsgCancelJobResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgCancelJobResponse & printchain.jobs.v1.MsgCancelJobResponse.$Shape} MsgCancelJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgCancelJobResponse & printchain.jobs.v1.MsgCancelJobResponse.$Shape;

                /**
                 * Verifies a MsgCancelJobResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCancelJobResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCancelJobResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgCancelJobResponse;

                /**
                 * Creates a plain object from a MsgCancelJobResponse message. Also converts values to other types if specified.
                 * @param message MsgCancelJobResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgCancelJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCancelJobResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCancelJobResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCancelJobResponse {

                /** Properties of a MsgCancelJobResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCancelJobResponse. */
                type $Shape = printchain.jobs.v1.MsgCancelJobResponse.$Properties;
            }

            /**
             * Properties of a MsgAcceptJob.
             * @deprecated Use printchain.jobs.v1.MsgAcceptJob.$Properties instead.
             */
            interface IMsgAcceptJob extends printchain.jobs.v1.MsgAcceptJob.$Properties {
            }

            /** Represents a MsgAcceptJob. */
            class MsgAcceptJob {

                /**
                 * Constructs a new MsgAcceptJob.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgAcceptJob.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgAcceptJob operator. */
                operator: string;

                /** MsgAcceptJob jobId. */
                jobId: (number|Long);

                /** MsgAcceptJob printerId. */
                printerId: string;

                /**
                 * Creates a new MsgAcceptJob instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAcceptJob instance
                 */
                static create(properties: printchain.jobs.v1.MsgAcceptJob.$Shape): printchain.jobs.v1.MsgAcceptJob & printchain.jobs.v1.MsgAcceptJob.$Shape;
                static create(properties?: printchain.jobs.v1.MsgAcceptJob.$Properties): printchain.jobs.v1.MsgAcceptJob;

                /**
                 * Encodes the specified MsgAcceptJob message. Does not implicitly {@link printchain.jobs.v1.MsgAcceptJob.verify|verify} messages.
                 * @param message MsgAcceptJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgAcceptJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgAcceptJob message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgAcceptJob.verify|verify} messages.
                 * @param message MsgAcceptJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgAcceptJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAcceptJob message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgAcceptJob & printchain.jobs.v1.MsgAcceptJob.$Shape} MsgAcceptJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgAcceptJob & printchain.jobs.v1.MsgAcceptJob.$Shape;

                /**
                 * Decodes a MsgAcceptJob message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgAcceptJob & printchain.jobs.v1.MsgAcceptJob.$Shape} MsgAcceptJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgAcceptJob & printchain.jobs.v1.MsgAcceptJob.$Shape;

                /**
                 * Verifies a MsgAcceptJob message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgAcceptJob message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgAcceptJob
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgAcceptJob;

                /**
                 * Creates a plain object from a MsgAcceptJob message. Also converts values to other types if specified.
                 * @param message MsgAcceptJob
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgAcceptJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgAcceptJob to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgAcceptJob
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptJob {

                /** Properties of a MsgAcceptJob. */
                interface $Properties {

                    /** MsgAcceptJob operator */
                    operator?: (string|null);

                    /** MsgAcceptJob jobId */
                    jobId?: (number|Long|null);

                    /** MsgAcceptJob printerId */
                    printerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgAcceptJob. */
                type $Shape = printchain.jobs.v1.MsgAcceptJob.$Properties;
            }

            /**
             * Properties of a MsgAcceptJobResponse.
             * @deprecated Use printchain.jobs.v1.MsgAcceptJobResponse.$Properties instead.
             */
            interface IMsgAcceptJobResponse extends printchain.jobs.v1.MsgAcceptJobResponse.$Properties {
            }

            /** Represents a MsgAcceptJobResponse. */
            class MsgAcceptJobResponse {

                /**
                 * Constructs a new MsgAcceptJobResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgAcceptJobResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgAcceptJobResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAcceptJobResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgAcceptJobResponse.$Shape): printchain.jobs.v1.MsgAcceptJobResponse & printchain.jobs.v1.MsgAcceptJobResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgAcceptJobResponse.$Properties): printchain.jobs.v1.MsgAcceptJobResponse;

                /**
                 * Encodes the specified MsgAcceptJobResponse message. Does not implicitly {@link printchain.jobs.v1.MsgAcceptJobResponse.verify|verify} messages.
                 * @param message MsgAcceptJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgAcceptJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgAcceptJobResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgAcceptJobResponse.verify|verify} messages.
                 * @param message MsgAcceptJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgAcceptJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAcceptJobResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgAcceptJobResponse & printchain.jobs.v1.MsgAcceptJobResponse.$Shape} MsgAcceptJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgAcceptJobResponse & printchain.jobs.v1.MsgAcceptJobResponse.$Shape;

                /**
                 * Decodes a MsgAcceptJobResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgAcceptJobResponse & printchain.jobs.v1.MsgAcceptJobResponse.$Shape} MsgAcceptJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgAcceptJobResponse & printchain.jobs.v1.MsgAcceptJobResponse.$Shape;

                /**
                 * Verifies a MsgAcceptJobResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgAcceptJobResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgAcceptJobResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgAcceptJobResponse;

                /**
                 * Creates a plain object from a MsgAcceptJobResponse message. Also converts values to other types if specified.
                 * @param message MsgAcceptJobResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgAcceptJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgAcceptJobResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgAcceptJobResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptJobResponse {

                /** Properties of a MsgAcceptJobResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgAcceptJobResponse. */
                type $Shape = printchain.jobs.v1.MsgAcceptJobResponse.$Properties;
            }

            /**
             * Properties of a MsgSubmitProofOfPrint.
             * @deprecated Use printchain.jobs.v1.MsgSubmitProofOfPrint.$Properties instead.
             */
            interface IMsgSubmitProofOfPrint extends printchain.jobs.v1.MsgSubmitProofOfPrint.$Properties {
            }

            /** Represents a MsgSubmitProofOfPrint. */
            class MsgSubmitProofOfPrint {

                /**
                 * Constructs a new MsgSubmitProofOfPrint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgSubmitProofOfPrint.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgSubmitProofOfPrint operator. */
                operator: string;

                /** MsgSubmitProofOfPrint jobId. */
                jobId: (number|Long);

                /** MsgSubmitProofOfPrint evidenceHash. */
                evidenceHash: string;

                /** MsgSubmitProofOfPrint evidenceUri. */
                evidenceUri: string;

                /** MsgSubmitProofOfPrint printSeconds. */
                printSeconds: (number|Long);

                /** MsgSubmitProofOfPrint gramsUsed. */
                gramsUsed: (number|Long);

                /** MsgSubmitProofOfPrint errorCount. */
                errorCount: number;

                /** MsgSubmitProofOfPrint errorKinds. */
                errorKinds: string[];

                /** MsgSubmitProofOfPrint firstAttempt. */
                firstAttempt: boolean;

                /** MsgSubmitProofOfPrint unitsCompleted. */
                unitsCompleted: number;

                /**
                 * Creates a new MsgSubmitProofOfPrint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitProofOfPrint instance
                 */
                static create(properties: printchain.jobs.v1.MsgSubmitProofOfPrint.$Shape): printchain.jobs.v1.MsgSubmitProofOfPrint & printchain.jobs.v1.MsgSubmitProofOfPrint.$Shape;
                static create(properties?: printchain.jobs.v1.MsgSubmitProofOfPrint.$Properties): printchain.jobs.v1.MsgSubmitProofOfPrint;

                /**
                 * Encodes the specified MsgSubmitProofOfPrint message. Does not implicitly {@link printchain.jobs.v1.MsgSubmitProofOfPrint.verify|verify} messages.
                 * @param message MsgSubmitProofOfPrint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgSubmitProofOfPrint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgSubmitProofOfPrint message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgSubmitProofOfPrint.verify|verify} messages.
                 * @param message MsgSubmitProofOfPrint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgSubmitProofOfPrint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitProofOfPrint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgSubmitProofOfPrint & printchain.jobs.v1.MsgSubmitProofOfPrint.$Shape} MsgSubmitProofOfPrint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgSubmitProofOfPrint & printchain.jobs.v1.MsgSubmitProofOfPrint.$Shape;

                /**
                 * Decodes a MsgSubmitProofOfPrint message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgSubmitProofOfPrint & printchain.jobs.v1.MsgSubmitProofOfPrint.$Shape} MsgSubmitProofOfPrint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgSubmitProofOfPrint & printchain.jobs.v1.MsgSubmitProofOfPrint.$Shape;

                /**
                 * Verifies a MsgSubmitProofOfPrint message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgSubmitProofOfPrint message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSubmitProofOfPrint
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgSubmitProofOfPrint;

                /**
                 * Creates a plain object from a MsgSubmitProofOfPrint message. Also converts values to other types if specified.
                 * @param message MsgSubmitProofOfPrint
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgSubmitProofOfPrint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSubmitProofOfPrint to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSubmitProofOfPrint
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSubmitProofOfPrint {

                /** Properties of a MsgSubmitProofOfPrint. */
                interface $Properties {

                    /** MsgSubmitProofOfPrint operator */
                    operator?: (string|null);

                    /** MsgSubmitProofOfPrint jobId */
                    jobId?: (number|Long|null);

                    /** MsgSubmitProofOfPrint evidenceHash */
                    evidenceHash?: (string|null);

                    /** MsgSubmitProofOfPrint evidenceUri */
                    evidenceUri?: (string|null);

                    /** MsgSubmitProofOfPrint printSeconds */
                    printSeconds?: (number|Long|null);

                    /** MsgSubmitProofOfPrint gramsUsed */
                    gramsUsed?: (number|Long|null);

                    /** MsgSubmitProofOfPrint errorCount */
                    errorCount?: (number|null);

                    /** MsgSubmitProofOfPrint errorKinds */
                    errorKinds?: (string[]|null);

                    /** MsgSubmitProofOfPrint firstAttempt */
                    firstAttempt?: (boolean|null);

                    /** MsgSubmitProofOfPrint unitsCompleted */
                    unitsCompleted?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSubmitProofOfPrint. */
                type $Shape = printchain.jobs.v1.MsgSubmitProofOfPrint.$Properties;
            }

            /**
             * Properties of a MsgSubmitProofOfPrintResponse.
             * @deprecated Use printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Properties instead.
             */
            interface IMsgSubmitProofOfPrintResponse extends printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Properties {
            }

            /** Represents a MsgSubmitProofOfPrintResponse. */
            class MsgSubmitProofOfPrintResponse {

                /**
                 * Constructs a new MsgSubmitProofOfPrintResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgSubmitProofOfPrintResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitProofOfPrintResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Shape): printchain.jobs.v1.MsgSubmitProofOfPrintResponse & printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Properties): printchain.jobs.v1.MsgSubmitProofOfPrintResponse;

                /**
                 * Encodes the specified MsgSubmitProofOfPrintResponse message. Does not implicitly {@link printchain.jobs.v1.MsgSubmitProofOfPrintResponse.verify|verify} messages.
                 * @param message MsgSubmitProofOfPrintResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgSubmitProofOfPrintResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgSubmitProofOfPrintResponse.verify|verify} messages.
                 * @param message MsgSubmitProofOfPrintResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitProofOfPrintResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgSubmitProofOfPrintResponse & printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Shape} MsgSubmitProofOfPrintResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgSubmitProofOfPrintResponse & printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Shape;

                /**
                 * Decodes a MsgSubmitProofOfPrintResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgSubmitProofOfPrintResponse & printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Shape} MsgSubmitProofOfPrintResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgSubmitProofOfPrintResponse & printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Shape;

                /**
                 * Verifies a MsgSubmitProofOfPrintResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgSubmitProofOfPrintResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSubmitProofOfPrintResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgSubmitProofOfPrintResponse;

                /**
                 * Creates a plain object from a MsgSubmitProofOfPrintResponse message. Also converts values to other types if specified.
                 * @param message MsgSubmitProofOfPrintResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgSubmitProofOfPrintResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSubmitProofOfPrintResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSubmitProofOfPrintResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSubmitProofOfPrintResponse {

                /** Properties of a MsgSubmitProofOfPrintResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSubmitProofOfPrintResponse. */
                type $Shape = printchain.jobs.v1.MsgSubmitProofOfPrintResponse.$Properties;
            }

            /**
             * Properties of a MsgConfirmJob.
             * @deprecated Use printchain.jobs.v1.MsgConfirmJob.$Properties instead.
             */
            interface IMsgConfirmJob extends printchain.jobs.v1.MsgConfirmJob.$Properties {
            }

            /** Represents a MsgConfirmJob. */
            class MsgConfirmJob {

                /**
                 * Constructs a new MsgConfirmJob.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgConfirmJob.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgConfirmJob customer. */
                customer: string;

                /** MsgConfirmJob jobId. */
                jobId: (number|Long);

                /** MsgConfirmJob qualityScore. */
                qualityScore: number;

                /** MsgConfirmJob defects. */
                defects: string[];

                /**
                 * Creates a new MsgConfirmJob instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmJob instance
                 */
                static create(properties: printchain.jobs.v1.MsgConfirmJob.$Shape): printchain.jobs.v1.MsgConfirmJob & printchain.jobs.v1.MsgConfirmJob.$Shape;
                static create(properties?: printchain.jobs.v1.MsgConfirmJob.$Properties): printchain.jobs.v1.MsgConfirmJob;

                /**
                 * Encodes the specified MsgConfirmJob message. Does not implicitly {@link printchain.jobs.v1.MsgConfirmJob.verify|verify} messages.
                 * @param message MsgConfirmJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgConfirmJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgConfirmJob message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgConfirmJob.verify|verify} messages.
                 * @param message MsgConfirmJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgConfirmJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmJob message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgConfirmJob & printchain.jobs.v1.MsgConfirmJob.$Shape} MsgConfirmJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgConfirmJob & printchain.jobs.v1.MsgConfirmJob.$Shape;

                /**
                 * Decodes a MsgConfirmJob message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgConfirmJob & printchain.jobs.v1.MsgConfirmJob.$Shape} MsgConfirmJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgConfirmJob & printchain.jobs.v1.MsgConfirmJob.$Shape;

                /**
                 * Verifies a MsgConfirmJob message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgConfirmJob message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgConfirmJob
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgConfirmJob;

                /**
                 * Creates a plain object from a MsgConfirmJob message. Also converts values to other types if specified.
                 * @param message MsgConfirmJob
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgConfirmJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgConfirmJob to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgConfirmJob
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgConfirmJob {

                /** Properties of a MsgConfirmJob. */
                interface $Properties {

                    /** MsgConfirmJob customer */
                    customer?: (string|null);

                    /** MsgConfirmJob jobId */
                    jobId?: (number|Long|null);

                    /** MsgConfirmJob qualityScore */
                    qualityScore?: (number|null);

                    /** MsgConfirmJob defects */
                    defects?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgConfirmJob. */
                type $Shape = printchain.jobs.v1.MsgConfirmJob.$Properties;
            }

            /**
             * Properties of a MsgConfirmJobResponse.
             * @deprecated Use printchain.jobs.v1.MsgConfirmJobResponse.$Properties instead.
             */
            interface IMsgConfirmJobResponse extends printchain.jobs.v1.MsgConfirmJobResponse.$Properties {
            }

            /** Represents a MsgConfirmJobResponse. */
            class MsgConfirmJobResponse {

                /**
                 * Constructs a new MsgConfirmJobResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgConfirmJobResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgConfirmJobResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmJobResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgConfirmJobResponse.$Shape): printchain.jobs.v1.MsgConfirmJobResponse & printchain.jobs.v1.MsgConfirmJobResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgConfirmJobResponse.$Properties): printchain.jobs.v1.MsgConfirmJobResponse;

                /**
                 * Encodes the specified MsgConfirmJobResponse message. Does not implicitly {@link printchain.jobs.v1.MsgConfirmJobResponse.verify|verify} messages.
                 * @param message MsgConfirmJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgConfirmJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgConfirmJobResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgConfirmJobResponse.verify|verify} messages.
                 * @param message MsgConfirmJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgConfirmJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmJobResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgConfirmJobResponse & printchain.jobs.v1.MsgConfirmJobResponse.$Shape} MsgConfirmJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgConfirmJobResponse & printchain.jobs.v1.MsgConfirmJobResponse.$Shape;

                /**
                 * Decodes a MsgConfirmJobResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgConfirmJobResponse & printchain.jobs.v1.MsgConfirmJobResponse.$Shape} MsgConfirmJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgConfirmJobResponse & printchain.jobs.v1.MsgConfirmJobResponse.$Shape;

                /**
                 * Verifies a MsgConfirmJobResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgConfirmJobResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgConfirmJobResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgConfirmJobResponse;

                /**
                 * Creates a plain object from a MsgConfirmJobResponse message. Also converts values to other types if specified.
                 * @param message MsgConfirmJobResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgConfirmJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgConfirmJobResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgConfirmJobResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgConfirmJobResponse {

                /** Properties of a MsgConfirmJobResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgConfirmJobResponse. */
                type $Shape = printchain.jobs.v1.MsgConfirmJobResponse.$Properties;
            }

            /**
             * Properties of a MsgDisputeJob.
             * @deprecated Use printchain.jobs.v1.MsgDisputeJob.$Properties instead.
             */
            interface IMsgDisputeJob extends printchain.jobs.v1.MsgDisputeJob.$Properties {
            }

            /** Represents a MsgDisputeJob. */
            class MsgDisputeJob {

                /**
                 * Constructs a new MsgDisputeJob.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgDisputeJob.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgDisputeJob customer. */
                customer: string;

                /** MsgDisputeJob jobId. */
                jobId: (number|Long);

                /** MsgDisputeJob reason. */
                reason: string;

                /**
                 * Creates a new MsgDisputeJob instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDisputeJob instance
                 */
                static create(properties: printchain.jobs.v1.MsgDisputeJob.$Shape): printchain.jobs.v1.MsgDisputeJob & printchain.jobs.v1.MsgDisputeJob.$Shape;
                static create(properties?: printchain.jobs.v1.MsgDisputeJob.$Properties): printchain.jobs.v1.MsgDisputeJob;

                /**
                 * Encodes the specified MsgDisputeJob message. Does not implicitly {@link printchain.jobs.v1.MsgDisputeJob.verify|verify} messages.
                 * @param message MsgDisputeJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgDisputeJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgDisputeJob message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgDisputeJob.verify|verify} messages.
                 * @param message MsgDisputeJob message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgDisputeJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDisputeJob message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgDisputeJob & printchain.jobs.v1.MsgDisputeJob.$Shape} MsgDisputeJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgDisputeJob & printchain.jobs.v1.MsgDisputeJob.$Shape;

                /**
                 * Decodes a MsgDisputeJob message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgDisputeJob & printchain.jobs.v1.MsgDisputeJob.$Shape} MsgDisputeJob
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgDisputeJob & printchain.jobs.v1.MsgDisputeJob.$Shape;

                /**
                 * Verifies a MsgDisputeJob message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgDisputeJob message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgDisputeJob
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgDisputeJob;

                /**
                 * Creates a plain object from a MsgDisputeJob message. Also converts values to other types if specified.
                 * @param message MsgDisputeJob
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgDisputeJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgDisputeJob to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgDisputeJob
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDisputeJob {

                /** Properties of a MsgDisputeJob. */
                interface $Properties {

                    /** MsgDisputeJob customer */
                    customer?: (string|null);

                    /** MsgDisputeJob jobId */
                    jobId?: (number|Long|null);

                    /** MsgDisputeJob reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgDisputeJob. */
                type $Shape = printchain.jobs.v1.MsgDisputeJob.$Properties;
            }

            /**
             * Properties of a MsgDisputeJobResponse.
             * @deprecated Use printchain.jobs.v1.MsgDisputeJobResponse.$Properties instead.
             */
            interface IMsgDisputeJobResponse extends printchain.jobs.v1.MsgDisputeJobResponse.$Properties {
            }

            /** Represents a MsgDisputeJobResponse. */
            class MsgDisputeJobResponse {

                /**
                 * Constructs a new MsgDisputeJobResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgDisputeJobResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgDisputeJobResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDisputeJobResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgDisputeJobResponse.$Shape): printchain.jobs.v1.MsgDisputeJobResponse & printchain.jobs.v1.MsgDisputeJobResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgDisputeJobResponse.$Properties): printchain.jobs.v1.MsgDisputeJobResponse;

                /**
                 * Encodes the specified MsgDisputeJobResponse message. Does not implicitly {@link printchain.jobs.v1.MsgDisputeJobResponse.verify|verify} messages.
                 * @param message MsgDisputeJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgDisputeJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgDisputeJobResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgDisputeJobResponse.verify|verify} messages.
                 * @param message MsgDisputeJobResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgDisputeJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDisputeJobResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgDisputeJobResponse & printchain.jobs.v1.MsgDisputeJobResponse.$Shape} MsgDisputeJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgDisputeJobResponse & printchain.jobs.v1.MsgDisputeJobResponse.$Shape;

                /**
                 * Decodes a MsgDisputeJobResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgDisputeJobResponse & printchain.jobs.v1.MsgDisputeJobResponse.$Shape} MsgDisputeJobResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgDisputeJobResponse & printchain.jobs.v1.MsgDisputeJobResponse.$Shape;

                /**
                 * Verifies a MsgDisputeJobResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgDisputeJobResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgDisputeJobResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgDisputeJobResponse;

                /**
                 * Creates a plain object from a MsgDisputeJobResponse message. Also converts values to other types if specified.
                 * @param message MsgDisputeJobResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgDisputeJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgDisputeJobResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgDisputeJobResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDisputeJobResponse {

                /** Properties of a MsgDisputeJobResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgDisputeJobResponse. */
                type $Shape = printchain.jobs.v1.MsgDisputeJobResponse.$Properties;
            }

            /**
             * Properties of a MsgResolveDispute.
             * @deprecated Use printchain.jobs.v1.MsgResolveDispute.$Properties instead.
             */
            interface IMsgResolveDispute extends printchain.jobs.v1.MsgResolveDispute.$Properties {
            }

            /** Represents a MsgResolveDispute. */
            class MsgResolveDispute {

                /**
                 * Constructs a new MsgResolveDispute.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgResolveDispute.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgResolveDispute arbiter. */
                arbiter: string;

                /** MsgResolveDispute jobId. */
                jobId: (number|Long);

                /** MsgResolveDispute refundBps. */
                refundBps: number;

                /**
                 * Creates a new MsgResolveDispute instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgResolveDispute instance
                 */
                static create(properties: printchain.jobs.v1.MsgResolveDispute.$Shape): printchain.jobs.v1.MsgResolveDispute & printchain.jobs.v1.MsgResolveDispute.$Shape;
                static create(properties?: printchain.jobs.v1.MsgResolveDispute.$Properties): printchain.jobs.v1.MsgResolveDispute;

                /**
                 * Encodes the specified MsgResolveDispute message. Does not implicitly {@link printchain.jobs.v1.MsgResolveDispute.verify|verify} messages.
                 * @param message MsgResolveDispute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgResolveDispute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgResolveDispute message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgResolveDispute.verify|verify} messages.
                 * @param message MsgResolveDispute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgResolveDispute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgResolveDispute message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgResolveDispute & printchain.jobs.v1.MsgResolveDispute.$Shape} MsgResolveDispute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgResolveDispute & printchain.jobs.v1.MsgResolveDispute.$Shape;

                /**
                 * Decodes a MsgResolveDispute message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgResolveDispute & printchain.jobs.v1.MsgResolveDispute.$Shape} MsgResolveDispute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgResolveDispute & printchain.jobs.v1.MsgResolveDispute.$Shape;

                /**
                 * Verifies a MsgResolveDispute message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgResolveDispute message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgResolveDispute
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgResolveDispute;

                /**
                 * Creates a plain object from a MsgResolveDispute message. Also converts values to other types if specified.
                 * @param message MsgResolveDispute
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgResolveDispute, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgResolveDispute to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgResolveDispute
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgResolveDispute {

                /** Properties of a MsgResolveDispute. */
                interface $Properties {

                    /** MsgResolveDispute arbiter */
                    arbiter?: (string|null);

                    /** MsgResolveDispute jobId */
                    jobId?: (number|Long|null);

                    /** MsgResolveDispute refundBps */
                    refundBps?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgResolveDispute. */
                type $Shape = printchain.jobs.v1.MsgResolveDispute.$Properties;
            }

            /**
             * Properties of a MsgResolveDisputeResponse.
             * @deprecated Use printchain.jobs.v1.MsgResolveDisputeResponse.$Properties instead.
             */
            interface IMsgResolveDisputeResponse extends printchain.jobs.v1.MsgResolveDisputeResponse.$Properties {
            }

            /** Represents a MsgResolveDisputeResponse. */
            class MsgResolveDisputeResponse {

                /**
                 * Constructs a new MsgResolveDisputeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgResolveDisputeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgResolveDisputeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgResolveDisputeResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgResolveDisputeResponse.$Shape): printchain.jobs.v1.MsgResolveDisputeResponse & printchain.jobs.v1.MsgResolveDisputeResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgResolveDisputeResponse.$Properties): printchain.jobs.v1.MsgResolveDisputeResponse;

                /**
                 * Encodes the specified MsgResolveDisputeResponse message. Does not implicitly {@link printchain.jobs.v1.MsgResolveDisputeResponse.verify|verify} messages.
                 * @param message MsgResolveDisputeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgResolveDisputeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgResolveDisputeResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgResolveDisputeResponse.verify|verify} messages.
                 * @param message MsgResolveDisputeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgResolveDisputeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgResolveDisputeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgResolveDisputeResponse & printchain.jobs.v1.MsgResolveDisputeResponse.$Shape} MsgResolveDisputeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgResolveDisputeResponse & printchain.jobs.v1.MsgResolveDisputeResponse.$Shape;

                /**
                 * Decodes a MsgResolveDisputeResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgResolveDisputeResponse & printchain.jobs.v1.MsgResolveDisputeResponse.$Shape} MsgResolveDisputeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgResolveDisputeResponse & printchain.jobs.v1.MsgResolveDisputeResponse.$Shape;

                /**
                 * Verifies a MsgResolveDisputeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgResolveDisputeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgResolveDisputeResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgResolveDisputeResponse;

                /**
                 * Creates a plain object from a MsgResolveDisputeResponse message. Also converts values to other types if specified.
                 * @param message MsgResolveDisputeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgResolveDisputeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgResolveDisputeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgResolveDisputeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgResolveDisputeResponse {

                /** Properties of a MsgResolveDisputeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgResolveDisputeResponse. */
                type $Shape = printchain.jobs.v1.MsgResolveDisputeResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateParams.
             * @deprecated Use printchain.jobs.v1.MsgUpdateParams.$Properties instead.
             */
            interface IMsgUpdateParams extends printchain.jobs.v1.MsgUpdateParams.$Properties {
            }

            /** Represents a MsgUpdateParams. */
            class MsgUpdateParams {

                /**
                 * Constructs a new MsgUpdateParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgUpdateParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateParams authority. */
                authority: string;

                /** MsgUpdateParams params. */
                params?: (printchain.jobs.v1.Params.$Properties|null);

                /**
                 * Creates a new MsgUpdateParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParams instance
                 */
                static create(properties: printchain.jobs.v1.MsgUpdateParams.$Shape): printchain.jobs.v1.MsgUpdateParams & printchain.jobs.v1.MsgUpdateParams.$Shape;
                static create(properties?: printchain.jobs.v1.MsgUpdateParams.$Properties): printchain.jobs.v1.MsgUpdateParams;

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link printchain.jobs.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdateParams message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgUpdateParams & printchain.jobs.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgUpdateParams & printchain.jobs.v1.MsgUpdateParams.$Shape;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgUpdateParams & printchain.jobs.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgUpdateParams & printchain.jobs.v1.MsgUpdateParams.$Shape;

                /**
                 * Verifies a MsgUpdateParams message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParams
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgUpdateParams;

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @param message MsgUpdateParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgUpdateParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParams {

                /** Properties of a MsgUpdateParams. */
                interface $Properties {

                    /** MsgUpdateParams authority */
                    authority?: (string|null);

                    /** MsgUpdateParams params */
                    params?: (printchain.jobs.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParams. */
                type $Shape = printchain.jobs.v1.MsgUpdateParams.$Properties;
            }

            /**
             * Properties of a MsgUpdateParamsResponse.
             * @deprecated Use printchain.jobs.v1.MsgUpdateParamsResponse.$Properties instead.
             */
            interface IMsgUpdateParamsResponse extends printchain.jobs.v1.MsgUpdateParamsResponse.$Properties {
            }

            /** Represents a MsgUpdateParamsResponse. */
            class MsgUpdateParamsResponse {

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.jobs.v1.MsgUpdateParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParamsResponse instance
                 */
                static create(properties: printchain.jobs.v1.MsgUpdateParamsResponse.$Shape): printchain.jobs.v1.MsgUpdateParamsResponse & printchain.jobs.v1.MsgUpdateParamsResponse.$Shape;
                static create(properties?: printchain.jobs.v1.MsgUpdateParamsResponse.$Properties): printchain.jobs.v1.MsgUpdateParamsResponse;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link printchain.jobs.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.jobs.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message, length delimited. Does not implicitly {@link printchain.jobs.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.jobs.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.jobs.v1.MsgUpdateParamsResponse & printchain.jobs.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.jobs.v1.MsgUpdateParamsResponse & printchain.jobs.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.jobs.v1.MsgUpdateParamsResponse & printchain.jobs.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.jobs.v1.MsgUpdateParamsResponse & printchain.jobs.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Verifies a MsgUpdateParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.jobs.v1.MsgUpdateParamsResponse;

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.jobs.v1.MsgUpdateParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParamsResponse {

                /** Properties of a MsgUpdateParamsResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParamsResponse. */
                type $Shape = printchain.jobs.v1.MsgUpdateParamsResponse.$Properties;
            }
        }
    }

    /** Namespace printers. */
    namespace printers {

        /** Namespace v1. */
        namespace v1 {

            /** Technology enum. */
            enum Technology {

                /** TECHNOLOGY_UNSPECIFIED value */
                TECHNOLOGY_UNSPECIFIED = 0,

                /** TECHNOLOGY_FDM value */
                TECHNOLOGY_FDM = 1,

                /** TECHNOLOGY_SLA value */
                TECHNOLOGY_SLA = 2,

                /** TECHNOLOGY_SLS value */
                TECHNOLOGY_SLS = 3,

                /** TECHNOLOGY_MJF value */
                TECHNOLOGY_MJF = 4,

                /** TECHNOLOGY_DMLS value */
                TECHNOLOGY_DMLS = 5
            }

            /** PrinterStatus enum. */
            enum PrinterStatus {

                /** PRINTER_STATUS_UNSPECIFIED value */
                PRINTER_STATUS_UNSPECIFIED = 0,

                /** PRINTER_STATUS_ACTIVE value */
                PRINTER_STATUS_ACTIVE = 1,

                /** PRINTER_STATUS_PAUSED value */
                PRINTER_STATUS_PAUSED = 2,

                /** PRINTER_STATUS_RETIRED value */
                PRINTER_STATUS_RETIRED = 3
            }

            /**
             * Properties of a BuildVolume.
             * @deprecated Use printchain.printers.v1.BuildVolume.$Properties instead.
             */
            interface IBuildVolume extends printchain.printers.v1.BuildVolume.$Properties {
            }

            /** Represents a BuildVolume. */
            class BuildVolume {

                /**
                 * Constructs a new BuildVolume.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.BuildVolume.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BuildVolume xMm. */
                xMm: number;

                /** BuildVolume yMm. */
                yMm: number;

                /** BuildVolume zMm. */
                zMm: number;

                /**
                 * Creates a new BuildVolume instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BuildVolume instance
                 */
                static create(properties: printchain.printers.v1.BuildVolume.$Shape): printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape;
                static create(properties?: printchain.printers.v1.BuildVolume.$Properties): printchain.printers.v1.BuildVolume;

                /**
                 * Encodes the specified BuildVolume message. Does not implicitly {@link printchain.printers.v1.BuildVolume.verify|verify} messages.
                 * @param message BuildVolume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.BuildVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BuildVolume message, length delimited. Does not implicitly {@link printchain.printers.v1.BuildVolume.verify|verify} messages.
                 * @param message BuildVolume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.BuildVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BuildVolume message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape} BuildVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape;

                /**
                 * Decodes a BuildVolume message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape} BuildVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.BuildVolume & printchain.printers.v1.BuildVolume.$Shape;

                /**
                 * Verifies a BuildVolume message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BuildVolume message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BuildVolume
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.BuildVolume;

                /**
                 * Creates a plain object from a BuildVolume message. Also converts values to other types if specified.
                 * @param message BuildVolume
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.BuildVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BuildVolume to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BuildVolume
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BuildVolume {

                /** Properties of a BuildVolume. */
                interface $Properties {

                    /** BuildVolume xMm */
                    xMm?: (number|null);

                    /** BuildVolume yMm */
                    yMm?: (number|null);

                    /** BuildVolume zMm */
                    zMm?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BuildVolume. */
                type $Shape = printchain.printers.v1.BuildVolume.$Properties;
            }

            /**
             * Properties of a PrinterSpec.
             * @deprecated Use printchain.printers.v1.PrinterSpec.$Properties instead.
             */
            interface IPrinterSpec extends printchain.printers.v1.PrinterSpec.$Properties {
            }

            /** Represents a PrinterSpec. */
            class PrinterSpec {

                /**
                 * Constructs a new PrinterSpec.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.PrinterSpec.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PrinterSpec technology. */
                technology: printchain.printers.v1.Technology;

                /** PrinterSpec buildVolume. */
                buildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                /** PrinterSpec materials. */
                materials: string[];

                /** PrinterSpec nozzleDiameterUm. */
                nozzleDiameterUm: number;

                /** PrinterSpec layerResolutionUm. */
                layerResolutionUm: number;

                /** PrinterSpec maxSpeedMmPerS. */
                maxSpeedMmPerS: number;

                /** PrinterSpec throughputMm3PerHour. */
                throughputMm3PerHour: (number|Long);

                /**
                 * Creates a new PrinterSpec instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PrinterSpec instance
                 */
                static create(properties: printchain.printers.v1.PrinterSpec.$Shape): printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape;
                static create(properties?: printchain.printers.v1.PrinterSpec.$Properties): printchain.printers.v1.PrinterSpec;

                /**
                 * Encodes the specified PrinterSpec message. Does not implicitly {@link printchain.printers.v1.PrinterSpec.verify|verify} messages.
                 * @param message PrinterSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.PrinterSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PrinterSpec message, length delimited. Does not implicitly {@link printchain.printers.v1.PrinterSpec.verify|verify} messages.
                 * @param message PrinterSpec message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.PrinterSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PrinterSpec message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape} PrinterSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape;

                /**
                 * Decodes a PrinterSpec message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape} PrinterSpec
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.PrinterSpec & printchain.printers.v1.PrinterSpec.$Shape;

                /**
                 * Verifies a PrinterSpec message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PrinterSpec message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PrinterSpec
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.PrinterSpec;

                /**
                 * Creates a plain object from a PrinterSpec message. Also converts values to other types if specified.
                 * @param message PrinterSpec
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.PrinterSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PrinterSpec to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PrinterSpec
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PrinterSpec {

                /** Properties of a PrinterSpec. */
                interface $Properties {

                    /** PrinterSpec technology */
                    technology?: (printchain.printers.v1.Technology|null);

                    /** PrinterSpec buildVolume */
                    buildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                    /** PrinterSpec materials */
                    materials?: (string[]|null);

                    /** PrinterSpec nozzleDiameterUm */
                    nozzleDiameterUm?: (number|null);

                    /** PrinterSpec layerResolutionUm */
                    layerResolutionUm?: (number|null);

                    /** PrinterSpec maxSpeedMmPerS */
                    maxSpeedMmPerS?: (number|null);

                    /** PrinterSpec throughputMm3PerHour */
                    throughputMm3PerHour?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PrinterSpec. */
                type $Shape = printchain.printers.v1.PrinterSpec.$Properties;
            }

            /**
             * Properties of a Location.
             * @deprecated Use printchain.printers.v1.Location.$Properties instead.
             */
            interface ILocation extends printchain.printers.v1.Location.$Properties {
            }

            /** Represents a Location. */
            class Location {

                /**
                 * Constructs a new Location.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.Location.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Location latitudeUdeg. */
                latitudeUdeg: number;

                /** Location longitudeUdeg. */
                longitudeUdeg: number;

                /** Location region. */
                region: string;

                /**
                 * Creates a new Location instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Location instance
                 */
                static create(properties: printchain.printers.v1.Location.$Shape): printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape;
                static create(properties?: printchain.printers.v1.Location.$Properties): printchain.printers.v1.Location;

                /**
                 * Encodes the specified Location message. Does not implicitly {@link printchain.printers.v1.Location.verify|verify} messages.
                 * @param message Location message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Location message, length delimited. Does not implicitly {@link printchain.printers.v1.Location.verify|verify} messages.
                 * @param message Location message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Location message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape} Location
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape;

                /**
                 * Decodes a Location message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape} Location
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.Location & printchain.printers.v1.Location.$Shape;

                /**
                 * Verifies a Location message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Location message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Location
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.Location;

                /**
                 * Creates a plain object from a Location message. Also converts values to other types if specified.
                 * @param message Location
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Location to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Location
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Location {

                /** Properties of a Location. */
                interface $Properties {

                    /** Location latitudeUdeg */
                    latitudeUdeg?: (number|null);

                    /** Location longitudeUdeg */
                    longitudeUdeg?: (number|null);

                    /** Location region */
                    region?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Location. */
                type $Shape = printchain.printers.v1.Location.$Properties;
            }

            /**
             * Properties of a Printer.
             * @deprecated Use printchain.printers.v1.Printer.$Properties instead.
             */
            interface IPrinter extends printchain.printers.v1.Printer.$Properties {
            }

            /** Represents a Printer. */
            class Printer {

                /**
                 * Constructs a new Printer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.Printer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Printer id. */
                id: string;

                /** Printer owner. */
                owner: string;

                /** Printer moniker. */
                moniker: string;

                /** Printer spec. */
                spec?: (printchain.printers.v1.PrinterSpec.$Properties|null);

                /** Printer location. */
                location?: (printchain.printers.v1.Location.$Properties|null);

                /** Printer status. */
                status: printchain.printers.v1.PrinterStatus;

                /** Printer registeredHeight. */
                registeredHeight: (number|Long);

                /** Printer bond. */
                bond: string;

                /** Printer updatedHeight. */
                updatedHeight: (number|Long);

                /**
                 * Creates a new Printer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Printer instance
                 */
                static create(properties: printchain.printers.v1.Printer.$Shape): printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape;
                static create(properties?: printchain.printers.v1.Printer.$Properties): printchain.printers.v1.Printer;

                /**
                 * Encodes the specified Printer message. Does not implicitly {@link printchain.printers.v1.Printer.verify|verify} messages.
                 * @param message Printer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.Printer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Printer message, length delimited. Does not implicitly {@link printchain.printers.v1.Printer.verify|verify} messages.
                 * @param message Printer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.Printer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Printer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape} Printer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape;

                /**
                 * Decodes a Printer message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape} Printer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.Printer & printchain.printers.v1.Printer.$Shape;

                /**
                 * Verifies a Printer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Printer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Printer
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.Printer;

                /**
                 * Creates a plain object from a Printer message. Also converts values to other types if specified.
                 * @param message Printer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.Printer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Printer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Printer
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Printer {

                /** Properties of a Printer. */
                interface $Properties {

                    /** Printer id */
                    id?: (string|null);

                    /** Printer owner */
                    owner?: (string|null);

                    /** Printer moniker */
                    moniker?: (string|null);

                    /** Printer spec */
                    spec?: (printchain.printers.v1.PrinterSpec.$Properties|null);

                    /** Printer location */
                    location?: (printchain.printers.v1.Location.$Properties|null);

                    /** Printer status */
                    status?: (printchain.printers.v1.PrinterStatus|null);

                    /** Printer registeredHeight */
                    registeredHeight?: (number|Long|null);

                    /** Printer bond */
                    bond?: (string|null);

                    /** Printer updatedHeight */
                    updatedHeight?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Printer. */
                type $Shape = printchain.printers.v1.Printer.$Properties;
            }

            /**
             * Properties of an Attestation.
             * @deprecated Use printchain.printers.v1.Attestation.$Properties instead.
             */
            interface IAttestation extends printchain.printers.v1.Attestation.$Properties {
            }

            /** Represents an Attestation. */
            class Attestation {

                /**
                 * Constructs a new Attestation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.Attestation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Attestation printerId. */
                printerId: string;

                /** Attestation auditor. */
                auditor: string;

                /** Attestation height. */
                height: (number|Long);

                /**
                 * Creates a new Attestation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Attestation instance
                 */
                static create(properties: printchain.printers.v1.Attestation.$Shape): printchain.printers.v1.Attestation & printchain.printers.v1.Attestation.$Shape;
                static create(properties?: printchain.printers.v1.Attestation.$Properties): printchain.printers.v1.Attestation;

                /**
                 * Encodes the specified Attestation message. Does not implicitly {@link printchain.printers.v1.Attestation.verify|verify} messages.
                 * @param message Attestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.Attestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Attestation message, length delimited. Does not implicitly {@link printchain.printers.v1.Attestation.verify|verify} messages.
                 * @param message Attestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.Attestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Attestation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.Attestation & printchain.printers.v1.Attestation.$Shape} Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.Attestation & printchain.printers.v1.Attestation.$Shape;

                /**
                 * Decodes an Attestation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.Attestation & printchain.printers.v1.Attestation.$Shape} Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.Attestation & printchain.printers.v1.Attestation.$Shape;

                /**
                 * Verifies an Attestation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Attestation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Attestation
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.Attestation;

                /**
                 * Creates a plain object from an Attestation message. Also converts values to other types if specified.
                 * @param message Attestation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.Attestation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Attestation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Attestation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Attestation {

                /** Properties of an Attestation. */
                interface $Properties {

                    /** Attestation printerId */
                    printerId?: (string|null);

                    /** Attestation auditor */
                    auditor?: (string|null);

                    /** Attestation height */
                    height?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Attestation. */
                type $Shape = printchain.printers.v1.Attestation.$Properties;
            }

            /**
             * Properties of a PrinterStats.
             * @deprecated Use printchain.printers.v1.PrinterStats.$Properties instead.
             */
            interface IPrinterStats extends printchain.printers.v1.PrinterStats.$Properties {
            }

            /** Represents a PrinterStats. */
            class PrinterStats {

                /**
                 * Constructs a new PrinterStats.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.PrinterStats.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PrinterStats printerId. */
                printerId: string;

                /** PrinterStats jobsOffered. */
                jobsOffered: (number|Long);

                /** PrinterStats offersExpired. */
                offersExpired: (number|Long);

                /** PrinterStats jobsAccepted. */
                jobsAccepted: (number|Long);

                /** PrinterStats jobsCompleted. */
                jobsCompleted: (number|Long);

                /** PrinterStats jobsFailed. */
                jobsFailed: (number|Long);

                /** PrinterStats jobsOnTime. */
                jobsOnTime: (number|Long);

                /** PrinterStats jobsLate. */
                jobsLate: (number|Long);

                /** PrinterStats proofsSubmitted. */
                proofsSubmitted: (number|Long);

                /** PrinterStats firstAttemptSuccesses. */
                firstAttemptSuccesses: (number|Long);

                /** PrinterStats acceptMsTotal. */
                acceptMsTotal: (number|Long);

                /** PrinterStats gramsUsed. */
                gramsUsed: (number|Long);

                /** PrinterStats gramsEstimated. */
                gramsEstimated: (number|Long);

                /** PrinterStats printSeconds. */
                printSeconds: (number|Long);

                /** PrinterStats errors. */
                errors: (number|Long);

                /** PrinterStats unitsCompleted. */
                unitsCompleted: (number|Long);

                /** PrinterStats unitsOrdered. */
                unitsOrdered: (number|Long);

                /** PrinterStats qualitySum. */
                qualitySum: (number|Long);

                /** PrinterStats qualityCount. */
                qualityCount: (number|Long);

                /** PrinterStats disputes. */
                disputes: (number|Long);

                /** PrinterStats activeJobs. */
                activeJobs: number;

                /** PrinterStats reliabilityBps. */
                reliabilityBps: number;

                /**
                 * Creates a new PrinterStats instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PrinterStats instance
                 */
                static create(properties: printchain.printers.v1.PrinterStats.$Shape): printchain.printers.v1.PrinterStats & printchain.printers.v1.PrinterStats.$Shape;
                static create(properties?: printchain.printers.v1.PrinterStats.$Properties): printchain.printers.v1.PrinterStats;

                /**
                 * Encodes the specified PrinterStats message. Does not implicitly {@link printchain.printers.v1.PrinterStats.verify|verify} messages.
                 * @param message PrinterStats message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.PrinterStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PrinterStats message, length delimited. Does not implicitly {@link printchain.printers.v1.PrinterStats.verify|verify} messages.
                 * @param message PrinterStats message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.PrinterStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PrinterStats message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.PrinterStats & printchain.printers.v1.PrinterStats.$Shape} PrinterStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.PrinterStats & printchain.printers.v1.PrinterStats.$Shape;

                /**
                 * Decodes a PrinterStats message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.PrinterStats & printchain.printers.v1.PrinterStats.$Shape} PrinterStats
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.PrinterStats & printchain.printers.v1.PrinterStats.$Shape;

                /**
                 * Verifies a PrinterStats message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PrinterStats message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PrinterStats
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.PrinterStats;

                /**
                 * Creates a plain object from a PrinterStats message. Also converts values to other types if specified.
                 * @param message PrinterStats
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.PrinterStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PrinterStats to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PrinterStats
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PrinterStats {

                /** Properties of a PrinterStats. */
                interface $Properties {

                    /** PrinterStats printerId */
                    printerId?: (string|null);

                    /** PrinterStats jobsOffered */
                    jobsOffered?: (number|Long|null);

                    /** PrinterStats offersExpired */
                    offersExpired?: (number|Long|null);

                    /** PrinterStats jobsAccepted */
                    jobsAccepted?: (number|Long|null);

                    /** PrinterStats jobsCompleted */
                    jobsCompleted?: (number|Long|null);

                    /** PrinterStats jobsFailed */
                    jobsFailed?: (number|Long|null);

                    /** PrinterStats jobsOnTime */
                    jobsOnTime?: (number|Long|null);

                    /** PrinterStats jobsLate */
                    jobsLate?: (number|Long|null);

                    /** PrinterStats proofsSubmitted */
                    proofsSubmitted?: (number|Long|null);

                    /** PrinterStats firstAttemptSuccesses */
                    firstAttemptSuccesses?: (number|Long|null);

                    /** PrinterStats acceptMsTotal */
                    acceptMsTotal?: (number|Long|null);

                    /** PrinterStats gramsUsed */
                    gramsUsed?: (number|Long|null);

                    /** PrinterStats gramsEstimated */
                    gramsEstimated?: (number|Long|null);

                    /** PrinterStats printSeconds */
                    printSeconds?: (number|Long|null);

                    /** PrinterStats errors */
                    errors?: (number|Long|null);

                    /** PrinterStats unitsCompleted */
                    unitsCompleted?: (number|Long|null);

                    /** PrinterStats unitsOrdered */
                    unitsOrdered?: (number|Long|null);

                    /** PrinterStats qualitySum */
                    qualitySum?: (number|Long|null);

                    /** PrinterStats qualityCount */
                    qualityCount?: (number|Long|null);

                    /** PrinterStats disputes */
                    disputes?: (number|Long|null);

                    /** PrinterStats activeJobs */
                    activeJobs?: (number|null);

                    /** PrinterStats reliabilityBps */
                    reliabilityBps?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PrinterStats. */
                type $Shape = printchain.printers.v1.PrinterStats.$Properties;
            }

            /**
             * Properties of a RouteEntry.
             * @deprecated Use printchain.printers.v1.RouteEntry.$Properties instead.
             */
            interface IRouteEntry extends printchain.printers.v1.RouteEntry.$Properties {
            }

            /** Represents a RouteEntry. */
            class RouteEntry {

                /**
                 * Constructs a new RouteEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.RouteEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RouteEntry latitudeUdeg. */
                latitudeUdeg: number;

                /** RouteEntry longitudeUdeg. */
                longitudeUdeg: number;

                /** RouteEntry buildVolume. */
                buildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                /** RouteEntry bond. */
                bond: string;

                /** RouteEntry attested. */
                attested: boolean;

                /**
                 * Creates a new RouteEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RouteEntry instance
                 */
                static create(properties: printchain.printers.v1.RouteEntry.$Shape): printchain.printers.v1.RouteEntry & printchain.printers.v1.RouteEntry.$Shape;
                static create(properties?: printchain.printers.v1.RouteEntry.$Properties): printchain.printers.v1.RouteEntry;

                /**
                 * Encodes the specified RouteEntry message. Does not implicitly {@link printchain.printers.v1.RouteEntry.verify|verify} messages.
                 * @param message RouteEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.RouteEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RouteEntry message, length delimited. Does not implicitly {@link printchain.printers.v1.RouteEntry.verify|verify} messages.
                 * @param message RouteEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.RouteEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RouteEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.RouteEntry & printchain.printers.v1.RouteEntry.$Shape} RouteEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.RouteEntry & printchain.printers.v1.RouteEntry.$Shape;

                /**
                 * Decodes a RouteEntry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.RouteEntry & printchain.printers.v1.RouteEntry.$Shape} RouteEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.RouteEntry & printchain.printers.v1.RouteEntry.$Shape;

                /**
                 * Verifies a RouteEntry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RouteEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RouteEntry
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.RouteEntry;

                /**
                 * Creates a plain object from a RouteEntry message. Also converts values to other types if specified.
                 * @param message RouteEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.RouteEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RouteEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RouteEntry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RouteEntry {

                /** Properties of a RouteEntry. */
                interface $Properties {

                    /** RouteEntry latitudeUdeg */
                    latitudeUdeg?: (number|null);

                    /** RouteEntry longitudeUdeg */
                    longitudeUdeg?: (number|null);

                    /** RouteEntry buildVolume */
                    buildVolume?: (printchain.printers.v1.BuildVolume.$Properties|null);

                    /** RouteEntry bond */
                    bond?: (string|null);

                    /** RouteEntry attested */
                    attested?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RouteEntry. */
                type $Shape = printchain.printers.v1.RouteEntry.$Properties;
            }

            /**
             * Properties of a Params.
             * @deprecated Use printchain.printers.v1.Params.$Properties instead.
             */
            interface IParams extends printchain.printers.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params maxPrintersPerOwner. */
                maxPrintersPerOwner: number;

                /** Params maxMaterials. */
                maxMaterials: number;

                /** Params bondDenom. */
                bondDenom: string;

                /** Params minBond. */
                minBond: string;

                /** Params bondSlashBps. */
                bondSlashBps: number;

                /** Params auditors. */
                auditors: string[];

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                static create(properties: printchain.printers.v1.Params.$Shape): printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape;
                static create(properties?: printchain.printers.v1.Params.$Properties): printchain.printers.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link printchain.printers.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Params message, length delimited. Does not implicitly {@link printchain.printers.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape;

                /**
                 * Decodes a Params message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.Params & printchain.printers.v1.Params.$Shape;

                /**
                 * Verifies a Params message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Params
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {

                /** Properties of a Params. */
                interface $Properties {

                    /** Params maxPrintersPerOwner */
                    maxPrintersPerOwner?: (number|null);

                    /** Params maxMaterials */
                    maxMaterials?: (number|null);

                    /** Params bondDenom */
                    bondDenom?: (string|null);

                    /** Params minBond */
                    minBond?: (string|null);

                    /** Params bondSlashBps */
                    bondSlashBps?: (number|null);

                    /** Params auditors */
                    auditors?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = printchain.printers.v1.Params.$Properties;
            }

            /**
             * Properties of an EventPrinterRegistered.
             * @deprecated Use printchain.printers.v1.EventPrinterRegistered.$Properties instead.
             */
            interface IEventPrinterRegistered extends printchain.printers.v1.EventPrinterRegistered.$Properties {
            }

            /** Represents an EventPrinterRegistered. */
            class EventPrinterRegistered {

                /**
                 * Constructs a new EventPrinterRegistered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventPrinterRegistered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventPrinterRegistered printerId. */
                printerId: string;

                /** EventPrinterRegistered owner. */
                owner: string;

                /** EventPrinterRegistered technology. */
                technology: printchain.printers.v1.Technology;

                /** EventPrinterRegistered region. */
                region: string;

                /** EventPrinterRegistered latitudeUdeg. */
                latitudeUdeg: number;

                /** EventPrinterRegistered longitudeUdeg. */
                longitudeUdeg: number;

                /** EventPrinterRegistered materials. */
                materials: string;

                /** EventPrinterRegistered bond. */
                bond: string;

                /**
                 * Creates a new EventPrinterRegistered instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventPrinterRegistered instance
                 */
                static create(properties: printchain.printers.v1.EventPrinterRegistered.$Shape): printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape;
                static create(properties?: printchain.printers.v1.EventPrinterRegistered.$Properties): printchain.printers.v1.EventPrinterRegistered;

                /**
                 * Encodes the specified EventPrinterRegistered message. Does not implicitly {@link printchain.printers.v1.EventPrinterRegistered.verify|verify} messages.
                 * @param message EventPrinterRegistered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventPrinterRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventPrinterRegistered message, length delimited. Does not implicitly {@link printchain.printers.v1.EventPrinterRegistered.verify|verify} messages.
                 * @param message EventPrinterRegistered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventPrinterRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventPrinterRegistered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape} EventPrinterRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape;

                /**
                 * Decodes an EventPrinterRegistered message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape} EventPrinterRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventPrinterRegistered & printchain.printers.v1.EventPrinterRegistered.$Shape;

                /**
                 * Verifies an EventPrinterRegistered message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventPrinterRegistered message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventPrinterRegistered
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventPrinterRegistered;

                /**
                 * Creates a plain object from an EventPrinterRegistered message. Also converts values to other types if specified.
                 * @param message EventPrinterRegistered
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventPrinterRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventPrinterRegistered to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventPrinterRegistered
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrinterRegistered {

                /** Properties of an EventPrinterRegistered. */
                interface $Properties {

                    /** EventPrinterRegistered printerId */
                    printerId?: (string|null);

                    /** EventPrinterRegistered owner */
                    owner?: (string|null);

                    /** EventPrinterRegistered technology */
                    technology?: (printchain.printers.v1.Technology|null);

                    /** EventPrinterRegistered region */
                    region?: (string|null);

                    /** EventPrinterRegistered latitudeUdeg */
                    latitudeUdeg?: (number|null);

                    /** EventPrinterRegistered longitudeUdeg */
                    longitudeUdeg?: (number|null);

                    /** EventPrinterRegistered materials */
                    materials?: (string|null);

                    /** EventPrinterRegistered bond */
                    bond?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrinterRegistered. */
                type $Shape = printchain.printers.v1.EventPrinterRegistered.$Properties;
            }

            /**
             * Properties of an EventPrinterUpdated.
             * @deprecated Use printchain.printers.v1.EventPrinterUpdated.$Properties instead.
             */
            interface IEventPrinterUpdated extends printchain.printers.v1.EventPrinterUpdated.$Properties {
            }

            /** Represents an EventPrinterUpdated. */
            class EventPrinterUpdated {

                /**
                 * Constructs a new EventPrinterUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventPrinterUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventPrinterUpdated printerId. */
                printerId: string;

                /** EventPrinterUpdated owner. */
                owner: string;

                /** EventPrinterUpdated technology. */
                technology: printchain.printers.v1.Technology;

                /** EventPrinterUpdated region. */
                region: string;

                /** EventPrinterUpdated latitudeUdeg. */
                latitudeUdeg: number;

                /** EventPrinterUpdated longitudeUdeg. */
                longitudeUdeg: number;

                /** EventPrinterUpdated materials. */
                materials: string;

                /** EventPrinterUpdated bond. */
                bond: string;

                /** EventPrinterUpdated attestationsRemoved. */
                attestationsRemoved: number;

                /**
                 * Creates a new EventPrinterUpdated instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventPrinterUpdated instance
                 */
                static create(properties: printchain.printers.v1.EventPrinterUpdated.$Shape): printchain.printers.v1.EventPrinterUpdated & printchain.printers.v1.EventPrinterUpdated.$Shape;
                static create(properties?: printchain.printers.v1.EventPrinterUpdated.$Properties): printchain.printers.v1.EventPrinterUpdated;

                /**
                 * Encodes the specified EventPrinterUpdated message. Does not implicitly {@link printchain.printers.v1.EventPrinterUpdated.verify|verify} messages.
                 * @param message EventPrinterUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventPrinterUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventPrinterUpdated message, length delimited. Does not implicitly {@link printchain.printers.v1.EventPrinterUpdated.verify|verify} messages.
                 * @param message EventPrinterUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventPrinterUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventPrinterUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventPrinterUpdated & printchain.printers.v1.EventPrinterUpdated.$Shape} EventPrinterUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventPrinterUpdated & printchain.printers.v1.EventPrinterUpdated.$Shape;

                /**
                 * Decodes an EventPrinterUpdated message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventPrinterUpdated & printchain.printers.v1.EventPrinterUpdated.$Shape} EventPrinterUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventPrinterUpdated & printchain.printers.v1.EventPrinterUpdated.$Shape;

                /**
                 * Verifies an EventPrinterUpdated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventPrinterUpdated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventPrinterUpdated
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventPrinterUpdated;

                /**
                 * Creates a plain object from an EventPrinterUpdated message. Also converts values to other types if specified.
                 * @param message EventPrinterUpdated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventPrinterUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventPrinterUpdated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventPrinterUpdated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrinterUpdated {

                /** Properties of an EventPrinterUpdated. */
                interface $Properties {

                    /** EventPrinterUpdated printerId */
                    printerId?: (string|null);

                    /** EventPrinterUpdated owner */
                    owner?: (string|null);

                    /** EventPrinterUpdated technology */
                    technology?: (printchain.printers.v1.Technology|null);

                    /** EventPrinterUpdated region */
                    region?: (string|null);

                    /** EventPrinterUpdated latitudeUdeg */
                    latitudeUdeg?: (number|null);

                    /** EventPrinterUpdated longitudeUdeg */
                    longitudeUdeg?: (number|null);

                    /** EventPrinterUpdated materials */
                    materials?: (string|null);

                    /** EventPrinterUpdated bond */
                    bond?: (string|null);

                    /** EventPrinterUpdated attestationsRemoved */
                    attestationsRemoved?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrinterUpdated. */
                type $Shape = printchain.printers.v1.EventPrinterUpdated.$Properties;
            }

            /**
             * Properties of an EventPrinterStatusChanged.
             * @deprecated Use printchain.printers.v1.EventPrinterStatusChanged.$Properties instead.
             */
            interface IEventPrinterStatusChanged extends printchain.printers.v1.EventPrinterStatusChanged.$Properties {
            }

            /** Represents an EventPrinterStatusChanged. */
            class EventPrinterStatusChanged {

                /**
                 * Constructs a new EventPrinterStatusChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventPrinterStatusChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventPrinterStatusChanged printerId. */
                printerId: string;

                /** EventPrinterStatusChanged owner. */
                owner: string;

                /** EventPrinterStatusChanged fromStatus. */
                fromStatus: printchain.printers.v1.PrinterStatus;

                /** EventPrinterStatusChanged toStatus. */
                toStatus: printchain.printers.v1.PrinterStatus;

                /**
                 * Creates a new EventPrinterStatusChanged instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventPrinterStatusChanged instance
                 */
                static create(properties: printchain.printers.v1.EventPrinterStatusChanged.$Shape): printchain.printers.v1.EventPrinterStatusChanged & printchain.printers.v1.EventPrinterStatusChanged.$Shape;
                static create(properties?: printchain.printers.v1.EventPrinterStatusChanged.$Properties): printchain.printers.v1.EventPrinterStatusChanged;

                /**
                 * Encodes the specified EventPrinterStatusChanged message. Does not implicitly {@link printchain.printers.v1.EventPrinterStatusChanged.verify|verify} messages.
                 * @param message EventPrinterStatusChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventPrinterStatusChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventPrinterStatusChanged message, length delimited. Does not implicitly {@link printchain.printers.v1.EventPrinterStatusChanged.verify|verify} messages.
                 * @param message EventPrinterStatusChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventPrinterStatusChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventPrinterStatusChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventPrinterStatusChanged & printchain.printers.v1.EventPrinterStatusChanged.$Shape} EventPrinterStatusChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventPrinterStatusChanged & printchain.printers.v1.EventPrinterStatusChanged.$Shape;

                /**
                 * Decodes an EventPrinterStatusChanged message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventPrinterStatusChanged & printchain.printers.v1.EventPrinterStatusChanged.$Shape} EventPrinterStatusChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventPrinterStatusChanged & printchain.printers.v1.EventPrinterStatusChanged.$Shape;

                /**
                 * Verifies an EventPrinterStatusChanged message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventPrinterStatusChanged message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventPrinterStatusChanged
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventPrinterStatusChanged;

                /**
                 * Creates a plain object from an EventPrinterStatusChanged message. Also converts values to other types if specified.
                 * @param message EventPrinterStatusChanged
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventPrinterStatusChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventPrinterStatusChanged to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventPrinterStatusChanged
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrinterStatusChanged {

                /** Properties of an EventPrinterStatusChanged. */
                interface $Properties {

                    /** EventPrinterStatusChanged printerId */
                    printerId?: (string|null);

                    /** EventPrinterStatusChanged owner */
                    owner?: (string|null);

                    /** EventPrinterStatusChanged fromStatus */
                    fromStatus?: (printchain.printers.v1.PrinterStatus|null);

                    /** EventPrinterStatusChanged toStatus */
                    toStatus?: (printchain.printers.v1.PrinterStatus|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrinterStatusChanged. */
                type $Shape = printchain.printers.v1.EventPrinterStatusChanged.$Properties;
            }

            /**
             * Properties of an EventPrinterAttested.
             * @deprecated Use printchain.printers.v1.EventPrinterAttested.$Properties instead.
             */
            interface IEventPrinterAttested extends printchain.printers.v1.EventPrinterAttested.$Properties {
            }

            /** Represents an EventPrinterAttested. */
            class EventPrinterAttested {

                /**
                 * Constructs a new EventPrinterAttested.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventPrinterAttested.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventPrinterAttested printerId. */
                printerId: string;

                /** EventPrinterAttested auditor. */
                auditor: string;

                /**
                 * Creates a new EventPrinterAttested instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventPrinterAttested instance
                 */
                static create(properties: printchain.printers.v1.EventPrinterAttested.$Shape): printchain.printers.v1.EventPrinterAttested & printchain.printers.v1.EventPrinterAttested.$Shape;
                static create(properties?: printchain.printers.v1.EventPrinterAttested.$Properties): printchain.printers.v1.EventPrinterAttested;

                /**
                 * Encodes the specified EventPrinterAttested message. Does not implicitly {@link printchain.printers.v1.EventPrinterAttested.verify|verify} messages.
                 * @param message EventPrinterAttested message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventPrinterAttested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventPrinterAttested message, length delimited. Does not implicitly {@link printchain.printers.v1.EventPrinterAttested.verify|verify} messages.
                 * @param message EventPrinterAttested message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventPrinterAttested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventPrinterAttested message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventPrinterAttested & printchain.printers.v1.EventPrinterAttested.$Shape} EventPrinterAttested
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventPrinterAttested & printchain.printers.v1.EventPrinterAttested.$Shape;

                /**
                 * Decodes an EventPrinterAttested message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventPrinterAttested & printchain.printers.v1.EventPrinterAttested.$Shape} EventPrinterAttested
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventPrinterAttested & printchain.printers.v1.EventPrinterAttested.$Shape;

                /**
                 * Verifies an EventPrinterAttested message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventPrinterAttested message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventPrinterAttested
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventPrinterAttested;

                /**
                 * Creates a plain object from an EventPrinterAttested message. Also converts values to other types if specified.
                 * @param message EventPrinterAttested
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventPrinterAttested, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventPrinterAttested to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventPrinterAttested
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrinterAttested {

                /** Properties of an EventPrinterAttested. */
                interface $Properties {

                    /** EventPrinterAttested printerId */
                    printerId?: (string|null);

                    /** EventPrinterAttested auditor */
                    auditor?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrinterAttested. */
                type $Shape = printchain.printers.v1.EventPrinterAttested.$Properties;
            }

            /**
             * Properties of an EventAttestationRevoked.
             * @deprecated Use printchain.printers.v1.EventAttestationRevoked.$Properties instead.
             */
            interface IEventAttestationRevoked extends printchain.printers.v1.EventAttestationRevoked.$Properties {
            }

            /** Represents an EventAttestationRevoked. */
            class EventAttestationRevoked {

                /**
                 * Constructs a new EventAttestationRevoked.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventAttestationRevoked.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventAttestationRevoked printerId. */
                printerId: string;

                /** EventAttestationRevoked auditor. */
                auditor: string;

                /**
                 * Creates a new EventAttestationRevoked instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventAttestationRevoked instance
                 */
                static create(properties: printchain.printers.v1.EventAttestationRevoked.$Shape): printchain.printers.v1.EventAttestationRevoked & printchain.printers.v1.EventAttestationRevoked.$Shape;
                static create(properties?: printchain.printers.v1.EventAttestationRevoked.$Properties): printchain.printers.v1.EventAttestationRevoked;

                /**
                 * Encodes the specified EventAttestationRevoked message. Does not implicitly {@link printchain.printers.v1.EventAttestationRevoked.verify|verify} messages.
                 * @param message EventAttestationRevoked message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventAttestationRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventAttestationRevoked message, length delimited. Does not implicitly {@link printchain.printers.v1.EventAttestationRevoked.verify|verify} messages.
                 * @param message EventAttestationRevoked message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventAttestationRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventAttestationRevoked message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventAttestationRevoked & printchain.printers.v1.EventAttestationRevoked.$Shape} EventAttestationRevoked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventAttestationRevoked & printchain.printers.v1.EventAttestationRevoked.$Shape;

                /**
                 * Decodes an EventAttestationRevoked message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventAttestationRevoked & printchain.printers.v1.EventAttestationRevoked.$Shape} EventAttestationRevoked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventAttestationRevoked & printchain.printers.v1.EventAttestationRevoked.$Shape;

                /**
                 * Verifies an EventAttestationRevoked message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventAttestationRevoked message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventAttestationRevoked
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventAttestationRevoked;

                /**
                 * Creates a plain object from an EventAttestationRevoked message. Also converts values to other types if specified.
                 * @param message EventAttestationRevoked
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventAttestationRevoked, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventAttestationRevoked to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventAttestationRevoked
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAttestationRevoked {

                /** Properties of an EventAttestationRevoked. */
                interface $Properties {

                    /** EventAttestationRevoked printerId */
                    printerId?: (string|null);

                    /** EventAttestationRevoked auditor */
                    auditor?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventAttestationRevoked. */
                type $Shape = printchain.printers.v1.EventAttestationRevoked.$Properties;
            }

            /**
             * Properties of an EventBondSlashed.
             * @deprecated Use printchain.printers.v1.EventBondSlashed.$Properties instead.
             */
            interface IEventBondSlashed extends printchain.printers.v1.EventBondSlashed.$Properties {
            }

            /** Represents an EventBondSlashed. */
            class EventBondSlashed {

                /**
                 * Constructs a new EventBondSlashed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventBondSlashed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventBondSlashed printerId. */
                printerId: string;

                /** EventBondSlashed owner. */
                owner: string;

                /** EventBondSlashed amount. */
                amount: string;

                /** EventBondSlashed recipient. */
                recipient: string;

                /** EventBondSlashed jobId. */
                jobId: (number|Long);

                /** EventBondSlashed remainingBond. */
                remainingBond: string;

                /**
                 * Creates a new EventBondSlashed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventBondSlashed instance
                 */
                static create(properties: printchain.printers.v1.EventBondSlashed.$Shape): printchain.printers.v1.EventBondSlashed & printchain.printers.v1.EventBondSlashed.$Shape;
                static create(properties?: printchain.printers.v1.EventBondSlashed.$Properties): printchain.printers.v1.EventBondSlashed;

                /**
                 * Encodes the specified EventBondSlashed message. Does not implicitly {@link printchain.printers.v1.EventBondSlashed.verify|verify} messages.
                 * @param message EventBondSlashed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventBondSlashed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventBondSlashed message, length delimited. Does not implicitly {@link printchain.printers.v1.EventBondSlashed.verify|verify} messages.
                 * @param message EventBondSlashed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventBondSlashed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventBondSlashed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventBondSlashed & printchain.printers.v1.EventBondSlashed.$Shape} EventBondSlashed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventBondSlashed & printchain.printers.v1.EventBondSlashed.$Shape;

                /**
                 * Decodes an EventBondSlashed message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventBondSlashed & printchain.printers.v1.EventBondSlashed.$Shape} EventBondSlashed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventBondSlashed & printchain.printers.v1.EventBondSlashed.$Shape;

                /**
                 * Verifies an EventBondSlashed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventBondSlashed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventBondSlashed
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventBondSlashed;

                /**
                 * Creates a plain object from an EventBondSlashed message. Also converts values to other types if specified.
                 * @param message EventBondSlashed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventBondSlashed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventBondSlashed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventBondSlashed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventBondSlashed {

                /** Properties of an EventBondSlashed. */
                interface $Properties {

                    /** EventBondSlashed printerId */
                    printerId?: (string|null);

                    /** EventBondSlashed owner */
                    owner?: (string|null);

                    /** EventBondSlashed amount */
                    amount?: (string|null);

                    /** EventBondSlashed recipient */
                    recipient?: (string|null);

                    /** EventBondSlashed jobId */
                    jobId?: (number|Long|null);

                    /** EventBondSlashed remainingBond */
                    remainingBond?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventBondSlashed. */
                type $Shape = printchain.printers.v1.EventBondSlashed.$Properties;
            }

            /**
             * Properties of an EventBondRefunded.
             * @deprecated Use printchain.printers.v1.EventBondRefunded.$Properties instead.
             */
            interface IEventBondRefunded extends printchain.printers.v1.EventBondRefunded.$Properties {
            }

            /** Represents an EventBondRefunded. */
            class EventBondRefunded {

                /**
                 * Constructs a new EventBondRefunded.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventBondRefunded.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventBondRefunded printerId. */
                printerId: string;

                /** EventBondRefunded owner. */
                owner: string;

                /** EventBondRefunded amount. */
                amount: string;

                /**
                 * Creates a new EventBondRefunded instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventBondRefunded instance
                 */
                static create(properties: printchain.printers.v1.EventBondRefunded.$Shape): printchain.printers.v1.EventBondRefunded & printchain.printers.v1.EventBondRefunded.$Shape;
                static create(properties?: printchain.printers.v1.EventBondRefunded.$Properties): printchain.printers.v1.EventBondRefunded;

                /**
                 * Encodes the specified EventBondRefunded message. Does not implicitly {@link printchain.printers.v1.EventBondRefunded.verify|verify} messages.
                 * @param message EventBondRefunded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventBondRefunded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventBondRefunded message, length delimited. Does not implicitly {@link printchain.printers.v1.EventBondRefunded.verify|verify} messages.
                 * @param message EventBondRefunded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventBondRefunded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventBondRefunded message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventBondRefunded & printchain.printers.v1.EventBondRefunded.$Shape} EventBondRefunded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventBondRefunded & printchain.printers.v1.EventBondRefunded.$Shape;

                /**
                 * Decodes an EventBondRefunded message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventBondRefunded & printchain.printers.v1.EventBondRefunded.$Shape} EventBondRefunded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventBondRefunded & printchain.printers.v1.EventBondRefunded.$Shape;

                /**
                 * Verifies an EventBondRefunded message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventBondRefunded message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventBondRefunded
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventBondRefunded;

                /**
                 * Creates a plain object from an EventBondRefunded message. Also converts values to other types if specified.
                 * @param message EventBondRefunded
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventBondRefunded, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventBondRefunded to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventBondRefunded
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventBondRefunded {

                /** Properties of an EventBondRefunded. */
                interface $Properties {

                    /** EventBondRefunded printerId */
                    printerId?: (string|null);

                    /** EventBondRefunded owner */
                    owner?: (string|null);

                    /** EventBondRefunded amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventBondRefunded. */
                type $Shape = printchain.printers.v1.EventBondRefunded.$Properties;
            }

            /**
             * Properties of an EventPrinterPerformance.
             * @deprecated Use printchain.printers.v1.EventPrinterPerformance.$Properties instead.
             */
            interface IEventPrinterPerformance extends printchain.printers.v1.EventPrinterPerformance.$Properties {
            }

            /** Represents an EventPrinterPerformance. */
            class EventPrinterPerformance {

                /**
                 * Constructs a new EventPrinterPerformance.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.EventPrinterPerformance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventPrinterPerformance printerId. */
                printerId: string;

                /** EventPrinterPerformance jobsOffered. */
                jobsOffered: (number|Long);

                /** EventPrinterPerformance jobsAccepted. */
                jobsAccepted: (number|Long);

                /** EventPrinterPerformance jobsCompleted. */
                jobsCompleted: (number|Long);

                /** EventPrinterPerformance jobsFailed. */
                jobsFailed: (number|Long);

                /** EventPrinterPerformance jobsOnTime. */
                jobsOnTime: (number|Long);

                /** EventPrinterPerformance activeJobs. */
                activeJobs: number;

                /** EventPrinterPerformance reliabilityBps. */
                reliabilityBps: number;

                /**
                 * Creates a new EventPrinterPerformance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventPrinterPerformance instance
                 */
                static create(properties: printchain.printers.v1.EventPrinterPerformance.$Shape): printchain.printers.v1.EventPrinterPerformance & printchain.printers.v1.EventPrinterPerformance.$Shape;
                static create(properties?: printchain.printers.v1.EventPrinterPerformance.$Properties): printchain.printers.v1.EventPrinterPerformance;

                /**
                 * Encodes the specified EventPrinterPerformance message. Does not implicitly {@link printchain.printers.v1.EventPrinterPerformance.verify|verify} messages.
                 * @param message EventPrinterPerformance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.EventPrinterPerformance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventPrinterPerformance message, length delimited. Does not implicitly {@link printchain.printers.v1.EventPrinterPerformance.verify|verify} messages.
                 * @param message EventPrinterPerformance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.EventPrinterPerformance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventPrinterPerformance message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.EventPrinterPerformance & printchain.printers.v1.EventPrinterPerformance.$Shape} EventPrinterPerformance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.EventPrinterPerformance & printchain.printers.v1.EventPrinterPerformance.$Shape;

                /**
                 * Decodes an EventPrinterPerformance message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.EventPrinterPerformance & printchain.printers.v1.EventPrinterPerformance.$Shape} EventPrinterPerformance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.EventPrinterPerformance & printchain.printers.v1.EventPrinterPerformance.$Shape;

                /**
                 * Verifies an EventPrinterPerformance message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventPrinterPerformance message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventPrinterPerformance
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.EventPrinterPerformance;

                /**
                 * Creates a plain object from an EventPrinterPerformance message. Also converts values to other types if specified.
                 * @param message EventPrinterPerformance
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.EventPrinterPerformance, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventPrinterPerformance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventPrinterPerformance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrinterPerformance {

                /** Properties of an EventPrinterPerformance. */
                interface $Properties {

                    /** EventPrinterPerformance printerId */
                    printerId?: (string|null);

                    /** EventPrinterPerformance jobsOffered */
                    jobsOffered?: (number|Long|null);

                    /** EventPrinterPerformance jobsAccepted */
                    jobsAccepted?: (number|Long|null);

                    /** EventPrinterPerformance jobsCompleted */
                    jobsCompleted?: (number|Long|null);

                    /** EventPrinterPerformance jobsFailed */
                    jobsFailed?: (number|Long|null);

                    /** EventPrinterPerformance jobsOnTime */
                    jobsOnTime?: (number|Long|null);

                    /** EventPrinterPerformance activeJobs */
                    activeJobs?: (number|null);

                    /** EventPrinterPerformance reliabilityBps */
                    reliabilityBps?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrinterPerformance. */
                type $Shape = printchain.printers.v1.EventPrinterPerformance.$Properties;
            }

            /**
             * Properties of a GenesisState.
             * @deprecated Use printchain.printers.v1.GenesisState.$Properties instead.
             */
            interface IGenesisState extends printchain.printers.v1.GenesisState.$Properties {
            }

            /** Represents a GenesisState. */
            class GenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.GenesisState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisState params. */
                params?: (printchain.printers.v1.Params.$Properties|null);

                /** GenesisState printers. */
                printers: printchain.printers.v1.Printer.$Properties[];

                /** GenesisState stats. */
                stats: printchain.printers.v1.PrinterStats.$Properties[];

                /** GenesisState attestations. */
                attestations: printchain.printers.v1.Attestation.$Properties[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                static create(properties: printchain.printers.v1.GenesisState.$Shape): printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape;
                static create(properties?: printchain.printers.v1.GenesisState.$Properties): printchain.printers.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link printchain.printers.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GenesisState message, length delimited. Does not implicitly {@link printchain.printers.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.GenesisState & printchain.printers.v1.GenesisState.$Shape;

                /**
                 * Verifies a GenesisState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisState
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.GenesisState;

                /**
                 * Creates a plain object from a GenesisState message. Also converts values to other types if specified.
                 * @param message GenesisState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {

                /** Properties of a GenesisState. */
                interface $Properties {

                    /** GenesisState params */
                    params?: (printchain.printers.v1.Params.$Properties|null);

                    /** GenesisState printers */
                    printers?: (printchain.printers.v1.Printer.$Properties[]|null);

                    /** GenesisState stats */
                    stats?: (printchain.printers.v1.PrinterStats.$Properties[]|null);

                    /** GenesisState attestations */
                    attestations?: (printchain.printers.v1.Attestation.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisState. */
                type $Shape = printchain.printers.v1.GenesisState.$Properties;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /** Calls Printer. */
                printer: printchain.printers.v1.Query.Printer;

                /** Calls Printers. */
                printers: printchain.printers.v1.Query.Printers;

                /** Calls PrinterPerformance. */
                printerPerformance: printchain.printers.v1.Query.PrinterPerformance;

                /** Calls Attestations. */
                attestations: printchain.printers.v1.Query.Attestations;

                /** Calls Params. */
                params: printchain.printers.v1.Query.Params;
            }

            namespace Query {

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#printer}.
                 * @param error Error, if any
                 * @param [response] QueryPrinterResponse
                 */
                type PrinterCallback = (error: (Error|null), response?: printchain.printers.v1.QueryPrinterResponse) => void;

                /** Calls Printer. */
                type Printer = {
                  (request: printchain.printers.v1.IQueryPrinterRequest, callback: printchain.printers.v1.Query.PrinterCallback): void;
                  (request: printchain.printers.v1.IQueryPrinterRequest): Promise<printchain.printers.v1.QueryPrinterResponse>;
                  readonly name: "Printer";
                  readonly path: "/printchain.printers.v1.Query/Printer";
                  readonly requestType: "QueryPrinterRequest";
                  readonly responseType: "QueryPrinterResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#printers}.
                 * @param error Error, if any
                 * @param [response] QueryPrintersResponse
                 */
                type PrintersCallback = (error: (Error|null), response?: printchain.printers.v1.QueryPrintersResponse) => void;

                /** Calls Printers. */
                type Printers = {
                  (request: printchain.printers.v1.IQueryPrintersRequest, callback: printchain.printers.v1.Query.PrintersCallback): void;
                  (request: printchain.printers.v1.IQueryPrintersRequest): Promise<printchain.printers.v1.QueryPrintersResponse>;
                  readonly name: "Printers";
                  readonly path: "/printchain.printers.v1.Query/Printers";
                  readonly requestType: "QueryPrintersRequest";
                  readonly responseType: "QueryPrintersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#printerPerformance}.
                 * @param error Error, if any
                 * @param [response] QueryPrinterPerformanceResponse
                 */
                type PrinterPerformanceCallback = (error: (Error|null), response?: printchain.printers.v1.QueryPrinterPerformanceResponse) => void;

                /** Calls PrinterPerformance. */
                type PrinterPerformance = {
                  (request: printchain.printers.v1.IQueryPrinterPerformanceRequest, callback: printchain.printers.v1.Query.PrinterPerformanceCallback): void;
                  (request: printchain.printers.v1.IQueryPrinterPerformanceRequest): Promise<printchain.printers.v1.QueryPrinterPerformanceResponse>;
                  readonly name: "PrinterPerformance";
                  readonly path: "/printchain.printers.v1.Query/PrinterPerformance";
                  readonly requestType: "QueryPrinterPerformanceRequest";
                  readonly responseType: "QueryPrinterPerformanceResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#attestations}.
                 * @param error Error, if any
                 * @param [response] QueryAttestationsResponse
                 */
                type AttestationsCallback = (error: (Error|null), response?: printchain.printers.v1.QueryAttestationsResponse) => void;

                /** Calls Attestations. */
                type Attestations = {
                  (request: printchain.printers.v1.IQueryAttestationsRequest, callback: printchain.printers.v1.Query.AttestationsCallback): void;
                  (request: printchain.printers.v1.IQueryAttestationsRequest): Promise<printchain.printers.v1.QueryAttestationsResponse>;
                  readonly name: "Attestations";
                  readonly path: "/printchain.printers.v1.Query/Attestations";
                  readonly requestType: "QueryAttestationsRequest";
                  readonly responseType: "QueryAttestationsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: printchain.printers.v1.QueryParamsResponse) => void;

                /** Calls Params. */
                type Params = {
                  (request: printchain.printers.v1.IQueryParamsRequest, callback: printchain.printers.v1.Query.ParamsCallback): void;
                  (request: printchain.printers.v1.IQueryParamsRequest): Promise<printchain.printers.v1.QueryParamsResponse>;
                  readonly name: "Params";
                  readonly path: "/printchain.printers.v1.Query/Params";
                  readonly requestType: "QueryParamsRequest";
                  readonly responseType: "QueryParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a QueryPrinterRequest.
             * @deprecated Use printchain.printers.v1.QueryPrinterRequest.$Properties instead.
             */
            interface IQueryPrinterRequest extends printchain.printers.v1.QueryPrinterRequest.$Properties {
            }

            /** Represents a QueryPrinterRequest. */
            class QueryPrinterRequest {

                /**
                 * Constructs a new QueryPrinterRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryPrinterRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrinterRequest printerId. */
                printerId: string;

                /**
                 * Creates a new QueryPrinterRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrinterRequest instance
                 */
                static create(properties: printchain.printers.v1.QueryPrinterRequest.$Shape): printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape;
                static create(properties?: printchain.printers.v1.QueryPrinterRequest.$Properties): printchain.printers.v1.QueryPrinterRequest;

                /**
                 * Encodes the specified QueryPrinterRequest message. Does not implicitly {@link printchain.printers.v1.QueryPrinterRequest.verify|verify} messages.
                 * @param message QueryPrinterRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryPrinterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrinterRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrinterRequest.verify|verify} messages.
                 * @param message QueryPrinterRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryPrinterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrinterRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape} QueryPrinterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape;

                /**
                 * Decodes a QueryPrinterRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape} QueryPrinterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryPrinterRequest & printchain.printers.v1.QueryPrinterRequest.$Shape;

                /**
                 * Verifies a QueryPrinterRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrinterRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrinterRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryPrinterRequest;

                /**
                 * Creates a plain object from a QueryPrinterRequest message. Also converts values to other types if specified.
                 * @param message QueryPrinterRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryPrinterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrinterRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrinterRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrinterRequest {

                /** Properties of a QueryPrinterRequest. */
                interface $Properties {

                    /** QueryPrinterRequest printerId */
                    printerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrinterRequest. */
                type $Shape = printchain.printers.v1.QueryPrinterRequest.$Properties;
            }

            /**
             * Properties of a QueryPrinterResponse.
             * @deprecated Use printchain.printers.v1.QueryPrinterResponse.$Properties instead.
             */
            interface IQueryPrinterResponse extends printchain.printers.v1.QueryPrinterResponse.$Properties {
            }

            /** Represents a QueryPrinterResponse. */
            class QueryPrinterResponse {

                /**
                 * Constructs a new QueryPrinterResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryPrinterResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrinterResponse printer. */
                printer?: (printchain.printers.v1.Printer.$Properties|null);

                /**
                 * Creates a new QueryPrinterResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrinterResponse instance
                 */
                static create(properties: printchain.printers.v1.QueryPrinterResponse.$Shape): printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape;
                static create(properties?: printchain.printers.v1.QueryPrinterResponse.$Properties): printchain.printers.v1.QueryPrinterResponse;

                /**
                 * Encodes the specified QueryPrinterResponse message. Does not implicitly {@link printchain.printers.v1.QueryPrinterResponse.verify|verify} messages.
                 * @param message QueryPrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryPrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrinterResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrinterResponse.verify|verify} messages.
                 * @param message QueryPrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryPrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrinterResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape} QueryPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape;

                /**
                 * Decodes a QueryPrinterResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape} QueryPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryPrinterResponse & printchain.printers.v1.QueryPrinterResponse.$Shape;

                /**
                 * Verifies a QueryPrinterResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrinterResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrinterResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryPrinterResponse;

                /**
                 * Creates a plain object from a QueryPrinterResponse message. Also converts values to other types if specified.
                 * @param message QueryPrinterResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryPrinterResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrinterResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrinterResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrinterResponse {

                /** Properties of a QueryPrinterResponse. */
                interface $Properties {

                    /** QueryPrinterResponse printer */
                    printer?: (printchain.printers.v1.Printer.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrinterResponse. */
                type $Shape = printchain.printers.v1.QueryPrinterResponse.$Properties;
            }

            /**
             * Properties of a QueryPrintersRequest.
             * @deprecated Use printchain.printers.v1.QueryPrintersRequest.$Properties instead.
             */
            interface IQueryPrintersRequest extends printchain.printers.v1.QueryPrintersRequest.$Properties {
            }

            /** Represents a QueryPrintersRequest. */
            class QueryPrintersRequest {

                /**
                 * Constructs a new QueryPrintersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryPrintersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrintersRequest owner. */
                owner: string;

                /** QueryPrintersRequest pagination. */
                pagination?: (printchain.base.v1.PageRequest.$Properties|null);

                /** QueryPrintersRequest region. */
                region: string;

                /** QueryPrintersRequest status. */
                status: printchain.printers.v1.PrinterStatus;

                /**
                 * Creates a new QueryPrintersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrintersRequest instance
                 */
                static create(properties: printchain.printers.v1.QueryPrintersRequest.$Shape): printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape;
                static create(properties?: printchain.printers.v1.QueryPrintersRequest.$Properties): printchain.printers.v1.QueryPrintersRequest;

                /**
                 * Encodes the specified QueryPrintersRequest message. Does not implicitly {@link printchain.printers.v1.QueryPrintersRequest.verify|verify} messages.
                 * @param message QueryPrintersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryPrintersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrintersRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrintersRequest.verify|verify} messages.
                 * @param message QueryPrintersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryPrintersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrintersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape} QueryPrintersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape;

                /**
                 * Decodes a QueryPrintersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape} QueryPrintersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryPrintersRequest & printchain.printers.v1.QueryPrintersRequest.$Shape;

                /**
                 * Verifies a QueryPrintersRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrintersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrintersRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryPrintersRequest;

                /**
                 * Creates a plain object from a QueryPrintersRequest message. Also converts values to other types if specified.
                 * @param message QueryPrintersRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryPrintersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrintersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrintersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrintersRequest {

                /** Properties of a QueryPrintersRequest. */
                interface $Properties {

                    /** QueryPrintersRequest owner */
                    owner?: (string|null);

                    /** QueryPrintersRequest pagination */
                    pagination?: (printchain.base.v1.PageRequest.$Properties|null);

                    /** QueryPrintersRequest region */
                    region?: (string|null);

                    /** QueryPrintersRequest status */
                    status?: (printchain.printers.v1.PrinterStatus|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrintersRequest. */
                type $Shape = printchain.printers.v1.QueryPrintersRequest.$Properties;
            }

            /**
             * Properties of a QueryPrintersResponse.
             * @deprecated Use printchain.printers.v1.QueryPrintersResponse.$Properties instead.
             */
            interface IQueryPrintersResponse extends printchain.printers.v1.QueryPrintersResponse.$Properties {
            }

            /** Represents a QueryPrintersResponse. */
            class QueryPrintersResponse {

                /**
                 * Constructs a new QueryPrintersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryPrintersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrintersResponse printers. */
                printers: printchain.printers.v1.Printer.$Properties[];

                /** QueryPrintersResponse pagination. */
                pagination?: (printchain.base.v1.PageResponse.$Properties|null);

                /**
                 * Creates a new QueryPrintersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrintersResponse instance
                 */
                static create(properties: printchain.printers.v1.QueryPrintersResponse.$Shape): printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape;
                static create(properties?: printchain.printers.v1.QueryPrintersResponse.$Properties): printchain.printers.v1.QueryPrintersResponse;

                /**
                 * Encodes the specified QueryPrintersResponse message. Does not implicitly {@link printchain.printers.v1.QueryPrintersResponse.verify|verify} messages.
                 * @param message QueryPrintersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryPrintersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrintersResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrintersResponse.verify|verify} messages.
                 * @param message QueryPrintersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryPrintersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrintersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape} QueryPrintersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape;

                /**
                 * Decodes a QueryPrintersResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape} QueryPrintersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryPrintersResponse & printchain.printers.v1.QueryPrintersResponse.$Shape;

                /**
                 * Verifies a QueryPrintersResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrintersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrintersResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryPrintersResponse;

                /**
                 * Creates a plain object from a QueryPrintersResponse message. Also converts values to other types if specified.
                 * @param message QueryPrintersResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryPrintersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrintersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrintersResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrintersResponse {

                /** Properties of a QueryPrintersResponse. */
                interface $Properties {

                    /** QueryPrintersResponse printers */
                    printers?: (printchain.printers.v1.Printer.$Properties[]|null);

                    /** QueryPrintersResponse pagination */
                    pagination?: (printchain.base.v1.PageResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrintersResponse. */
                type $Shape = printchain.printers.v1.QueryPrintersResponse.$Properties;
            }

            /**
             * Properties of a QueryPrinterPerformanceRequest.
             * @deprecated Use printchain.printers.v1.QueryPrinterPerformanceRequest.$Properties instead.
             */
            interface IQueryPrinterPerformanceRequest extends printchain.printers.v1.QueryPrinterPerformanceRequest.$Properties {
            }

            /** Represents a QueryPrinterPerformanceRequest. */
            class QueryPrinterPerformanceRequest {

                /**
                 * Constructs a new QueryPrinterPerformanceRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryPrinterPerformanceRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrinterPerformanceRequest printerId. */
                printerId: string;

                /**
                 * Creates a new QueryPrinterPerformanceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrinterPerformanceRequest instance
                 */
                static create(properties: printchain.printers.v1.QueryPrinterPerformanceRequest.$Shape): printchain.printers.v1.QueryPrinterPerformanceRequest & printchain.printers.v1.QueryPrinterPerformanceRequest.$Shape;
                static create(properties?: printchain.printers.v1.QueryPrinterPerformanceRequest.$Properties): printchain.printers.v1.QueryPrinterPerformanceRequest;

                /**
                 * Encodes the specified QueryPrinterPerformanceRequest message. Does not implicitly {@link printchain.printers.v1.QueryPrinterPerformanceRequest.verify|verify} messages.
                 * @param message QueryPrinterPerformanceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryPrinterPerformanceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrinterPerformanceRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrinterPerformanceRequest.verify|verify} messages.
                 * @param message QueryPrinterPerformanceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryPrinterPerformanceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrinterPerformanceRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrinterPerformanceRequest & printchain.printers.v1.QueryPrinterPerformanceRequest.$Shape} QueryPrinterPerformanceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryPrinterPerformanceRequest & printchain.printers.v1.QueryPrinterPerformanceRequest.$Shape;

                /**
                 * Decodes a QueryPrinterPerformanceRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrinterPerformanceRequest & printchain.printers.v1.QueryPrinterPerformanceRequest.$Shape} QueryPrinterPerformanceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryPrinterPerformanceRequest & printchain.printers.v1.QueryPrinterPerformanceRequest.$Shape;

                /**
                 * Verifies a QueryPrinterPerformanceRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrinterPerformanceRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrinterPerformanceRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryPrinterPerformanceRequest;

                /**
                 * Creates a plain object from a QueryPrinterPerformanceRequest message. Also converts values to other types if specified.
                 * @param message QueryPrinterPerformanceRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryPrinterPerformanceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrinterPerformanceRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrinterPerformanceRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrinterPerformanceRequest {

                /** Properties of a QueryPrinterPerformanceRequest. */
                interface $Properties {

                    /** QueryPrinterPerformanceRequest printerId */
                    printerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrinterPerformanceRequest. */
                type $Shape = printchain.printers.v1.QueryPrinterPerformanceRequest.$Properties;
            }

            /**
             * Properties of a QueryPrinterPerformanceResponse.
             * @deprecated Use printchain.printers.v1.QueryPrinterPerformanceResponse.$Properties instead.
             */
            interface IQueryPrinterPerformanceResponse extends printchain.printers.v1.QueryPrinterPerformanceResponse.$Properties {
            }

            /** Represents a QueryPrinterPerformanceResponse. */
            class QueryPrinterPerformanceResponse {

                /**
                 * Constructs a new QueryPrinterPerformanceResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryPrinterPerformanceResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryPrinterPerformanceResponse stats. */
                stats?: (printchain.printers.v1.PrinterStats.$Properties|null);

                /** QueryPrinterPerformanceResponse onTimeRateBps. */
                onTimeRateBps: number;

                /** QueryPrinterPerformanceResponse firstAttemptRateBps. */
                firstAttemptRateBps: number;

                /** QueryPrinterPerformanceResponse completionRateBps. */
                completionRateBps: number;

                /** QueryPrinterPerformanceResponse materialRatioBps. */
                materialRatioBps: (number|Long);

                /** QueryPrinterPerformanceResponse avgAcceptMs. */
                avgAcceptMs: (number|Long);

                /** QueryPrinterPerformanceResponse avgQualityCenti. */
                avgQualityCenti: (number|Long);

                /**
                 * Creates a new QueryPrinterPerformanceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPrinterPerformanceResponse instance
                 */
                static create(properties: printchain.printers.v1.QueryPrinterPerformanceResponse.$Shape): printchain.printers.v1.QueryPrinterPerformanceResponse & printchain.printers.v1.QueryPrinterPerformanceResponse.$Shape;
                static create(properties?: printchain.printers.v1.QueryPrinterPerformanceResponse.$Properties): printchain.printers.v1.QueryPrinterPerformanceResponse;

                /**
                 * Encodes the specified QueryPrinterPerformanceResponse message. Does not implicitly {@link printchain.printers.v1.QueryPrinterPerformanceResponse.verify|verify} messages.
                 * @param message QueryPrinterPerformanceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryPrinterPerformanceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryPrinterPerformanceResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryPrinterPerformanceResponse.verify|verify} messages.
                 * @param message QueryPrinterPerformanceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryPrinterPerformanceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPrinterPerformanceResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryPrinterPerformanceResponse & printchain.printers.v1.QueryPrinterPerformanceResponse.$Shape} QueryPrinterPerformanceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryPrinterPerformanceResponse & printchain.printers.v1.QueryPrinterPerformanceResponse.$Shape;

                /**
                 * Decodes a QueryPrinterPerformanceResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryPrinterPerformanceResponse & printchain.printers.v1.QueryPrinterPerformanceResponse.$Shape} QueryPrinterPerformanceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryPrinterPerformanceResponse & printchain.printers.v1.QueryPrinterPerformanceResponse.$Shape;

                /**
                 * Verifies a QueryPrinterPerformanceResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryPrinterPerformanceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryPrinterPerformanceResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryPrinterPerformanceResponse;

                /**
                 * Creates a plain object from a QueryPrinterPerformanceResponse message. Also converts values to other types if specified.
                 * @param message QueryPrinterPerformanceResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryPrinterPerformanceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPrinterPerformanceResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryPrinterPerformanceResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrinterPerformanceResponse {

                /** Properties of a QueryPrinterPerformanceResponse. */
                interface $Properties {

                    /** QueryPrinterPerformanceResponse stats */
                    stats?: (printchain.printers.v1.PrinterStats.$Properties|null);

                    /** QueryPrinterPerformanceResponse onTimeRateBps */
                    onTimeRateBps?: (number|null);

                    /** QueryPrinterPerformanceResponse firstAttemptRateBps */
                    firstAttemptRateBps?: (number|null);

                    /** QueryPrinterPerformanceResponse completionRateBps */
                    completionRateBps?: (number|null);

                    /** QueryPrinterPerformanceResponse materialRatioBps */
                    materialRatioBps?: (number|Long|null);

                    /** QueryPrinterPerformanceResponse avgAcceptMs */
                    avgAcceptMs?: (number|Long|null);

                    /** QueryPrinterPerformanceResponse avgQualityCenti */
                    avgQualityCenti?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryPrinterPerformanceResponse. */
                type $Shape = printchain.printers.v1.QueryPrinterPerformanceResponse.$Properties;
            }

            /**
             * Properties of a QueryAttestationsRequest.
             * @deprecated Use printchain.printers.v1.QueryAttestationsRequest.$Properties instead.
             */
            interface IQueryAttestationsRequest extends printchain.printers.v1.QueryAttestationsRequest.$Properties {
            }

            /** Represents a QueryAttestationsRequest. */
            class QueryAttestationsRequest {

                /**
                 * Constructs a new QueryAttestationsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryAttestationsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAttestationsRequest printerId. */
                printerId: string;

                /**
                 * Creates a new QueryAttestationsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryAttestationsRequest instance
                 */
                static create(properties: printchain.printers.v1.QueryAttestationsRequest.$Shape): printchain.printers.v1.QueryAttestationsRequest & printchain.printers.v1.QueryAttestationsRequest.$Shape;
                static create(properties?: printchain.printers.v1.QueryAttestationsRequest.$Properties): printchain.printers.v1.QueryAttestationsRequest;

                /**
                 * Encodes the specified QueryAttestationsRequest message. Does not implicitly {@link printchain.printers.v1.QueryAttestationsRequest.verify|verify} messages.
                 * @param message QueryAttestationsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryAttestationsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryAttestationsRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryAttestationsRequest.verify|verify} messages.
                 * @param message QueryAttestationsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryAttestationsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAttestationsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryAttestationsRequest & printchain.printers.v1.QueryAttestationsRequest.$Shape} QueryAttestationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryAttestationsRequest & printchain.printers.v1.QueryAttestationsRequest.$Shape;

                /**
                 * Decodes a QueryAttestationsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryAttestationsRequest & printchain.printers.v1.QueryAttestationsRequest.$Shape} QueryAttestationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryAttestationsRequest & printchain.printers.v1.QueryAttestationsRequest.$Shape;

                /**
                 * Verifies a QueryAttestationsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryAttestationsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAttestationsRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryAttestationsRequest;

                /**
                 * Creates a plain object from a QueryAttestationsRequest message. Also converts values to other types if specified.
                 * @param message QueryAttestationsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryAttestationsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryAttestationsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryAttestationsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAttestationsRequest {

                /** Properties of a QueryAttestationsRequest. */
                interface $Properties {

                    /** QueryAttestationsRequest printerId */
                    printerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAttestationsRequest. */
                type $Shape = printchain.printers.v1.QueryAttestationsRequest.$Properties;
            }

            /**
             * Properties of a QueryAttestationsResponse.
             * @deprecated Use printchain.printers.v1.QueryAttestationsResponse.$Properties instead.
             */
            interface IQueryAttestationsResponse extends printchain.printers.v1.QueryAttestationsResponse.$Properties {
            }

            /** Represents a QueryAttestationsResponse. */
            class QueryAttestationsResponse {

                /**
                 * Constructs a new QueryAttestationsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryAttestationsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryAttestationsResponse attestations. */
                attestations: printchain.printers.v1.Attestation.$Properties[];

                /**
                 * Creates a new QueryAttestationsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryAttestationsResponse instance
                 */
                static create(properties: printchain.printers.v1.QueryAttestationsResponse.$Shape): printchain.printers.v1.QueryAttestationsResponse & printchain.printers.v1.QueryAttestationsResponse.$Shape;
                static create(properties?: printchain.printers.v1.QueryAttestationsResponse.$Properties): printchain.printers.v1.QueryAttestationsResponse;

                /**
                 * Encodes the specified QueryAttestationsResponse message. Does not implicitly {@link printchain.printers.v1.QueryAttestationsResponse.verify|verify} messages.
                 * @param message QueryAttestationsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryAttestationsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryAttestationsResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryAttestationsResponse.verify|verify} messages.
                 * @param message QueryAttestationsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryAttestationsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAttestationsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryAttestationsResponse & printchain.printers.v1.QueryAttestationsResponse.$Shape} QueryAttestationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryAttestationsResponse & printchain.printers.v1.QueryAttestationsResponse.$Shape;

                /**
                 * Decodes a QueryAttestationsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryAttestationsResponse & printchain.printers.v1.QueryAttestationsResponse.$Shape} QueryAttestationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryAttestationsResponse & printchain.printers.v1.QueryAttestationsResponse.$Shape;

                /**
                 * Verifies a QueryAttestationsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryAttestationsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryAttestationsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryAttestationsResponse;

                /**
                 * Creates a plain object from a QueryAttestationsResponse message. Also converts values to other types if specified.
                 * @param message QueryAttestationsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryAttestationsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryAttestationsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryAttestationsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAttestationsResponse {

                /** Properties of a QueryAttestationsResponse. */
                interface $Properties {

                    /** QueryAttestationsResponse attestations */
                    attestations?: (printchain.printers.v1.Attestation.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryAttestationsResponse. */
                type $Shape = printchain.printers.v1.QueryAttestationsResponse.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use printchain.printers.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends printchain.printers.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                static create(properties: printchain.printers.v1.QueryParamsRequest.$Shape): printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape;
                static create(properties?: printchain.printers.v1.QueryParamsRequest.$Properties): printchain.printers.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link printchain.printers.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryParamsRequest message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryParamsRequest & printchain.printers.v1.QueryParamsRequest.$Shape;

                /**
                 * Verifies a QueryParamsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {

                /** Properties of a QueryParamsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsRequest. */
                type $Shape = printchain.printers.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use printchain.printers.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends printchain.printers.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (printchain.printers.v1.Params.$Properties|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                static create(properties: printchain.printers.v1.QueryParamsResponse.$Shape): printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape;
                static create(properties?: printchain.printers.v1.QueryParamsResponse.$Properties): printchain.printers.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link printchain.printers.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryParamsResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.QueryParamsResponse & printchain.printers.v1.QueryParamsResponse.$Shape;

                /**
                 * Verifies a QueryParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {

                /** Properties of a QueryParamsResponse. */
                interface $Properties {

                    /** QueryParamsResponse params */
                    params?: (printchain.printers.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = printchain.printers.v1.QueryParamsResponse.$Properties;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /** Calls RegisterPrinter. */
                registerPrinter: printchain.printers.v1.Msg.RegisterPrinter;

                /** Calls UpdatePrinter. */
                updatePrinter: printchain.printers.v1.Msg.UpdatePrinter;

                /** Calls SetPrinterStatus. */
                setPrinterStatus: printchain.printers.v1.Msg.SetPrinterStatus;

                /** Calls AttestPrinter. */
                attestPrinter: printchain.printers.v1.Msg.AttestPrinter;

                /** Calls RevokeAttestation. */
                revokeAttestation: printchain.printers.v1.Msg.RevokeAttestation;

                /** Calls UpdateParams. */
                updateParams: printchain.printers.v1.Msg.UpdateParams;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link printchain.printers.v1.Msg#registerPrinter}.
                 * @param error Error, if any
                 * @param [response] MsgRegisterPrinterResponse
                 */
                type RegisterPrinterCallback = (error: (Error|null), response?: printchain.printers.v1.MsgRegisterPrinterResponse) => void;

                /** Calls RegisterPrinter. */
                type RegisterPrinter = {
                  (request: printchain.printers.v1.IMsgRegisterPrinter, callback: printchain.printers.v1.Msg.RegisterPrinterCallback): void;
                  (request: printchain.printers.v1.IMsgRegisterPrinter): Promise<printchain.printers.v1.MsgRegisterPrinterResponse>;
                  readonly name: "RegisterPrinter";
                  readonly path: "/printchain.printers.v1.Msg/RegisterPrinter";
                  readonly requestType: "MsgRegisterPrinter";
                  readonly responseType: "MsgRegisterPrinterResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Msg#updatePrinter}.
                 * @param error Error, if any
                 * @param [response] MsgUpdatePrinterResponse
                 */
                type UpdatePrinterCallback = (error: (Error|null), response?: printchain.printers.v1.MsgUpdatePrinterResponse) => void;

                /** Calls UpdatePrinter. */
                type UpdatePrinter = {
                  (request: printchain.printers.v1.IMsgUpdatePrinter, callback: printchain.printers.v1.Msg.UpdatePrinterCallback): void;
                  (request: printchain.printers.v1.IMsgUpdatePrinter): Promise<printchain.printers.v1.MsgUpdatePrinterResponse>;
                  readonly name: "UpdatePrinter";
                  readonly path: "/printchain.printers.v1.Msg/UpdatePrinter";
                  readonly requestType: "MsgUpdatePrinter";
                  readonly responseType: "MsgUpdatePrinterResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Msg#setPrinterStatus}.
                 * @param error Error, if any
                 * @param [response] MsgSetPrinterStatusResponse
                 */
                type SetPrinterStatusCallback = (error: (Error|null), response?: printchain.printers.v1.MsgSetPrinterStatusResponse) => void;

                /** Calls SetPrinterStatus. */
                type SetPrinterStatus = {
                  (request: printchain.printers.v1.IMsgSetPrinterStatus, callback: printchain.printers.v1.Msg.SetPrinterStatusCallback): void;
                  (request: printchain.printers.v1.IMsgSetPrinterStatus): Promise<printchain.printers.v1.MsgSetPrinterStatusResponse>;
                  readonly name: "SetPrinterStatus";
                  readonly path: "/printchain.printers.v1.Msg/SetPrinterStatus";
                  readonly requestType: "MsgSetPrinterStatus";
                  readonly responseType: "MsgSetPrinterStatusResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Msg#attestPrinter}.
                 * @param error Error, if any
                 * @param [response] MsgAttestPrinterResponse
                 */
                type AttestPrinterCallback = (error: (Error|null), response?: printchain.printers.v1.MsgAttestPrinterResponse) => void;

                /** Calls AttestPrinter. */
                type AttestPrinter = {
                  (request: printchain.printers.v1.IMsgAttestPrinter, callback: printchain.printers.v1.Msg.AttestPrinterCallback): void;
                  (request: printchain.printers.v1.IMsgAttestPrinter): Promise<printchain.printers.v1.MsgAttestPrinterResponse>;
                  readonly name: "AttestPrinter";
                  readonly path: "/printchain.printers.v1.Msg/AttestPrinter";
                  readonly requestType: "MsgAttestPrinter";
                  readonly responseType: "MsgAttestPrinterResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Msg#revokeAttestation}.
                 * @param error Error, if any
                 * @param [response] MsgRevokeAttestationResponse
                 */
                type RevokeAttestationCallback = (error: (Error|null), response?: printchain.printers.v1.MsgRevokeAttestationResponse) => void;

                /** Calls RevokeAttestation. */
                type RevokeAttestation = {
                  (request: printchain.printers.v1.IMsgRevokeAttestation, callback: printchain.printers.v1.Msg.RevokeAttestationCallback): void;
                  (request: printchain.printers.v1.IMsgRevokeAttestation): Promise<printchain.printers.v1.MsgRevokeAttestationResponse>;
                  readonly name: "RevokeAttestation";
                  readonly path: "/printchain.printers.v1.Msg/RevokeAttestation";
                  readonly requestType: "MsgRevokeAttestation";
                  readonly responseType: "MsgRevokeAttestationResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link printchain.printers.v1.Msg#updateParams}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateParamsResponse
                 */
                type UpdateParamsCallback = (error: (Error|null), response?: printchain.printers.v1.MsgUpdateParamsResponse) => void;

                /** Calls UpdateParams. */
                type UpdateParams = {
                  (request: printchain.printers.v1.IMsgUpdateParams, callback: printchain.printers.v1.Msg.UpdateParamsCallback): void;
                  (request: printchain.printers.v1.IMsgUpdateParams): Promise<printchain.printers.v1.MsgUpdateParamsResponse>;
                  readonly name: "UpdateParams";
                  readonly path: "/printchain.printers.v1.Msg/UpdateParams";
                  readonly requestType: "MsgUpdateParams";
                  readonly responseType: "MsgUpdateParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a MsgRegisterPrinter.
             * @deprecated Use printchain.printers.v1.MsgRegisterPrinter.$Properties instead.
             */
            interface IMsgRegisterPrinter extends printchain.printers.v1.MsgRegisterPrinter.$Properties {
            }

            /** Represents a MsgRegisterPrinter. */
            class MsgRegisterPrinter {

                /**
                 * Constructs a new MsgRegisterPrinter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgRegisterPrinter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgRegisterPrinter owner. */
                owner: string;

                /** MsgRegisterPrinter printerId. */
                printerId: string;

                /** MsgRegisterPrinter moniker. */
                moniker: string;

                /** MsgRegisterPrinter spec. */
                spec?: (printchain.printers.v1.PrinterSpec.$Properties|null);

                /** MsgRegisterPrinter location. */
                location?: (printchain.printers.v1.Location.$Properties|null);

                /** MsgRegisterPrinter bond. */
                bond: string;

                /**
                 * Creates a new MsgRegisterPrinter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterPrinter instance
                 */
                static create(properties: printchain.printers.v1.MsgRegisterPrinter.$Shape): printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape;
                static create(properties?: printchain.printers.v1.MsgRegisterPrinter.$Properties): printchain.printers.v1.MsgRegisterPrinter;

                /**
                 * Encodes the specified MsgRegisterPrinter message. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinter.verify|verify} messages.
                 * @param message MsgRegisterPrinter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgRegisterPrinter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgRegisterPrinter message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinter.verify|verify} messages.
                 * @param message MsgRegisterPrinter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgRegisterPrinter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterPrinter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape} MsgRegisterPrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape;

                /**
                 * Decodes a MsgRegisterPrinter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape} MsgRegisterPrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgRegisterPrinter & printchain.printers.v1.MsgRegisterPrinter.$Shape;

                /**
                 * Verifies a MsgRegisterPrinter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRegisterPrinter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRegisterPrinter
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgRegisterPrinter;

                /**
                 * Creates a plain object from a MsgRegisterPrinter message. Also converts values to other types if specified.
                 * @param message MsgRegisterPrinter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgRegisterPrinter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRegisterPrinter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRegisterPrinter
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterPrinter {

                /** Properties of a MsgRegisterPrinter. */
                interface $Properties {

                    /** MsgRegisterPrinter owner */
                    owner?: (string|null);

                    /** MsgRegisterPrinter printerId */
                    printerId?: (string|null);

                    /** MsgRegisterPrinter moniker */
                    moniker?: (string|null);

                    /** MsgRegisterPrinter spec */
                    spec?: (printchain.printers.v1.PrinterSpec.$Properties|null);

                    /** MsgRegisterPrinter location */
                    location?: (printchain.printers.v1.Location.$Properties|null);

                    /** MsgRegisterPrinter bond */
                    bond?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRegisterPrinter. */
                type $Shape = printchain.printers.v1.MsgRegisterPrinter.$Properties;
            }

            /**
             * Properties of a MsgRegisterPrinterResponse.
             * @deprecated Use printchain.printers.v1.MsgRegisterPrinterResponse.$Properties instead.
             */
            interface IMsgRegisterPrinterResponse extends printchain.printers.v1.MsgRegisterPrinterResponse.$Properties {
            }

            /** Represents a MsgRegisterPrinterResponse. */
            class MsgRegisterPrinterResponse {

                /**
                 * Constructs a new MsgRegisterPrinterResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgRegisterPrinterResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgRegisterPrinterResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterPrinterResponse instance
                 */
                static create(properties: printchain.printers.v1.MsgRegisterPrinterResponse.$Shape): printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape;
                static create(properties?: printchain.printers.v1.MsgRegisterPrinterResponse.$Properties): printchain.printers.v1.MsgRegisterPrinterResponse;

                /**
                 * Encodes the specified MsgRegisterPrinterResponse message. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinterResponse.verify|verify} messages.
                 * @param message MsgRegisterPrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgRegisterPrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgRegisterPrinterResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgRegisterPrinterResponse.verify|verify} messages.
                 * @param message MsgRegisterPrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgRegisterPrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterPrinterResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape} MsgRegisterPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape;

                /**
                 * Decodes a MsgRegisterPrinterResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape} MsgRegisterPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgRegisterPrinterResponse & printchain.printers.v1.MsgRegisterPrinterResponse.$Shape;

                /**
                 * Verifies a MsgRegisterPrinterResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRegisterPrinterResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRegisterPrinterResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgRegisterPrinterResponse;

                /**
                 * Creates a plain object from a MsgRegisterPrinterResponse message. Also converts values to other types if specified.
                 * @param message MsgRegisterPrinterResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgRegisterPrinterResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRegisterPrinterResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRegisterPrinterResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterPrinterResponse {

                /** Properties of a MsgRegisterPrinterResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRegisterPrinterResponse. */
                type $Shape = printchain.printers.v1.MsgRegisterPrinterResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdatePrinter.
             * @deprecated Use printchain.printers.v1.MsgUpdatePrinter.$Properties instead.
             */
            interface IMsgUpdatePrinter extends printchain.printers.v1.MsgUpdatePrinter.$Properties {
            }

            /** Represents a MsgUpdatePrinter. */
            class MsgUpdatePrinter {

                /**
                 * Constructs a new MsgUpdatePrinter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgUpdatePrinter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdatePrinter owner. */
                owner: string;

                /** MsgUpdatePrinter printerId. */
                printerId: string;

                /** MsgUpdatePrinter moniker. */
                moniker?: (string|null);

                /** MsgUpdatePrinter spec. */
                spec?: (printchain.printers.v1.PrinterSpec.$Properties|null);

                /** MsgUpdatePrinter location. */
                location?: (printchain.printers.v1.Location.$Properties|null);

                /** MsgUpdatePrinter addBond. */
                addBond: string;

                /**
                 * Creates a new MsgUpdatePrinter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdatePrinter instance
                 */
                static create(properties: printchain.printers.v1.MsgUpdatePrinter.$Shape): printchain.printers.v1.MsgUpdatePrinter & printchain.printers.v1.MsgUpdatePrinter.$Shape;
                static create(properties?: printchain.printers.v1.MsgUpdatePrinter.$Properties): printchain.printers.v1.MsgUpdatePrinter;

                /**
                 * Encodes the specified MsgUpdatePrinter message. Does not implicitly {@link printchain.printers.v1.MsgUpdatePrinter.verify|verify} messages.
                 * @param message MsgUpdatePrinter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgUpdatePrinter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdatePrinter message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgUpdatePrinter.verify|verify} messages.
                 * @param message MsgUpdatePrinter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgUpdatePrinter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdatePrinter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgUpdatePrinter & printchain.printers.v1.MsgUpdatePrinter.$Shape} MsgUpdatePrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgUpdatePrinter & printchain.printers.v1.MsgUpdatePrinter.$Shape;

                /**
                 * Decodes a MsgUpdatePrinter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgUpdatePrinter & printchain.printers.v1.MsgUpdatePrinter.$Shape} MsgUpdatePrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgUpdatePrinter & printchain.printers.v1.MsgUpdatePrinter.$Shape;

                /**
                 * Verifies a MsgUpdatePrinter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdatePrinter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdatePrinter
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgUpdatePrinter;

                /**
                 * Creates a plain object from a MsgUpdatePrinter message. Also converts values to other types if specified.
                 * @param message MsgUpdatePrinter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgUpdatePrinter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdatePrinter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdatePrinter
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdatePrinter {

                /** Properties of a MsgUpdatePrinter. */
                interface $Properties {

                    /** MsgUpdatePrinter owner */
                    owner?: (string|null);

                    /** MsgUpdatePrinter printerId */
                    printerId?: (string|null);

                    /** MsgUpdatePrinter moniker */
                    moniker?: (string|null);

                    /** MsgUpdatePrinter spec */
                    spec?: (printchain.printers.v1.PrinterSpec.$Properties|null);

                    /** MsgUpdatePrinter location */
                    location?: (printchain.printers.v1.Location.$Properties|null);

                    /** MsgUpdatePrinter addBond */
                    addBond?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdatePrinter. */
                type $Shape = printchain.printers.v1.MsgUpdatePrinter.$Properties;
            }

            /**
             * Properties of a MsgUpdatePrinterResponse.
             * @deprecated Use printchain.printers.v1.MsgUpdatePrinterResponse.$Properties instead.
             */
            interface IMsgUpdatePrinterResponse extends printchain.printers.v1.MsgUpdatePrinterResponse.$Properties {
            }

            /** Represents a MsgUpdatePrinterResponse. */
            class MsgUpdatePrinterResponse {

                /**
                 * Constructs a new MsgUpdatePrinterResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgUpdatePrinterResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdatePrinterResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdatePrinterResponse instance
                 */
                static create(properties: printchain.printers.v1.MsgUpdatePrinterResponse.$Shape): printchain.printers.v1.MsgUpdatePrinterResponse & printchain.printers.v1.MsgUpdatePrinterResponse.$Shape;
                static create(properties?: printchain.printers.v1.MsgUpdatePrinterResponse.$Properties): printchain.printers.v1.MsgUpdatePrinterResponse;

                /**
                 * Encodes the specified MsgUpdatePrinterResponse message. Does not implicitly {@link printchain.printers.v1.MsgUpdatePrinterResponse.verify|verify} messages.
                 * @param message MsgUpdatePrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgUpdatePrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdatePrinterResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgUpdatePrinterResponse.verify|verify} messages.
                 * @param message MsgUpdatePrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgUpdatePrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdatePrinterResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgUpdatePrinterResponse & printchain.printers.v1.MsgUpdatePrinterResponse.$Shape} MsgUpdatePrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgUpdatePrinterResponse & printchain.printers.v1.MsgUpdatePrinterResponse.$Shape;

                /**
                 * Decodes a MsgUpdatePrinterResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgUpdatePrinterResponse & printchain.printers.v1.MsgUpdatePrinterResponse.$Shape} MsgUpdatePrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgUpdatePrinterResponse & printchain.printers.v1.MsgUpdatePrinterResponse.$Shape;

                /**
                 * Verifies a MsgUpdatePrinterResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdatePrinterResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdatePrinterResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgUpdatePrinterResponse;

                /**
                 * Creates a plain object from a MsgUpdatePrinterResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdatePrinterResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgUpdatePrinterResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdatePrinterResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdatePrinterResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdatePrinterResponse {

                /** Properties of a MsgUpdatePrinterResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdatePrinterResponse. */
                type $Shape = printchain.printers.v1.MsgUpdatePrinterResponse.$Properties;
            }

            /**
             * Properties of a MsgSetPrinterStatus.
             * @deprecated Use printchain.printers.v1.MsgSetPrinterStatus.$Properties instead.
             */
            interface IMsgSetPrinterStatus extends printchain.printers.v1.MsgSetPrinterStatus.$Properties {
            }

            /** Represents a MsgSetPrinterStatus. */
            class MsgSetPrinterStatus {

                /**
                 * Constructs a new MsgSetPrinterStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgSetPrinterStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgSetPrinterStatus owner. */
                owner: string;

                /** MsgSetPrinterStatus printerId. */
                printerId: string;

                /** MsgSetPrinterStatus status. */
                status: printchain.printers.v1.PrinterStatus;

                /**
                 * Creates a new MsgSetPrinterStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSetPrinterStatus instance
                 */
                static create(properties: printchain.printers.v1.MsgSetPrinterStatus.$Shape): printchain.printers.v1.MsgSetPrinterStatus & printchain.printers.v1.MsgSetPrinterStatus.$Shape;
                static create(properties?: printchain.printers.v1.MsgSetPrinterStatus.$Properties): printchain.printers.v1.MsgSetPrinterStatus;

                /**
                 * Encodes the specified MsgSetPrinterStatus message. Does not implicitly {@link printchain.printers.v1.MsgSetPrinterStatus.verify|verify} messages.
                 * @param message MsgSetPrinterStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgSetPrinterStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgSetPrinterStatus message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgSetPrinterStatus.verify|verify} messages.
                 * @param message MsgSetPrinterStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgSetPrinterStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSetPrinterStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgSetPrinterStatus & printchain.printers.v1.MsgSetPrinterStatus.$Shape} MsgSetPrinterStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgSetPrinterStatus & printchain.printers.v1.MsgSetPrinterStatus.$Shape;

                /**
                 * Decodes a MsgSetPrinterStatus message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgSetPrinterStatus & printchain.printers.v1.MsgSetPrinterStatus.$Shape} MsgSetPrinterStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgSetPrinterStatus & printchain.printers.v1.MsgSetPrinterStatus.$Shape;

                /**
                 * Verifies a MsgSetPrinterStatus message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgSetPrinterStatus message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSetPrinterStatus
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgSetPrinterStatus;

                /**
                 * Creates a plain object from a MsgSetPrinterStatus message. Also converts values to other types if specified.
                 * @param message MsgSetPrinterStatus
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgSetPrinterStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSetPrinterStatus to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSetPrinterStatus
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPrinterStatus {

                /** Properties of a MsgSetPrinterStatus. */
                interface $Properties {

                    /** MsgSetPrinterStatus owner */
                    owner?: (string|null);

                    /** MsgSetPrinterStatus printerId */
                    printerId?: (string|null);

                    /** MsgSetPrinterStatus status */
                    status?: (printchain.printers.v1.PrinterStatus|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSetPrinterStatus. */
                type $Shape = printchain.printers.v1.MsgSetPrinterStatus.$Properties;
            }

            /**
             * Properties of a MsgSetPrinterStatusResponse.
             * @deprecated Use printchain.printers.v1.MsgSetPrinterStatusResponse.$Properties instead.
             */
            interface IMsgSetPrinterStatusResponse extends printchain.printers.v1.MsgSetPrinterStatusResponse.$Properties {
            }

            /** Represents a MsgSetPrinterStatusResponse. */
            class MsgSetPrinterStatusResponse {

                /**
                 * Constructs a new MsgSetPrinterStatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgSetPrinterStatusResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgSetPrinterStatusResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSetPrinterStatusResponse instance
                 */
                static create(properties: printchain.printers.v1.MsgSetPrinterStatusResponse.$Shape): printchain.printers.v1.MsgSetPrinterStatusResponse & printchain.printers.v1.MsgSetPrinterStatusResponse.$Shape;
                static create(properties?: printchain.printers.v1.MsgSetPrinterStatusResponse.$Properties): printchain.printers.v1.MsgSetPrinterStatusResponse;

                /**
                 * Encodes the specified MsgSetPrinterStatusResponse message. Does not implicitly {@link printchain.printers.v1.MsgSetPrinterStatusResponse.verify|verify} messages.
                 * @param message MsgSetPrinterStatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgSetPrinterStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgSetPrinterStatusResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgSetPrinterStatusResponse.verify|verify} messages.
                 * @param message MsgSetPrinterStatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgSetPrinterStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSetPrinterStatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgSetPrinterStatusResponse & printchain.printers.v1.MsgSetPrinterStatusResponse.$Shape} MsgSetPrinterStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgSetPrinterStatusResponse & printchain.printers.v1.MsgSetPrinterStatusResponse.$Shape;

                /**
                 * Decodes a MsgSetPrinterStatusResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgSetPrinterStatusResponse & printchain.printers.v1.MsgSetPrinterStatusResponse.$Shape} MsgSetPrinterStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgSetPrinterStatusResponse & printchain.printers.v1.MsgSetPrinterStatusResponse.$Shape;

                /**
                 * Verifies a MsgSetPrinterStatusResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgSetPrinterStatusResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSetPrinterStatusResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgSetPrinterStatusResponse;

                /**
                 * Creates a plain object from a MsgSetPrinterStatusResponse message. Also converts values to other types if specified.
                 * @param message MsgSetPrinterStatusResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgSetPrinterStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSetPrinterStatusResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSetPrinterStatusResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPrinterStatusResponse {

                /** Properties of a MsgSetPrinterStatusResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSetPrinterStatusResponse. */
                type $Shape = printchain.printers.v1.MsgSetPrinterStatusResponse.$Properties;
            }

            /**
             * Properties of a MsgAttestPrinter.
             * @deprecated Use printchain.printers.v1.MsgAttestPrinter.$Properties instead.
             */
            interface IMsgAttestPrinter extends printchain.printers.v1.MsgAttestPrinter.$Properties {
            }

            /** Represents a MsgAttestPrinter. */
            class MsgAttestPrinter {

                /**
                 * Constructs a new MsgAttestPrinter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgAttestPrinter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgAttestPrinter auditor. */
                auditor: string;

                /** MsgAttestPrinter printerId. */
                printerId: string;

                /**
                 * Creates a new MsgAttestPrinter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAttestPrinter instance
                 */
                static create(properties: printchain.printers.v1.MsgAttestPrinter.$Shape): printchain.printers.v1.MsgAttestPrinter & printchain.printers.v1.MsgAttestPrinter.$Shape;
                static create(properties?: printchain.printers.v1.MsgAttestPrinter.$Properties): printchain.printers.v1.MsgAttestPrinter;

                /**
                 * Encodes the specified MsgAttestPrinter message. Does not implicitly {@link printchain.printers.v1.MsgAttestPrinter.verify|verify} messages.
                 * @param message MsgAttestPrinter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgAttestPrinter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgAttestPrinter message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgAttestPrinter.verify|verify} messages.
                 * @param message MsgAttestPrinter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgAttestPrinter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAttestPrinter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgAttestPrinter & printchain.printers.v1.MsgAttestPrinter.$Shape} MsgAttestPrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgAttestPrinter & printchain.printers.v1.MsgAttestPrinter.$Shape;

                /**
                 * Decodes a MsgAttestPrinter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgAttestPrinter & printchain.printers.v1.MsgAttestPrinter.$Shape} MsgAttestPrinter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgAttestPrinter & printchain.printers.v1.MsgAttestPrinter.$Shape;

                /**
                 * Verifies a MsgAttestPrinter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgAttestPrinter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgAttestPrinter
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgAttestPrinter;

                /**
                 * Creates a plain object from a MsgAttestPrinter message. Also converts values to other types if specified.
                 * @param message MsgAttestPrinter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgAttestPrinter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgAttestPrinter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgAttestPrinter
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAttestPrinter {

                /** Properties of a MsgAttestPrinter. */
                interface $Properties {

                    /** MsgAttestPrinter auditor */
                    auditor?: (string|null);

                    /** MsgAttestPrinter printerId */
                    printerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgAttestPrinter. */
                type $Shape = printchain.printers.v1.MsgAttestPrinter.$Properties;
            }

            /**
             * Properties of a MsgAttestPrinterResponse.
             * @deprecated Use printchain.printers.v1.MsgAttestPrinterResponse.$Properties instead.
             */
            interface IMsgAttestPrinterResponse extends printchain.printers.v1.MsgAttestPrinterResponse.$Properties {
            }

            /** Represents a MsgAttestPrinterResponse. */
            class MsgAttestPrinterResponse {

                /**
                 * Constructs a new MsgAttestPrinterResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgAttestPrinterResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgAttestPrinterResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAttestPrinterResponse instance
                 */
                static create(properties: printchain.printers.v1.MsgAttestPrinterResponse.$Shape): printchain.printers.v1.MsgAttestPrinterResponse & printchain.printers.v1.MsgAttestPrinterResponse.$Shape;
                static create(properties?: printchain.printers.v1.MsgAttestPrinterResponse.$Properties): printchain.printers.v1.MsgAttestPrinterResponse;

                /**
                 * Encodes the specified MsgAttestPrinterResponse message. Does not implicitly {@link printchain.printers.v1.MsgAttestPrinterResponse.verify|verify} messages.
                 * @param message MsgAttestPrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgAttestPrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgAttestPrinterResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgAttestPrinterResponse.verify|verify} messages.
                 * @param message MsgAttestPrinterResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgAttestPrinterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAttestPrinterResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgAttestPrinterResponse & printchain.printers.v1.MsgAttestPrinterResponse.$Shape} MsgAttestPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgAttestPrinterResponse & printchain.printers.v1.MsgAttestPrinterResponse.$Shape;

                /**
                 * Decodes a MsgAttestPrinterResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgAttestPrinterResponse & printchain.printers.v1.MsgAttestPrinterResponse.$Shape} MsgAttestPrinterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgAttestPrinterResponse & printchain.printers.v1.MsgAttestPrinterResponse.$Shape;

                /**
                 * Verifies a MsgAttestPrinterResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgAttestPrinterResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgAttestPrinterResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgAttestPrinterResponse;

                /**
                 * Creates a plain object from a MsgAttestPrinterResponse message. Also converts values to other types if specified.
                 * @param message MsgAttestPrinterResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgAttestPrinterResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgAttestPrinterResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgAttestPrinterResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAttestPrinterResponse {

                /** Properties of a MsgAttestPrinterResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgAttestPrinterResponse. */
                type $Shape = printchain.printers.v1.MsgAttestPrinterResponse.$Properties;
            }

            /**
             * Properties of a MsgRevokeAttestation.
             * @deprecated Use printchain.printers.v1.MsgRevokeAttestation.$Properties instead.
             */
            interface IMsgRevokeAttestation extends printchain.printers.v1.MsgRevokeAttestation.$Properties {
            }

            /** Represents a MsgRevokeAttestation. */
            class MsgRevokeAttestation {

                /**
                 * Constructs a new MsgRevokeAttestation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgRevokeAttestation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgRevokeAttestation auditor. */
                auditor: string;

                /** MsgRevokeAttestation printerId. */
                printerId: string;

                /**
                 * Creates a new MsgRevokeAttestation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRevokeAttestation instance
                 */
                static create(properties: printchain.printers.v1.MsgRevokeAttestation.$Shape): printchain.printers.v1.MsgRevokeAttestation & printchain.printers.v1.MsgRevokeAttestation.$Shape;
                static create(properties?: printchain.printers.v1.MsgRevokeAttestation.$Properties): printchain.printers.v1.MsgRevokeAttestation;

                /**
                 * Encodes the specified MsgRevokeAttestation message. Does not implicitly {@link printchain.printers.v1.MsgRevokeAttestation.verify|verify} messages.
                 * @param message MsgRevokeAttestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgRevokeAttestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgRevokeAttestation message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgRevokeAttestation.verify|verify} messages.
                 * @param message MsgRevokeAttestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgRevokeAttestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRevokeAttestation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgRevokeAttestation & printchain.printers.v1.MsgRevokeAttestation.$Shape} MsgRevokeAttestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgRevokeAttestation & printchain.printers.v1.MsgRevokeAttestation.$Shape;

                /**
                 * Decodes a MsgRevokeAttestation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgRevokeAttestation & printchain.printers.v1.MsgRevokeAttestation.$Shape} MsgRevokeAttestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgRevokeAttestation & printchain.printers.v1.MsgRevokeAttestation.$Shape;

                /**
                 * Verifies a MsgRevokeAttestation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRevokeAttestation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRevokeAttestation
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgRevokeAttestation;

                /**
                 * Creates a plain object from a MsgRevokeAttestation message. Also converts values to other types if specified.
                 * @param message MsgRevokeAttestation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgRevokeAttestation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRevokeAttestation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRevokeAttestation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevokeAttestation {

                /** Properties of a MsgRevokeAttestation. */
                interface $Properties {

                    /** MsgRevokeAttestation auditor */
                    auditor?: (string|null);

                    /** MsgRevokeAttestation printerId */
                    printerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRevokeAttestation. */
                type $Shape = printchain.printers.v1.MsgRevokeAttestation.$Properties;
            }

            /**
             * Properties of a MsgRevokeAttestationResponse.
             * @deprecated Use printchain.printers.v1.MsgRevokeAttestationResponse.$Properties instead.
             */
            interface IMsgRevokeAttestationResponse extends printchain.printers.v1.MsgRevokeAttestationResponse.$Properties {
            }

            /** Represents a MsgRevokeAttestationResponse. */
            class MsgRevokeAttestationResponse {

                /**
                 * Constructs a new MsgRevokeAttestationResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgRevokeAttestationResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgRevokeAttestationResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRevokeAttestationResponse instance
                 */
                static create(properties: printchain.printers.v1.MsgRevokeAttestationResponse.$Shape): printchain.printers.v1.MsgRevokeAttestationResponse & printchain.printers.v1.MsgRevokeAttestationResponse.$Shape;
                static create(properties?: printchain.printers.v1.MsgRevokeAttestationResponse.$Properties): printchain.printers.v1.MsgRevokeAttestationResponse;

                /**
                 * Encodes the specified MsgRevokeAttestationResponse message. Does not implicitly {@link printchain.printers.v1.MsgRevokeAttestationResponse.verify|verify} messages.
                 * @param message MsgRevokeAttestationResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgRevokeAttestationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgRevokeAttestationResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgRevokeAttestationResponse.verify|verify} messages.
                 * @param message MsgRevokeAttestationResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgRevokeAttestationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRevokeAttestationResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgRevokeAttestationResponse & printchain.printers.v1.MsgRevokeAttestationResponse.$Shape} MsgRevokeAttestationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgRevokeAttestationResponse & printchain.printers.v1.MsgRevokeAttestationResponse.$Shape;

                /**
                 * Decodes a MsgRevokeAttestationResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgRevokeAttestationResponse & printchain.printers.v1.MsgRevokeAttestationResponse.$Shape} MsgRevokeAttestationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgRevokeAttestationResponse & printchain.printers.v1.MsgRevokeAttestationResponse.$Shape;

                /**
                 * Verifies a MsgRevokeAttestationResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRevokeAttestationResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRevokeAttestationResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgRevokeAttestationResponse;

                /**
                 * Creates a plain object from a MsgRevokeAttestationResponse message. Also converts values to other types if specified.
                 * @param message MsgRevokeAttestationResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgRevokeAttestationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRevokeAttestationResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRevokeAttestationResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevokeAttestationResponse {

                /** Properties of a MsgRevokeAttestationResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRevokeAttestationResponse. */
                type $Shape = printchain.printers.v1.MsgRevokeAttestationResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateParams.
             * @deprecated Use printchain.printers.v1.MsgUpdateParams.$Properties instead.
             */
            interface IMsgUpdateParams extends printchain.printers.v1.MsgUpdateParams.$Properties {
            }

            /** Represents a MsgUpdateParams. */
            class MsgUpdateParams {

                /**
                 * Constructs a new MsgUpdateParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgUpdateParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateParams authority. */
                authority: string;

                /** MsgUpdateParams params. */
                params?: (printchain.printers.v1.Params.$Properties|null);

                /**
                 * Creates a new MsgUpdateParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParams instance
                 */
                static create(properties: printchain.printers.v1.MsgUpdateParams.$Shape): printchain.printers.v1.MsgUpdateParams & printchain.printers.v1.MsgUpdateParams.$Shape;
                static create(properties?: printchain.printers.v1.MsgUpdateParams.$Properties): printchain.printers.v1.MsgUpdateParams;

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link printchain.printers.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdateParams message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgUpdateParams & printchain.printers.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgUpdateParams & printchain.printers.v1.MsgUpdateParams.$Shape;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgUpdateParams & printchain.printers.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgUpdateParams & printchain.printers.v1.MsgUpdateParams.$Shape;

                /**
                 * Verifies a MsgUpdateParams message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParams
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgUpdateParams;

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @param message MsgUpdateParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgUpdateParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParams {

                /** Properties of a MsgUpdateParams. */
                interface $Properties {

                    /** MsgUpdateParams authority */
                    authority?: (string|null);

                    /** MsgUpdateParams params */
                    params?: (printchain.printers.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParams. */
                type $Shape = printchain.printers.v1.MsgUpdateParams.$Properties;
            }

            /**
             * Properties of a MsgUpdateParamsResponse.
             * @deprecated Use printchain.printers.v1.MsgUpdateParamsResponse.$Properties instead.
             */
            interface IMsgUpdateParamsResponse extends printchain.printers.v1.MsgUpdateParamsResponse.$Properties {
            }

            /** Represents a MsgUpdateParamsResponse. */
            class MsgUpdateParamsResponse {

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: printchain.printers.v1.MsgUpdateParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParamsResponse instance
                 */
                static create(properties: printchain.printers.v1.MsgUpdateParamsResponse.$Shape): printchain.printers.v1.MsgUpdateParamsResponse & printchain.printers.v1.MsgUpdateParamsResponse.$Shape;
                static create(properties?: printchain.printers.v1.MsgUpdateParamsResponse.$Properties): printchain.printers.v1.MsgUpdateParamsResponse;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link printchain.printers.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: printchain.printers.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message, length delimited. Does not implicitly {@link printchain.printers.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: printchain.printers.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {printchain.printers.v1.MsgUpdateParamsResponse & printchain.printers.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): printchain.printers.v1.MsgUpdateParamsResponse & printchain.printers.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {printchain.printers.v1.MsgUpdateParamsResponse & printchain.printers.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): printchain.printers.v1.MsgUpdateParamsResponse & printchain.printers.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Verifies a MsgUpdateParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): printchain.printers.v1.MsgUpdateParamsResponse;

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: printchain.printers.v1.MsgUpdateParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParamsResponse {

                /** Properties of a MsgUpdateParamsResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParamsResponse. */
                type $Shape = printchain.printers.v1.MsgUpdateParamsResponse.$Properties;
            }
        }
    }
}
