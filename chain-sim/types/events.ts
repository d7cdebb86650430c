/** A CometBFT 0.38 event: plain UTF-8 string attributes (never base64). */
export interface EventAttribute {
  readonly key: string;
  readonly value: string;
  readonly index: boolean;
}

export interface Event {
  readonly type: string;
  readonly attributes: readonly EventAttribute[];
}

export type AttributeValue = string | number | bigint | boolean;

/** Collects events in execution order; a failed tx drops its message events with its store branch. */
export class EventManager {
  readonly events: Event[] = [];

  emit(type: string, attributes: ReadonlyArray<readonly [string, AttributeValue]>): void {
    this.events.push({ type, attributes: attributes.map(([key, value]) => ({ key, value: String(value), index: true })) });
  }

  /**
   * A typed event: its type is the full protobuf name of an events.proto message and each field
   * becomes one attribute with a snake_case key and a plain string value.
   */
  emitTyped(protoName: string, fields: Readonly<Record<string, AttributeValue>>): void {
    this.emit(protoName, Object.entries(fields).map(([key, value]) => [camelToSnake(key), value] as const));
  }

  append(events: readonly Event[]): void {
    for (const event of events) this.events.push(event);
  }
}

/** Returns a copy of the event with an extra attribute (the SDK adds msg_index to message events). */
export function withAttribute(event: Event, key: string, value: string): Event {
  return { type: event.type, attributes: [...event.attributes, { key, value, index: true }] };
}

export function camelToSnake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The value name of a generated protobuf enum (e.g. "TECHNOLOGY_FDM"), or the number if unknown. */
export function enumName(enumObject: Readonly<Record<string | number, string | number>>, value: number): string {
  const name = enumObject[value];
  return typeof name === "string" ? name : String(value);
}
