import type { Event } from "@cosmjs/stargate";
import { printchain } from "../../proto";

/**
 * Checks that every printchain typed event among `events` carries exactly the fields of its
 * events.proto message, as plain-string attributes (besides the SDK's msg_index and mode), and
 * returns the set of event types seen.
 */
export function expectTypedEventsMatchProto(events: readonly Event[]): Set<string> {
  const typed = events.filter((event) => event.type.startsWith("printchain."));
  for (const event of typed) {
    const [, module, , name] = event.type.split(".");
    const messageType = (printchain as unknown as Record<string, Record<string, Record<string, new () => object>>>)[module].v1[name];
    // The generated class lists its fields as properties of its prototype (their defaults).
    const fields = Object.keys(Object.getPrototypeOf(new messageType()) as object)
      .filter((key) => key !== "constructor" && key !== "toJSON")
      .map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    const keys = event.attributes.map((attr) => attr.key).filter((key) => key !== "msg_index" && key !== "mode");
    expect({ type: event.type, keys: [...keys].sort() }).toEqual({ type: event.type, keys: [...fields].sort() });
    for (const attr of event.attributes) expect(typeof attr.value).toBe("string");
  }
  return new Set(typed.map((event) => event.type));
}
