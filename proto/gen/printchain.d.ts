import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace printchain. */
export namespace printchain {

    /** Namespace base. */
    namespace base {

        /** Namespace v1. */
        namespace v1 {

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

    /** Namespace printers. */
    namespace printers {

        /** Namespace v1. */
        namespace v1 {

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

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrinterRegistered. */
                type $Shape = printchain.printers.v1.EventPrinterRegistered.$Properties;
            }

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

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Printer. */
                type $Shape = printchain.printers.v1.Printer.$Properties;
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

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = printchain.printers.v1.Params.$Properties;
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
        }
    }
}
